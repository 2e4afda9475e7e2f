// name: category_summary
// description: Events, claims and sources by kind, category and direction of flow (supplier -> recipient, each with its non-state party if any), with whether the flow goes to or from a state or party some regime targets.
// params: kind (string = null), limit (int 1.. = 500)
// mode: read
MATCH (supplier:State)<-[:SUPPLIER]-(e:Event)-[:RECIPIENT]->(recipient:State)
  WHERE $kind IS NULL OR e.kind = $kind
MATCH (e)<-[:ASSERTS]-(c:Claim)-[:STATED_IN]->(a:Article)
WITH e.kind AS kind, e.category AS category, supplier, recipient,
     head([(e)-[:SUPPLIER_PARTY]->(p:Party) | p]) AS supplierParty,
     head([(e)-[:RECIPIENT_PARTY]->(p:Party) | p]) AS recipientParty,
     count(DISTINCT e) AS events, count(c) AS claims, count(DISTINCT a) AS sources
WITH kind, category, supplier, supplierParty, recipient, recipientParty, events, claims, sources,
     EXISTS { (:SanctionsRegime)-[:TARGETS]->(recipient) }
       OR (recipientParty IS NOT NULL AND EXISTS { (:SanctionsRegime)-[:TARGETS]->(recipientParty) }) AS toTarget,
     EXISTS { (:SanctionsRegime)-[:TARGETS]->(supplier) }
       OR (supplierParty IS NOT NULL AND EXISTS { (:SanctionsRegime)-[:TARGETS]->(supplierParty) }) AS fromTarget
RETURN kind, category, supplier.code AS supplier, supplierParty.id AS supplierParty, recipient.code AS recipient,
       recipientParty.id AS recipientParty,
       CASE WHEN toTarget AND fromTarget THEN 'both' WHEN toTarget THEN 'to_target'
            WHEN fromTarget THEN 'from_target' ELSE 'neither' END AS direction,
       events, claims, sources
ORDER BY kind, category, supplier, supplierParty, recipient, recipientParty
LIMIT $limit
