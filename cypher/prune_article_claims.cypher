// name: prune_article_claims
// description: Deletes the claims each article's facts no longer contain, and events left with no claim.
// params: articles (list)
// mode: write
UNWIND $articles AS article
MATCH (:Article {id: article.id})<-[:STATED_IN]-(c:Claim)
  WHERE NOT c.id IN article.claimIds
OPTIONAL MATCH (c)-[:ASSERTS]->(e:Event)
DETACH DELETE c
WITH DISTINCT e
  WHERE e IS NOT NULL AND NOT (e)<-[:ASSERTS]-(:Claim)
DETACH DELETE e
