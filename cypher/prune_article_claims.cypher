// name: prune_article_claims
// description: Deletes an article's claims that its facts no longer contain, and events left with no claim.
// params: articleId (string), claimIds (list)
// mode: write
MATCH (:Article {id: $articleId})<-[:STATED_IN]-(c:Claim)
  WHERE NOT c.id IN $claimIds
OPTIONAL MATCH (c)-[:ASSERTS]->(e:Event)
DETACH DELETE c
WITH DISTINCT e
  WHERE e IS NOT NULL AND NOT (e)<-[:ASSERTS]-(:Claim)
DETACH DELETE e
