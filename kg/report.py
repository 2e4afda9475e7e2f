"""The breach dossier: rows of the `breaches` and `breaches_interpretive` queries (and each event's `evidence`
rows) rendered as Markdown or HTML, in the manner of a UN Panel of Experts finding. `gather` reads the rows;
the rest is pure rendering."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from kg import store
from kg.queries import run_query

TITLE = "Breach dossier: sanctions findings from the knowledge graph"
INTRO = (
    "Each finding is an event the law step found within a binding Security Council paragraph of a regime targeting "
    "one of its states or parties: the direction, the item class or kind of help in the paragraph's scope, and the "
    "event's date inside one of the paragraph's windows. An event is dated by its claims' periods; only when no "
    "claim gives one is it dated by its earliest article, and the finding says so. Agreed or planned transfers are "
    "shown as intended, never as completed breaches; a contested window is named with the views on it. Numbers and "
    "quotes are the sources' own; where sources disagree, every number is shown."
)
INTERPRETIVE_INTRO = (
    "The paragraphs below reach these events only on an arguable reading, whose reason is given; they are listed "
    "for review, not as established breaches."
)
QUALIFIERS = {"exact": "", "approximately": "about ", "at-least": "at least ", "more-than": "more than ",
              "up-to": "up to "}


@dataclass
class Finding:
    heading: str
    sentence: str
    paragraphs: list[str]
    quantities: list[str] = field(default_factory=list)
    quotes: list[tuple[str, str]] = field(default_factory=list)  # (sentence, citation)
    notes: list[str] = field(default_factory=list)  # corroboration, conflicting numbers, single-source warnings


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


def _number(q: dict) -> str:
    value = q["value"]
    shown = f"{int(value):,}" if float(value).is_integer() else f"{value:,}"
    unit = f" {q['unit']}" if q.get("unit") else ""
    return f"{QUALIFIERS.get(q.get('qualifier') or 'exact', '')}{shown}{unit}"


def _quantity(q: dict) -> str:
    who = f"according to {q['attributedTo']}, " if q.get("attributedTo") else ""
    return f"{_number(q)}: {who}in \u201c{q.get('article')}\u201d ({q.get('publisher') or 'unknown publisher'}, " \
           f"{q.get('published') or 'undated'})"


def _verb(row: dict) -> str:
    intended = row.get("stage") == "intended"
    verbs = {"arms_transfer": ("supplied", "agreed or planned to supply"),
             "technology_transfer": ("transferred technology for", "agreed or planned to transfer technology for"),
             "troop_deployment": ("deployed", "agreed or planned to deploy")}
    done, planned = verbs.get(row["kind"], ("was party to", "agreed to"))
    return planned if intended else done


def _what(row: dict) -> str:
    items = _and(row.get("items") or []) or row.get("category") or row["kind"]
    return f"{items} ({row['category']})" if row.get("category") else items


def _quotes(evidence: list[dict]) -> list[tuple[str, str]]:
    seen, quotes = set(), []
    for claim in evidence:
        if claim["evidence"] in seen:
            continue
        seen.add(claim["evidence"])
        who = f"{claim['attributedTo']}, as reported in " if claim.get("attributedTo") else ""
        where = ", ".join(x for x in (claim.get("publisher"), claim.get("published") or "undated") if x)
        quotes.append((claim["evidence"], f"{who}\u201c{claim['article']}\u201d ({where})"))
    return quotes


def _sources(row: dict) -> str:
    articles, origins = row.get("articles") or 0, row.get("origins") or []
    named = f": {_and(list(origins))}" if origins else ""
    return (f"{articles} article{'s' if articles != 1 else ''}, {len(origins)} originating "
            f"source{'s' if len(origins) != 1 else ''}{named}")


def _notes(row: dict) -> list[str]:
    notes, origins = [], row.get("origins") or []
    if len(origins) > 1:
        notes.append(f"Corroboration: {len(origins)} independent originating sources ({_sources(row)}).")
    else:
        notes.append(f"Single-source warning: this finding rests on one originating source ({_sources(row)}) "
                     "and needs corroboration.")
    values = {q["value"] for q in row.get("quantities") or []}
    if len(values) > 1:
        notes.append("Conflicting numbers: the sources disagree (" +
                     "; ".join(f"{_number(q)} per {q.get('attributedTo') or q.get('publisher')}"
                               for q in row["quantities"]) + ").")
    if row.get("datedBy") == "article publication":
        notes.append(f"Dating: no claim gives a date; dated by its earliest article ({row['eventDate']}), so the "
                     "conduct may be older.")
    return notes


def _party(row: dict, side: str) -> str:
    party = row.get(f"{side}Party")
    return f"{row[side]} ({party})" if party else row[side]


def _dated(row: dict) -> str:
    how = "its claims' period" if row.get("datedBy") == "claim period" else "article publication (no claim gives a date)"
    return f"event dated {row['eventDate']} by {how}"


def _readings(row: dict) -> list[str]:
    return [f"{r['paragraph']}{'' if r.get('verified', True) else ' (paragraph number provisional)'}: "
            f"{r.get('reason') or r.get('reading')}" for r in row.get("readings") or []]


def breach_finding(row: dict, evidence: list[dict]) -> Finding:
    who, to = _party(row, "supplier"), _party(row, "recipient")
    if row.get("stage") == "intended":
        verdict = (f"which, if carried out, would fall within {_and(row['paragraphs'])}; agreed or planned, "
                   "this is not a completed breach")
    elif row.get("contested"):
        verdict = (f"within {_and(row['paragraphs'])}, a breach on the view of those holding the measures binding "
                   "and contested by others (see the paragraphs below)")
    else:
        verdict = f"in breach of {_and(row['paragraphs'])}"
    sentence = f"The Panel-style finding: {who} {_verb(row)} {_what(row)} to {to} ({_dated(row)}), {verdict}."
    return Finding(f"{row['supplier']} -> {row['recipient']} {row.get('category') or row['kind']}"
                   f" (event {row['eventId']})", sentence, _readings(row),
                   [_quantity(q) for q in row.get("quantities") or []], _quotes(evidence), _notes(row))


def interpretive_finding(row: dict, evidence: list[dict]) -> Finding:
    who = _and(row.get("attributions") or []) or "no named source"
    sentence = (f"{_party(row, 'supplier')} {_verb(row)} {_what(row)} to {_party(row, 'recipient')} "
                f"({_dated(row)}). Characterised by {who}. It may engage {_and(row['paragraphs'])} on an "
                f"arguable reading, not as an established breach.")
    return Finding(f"{row['supplier']} -> {row['recipient']} {row.get('category') or row['kind'].replace('_', ' ')}"
                   f" (event {row['eventId']})", sentence, _readings(row),
                   [_quantity(q) for q in row.get("quantities") or []], _quotes(evidence), _notes(row))


def _markdown_finding(number: int, f: Finding) -> list[str]:
    lines = [f"### {number}. {f.heading}", "", f.sentence, "", "**Paragraphs**", ""]
    lines += [f"- {p}" for p in f.paragraphs] + [""]
    if f.quantities:
        lines += ["**Quantities by source**", ""] + [f"- {q}" for q in f.quantities] + [""]
    lines += ["**Evidence**", ""]
    for quote, citation in f.quotes:
        lines += [f"> {quote}", f"> \u2014 {citation}", ""]
    lines += [f"- {n}" for n in f.notes] + [""]
    return lines


def render_markdown(breaches: list[Finding], interpretive: list[Finding]) -> str:
    lines = [f"# {TITLE}", "", INTRO, "", f"## Findings ({len(breaches)})", ""]
    for number, finding in enumerate(breaches, start=1):
        lines += _markdown_finding(number, finding)
    lines += [f"## Interpretive tier ({len(interpretive)})", "", INTERPRETIVE_INTRO, ""]
    for number, finding in enumerate(interpretive, start=1):
        lines += _markdown_finding(number, finding)
    return "\n".join(lines).rstrip() + "\n"


def _html_list(title: str, items: list[str], css: str = "") -> str:
    if not items:
        return ""
    body = "".join(f"<li>{html.escape(i)}</li>" for i in items)
    return f"<h4>{html.escape(title)}</h4><ul{f' class={css!r}' if css else ''}>{body}</ul>"


def _html_finding(number: int, f: Finding) -> str:
    quotes = "".join(f"<blockquote><p>{html.escape(q)}</p><footer>\u2014 {html.escape(c)}</footer></blockquote>"
                     for q, c in f.quotes)
    return (f"<section class=\"finding\"><h3>{number}. {html.escape(f.heading)}</h3>"
            f"<p class=\"sentence\">{html.escape(f.sentence)}</p>"
            f"{_html_list('Paragraphs', f.paragraphs)}{_html_list('Quantities by source', f.quantities)}"
            f"<h4>Evidence</h4>{quotes}{_html_list('Assessment', f.notes, 'notes')}</section>")


def render_html(breaches: list[Finding], interpretive: list[Finding]) -> str:
    parts = [f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.escape(TITLE)}</title>",
             "<style>body{font-family:Georgia,serif;max-width:60em;margin:2em auto;line-height:1.4}"
             "blockquote{border-left:3px solid #888;margin:0.5em 0;padding-left:1em}"
             ".sentence{font-weight:bold}.notes li{color:#7a3b00}</style></head><body>",
             f"<h1>{html.escape(TITLE)}</h1><p>{html.escape(INTRO)}</p>",
             f"<h2>Findings ({len(breaches)})</h2>"]
    parts += [_html_finding(n, f) for n, f in enumerate(breaches, start=1)]
    parts += [f"<h2>Interpretive tier ({len(interpretive)})</h2><p>{html.escape(INTERPRETIVE_INTRO)}</p>"]
    parts += [_html_finding(n, f) for n, f in enumerate(interpretive, start=1)]
    return "\n".join(parts) + "\n</body></html>\n"


def render_report(fmt: str, breaches: list[dict], interpretive: list[dict],
                  evidence: dict[str, list[dict]]) -> str:
    """The dossier as `md` or `html`, from plain rows (dates as ISO strings) and each event's evidence rows."""
    found = [breach_finding(r, evidence.get(r["eventId"], [])) for r in breaches]
    read = [interpretive_finding(r, evidence.get(r["eventId"], [])) for r in interpretive]
    return render_html(found, read) if fmt == "html" else render_markdown(found, read)


def gather(graph: store.Graph, regime: str | None = None) -> tuple[list[dict], list[dict], dict[str, list[dict]]]:
    """The breaches, the interpretive tier and the evidence behind each of their events (header defaults; one
    regime's findings when `regime` is given)."""
    breaches = run_query(graph, "breaches", {"regime": regime})
    interpretive = run_query(graph, "breaches_interpretive", {"regime": regime})
    evidence = {row["eventId"]: run_query(graph, "evidence", {"event": row["eventId"]})
                for row in breaches + interpretive}
    return breaches, interpretive, evidence
