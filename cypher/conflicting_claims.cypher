// name: conflicting_claims
// description: Events whose claims give different numbers: every number with its source, the articles and originating sources (the body a claim is attributed to, else the publisher) behind them, and the spread between the lowest and the highest.
// params: kind (string = null), limit (int 1.. = 500)
// mode: read
MATCH (e:Event)<-[:ASSERTS]-(c:Claim)-[:STATED_IN]->(a:Article)
  WHERE ($kind IS NULL OR e.kind = $kind) AND c.quantityValue IS NOT NULL
WITH e, c, a ORDER BY c.quantityValue, a.publishedDate
WITH e, collect({value: c.quantityValue, unit: c.quantityUnit, qualifier: c.quantityQualifier,
                 attributedTo: c.attributedTo, article: a.title, publisher: a.publisher, published: a.published})
       AS quantities, count(DISTINCT a) AS articles,
     count(DISTINCT coalesce(c.attributedTo, a.publisher, a.title)) AS originatingSources, min(c.quantityValue) AS lowest, max(c.quantityValue) AS highest
  WHERE lowest <> highest
OPTIONAL MATCH (supplier:State)<-[:SUPPLIER]-(e)-[:RECIPIENT]->(recipient:State)
RETURN e.id AS eventId, e.kind AS kind, supplier.code AS supplier,
       head([(e)-[:SUPPLIER_PARTY]->(p:Party) | p.id]) AS supplierParty, recipient.code AS recipient,
       head([(e)-[:RECIPIENT_PARTY]->(p:Party) | p.id]) AS recipientParty,
       e.category AS category, quantities, articles, originatingSources, lowest, highest,
       round(toFloat(highest) / lowest, 2) AS ratio
ORDER BY ratio DESC, eventId
LIMIT $limit
