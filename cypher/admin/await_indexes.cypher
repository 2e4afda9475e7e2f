// name: admin/await_indexes
// description: Waits until every index is online (after schema.cypher created them).
// params: none
// mode: write
CALL db.awaitIndexes(300)
