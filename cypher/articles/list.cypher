// name: articles/list
// description: Every stored article with its metadata and how many claims it states, oldest first (undated last).
// params: none
// mode: read
MATCH (a:Article)
RETURN a.id AS id, a.title AS title, a.publisher AS publisher, a.published AS published, a.url AS url,
       COUNT { (a)<-[:STATED_IN]-(:Claim) } AS claims
ORDER BY a.publishedDate, a.id
