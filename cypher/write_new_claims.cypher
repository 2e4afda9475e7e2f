// name: write_new_claims
// description: Creates the claims of articles that hold no claim yet (new articles, in the transaction that holds their write lock), with their ASSERTS, STATED_IN and ATTRIBUTED_TO relationships. The date travels as ISO text and is made a date here. Claim ids are digests of the article id, so none can exist elsewhere: plain CREATE, no MERGE, no stale links to remove.
// params: rows (list)
// mode: write
UNWIND $rows AS row
MATCH (e:Event {id: row.eventId})
MATCH (a:Article {id: row.articleId})
CREATE (c:Claim {id: row.id})-[:ASSERTS]->(e)
CREATE (c)-[:STATED_IN]->(a)
SET c += row.props, c.contentHash = row.contentHash, c.date = date(row.date)
WITH c, row
  WHERE row.organizationId IS NOT NULL
MATCH (o:Organization {id: row.organizationId})
CREATE (c)-[:ATTRIBUTED_TO]->(o)
