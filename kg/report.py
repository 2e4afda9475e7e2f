"""The breach dossier: rows of the `breaches` and `breaches_interpretive` queries (and each event's `evidence`
rows) rendered as Markdown or HTML, in the manner of a UN Panel of Experts finding. `gather` reads the rows;
the rest is pure rendering."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import datetime, timezone

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


@dataclass(frozen=True)
class Source:
    """Where a number or a quote comes from: who said it, the article (linked when it has a web address) and
    where and when it appeared."""
    who: str
    title: str
    url: str | None
    where: str


@dataclass(frozen=True)
class Summary:
    """One row of the summary table at the top of the dossier."""
    finding: str
    states: str
    paragraphs: str
    tier: str
    sources: str
    date: str


@dataclass
class Finding:
    heading: str
    sentence: str
    paragraphs: list[str]
    summary: Summary
    quantities: list[tuple[str, Source]] = field(default_factory=list)  # (number, its source)
    quotes: list[tuple[str, Source]] = field(default_factory=list)  # (sentence, its source)
    notes: list[str] = field(default_factory=list)  # corroboration, conflicting numbers, single-source warnings


@dataclass(frozen=True)
class About:
    """When the dossier was made and from how large a graph (and, when one was asked for, which regime)."""
    generated: str
    nodes: int = 0
    relationships: int = 0
    articles: int = 0
    claims: int = 0
    events: int = 0
    regime: str | None = None


def plural(count: int, noun: str, many: str | None = None) -> str:
    """`1 article`, `2 articles`; `many` for nouns that do not take an s (`entry` / `entries`)."""
    return f"{count:,} {noun if count == 1 else many or noun + 's'}"


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


def _number(q: dict) -> str:
    value = q["value"]
    shown = f"{int(value):,}" if float(value).is_integer() else f"{value:,}"
    unit = f" {q['unit']}" if q.get("unit") else ""
    return f"{QUALIFIERS.get(q.get('qualifier') or 'exact', '')}{shown}{unit}"


def _web_address(url: str | None) -> str | None:
    """Only http(s) addresses become links: a `javascript:` or `file:` URL stored in the graph stays text."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _source(row: dict, who: str) -> Source:
    where = ", ".join(x for x in (row.get("publisher") or "unknown publisher", row.get("published") or "undated"))
    return Source(who, row.get("article") or "untitled", _web_address(row.get("url")), f"({where})")


def _quantity(q: dict) -> tuple[str, Source]:
    who = f"according to {q['attributedTo']}, in " if q.get("attributedTo") else "in "
    return _number(q), _source(q, who)


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


def _label(row: dict) -> str:
    """What the event is about in a few words: its category, else its kind."""
    return row.get("category") or row["kind"].replace("_", " ")


def _quotes(evidence: list[dict]) -> list[tuple[str, Source]]:
    seen, quotes = set(), []
    for claim in evidence:
        if claim["evidence"] in seen:
            continue
        seen.add(claim["evidence"])
        who = f"{claim['attributedTo']}, as reported in " if claim.get("attributedTo") else ""
        quotes.append((claim["evidence"], _source(claim, who)))
    return quotes


def _sources(row: dict) -> str:
    articles, origins = row.get("articles") or 0, row.get("origins") or []
    named = f": {_and(list(origins))}" if origins else ""
    return f"{plural(articles, 'article')}, {plural(len(origins), 'originating source')}{named}"


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
    """One line per reason: paragraphs read for the same reason (often the same items) share a line instead of
    repeating the item list paragraph after paragraph."""
    grouped: dict[str, list[str]] = {}
    for r in row.get("readings") or []:
        paragraph = f"{r['paragraph']}{'' if r.get('verified', True) else ' (paragraph number provisional)'}"
        grouped.setdefault(r.get("reason") or r.get("reading") or "", []).append(paragraph)
    return [f"{_and(paragraphs)}: {reason}" if reason else _and(paragraphs) for reason, paragraphs in grouped.items()]


def _short_finding(row: dict) -> str:
    """The act in a few words for the summary table: `supplied ammunition`, `deployed troops`."""
    if row["kind"] == "troop_deployment":
        return f"{_verb(row)} troops"
    if row["kind"] == "technology_transfer" and not row.get("category"):
        return _verb(row).removesuffix(" for")
    return f"{_verb(row)} {_label(row).replace('-', ' ')}"


def _summary(row: dict, tier: str) -> Summary:
    date = row["eventDate"] if row.get("datedBy") == "claim period" else f"{row['eventDate']} (article date)"
    return Summary(_short_finding(row), f"{_party(row, 'supplier')} → {_party(row, 'recipient')}",
                   "; ".join(row["paragraphs"]), tier, _sources(row).split(": ", 1)[0], date)


