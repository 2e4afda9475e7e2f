"""Unit tests of the extractor's parts: quantities, periods, states, attribution, items, headers, offsets."""

from __future__ import annotations

from datetime import date

import pytest

from kg.errors import InputError
from kg.extract import extract_facts, read_article
from kg.extract.attribution import GENERIC, find_attribution
from kg.extract.categories import find_items
from kg.extract.document import parse_header
from kg.extract.knowledge import load_knowledge
from kg.extract.periods import find_periods
from kg.extract.quantities import find_counts
from kg.extract.states import find_states

K = load_knowledge()
PUBLISHED = date(2025, 6, 20)


def facts_of(body: str, published: str | None = "2025-06-20") -> list[dict]:
    return extract_facts(f"Title\n\n{body}", name="test", published=published).to_json_dict()["facts"]


def keys(facts: list[dict]) -> list[tuple]:
    return [(f["kind"], f["from"], f["to"], f["category"]) for f in facts]


@pytest.mark.parametrize("text, value, qualifier", [
    ("more than 9 million shells", 9_000_000, "more-than"),
    ("over 9 million shells", 9_000_000, "more-than"),
    ("about 3,000 troops", 3000, "approximately"),
    ("around 3,000 more", 3000, "approximately"),
    ("at least one Pantsir", 1, "at-least"),
    ("up to 200 drones", 200, "up-to"),
    ("as many as 40 launchers", 40, "up-to"),
    ("some 1.5 million rounds", 1_500_000, "approximately"),
    ("perhaps 7,000 fighters", 7000, "approximately"),
    ("maybe 1,800 personnel", 1800, "approximately"),
    ("10,900 soldiers", 10900, "exact"),
    ("a dozen jets", 12, "exact"),
    ("a pair of jets", 2, "exact"),
    ("a couple of helicopters", 2, "exact"),
])
def test_counts(text, value, qualifier) -> None:
    (count,) = find_counts(text)
    assert (count.value, count.qualifier) == (value, qualifier)


@pytest.mark.parametrize("text", ["152mm shells", "in 2023", "50 percent of", "on June 19", "a 20-year treaty",
                                  "$5 million", "the 1990s"])
def test_not_counts(text) -> None:
    assert find_counts(text) == []


@pytest.mark.parametrize("text, start, end", [
    ("10,900 soldiers in late 2023", "2023-09", "2023-12"),
    ("early 2024", "2024-01", "2024-04"),
    ("mid-2024", "2024-05", "2024-08"),
    ("between January and March of this year", "2025-01", "2025-03"),
    ("from October 2024 to February 2025", "2024-10", "2025-02"),
    ("in October and November", "2024-10", "2024-11"),
    ("in November 2024", "2024-11", "2024-11"),
    ("on June 19, 2024", "2024-06-19", "2024-06-19"),
    ("on 6 December 2024", "2024-12-06", "2024-12-06"),
    ("last month", "2025-05", "2025-05"),
    ("last year", "2024", "2024"),
    ("on Thursday", "2025-06-19", "2025-06-19"),
    ("in May", "2025-05", "2025-05"),
    ("in 2023", "2023", "2023"),
    ("since early 2024", "2024-01", None),
    ("the first half of 2024", "2024-01", "2024-06"),
])
def test_periods(text, start, end) -> None:
    (found,) = find_periods(text, PUBLISHED)
    assert (found.period_start, found.period_end) == (start, end)


def test_month_without_year_after_the_publication_month_is_last_year() -> None:
    (found,) = find_periods("in September", PUBLISHED)
    assert found.period_start == "2024-09"


def test_relative_periods_need_a_publication_date() -> None:
    assert find_periods("last month", None) == []


