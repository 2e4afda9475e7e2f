// name: reciprocal_flows
// description: Pairs of states with flows both ways (the quid pro quo): what went each way, by kind and category (with the non-state supplier or recipient party, if any), with claim and source counts. Optionally only pairs involving one state.
// params: state (string = null), limit (int 1.. = 500)
// mode: read
MATCH (a:State)<-[:SUPPLIER]-(out:Event)-[:RECIPIENT]->(b:State)
  WHERE ($state IS NULL OR $state IN [a.code, b.code])
WITH a, b, collect(out) AS outs
// One existence check per ordered pair of states, not per event.
  WHERE EXISTS { (b)<-[:SUPPLIER]-(:Event)-[:RECIPIENT]->(a) }
UNWIND outs AS out
CALL (out) {
  MATCH (out)<-[:ASSERTS]-(c:Claim)-[:STATED_IN]->(article:Article)
  RETURN count(c) AS claims, count(DISTINCT article) AS sources, collect(DISTINCT c.item) AS items
}
WITH a, b, out, claims, sources, items
ORDER BY out.kind, out.category, out.id
WITH CASE WHEN a.code < b.code THEN a.code ELSE b.code END AS stateA,
     CASE WHEN a.code < b.code THEN b.code ELSE a.code END AS stateB,
     a.code AS supplier,
     collect({eventId: out.id, kind: out.kind, category: out.category, items: items, claims: claims,
              sources: sources, supplierParty: head([(out)-[:SUPPLIER_PARTY]->(p:Party) | p.id]),
              recipientParty: head([(out)-[:RECIPIENT_PARTY]->(p:Party) | p.id])}) AS flows
WITH stateA, stateB,
     [f IN collect(CASE WHEN supplier = stateA THEN flows END) | f][0] AS aToB,
     [f IN collect(CASE WHEN supplier = stateB THEN flows END) | f][0] AS bToA
RETURN stateA, stateB, size(aToB) AS eventsAToB, size(bToA) AS eventsBToA, aToB, bToA
ORDER BY stateA, stateB
LIMIT $limit