def _breach_tier(row: dict) -> str:
    if row.get("stage") == "intended":
        return "intended (not a completed breach)"
    return "breach (contested)" if row.get("contested") else "breach"


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
    return Finding(f"{row['supplier']} -> {row['recipient']} {_label(row)} (event {row['eventId']})", sentence,
                   _readings(row), _summary(row, _breach_tier(row)),
                   [_quantity(q) for q in row.get("quantities") or []], _quotes(evidence), _notes(row))


def interpretive_finding(row: dict, evidence: list[dict]) -> Finding:
    who = _and(row.get("attributions") or []) or "no named source"
    sentence = (f"{_party(row, 'supplier')} {_verb(row)} {_what(row)} to {_party(row, 'recipient')} "
                f"({_dated(row)}). Characterised by {who}. It may engage {_and(row['paragraphs'])} on an "
                f"arguable reading, not as an established breach.")
    tier = "interpretive, intended" if row.get("stage") == "intended" else "interpretive"
    return Finding(f"{row['supplier']} -> {row['recipient']} {_label(row)} (event {row['eventId']})", sentence,
                   _readings(row), _summary(row, tier),
                   [_quantity(q) for q in row.get("quantities") or []], _quotes(evidence), _notes(row))


def _about_line(about: About) -> str:
    regime = f" (regime {about.regime} only)" if about.regime else ""
    return (f"Generated {about.generated}{regime} from a graph of {plural(about.articles, 'article')}, "
            f"{plural(about.claims, 'claim')} and {plural(about.events, 'event')} "
            f"({plural(about.nodes, 'node')}, {plural(about.relationships, 'relationship')}).")


SUMMARY_COLUMNS = ("#", "Finding", "States", "Paragraphs", "Tier", "Sources", "Date")


def _summary_cells(anchor: str, number: int, f: Finding) -> tuple[str, ...]:
    s = f.summary
    return (f"{anchor}{number}", s.finding, s.states, s.paragraphs, s.tier, s.sources, s.date)


# Markdown

def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _md_source(source: Source) -> str:
    title = f"\u201c{source.title}\u201d"
    if source.url:
        link = source.url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
        text = title.replace("[", "\\[").replace("]", "\\]")
        title = f"[{text}]({link})"
    return f"{source.who}{title} {source.where}"


def _markdown_summary(breaches: list[Finding], interpretive: list[Finding]) -> list[str]:
    rows = [_summary_cells("", n, f) for n, f in enumerate(breaches, start=1)]
    rows += [_summary_cells("I", n, f) for n, f in enumerate(interpretive, start=1)]
    if not rows:
        return ["No findings: the law step found no event within a binding paragraph, and none on an arguable "
                "reading.", ""]
    lines = ["| " + " | ".join(SUMMARY_COLUMNS) + " |", "|" + "---|" * len(SUMMARY_COLUMNS)]
    lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows]
    return lines + [""]


def _markdown_finding(anchor: str, f: Finding) -> list[str]:
    lines = [f"### {anchor}. {f.heading}", "", f.sentence, "", "**Paragraphs**", ""]
    lines += [f"- {p}" for p in f.paragraphs] + [""]
    if f.quantities:
        lines += ["**Quantities by source**", ""] + [f"- {n}: {_md_source(s)}" for n, s in f.quantities] + [""]
    lines += ["**Evidence**", ""]
    for quote, source in f.quotes:
        lines += [f"> {quote}", f"> \u2014 {_md_source(source)}", ""]
    lines += [f"- {n}" for n in f.notes] + [""]
    return lines


def render_markdown(breaches: list[Finding], interpretive: list[Finding], about: About) -> str:
    lines = [f"# {TITLE}", "", _about_line(about), "", INTRO, "", "## Summary", ""]
    lines += _markdown_summary(breaches, interpretive)
    lines += [f"## Findings ({len(breaches)})", ""]
    for number, finding in enumerate(breaches, start=1):
        lines += _markdown_finding(str(number), finding)
    lines += [f"## Interpretive tier ({len(interpretive)})", "", INTERPRETIVE_INTRO, ""]
    for number, finding in enumerate(interpretive, start=1):
        lines += _markdown_finding(f"I{number}", finding)
    return "\n".join(lines).rstrip() + "\n"


# HTML

CSS = (
    "body{font-family:Georgia,serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.4}"
    "blockquote{border-left:3px solid #888;margin:0.5em 0;padding-left:1em}"
    ".sentence{font-weight:bold}.notes li{color:#7a3b00}.about{color:#555}"
    "table{border-collapse:collapse;width:100%;font-size:0.9em}"
    "th,td{border:1px solid #bbb;padding:0.25em 0.5em;text-align:left;vertical-align:top}th{background:#eee}"
    "@media print{body{max-width:none;margin:0;font-size:10pt}a{color:inherit;text-decoration:none}"
    "a[href^=\"http\"]::after{content:\" <\" attr(href) \">\";font-size:85%;word-break:break-all}"
    "section.finding,blockquote,tr{break-inside:avoid}thead{display:table-header-group}"
    "h2,h3{break-after:avoid}th{background:none}}"
)


