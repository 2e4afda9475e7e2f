// name: export/resolutions
// description: One page of resolutions, by id, with the regime they are part of, for the RDF export.
// params: after (string = ""), page (int 1.. = 5000)
// mode: read
MATCH (r:Resolution)
  WHERE r.id > $after
WITH r
ORDER BY r.id
LIMIT $page
RETURN r.id AS id, properties(r) AS props, [(r)-[:PART_OF]->(g:SanctionsRegime) | g.id] AS partOf
ORDER BY id
