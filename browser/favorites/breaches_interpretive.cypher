// kg: breaches_interpretive
// The interpretive tier, kept apart from the breaches: events of one kind (troop deployments by default) that no paragraph names by category, with the binding paragraphs that may reach them on an analyst's reading (interpretive activities) or that name the kind without a category, direction and adoption date in scope, and who characterises the events.
:param kind => "troop_deployment";
:param regime => null;
:param since => "1900-01-01";
:param limit => 500;
MATCH (e:Event {kind: $kind})
MATCH (supplier:State)<-[:SUPPLIER]-(e)-[:RECIPIENT]->(recipient:State)
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
    AND (e.kind IN p.interpretiveActivities OR e.kind IN p.activities)
    AND p.adopted <= eventDate
WITH DISTINCT e, supplier, recipient, eventDate, datedBy, p
ORDER BY p.adopted, toInteger(split(p.number, '(')[0]), p.number
WITH e, supplier, recipient, eventDate, datedBy, collect(p.id) AS paragraphs,
     collect({paragraph: p.id, reading: CASE WHEN e.kind IN p.activities THEN 'named without a category'
              ELSE 'interpretive' END, note: p.note}) AS readings
CALL (e) {
  MATCH (e)<-[:ASSERTS]-(c:Claim)-[:STATED_IN]->(a:Article)
  WITH c, a ORDER BY a.publishedDate, a.id, c.evidenceStart, c.item
  RETURN collect(DISTINCT c.item) AS items,
         collect(CASE WHEN c.quantityValue IS NOT NULL THEN {value: c.quantityValue, unit: c.quantityUnit,
           qualifier: c.quantityQualifier, attributedTo: c.attributedTo, article: a.title,
           publisher: a.publisher, published: a.published} END) AS quantities,
         collect(DISTINCT c.attributedTo) AS attributions,
         count(DISTINCT a) AS sources,
         collect(DISTINCT c.evidenceText) AS evidence
}
RETURN 'interpretive' AS tier, e.id AS eventId, e.kind AS kind, split(e.key, '|')[5] AS stage,
       supplier.code AS supplier, recipient.code AS recipient, items, e.category AS category,
       eventDate, datedBy, paragraphs, readings, attributions, quantities, sources, evidence
ORDER BY eventDate, supplier, recipient, eventId
LIMIT $limit;
