// name: export/states
// description: One page of states for the RDF export, by code: all of them, or for a subset those its events name, a regime targets, or a party a regime targets is based in.
// params: after (string = ""), page (int 1.. = 5000), article (string = null), since (date = null)
// mode: read
MATCH (s:State)
  WHERE s.code > $after
    AND (($article IS NULL AND $since IS NULL)
      OR EXISTS { (s)<-[:TARGETS]-(:SanctionsRegime) }
      OR EXISTS { (s)<-[:BASED_IN]-(:Party)<-[:TARGETS]-(:SanctionsRegime) }
      OR EXISTS {
        MATCH (s)<-[:SUPPLIER|RECIPIENT|PARTY]-(:Event)<-[:ASSERTS]-(:Claim)-[:STATED_IN]->(a:Article)
          WHERE ($article IS NULL OR a.id = $article) AND ($since IS NULL OR a.publishedDate >= date($since)) })
RETURN s.code AS id, s.name AS name
ORDER BY s.code
LIMIT $page
