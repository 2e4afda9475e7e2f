// name: admin/known_values
// description: Which of the given state codes, event ids and regime ids the graph holds, and every regime id: explains an empty answer.
// params: states (list), events (list), regimes (list)
// mode: read
RETURN [code IN $states WHERE EXISTS { MATCH (:State {code: code}) }] AS states,
       [id IN $events WHERE EXISTS { MATCH (:Event {id: id}) }] AS events,
       [id IN $regimes WHERE EXISTS { MATCH (:SanctionsRegime {id: id}) }] AS regimes,
       COLLECT { MATCH (r:SanctionsRegime) RETURN r.id ORDER BY r.id } AS allRegimes
