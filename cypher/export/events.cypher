// name: export/events
// description: One page of events, by id, with their states, non-state parties and the law step's assessments (FALLS_WITHIN, MAY_FALL_WITHIN), for the RDF export (a subset keeps those its claims assert).
// params: after (string = ""), page (int 1.. = 5000), article (string = null), since (date = null)
// mode: read
MATCH (e:Event)
  WHERE e.id > $after
    AND (($article IS NULL AND $since IS NULL)
      OR EXISTS {
        MATCH (e)<-[:ASSERTS]-(:Claim)-[:STATED_IN]->(a:Article)
          WHERE ($article IS NULL OR a.id = $article) AND ($since IS NULL OR a.publishedDate >= date($since)) })
WITH e
ORDER BY e.id
LIMIT $page
RETURN e.id AS id, e.key AS key, e.kind AS kind, e.category AS category, e.year AS year,
  [(e)-[:SUPPLIER]->(s:State) | s.code] AS suppliers,
  [(e)-[:RECIPIENT]->(s:State) | s.code] AS recipients,
  [(e)-[:PARTY]->(s:State) | s.code] AS parties,
  [(e)-[:SUPPLIER_PARTY]->(p:Party) | p.id] AS supplierParties,
  [(e)-[:RECIPIENT_PARTY]->(p:Party) | p.id] AS recipientParties,
  [(e)-[:PARTY]->(p:Party) | p.id] AS nonStateParties,
  [(e)-[r:FALLS_WITHIN|MAY_FALL_WITHIN]->(p:Paragraph) | {type: type(r), paragraph: p.id, props: properties(r)}]
    AS assessments
ORDER BY id
