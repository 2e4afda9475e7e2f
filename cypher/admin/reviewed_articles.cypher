// name: admin/reviewed_articles
// description: Which of the given articles are stored with reviewed claims (from a facts file or RDF), so that importing their text, extracted by rule, cannot silently replace those claims.
// params: ids (list)
// mode: read
UNWIND $ids AS id
MATCH (a:Article {id: id})<-[:STATED_IN]-(c:Claim)
  WHERE c.extractionMethod <> 'rule-based'
RETURN DISTINCT a.id AS id
