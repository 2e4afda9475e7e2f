// name: breaches_interpretive
// description: The interpretive tier, kept apart from the breaches: events the law step found may fall within a binding paragraph only on an analyst's reading (MAY_FALL_WITHIN), oldest first, with the reason for each reading, the stage, the date used and how it was found, who characterises the events, articles and originating sources.
// params: kind (string = null), regime (string = null), since (date = "1900-01-01"), limit (int 1.. = 500)
// mode: read
MATCH (e:Event)
  WHERE e.date >= date($since) AND ($kind IS NULL OR e.kind = $kind)
    AND EXISTS { (e)-[r:MAY_FALL_WITHIN]->(:Paragraph) WHERE $regime IS NULL OR r.regime = $regime }
WITH e
ORDER BY e.date, e.id
LIMIT $limit
MATCH (supplier:State)<-[:SUPPLIER]-(e)-[:RECIPIENT]->(recipient:State)
CALL (e) {
  MATCH (e)-[r:MAY_FALL_WITHIN]->(p:Paragraph)
    WHERE $regime IS NULL OR r.regime = $regime
  WITH r, p
  ORDER BY p.adopted, toInteger(split(replace(p.number, 'B.', ''), '(')[0]), p.number, p.id
  RETURN collect(p.id) AS paragraphs, head(collect(r.stage)) AS stage,
         collect({paragraph: p.id, tier: r.tier, reading: r.reason, contested: r.contested,
                  contestedBy: r.contestedBy, window: r.window, verified: p.verified, note: p.note}) AS readings
}
CALL (e) {
  MATCH (e)<-[:ASSERTS]-(c:Claim)-[:STATED_IN]->(a:Article)
  WITH c, a ORDER BY a.publishedDate, a.id, c.evidenceStart, c.item
  RETURN collect(DISTINCT c.item) AS items,
         collect(CASE WHEN c.quantityValue IS NOT NULL THEN {value: c.quantityValue, unit: c.quantityUnit,
           qualifier: c.quantityQualifier, attributedTo: c.attributedTo, article: a.title,
           publisher: a.publisher, published: a.published, url: a.url} END) AS quantities,
         collect(DISTINCT c.attributedTo) AS attributions,
         collect(DISTINCT c.evidenceText) AS evidence
}
RETURN 'interpretive' AS tier, e.id AS eventId, e.kind AS kind, stage, supplier.code AS supplier,
       recipient.code AS recipient,
       [(e)-[:SUPPLIER_PARTY]->(party:Party) | party.id][0] AS supplierParty,
       [(e)-[:RECIPIENT_PARTY]->(party:Party) | party.id][0] AS recipientParty,
       items, e.category AS category, e.date AS eventDate, e.datedBy AS datedBy, paragraphs, readings,
       attributions, quantities, e.articleCount AS articles, e.originCount AS originatingSources,
       e.origins AS origins, evidence
ORDER BY eventDate, eventId
