// name: deployment_timeline
// description: Troop deployments over time, per source: each claim (with the non-state supplier or recipient party, if any) with its date (claim period, else article publication), its number and the running total of the source's dated batches that occurred (undated totals and intended batches are shown but not added).
// params: kind (string = "troop_deployment"), supplier (string = null), recipient (string = null), limit (int 1.. = 500)
// mode: read
MATCH (e:Event {kind: $kind})
MATCH (from:State)<-[:SUPPLIER]-(e)-[:RECIPIENT]->(to:State)
  WHERE ($supplier IS NULL OR from.code = $supplier) AND ($recipient IS NULL OR to.code = $recipient)
MATCH (e)<-[:ASSERTS]-(c:Claim)-[:STATED_IN]->(a:Article)
WITH a, from, to, e, c, coalesce(c.date, a.publishedDate) AS date,
     c.date IS NOT NULL AND split(e.key, '|')[5] = 'occurred' AND c.quantityValue IS NOT NULL AS counted
ORDER BY a.publishedDate, a.id, date, c.evidenceStart
WITH a, collect({eventId: e.id, supplier: from.code, recipient: to.code, claim: c, date: date,
                 supplierParty: head([(e)-[:SUPPLIER_PARTY]->(p:Party) | p.id]),
                 recipientParty: head([(e)-[:RECIPIENT_PARTY]->(p:Party) | p.id]),
                 counted: counted, stage: split(e.key, '|')[5]}) AS rows
UNWIND range(0, size(rows) - 1) AS i
WITH a, rows[i] AS row,
     reduce(total = 0, r IN rows[0..i + 1] | total + CASE WHEN r.counted THEN r.claim.quantityValue ELSE 0 END)
       AS runningTotal
RETURN a.title AS article, a.publisher AS publisher, a.published AS published,
       row.claim.attributedTo AS attributedTo, row.supplier AS supplier, row.supplierParty AS supplierParty,
       row.recipient AS recipient, row.recipientParty AS recipientParty,
       row.date AS date, CASE WHEN row.claim.date IS NULL THEN 'article publication' ELSE 'claim period' END AS datedBy,
       row.claim.periodStart AS periodStart, row.claim.periodEnd AS periodEnd, row.stage AS stage,
       row.claim.item AS item, row.claim.quantityValue AS troops, row.claim.quantityQualifier AS qualifier,
       CASE WHEN row.counted THEN runningTotal END AS cumulative, row.eventId AS eventId
ORDER BY article, date, eventId
LIMIT $limit
