// name: articles/find
// description: The articles a reference names: its full id (SHA-256 of the text), an id prefix of 8 characters or more, or its URL.
// params: ref (string)
// mode: read
MATCH (a:Article)
  WHERE a.id = $ref OR a.url = $ref OR (size($ref) >= 8 AND a.id STARTS WITH toLower($ref))
RETURN a.id AS id, a.title AS title, a.url AS url
ORDER BY id
LIMIT 10
