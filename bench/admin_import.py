"""The practical ceiling: the same corpus as CSV, loaded offline by `neo4j-admin database import full`.

The CSV files hold the same nodes, labels, properties and relationships the importer writes (docs/graph-model.md),
so the offline graph can be compared with the online one label by label, and the query benchmark can load 1M
claims this way. The law (a few dozen nodes) is loaded online after the server starts.
"""

from __future__ import annotations

import csv
import time
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from bench.server import admin
from kg.model import CheckedArticle

ARTICLE_FIELDS = ("title", "publisher", "published", "publishedDate:date", "url", "sha256")
CLAIM_FIELDS = ("kind", "fromState", "toState", "category", "item", "quantityValue:long", "quantityUnit",
                "quantityQualifier", "periodStart", "periodEnd", "date:date", "status", "attributedTo",
                "evidenceText", "evidenceStart:long", "evidenceEnd:long", "extractionMethod")
EVENT_LABELS = {"arms_transfer": "ArmsTransfer", "troop_deployment": "TroopDeployment",
                "technology_transfer": "TechnologyTransfer", "agreement": "Agreement"}
HEADERS = {
    "State": ("code:ID(State)", "name"),
    "Organization": ("id:ID(Organization)", "name"),
    "Article": ("id:ID(Article)", *ARTICLE_FIELDS),
    "Event": ("id:ID(Event)", "key", "kind", "category", "year:long", ":LABEL"),
    "Claim": ("id:ID(Claim)", *CLAIM_FIELDS, "contentHash"),
    "ASSERTS": (":START_ID(Claim)", ":END_ID(Event)"),
    "STATED_IN": (":START_ID(Claim)", ":END_ID(Article)"),
    "ATTRIBUTED_TO": (":START_ID(Claim)", ":END_ID(Organization)"),
    "SUPPLIER": (":START_ID(Event)", ":END_ID(State)"),
    "RECIPIENT": (":START_ID(Event)", ":END_ID(State)"),
    "PARTY": (":START_ID(Event)", ":END_ID(State)"),
}
NODE_FILES = ("State", "Organization", "Article", "Event", "Claim")


@dataclass
class AdminImport:
    claims: int
    csv_seconds: float
    import_seconds: float
    csv_bytes: int

    @property
    def rate(self) -> float:
        return self.claims / self.import_seconds


def _value(row: dict, name: str) -> object:
    value = row.get(name.split(":")[0])
    return "" if value is None else value


def _event_rows(event: dict) -> dict[str, list]:
    labels = f"Event;{EVENT_LABELS[event['kind']]}"
    rows = {"Event": [[event["id"], event["key"], event["kind"], event["category"] or "", event["year"] or "",
                       labels]]}
    if event["kind"] == "agreement":
        rows["PARTY"] = [[event["id"], event["from"]], [event["id"], event["to"]]]
    else:
        rows["SUPPLIER"], rows["RECIPIENT"] = [[event["id"], event["from"]]], [[event["id"], event["to"]]]
    return rows


def _article_rows(article: CheckedArticle, seen: dict[str, set]) -> Iterable[tuple[str, list]]:
    yield "Article", [article.article["id"], *(_value(article.article, f) for f in ARTICLE_FIELDS)]
    for state in article.states:
        if state["code"] not in seen["State"]:
            seen["State"].add(state["code"])
            yield "State", [state["code"], state["name"]]
    for org in article.organizations:
        if org["id"] not in seen["Organization"]:
            seen["Organization"].add(org["id"])
            yield "Organization", [org["id"], org["name"]]
    for event in article.events:
        if event["id"] not in seen["Event"]:
            seen["Event"].add(event["id"])
            yield from ((name, row) for name, rows in _event_rows(event).items() for row in rows)
    for claim in article.claims:
        yield "Claim", [claim["id"], *(_value(claim["props"], f) for f in CLAIM_FIELDS), claim["contentHash"]]
        yield "ASSERTS", [claim["id"], claim["eventId"]]
        yield "STATED_IN", [claim["id"], claim["articleId"]]
        if claim["organizationId"]:
            yield "ATTRIBUTED_TO", [claim["id"], claim["organizationId"]]


def write_csv(checked: Iterable[CheckedArticle], folder: Path) -> tuple[int, float]:
    """One CSV file with a header per label and relationship type; returns (claims, seconds incl. checking)."""
    folder.mkdir(parents=True, exist_ok=True)
    started, claims, seen = time.perf_counter(), 0, {"State": set(), "Organization": set(), "Event": set()}
    with ExitStack() as stack:
        writers = {}
        for name, header in HEADERS.items():
            writers[name] = csv.writer(stack.enter_context(open(folder / f"{name}.csv", "w", newline="")))
            writers[name].writerow(header)
        for article in checked:
            claims += len(article.claims)
            for name, row in _article_rows(article, seen):
                writers[name].writerow(row)
    return claims, time.perf_counter() - started


def run_admin_import(home: Path, folder: Path) -> float:
    """`neo4j-admin database import full` of the CSV folder into the stopped home's `neo4j` database; seconds."""
    args = ["database", "import", "full", "neo4j", "--overwrite-destination=true", "--skip-duplicate-nodes=false",
            f"--report-file={folder / 'import.report'}"]
    args += [f"--nodes={name}={folder / name}.csv" if name != "Event" else f"--nodes={folder / name}.csv"
             for name in NODE_FILES]
    args += [f"--relationships={name}={folder / name}.csv" for name in HEADERS if name not in NODE_FILES]
    started = time.perf_counter()
    result = admin(home, *args)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"neo4j-admin import into {home} failed:\n{(result.stderr or result.stdout)[-2000:]}")
    return seconds


def load_offline(checked: Iterable[CheckedArticle], home: Path, folder: Path) -> AdminImport:
    """CSV, then neo4j-admin import into `home` (prepared and stopped)."""
    claims, csv_seconds = write_csv(checked, folder)
    size = sum(p.stat().st_size for p in folder.glob("*.csv"))
    return AdminImport(claims, csv_seconds, run_admin_import(home, folder), size)
