// name: write_events
// description: Creates events by their key (kind, states and parties, category, year, stage), their kind's label, their states and their non-state parties.
// params: rows (list)
// mode: write
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
  ON CREATE SET e.key = row.key, e.kind = row.kind, e.category = row.category, e.year = row.year,
    e.caption = row.from + coalesce(':' + row.fromParty, '') + ' -> ' + row.to + coalesce(':' + row.toParty, '')
      + ' ' + coalesce(row.category, row.kind)
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
  MERGE (e)-[:PARTY]->(source)
  MERGE (e)-[:PARTY]->(target))
FOREACH (_ IN CASE WHEN row.kind <> 'agreement' THEN [1] ELSE [] END |
  MERGE (e)-[:SUPPLIER]->(source)
  MERGE (e)-[:RECIPIENT]->(target))
FOREACH (party IN CASE WHEN row.kind = 'agreement' THEN [p IN [sourceParty, targetParty] WHERE p IS NOT NULL]
                       ELSE [] END |
  MERGE (e)-[:PARTY]->(party))
FOREACH (party IN CASE WHEN row.kind <> 'agreement' AND sourceParty IS NOT NULL THEN [sourceParty] ELSE [] END |
  MERGE (e)-[:SUPPLIER_PARTY]->(party))
FOREACH (party IN CASE WHEN row.kind <> 'agreement' AND targetParty IS NOT NULL THEN [targetParty] ELSE [] END |
  MERGE (e)-[:RECIPIENT_PARTY]->(party))
