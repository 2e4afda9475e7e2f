// name: floor_claims
// description: The write floor's claims: each created with its properties and its ASSERTS and STATED_IN links; no ATTRIBUTED_TO link, no content hash, no MERGE.
// params: rows (list)
// mode: write
UNWIND $rows AS row
MATCH (e:Event {id: row.eventId})
MATCH (a:Article {id: row.articleId})
CREATE (c:Claim {id: row.id})-[:ASSERTS]->(e)
CREATE (c)-[:STATED_IN]->(a)
SET c += row.props, c.date = date(row.date)
