// name: admin/law_events
// description: What the law step reads of each event (by id) that involves a target state or party of a regime, or was assessed before: kind, stage (intended when every claim is agreed or planned), states and parties, the distinct items of its claims with category and notice, the earliest claim and article dates, its articles, originating sources and stored assessment hash.
// params: ids (list), states (list), parties (list)
// mode: read
UNWIND $ids AS id
MATCH (e:Event {id: id})
  WHERE e.lawHash IS NOT NULL OR EXISTS { (e)-[:SUPPLIER|RECIPIENT]->(s:State) WHERE s.code IN $states }
    OR EXISTS { (e)-[:SUPPLIER_PARTY|RECIPIENT_PARTY]->(p:Party) WHERE p.id IN $parties }
CALL (e) {
  MATCH (e)<-[:ASSERTS]-(c:Claim)-[:STATED_IN]->(a:Article)
  RETURN min(c.date) AS claimDate, min(a.publishedDate) AS articleDate,
         collect(DISTINCT {item: c.item, category: c.category, notified: c.notified}) AS items,
         count(DISTINCT a) AS articles, collect(DISTINCT coalesce(c.attributedTo, a.publisher, a.title)) AS origins,
         all(status IN collect(c.status) WHERE status IN ['agreed', 'planned']) AS intended
}
RETURN e.id AS id, e.kind AS kind, CASE WHEN intended THEN 'intended' ELSE 'occurred' END AS stage,
       e.lawHash AS lawHash,
       [(e)-[:SUPPLIER]->(s:State) | s.code][0] AS supplier, [(e)-[:RECIPIENT]->(s:State) | s.code][0] AS recipient,
       [(e)-[:SUPPLIER_PARTY]->(p:Party) | p.id][0] AS supplierParty,
       [(e)-[:RECIPIENT_PARTY]->(p:Party) | p.id][0] AS recipientParty,
       claimDate, articleDate, items, articles, origins
