// name: admin/articles_with_claims
// description: Which of the given articles (by id) hold at least one claim. The importer asks after writing the articles, so it holds their write locks: an article without claims then gets its claims by plain CREATE.
// params: ids (list)
// mode: read
UNWIND $ids AS id
MATCH (a:Article {id: id})
  WHERE EXISTS { (a)<-[:STATED_IN]-(:Claim) }
RETURN a.id AS id
