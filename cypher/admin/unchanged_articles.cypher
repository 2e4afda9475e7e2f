// name: admin/unchanged_articles
// description: Which of the given articles are stored with exactly these facts already (same facts hash), so an import can skip them.
// params: articles (list)
// mode: read
UNWIND $articles AS article
MATCH (a:Article {id: article.id})
  WHERE a.factsHash = article.factsHash
RETURN a.id AS id
