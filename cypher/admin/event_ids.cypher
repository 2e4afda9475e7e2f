// name: admin/event_ids
// description: One page of event ids, in id order, for re-applying the law to every event.
// params: after (string = ""), page (int 1.. = 5000)
// mode: read
MATCH (e:Event)
  WHERE e.id > $after
RETURN e.id AS id
ORDER BY id
LIMIT $page