@pytest.mark.parametrize("text, codes", [
    ("North Korea and Russia", ["PRK", "RUS"]),
    ("the Kremlin and Pyongyang", ["RUS", "PRK"]),
    ("Iranian-made drones for Moscow", ["IRN", "RUS"]),
    ("the DPRK and the U.S.-Korea alliance", ["PRK", "USA"]),
    ("Kim and Putin agreed", ["PRK", "RUS"]),
    ("Kim Yo-jong said", []),
    ("Minsk, Damascus, Tehran, Beijing, Tokyo and Seoul", ["BLR", "SYR", "IRN", "CHN", "JPN", "KOR"]),
    ("Burkina Faso and Myanmar", ["BFA", "MMR"]),
    ("Putin's war in Ukraine", ["RUS"]),
])
def test_states(text, codes) -> None:
    assert [m.code for m in find_states(text, K)] == codes


@pytest.mark.parametrize("text, name", [
    ("According to South Korea’s National Intelligence Service (NIS), North Korea has sent troops.",
     "National Intelligence Service (South Korea)"),
    ("According to the Multinational Sanctions Monitoring Team, Russia sent a Pantsir.",
     "Multilateral Sanctions Monitoring Team"),
    ("Ukrainian military officials also said Russia agreed to help.", "Ukrainian military officials"),
    ("Iran shipped drones to Russia, the Pentagon said.", "US Department of Defense"),
    ("Iran shipped drones to Russia, the report said.", GENERIC),
    # nor is the time of the saying
    ("Last year the Commerce Department said Iran shipped drones to Russia.", "Commerce Department"),
    # a liveblog entry's time is no part of the source
    ("14:05 — Ukraine's air force says Iran shipped drones to Russia.", "Ukrainian Air Force"),
    ("14:05 — Kyiv's mayor says Iran shipped drones to Russia.", "Kyiv's mayor"),
])
def test_attribution(text, name) -> None:
    cue = min(text.find(w) for w in ("sent", "help", "shipped") if w in text)
    assert find_attribution(text, cue, cue, K).name == name


def test_states_in_the_source_are_not_parties() -> None:
    facts = facts_of("According to South Korea's spy agency, North Korea sent 3,000 troops to Russia.")
    assert keys(facts) == [("troop_deployment", "PRK", "RUS", None)]
    assert facts[0]["attributed_to"] == "National Intelligence Service (South Korea)"


def test_attribution_carries_over_to_a_continuing_sentence() -> None:
    facts = facts_of("According to the MSMT, Russia has transferred at least one Pantsir system to North Korea.\n"
                     "The transfer appears to be in return for Pyongyang's shipment of 5 million shells.")
    assert [f["attributed_to"] for f in facts] == ["Multilateral Sanctions Monitoring Team"] * 2
    assert keys(facts)[1] == ("arms_transfer", "PRK", "RUS", "ammunition")


def test_attribution_does_not_carry_to_an_unrelated_sentence() -> None:
    facts = facts_of("According to the MSMT, Russia has transferred a Pantsir system to North Korea.\n"
                     "Iran delivered 40 drones to Russia in May.")
    assert [f["attributed_to"] for f in facts] == ["Multilateral Sanctions Monitoring Team", None]


def test_items_one_per_mention_with_named_systems_joined() -> None:
    items = find_items("shells and rockets, multiple rocket launchers, self-propelled guns, "
                       "Pantsir mobile air defense systems and Shahed-136 drones", K)
    assert [(i.text, i.category) for i in items] == [
        ("shells", "ammunition"), ("rockets", "ammunition"), ("multiple rocket launchers", "artillery"),
        ("self-propelled guns", "artillery"), ("Pantsir mobile air defense systems", "air-defence-system"),
        ("Shahed-136 drones", "uav")]


def test_one_fact_per_item() -> None:
    facts = facts_of("North Korea shipped shells, multiple rocket launchers and self-propelled guns to Russia.")
    assert [f["item"] for f in facts] == ["shells", "multiple rocket launchers", "self-propelled guns"]
    assert {f["from"] + ">" + f["to"] for f in facts} == {"PRK>RUS"}


