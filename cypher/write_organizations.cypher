// name: write_organizations
// description: Creates the organisations that claims are attributed to.
// params: rows (list)
// mode: write
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
  ON CREATE SET o.name = row.name
