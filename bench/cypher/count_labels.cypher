// name: count_labels
// description: Nodes per label, to compare the online and offline imports of one corpus.
// params: none
// mode: read
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS n
