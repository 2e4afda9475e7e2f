// name: write_article
// description: Creates the article node (keyed by the SHA-256 of its text) if it is new.
// params: article (map)
// mode: write
MERGE (a:Article {id: $article.id})
  ON CREATE SET a += $article
