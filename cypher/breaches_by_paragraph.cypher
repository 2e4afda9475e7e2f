// name: breaches_by_paragraph
// description: Each paragraph with the number of events the law step found within it (FALLS_WITHIN, breach tier) and that may fall within it on an analyst's reading (MAY_FALL_WITHIN), counted from relationship degrees, with its windows and verification status.
// params: regime (string = null), limit (int 1.. = 500)
// mode: read
MATCH (p:Paragraph)-[:PART_OF]->(res:Resolution)-[:PART_OF]->(r:SanctionsRegime)
  WHERE $regime IS NULL OR r.id = $regime
WITH p, res, r, COUNT { (p)<-[:FALLS_WITHIN]-() } AS breaches, COUNT { (p)<-[:MAY_FALL_WITHIN]-() } AS interpretive
  WHERE breaches + interpretive > 0
RETURN p.id AS paragraph, res.symbol AS resolution, r.id AS regime, p.adopted AS adopted, p.windows AS windows,
       p.contestedBy AS contestedBy, p.direction AS direction, p.verified AS verified, p.summary AS summary,
       breaches, interpretive
ORDER BY p.adopted, toInteger(split(replace(p.number, 'B.', ''), '(')[0]), p.number, p.id
LIMIT $limit
