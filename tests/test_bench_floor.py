"""The import benchmark's write floor writes the importer's articles, events and claims (less, never more), so
its speed is a fair ceiling for the importer's. No timing here."""

from __future__ import annotations

from bench.import_bench import checked_corpus, graph_counts, run_floor, run_importer


def test_floor_writes_the_importers_nodes_and_links_and_nothing_more(neo4j_settings):
    checked, _ = checked_corpus(400)
    run_importer(neo4j_settings, checked, 50)
    imported = graph_counts(neo4j_settings)
    floor = run_floor(neo4j_settings, checked, 50)
    floored = graph_counts(neo4j_settings)

    assert floor.claims == 400
    for label in ("Article", "Event", "Claim", "ASSERTS", "STATED_IN"):
        assert floored[label] == imported[label], label
    event_links = ("SUPPLIER", "RECIPIENT", "PARTY")
    assert sum(floored.get(t, 0) for t in event_links) <= sum(imported.get(t, 0) for t in event_links)
    assert floored["State"] <= imported["State"]
    assert not {"ATTRIBUTED_TO", "FALLS_WITHIN", "MAY_FALL_WITHIN", "Paragraph"} & set(floored)
    assert sum(floored.values()) < sum(imported.values())
