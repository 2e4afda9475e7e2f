// name: admin/graph_counts
// description: How many nodes and relationships the database holds (from the count store, no scan).
// params: none
// mode: read
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