@pytest.mark.parametrize("body, expected", [
    ("Russia received 200 Fath-360 missiles from Iran.", ("arms_transfer", "IRN", "RUS", "missile")),
    ("Iran has supplied Russia with Shahed drones.", ("arms_transfer", "IRN", "RUS", "uav")),
    ("Shahed drones were supplied to Russia by Iran.", ("arms_transfer", "IRN", "RUS", "uav")),
    ("Belarus transferred T-72 tanks to Russia.", ("arms_transfer", "BLR", "RUS", "armoured-vehicle")),
    ("Russia agreed to help North Korea produce Shahed-type drones.", ("technology_transfer", "RUS", "PRK", "uav")),
    ("North Korea has dispatched about 3,000 troops to Russia.", ("troop_deployment", "PRK", "RUS", None)),
    ("Russia and Iran signed a strategic partnership treaty.", ("agreement", "IRN", "RUS", None)),
])
def test_directions(body, expected) -> None:
    assert keys(facts_of(body))[0] == expected


@pytest.mark.parametrize("body", [
    "Russia launched 40 Shahed drones at Kyiv overnight.",
    "Iran has denied supplying drones to Russia.",
    "Ukraine shot down 30 drones, its air force said.",
    "China's foreign ministry said Beijing has never provided lethal arms to either side.",
    "Kyiv says it received 600 drones from European partners.",
])
def test_negatives(body) -> None:
    assert facts_of(body) == []


@pytest.mark.parametrize("body, status", [
    ("North Korea has dispatched 3,000 troops to Russia.", "deployed"),
    ("North Korea will send 6,000 troops to Russia.", "planned"),
    ("Kim agreed to send 6,000 more troops to Russia.", "planned"),
    ("Russia delivered S-400 systems to Belarus.", "delivered"),
    ("Russia agreed to supply Su-35 jets to Iran.", "agreed"),
    ("Belarus is believed to have transferred T-72 tanks to Russia.", "reported"),
])
def test_status(body, status) -> None:
    assert facts_of(body)[0]["status"] == status


def test_header_parsing() -> None:
    text = ("My title\nURL: https://example.org/a\nPublished: 20 Jun. 2025, 12:29\nPublisher: Example Daily\n"
            "By A. Writer\n\nBody line one.\n")
    header = parse_header(text)
    assert (header.title, header.url, header.published, header.publisher) == (
        "My title", "https://example.org/a", "2025-06-20", "Example Daily")
    assert [text[a:b] for a, b in header.paragraphs] == ["Body line one."]


def test_image_lines_and_repeated_captions_are_not_body() -> None:
    text = ("Title\n![Kim and Putin in Pyongyang. [AP]](https://example.org/x.jpg)\n"
            "Kim and Putin in Pyongyang. [AP]\nNorth Korea sent 100 troops to Russia.\n")
    header = parse_header(text)
    assert [text[a:b] for a, b in header.paragraphs] == ["North Korea sent 100 troops to Russia."]


def test_overrides_and_document_fields() -> None:
    text = "Header title\nPublished: 2024-01-02\n\nNorth Korea sent 100 troops to Russia last month.\n"
    data = extract_facts(text, name="t", published="20 June 2025", title="Other").to_json_dict()
    assert data["document"]["title"] == "Other" and data["document"]["published"] == "2025-06-20"
    assert data["document"]["publisher"] is None and data["document"]["url"] is None
    assert data["facts"][0]["period"] == {"start": "2025-05", "end": "2025-05"}


def test_evidence_offsets_point_into_the_text_as_read() -> None:
    text = "Title\nURL: https://x\n\n  Iran shipped 200 Fath-360 missiles to Russia.  And more.\n"
    (fact,) = extract_facts(text, name="t").to_json_dict()["facts"]
    evidence = fact["evidence"]
    assert text[evidence["start"]:evidence["end"]] == evidence["text"] == "Iran shipped 200 Fath-360 missiles to Russia."


