// name: write_events
// description: Creates events by their key (kind, states and parties, category, year, stage), with their kind's label, their states and their non-state parties. An event that exists already is left as it is: the statement that created it linked it in the same transaction. Plain CREATE for the links, as MERGE of a relationship would lock the state's node until commit and make parallel importers queue behind each other.
// params: rows (list)
// mode: write
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
  ON CREATE SET e.key = row.key, e.kind = row.kind, e.category = row.category, e.year = row.year,
    e.caption = row.from + coalesce(':' + row.fromParty, '') + ' -> ' + row.to + coalesce(':' + row.toParty, '')
      + ' ' + coalesce(row.category, row.kind)
WITH e, row
  WHERE NOT EXISTS { (e)-[:SUPPLIER|RECIPIENT|PARTY]->(:State) }
FOREACH (_ IN CASE WHEN row.kind = 'arms_transfer' THEN [1] ELSE [] END | SET e:ArmsTransfer)
FOREACH (_ IN CASE WHEN row.kind = 'troop_deployment' THEN [1] ELSE [] END | SET e:TroopDeployment)
FOREACH (_ IN CASE WHEN row.kind = 'technology_transfer' THEN [1] ELSE [] END | SET e:TechnologyTransfer)
FOREACH (_ IN CASE WHEN row.kind = 'agreement' THEN [1] ELSE [] END | SET e:Agreement)
WITH e, row
MATCH (source:State {code: row.from})
MATCH (target:State {code: row.to})
OPTIONAL MATCH (sourceParty:Party {id: row.fromParty})
OPTIONAL MATCH (targetParty:Party {id: row.toParty})
FOREACH (_ IN CASE WHEN row.kind = 'agreement' THEN [1] ELSE [] END |
  CREATE (e)-[:PARTY]->(source)
  CREATE (e)-[:PARTY]->(target))
FOREACH (_ IN CASE WHEN row.kind <> 'agreement' THEN [1] ELSE [] END |
  CREATE (e)-[:SUPPLIER]->(source)
  CREATE (e)-[:RECIPIENT]->(target))
FOREACH (party IN CASE WHEN row.kind = 'agreement' AND sourceParty = targetParty THEN [sourceParty]
                       WHEN row.kind = 'agreement' THEN [p IN [sourceParty, targetParty] WHERE p IS NOT NULL]
                       ELSE [] END |
  CREATE (e)-[:PARTY]->(party))
FOREACH (party IN CASE WHEN row.kind <> 'agreement' AND sourceParty IS NOT NULL THEN [sourceParty] ELSE [] END |
  CREATE (e)-[:SUPPLIER_PARTY]->(party))
FOREACH (party IN CASE WHEN row.kind <> 'agreement' AND targetParty IS NOT NULL THEN [targetParty] ELSE [] END |
  CREATE (e)-[:RECIPIENT_PARTY]->(party))
