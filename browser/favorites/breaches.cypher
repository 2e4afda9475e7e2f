// kg: breaches
// Events that breach a binding paragraph of a regime targeting one of their states (direction, activity, category and adoption date all in scope); one row per event with its paragraphs, quantities by source and evidence. Undated events are dated by their earliest article.
:param regime => null;
:param since => "1900-01-01";
:param limit => 500;
MATCH (supplier:State)<-[:SUPPLIER]-(e:Event)-[:RECIPIENT]->(recipient:State)
CALL (e) {
  MATCH (e)<-[:ASSERTS]-(c:Claim)-[:STATED_IN]->(a:Article)
  RETURN min(c.date) AS claimDate, min(a.publishedDate) AS articleDate
}
WITH e, supplier, recipient, coalesce(claimDate, articleDate) AS eventDate,
     CASE WHEN claimDate IS NULL THEN 'article publication' ELSE 'claim period' END AS datedBy
  WHERE eventDate >= date($since)
MATCH (p:Paragraph)-[:PART_OF]->(:Resolution)-[:PART_OF]->(r:SanctionsRegime)-[:TARGETS]->(target:State)
  WHERE p.binding = true
    AND ($regime IS NULL OR r.id = $regime)
    AND ((target = recipient AND p.direction IN ['to_target', 'both'])
      OR (target = supplier AND p.direction IN ['from_target', 'both']))
    AND e.kind IN p.activities
    AND (e.category IN p.categories OR (e.kind = 'technology_transfer' AND 'technology' IN p.categories))
    AND p.adopted <= eventDate
WITH DISTINCT e, supplier, recipient, eventDate, datedBy, p
ORDER BY p.adopted, toInteger(split(p.number, '(')[0]), p.number
WITH e, supplier, recipient, eventDate, datedBy, collect(p.id) AS paragraphs
CALL (e) {
  MATCH (e)<-[:ASSERTS]-(c:Claim)-[:STATED_IN]->(a:Article)
  WITH c, a ORDER BY a.publishedDate, a.id, c.evidenceStart, c.item
  RETURN collect(DISTINCT c.item) AS items,
         collect(CASE WHEN c.quantityValue IS NOT NULL THEN {value: c.quantityValue, unit: c.quantityUnit,
           qualifier: c.quantityQualifier, attributedTo: c.attributedTo, article: a.title,
           publisher: a.publisher, published: a.published} END) AS quantities,
         count(DISTINCT a) AS sources,
         collect(DISTINCT c.evidenceText) AS evidence
}
RETURN 'breach' AS tier, e.id AS eventId, e.kind AS kind, split(e.key, '|')[5] AS stage,
       supplier.code AS supplier, recipient.code AS recipient, items, e.category AS category,
       eventDate, datedBy, paragraphs, quantities, sources, evidence
ORDER BY eventDate, supplier, recipient, category, eventId
LIMIT $limit;
