// name: export/claims
// description: One page of claims, by id, with their article, event and organisation ids, for the RDF export; one column per property (cheaper to read than a map).
// params: after (string = ""), page (int 1.. = 5000), article (string = null), since (date = null)
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
RETURN c.id AS id, a.id AS articleId, e.id AS eventId, o.id AS organizationId, c.kind AS kind,
  c.fromState AS fromState, c.toState AS toState, c.fromParty AS fromParty, c.toParty AS toParty,
  c.category AS category, c.item AS item,
  c.quantityValue AS quantityValue, c.quantityUnit AS quantityUnit, c.quantityQualifier AS quantityQualifier,
  c.periodStart AS periodStart, c.periodEnd AS periodEnd, c.date AS date, c.status AS status, c.notified AS notified,
  c.evidenceText AS evidenceText, c.evidenceStart AS evidenceStart, c.evidenceEnd AS evidenceEnd,
  c.extractionMethod AS extractionMethod, c.contentHash AS contentHash
ORDER BY id
