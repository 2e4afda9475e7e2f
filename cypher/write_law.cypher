// name: write_law
// description: Creates or updates a sanctions regime, the state or party it targets, its resolutions and their paragraphs.
// params: regime (map), resolutions (list)
// mode: write
MERGE (regime:SanctionsRegime {id: $regime.id})
  ON CREATE SET regime.name = $regime.name, regime.authority = $regime.authority,
    regime.targetState = $regime.targetState, regime.targetParty = $regime.targetParty,
    regime.committee = $regime.committee, regime.establishedBy = $regime.establishedBy
FOREACH (code IN CASE WHEN $regime.targetState IS NULL THEN [] ELSE [$regime.targetState] END |
  MERGE (target:State {code: code})
    ON CREATE SET target.name = $regime.targetName
  MERGE (regime)-[:TARGETS]->(target))
FOREACH (party IN CASE WHEN $regime.targetParty IS NULL THEN [] ELSE [$regime.targetParty] END |
  MERGE (target:Party {id: party})
  MERGE (regime)-[:TARGETS]->(target))
WITH regime
UNWIND $resolutions AS res
MERGE (resolution:Resolution {id: res.id})
  ON CREATE SET resolution += res.props, resolution.contentHash = res.contentHash
FOREACH (_ IN CASE WHEN resolution.contentHash <> res.contentHash THEN [1] ELSE [] END |
  SET resolution += res.props, resolution.contentHash = res.contentHash)
MERGE (resolution)-[:PART_OF]->(regime)
WITH resolution, res
UNWIND res.paragraphs AS para
MERGE (paragraph:Paragraph {id: para.id})
  ON CREATE SET paragraph += para.props, paragraph.contentHash = para.contentHash
FOREACH (_ IN CASE WHEN paragraph.contentHash <> para.contentHash THEN [1] ELSE [] END |
  SET paragraph = para.props, paragraph.id = para.id, paragraph.contentHash = para.contentHash)
MERGE (paragraph)-[:PART_OF]->(resolution)
