"""Rows of a table written as text, one row per line with cells between " | " ("South Korea | Iraq | KM-SAM |
8 batteries | 2024 | in production"): the header row above them says which cell holds the seller, the buyer, the
system, the number and the state of the deal, so each row is read by its cells instead of as a sentence.
"""

from __future__ import annotations

from kg.extract.categories import find_items
from kg.extract.drafts import Draft
from kg.extract.knowledge import Knowledge
from kg.extract.quantities import find_counts
from kg.extract.screened import screened
from kg.model import Category, Kind, Qualifier, Status

_CELL = " | "
# Header cells, by what their column holds.
_COLUMNS = {
    "giver": screened(r"(?i)^(?:sellers?|suppliers?|exporters?|vendors?|from|supplying state|origin)$"),
    "taker": screened(r"(?i)^(?:buyers?|recipients?|customers?|importers?|to|users?|operators?|receiving state)$"),
    "item": screened(r"(?i)^(?:systems?|items?|weapons?|equipment|platforms?|types?|designs?)$"),
    "count": screened(r"(?i)^(?:quantity|quantities|number|numbers|units|qty|count|how many)$"),
    "status": screened(r"(?i)^(?:status|state|delivery|deliveries|delivery status)$"),
    "signed": screened(r"(?i)^(?:signed|ordered|contract|contract signed|year signed|date signed|order date)$"),
}
# A status cell that says the goods arrived; any other status of a signed row is an order still open.
_DELIVERED = screened(r"(?i)\b(?:delivered|deliveries\s+(?:under\s+way|underway|began|started|completed)|"
                      r"completed|in\s+service|received|handed\s+over)\b")
# Part of the order made in the buyer's country ("six to be assembled in Indonesia")
_MADE_IN_BUYER = screened(r"(?i)\b(?:assembled|built|produced|made|manufactured)\s+(?:locally|in\s+)")


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split(_CELL)]


def _header(text: str, start: int) -> dict[str, int] | None:
    """The columns of the table whose row starts at `start`: the first line of the run of rows it belongs to."""
    line_start = start
    while line_start > 0:
        previous = text.rfind("\n", 0, line_start - 1) + 1
        line = text[previous:line_start - 1]
        if _CELL not in line:
            break
        line_start = previous
    if line_start == start:
        return None  # the row is the header itself
    line_end = text.find("\n", line_start)
    cells = _cells(text[line_start:line_end if line_end >= 0 else len(text)])
    columns = {}
    for index, cell in enumerate(cells):
        for name, pattern in _COLUMNS.items():
            if name not in columns and pattern.match(cell):
                columns[name] = index
    return columns if {"giver", "taker"} <= columns.keys() else None


def _state(cell: str, knowledge: Knowledge) -> tuple[str, str | None] | None:
    """(state, party) named by a whole cell."""
    party = knowledge.parties.search(cell)
    if party and (found := knowledge.party_of(party.group())):
        return found[1], found[0]
    match = knowledge.states.search(cell)
    found = knowledge.state_of(match) if match else None
    return (found[0], None) if found else None


def table_row_drafts(text: str, start: int, end: int, knowledge: Knowledge) -> list[Draft] | None:
    """The facts of a table row text[start:end] (None when it is no row of a table with a seller and a buyer
    column, which is then read as a sentence): an arms transfer of the row's system from the seller to the buyer,
    with the row's number; a technology transfer too when part of it is made in the buyer's country."""
    row = text[start:end]
    if row.count(_CELL) < 2 or "\n" in row:
        return None
    columns = _header(text, start)
    if columns is None:
        return None
    cells = _cells(row)
    if max(columns.values()) >= len(cells):
        return None
    giver, taker = _state(cells[columns["giver"]], knowledge), _state(cells[columns["taker"]], knowledge)
    if giver is None or taker is None or giver[0] == taker[0]:
        return []  # a row of the table that names no two states states nothing
    item_cell = cells[columns["item"]] if "item" in columns else row
    items = find_items(item_cell, knowledge)
    item = next((i for i in items if not i.generic), items[0] if items else None)
    if item is None:
        return []
    quantity = None
    if "count" in columns and (counts := find_counts(cells[columns["count"]])):
        count_cell = cells[columns["count"]]
        unit = count_cell[counts[0].end:].strip().split(" ")[0] or item_cell.split()[-1]
        quantity = (counts[0].value, unit.lower(), Qualifier(counts[0].qualifier))
    status_cell = cells[columns["status"]] if "status" in columns else ""
    status = Status.DELIVERED if _DELIVERED.search(status_cell) or "signed" not in columns else Status.AGREED
    category = Category(item.category)
    arms = Draft(Kind.ARMS_TRANSFER, giver[0], taker[0], False, category, item_cell, quantity, None, status,
                 giver_party=giver[1], taker_party=taker[1])
    local = _MADE_IN_BUYER.search(status_cell)
    if not local:
        return [arms]
    counts = find_counts(status_cell[:local.start()])
    made = (counts[-1].value, quantity[1] if quantity else item_cell.split()[-1].lower(),
            Qualifier(counts[-1].qualifier)) \
        if counts else None
    return [arms, Draft(Kind.TECHNOLOGY_TRANSFER, giver[0], taker[0], False, category, item_cell, made, None,
                        Status.AGREED if status == Status.AGREED else Status.DELIVERED,
                        giver_party=giver[1], taker_party=taker[1])]
