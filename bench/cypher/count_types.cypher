// name: count_types
// description: Relationships per type, to compare the online and offline imports of one corpus.
// params: none
// mode: read
MATCH ()-[r]->()
RETURN type(r) AS label, count(*) AS n