def _html_list(title: str, items: list[str], css: str = "") -> str:
    if not items:
        return ""
    body = "".join(f"<li>{html.escape(i)}</li>" for i in items)
    return f"<h4>{html.escape(title)}</h4><ul{f' class={css!r}' if css else ''}>{body}</ul>"


def _html_source(source: Source) -> str:
    title = html.escape(f"\u201c{source.title}\u201d")
    if source.url:
        title = f"<a href=\"{html.escape(source.url, quote=True)}\">{title}</a>"
    return f"{html.escape(source.who)}{title} {html.escape(source.where)}"


def _html_finding(anchor: str, f: Finding) -> str:
    quotes = "".join(f"<blockquote><p>{html.escape(q)}</p><footer>\u2014 {_html_source(s)}</footer></blockquote>"
                     for q, s in f.quotes)
    quantities = ""
    if f.quantities:
        items = "".join(f"<li>{html.escape(n)}: {_html_source(s)}</li>" for n, s in f.quantities)
        quantities = f"<h4>Quantities by source</h4><ul>{items}</ul>"
    return (f"<section class=\"finding\" id=\"finding-{anchor}\"><h3>{anchor}. {html.escape(f.heading)}</h3>"
            f"<p class=\"sentence\">{html.escape(f.sentence)}</p>"
            f"{_html_list('Paragraphs', f.paragraphs)}{quantities}"
            f"<h4>Evidence</h4>{quotes}{_html_list('Assessment', f.notes, 'notes')}</section>")


def _html_summary(breaches: list[Finding], interpretive: list[Finding]) -> str:
    rows = [_summary_cells("", n, f) for n, f in enumerate(breaches, start=1)]
    rows += [_summary_cells("I", n, f) for n, f in enumerate(interpretive, start=1)]
    if not rows:
        return ("<p>No findings: the law step found no event within a binding paragraph, and none on an arguable "
                "reading.</p>")
    head = "".join(f"<th>{html.escape(c)}</th>" for c in SUMMARY_COLUMNS)
    body = "".join("<tr>" + f"<td><a href=\"#finding-{row[0]}\">{row[0]}</a></td>"
                   + "".join(f"<td>{html.escape(c)}</td>" for c in row[1:]) + "</tr>" for row in rows)
    return f"<table class=\"summary\"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_html(breaches: list[Finding], interpretive: list[Finding], about: About) -> str:
    parts = [f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.escape(TITLE)}</title>",
             f"<style>{CSS}</style></head><body>",
             f"<h1>{html.escape(TITLE)}</h1><p class=\"about\">{html.escape(_about_line(about))}</p>",
             f"<p>{html.escape(INTRO)}</p>", "<h2>Summary</h2>", _html_summary(breaches, interpretive),
             f"<h2>Findings ({len(breaches)})</h2>"]
    parts += [_html_finding(str(n), f) for n, f in enumerate(breaches, start=1)]
    parts += [f"<h2>Interpretive tier ({len(interpretive)})</h2><p>{html.escape(INTERPRETIVE_INTRO)}</p>"]
    parts += [_html_finding(f"I{n}", f) for n, f in enumerate(interpretive, start=1)]
    return "\n".join(parts) + "\n</body></html>\n"


def render_report(fmt: str, breaches: list[dict], interpretive: list[dict],
                  evidence: dict[str, list[dict]], about: About) -> str:
    """The dossier as `md` or `html`, from plain rows (dates as ISO strings), each event's evidence rows and what
    the report was drawn from: a summary table first, then each finding and the interpretive tier."""
    found = [breach_finding(r, evidence.get(r["eventId"], [])) for r in breaches]
    read = [interpretive_finding(r, evidence.get(r["eventId"], [])) for r in interpretive]
    return render_html(found, read, about) if fmt == "html" else render_markdown(found, read, about)


def gather(graph: store.Graph, regime: str | None = None,
           ) -> tuple[list[dict], list[dict], dict[str, list[dict]], About]:
    """The breaches, the interpretive tier, the evidence behind each of their events (header defaults; one
    regime's findings when `regime` is given), and the time and graph size the dossier is drawn from."""
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    size = run_query(graph, "admin/graph_size")[0]
    breaches = run_query(graph, "breaches", {"regime": regime})
    interpretive = run_query(graph, "breaches_interpretive", {"regime": regime})
    evidence = {row["eventId"]: run_query(graph, "evidence", {"event": row["eventId"]})
                for row in breaches + interpretive}
    return breaches, interpretive, evidence, About(generated, regime=regime, **size)
