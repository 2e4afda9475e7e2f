// name: articles/remove
// description: Removes articles in one transaction: their claims, the events no other article's claim asserts (with their assessments), the articles. Returns what goes; with dryRun nothing is deleted.
// params: ids (list), dryRun (bool = true)
// mode: write
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)<-[:STATED_IN]-(c:Claim)
WITH a, collect(c) AS stated
WITH collect(a) AS articles, collect({id: a.id, title: a.title, publisher: a.publisher, published: a.published,
                                     url: a.url, claims: size(stated)}) AS described,
     reduce(all = [], s IN collect(stated) | all + s) AS claims
CALL (claims) {
  UNWIND claims AS c
  MATCH (c)-[:ASSERTS]->(e:Event)
  WITH DISTINCT e, claims
  WITH e, EXISTS { (e)<-[:ASSERTS]-(other:Claim) WHERE NOT other IN claims } AS asserted
  RETURN [x IN collect(CASE WHEN NOT asserted THEN e END) WHERE x IS NOT NULL] AS orphans,
         [x IN collect(CASE WHEN asserted THEN e END) WHERE x IS NOT NULL] AS kept
}
WITH articles, described, claims, orphans, kept,
     [e IN orphans | {id: e.id, caption: e.caption, assessments: size([(e)-[r]->(:Paragraph) | r])}] AS gone,
     [e IN kept | {id: e.id, caption: e.caption}] AS staying
CALL (articles, claims, orphans) {
  WITH articles, claims, orphans WHERE NOT $dryRun
  FOREACH (e IN orphans | DETACH DELETE e)
  FOREACH (c IN claims | DETACH DELETE c)
  FOREACH (a IN articles | DETACH DELETE a)
}
RETURN described AS articles, size(claims) AS claims, gone AS eventsRemoved, staying AS eventsKept,
       reduce(n = 0, e IN gone | n + e.assessments) AS assessments
