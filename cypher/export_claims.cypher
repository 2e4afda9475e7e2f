// name: export_claims
// description: One page of claims, by id, with their article, event and organisation ids, for the RDF export.
// params: after (string = ""), page (int = 5000), article (string = null), since (date = null)
// mode: read
MATCH (c:Claim)-[:STATED_IN]->(a:Article)
  WHERE c.id > $after
    AND ($article IS NULL OR a.id = $article)
    AND ($since IS NULL OR a.publishedDate >= date($since))
WITH c, a
ORDER BY c.id
LIMIT $page
MATCH (c)-[:ASSERTS]->(e:Event)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(o:Organization)
RETURN c.id AS id, a.id AS articleId, e.id AS eventId, o.id AS organizationId, properties(c) AS props
ORDER BY id
