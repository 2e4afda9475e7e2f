// name: naive_write_fact
// description: The benchmark's naive baseline: one fact (claim) with its article, states, event and source, in one statement, one transaction per fact.
// params: article (map), event (map), claim (map), fromName (string), toName (string), organization (map)
// mode: write
MERGE (a:Article {id: $article.id})
  ON CREATE SET a += $article
MERGE (source:State {code: $event.from})
  ON CREATE SET source.name = $fromName
MERGE (target:State {code: $event.to})
  ON CREATE SET target.name = $toName
MERGE (e:Event {id: $event.id})
  ON CREATE SET e.key = $event.key, e.kind = $event.kind, e.category = $event.category, e.year = $event.year
FOREACH (_ IN CASE WHEN $event.kind = 'arms_transfer' THEN [1] ELSE [] END | SET e:ArmsTransfer)
FOREACH (_ IN CASE WHEN $event.kind = 'troop_deployment' THEN [1] ELSE [] END | SET e:TroopDeployment)
FOREACH (_ IN CASE WHEN $event.kind = 'technology_transfer' THEN [1] ELSE [] END | SET e:TechnologyTransfer)
FOREACH (_ IN CASE WHEN $event.kind = 'agreement' THEN [1] ELSE [] END | SET e:Agreement)
FOREACH (_ IN CASE WHEN $event.kind = 'agreement' THEN [1] ELSE [] END |
  MERGE (e)-[:PARTY]->(source)
  MERGE (e)-[:PARTY]->(target))
FOREACH (_ IN CASE WHEN $event.kind <> 'agreement' THEN [1] ELSE [] END |
  MERGE (e)-[:SUPPLIER]->(source)
  MERGE (e)-[:RECIPIENT]->(target))
MERGE (c:Claim {id: $claim.id})
  ON CREATE SET c += $claim.props, c.contentHash = $claim.contentHash
MERGE (c)-[:ASSERTS]->(e)
MERGE (c)-[:STATED_IN]->(a)
FOREACH (org IN CASE WHEN $organization IS NULL THEN [] ELSE [$organization] END |
  MERGE (o:Organization {id: org.id})
    ON CREATE SET o.name = org.name
  MERGE (c)-[:ATTRIBUTED_TO]->(o))
