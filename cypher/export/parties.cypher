// name: export/parties
// description: One page of non-state parties, by id, with their base state, for the RDF export: all of them, or for a subset those its events name or a regime targets.
// params: after (string = ""), page (int 1.. = 5000), article (string = null), since (date = null)
// mode: read
MATCH (p:Party)
  WHERE p.id > $after
    AND (($article IS NULL AND $since IS NULL)
      OR EXISTS { (p)<-[:TARGETS]-(:SanctionsRegime) }
      OR EXISTS {
        MATCH (p)<-[:SUPPLIER_PARTY|RECIPIENT_PARTY|PARTY]-(:Event)<-[:ASSERTS]-(:Claim)-[:STATED_IN]->(a:Article)
          WHERE ($article IS NULL OR a.id = $article) AND ($since IS NULL OR a.publishedDate >= date($since)) })
WITH p
ORDER BY p.id
LIMIT $page
RETURN p.id AS id, p.name AS name, p.kind AS kind, [(p)-[:BASED_IN]->(s:State) | s.code] AS basedIn
ORDER BY id
