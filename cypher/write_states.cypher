// name: write_states
// description: Creates the states that facts name, keyed by ISO 3166-1 alpha-3 code.
// params: rows (list)
// mode: write
UNWIND $rows AS row
MERGE (s:State {code: row.code})
  ON CREATE SET s.name = row.name
