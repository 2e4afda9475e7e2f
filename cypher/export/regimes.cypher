// name: export/regimes
// description: One page of sanctions regimes, by id, with the codes of the states and the ids of the non-state parties they target, for the RDF export.
// params: after (string = ""), page (int 1.. = 5000)
// mode: read
MATCH (r:SanctionsRegime)
  WHERE r.id > $after
WITH r
ORDER BY r.id
LIMIT $page
RETURN r.id AS id, properties(r) AS props, [(r)-[:TARGETS]->(s:State) | s.code] AS targets,
  [(r)-[:TARGETS]->(p:Party) | p.id] AS targetParties
ORDER BY id
