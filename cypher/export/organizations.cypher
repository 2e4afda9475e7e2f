// name: export/organizations
// description: One page of organisations claims are attributed to, by id, for the RDF export (a subset keeps those its claims name).
// params: after (string = ""), page (int 1.. = 5000), article (string = null), since (date = null)
// mode: read
MATCH (o:Organization)
  WHERE o.id > $after
    AND (($article IS NULL AND $since IS NULL)
      OR EXISTS {
        MATCH (o)<-[:ATTRIBUTED_TO]-(:Claim)-[:STATED_IN]->(a:Article)
          WHERE ($article IS NULL OR a.id = $article) AND ($since IS NULL OR a.publishedDate >= date($since)) })
RETURN o.id AS id, o.name AS name
ORDER BY o.id
LIMIT $page
