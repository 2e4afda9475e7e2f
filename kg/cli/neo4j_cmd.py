"""`kg neo4j up | down | status`: the project's own way to get a Neo4j server."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import typer

from kg.cli.common import DatabaseOption, UriOption, UsernameOption, reports_errors, settings_from
from kg.cli.progress import spinner
from kg.config import user_dirs

JARS_MB = 132  # the Neo4j 5.26 server's and Browser's jars, as Maven fetches them

DOWNLOADING = f"Downloading Neo4j jars ({JARS_MB} MB, first time only)..."


def start_message(external: bool, cache: Path) -> str | None:
    """What `kg neo4j up` is about to do when that takes a while: the first download of the jars."""
    from kg.server.jars import jars_ready

    if external or jars_ready(cache):
        return None
    return f"{DOWNLOADING[:-3]} and starting Neo4j (unless Docker runs it)..."


@contextmanager
def _announced(message: str | None) -> Iterator[None]:
    """A spinner with the message on a terminal; the message alone, once, in a log or pipe."""
    if message is None:
        yield
        return
    if not sys.stderr.isatty():
        print(message, file=sys.stderr)
    with spinner(message):
        yield


app = typer.Typer(help="Start, stop and inspect the Neo4j server kg uses.", no_args_is_help=True)


@app.command("up")
@reports_errors
def up(uri: UriOption = None, username: UsernameOption = None, database: DatabaseOption = None) -> None:
    """Bring a Neo4j 5.26 server up: NEO4J_URI if set, else Docker compose, else a local server from Maven jars.

    Prints the Bolt URI, the Browser URL and the `export` lines for your shell. Also serves kg's Browser guide on
    127.0.0.1 (port 7480 or the next free one), which Browser opens when you log in. Running it twice reuses the
    server. The password is NEO4J_PASSWORD, or one generated once and kept in ~/.config/kg/neo4j-password.
    """
    from kg import server
    from kg.server import guide

    settings = settings_from(uri, username, database)
    with _announced(start_message(settings.uri_from_env, user_dirs()["cache"])):
        running = server.up(settings)
    if running.mode == "external":
        print(f"NEO4J_URI is set: using the server at {running.uri} (it answers); nothing started.", file=sys.stderr)
        return
    verb = "already running" if running.reused else f"started in {running.seconds:.1f} s"
    print(f"Neo4j ({running.mode}) {verb}.", file=sys.stderr)
    print(f"Bolt:    {running.uri}", file=sys.stderr)
    print(f"Browser: {running.browser_url}", file=sys.stderr)
    guide_port = guide.running_guide(server.server_home())
    if guide_port:
        print(f"Guide:   opens in Browser once you log in (or run :guide {guide.guide_url(guide_port)})",
              file=sys.stderr)
    print("To use it from other tools (the password stays in the file, never on screen):", file=sys.stderr)
    print(f"export NEO4J_URI={running.uri}")
    print(f"export NEO4J_USERNAME={settings.username}")
    if settings.password:
        print("# NEO4J_PASSWORD is already set in this environment")
    else:
        print(f"export NEO4J_PASSWORD=\"$(cat {user_dirs()['config'] / 'neo4j-password'})\"")


@app.command("down")
@reports_errors
def down() -> None:
    """Stop exactly the server (process or compose project) and the guide server that `kg neo4j up` started."""
    from kg import server

    print(server.down(), file=sys.stderr)


@app.command("status")
@reports_errors
def status(uri: UriOption = None, username: UsernameOption = None, database: DatabaseOption = None) -> None:
    """Version, edition, address and node/relationship counts; exit code 5 with the reason when unreachable."""
    from kg import server

    settings = server.resolve_settings(settings_from(uri, username, database))
    info = server.describe(settings)
    print(f"Neo4j {info.version} {info.edition} at {info.uri}")
    print(f"nodes: {info.nodes}  relationships: {info.relationships}")


@app.command("fetch")
@reports_errors
def fetch() -> None:
    """Download the pinned Neo4j Community server and Neo4j Browser jars from Maven Central into the user cache.

    `kg neo4j up` does this on first use; run it alone to prepare a machine (CI does).
    """
    from kg.server.jars import fetch_jars, jars_ready

    cache = user_dirs()["cache"]
    already = jars_ready(cache)
    with _announced(None if already else DOWNLOADING):
        folder = fetch_jars(cache)
    print(f"Neo4j jars {'already in' if already else 'fetched into'} {folder}", file=sys.stderr)
