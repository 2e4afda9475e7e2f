// name: floor_articles
// description: The write floor's articles: each created with all its properties, no MERGE, no check (the benchmark's ceiling on import speed, never used by kg).
// params: rows (list)
// mode: write
UNWIND $rows AS row
CREATE (a:Article)
SET a = row
