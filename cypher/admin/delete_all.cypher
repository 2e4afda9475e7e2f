// name: admin/delete_all
// description: Deletes every node and relationship, in batches (used by tests and `kg reset`).
// params: none
// mode: write
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
