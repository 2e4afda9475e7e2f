// name: export/articles
// description: One page of articles, by id, for the RDF export; article and since (published on or after) narrow it.
// params: after (string = ""), page (int 1.. = 5000), article (string = null), since (date = null)
// mode: read
MATCH (a:Article)
  WHERE a.id > $after
    AND ($article IS NULL OR a.id = $article)
    AND ($since IS NULL OR a.publishedDate >= date($since))
RETURN a.id AS id, properties(a) AS props
ORDER BY a.id
LIMIT $page
