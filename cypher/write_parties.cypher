// name: write_parties
// description: Creates or updates the non-state parties that facts name (armed groups, private military companies, companies; from data/parties.yaml), each BASED_IN its state (created when missing, so the law can write the parties its regimes target).
// params: rows (list)
// mode: write
UNWIND $rows AS row
MERGE (p:Party {id: row.id})
  ON CREATE SET p.name = row.name, p.kind = row.kind
FOREACH (_ IN CASE WHEN p.name <> row.name OR p.kind <> row.kind THEN [1] ELSE [] END |
  SET p.name = row.name, p.kind = row.kind)
WITH p, row
MERGE (s:State {code: row.baseState})
  ON CREATE SET s.name = row.baseStateName
MERGE (p)-[:BASED_IN]->(s)
