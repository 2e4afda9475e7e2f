// name: write_claims
// description: Creates or updates the claims of articles that hold claims already (changed content only) and links them to their event, article and source; the claims of new articles go through write_new_claims.
// params: rows (list)
// mode: write
UNWIND $rows AS row
MATCH (e:Event {id: row.eventId})
MATCH (a:Article {id: row.articleId})
MERGE (c:Claim {id: row.id})
  ON CREATE SET c += row.props, c.contentHash = row.contentHash
FOREACH (_ IN CASE WHEN c.contentHash <> row.contentHash THEN [1] ELSE [] END |
  SET c += row.props, c.contentHash = row.contentHash)
MERGE (c)-[:ASSERTS]->(e)
MERGE (c)-[:STATED_IN]->(a)
WITH c, row
CALL (c, row) {
  OPTIONAL MATCH (c)-[stale:ATTRIBUTED_TO]->(old:Organization)
    WHERE row.organizationId IS NULL OR old.id <> row.organizationId
  DELETE stale
}
OPTIONAL MATCH (o:Organization {id: row.organizationId})
FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | MERGE (c)-[:ATTRIBUTED_TO]->(o))
