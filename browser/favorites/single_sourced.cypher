// kg: single_sourced
// Events that rest on one article only: the source, its attribution and the sentence, so an analyst knows what still needs corroboration.
:param kind => null;
:param limit => 500;
MATCH (e:Event)<-[:ASSERTS]-(c:Claim)-[:STATED_IN]->(a:Article)
  WHERE $kind IS NULL OR e.kind = $kind
WITH e, collect(DISTINCT a) AS articles, collect(DISTINCT c.attributedTo) AS attributions,
     collect(DISTINCT c.item) AS items, collect(DISTINCT c.evidenceText) AS evidence
  WHERE size(articles) = 1
WITH e, articles[0] AS a, attributions, items, evidence
OPTIONAL MATCH (supplier:State)<-[:SUPPLIER]-(e)-[:RECIPIENT]->(recipient:State)
RETURN e.id AS eventId, e.kind AS kind, split(e.key, '|')[5] AS stage, supplier.code AS supplier,
       head([(e)-[:SUPPLIER_PARTY]->(p:Party) | p.id]) AS supplierParty, recipient.code AS recipient,
       head([(e)-[:RECIPIENT_PARTY]->(p:Party) | p.id]) AS recipientParty, e.category AS category, items, a.title AS article, a.publisher AS publisher,
       a.published AS published, attributions, evidence
ORDER BY kind, supplier, recipient, category, eventId
LIMIT $limit;
