// name: state_profile
// description: Everything involving one state (by ISO 3166-1 alpha-3 code): each event with the state's role, the non-state party on its side (e.g. the Houthis for YEM) and the regimes targeting that party, the other state and its party, claims, sources and quantities; plus the regimes targeting it.
// params: state (string = "PRK"), limit (int 1.. = 500)
// mode: read
MATCH (s:State {code: $state})
  USING INDEX SEEK s:State(code)
MATCH (s)<-[rel:SUPPLIER|RECIPIENT|PARTY]-(e:Event)-[other:SUPPLIER|RECIPIENT|PARTY]->(counterpart:State)
  WHERE counterpart <> s
CALL (e) {
  MATCH (e)<-[:ASSERTS]-(c:Claim)-[:STATED_IN]->(a:Article)
  RETURN count(c) AS claims, count(DISTINCT a) AS sources, collect(DISTINCT c.item) AS items,
         [v IN collect(c.quantityValue) WHERE v IS NOT NULL] AS quantities,
         coalesce(min(c.date), min(a.publishedDate)) AS eventDate
}
RETURN s.code AS state, s.name AS name,
       [(s)<-[:TARGETS]-(r:SanctionsRegime) | r.id] AS targetedBy,
       toLower(type(rel)) AS role,
       head([(e)-[:SUPPLIER_PARTY|RECIPIENT_PARTY|PARTY]->(p:Party)-[:BASED_IN]->(s) | p.id]) AS party,
       [(e)-[:SUPPLIER_PARTY|RECIPIENT_PARTY|PARTY]->(p:Party)<-[:TARGETS]-(r:SanctionsRegime)
          WHERE (p)-[:BASED_IN]->(s) | r.id] AS partyTargetedBy,
       counterpart.code AS counterpart,
       head([(e)-[:SUPPLIER_PARTY|RECIPIENT_PARTY|PARTY]->(p:Party)-[:BASED_IN]->(counterpart) | p.id])
         AS counterpartParty,
       e.id AS eventId, e.kind AS kind,
       split(e.key, '|')[5] AS stage, e.category AS category, items, eventDate, claims, sources, quantities
ORDER BY eventDate, kind, category, eventId
LIMIT $limit
