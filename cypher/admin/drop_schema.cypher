// name: admin/drop_schema
// description: Drops every constraint and index schema.cypher creates (tests use it to start from a database with no schema at all).
// params: none
// mode: write

DROP CONSTRAINT state_code_unique IF EXISTS;
DROP CONSTRAINT organization_id_unique IF EXISTS;
DROP CONSTRAINT party_id_unique IF EXISTS;
DROP CONSTRAINT article_id_unique IF EXISTS;
DROP CONSTRAINT claim_id_unique IF EXISTS;
DROP CONSTRAINT event_id_unique IF EXISTS;
DROP CONSTRAINT sanctions_regime_id_unique IF EXISTS;
DROP CONSTRAINT resolution_id_unique IF EXISTS;
DROP CONSTRAINT paragraph_id_unique IF EXISTS;
DROP INDEX claim_kind IF EXISTS;
DROP INDEX claim_date IF EXISTS;
DROP INDEX event_kind IF EXISTS;
DROP INDEX event_key IF EXISTS;
DROP INDEX paragraph_binding IF EXISTS;
DROP INDEX article_published_date IF EXISTS;
