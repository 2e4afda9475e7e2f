// name: export/paragraphs
// description: One page of resolution paragraphs, by id, with the resolution they are part of, for the RDF export.
// params: after (string = ""), page (int 1.. = 5000)
// mode: read
MATCH (p:Paragraph)
  WHERE p.id > $after
WITH p
ORDER BY p.id
LIMIT $page
RETURN p.id AS id, properties(p) AS props, [(p)-[:PART_OF]->(r:Resolution) | r.id] AS partOf
ORDER BY id
