// name: breaches
// description: Events the law step found within a binding paragraph (FALLS_WITHIN, breach tier), oldest first from the breachDate index: one row per event with its paragraphs and the reason for each, the stage (intended = agreed or planned, never a completed breach), any contest, the date used and how it was found (claim period, else article publication), quantities by source, articles and originating sources, and evidence.
// params: regime (string = null), since (date = "1900-01-01"), limit (int 1.. = 500)
// mode: read
MATCH (e:Event)
  WHERE e.breachDate >= date($since)
    AND ($regime IS NULL OR EXISTS { (e)-[r:FALLS_WITHIN]->(:Paragraph) WHERE r.regime = $regime })
WITH e
ORDER BY e.breachDate, e.id
LIMIT $limit
MATCH (supplier:State)<-[:SUPPLIER]-(e)-[:RECIPIENT]->(recipient:State)
CALL (e) {
  MATCH (e)-[r:FALLS_WITHIN]->(p:Paragraph)
    WHERE $regime IS NULL OR r.regime = $regime
  WITH r, p
  ORDER BY p.adopted, toInteger(split(replace(p.number, 'B.', ''), '(')[0]), p.number, p.id
  RETURN collect(p.id) AS paragraphs, head(collect(r.stage)) AS stage, any(c IN collect(r.contested) WHERE c) AS contested,
         collect({paragraph: p.id, tier: r.tier, reason: r.reason, contested: r.contested,
                  contestedBy: r.contestedBy, window: r.window, verified: p.verified}) AS readings
}
CALL (e) {
  MATCH (e)<-[:ASSERTS]-(c:Claim)-[:STATED_IN]->(a:Article)
  WITH c, a ORDER BY a.publishedDate, a.id, c.evidenceStart, c.item
  RETURN collect(DISTINCT c.item) AS items,
         collect(CASE WHEN c.quantityValue IS NOT NULL THEN {value: c.quantityValue, unit: c.quantityUnit,
           qualifier: c.quantityQualifier, attributedTo: c.attributedTo, article: a.title,
           publisher: a.publisher, published: a.published, url: a.url} END) AS quantities,
         collect(DISTINCT c.evidenceText) AS evidence
}
RETURN 'breach' AS tier,
       CASE WHEN stage = 'intended' THEN 'intended: agreed or planned, not a completed breach'
            WHEN contested THEN 'breach on a contested reading of the law' ELSE 'breach' END AS finding,
       e.id AS eventId, e.kind AS kind, stage, supplier.code AS supplier, recipient.code AS recipient,
       [(e)-[:SUPPLIER_PARTY]->(party:Party) | party.id][0] AS supplierParty,
       [(e)-[:RECIPIENT_PARTY]->(party:Party) | party.id][0] AS recipientParty,
       items, e.category AS category, e.date AS eventDate, e.datedBy AS datedBy, paragraphs, readings, contested,
       quantities, e.articleCount AS articles, e.originCount AS originatingSources, e.origins AS origins, evidence
ORDER BY eventDate, eventId
