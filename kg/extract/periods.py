"""Time expressions resolved into a period {start, end} of ISO partial dates, against the publication date.

Rules (documented here and in the README):
- "in November 2024", "November 2024" -> start = end = 2024-11; "June 19, 2024" -> 2024-06-19; "in 2023" -> 2023.
- "late 2023" / "the end of 2023" -> 2023-09 .. 2023-12; "early 2024" / "the beginning of 2024" -> 2024-01 .. 2024-04;
  "mid-2024" -> 2024-05 .. 2024-08; "the first half of 2024" -> 01..06, "the second half" -> 07..12;
  seasons (northern): spring 03..05, summer 06..08, autumn/fall 09..11, winter 12..02 of the next year.
- "between January and March of this year", "from January to March 2025" -> 2025-01 .. 2025-03.
- A month without a year is the latest such month not after the publication month ("in May" in a June 2025
  article is 2025-05; in a March 2025 article it is 2024-05).
- "this year", "last year", "this month", "last month", "last week", "yesterday", "on Thursday" are
  resolved against the publication date; without one they are left out.
- "since X" keeps X's start and leaves the end open.
"""

from __future__ import annotations

import re

from kg.extract.screened import screened
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {name: i + 1 for i, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"])}
MONTHS.update({name[:3]: number for name, number in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
PARTS = {"late": (9, 12), "end": (9, 12), "early": (1, 4), "beginning": (1, 4), "start": (1, 4), "mid": (5, 8),
         "middle": (5, 8), "first half": (1, 6), "second half": (7, 12), "first quarter": (1, 3),
         "second quarter": (4, 6), "third quarter": (7, 9), "fourth quarter": (10, 12), "spring": (3, 5),
         "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}

_M = r"(?P<{0}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_Y = r"(?P<{0}>(?:19|20)\d{{2}}|this year|last year|next year)"
_PART = r"(?P<part>late|early|mid|the end of|end of|the beginning of|beginning of|the start of|start of|the middle of|middle of|the first half of|first half of|the second half of|second half of|the (?:first|second|third|fourth) quarter of|(?:first|second|third|fourth) quarter of|spring|summer|autumn|fall|winter)"
_PATTERNS = [
    ("range", rf"(?:between|from|in)\s+{_M.format('m1')}(?:\s+{_Y.format('y1')})?\s+(?:and|to|until|through|-|–)\s+{_M.format('m2')}(?:,?\s+(?:of\s+)?{_Y.format('y2')})?"),
    ("part", rf"{_PART}[\s-]+(?:of\s+)?{_Y.format('y')}"),
    ("day", rf"{_M.format('m')}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})"),
    ("day", rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_M.format('m')},?\s+(?P<y>(?:19|20)\d{{2}})"),
    ("month", rf"{_M.format('m')},?\s+(?:of\s+)?{_Y.format('y')}"),
    ("day", rf"{_M.format('m')}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"),
    ("relative", r"(?P<rel>this year|last year|this month|last month|last week|this week|yesterday|today|earlier this year|earlier this month)"),
    ("weekday", r"(?:on|last)\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"),
    ("month", rf"(?:in|since|by|during|until|last|this)\s+{_M.format('m')}(?!\s*\d)"),
    ("year", r"(?P<y>(?:19|20)\d{2})(?![\d,]|\s*(?:mm|km|troops|soldiers))"),
]
# Run on the lower-cased text (IGNORECASE makes `re` several times slower); the flagged copies are the fallback.
_COMPILED = [(kind, screened(rf"(?<![\w-])(?:{rx})(?![\w])")) for kind, rx in _PATTERNS]
_COMPILED_ANY_CASE = [(kind, screened(rx.pattern, re.IGNORECASE)) for kind, rx in _COMPILED]
# Each pattern is screened by the words its matches need (month names, "late", "yesterday", ...), except the year's,
# whose only sure words are "19" and "20" (too short to screen by): those are looked for here.
_CENTURIES = ("19", "20")
_ANY_TIME_WORD = screened(r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|year|month|week|yesterday|today|"
                          r"day\b|spring|summer|autumn|fall|winter")


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    period_start: str | None
    period_end: str | None


def _year(text: str | None, published: date | None) -> int | None:
    if text is None:
        return published.year if published else None
    text = text.lower()
    if text[0].isdigit():
        return int(text)
    if published is None:
        return None
    return published.year + {"this year": 0, "last year": -1, "next year": 1}[text]


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")[:4] if text.lower().startswith("sept") else text.lower()[:3]]


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _latest_month(month: int, published: date | None) -> int | None:
    """The year of the latest `month` not after the publication month."""
    if published is None:
        return None
    return published.year if month <= published.month else published.year - 1


def _range(m, published: date | None):
    m1, m2 = _month(m["m1"]), _month(m["m2"])
    y2 = _year(m["y2"], None) if m["y2"] else None
    if m["y2"] and not m["y2"][0].isdigit():
        y2 = _year(m["y2"], published)
    if y2 is None:
        y2 = _latest_month(m2, published)
    if y2 is None:
        return None
    y1 = _year(m["y1"], published) if m["y1"] else (y2 if m1 <= m2 else y2 - 1)
    return _ym(y1, m1), _ym(y2, m2)


def _part(m, published: date | None):
    year = _year(m["y"], published)
    if year is None:
        return None
    key = re.sub(r"^the |^| of$", "", m["part"].lower()).replace(" of", "")
    first, last = PARTS[key]
    return _ym(year, first), _ym(year + (1 if last < first else 0), last)


def _day(m, published: date | None):
    month, day = _month(m["m"]), int(m["d"])
    year = int(m["y"]) if m.groupdict().get("y") else _latest_month(month, published)
    try:
        value = date(year, month, day).isoformat() if year else None
    except ValueError:
        return None
    return (value, value) if value else None


def _month_year(m, published: date | None):
    month = _month(m["m"])
    year = _year(m["y"], published) if m.groupdict().get("y") else _latest_month(month, published)
    return (_ym(year, month),) * 2 if year else None


def _relative(m, published: date | None):
    if published is None:
        return None
    rel = m["rel"].lower()
    if rel.endswith("year"):
        year = str(published.year - (1 if rel == "last year" else 0))
        return year, year
    if rel.endswith("month"):
        first = published.replace(day=1)
        month = first - timedelta(days=1) if rel == "last month" else first
        return (_ym(month.year, month.month),) * 2
    if rel.endswith("week"):
        start = published - timedelta(days=published.weekday() + (7 if rel == "last week" else 0))
        return start.isoformat(), (start + timedelta(days=6)).isoformat()
    day = published - timedelta(days=1 if rel == "yesterday" else 0)
    return day.isoformat(), day.isoformat()


def _weekday(m, published: date | None):
    if published is None:
        return None
    back = (published.weekday() - WEEKDAYS.index(m["wd"].lower())) % 7
    day = (published - timedelta(days=back)).isoformat()
    return day, day


def _year_only(m, published: date | None):
    return m["y"], m["y"]


_HANDLERS = {"range": _range, "part": _part, "day": _day, "month": _month_year, "relative": _relative,
             "weekday": _weekday, "year": _year_only}


def find_periods(text: str, published: date | None) -> list[TimeExpression]:
    """Time expressions in `text`, leftmost first, each resolved to a period (unresolvable ones left out)."""
    lowered = text.lower()
    patterns = _COMPILED if len(lowered) == len(text) else _COMPILED_ANY_CASE
    subject = lowered if patterns is _COMPILED else text
    if not _ANY_TIME_WORD.search(lowered):
        return []
    taken: list[TimeExpression] = []
    for kind, pattern in patterns:
        if kind == "year" and not any(map(lowered.__contains__, _CENTURIES)):
            continue
        for m in pattern.finditer(subject):
            if any(t.start < m.end() and m.start() < t.end for t in taken):
                continue
            resolved = _HANDLERS[kind](m, published)
            if resolved:
                start, end = resolved
                if re.search(r"(?i)\bsince\s+(?:\w+\s+)?$", text[max(0, m.start() - 12):m.start()]):
                    end = None
                taken.append(TimeExpression(m.start(), m.end(), start, end))
    return sorted(taken, key=lambda t: t.start)
