// kg: breaches_by_paragraph
// Each binding paragraph with the events that breach it (same rule as `breaches`): how many, which, and on how many distinct articles.
:param regime => null;
:param since => "1900-01-01";
:param limit => 500;
MATCH (supplier:State)<-[:SUPPLIER]-(e:Event)-[:RECIPIENT]->(recipient:State)
CALL (e) {
  MATCH (e)<-[:ASSERTS]-(c:Claim)-[:STATED_IN]->(a:Article)
  RETURN coalesce(min(c.date), min(a.publishedDate)) AS eventDate, collect(DISTINCT a.id) AS articleIds
}
WITH e, supplier, recipient, eventDate, articleIds
  WHERE eventDate >= date($since)
MATCH (p:Paragraph)-[:PART_OF]->(res:Resolution)-[:PART_OF]->(r:SanctionsRegime)-[:TARGETS]->(target:State)
  WHERE p.binding = true
    AND ($regime IS NULL OR r.id = $regime)
    AND ((target = recipient AND p.direction IN ['to_target', 'both'])
      OR (target = supplier AND p.direction IN ['from_target', 'both']))
    AND e.kind IN p.activities
    AND (e.category IN p.categories OR (e.kind = 'technology_transfer' AND 'technology' IN p.categories))
    AND p.adopted <= eventDate
WITH DISTINCT p, res, e, supplier, recipient, eventDate, articleIds
ORDER BY eventDate, supplier.code, recipient.code, e.category, e.id
WITH p, res, collect(e.id) AS eventIds,
     collect(supplier.code + ' -> ' + recipient.code + ' ' + coalesce(e.category, e.kind)) AS events,
     collect(articleIds) AS articleLists
CALL (articleLists) {
  UNWIND articleLists AS ids
  UNWIND ids AS id
  RETURN count(DISTINCT id) AS sources
}
RETURN p.id AS paragraph, res.symbol AS resolution, p.adopted AS adopted, p.direction AS direction,
       p.summary AS summary, size(eventIds) AS breaches, events, eventIds, sources
ORDER BY p.adopted, toInteger(split(p.number, '(')[0]), p.number
LIMIT $limit;
