// name: pick_anchors
// description: Typical keys to anchor the key-anchored queries on: an event with three claims (the corpus mean) and the state of median event count outside the five focus states.
// params: focus (list)
// mode: read
CALL () {
  MATCH (e:Event)
  WHERE COUNT { (e)<-[:ASSERTS]-(:Claim) } = 3
  RETURN e.id AS event
  ORDER BY event
  LIMIT 1
}
CALL () {
  MATCH (s:State)
  WHERE NOT s.code IN $focus
  WITH s, COUNT { (s)<-[:SUPPLIER|RECIPIENT|PARTY]-(:Event) } AS events
  ORDER BY events, s.code
  WITH collect(s.code) AS codes
  RETURN codes[size(codes) / 2] AS state
}
RETURN event, state
