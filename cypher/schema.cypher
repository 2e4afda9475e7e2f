// name: schema
// description: Uniqueness constraints on each node label's key and lookup indexes for the canned queries; idempotent, run before every load. Labels and keys come from the kg:neo4jLabel / kg:neo4jKey annotations of ontology/kg.ttl (tests/test_schema_drift.py keeps them equal).
// params: none
// mode: write

CREATE CONSTRAINT state_code_unique IF NOT EXISTS FOR (n:State) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT organization_id_unique IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT party_id_unique IF NOT EXISTS FOR (n:Party) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id_unique IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id_unique IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
// Event is the shared label of ArmsTransfer, TroopDeployment, TechnologyTransfer and Agreement nodes.
CREATE CONSTRAINT event_id_unique IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sanctions_regime_id_unique IF NOT EXISTS FOR (n:SanctionsRegime) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT resolution_id_unique IF NOT EXISTS FOR (n:Resolution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT paragraph_id_unique IF NOT EXISTS FOR (n:Paragraph) REQUIRE n.id IS UNIQUE;

CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind);
CREATE INDEX paragraph_binding IF NOT EXISTS FOR (n:Paragraph) ON (n.binding);
CREATE INDEX article_published_date IF NOT EXISTS FOR (n:Article) ON (n.publishedDate);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_breach_date IF NOT EXISTS FOR (n:Event) ON (n.breachDate);

// Retired lookup indexes: no canned query seeks by them, and each one cost every claim or event write.
// Graphs made by earlier versions lose them here.
DROP INDEX claim_kind IF EXISTS;
DROP INDEX claim_date IF EXISTS;
DROP INDEX event_key IF EXISTS;
