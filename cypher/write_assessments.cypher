// name: write_assessments
// description: Stores the law step's result for each event: its date and how it was dated, its articles and originating sources, and one FALLS_WITHIN (breach tier) or MAY_FALL_WITHIN (interpretive tier) relationship per paragraph, replacing the old ones.
// params: rows (list)
// mode: write
UNWIND $rows AS row
MATCH (e:Event {id: row.id})
SET e.date = row.date, e.datedBy = row.datedBy, e.articleCount = row.articles, e.origins = row.origins,
    e.originCount = row.originCount, e.breachDate = row.breachDate, e.lawHash = row.lawHash
WITH e, row
CALL (e) {
  MATCH (e)-[old:FALLS_WITHIN|MAY_FALL_WITHIN]->(:Paragraph)
  DELETE old
}
WITH e, row
UNWIND row.findings AS finding
MATCH (p:Paragraph {id: finding.paragraph})
FOREACH (_ IN CASE WHEN finding.type = 'FALLS_WITHIN' THEN [1] ELSE [] END |
  CREATE (e)-[r:FALLS_WITHIN]->(p) SET r = finding.props)
FOREACH (_ IN CASE WHEN finding.type = 'MAY_FALL_WITHIN' THEN [1] ELSE [] END |
  CREATE (e)-[r:MAY_FALL_WITHIN]->(p) SET r = finding.props)
