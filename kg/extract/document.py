"""An article's header (title, URL, publication date, author line) and the spans of its body text.

Conventions: the first non-empty line is the title; `URL:`, `Published:`, `Publisher:`/`Source:` and `By ...`
lines may follow it; markdown image lines `![caption](url)` and a caption line repeated right after them
are not body text. Every other non-empty line is a paragraph of the body.
"""

from __future__ import annotations

import re

from kg.extract.screened import screened
from dataclasses import dataclass, field
from datetime import date

import dateparser

_HEADER = screened(r"^(?P<key>URL|Link|Published|Date|Updated|Publisher|Source|Outlet)\s*:\s*(?P<value>.*)$",
                   re.IGNORECASE)
_DATE_LINE = screened(r"^(?P<key>Published|Updated|Posted|Date)\s+(?:on\s+)?(?P<value>.*\b(?:19|20)\d{2}\b.*)$",
                      re.IGNORECASE)
_BYLINE = screened(r"^By\s+\S", re.IGNORECASE)
_IMAGE = screened(r"^!\[(?P<caption>.*)\]\((?P<url>[^)]*)\)\s*$")
_ISO_DAY = screened(r"^\d{4}-\d{2}-\d{2}$")
_PARTIAL = screened(r"^\d{4}(-\d{2}){0,2}$")


@dataclass
class Header:
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    url: str | None = None
    paragraphs: list[tuple[int, int]] = field(default_factory=list)  # (start, end) offsets of body lines


def parse_date(value: str) -> str | None:
    """An ISO date (YYYY-MM-DD, or a partial date kept as given) from any common date format, else None."""
    value = value.strip()
    if _PARTIAL.match(value):
        return value
    parsed = dateparser.parse(value, settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"]},
                              languages=["en"])
    return parsed.date().isoformat() if parsed else None


def _lines(text: str):
    """(start, end, stripped line) for every line, offsets of the stripped content."""
    position = 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        stripped = content.strip()
        lead = len(content) - len(content.lstrip())
        yield position + lead, position + lead + len(stripped), stripped
        position += len(raw)


def _header_field(header: Header, line: str) -> bool:
    """Fill a header field from `line` when it is a header line; True when it was one."""
    match = _HEADER.match(line) or _DATE_LINE.match(line)
    if match:
        key, value = match["key"].lower(), match["value"].strip()
        if key in ("url", "link"):
            header.url = value or None
        elif key in ("published", "date", "updated", "posted"):
            header.published = header.published or parse_date(value)
        else:
            header.publisher = value or None
        return True
    # "By Jane Doe, Reuters" is a byline; "By Seoul's count, some 15,000 troops ..." opens the story
    return bool(_BYLINE.match(line)) and len(line) <= 80 and not line.rstrip().endswith((".", "!", "?", '"', "”"))


def parse_header(text: str) -> Header:
    """The header fields and the body paragraphs of an article."""
    header = Header()
    in_header = True
    caption: str | None = None
    for start, end, line in _lines(text):
        if not line:
            continue
        image = _IMAGE.match(line)
        if image:
            caption = image["caption"].strip()
            continue
        if caption is not None and _same_caption(line, caption):
            caption = None
            continue
        caption = None
        if header.title is None:
            header.title = line.lstrip("\ufeff").strip() or None
            if header.title is None:
                continue
        elif in_header and _header_field(header, line):
            continue
        else:
            in_header = False
            header.paragraphs.append((start, end))
    return header


def _same_caption(line: str, caption: str) -> bool:
    squash = lambda s: re.sub(r"\W+", "", s).lower()  # noqa: E731
    a, b = squash(line), squash(caption)
    return bool(a) and (a == b or a.startswith(b) or b.startswith(a))


def publication_date(value: str | None) -> date | None:
    """The publication date as a `date` for resolving relative expressions (partial dates take day 1)."""
    if not value:
        return None
    parts = value.split("-") + ["01", "01"]
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None
