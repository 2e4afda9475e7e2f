// name: floor_events
// description: The write floor's events: each created once (the caller passes only events no earlier group wrote) with its key properties and its SUPPLIER and RECIPIENT links (an agreement's two PARTY links too, so the same number of links); no kind label, no party, no MERGE.
// params: rows (list)
// mode: write
UNWIND $rows AS row
MATCH (source:State {code: row.from})
MATCH (target:State {code: row.to})
CREATE (e:Event {id: row.id})
SET e.key = row.key, e.kind = row.kind, e.category = row.category, e.year = row.year
CREATE (e)-[:SUPPLIER]->(source)
CREATE (e)-[:RECIPIENT]->(target)
