// name: evidence
// description: Every claim behind one event (by event id), with the event's non-state supplier and recipient parties if any: the sentence and its offsets, number, status, attribution and the article it is read from.
// params: event (string = "f5e6f0ac0893c101")
// mode: read
MATCH (e:Event {id: $event})<-[:ASSERTS]-(c:Claim)-[:STATED_IN]->(a:Article)
  USING INDEX SEEK e:Event(id)
RETURN e.id AS eventId, e.key AS eventKey, head([(e)-[:SUPPLIER_PARTY]->(p:Party) | p.id]) AS supplierParty,
       head([(e)-[:RECIPIENT_PARTY]->(p:Party) | p.id]) AS recipientParty, c.id AS claimId, c.item AS item, c.status AS status,
       c.quantityValue AS value, c.quantityUnit AS unit, c.quantityQualifier AS qualifier,
       c.periodStart AS periodStart, c.periodEnd AS periodEnd, c.attributedTo AS attributedTo,
       c.evidenceText AS evidence, c.evidenceStart AS evidenceStart, c.evidenceEnd AS evidenceEnd,
       a.title AS article, a.publisher AS publisher, a.published AS published, a.url AS url,
       c.extractionMethod AS extractionMethod
ORDER BY a.publishedDate, a.id, c.evidenceStart, c.id
