// name: admin/graph_size
// description: The size of the graph a report is drawn from: nodes, relationships, articles, claims and events (from the count store, no scan).
// params: none
// mode: read
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
CALL () { MATCH (e:Event) RETURN count(e) AS events }
RETURN nodes, relationships, articles, claims, events
