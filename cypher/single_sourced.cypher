// name: single_sourced
// description: Events that rest on one originating source (the body a claim is attributed to, else the article's publisher): that source, the articles repeating it and the sentences, so an analyst knows what still needs corroboration.
// params: kind (string = null), limit (int 1.. = 500)
// mode: read
MATCH (e:Event)<-[:ASSERTS]-(c:Claim)-[:STATED_IN]->(a:Article)
  WHERE $kind IS NULL OR e.kind = $kind
WITH e, collect(DISTINCT coalesce(c.attributedTo, a.publisher, a.title)) AS origins, collect(DISTINCT a) AS articles,
     collect(DISTINCT c.item) AS items, collect(DISTINCT c.evidenceText) AS evidence
  WHERE size(origins) = 1
OPTIONAL MATCH (supplier:State)<-[:SUPPLIER]-(e)-[:RECIPIENT]->(recipient:State)
RETURN e.id AS eventId, e.kind AS kind, split(e.key, '|')[5] AS stage, supplier.code AS supplier,
       head([(e)-[:SUPPLIER_PARTY]->(p:Party) | p.id]) AS supplierParty, recipient.code AS recipient,
       head([(e)-[:RECIPIENT_PARTY]->(p:Party) | p.id]) AS recipientParty, e.category AS category, items,
       origins[0] AS origin, size(articles) AS articles, [a IN articles | a.title] AS articleTitles,
       [a IN articles | a.publisher] AS publishers, evidence
ORDER BY kind, supplier, recipient, category, eventId
LIMIT $limit
