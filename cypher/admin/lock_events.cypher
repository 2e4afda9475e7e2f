// name: admin/lock_events
// description: Takes the write lock of each event (by id) until the law step's transaction ends, so no other importer changes the event's claims between the law step's read and its write. Leaves every property as it was.
// params: ids (list)
// mode: write
UNWIND $ids AS id
MATCH (e:Event {id: id})
SET e.lawLock = true
REMOVE e.lawLock
