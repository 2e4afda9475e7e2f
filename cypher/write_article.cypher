// name: write_article
// description: Creates or updates the article nodes (keyed by the SHA-256 of their text): a re-import with corrected metadata (title, publisher, published, url) replaces the stored values, and records each article's facts hash.
// params: articles (list)
// mode: write
UNWIND $articles AS article
MERGE (a:Article {id: article.id})
SET a += article