def test_bad_publication_date_is_an_input_error() -> None:
    with pytest.raises(InputError, match="is not a date"):
        extract_facts("Title\n\nText.", name="a.txt", published="not a date")


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"), (b"  \n\n", "is empty"), (b"Title\n\x00\x01binary", "is a binary file"),
    (b"Caf\xe9 au lait", "is not UTF-8 text"),
])
def test_read_article_rejects(tmp_path, content, message) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_article(path)


@pytest.mark.parametrize("body, expected", [
    ("Ukraine received Patriot air defence systems from Germany and the United States.",
     [("arms_transfer", "DEU", "UKR", "air-defence-system"), ("arms_transfer", "USA", "UKR", "air-defence-system")]),
    ("North Korea and Iran have supplied Russia with missiles.",
     [("arms_transfer", "IRN", "RUS", "missile"), ("arms_transfer", "PRK", "RUS", "missile")]),
    ("According to the U.S., Japan and South Korea, North Korea sent shells to Russia.",
     [("arms_transfer", "PRK", "RUS", "ammunition")]),
])
def test_coordinated_states(body, expected) -> None:
    assert sorted(keys(facts_of(body))) == expected


def test_header_date_line_without_colon() -> None:
    assert parse_header("T\nPublished June 20, 2025 at 3:00 PM EDT\nBody.").published == "2025-06-20"


@pytest.mark.parametrize("body, expected", [
    ("Russia is sending North Korea food, fuel and cash in exchange for shells.",
     [("arms_transfer", "PRK", "RUS", "ammunition")]),
    ("Iranian specialists are training Russian engineers, officials say.",
     [("technology_transfer", "IRN", "RUS", "other")]),
    ("Iranian lawmakers have said Tehran has ordered Su-35 jets from Russia.",
     [("arms_transfer", "RUS", "IRN", "aircraft")]),
])
def test_exchange_training_and_orders(body, expected) -> None:
    assert keys(facts_of(body)) == expected


@pytest.mark.parametrize("text, counts", [
    # a range is one count, its lower bound, "at least" (or the first number's own qualifier)
    ("between 60,000 and 70,000 tonnes of ammunition", [(60_000, "at-least")]),
    ("from 3,500 to 4,500 fighters", [(3_500, "at-least")]),
    ("roughly 400 to 500 soldiers", [(400, "approximately")]),
    ("between 1 and 2 million shells", [(1_000_000, "at-least")]),
    # a change and two counts of different things are no range
    ("the total rose from 3,000 to 12,000", [(3_000, "exact"), (12_000, "exact")]),
    ("3,000 rifles and 500 pistols", [(3_000, "exact"), (500, "exact")]),
])
def test_ranges_give_their_lower_bound(text, counts) -> None:
    assert [(c.value, c.qualifier) for c in find_counts(text)] == counts


@pytest.mark.parametrize("text, counts", [
    # the "over" of "handed over" or "turned over" belongs to the verb; elsewhere "over" means "more than"
    ("Poland handed over fourteen howitzers", [(14, "exact")]),
    ("the army turned over 30 rifles", [(30, "exact")]),
    ("Iran has sent over 20 drones", [(20, "more-than")]),
])
def test_over_after_a_phrasal_verb_is_no_qualifier(text, counts) -> None:
    assert [(c.value, c.qualifier) for c in find_counts(text)] == counts


@pytest.mark.parametrize("text, counts", [
    # a live blog's clock time or a ratio is no count
    ("10:22 - Detachments of instructors arrived", []),
    ("at 09:15 some 300 troops crossed", [(300, "approximately")]),
    ("a 3:1 ratio of 40 tanks", [(40, "exact")]),
])
def test_clock_times_and_ratios_are_no_counts(text, counts) -> None:
    assert [(c.value, c.qualifier) for c in find_counts(text)] == counts
