// kg: category_summary
// Events, claims and sources by kind, category and direction of flow (supplier -> recipient), with whether the flow goes to or from a state some regime targets.
:param kind => null;
:param limit => 500;
MATCH (supplier:State)<-[:SUPPLIER]-(e:Event)-[:RECIPIENT]->(recipient:State)
  WHERE $kind IS NULL OR e.kind = $kind
MATCH (e)<-[:ASSERTS]-(c:Claim)-[:STATED_IN]->(a:Article)
WITH e.kind AS kind, e.category AS category, supplier, recipient,
     count(DISTINCT e) AS events, count(c) AS claims, count(DISTINCT a) AS sources
WITH kind, category, supplier, recipient, events, claims, sources,
     EXISTS { (:SanctionsRegime)-[:TARGETS]->(recipient) } AS toTarget,
     EXISTS { (:SanctionsRegime)-[:TARGETS]->(supplier) } AS fromTarget
RETURN kind, category, supplier.code AS supplier, recipient.code AS recipient,
       CASE WHEN toTarget AND fromTarget THEN 'both' WHEN toTarget THEN 'to_target'
            WHEN fromTarget THEN 'from_target' ELSE 'neither' END AS direction,
       events, claims, sources
ORDER BY kind, category, supplier, recipient
LIMIT $limit;
