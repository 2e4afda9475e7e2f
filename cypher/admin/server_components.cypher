// name: admin/server_components
// description: The server's product name, version and edition.
// params: none
// mode: read
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
