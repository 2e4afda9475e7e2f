"""The linguistic phenomena of real copy, one class per test, on sentences written for these tests.

Each case is a made-up sentence (never taken from an article) with the facts an analyst would record:
(kind, from, to, category, quantity value or None). An empty list means the sentence states no fact.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_facts


def facts_of(body: str) -> list[dict]:
    return extract_facts(f"Wire report\n\n{body}", name="test", published="2025-01-10").to_json_dict()["facts"]


def keys(body: str) -> list[tuple]:
    return [(f["kind"], f["from"], f["to"], f["category"], (f["quantity"] or {}).get("value")) for f in facts_of(body)]


ARMS = "arms_transfer"


@pytest.mark.parametrize("body, expected", [
    ("Minsk received forty tanks from Moscow last year.", [(ARMS, "RUS", "BLR", "armoured-vehicle", 40)]),
    ("Moscow obtained 200 rockets from Pyongyang in 2024.", [(ARMS, "PRK", "RUS", "ammunition", 200)]),
    ("Drones were handed to Russia by Iran.", [(ARMS, "IRN", "RUS", "uav", None)]),
    ("Pyongyang's shipments to Moscow included shells.", [(ARMS, "PRK", "RUS", "ammunition", None)]),
    ("Arms flowing from North Korea to Russia include artillery shells.", [(ARMS, "PRK", "RUS", "ammunition", None)]),
    ("The transfer of Shahed drones to Russia by Iran went on.", [(ARMS, "IRN", "RUS", "uav", None)]),
    ("Moscow has been relying on Pyongyang for artillery rounds.", [(ARMS, "PRK", "RUS", "ammunition", None)]),
    ("Iran is now Russia's main supplier of drones.", [(ARMS, "IRN", "RUS", "uav", None)]),
    ("Moscow has given Pyongyang two MiG-29 jets.", [(ARMS, "RUS", "PRK", "aircraft", 2)]),
    ("The missiles were loaded onto Russian vessels at the Iranian port of Amirabad.",
     [(ARMS, "IRN", "RUS", "missile", None)]),
    ("The crates were shipped by rail to the port of Vladivostok from North Korea.",
     []),  # crates name no materiel
])
def test_direction_from_the_verb_frame(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_a_deal_is_an_agreement_only_when_sealed() -> None:
    assert keys("Tehran has sealed a deal with Moscow on fighter jets.")[0] == ("agreement", "IRN", "RUS", None, None)
    assert keys("Russia and North Korea deepened military ties to deal with sanctions.") == []


def test_the_one_thanked_for_sending_is_the_sender() -> None:
    assert keys("Putin thanked Kim for sending troops.") == [("troop_deployment", "PRK", "RUS", None, None)]


def test_in_exchange_for_turns_the_payment_round() -> None:
    assert keys("Moscow is sending fighter jets to Tehran in exchange for drones.") == [
        (ARMS, "RUS", "IRN", "aircraft", None), (ARMS, "IRN", "RUS", "uav", None)]


@pytest.mark.parametrize("body, expected", [
    ("Russian units fired North Korean-made KN-23 missiles at Kharkiv.", [(ARMS, "PRK", "RUS", "missile", None)]),
    ("Iranian-made drones used by Russia hit the grid.", [(ARMS, "IRN", "RUS", "uav", None)]),
    ("Russia fired Iskander missiles at Odesa.", []),  # made at home: no transfer
    ("Moscow's army is firing Iran-made shells.", [(ARMS, "IRN", "RUS", "ammunition", None)]),
    ("Iran's Shahed drones have been used by Russia for two years.", [(ARMS, "IRN", "RUS", "uav", None)]),
    ("Investigators in Kharkiv found parts of a North Korean missile.", []),  # the finder is no receiver
])
def test_use_implies_transfer(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_remains_take_their_user_from_the_story() -> None:
    found = keys("North Korea has shipped ballistic missiles to Russia.\n"
                 "Investigators in Kharkiv found parts of a North Korean missile on Tuesday.")
    assert found == [(ARMS, "PRK", "RUS", "missile", None)] * 2


def test_such_items_take_their_maker_from_the_story() -> None:
    found = keys("North Korea has sent KN-23 missiles to Russia.\nKyiv says Russia fired about 40 such missiles.")
    assert (ARMS, "PRK", "RUS", "missile", 40) in found


@pytest.mark.parametrize("body", [
    "China is considering supplying drones to Russia.",
    "China could send artillery shells to Russia.",
    "North Korea has not delivered any missiles to Russia.",
    "Iran denies sending drones to Russia.",
    "There is no evidence that China has supplied weapons to Russia.",
    "Officials said China was not providing weapons to Russia.",
    "Washington warned Beijing against supplying weapons to Moscow.",
    "If China supplies weapons to Russia, there will be consequences.",
    "Moscow warned that any Korean weapons sent to Kyiv would end the relationship.",
    "Wagner is searching the world for arms suppliers.",
    "Is China quietly sending drones to Russia?",
    "Analysts doubt that Beijing would sell arms to Moscow.",
    # what an agreement does not do ("Nothing in it stations ...")
    "The pact was signed in May. Nothing in it stations Russian troops permanently in Belarus.",
])
def test_hedges_negation_and_conditionals_are_no_facts(body: str) -> None:
    assert facts_of(body) == []


def test_a_hedged_past_is_a_reported_fact() -> None:
    facts = facts_of("North Korea could have sent more than 5 million shells to Russia.")
    assert [(f["from"], f["to"], f["status"]) for f in facts] == [("PRK", "RUS", "reported")]


def test_totals_and_increments() -> None:
    assert keys("Russia has acquired more than 1,000 drones from Iran, bringing the total to 3,000.") == [
        (ARMS, "IRN", "RUS", "uav", 1000), (ARMS, "IRN", "RUS", "uav", 3000)]
    assert keys("Pyongyang shipped 5,000 containers to Russia, bringing the total number of containers to "
                "12,000.") == [(ARMS, "PRK", "RUS", "ammunition", 5000), (ARMS, "PRK", "RUS", "ammunition", 12000)]


def test_coordinated_items_share_one_number() -> None:
    assert keys("North Korea sent over 8 million shells and rockets to Russia.") == [
        (ARMS, "PRK", "RUS", "ammunition", 8_000_000)]
    assert keys("Tehran had ordered thirty-six of Russia's newest fighter jets.") == [
        (ARMS, "RUS", "IRN", "aircraft", 36)]


def test_a_catch_all_before_its_examples_is_no_item() -> None:
    assert [k[3] for k in keys("Iran ordered other military equipment from Russia such as radars and tanks.")] == [
        "sensor", "armoured-vehicle"]


@pytest.mark.parametrize("body, giver, taker, giver_party, taker_party", [
    ("The Houthis received drones from Iran.", "IRN", "YEM", None, "houthis"),
    ("Iran supplied Hezbollah with rockets.", "IRN", "LBN", None, "hezbollah"),
    ("North Korea completed an arms delivery to Wagner.", "PRK", "RUS", None, "wagner-group"),
    ("North Korea delivered rockets to Russia's Wagner Group.", "PRK", "RUS", None, None),
])
def test_non_state_parties_keep_their_base_state(body, giver, taker, giver_party, taker_party) -> None:
    facts = facts_of(body)
    assert [(f["from"], f["to"]) for f in facts] == [(giver, taker)]
    assert (facts[0].get("from_party"), facts[0].get("to_party")) == (giver_party, taker_party)


@pytest.mark.parametrize("body, source", [
    ("Seoul's intelligence agency said North Korea had sent missiles to Russia.",
     "National Intelligence Service (South Korea)"),
    ("The South's spy agency said North Korea had sent missiles to Russia.",
     "National Intelligence Service (South Korea)"),
    ("North Korea sent missiles to Russia, the NIS said.", "National Intelligence Service (South Korea)"),
    ("The WSJ report says Iran shipped 300 drones to Russia.", "The Wall Street Journal"),
])
def test_source_aliases_resolve_to_one_organisation(body: str, source: str) -> None:
    assert [f["attributed_to"] for f in facts_of(body)] == [source]


@pytest.mark.parametrize("body, source", [
    # a generic source with no organisation named before it keeps its own words
    ("Turkey delivered six TB2 drones to Kenya in March, two industry sources said.", "two industry sources"),
    ("Turkey delivered six TB2 drones to Kenya in March, according to a defence ministry statement.",
     "defence ministry statement"),
    ("According to officials familiar with the talks, Turkey delivered six TB2 drones to Kenya.",
     "officials familiar with the talks"),
    # after a named organisation, "the ministry" is that organisation
    ("The NIS said Pyongyang was preparing a shipment. North Korea sent missiles to Russia, the agency said.",
     "National Intelligence Service (South Korea)"),
    # a reference back names nobody new, and words that name no speaker or record are no source
    ("Turkey delivered six TB2 drones to Kenya in March, the same source said.", None),
])
def test_generic_sources_keep_their_words_when_no_organisation_was_named(body: str, source: str | None) -> None:
    assert [f["attributed_to"] for f in facts_of(body)][-1:] == [source]


INTERVIEW = """Amina Diallo tracked arms imports in the Sahel for a decade. She spoke to the Wire about drones.
What has changed since the coups?
Turkey delivered six TB2 drones to Mali in 2022, and more followed.
Who trains the crews?
Turkish instructors trained the first crews in Bamako.
And Russia?
Moscow sent about 1,000 fighters to Mali, the UN said."""

EXPLAINER = """The Sahel's new arsenals, explained.
What has changed since the coups?
Turkey delivered six TB2 drones to Mali in 2022, and more followed.
Who trains the crews?
Turkish instructors trained the first crews in Bamako.
And Russia?
Moscow has also been a supplier."""


def test_an_interviews_answers_are_the_interviewees_word() -> None:
    sources = [f["attributed_to"] for f in facts_of(INTERVIEW)]
    assert sources[:2] == ["Amina Diallo", "Amina Diallo"] and sources[-1] != "Amina Diallo"  # her own source wins
    assert {f["attributed_to"] for f in facts_of(EXPLAINER)} == {None}  # questions as headings make no interview


@pytest.mark.parametrize("answer_label, interviewee", [("Cossa: ", "Amina Cossa"), ("AC: ", "Amina Cossa"),
                                                        ("", "Amina Cossa")])
def test_who_answers_in_an_interview(answer_label: str, interviewee: str) -> None:
    from kg.extract.document_facts import _interview
    from kg.extract.knowledge import load_knowledge

    paragraphs = ["Amina Cossa has studied Mozambique's arms imports for years. She spoke to the Wire.",
                  "Q: What changed?", f"{answer_label}Drones.", "Q: Who sells them?", f"{answer_label}Turkey.",
                  "Q: And Russia?", f"{answer_label}Less than before."]
    assert _interview(paragraphs, load_knowledge()) == (frozenset({2, 4, 6}), interviewee)


def test_a_generic_source_continuing_one_named_in_full_keeps_the_full_name() -> None:
    body = ("Czech public radio reported that Turkey had delivered six TB2 drones to Kenya. "
            "It also delivered four Akinci drones to Kenya in May, the radio said.")
    assert {f["attributed_to"] for f in facts_of(body)} == {"Czech public radio"}


@pytest.mark.parametrize("words, kept", [
    ("industry sources", True), ("officials familiar with the talks", True), ("defence ministry statement", True),
    ("package worth", False), ("report is the most detailed account yet of", False), ("same source", False),
    ("in a package", False), ("2022 it", False),
])
def test_which_generic_words_name_a_source(words: str, kept: bool) -> None:
    from kg.extract.attribution import _speaker_words
    from kg.extract.knowledge import load_knowledge

    assert (_speaker_words(words, load_knowledge()) == words) is kept


def test_observers_and_speakers_are_no_parties() -> None:
    assert keys("Seoul spotted 2,000 containers being shipped from North Korea to Russia, Seoul said.") == [
        (ARMS, "PRK", "RUS", "ammunition", 2000)]
    assert keys("Lee Min-ho, a South Korean lawmaker, said Pyongyang sent rockets to Moscow.") == [
        (ARMS, "PRK", "RUS", "ammunition", None)]
    found = keys("North Korea sent troops to Russia.\n\u201cPyongyang has also exported howitzers,\u201d said the NIS, "
                 "as cited by South Korean lawmakers.")
    assert [k[:4] for k in found] == [("troop_deployment", "PRK", "RUS", None), (ARMS, "PRK", "RUS", "artillery")]


def test_a_title_states_a_fact() -> None:
    facts = extract_facts("Belarus receives Iskander launchers from Russia\n\nThe ceremony took place on Monday.",
                          name="t", published="2025-01-10").to_json_dict()["facts"]
    assert [(f["from"], f["to"], f["category"]) for f in facts] == [("RUS", "BLR", "missile")]


def test_a_sentence_without_a_state_continues_the_story() -> None:
    found = keys("Iran has shipped artillery shells to Russia across the Caspian Sea.\n"
                 "The last vessel carried 400 containers of shells.")
    assert (ARMS, "IRN", "RUS", "ammunition", 400) in found


def test_technology_handed_over_and_training() -> None:
    found = keys("Moscow provided Pyongyang with technology to help it launch satellites as well as tanks.")
    assert found == [("technology_transfer", "RUS", "PRK", "other", None), (ARMS, "RUS", "PRK", "armoured-vehicle", None)]
    assert keys("Chinese engineers helped Russian drone maker Kupol develop a new attack drone.") == [
        ("technology_transfer", "CHN", "RUS", "uav", None)]


def test_items_between_a_deploy_cue_and_troops_are_what_is_sent() -> None:
    assert [k[0] for k in keys("Pyongyang sent ballistic missiles that Russian troops launch at Ukraine.")] == [ARMS]


def test_places_of_institutions_are_no_parties_and_a_think_tank_is_no_tank() -> None:
    assert keys("North Korea shipped about 900 containers to Russia last month.\n"
                "A Washington think tank said the shipments of shells to Russia continued.") == [
        (ARMS, "PRK", "RUS", "ammunition", 900), (ARMS, "PRK", "RUS", "ammunition", None)]


def test_made_in_names_the_origin() -> None:
    assert keys("Russian units used drones with engines made in China.")[0][:3] == (ARMS, "CHN", "RUS")


@pytest.mark.parametrize("body", [
    "The alliance found no clear evidence of Beijing supplying artillery shells to Moscow.",
    "Officials said there was little credible proof that Tehran shipped drones to Russia.",
    "The monitors saw no sign of tanks being sent from Minsk to Moscow.",
])
def test_absence_of_evidence_with_modifiers_gives_no_fact(body: str) -> None:
    assert keys(body) == []


@pytest.mark.parametrize("body", [
    "The minister voiced concern over Beijing supplying Moscow with drones.",
    "Diplomats are worried that Pyongyang sends rockets to Russia.",
    "Asked about what the rumoured shipments from Tehran to Moscow held, the envoy said: missiles.",
])
def test_concerns_and_questions_assert_no_transfer(body: str) -> None:
    assert keys(body) == []


@pytest.mark.parametrize("body", [
    "Minsk and Moscow signed a mutual assistance clause during the summit in 2023.",
    "Minsk and Moscow ratified a defence protocol in 2023.",
])
def test_clauses_and_protocols_are_agreements(body: str) -> None:
    assert [(k, a, b) for k, a, b, _, _ in keys(body)] == [("agreement", "BLR", "RUS")]


def party_keys(body: str, title: str = "Wire report") -> list[tuple]:
    facts = extract_facts(f"{title}\n\n{body}", name="test", published="2025-01-10").to_json_dict()["facts"]
    return [(f["kind"], f["from"], f["to"], f.get("from_party"), f.get("to_party")) for f in facts]


@pytest.mark.parametrize("body, expected", [
    ("Tehran handed rockets to the Houthis, and Pyongyang has sold shells to Wagner.",
     [(ARMS, "IRN", "YEM", None, "houthis"), (ARMS, "PRK", "RUS", None, "wagner-group")]),
    ("Moscow bought drones from Iran and North Korea also shipped rockets to Moscow.",
     [(ARMS, "IRN", "RUS", None, None), (ARMS, "PRK", "RUS", None, None)]),
    ("Minsk received tanks from Moscow, Beijing reportedly delivered radars to Tehran.",
     [(ARMS, "RUS", "BLR", None, None), (ARMS, "CHN", "IRN", None, None)]),
    # one subject with coordinated receivers, or coordinated subjects, stay one clause
    ("Pyongyang shipped rockets to Moscow, Minsk and Tehran.",
     [(ARMS, "PRK", "RUS", None, None), (ARMS, "PRK", "BLR", None, None), (ARMS, "PRK", "IRN", None, None)]),
    ("Iran and Russia sent troops to Syria.",
     [("troop_deployment", "RUS", "SYR", None, None), ("troop_deployment", "IRN", "SYR", None, None)]),
])
def test_coordinated_clauses_with_subjects_of_their_own_keep_their_parties(body: str, expected: list) -> None:
    assert party_keys(body) == expected


def test_a_headline_of_two_clauses_does_not_mix_base_states() -> None:
    facts = party_keys("Nothing else.", title="Tehran arms the Houthis, Pyongyang sends rockets to Wagner")
    assert facts == [(ARMS, "PRK", "RUS", None, "wagner-group")]


@pytest.mark.parametrize("body, expected", [
    # the ship is named after a port: the port is no party, the sender comes from the story
    ("Iran shipped drones to Russia in May.\nThe Port Olya 4 freighter carried about 90 rockets to Russia in June.",
     [(ARMS, "IRN", "RUS", "uav", None), (ARMS, "IRN", "RUS", "ammunition", 90)]),
    ("Tehran sent missiles to Moscow.\nThe Astrakhan Star vessel carried 40 missiles to Russia via the Caspian.",
     [(ARMS, "IRN", "RUS", "missile", None), (ARMS, "IRN", "RUS", "missile", 40)]),
])
def test_a_place_name_before_the_verb_is_no_giver(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("That matches the volume of shells Moscow expends in its war with Ukraine in a month.", []),
    ("Russia burns through rounds in its conflict with Ukraine faster than it makes them.", []),
    ("North Korea sent rockets to Russia.\nThe supply of rounds that Moscow fires in its war with Kyiv is vast.",
     [(ARMS, "PRK", "RUS", "ammunition", None), (ARMS, "PRK", "RUS", "ammunition", None)]),
    ("Moscow consumes North Korean shells in its war with Ukraine.", [(ARMS, "PRK", "RUS", "ammunition", None)]),
    ("Minsk supplied shells to Moscow during its conflict with Ukraine.", [(ARMS, "BLR", "RUS", "ammunition", None)]),
])
def test_using_up_arms_in_a_war_is_no_transfer_to_the_enemy(body: str, expected: list) -> None:
    assert keys(body) == expected


TECH = "technology_transfer"


@pytest.mark.parametrize("title, expected", [
    ("Russian help to boost North Korea bid to put spy satellite in orbit", [(TECH, "RUS", "PRK", None, None)]),
    ("Russian help to boost North Korean tourism", []),  # nothing military
    ("Russian help to boost North Korean push to launch spy satellites", [(TECH, "RUS", "PRK", None, None)]),
    ("Chinese help to ramp up Iranian drone output", [(TECH, "CHN", "IRN", None, None)]),
    ("Iranian aid to speed up Russian missile production", [(TECH, "IRN", "RUS", None, None)]),
    ("Beijing helped boost Moscow's drone production", [(TECH, "CHN", "RUS", None, None)]),
    ("Experts help boost the economy of Belarus", []),  # no arms in sight
])
def test_help_to_boost_a_programme_is_technology_from_the_helper(title: str, expected: list) -> None:
    assert party_keys("Nothing else.", title=title) == expected


@pytest.mark.parametrize("body, expected", [
    ("Moscow gave Pyongyang air defence systems in return for the troops it sent.",
     [(ARMS, "RUS", "PRK", "air-defence-system", None), ("troop_deployment", "PRK", "RUS", None, None)]),
    ("Russia is handing North Korea satellite technology in exchange for the deployment of its soldiers.",
     [(TECH, "RUS", "PRK", "other", None), ("troop_deployment", "PRK", "RUS", None, None)]),
    # the price is as uncertain as the transfer that pays it
    ("The pact could lead to Moscow passing on missile know-how to Pyongyang in return for the troop deployment.", []),
    ("Analysts say Russia may give North Korea jets as a reward for the soldiers it dispatched.", []),
])
def test_troops_paid_for_go_the_other_way_with_the_status_of_the_payment(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Officials said Pyongyang had shipped 160 long-range artillery units to Moscow.",
     [(ARMS, "PRK", "RUS", "artillery", 160)]),
    ("Iran sold dozens of radar units to Russia.", [(ARMS, "IRN", "RUS", "sensor", None)]),
    ("North Korea delivered 120 howitzers and 50 rocket launcher units to Russia.",
     [(ARMS, "PRK", "RUS", "artillery", 120), (ARMS, "PRK", "RUS", "artillery", 50)]),
    # without a count, "units" are formations, no materiel
    ("Russia moved artillery units to Belarus.", []),
])
def test_counted_units_of_an_item_are_pieces(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("A study by Japan's defence institute found that Pyongyang sold 30 rocket launchers to Moscow.",
     [(ARMS, "PRK", "RUS", "artillery", 30)]),
    ("In an analysis by the British government, Tehran is said to have shipped drones to Moscow.",
     [(ARMS, "IRN", "RUS", "uav", None)]),
    ("Drones were shipped to Moscow by Tehran.", [(ARMS, "IRN", "RUS", "uav", None)]),
])
def test_by_before_an_active_cue_names_a_source_not_the_giver(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Pyongyang runs its arms plants flat out to meet demand for supplies to Moscow and has villagers make "
     "ammunition crates for export.", []),
    ("Pyongyang sells shells to Moscow and builds missiles for export.", [(ARMS, "PRK", "RUS", "ammunition", None)]),
    # inputs for making arms, or help to make them, are technology
    ("Russia supplied machine tools that North Korea uses to build missiles.", [(TECH, "RUS", "PRK", "other", None)]),
    ("Moscow agreed to help Pyongyang produce attack drones.", [(TECH, "RUS", "PRK", "uav", None)]),
])
def test_making_arms_for_export_is_no_technology_transfer(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Roughly 80 freight wagons were seen at the border, suggesting Pyongyang is shipping shells to Moscow.",
     [(ARMS, "PRK", "RUS", "ammunition", 80)]),
    ("North Korea sent 200 railcars of munitions to Russia.", [(ARMS, "PRK", "RUS", "ammunition", 200)]),
    # the item's own count wins over the railcars that carried it
    ("North Korea sent 2,000 shells to Russia on 40 wagons.", [(ARMS, "PRK", "RUS", "ammunition", 2000)]),
])
def test_a_count_of_railcars_carrying_the_item_is_its_quantity(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("The handover of Tochka missiles to Minsk by Moscow went ahead.", [(ARMS, "RUS", "BLR", "missile", None)]),
    ("Pyongyang resupplied Moscow with 40 Msta howitzers.", [(ARMS, "PRK", "RUS", "artillery", 40)]),
    ("Tehran shipped Fatah-360 missiles to Russia.", [(ARMS, "IRN", "RUS", "missile", None)]),
])
def test_common_systems_and_transfer_nouns_are_known(body: str, expected: list) -> None:
    assert keys(body) == expected


TROOPS, TECH = "troop_deployment", "technology_transfer"


@pytest.mark.parametrize("body, expected", [
    # sanctioning states listed before the verb, and a state's agents that seize or intercept, are no parties
    ("Canada, Japan and the European Union have sanctioned two firms that buy drones for the junta.", []),
    ("Saudi coast guard units seized a boat that Iran had loaded with rifles for the Houthis.",
     [(ARMS, "IRN", "YEM", "small-arms", None)]),
    # states after "reports by" report; they are no parties
    ("Pyongyang ignored reports by Japan, France and the United States that 2,000 North Korean soldiers were "
     "sent to Russia.", [(TROOPS, "PRK", "RUS", None, 2000)]),
])
def test_observers_interdictors_and_reporting_states_are_no_parties(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the troops a cue moves are those after it; other troops of a fronted clause name no origin
    ("Once its soldiers had driven Ukrainian units back, North Korea agreed to send 800 sappers to Russia.",
     [(TROOPS, "PRK", "RUS", None, 800)]),
    ("Pyongyang will send 2,000 military builders to Russia.", [(TROOPS, "PRK", "RUS", None, 2000)]),
])
def test_the_troops_moved_are_the_cues_own(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the trainees' state receives the know-how, whoever is named first
    ("Belarusian pilots were trained at a Russian air base last year.", [(TECH, "RUS", "BLR", "other", None)]),
    ("Russian instructors trained Syrian drone operators near Damascus.", [(TECH, "RUS", "SYR", "uav", None)]),
])
def test_trainees_receive_the_training(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Officials said Iran might ship drones to Russia, but no delivery has been seen by Kyiv.", []),
    ("Minsk says it received no shipments of Russian tanks this year.", []),
])
def test_no_before_a_transfer_noun_denies_it(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the part delivered is the delivery's number; the whole order is an agreed transfer of its own
    ("Vietnam has received the first three of twelve Su-30 jets ordered from Russia.",
     [(ARMS, "RUS", "VNM", "aircraft", 3), (ARMS, "RUS", "VNM", "aircraft", 12)]),
    # a weight of materiel is its quantity
    ("Iran shipped about 300 tonnes of explosives to the Houthis.", [(ARMS, "IRN", "YEM", "other", 300)]),
    # a troop total at the end of a long phrase
    ("Pyongyang sent 1,500 more soldiers to Russia, bringing the total it has committed to the war so far to "
     "about 12,500.", [(TROOPS, "PRK", "RUS", None, 1500), (TROOPS, "PRK", "RUS", None, 12500)]),
])
def test_parts_weights_and_long_totals(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # ", as well as" adding an item to the list keeps the list's cue and parties
    ("Moscow sent Minsk attack helicopters, including Mi-35s, as well as radar systems.",
     [(ARMS, "RUS", "BLR", "aircraft", None), (ARMS, "RUS", "BLR", "aircraft", None),
      (ARMS, "RUS", "BLR", "sensor", None)]),
    # what crews are trained to use is technology, one fact per category
    ("Iranian officers trained Houthi crews in the use of cruise missiles and drones.",
     [(TECH, "IRN", "YEM", "missile", None), (TECH, "IRN", "YEM", "uav", None)]),
    # cargo bound for a party is a transfer to it
    ("The dhow carried Iranian rifles bound for the Houthis.", [(ARMS, "IRN", "YEM", "small-arms", None)]),
    ("The so-called arms deliveries from Pyongyang to Moscow are a fabrication, the ministry said.", []),
])
def test_lists_training_content_destinations_and_denials(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the plane that carries troops is no arms transfer
    ("About 900 North Korean sappers were flown to Rostov aboard Russian transport aircraft.",
     [(TROOPS, "PRK", "RUS", None, 900)]),
    # troops present in a state are deployed there
    ("Some 4,000 North Korean soldiers remain in Russia.", [(TROOPS, "PRK", "RUS", None, 4000)]),
])
def test_conveyances_and_presence(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # headline abbreviations name the state
    ("N Korea sends more rockets to Russia", [(ARMS, "PRK", "RUS", "ammunition", None)]),
    # what is fired at is a target, not an item handed over
    ("Houthi fighters launched Iranian drones at British frigates.", [(ARMS, "IRN", "YEM", "uav", None)]),
    # an accusation is reported, not established
    ("Iran has been accused of selling Russia ballistic missiles.", [(ARMS, "IRN", "RUS", "missile", None)]),
    ("Russia sent 300 military instructors to Niger.", [(TROOPS, "RUS", "NER", None, 300)]),
])
def test_headline_names_targets_accusations(body: str, expected: list) -> None:
    assert keys(body) == expected
    if "accused" in body:
        assert facts_of(body)[0]["status"] == "reported"


@pytest.mark.parametrize("body, expected", [
    # a count standing for troops named before it
    ("About 2,500 North Korean soldiers reached Russia in May, in addition to the 9,000 sent in the autumn.",
     [(TROOPS, "PRK", "RUS", None, 2500), (TROOPS, "PRK", "RUS", None, 9000)]),
    # what containers "could hold" is no delivery
    ("Pyongyang sent 9,000 containers to Russia, which could hold up to three million shells.",
     [(ARMS, "PRK", "RUS", "ammunition", 9000)]),
])
def test_elliptical_troop_counts_and_capacity(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected, status", [
    # the plane that delivers is the carrier, not the cargo
    ("A Russian cargo plane delivered rifles to Mali on Tuesday.", [(ARMS, "RUS", "MLI", "small-arms", None)],
     "delivered"),
    # "accused X of supplying": an accusation, reported
    ("Poland accused Belarus of supplying Russia with artillery shells.", [(ARMS, "BLR", "RUS", "ammunition", None)],
     "reported"),
])
def test_carriers_and_accusations(body: str, expected: list, status: str) -> None:
    assert keys(body) == expected
    assert {f["status"] for f in facts_of(body)} == {status}


@pytest.mark.parametrize("body, expected, status", [
    # the maker of a named system gives it when the sentence names only the receiver
    ("Minsk has taken delivery of its first Iskander-M launchers.", [(ARMS, "RUS", "BLR", "missile", None)],
     "delivered"),
    ("Moscow said it had received more Fath-360 missiles.", [(ARMS, "IRN", "RUS", "missile", None)], "delivered"),
    # two plain subjects: the maker gives; talks are plans
    ("Tehran and Moscow are in talks on the sale of Mi-28 helicopters.", [(ARMS, "RUS", "IRN", "aircraft", None)],
     "planned"),
    # stationing weapons in another state transfers them
    ("Russia will station Iskander missiles in Belarus.", [(ARMS, "RUS", "BLR", "missile", None)], "planned"),
    # a seized shipment is reported, never delivered; "anti-ship" holds no cue
    ("French sailors seized Iranian anti-ship missiles bound for the Houthis.", [(ARMS, "IRN", "YEM", "missile", None)],
     "reported"),
    # a demonym before "help" names the helper
    ("Tehran got Chinese help to build drone engines.", [("technology_transfer", "CHN", "IRN", "uav", None)],
     None),  # status: the help noun carries no tense (reported); "got" is not read yet
])
def test_makers_stationing_talks_seizures_and_helpers(body: str, expected: list, status: str | None) -> None:
    assert keys(body) == expected
    if status is not None:
        assert {f["status"] for f in facts_of(body)} == {status}


@pytest.mark.parametrize("body, expected", [
    # the state that shoots down is no party; "launched by X" names the user
    ("Kyiv shot down dozens of Iranian drones launched by Russia overnight.", [(ARMS, "IRN", "RUS", "uav", None)]),
    # "relied on" is no carrier phrase
    ("Minsk relies on Russian helicopters for border patrols.", [(ARMS, "RUS", "BLR", "aircraft", None)]),
])
def test_interceptors_reduced_passives_and_reliance(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a nominal cue between a named system's maker and another state goes from the maker
    ("Egypt has sealed a deal with Moscow for the supply of Su-35 fighter jets.",
     [(ARMS, "RUS", "EGY", "aircraft", None), ("agreement", "EGY", "RUS", None, None)]),
    # a verb with its subject wins: handing back Russian-made tanks is a re-export
    ("Belarus has transferred dozens of T-72 tanks to Russia.", [(ARMS, "BLR", "RUS", "armoured-vehicle", None)]),
    # a partner after "with" before the cue is not its subject
    ("Algeria signed a contract with Moscow to buy Su-57 jets.",
     [(ARMS, "RUS", "DZA", "aircraft", None), ("agreement", "DZA", "RUS", None, None)]),
])
def test_makers_against_verb_frames(body: str, expected: list) -> None:
    assert sorted(keys(body)) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    # a contingent sized after its noun, serving under another state's command
    ("The Belarusian contingent, put at 800, is serving under Russian command.", [(TROOPS, "BLR", "RUS", None, 800)]),
])
def test_contingents_sized_after_the_noun(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, status", [
    # technology handed with a give verb takes the verb's tense
    ("Moscow has provided Pyongyang with technology for its spy satellites.", "delivered"),
    ("Moscow will provide Pyongyang with technology for its spy satellites.", "planned"),
])
def test_handed_technology_takes_the_verbs_tense(body: str, status: str) -> None:
    assert [f["status"] for f in facts_of(body)] == [status]


@pytest.mark.parametrize("body", [
    # rules about transfers are no transfers
    "Ankara says it keeps tight export controls on dual-use goods and sends no weapons to Russia.",
    # fears of a future transfer assert none
    "Diplomats fear that Minsk may soon begin supplying Moscow with artillery shells.",
])
def test_export_rules_and_fears_give_no_fact(body: str) -> None:
    assert keys(body) == []


@pytest.mark.parametrize("body, expected", [
    # showing off a foreign-made system implies it was supplied
    ("Hezbollah paraded Iranian drones in Beirut.", [(ARMS, "IRN", "LBN", "uav", None)]),
    # the Revolutionary Guards act for Iran
    ("The IRGC sent ballistic missiles to the Houthis.", [(ARMS, "IRN", "YEM", "missile", None)]),
])
def test_parades_and_the_revolutionary_guards(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a contract for a named system: its maker is the other party, and the system is an agreed transfer
    ("Algeria signed the contract for the Su-57s in 2019.",
     [(ARMS, "RUS", "DZA", "aircraft", None), ("agreement", "DZA", "RUS", None, None)]),
    # with the contract's value or partner between
    ("Serbia signed a contract worth 2.7 billion euros for twelve Rafale jets.",
     [(ARMS, "FRA", "SRB", "aircraft", 12), ("agreement", "FRA", "SRB", None, 2_700_000_000)]),
    ("Delhi struck a deal with Moscow for five S-400 squadrons.",
     [(ARMS, "RUS", "IND", "air-defence-system", 5), ("agreement", "IND", "RUS", None, None)]),
    # a border is where, not who
    ("North Korea shipped shells to Russia, to a depot 80 km from the Ukrainian border.",
     [(ARMS, "PRK", "RUS", "ammunition", None)]),
    # "Given ..." at the start is no transfer cue; the Sea of Japan is a sea
    ("Given the drones' short range, Russia must launch them near the front.", []),
    ("Russian ships in the Sea of Japan carried North Korean shells to Russia.",
     [(ARMS, "PRK", "RUS", "ammunition", None)]),
    # help with making an item named before the help
    ("Russia relies on Iranian drones, which it began assembling with Iranian assistance.",
     [(ARMS, "IRN", "RUS", "uav", None), ("technology_transfer", "IRN", "RUS", "uav", None)]),
])
def test_contracts_borders_seas_and_help_after_the_item(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # parts of an item are in its category
    ("Iran sent drone components and missile parts to the Houthis.",
     [(ARMS, "IRN", "YEM", "uav", None), (ARMS, "IRN", "YEM", "missile", None)]),
    # nuclear weapons are "other", and what a launcher can carry is not handed over
    ("Russia moved tactical nuclear weapons to Belarus.", [(ARMS, "RUS", "BLR", "other", None)]),
    ("Moscow gave Minsk Iskander launchers capable of carrying nuclear warheads.",
     [(ARMS, "RUS", "BLR", "missile", None)]),
    # trainees named with their item: the training is about that item
    ("Crews of Belarusian Su-25 aircraft completed training in Russia.",
     [("technology_transfer", "RUS", "BLR", "aircraft", None)]),
])
def test_parts_nuclear_arms_capabilities_and_training_on_items(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_an_order_for_a_named_system_with_no_state_named_takes_the_buyer_from_the_story() -> None:
    body = ("Russia delivered Yak-130 jets to Iran last year. Officials said an order for Su-35 jets was signed.")
    assert ("agreement", "IRN", "RUS", None, None) in keys(body)


@pytest.mark.parametrize("body, expected", [
    # a coordinated list before its cue shares the cue, parts take the category of what they are for
    ("Inspectors listed cruise missiles, components for anti-aircraft missiles, engines for drones and radar "
     "systems among the Iranian cargo sent to the Houthis.",
     [(ARMS, "IRN", "YEM", "missile", None), (ARMS, "IRN", "YEM", "air-defence-system", None),
      (ARMS, "IRN", "YEM", "uav", None), (ARMS, "IRN", "YEM", "sensor", None)]),
    # a running total named by its verb
    ("Seoul thinks 9,000 North Korean soldiers went to Russia in the summer and that 2,000 more followed in winter, "
     "taking the number sent so far to about 11,000.",
     [("troop_deployment", "PRK", "RUS", None, 9000), ("troop_deployment", "PRK", "RUS", None, 2000),
      ("troop_deployment", "PRK", "RUS", None, 11000)]),
    ("Iran sent 40 more drones to Russia in May, taking its deliveries to 340.",
     [(ARMS, "IRN", "RUS", "uav", 40), (ARMS, "IRN", "RUS", "uav", 340)]),
    # arrival names the receiver, the origin before the item gives; each counted item of the list keeps its count
    ("Kyiv says some 30 North Korean howitzers and about 12 of the North's rocket launchers have arrived in Russia.",
     [(ARMS, "PRK", "RUS", "artillery", 30), (ARMS, "PRK", "RUS", "artillery", 12)]),
])
def test_lists_share_their_cue_and_running_totals(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "fighters" after a named aircraft are aircraft, not combatants
    ("An Iranian lawmaker said MiG-29 fighters from Russia had been delivered to Iran.",
     [(ARMS, "RUS", "IRN", "aircraft", None)]),
    ("North Korean fighters were sent to Russia.", [("troop_deployment", "PRK", "RUS", None, None)]),
    # a region's adjective is no state; states that called a meeting are no parties
    ("The plant gives Caracas an Iranian drone capability no other South American state has.",
     [(ARMS, "IRN", "VEN", "uav", None)]),
    ("Diplomats argued over missiles sent by North Korea to Russia, at a session requested by France and Japan.",
     [(ARMS, "PRK", "RUS", "missile", None)]),
    # training by other verbs, and training received
    ("Belarusian instructors have been teaching Russian gunners to handle the new howitzers.",
     [("technology_transfer", "BLR", "RUS", "artillery", None)]),
    ("Houthi fighters received instruction from Iranian specialists.",
     [("technology_transfer", "IRN", "YEM", "other", None)]),
])
def test_aircraft_roles_regions_meetings_and_teaching(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the other side of a front is no party
    ("Both later admitted that North Korean soldiers had fought alongside Russian units to push Ukrainian forces "
     "out of the region.", [("troop_deployment", "PRK", "RUS", None, None)]),
    # a speaker's state is not the first party of what the speaker reports
    ("Lavrov said Kim had agreed to send 2,000 deminers.", [("troop_deployment", "PRK", "RUS", None, 2000)]),
    # a state that believes or says is the source, no side; one that says "it" is
    ("An official said Washington believes the northern route is also being used to move Iranian-made rockets.", []),
    ("Washington said in March that Russian crews had received missile training in Iran.",
     [("technology_transfer", "IRN", "RUS", "missile", None)]),
    ("Russia said it had received drones from Iran.", [(ARMS, "IRN", "RUS", "uav", None)]),
    # what a state wants is not sent; no intention to send is no sending
    ("Analysts think Moscow wants North Korean shells and rockets to refill its depots.", []),
    ("Pyongyang says it has \"no intention\" of selling arms to any country.", []),
    # what a deal lays down: "for X to transfer" makes X the giver; know-how for counted drones is drone technology
    ("Iran and Russia signed a deal in 2022. It provided for Iranian engineers to transfer production know-how "
     "for some 6,000 drones.", [("agreement", "IRN", "RUS", None, None),
                                ("technology_transfer", "IRN", "RUS", "uav", 6000)]),
    # a system on combat duty somewhere went there; the sides of a war named as its modifier, and a headline's
    # speaker, are no sides
    ("Ukraine war live: Iskander-M systems on combat duty in Belarus, Lukashenko says",
     [(ARMS, "RUS", "BLR", "missile", None)]),
    ("Lukashenko: the Oreshnik complex has been put on combat duty in Belarus",
     [(ARMS, "RUS", "BLR", "missile", None)]),
    # an object relative clause: its subject gives, the state named before the item holds it
    ("Belarusian Iskander-M launchers, which Russia supplied in 2023, took part in the drills.",
     [(ARMS, "RUS", "BLR", "missile", None)]),
    # arriving at a place there: a supplier named by its "-supplied" compound gives
    ("A convoy of Russian-supplied T-72 tanks was filmed arriving at an air base near Bamako.",
     [(ARMS, "RUS", "MLI", "armoured-vehicle", None)]),
    # builders at work somewhere are deployed there
    ("About 5,000 North Korean military builders are now working in Russia's Kursk region.",
     [("troop_deployment", "PRK", "RUS", None, 5000)]),
    # a denial carried over by "nor", or one of the verb that moves the technology, denies it
    ("Nor did the panel find evidence that Russia had shared missile technology with North Korea.", []),
    ("The monitors could not verify media reports that Russia had delivered MiG-29 jets or submarine technology "
     "to North Korea.", []),
    # a liveblog's label names the war, not a side; a state that takes in troops receives them; trains carrying
    # troops are no training
    ("Russia's war, day 300: Belarus takes in more Russian troops", [("troop_deployment", "RUS", "BLR", None, None)]),
    ("Russia deployed troops to Belarus. Further trains carrying Russian servicemen have arrived in Belarus.",
     [("troop_deployment", "RUS", "BLR", None, None)] * 2),
    # power stations and air bases are places, not the verbs "station" and "base"; troops at a base are there
    ("The components ended up in drones, which Russian forces have launched against Ukrainian power stations.", []),
    ("Russian troops are at an air base in Syria.", [("troop_deployment", "RUS", "SYR", None, None)]),
    # a figure put on what the story is about: its items, else the story's last arms or troops
    ("North Korea sent guns to Russia. The report put the combined number of artillery systems at around 200.",
     [(ARMS, "PRK", "RUS", "artillery", None), (ARMS, "PRK", "RUS", "artillery", 200)]),
    ("North Korea shipped shells to Russia. The agency had put the tally at 9 million in June, and roughly 3 million "
     "more appear to have been loaded since.", [(ARMS, "PRK", "RUS", "ammunition", None)]
     + [(ARMS, "PRK", "RUS", "ammunition", n) for n in (9_000_000, 3_000_000)]),
    ("Russia has 1,500 troops in Libya, the panel said. A year earlier it had put the figure at about 1,800.",
     [("troop_deployment", "RUS", "LBY", None, 1500), ("troop_deployment", "RUS", "LBY", None, 1800)]),
    # a bare count as the subject of a passive transfer continues the story's arms
    ("Iran has shipped Fath-360 missiles to Russia. About 200 have been delivered since September, he said.",
     [(ARMS, "IRN", "RUS", "missile", None), (ARMS, "IRN", "RUS", "missile", 200)]),
    ("North Korea sent troops to Russia. About 200 have been delivered since September, he said.",
     [("troop_deployment", "PRK", "RUS", None, None)]),
    # a count of what was handed over, seen after it
    ("China has delivered K-8 jets to Bolivia, adding that at least four of them were photographed at an air base.",
     [(ARMS, "CHN", "BOL", "aircraft", None), (ARMS, "CHN", "BOL", "aircraft", 4)]),
    # a running total far after its verb, or a figure put on it
    ("North Korea handed 50 guns to Russia, bringing the number of heavy guns the North has sent to Moscow since "
     "2024 to roughly 250.", [(ARMS, "PRK", "RUS", "artillery", 50), (ARMS, "PRK", "RUS", "artillery", 250)]),
    ("Russia received engines from China, and a report put their number at around 180,000.",
     [(ARMS, "CHN", "RUS", "other", None), (ARMS, "CHN", "RUS", "other", 180_000)]),
    # a treaty whose verb comes after a relative clause between commas
    ("Russia sent troops to Belarus. The two countries' defence treaty, which obliges each side to help the other if "
     "attacked, entered into force in May.",
     [("troop_deployment", "RUS", "BLR", None, None), ("agreement", "BLR", "RUS", None, None)]),
    # help to integrate or refine a system; what is attributed to a state's specialists, they gave
    ("Russia sent a Pantsir system to North Korea. Russian technicians also helped integrate it into Pyongyang's "
     "air-defence network.", [(ARMS, "RUS", "PRK", "air-defence-system", None),
                              ("technology_transfer", "RUS", "PRK", "air-defence-system", None)]),
    ("North Korea has sent KN-23 missiles to Russia. Their accuracy improved, which analysts attribute to Russian "
     "specialists helping to refine the missile's guidance.", [(ARMS, "PRK", "RUS", "missile", None),
                                                             ("technology_transfer", "RUS", "PRK", "missile", None)]),
    # help that could be given is none; help with its missiles hands over no missiles
    ("The reward could be jets, reactors or help with the re-entry vehicles his missiles lack.", []),
    ("Russia is giving North Korea help with its missiles.", [("technology_transfer", "RUS", "PRK", "missile", None)]),
    # shared technologies for improving missiles; complexes of air defence
    ("Russia has given to Pyongyang complexes of air defence and is sharing technologies for improving of ballistic "
     "missiles.", [(ARMS, "RUS", "PRK", "air-defence-system", None),
                   ("technology_transfer", "RUS", "PRK", "missile", None)]),
    # a possibility studied, exports strictly controlled, and radar satellite images are no arms
    ("Seoul said it studies the possibility of transfer to Ukraine of defensive weapons.", []),
    ("Beijing says China \"strictly controls\" exports of dual-use goods to Russia.", []),
    ("A Chinese firm provided radar satellite images to Russia.",
     [("technology_transfer", "CHN", "RUS", "other", None)]),
    # a cargo listing continues the story's transfer even when a state is named in passing
    ("Russia sent arms to Libya. Cargo identified by the Panel included armoured vehicles, some of which had been "
     "withdrawn from Syria.", [(ARMS, "RUS", "LBY", "other", None), (ARMS, "RUS", "LBY", "armoured-vehicle", None)]),
    # sorties flown are combat, not a delivery; a rejected claim is none
    ("Russian aircraft based in Syria flew thousands of sorties.", []),
    ("Ankara said the plane had stopped to refuel, rejecting claims that it had delivered weapons to Pakistan.", []),
    # made with a state's technology
    ("Venezuela bought jets from Russia. With Iranian technology, a state company assembles drones in Maracay.",
     [(ARMS, "RUS", "VEN", "aircraft", None), ("technology_transfer", "IRN", "VEN", "uav", None)]),
    # what arriving troops bring goes with them; a payback for arms pays for them
    ("In Niger, Russian instructors landed in Niamey in April with an air-defence system.",
     [(ARMS, "RUS", "NER", "air-defence-system", None), ("troop_deployment", "RUS", "NER", None, None)]),
    ("What Kim gets: the Russian payback for North Korea's shells", [(ARMS, "PRK", "RUS", "ammunition", None)]),
    # a private military company is a force itself as the subject of a deployment cue, not when it moves items
    ("The Africa Corps is deployed in Mali.", [("troop_deployment", "RUS", "MLI", None, None)]),
    ("Wagner itself remains in the Central African Republic.", [("troop_deployment", "RUS", "CAF", None, None)]),
    ("Wagner sent weapons to Sudan.", [(ARMS, "RUS", "SDN", "other", None)]),
    # the states before "where" troops are deployed received them
    ("Burkina Faso and Niger, where small Russian contingents are deployed, may ask for more help.",
     [("troop_deployment", "RUS", "NER", None, None), ("troop_deployment", "RUS", "BFA", None, None)]),
    # "armed" before a noun is the adjective, not the verb
    ("North Korea's air force is the weakest branch of its armed forces, with many planes built in the 1960s.", []),
    ("Iran armed the Houthis with drones.", [(ARMS, "IRN", "YEM", "uav", None)]),
    # a treaty named by its title and signed continues the story's pair
    ("North Korea sent troops to Russia. All of this sits under the Comprehensive Strategic Partnership Treaty signed "
     "in June 2024.", [("troop_deployment", "PRK", "RUS", None, None), ("agreement", "PRK", "RUS", None, None)]),
    # a cargo list with its source as an aside: the source ends at its comma
    ("Iran shipped arms to the Houthis. Among the cargo, according to the statement, were cruise missiles and radar "
     "systems.", [(ARMS, "IRN", "YEM", "other", None), (ARMS, "IRN", "YEM", "missile", None),
                  (ARMS, "IRN", "YEM", "sensor", None)]),
    # help in several listed fields is help in each; electronic warfare is the sensor category
    ("Pyongyang is thought to be receiving Russian technical assistance in air defence, electronic warfare and "
     "satellite launches, the report added.",
     [("technology_transfer", "RUS", "PRK", c, None) for c in ("air-defence-system", "sensor", "other")]),
    # trained to operate "the weapon" named before; rocket engines are no rockets
    ("Iran has sent Fath-360 missiles to Russia. Russian personnel were trained in Iran to operate the weapon.",
     [(ARMS, "IRN", "RUS", "missile", None), ("technology_transfer", "IRN", "RUS", "missile", None)]),
    ("Russian engineers helped North Korea build rocket engines.",
     [("technology_transfer", "RUS", "PRK", "other", None)]),
    # training completed under a state's supervision; a satellite image is no satellite
    ("Russia delivered Iskander-M systems to Belarus. Its Iskander-M crews have completed Russian-supervised live-fire "
     "training.", [(ARMS, "RUS", "BLR", "missile", None), ("technology_transfer", "RUS", "BLR", "missile", None)]),
    ("A Russian ship was seen in a satellite image delivering missiles from Iran.",
     [(ARMS, "IRN", "RUS", "missile", None)]),
    # a deal about arms that something is done under exists, with its value
    ("Under a deal reportedly worth $1.75 billion, Iran handed Russia the production know-how for the drones.",
     [("technology_transfer", "IRN", "RUS", "uav", 1_750_000_000), ("agreement", "IRN", "RUS", None, 1_750_000_000)]),
    ("Egypt signed a $3 billion deal with Russia for Su-35 jets.",
     [(ARMS, "RUS", "EGY", "aircraft", 3_000_000_000), ("agreement", "EGY", "RUS", None, 3_000_000_000)]),
    ("The air campaign ended in May under a deal brokered by Oman.", []),
    # 'reached "full agreement"' signs one
    ("Khartoum and Moscow have reached \"full agreement\" on a Russian naval base.",
     [("agreement", "RUS", "SDN", None, None)]),
    # equipment to make arms is technology
    ("China sold lathes and milling machines to Russia.", [("technology_transfer", "CHN", "RUS", "other", None)] * 2),
    # parts sent to the makers of a weapon are in its category
    ("Chinese firms supplied components to Russian drone makers.", [(ARMS, "CHN", "RUS", "uav", None)]),
    ("Chinese firms sold engines to Russian missile factories.", [(ARMS, "CHN", "RUS", "missile", None)]),
    # flight controllers are drone parts
    ("A Chinese firm sold about 4,500 flight controllers to a Moscow company.", [(ARMS, "CHN", "RUS", "uav", 4500)]),
    # sights and targeting modules are sensors
    ("Belarusian firms delivered sights and targeting modules to Russian arms makers.",
     [(ARMS, "BLR", "RUS", "sensor", None)] * 2),
    # a state's contribution to another's war, listed after a colon
    ("Iran's contribution to Russia's war is plain: drones, shells and missiles.",
     [(ARMS, "IRN", "RUS", "uav", None), (ARMS, "IRN", "RUS", "ammunition", None),
      (ARMS, "IRN", "RUS", "missile", None)]),
    # help with air defence is air-defence technology
    ("Moscow is giving Tehran help with air defence.",
     [("technology_transfer", "RUS", "IRN", "air-defence-system", None)]),
    # instruction in operating drones is drone technology; what "was given" is the instruction, not the drones
    ("The team documented Russian instruction for North Korean crews in operating drones, which was given in Russia.",
     [("technology_transfer", "RUS", "PRK", "uav", None)]),
    # workers being taught receive what they are taught
    ("North Korean workers were being taught to assemble drones in Russia.",
     [("technology_transfer", "RUS", "PRK", "uav", None)]),
    # shared data is technology
    ("Russian officers shared data from their use of drones with North Korean engineers.",
     [("technology_transfer", "RUS", "PRK", "uav", None)]),
    # launchers for missiles are missiles; rocket launchers stay artillery
    ("Iran has sent launchers for its Fath-360 missiles to Russia.", [(ARMS, "IRN", "RUS", "missile", None)]),
    ("Pyongyang has sent ballistic missile launchers and 240mm rocket launchers to Moscow.",
     [(ARMS, "PRK", "RUS", "missile", None), (ARMS, "PRK", "RUS", "artillery", None)]),
    # a place inside the receiving state is a stop on the way, not the giver; launchers named bare are those
    # named before with what they launch
    ("Iran sent launchers for its Fath-360 missiles to Russia. The delivery of the launchers to Russia ended in "
     "May, with the vehicles moved by rail from Olya.", [(ARMS, "IRN", "RUS", "missile", None)] * 2),
    # rules against transfers assert none
    ("The UN limits on Iranian drone transfers have lapsed, so new sales would breach only national measures.", []),
    # help with a weapons programme; received help goes to the receiver
    ("Experts think Russia may be supplying air-defence equipment as well as help with Pyongyang's missile "
     "programme.", [(ARMS, "RUS", "PRK", "air-defence-system", None),
                    ("technology_transfer", "RUS", "PRK", "missile", None)]),
])
def test_fronts_speakers_rules_and_programmes(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a second source: "from X ... and from Y"
    ("Houthi fighters received instruction from Hezbollah trainers in Lebanon and from Iranian advisers.",
     [("technology_transfer", "LBN", "YEM", "other", None), ("technology_transfer", "IRN", "YEM", "other", None)]),
    # a licence bought is technology received
    ("Minsk is building the drones itself after buying the licence for the Shahed design from Iran.",
     [("technology_transfer", "IRN", "BLR", "uav", None)]),
    # help with a part of a weapon, and with the weapon
    ("Seoul says Russia may have helped North Korea with the radars of its new warships.",
     [("technology_transfer", "RUS", "PRK", "sensor", None), ("technology_transfer", "RUS", "PRK", "naval-vessel", None)]),
    # presence in the past tense
    ("An official said most of the 9,000 North Korean soldiers in Russia were now in the border region.",
     [("troop_deployment", "PRK", "RUS", None, 9000)]),
])
def test_second_sources_licences_help_with_parts_and_presence(body: str, expected: list) -> None:
    assert sorted(set(keys(body))) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    # the comma of a number is no end of the source
    ("According to the ministry, about 4,500 Russian troops were sent to Belarus.",
     [("troop_deployment", "RUS", "BLR", None, 4500)]),
    # "N or more" is a count
    ("Officials say Iran shipped 300 or more Shahed drones to Russia.", [(ARMS, "IRN", "RUS", "uav", 300)]),
    # reinforcements are troops
    ("Some 6,000 North Korean troops were sent to Russia last year, and about 2,000 reinforcements followed in "
     "the spring.", [("troop_deployment", "PRK", "RUS", None, 6000), ("troop_deployment", "PRK", "RUS", None, 2000)]),
    # a route is no party; a state handed something is its receiver
    ("Moscow handed Hezbollah anti-tank missiles through Syria.", [(ARMS, "RUS", "LBN", "missile", None)]),
    # a ship's flag is no party
    ("North Korea sent shells to Russia aboard Mongolian-flagged ships.", [(ARMS, "PRK", "RUS", "ammunition", None)]),
])
def test_counts_after_sources_reinforcements_and_flags(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state using what it made itself transfers nothing
    ("Russia fired 40 drones assembled in Tatarstan at Odesa overnight.", []),
    # where a weapon was used is no receiver; where it was put on duty is
    ("Drones supplied by Iran to Russia were later used in Ukraine.", [(ARMS, "IRN", "RUS", "uav", None)]),
    ("Iskander launchers supplied by Russia are now on duty in Belarus.", [(ARMS, "RUS", "BLR", "missile", None)]),
    # a determiner of negation after the verb
    ("Tehran insists it has sent no drones to Moscow.", []),
    ("North Korea sent no fewer than 500 missiles to Russia.", [(ARMS, "PRK", "RUS", "missile", 500)]),
])
def test_own_use_places_of_use_and_negated_objects(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "getting" receives
    ("Minsk is getting Russian air-defence hardware.", [(ARMS, "RUS", "BLR", "air-defence-system", None)]),
    # training to use what was just named is technology for it
    ("Belarus sent Russia rocket launchers and trained crews to operate them.",
     [(ARMS, "BLR", "RUS", "artillery", None), ("technology_transfer", "BLR", "RUS", "artillery", None)]),
    # what arms are for or paid with does not move
    ("Pyongyang is getting fighter jets from Moscow for its artillery shells.",
     [(ARMS, "RUS", "PRK", "aircraft", None)]),
    ("Iran received engines from China for its drones.", [(ARMS, "CHN", "IRN", "other", None)]),
    # a source inside a relative clause does not swallow the count before it
    ("Iranian state media showed four Su-35 jets that it said Iran had received from Russia.",
     [(ARMS, "RUS", "IRN", "aircraft", 4)]),
])
def test_getting_training_for_named_items_and_relative_sources(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # who a programme belongs to is helped, not helping
    ("Russia is supplying radar systems as well as help with Minsk's drone programme.",
     [(ARMS, "RUS", "BLR", "sensor", None), ("technology_transfer", "RUS", "BLR", "uav", None)]),
    # a participle after a comma still governs the item before it
    ("The rocket that struck the port was an Iranian Fath-360, fired by Russian troops.",
     [(ARMS, "IRN", "RUS", "missile", None)]),
    # a used weapon passed on by another state: maker to that state, that state to the user
    ("Hezbollah used Iranian-made Toophan missiles that had been smuggled from Syria.",
     [(ARMS, "IRN", "SYR", "missile", None), (ARMS, "SYR", "LBN", "missile", None)]),
    # the first batch of an order: the delivery, and the order
    ("Iran has received the first four of 24 Su-35 fighters ordered from Russia.",
     [(ARMS, "RUS", "IRN", "aircraft", 4), (ARMS, "RUS", "IRN", "aircraft", 24)]),
    # training on guns that a relative clause says were shipped: the training and the shipment
    ("Belarusian officers are teaching Russian crews to operate the howitzers that Minsk sent last spring.",
     [("technology_transfer", "BLR", "RUS", "artillery", None), (ARMS, "BLR", "RUS", "artillery", None)]),
    # training on a system named in an earlier sentence takes its category
    ("Russia delivered Iskander launchers to Belarus in 2023. Belarusian crews were later trained on them at Russian "
     "ranges.", [(ARMS, "RUS", "BLR", "missile", None), ("technology_transfer", "RUS", "BLR", "missile", None)]),
])
def test_beneficiaries_participles_after_commas_and_systems_named_before(body: str, expected: list) -> None:
    assert keys(body) == expected


TROOPS = "troop_deployment"


@pytest.mark.parametrize("body, expected", [
    # a relative clause between commas does not deny what the main verb states
    ("Iran, which denies any role in the war, shipped 120 drones to Russia in May.",
     [(ARMS, "IRN", "RUS", "uav", 120)]),
    # a report the sentence calls false states nothing
    ("Claims that Belarus sent tanks to Russia were baseless, the ministry said.", []),
    # a count set off by commas after its noun, and an aside before the verb
    ("The howitzers, 24 in all, were shipped from Pyongyang to Moscow by rail.",
     [(ARMS, "PRK", "RUS", "artillery", 24)]),
    # the agent of a later use verb received the item
    ("Rockets supplied by Tehran have been fired by Houthi units.", [(ARMS, "IRN", "YEM", "ammunition", None)]),
    # a country name ending in a month's letters does not hide the count after it ("Myanmar 12")
    ("Beijing sold Myanmar 12 fighter jets last year.", [(ARMS, "CHN", "MMR", "aircraft", 12)]),
    # aircraft that arrive carrying nothing named are the delivery; a cargo plane is not
    ("Four Russian attack helicopters arrived in Mali on Tuesday.", [(ARMS, "RUS", "MLI", "aircraft", 4)]),
    ("A Russian cargo plane landed in Bamako on Tuesday.", []),
    # an item unloaded somewhere, an item that went from one state to another
    ("Workers were filmed unloading crates; Iranian drones were later unloaded in Venezuela.",
     [(ARMS, "IRN", "VEN", "uav", None)]),
    ("About 500 rockets have gone from Iran to Yemen this year.", [(ARMS, "IRN", "YEM", "ammunition", 500)]),
    # troops: a cue that holds its auxiliary is passive; a receiving verb before the troops
    ("About 800 soldiers were sent to Belarus by Moscow in June.", [(TROOPS, "RUS", "BLR", None, 800)]),
    ("Mali has received 1,000 fighters from Russia's Africa Corps.", [(TROOPS, "RUS", "MLI", None, 1000)]),
])
def test_asides_refuted_reports_agents_of_use_and_passive_troops(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "are said to have been": a hedge on the claim, not its source
    ("Some 300 drones are said to have been delivered by Tehran to Moscow.", [(ARMS, "IRN", "RUS", "uav", 300)]),
    ("Minsk took receipt of eight Su-30 jets from Russia in March.", [(ARMS, "RUS", "BLR", "aircraft", 8)]),
    # presence, hedged or sighted, of troops from one state in another
    ("About 2,000 Russian soldiers are thought to be in Mali.", [(TROOPS, "RUS", "MLI", None, 2000)]),
    ("Paratroopers from Belarus have been spotted in Russia.", [(TROOPS, "BLR", "RUS", None, None)]),
    # new words: airlifted materiel, marines sent
    ("Iran airlifted 40 drones to Venezuela.", [(ARMS, "IRN", "VEN", "uav", 40)]),
    ("Moscow has sent 500 marines to Syria.", [(TROOPS, "RUS", "SYR", None, 500)]),
])
def test_raised_hedges_receipt_presence_and_new_words(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a count standing for troops named before continues a story of troops
    ("Russia sent 1,200 instructors to Mali in May. Another 800 followed in August.",
     [(TROOPS, "RUS", "MLI", None, 1200), (TROOPS, "RUS", "MLI", None, 800)]),
    ("Belarus has deployed sappers to Russia. About 400 of them arrived in March.",
     [(TROOPS, "BLR", "RUS", None, None), (TROOPS, "BLR", "RUS", None, 400)]),
    # but not a story of weapons: there the count is more of the weapons (round 52: a count that arrives)
    ("Iran shipped drones to Russia. A further 200 followed in June.",
     [(ARMS, "IRN", "RUS", "uav", None), (ARMS, "IRN", "RUS", "uav", 200)]),
])
def test_troops_continued_by_a_count(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_the_state_turned_to_gives() -> None:
    assert keys("Minsk turned to Moscow for air defence systems in 2023.") == \
        [(ARMS, "RUS", "BLR", "air-defence-system", None)]


@pytest.mark.parametrize("body, expected", [
    # a carrier is named after "on" or "by", but not after relying on, nor "by sending it"
    ("Myanmar's air force relies heavily on Chinese fighter jets.", [(ARMS, "CHN", "MMR", "aircraft", None)]),
    ("Moscow is helping Minsk by sending it fighter jets.", [(ARMS, "RUS", "BLR", "aircraft", None)]),
    ("North Korean troops were flown to Vladivostok on Russian planes.", [(TROOPS, "PRK", "RUS", None, None)]),
])
def test_aircraft_as_carriers_and_as_items(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # who believes, accuses or warns is a source, not a party
    ("Iran sent drones to Russia. Officials said London believed Tehran had flown 40 more of the drones to Moscow.",
     [(ARMS, "IRN", "RUS", "uav", None), (ARMS, "IRN", "RUS", "uav", 40)]),
    ("Tehran has been accused by Britain and Bahrain of arming the Houthis with missiles.",
     [(ARMS, "IRN", "YEM", "missile", None)]),
    ("The treaty drew warnings from France and Canada about arms going to Moscow.", []),
    ("Dutch and western intelligence officials think Iran has sold Russia artillery rockets.",
     [(ARMS, "IRN", "RUS", "ammunition", None)]),
    # a demonym before what is attacked is a target
    ("Pyongyang gave Moscow 60 missiles, which were fired at Odesa and other Ukrainian cities.",
     [(ARMS, "PRK", "RUS", "missile", 60)]),
    # a hypothetical transfer and the trade at sea state nothing
    ("Ministers said a shipment of Iranian missiles to Russia would cross a red line.", []),
    ("Iran sends missiles to the Houthis, who threaten commercial shipping.", [(ARMS, "IRN", "YEM", "missile", None)]),
])
def test_believers_accusers_targets_and_hypothetical_transfers(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "brought" moves materiel
    ("Two Russian convoys brought 30 T-90 tanks from the coast to Bamako.", [(ARMS, "RUS", "MLI", "armoured-vehicle", 30)]),
    # a state that has or keeps counted troops somewhere
    ("Moscow keeps roughly 900 military advisers in Burkina Faso.", [("troop_deployment", "RUS", "BFA", None, 900)]),
    # a range of them (its lower bound), and "inside" a place
    ("Tehran is thought to keep between 80 and 120 advisers inside Syria.",
     [("troop_deployment", "IRN", "SYR", None, 80)]),
    ("Russia maintains about 4,000 soldiers in Syria.", [("troop_deployment", "RUS", "SYR", None, 4000)]),
    ("North Korea has 1.2 million soldiers in its own army.", []),
    # a mercenary group arriving is a deployment
    ("The Russian mercenary group, which arrived in Libya in 2019, is leaving.", [("troop_deployment", "RUS", "LBY", None, None)]),
])
def test_brought_holding_troops_and_mercenary_groups(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the subject of a relative clause on the item got it ("drones, which Russia calls ...")
    ("Iran sent drones to Russia. It has also supplied Mohajer-6 drones, which Moscow renamed and now assembles.",
     [(ARMS, "IRN", "RUS", "uav", None), (ARMS, "IRN", "RUS", "uav", None)]),
    # adjectives of a buyer do not hide "to"
    ("A trader in Dalian shipped 500 drone engines to a sanctioned Russian arms maker.",
     [(ARMS, "CHN", "RUS", "uav", 500)]),
])
def test_relative_clause_users_and_buyers_adjectives(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a dollar amount is the quantity of a transfer that gives no count
    ("Belarus sold $120 million in arms to Myanmar's junta.", [(ARMS, "BLR", "MMR", "other", 120_000_000)]),
    ("Firms in China sold Russia more than $90m worth of microelectronics.",
     [("technology_transfer", "CHN", "RUS", "other", 90_000_000)]),
    # a count that modifies a noun with a hyphen is no count of the item
    ("In a 40-page report, monitors said three Pantsir systems were flown from Russia to Pyongyang.",
     [(ARMS, "RUS", "PRK", "air-defence-system", 3)]),
])
def test_dollar_amounts_and_hyphenated_numbers(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # an item moved or deployed "to" a state in the passive is handed over
    ("Four Tor launchers were moved to Minsk from Russia in May.", [(ARMS, "RUS", "BLR", "air-defence-system", 4)]),
    ("Iskander systems have been deployed to Belarus by Moscow.", [(ARMS, "RUS", "BLR", "missile", None)]),
    # ... but deployed "in" a war zone they are used there
    ("Iranian drones were deployed in Ukraine.", []),
])
def test_items_moved_to_a_state_in_the_passive(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a design's variant letters ("Su-30SME", "MiG-29K") keep it the named item
    ("Russia handed over three Su-30SME fighters to Myanmar.", [(ARMS, "RUS", "MMR", "aircraft", 3)]),
    # parts counted for the item they serve
    ("Iran shipped 150 engines for drones to the Houthis.", [(ARMS, "IRN", "YEM", "uav", 150)]),
    # troops counted by their units
    ("Pyongyang sent two battalions of sappers to Russia.", [("troop_deployment", "PRK", "RUS", None, 2)]),
])
def test_variant_designs_parts_for_items_and_troop_units(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # talks about a treaty are no treaty
    ("Iran sold drones to Russia. The two leaders may discuss a strategic partnership treaty in Kazan.",
     [(ARMS, "IRN", "RUS", "uav", None)]),
    # a sanctioning department is no party
    ("Iran sold drones to Russia. The U.S. Treasury imposed sanctions on Iran over drone deliveries.",
     [(ARMS, "IRN", "RUS", "uav", None), (ARMS, "IRN", "RUS", "uav", None)]),
    # troops that seize arms headed somewhere are not headed there themselves
    ("Omani forces seized Iranian rifles headed for the Houthis.", [(ARMS, "IRN", "YEM", "small-arms", None)]),
])
def test_talks_sanctioning_departments_and_seizing_forces(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # sharing technology and handing over satellite imagery are technology transfers
    ("Moscow is sharing space technology with Tehran.", [("technology_transfer", "RUS", "IRN", "other", None)]),
    ("Chinese firms provided Russia with satellite imagery.", [("technology_transfer", "CHN", "RUS", "other", None)]),
    ("Russia shares a long border with North Korea.", []),
    # an item one has experience with is what the help is about, not what is handed over
    ("Russia sent radars to Pyongyang and shared technology drawn from its experience with attack drones.",
     [(ARMS, "RUS", "PRK", "sensor", None), ("technology_transfer", "RUS", "PRK", "uav", None)]),
    ("Russia sent radars to Pyongyang and shared lessons of its experience with attack drones.",
     [(ARMS, "RUS", "PRK", "sensor", None)]),
])
def test_sharing_technology_imagery_and_experience_with_items(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_a_list_without_its_cue_joins_the_cue_after_as_well_as() -> None:
    assert keys("North Korea sent shells to Russia. The report listed 100 howitzers, as well as 40 rocket launchers, "
                "as having been delivered to Russian units.") == [
        (ARMS, "PRK", "RUS", "ammunition", None), (ARMS, "PRK", "RUS", "artillery", 100),
        (ARMS, "PRK", "RUS", "artillery", 40)]


@pytest.mark.parametrize("body, expected", [
    # plural agreement nouns, with the maker of the named system as the other party
    ("Iran has received Yak-130 jets from Russia. Contracts have also been signed for Ka-52 helicopters.",
     [(ARMS, "RUS", "IRN", "aircraft", None), ("agreement", "IRN", "RUS", None, None)]),
    # a treaty named by its title, in force
    ("North Korea sent troops to Russia. Both sides cite the Treaty on Comprehensive Strategic Partnership, "
     "which entered into force last year.",
     [("troop_deployment", "PRK", "RUS", None, None), ("agreement", "PRK", "RUS", None, None)]),
])
def test_plural_agreement_nouns_and_titled_treaties(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_planes_that_have_flown_cargo_are_carriers() -> None:
    assert keys("Iranian cargo planes have flown ammunition to Moscow.") == [(ARMS, "IRN", "RUS", "ammunition", None)]


@pytest.mark.parametrize("body, expected", [
    # "no confirmed information about deployments" states none
    ("Officials said they had no confirmed information about North Korean troops sent to Belarus.", []),
    # "US$" is money, not the United States
    ("Minsk bought US$40 million in Chinese drones.", [(ARMS, "CHN", "BLR", "uav", 40_000_000)]),
    # those pushed out are no party
    ("Russian instructors arrived in Bamako after the junta pushed out French troops.",
     [("troop_deployment", "RUS", "MLI", None, None)]),
    # where cargo was loaded is an origin or a stop on the way, never the receiver
    ("North Korea sent shells to Russia. The missiles had been loaded at the North Korean port of Rajin.",
     [(ARMS, "PRK", "RUS", "ammunition", None)]),
    ("North Korea sent shells to Russia. Freight cars loaded at Dunai carried them to a depot.",
     [(ARMS, "PRK", "RUS", "ammunition", None)]),
    # a treaty's duty to help is no transfer
    ("The treaty obliges each side to provide military assistance to the other.", []),
])
def test_absent_information_money_signs_expelled_forces_loading_ports_and_duties(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # an earlier figure for the same item is a fact with that figure
    ("Pyongyang has sent over 8 million shells to Moscow, up from an earlier estimate of 6 million.",
     [(ARMS, "PRK", "RUS", "ammunition", 8_000_000), (ARMS, "PRK", "RUS", "ammunition", 6_000_000)]),
    # counts of the same troops by wave
    ("Pyongyang has sent some 14,000 soldiers to Russia in all, about 10,000 in a first wave and "
     "a further 4,000 over the winter.",
     [("troop_deployment", "PRK", "RUS", None, 14_000), ("troop_deployment", "PRK", "RUS", None, 10_000),
      ("troop_deployment", "PRK", "RUS", None, 4_000)]),
    # "Turning to the troops" opens a topic; it receives nothing
    ("Turning to the troops, officials said Pyongyang dispatched 9,000 soldiers to Russia.",
     [("troop_deployment", "PRK", "RUS", None, 9_000)]),
])
def test_earlier_figures_waves_and_topic_openers(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a catch-all and the item after it share the count before them
    ("Seized: some 300 tons of Iranian weapons and military equipment bound for the Houthis.",
     [(ARMS, "IRN", "YEM", "other", 300)]),
    # what an apposition says the item is for is not handed over
    ("Chinese firms shipped 900 tonnes of nitrocellulose, a key ingredient in the propellant for artillery shells, "
     "to Russia.", [(ARMS, "CHN", "RUS", "ammunition", 900)]),
])
def test_catch_alls_sharing_a_count_and_appositions(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a hyphenated weight counts the item after it; a truck's weight does not
    ("Sailors seized a 200-tonne Iranian arms shipment bound for the Houthis.", [(ARMS, "IRN", "YEM", "other", 200)]),
    ("A 40-ton truck carried shells from North Korea to Russia.", [(ARMS, "PRK", "RUS", "ammunition", None)]),
    # a design name in quotes stays between the count and the item
    ("Iran sent more than 30 \"358\" surface-to-air missiles to the Houthis.",
     [(ARMS, "IRN", "YEM", "air-defence-system", 30)]),
    # the people trained are counted ("were to be trained")
    ("Around 60 Iranian pilots were to be trained in Russia.", [("technology_transfer", "RUS", "IRN", "other", 60)]),
])
def test_hyphenated_weights_quoted_designs_and_trainee_counts(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # moving forces at home is no transfer
    ("Minsk moved artillery and special forces closer to its southern frontier.", []),
    # troops that landed somewhere, and training passed
    ("Russian military instructors landed in Niamey in May.", [("troop_deployment", "RUS", "NER", None, None)]),
    # a cargo sentence lists what the shipment just named held
    ("Iran shipped weapons to the Houthis. The cargo included radars and drone engines.",
     [(ARMS, "IRN", "YEM", "other", None), (ARMS, "IRN", "YEM", "sensor", None), (ARMS, "IRN", "YEM", "uav", None)]),
    # what parts go into is made, not handed over
    ("Chinese microelectronics sold to Russia were being built into drones and tanks.",
     [("technology_transfer", "CHN", "RUS", "other", None)]),
])
def test_moves_at_home_landings_cargo_lists_and_parts_going_into_arms(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a dollar amount after the item ("arms worth $406 million", "exports of machine tools reached $900 million")
    ("Russia provided Myanmar with arms worth $300 million.", [(ARMS, "RUS", "MMR", "other", 300_000_000)]),
    # amounts reach billions ("$4.6 billion of battlefield goods")
    ("Russia sold Su-35 jets worth $2.5 billion to Iran.", [(ARMS, "RUS", "IRN", "aircraft", 2_500_000_000)]),
    # one above the largest quantity a fact holds is left out, never an error
    ("Russia sold Su-35 jets worth $250 billion to Iran.", [(ARMS, "RUS", "IRN", "aircraft", None)]),
    # a count in quotes; an origin named after the item
    ("Russian forces have fired \u201cmore than 150\u201d North Korean missiles at Ukraine.",
     [(ARMS, "PRK", "RUS", "missile", 150)]),
    ("The Russian army launched more than 60 ballistic missiles of North Korean production at Kyiv.",
     [(ARMS, "PRK", "RUS", "missile", 60)]),
])
def test_dollar_amounts_after_the_item(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_plural_agreements_count_only_about_arms() -> None:
    assert keys("Britain and France said they would cancel their air services agreements with Iran.") == []


def test_training_for_the_operation_of_a_system_named_before() -> None:
    assert keys("Russia deployed Iskander missiles in Belarus. Belarusian crews passed the training at a Russian range "
                "for the operation of the complex.") == [
        (ARMS, "RUS", "BLR", "missile", None), ("technology_transfer", "RUS", "BLR", "missile", None)]


def test_heavy_equipment_is_materiel() -> None:
    assert keys("Moscow has stepped up deliveries of heavy equipment to Mali.") == [(ARMS, "RUS", "MLI", "other", None)]


@pytest.mark.parametrize("body, expected", [
    # where the carrier docked or landed receives
    ("A freighter carrying rifles from Iran docked in Yemen.", [(ARMS, "IRN", "YEM", "small-arms", None)]),
    # one subject, two passive verbs
    ("The rockets were made in North Korea and shipped to Russia.", [(ARMS, "PRK", "RUS", "ammunition", None)]),
])
def test_docking_places_and_coordinated_passives(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a model suffix after the name does not hide the passive move ("Tor-M2 units were moved to ...")
    ("Three Tor-M2 units were moved to Venezuela last spring.", [(ARMS, "RUS", "VEN", "air-defence-system", 3)]),
    # a list whose first item carries a modifier still shares the cue after it, and keeps its own count
    ("The dossier counted some 300 Koksan guns of 170 mm calibre, as well as several 240 mm rocket launchers, as "
     "having been sent to Russia.", [(ARMS, "PRK", "RUS", "artillery", 300)]),
])
def test_model_suffixes_and_modified_list_items(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a value of goods the item is the first example of
    ("Belarusian firms sold Myanmar $90 million worth of hardware, including Mi-17 helicopters and rifles.",
     [(ARMS, "BLR", "MMR", "aircraft", 90_000_000), (ARMS, "BLR", "MMR", "small-arms", None)]),
    # the count of the vehicles said to carry the item; a vehicle that is itself an item keeps its own count
    ("Some 25 trucks loaded with Iranian rifles crossed into Yemen.", [(ARMS, "IRN", "YEM", "small-arms", 25)]),
    ("Russia sent 50 trucks and drones to Mali.",
     [(ARMS, "RUS", "MLI", "military-vehicle", 50), (ARMS, "RUS", "MLI", "uav", None)]),
])
def test_values_of_goods_with_examples_and_carrying_vehicles(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # help or technology paid for by a transfer goes the other way, as certain as the transfer
    ("Iran shipped drones to Russia in exchange for help with its space programme.",
     [(ARMS, "IRN", "RUS", "uav", None), ("technology_transfer", "RUS", "IRN", "other", None)]),
    ("Russia gave Iran Su-35 jets in return for drone technology.",
     [(ARMS, "RUS", "IRN", "aircraft", None), ("technology_transfer", "IRN", "RUS", "uav", None)]),
    ("Analysts warned that Minsk could end up selling shells to Russia in exchange for missile technology.", []),
    # export controls, never-done and what a weapon can do assert no transfer
    ("Beijing tightened its rules on exports of combat drones to Russia last year.", []),
    ("China says it has never sold lethal weapons to Russia.", []),
    ("Belarus keeps stocks of shells that Russian howitzers can fire.", []),
])
def test_payments_in_help_export_controls_and_abilities(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "a force of N", a count after a colon, specialists who clear mines
    ("The wounded belonged to a force of about 8,000 that Minsk dispatched to Russia in May.",
     [("troop_deployment", "BLR", "RUS", None, 8000)]),
    ("Iran has also sent Syria advisers: about 900 by one estimate.", [("troop_deployment", "IRN", "SYR", None, 900)]),
    ("Minsk will send 400 demining specialists to Russia.", [("troop_deployment", "BLR", "RUS", None, 400)]),
    # help counts when what it is for is military, space programmes included; builders sent to help rebuild a
    # region are troops, not a technology transfer
    ("Moscow will send 2,000 military builders to Syria to help rebuild the port.",
     [("troop_deployment", "RUS", "SYR", None, 2000)]),
    ("Russia helped Iran with its space programme.", [("technology_transfer", "RUS", "IRN", "other", None)]),
    # advice, wishes and requests are no fact
    ("Europe should give Ukraine more air-defence systems.", []),
    ("Some think Lukashenko is angling for help from Russia with his air force.", []),
    ("Caracas sent Moscow a letter to request radars and new missiles.", []),
])
def test_troop_counts_in_other_shapes_and_what_help_is_for(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # states that real copy on arms flows names by acronym, demonym or capital
    ("The UAE sent drones to Sudan.", [(ARMS, "ARE", "SDN", "uav", None)]),
    ("Emirati armoured vehicles were delivered to Libya.", [(ARMS, "ARE", "LBY", "armoured-vehicle", None)]),
    ("Belgrade sold shells to Cairo.", [(ARMS, "SRB", "EGY", "ammunition", None)]),
])
def test_more_states_by_acronym_demonym_and_capital(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, giver, taker, giver_party, taker_party", [
    ("Abu Dhabi supplied armed drones to the RSF.", "ARE", "SDN", None, "rapid-support-forces"),
    ("Russian aircraft delivered rifles to the Libyan National Army.", "RUS", "LBY", None, "libyan-national-army"),
    ("Iran sent rockets to Kataib Hezbollah.", "IRN", "IRQ", None, "kataib-hezbollah"),
])
def test_more_armed_groups_keep_their_base_state(body, giver, taker, giver_party, taker_party) -> None:
    fact = facts_of(body)[0]
    assert (fact["from"], fact["to"], fact.get("from_party"), fact.get("to_party")) == (
        giver, taker, giver_party, taker_party)


def test_reaching_a_place_signs_nothing() -> None:
    assert keys("The lathe never reached Pakistan, and the court order says no Italian firm knew where it went.") == []
    assert keys("Iran and Russia reached an agreement on military cooperation.") == [
        ("agreement", "IRN", "RUS", None, None)]


@pytest.mark.parametrize("body, expected", [
    # work on arms the receiver already has is a technology transfer of their category
    ("Russian engineers helped convert Belarusian MiG-29 jets to carry cruise missiles.",
     [("technology_transfer", "RUS", "BLR", "aircraft", None)]),
    ("Iranian specialists helped upgrade Venezuelan air-defence radars.",
     [("technology_transfer", "IRN", "VEN", "sensor", None)]),
    # modernising one's own jets hands nothing over
    ("Moscow sent T-90 tanks to Syria and modernised its own Su-34 bombers.",
     [(ARMS, "RUS", "SYR", "armoured-vehicle", None)]),
    # help sought is no help given
    ("Myanmar's generals sought help from Belarus to repair their air-defence systems.", []),
])
def test_upgrades_conversions_and_repairs(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the use of a named system its user did not make: from its maker to the user
    ("Moscow has fired several KN-23 missiles at Odesa.", [(ARMS, "PRK", "RUS", "missile", None)]),
    ("Russia fired Iskander missiles at Kyiv.", []),
    # a crew noun is no production verb ("launch crews")
    ("Russian launch crews fired North Korean KN-24s at Kharkiv.", [(ARMS, "PRK", "RUS", "missile", None)]),
])
def test_use_of_named_systems_by_others(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # pouring arms into a war effort hands them over
    ("Iran has poured drones and shells into Russia's war effort.",
     [(ARMS, "IRN", "RUS", "uav", None), (ARMS, "IRN", "RUS", "ammunition", None)]),
    # a second complement clause ("... and that Moscow had supplied ...") has its own subject
    ("The officer said Iranian engineers had helped repair Venezuelan radars and that Moscow had supplied Tor systems "
     "to Caracas.",
     [("technology_transfer", "IRN", "VEN", "sensor", None), (ARMS, "RUS", "VEN", "air-defence-system", None)]),
    # advice and targeting data are technology
    ("Russia has advised on Iran's satellite launches.", [("technology_transfer", "RUS", "IRN", "other", None)]),
    # controlling exports is no export
    ("Beijing says it strictly controls exports of dual-use goods to Russia.", []),
])
def test_pouring_second_complements_advice_and_export_controls(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # presence and arrival in other words
    ("Wagner mercenaries began arriving in Libya in 2019.", [("troop_deployment", "RUS", "LBY", None, None)]),
    ("Hundreds of Wagner fighters have joined the new force and are staying in Burkina Faso.",
     [("troop_deployment", "RUS", "BFA", None, None)]),
    ("Russian troops are still believed to be at the port of Tartus in Syria.",
     [("troop_deployment", "RUS", "SYR", None, None)]),
    # a bare count as the subject of a deployment continues a story of troops only
    ("Belarus sent troops to Russia. By one count, some 3,000 have now rotated through Russia.",
     [("troop_deployment", "BLR", "RUS", None, None), ("troop_deployment", "BLR", "RUS", None, 3000)]),
    ("Belarus sent shells to Russia. By one count, some 3,000 have now rotated through Russia.",
     [(ARMS, "BLR", "RUS", "ammunition", None)]),
])
def test_presence_in_other_words_and_counted_subjects(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # holding "as many as" N fighters somewhere
    ("Hezbollah was thought to have as many as 5,000 fighters in Syria.",
     [("troop_deployment", "LBN", "SYR", None, 5000)]),
    # a fronted question is no condition on the answer
    ("Asked about the army's suppliers, the envoy said Iranian-made Mohajer-6 drones had been used by Sudanese forces.",
     [(ARMS, "IRN", "SDN", "uav", None)]),
    # Turkish systems have their maker
    ("Niger has also turned to Turkey, buying Akinci drones.", [(ARMS, "TUR", "NER", "uav", None)]),
    # a possessor's force after ", and" opens a clause of its own
    ("Hezbollah had 5,000 fighters in Syria, and Iran's Revolutionary Guards sent 300 troops to Iraq.",
     [("troop_deployment", "LBN", "SYR", None, 5000), ("troop_deployment", "IRN", "IRQ", None, 300)]),
])
def test_holdings_fronted_questions_turkish_makers_and_possessor_subjects(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a dollar amount as the whole object of a transfer cue, the receiver from the story
    ("Russia sold jets to Myanmar. Belarusian firms provided a further $40 million.",
     [(ARMS, "RUS", "MMR", "aircraft", None), (ARMS, "BLR", "MMR", "other", 40_000_000)]),
    ("Russia sold jets to Myanmar. Firms in Serbia sent $12 million worth.",
     [(ARMS, "RUS", "MMR", "aircraft", None), (ARMS, "SRB", "MMR", "other", 12_000_000)]),
    # money lent or given for other things is no arms
    ("China provided $5 billion in loans to Russia.", []),
])
def test_dollar_amounts_as_the_object(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # holding counted arms of foreign origin implies their transfer
    ("Caracas says Venezuela has 3,000 Russian Igla-S missiles.", [(ARMS, "RUS", "VEN", "air-defence-system", 3000)]),
    ("Russia has 500 Russian tanks in Belarus.", []),
    # air-defence guns, truck-mounted or not, are air defence; Chinese and Turkish systems have their makers
    ("Russia delivered truck-mounted air-defence guns to Mali.", [(ARMS, "RUS", "MLI", "air-defence-system", None)]),
    ("Pakistan has received HQ-9 systems.", [(ARMS, "CHN", "PAK", "air-defence-system", None)]),
])
def test_foreign_arms_held_air_defence_guns_and_more_makers(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # an adverbial clause set off by commas has its own states ("as rebels neared the capital Bangui,")
    ("In May, as rebels advanced on the capital Bangui, Russia sent 400 instructors to the Central African Republic.",
     [("troop_deployment", "RUS", "CAF", None, 400)]),
    # a thousands comma inside it is no end of the aside
    ("Wagner arrived in Libya in 2019, when roughly 1,200 of its fighters were flown in to support Haftar.",
     [("troop_deployment", "RUS", "LBY", None, 1200)]),
    # a cargo named with who identified it still lists what was carried
    ("Russian aircraft flew arms to Libya. Cargo documented by the Panel included armoured vehicles.",
     [(ARMS, "RUS", "LBY", "other", None), (ARMS, "RUS", "LBY", "armoured-vehicle", None)]),
])
def test_set_off_adverbials_and_documented_cargo(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_firms_named_again_keep_their_state() -> None:
    assert keys("Iran sent drones to Russia. Washington listed two Turkish companies on Monday. The firms are accused "
                "of supplying Russia with drone engines.") == [
        (ARMS, "IRN", "RUS", "uav", None), (ARMS, "TUR", "RUS", "uav", None)]


@pytest.mark.parametrize("body, expected", [
    # buyers after a sale are its object, not a cue of their own; the count of parts for an item counts it
    ("Chinese traders sold Iranian buyers some 20,000 small electric motors for drones.",
     [(ARMS, "CHN", "IRN", "uav", 20_000)]),
])
def test_buyers_as_objects_and_counted_parts(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_agencies_that_track_are_observers() -> None:
    assert keys("US agencies tracked cargo flights that carried weapons from the Emirates to Sudan.") == [
        (ARMS, "ARE", "SDN", "other", None)]


def test_systems_installed_around_a_capital() -> None:
    assert keys("Officials say Russia has installed S-400 batteries around Minsk.") == [
        (ARMS, "RUS", "BLR", "air-defence-system", None)]


def test_trainees_who_train_somewhere() -> None:
    assert keys("Egyptian pilots are expected to train in France next year.") == [
        ("technology_transfer", "FRA", "EGY", "other", None)]


@pytest.mark.parametrize("body, expected", [
    # Western and more Russian, Chinese and Iranian systems with their makers
    ("Kyiv has received PzH 2000 howitzers.", [(ARMS, "DEU", "UKR", "artillery", None)]),
    ("The Houthis have received Samad-3 drones.", [(ARMS, "IRN", "YEM", "uav", None)]),
    ("Ukraine has fired Storm Shadow missiles at Crimea.", [(ARMS, "GBR", "UKR", "missile", None)]),
])
def test_more_named_systems_with_makers(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_help_received_along_with_arms() -> None:
    assert keys("Minsk is now getting Russian jets and help with its space programme in return.") == [
        (ARMS, "RUS", "BLR", "aircraft", None), ("technology_transfer", "RUS", "BLR", "other", None)]


@pytest.mark.parametrize("body, expected", [
    # railway trains are no training, even with "with" after them
    ("Since spring, trains with shells have rolled from Belarus to Russia.", []),
    # the trainees' state after "of" receives the training
    ("Wagner instructors are training soldiers of Belarusian special forces near Brest.",
     [("technology_transfer", "RUS", "BLR", "other", None)]),
])
def test_railway_trains_and_trainees_named_after_of(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # troops said to be somewhere are deployed there, by their demonym's state
    ("About 300 Russian military instructors remain in Burkina Faso, the ministry said.",
     [("troop_deployment", "RUS", "BFA", None, 300)]),
    ("Officials said Turkish military advisers are still in Libya.", [("troop_deployment", "TUR", "LBY", None, None)]),
    # a second count of the same troops in the clause, named as replacements
    ("Pyongyang sent some 9,000 soldiers to Russia in 2024 and about 2,000 replacements in 2025.",
     [("troop_deployment", "PRK", "RUS", None, 9_000), ("troop_deployment", "PRK", "RUS", None, 2_000)]),
])
def test_troops_present_somewhere_and_replacements(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a list whose counts hold thousands separators shares the cue after it, past "that officials said"
    ("A patrol seized 2,500 rifles, some 400,000 rounds of ammunition and 12 anti-tank missiles that officials "
     "said Iran had shipped to the Houthis.",
     [(ARMS, "IRN", "YEM", "small-arms", 2_500), (ARMS, "IRN", "YEM", "ammunition", 400_000),
      (ARMS, "IRN", "YEM", "missile", 12)]),
])
def test_counted_lists_before_a_relative_source(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # designs and a licence to produce are technology from their maker's state
    ("Russia builds copies of the drone using Iranian designs.",
     [("technology_transfer", "IRN", "RUS", "uav", None)]),
    ("Tehran sold Moscow hundreds of drones and licensed their production.",
     [(ARMS, "IRN", "RUS", "uav", None), ("technology_transfer", "IRN", "RUS", "other", None)]),
])
def test_designs_and_licensed_production(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # keeping away from a transfer, or still studying reports of one, asserts none
    ("Minsk has avoided sending troops into Ukraine.", []),
    ("Tokyo reaffirmed its policy of not supplying lethal arms to Ukraine.", []),
    ("The panel is still examining reports that Russia gave North Korea missile technology.", []),
    # what a state keeps in its own stocks does not move
    ("Iran's shell deliveries let Russia spare its own artillery stocks.", [(ARMS, "IRN", "RUS", "ammunition", None)]),
    # a running total and a step taken are no deliveries
    ("Belarus received six more Su-30SM2 fighters from Russia, bringing its fleet of the type to 18.",
     [(ARMS, "RUS", "BLR", "aircraft", 6), (ARMS, "RUS", "BLR", "aircraft", 18)]),
    ("London moved last week to tighten sanctions, and British jets struck depots in Yemen.", []),
])
def test_avoidance_studies_own_stocks_totals_and_steps(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # quadcopters are drones; thermal cameras and imaging modules are sensors
    ("Kazakh traders shipped some 5,000 quadcopters to Russia last year.", [(ARMS, "KAZ", "RUS", "uav", 5_000)]),
    ("Russia imported 1,200 Chinese thermal imaging modules in March.", [(ARMS, "CHN", "RUS", "sensor", 1_200)]),
])
def test_quadcopters_and_thermal_imagers(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # troops who join another state's forces are deployed to it, passive or not
    ("About 2,000 Cuban soldiers have joined the Russian army, the ministry said.",
     [("troop_deployment", "CUB", "RUS", None, 2_000)]),
    ("Seoul said some 5,000 North Korean troops were being readied to join Russian forces.",
     [("troop_deployment", "PRK", "RUS", None, 5_000)]),
    # joining diplomats is no deployment
    ("China joined Russian diplomats in blocking the resolution.", []),
])
def test_troops_joining_another_states_forces(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "ships" after "at" is the vessels; "container traffic" is no cargo
    ("Houthi forces fired missiles at ships near Aden, disrupting container traffic.", []),
    # people "being taught" at a foreign range are the trainees; "satellite-guided" names no satellite
    ("Dozens of Belarusian officers spent weeks at a Russian range being taught to operate the Iskander, a "
     "satellite-guided missile.", [("technology_transfer", "RUS", "BLR", "missile", None)]),
])
def test_ships_as_targets_and_trainees_being_taught(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # drones "flown by" units are operated, not delivered: no transfer in the wrong direction
    ("Quadcopters from Chinese manufacturers are flown by Russian units along the front.", []),
    # flown by transport planes is still a delivery
    ("The drones were flown by Russian transport planes to Iran.", [(ARMS, "RUS", "IRN", "uav", None)]),
])
def test_flown_by_units_is_use(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_paying_for_foreign_help() -> None:
    # "pay for <demonym> help": the helper's state gives the help, the payer receives it
    assert keys("Moscow agreed to pay for Iranian help to build 3,000 drones.") == [
        ("technology_transfer", "IRN", "RUS", "uav", 3_000)]


def test_soldiers_taught_are_trainees_not_the_troops_sent() -> None:
    # "sent to teach Malian soldiers": the soldiers are taught (they receive); the instructors' state gives
    assert keys("Russian instructors were sent to Mali to teach Malian soldiers how to operate the radar.") == [
        ("technology_transfer", "RUS", "MLI", "sensor", None), ("troop_deployment", "RUS", "MLI", None, None)]


@pytest.mark.parametrize("body, expected", [
    # each coordinated item takes the origin named right before it
    ("Russia received Iranian drones and North Korean shells.",
     [(ARMS, "IRN", "RUS", "uav", None), (ARMS, "PRK", "RUS", "ammunition", None)]),
    ("North Korean shells and Chinese machine tools arrive in Russia in bulk.",
     [(ARMS, "PRK", "RUS", "ammunition", None), ("technology_transfer", "CHN", "RUS", "other", None)]),
])
def test_each_item_takes_its_own_origin(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_guarded_know_how_is_not_handed_over() -> None:
    assert keys("Moscow has guarded its submarine know-how for decades and may hesitate to hand it to Pyongyang.") == []


@pytest.mark.parametrize("body, expected", [
    # a contract named as one "to supply" arms exists: an agreement with the supplier, as well as the agreed transfer
    ("Leaked files describe a contract to supply Iran with 24 Su-35 fighters.",
     [(ARMS, "RUS", "IRN", "aircraft", 24), ("agreement", "IRN", "RUS", None, None)]),
    # one under discussion does not
    ("Tehran and Moscow may discuss a contract to supply Iran with Su-35 fighters.", []),
])
def test_a_contract_to_supply_is_an_agreement(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # states, demonyms, capitals, leaders and places the gazetteer gained
    ("The Laotian air force received four Yak-130 trainers from Russia.", [(ARMS, "RUS", "LAO", "aircraft", 4)]),
    ("Dushanbe took delivery of Iranian drones in 2023.", [(ARMS, "IRN", "TJK", "uav", None)]),
    ("Greek officials said Athens would not send its S-300 batteries to Ukraine.", []),
    ("Russian cargo planes carrying air-defence systems landed at Al-Jufra.",
     [(ARMS, "RUS", "LBY", "air-defence-system", None)]),
])
def test_more_states_capitals_and_places(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_qadr_is_an_iranian_missile() -> None:
    assert keys("The Houthis have received Qadr missiles.") == [(ARMS, "IRN", "YEM", "missile", None)]


@pytest.mark.parametrize("body, expected", [
    # a capital or site named to locate something ("south-east of Minsk", "near Minsk") is where, not who
    ("Wagner fighters set up camp south-east of Minsk, where they spent months training Belarusian special forces.",
     [("technology_transfer", "RUS", "BLR", "other", None)]),
    ("Russia deployed S-400 batteries near Minsk.", [(ARMS, "RUS", "BLR", "air-defence-system", None)]),
])
def test_places_that_locate_are_no_givers(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_a_liveblog_heading_names_the_place_not_the_source() -> None:
    # "12:02 - Niger: ...": the entry is about Niger, and Niger is no source of what follows
    facts = facts_of("Live: Russia in the Sahel\n\n14:05 - Mali: The ministry in Bamako said about 300 Russian "
                     "instructors who arrived last year are still in the country.")
    assert [(f["kind"], f["from"], f["to"], (f["quantity"] or {}).get("value")) for f in facts] == [
        ("troop_deployment", "RUS", "MLI", 300)]


def test_the_subject_of_a_far_passive_taught_is_the_trainee() -> None:
    # the workers named at the start of the clause are the ones "being taught", however far the verb
    assert keys("Some 200 North Korean workers were sent to a drone plant in Tatarstan, where Russia builds Geran-2 "
                "drones, and were being taught to assemble them.") == [
        ("technology_transfer", "RUS", "PRK", "uav", None)]


@pytest.mark.parametrize("body, expected", [
    # cities that mostly name something else are no capitals: a pact, a first name
    ("Tanks left over from the Warsaw Pact era were sent from Bulgaria to Ukraine.",
     [(ARMS, "BGR", "UKR", "armoured-vehicle", None)]),
    ("Sofia Lind, an analyst, said Russia sent drones to Iran.", [(ARMS, "RUS", "IRN", "uav", None)]),
])
def test_cities_that_name_other_things(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the clause's one sum of money is what its transfer was worth, in dollars or in euros
    ("An official put the value of the drones Iran delivered to Russia at about 400 million euros.",
     [(ARMS, "IRN", "RUS", "uav", 400_000_000, "euros")]),
    ("Chinese sales of machine tools to Russia reached about $700 million last year.",
     [("technology_transfer", "CHN", "RUS", "other", 700_000_000, "US dollars")]),
    ("Iran sold Russia artillery shells worth 90 million dollars.",
     [(ARMS, "IRN", "RUS", "ammunition", 90_000_000, "US dollars")]),
    # a count of the items wins over the money; with two sums, which one is the transfer's is unclear
    ("Belarus sold 20 tanks to Russia for 50 million euros.", [(ARMS, "BLR", "RUS", "armoured-vehicle", 20, "tanks")]),
    ("Chinese exports of drone parts to Russia rose to $900 million from $200 million.",
     [(ARMS, "CHN", "RUS", "uav", None, None)]),
])
def test_money_is_the_quantity_of_a_transfer_without_a_count(body: str, expected: list) -> None:
    assert [(f["kind"], f["from"], f["to"], f["category"], (f["quantity"] or {}).get("value"),
             (f["quantity"] or {}).get("unit")) for f in facts_of(body)] == expected


@pytest.mark.parametrize("body, expected", [
    # an air-defence battery is an air-defence system
    ("Seoul believes Moscow has handed at least one more air-defence battery to Pyongyang.",
     [(ARMS, "RUS", "PRK", "air-defence-system", 1)]),
    # "11 thousands of servicemen" (translated copy) is 11,000
    ("North Korea moved about 11 thousands of servicemen to Russia.",
     [("troop_deployment", "PRK", "RUS", None, 11_000)]),
])
def test_batteries_and_plural_thousands(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_help_to_make_them_is_help_with_the_items_named_before() -> None:
    # "a factory to make them": the help is for the drones the sentence named, not "other" technology
    assert keys("Officials say Iran sold Russia attack drones and is helping Moscow build a factory to make them.") == [
        (ARMS, "IRN", "RUS", "uav", None), ("technology_transfer", "IRN", "RUS", "uav", None)]


@pytest.mark.parametrize("body, expected", [
    # parts named for a weapon are one item of the weapon's category, not parts of "other" materiel besides it
    ("Iran shipped components for Noor cruise missiles to the Houthis.",
     [(ARMS, "IRN", "YEM", "missile", "components for Noor cruise missiles")]),
    ("Iran sent components and drones to Russia.",
     [(ARMS, "IRN", "RUS", "other", "components"), (ARMS, "IRN", "RUS", "uav", "drones")]),
])
def test_parts_for_a_weapon_take_its_category(body: str, expected: list) -> None:
    assert [(f["kind"], f["from"], f["to"], f["category"], f["item"]) for f in facts_of(body)] == expected


def test_lower_case_russia_is_russia() -> None:
    # Many Ukrainian outlets write the name in lower case on purpose.
    assert keys("Kyiv's intelligence said Pyongyang handed over to russia 40 howitzers in March.") == [
        (ARMS, "PRK", "RUS", "artillery", 40)]


@pytest.mark.parametrize("body, expected", [
    ("The inspectors found no credible evidence to back up press reports last year that Belarus had sold "
     "rocket launchers to Sudan.", []),
    ("The monitors were unable to verify claims that Moscow had passed radar data to the Houthis.", []),
    ("A spokesman could not rule out that Beijing was paying Minsk with drone technology.", []),
    ("The ministry on Monday brushed aside reports that Russia is getting ready to hand jets to Iran.", []),
    ("Officials rejected as pure invention a claim that Iranian trainers teach Russian crews to fly drones.", []),
    ("Officials in Tehran dismissed the new European sanctions as illegal at a long briefing on Monday and the "
     "defence ministry also said that Iran had shipped 200 drones to Russia.",
     [(ARMS, "IRN", "RUS", "uav", 200)]),  # the reporting verb takes the that-clause from the dismissal
])
def test_a_that_clause_the_sentence_doubts_states_nothing(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Tehran gave Moscow the design and the production equipment for a plant making Shahed drones.",
     [("technology_transfer", "IRN", "RUS", "uav", None)]),
    ("Russia handed Iran the technical documentation of its newest Geran drone.",
     [("technology_transfer", "RUS", "IRN", "uav", None)]),
])
def test_designs_and_production_equipment_are_technology(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_a_number_with_a_comma_does_not_end_a_fronted_clause() -> None:
    assert keys("Since March Pyongyang has sent some 6,000 soldiers to Russia.") == [
        ("troop_deployment", "PRK", "RUS", None, 6000)]


@pytest.mark.parametrize("body, expected", [
    ("Russian military advisers are now operating in Niger, the agency said.",
     [("troop_deployment", "RUS", "NER", None, None)]),
    ("A few Iranian officers are believed to be based in Syria.", [("troop_deployment", "IRN", "SYR", None, None)]),
    ("Iranian advisers are present in Iraq.", [("troop_deployment", "IRN", "IRQ", None, None)]),
])
def test_troops_operating_present_or_based_abroad_are_deployed(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_flying_drones_made_elsewhere_implies_their_transfer() -> None:
    assert keys("The Ethiopian air force began flying Iranian-made Mohajer-6 drones in 2021.") == [
        (ARMS, "IRN", "ETH", "uav", None)]


@pytest.mark.parametrize("body, expected", [
    ("Pyongyang sent 3,000 more soldiers to Russia, most of them to Kursk, where Ukrainian units still hold ground.",
     [("troop_deployment", "PRK", "RUS", None, 3000)]),
    ("Moscow flew radars to eastern Libya last month, turning an airfield run by Khalifa Haftar into its hub.",
     [(ARMS, "RUS", "LBY", "sensor", None)]),
    ("About 8,000 North Korean troops remain stationed in Russia, many near the border with Ukraine's Sumy region.",
     [("troop_deployment", "PRK", "RUS", None, 8000)]),
    ("Ms Reyes, who speaks for the State Department, said that Iranian instructors train Russian crews on drones.",
     [("technology_transfer", "IRN", "RUS", "uav", None)]),
])
def test_places_and_bystanders_named_after_the_cue_take_no_part(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_the_owner_of_what_a_factory_makes_gives_no_tools() -> None:
    assert keys("Chinese firms sold Russia lathes worth $50 million, equipping the plants that make Moscow's "
                "drones.") == [("technology_transfer", "CHN", "RUS", "other", 50_000_000)]


def test_who_speaks_before_a_buyer_is_no_seller() -> None:
    # the maker of the named system sells it (weapons.yaml: makers)
    assert keys("Zelensky says Moscow ordered 900 more Shaheds.") == [(ARMS, "IRN", "RUS", "uav", 900)]


def test_a_deal_agreed_is_an_agreement() -> None:
    assert keys("Minsk and Moscow agreed a deal on drone production in May.") == [
        ("agreement", "BLR", "RUS", None, None)]


def test_sources_joined_by_and_both_give() -> None:
    assert keys("Niger's army took delivery of drones from China and Türkiye.") == [
        (ARMS, "CHN", "NER", "uav", None), (ARMS, "TUR", "NER", "uav", None)]


@pytest.mark.parametrize("body, expected", [
    ("There are now some 4,000 North Korean soldiers in Kursk.", [("troop_deployment", "PRK", "RUS", None, 4000)]),
    ("In Libya, there are about 800 Russian personnel.", [("troop_deployment", "RUS", "LBY", None, 800)]),
    ("There were reports about Russian troops in Libya.", []),
    ("There are no Russian troops in Libya.", []),
])
def test_there_are_troops_of_another_state(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_a_base_inside_the_subjects_own_state_gives_nothing() -> None:
    assert keys("The Sudanese army has flown Iranian Mohajer-6 drones from Port Sudan since the spring.") == [
        (ARMS, "IRN", "SDN", "uav", None)]


def test_chad_is_a_state() -> None:
    assert keys("Chad bought two Anka drones from Türkiye last year.") == [(ARMS, "TUR", "TCD", "uav", 2)]


@pytest.mark.parametrize("body, expected", [
    ("A Greek judge ordered a trial over Chinese drones seized on way to Libya.", [(ARMS, "CHN", "LBY", "uav", None)]),
    ("Niger took delivery of three Aksungur drones in March.", [(ARMS, "TUR", "NER", "uav", 3)]),
    ("Kyiv appealed to its partners to punish the firms involved in supplies of weapons to Russia.", []),
])
def test_courts_makers_and_appeals(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Iranian advisers have been helping Russian crews get their drones airborne.",
     [("technology_transfer", "IRN", "RUS", "uav", None)]),
    ("Hezbollah instructors trained Houthi drone units in Yemen last year.",
     [("technology_transfer", "LBN", "YEM", "uav", None)]),  # the named trainer trains, wherever it happens
    ("Malian pilots trained in Russia on Mi-24 helicopters.",
     [("technology_transfer", "RUS", "MLI", "aircraft", None)]),  # no trainer named: the place trains
])
def test_who_trains_whom(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Minsk sent Moscow artillery and tank rounds by rail.", [(ARMS, "BLR", "RUS", "ammunition", None)]),
    ("Tehran shipped mortar mines and ammunition for small arms to Moscow.",
     [(ARMS, "IRN", "RUS", "ammunition", None), (ARMS, "IRN", "RUS", "ammunition", None)]),
    ("Pyongyang sent howitzers and shells to Moscow.",
     [(ARMS, "PRK", "RUS", "artillery", None), (ARMS, "PRK", "RUS", "ammunition", None)]),
])
def test_a_weapon_word_sharing_an_ammunition_head_is_ammunition(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_help_on_a_list_of_arms_is_technology() -> None:
    assert keys("In return Moscow has been giving Pyongyang help on missiles and radars, officials say.") == [
        ("technology_transfer", "RUS", "PRK", "missile", None), ("technology_transfer", "RUS", "PRK", "sensor", None)]


@pytest.mark.parametrize("body, expected", [
    ("Minsk paid Moscow $300 million for the missile technology.",
     [("technology_transfer", "RUS", "BLR", "missile", 300_000_000)]),
    ("Russia paid for 500 Iranian drones.", [(ARMS, "IRN", "RUS", "uav", 500)]),
])
def test_the_payer_receives(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Russian technicians have modernised Serbian MiG-29 fighters.",
     [("technology_transfer", "RUS", "SRB", "aircraft", None)]),
    ("Chinese engineers are thought to have worked on Pakistani missiles.",
     [("technology_transfer", "CHN", "PAK", "missile", None)]),
    ("Russian engineers attended the parade of North Korean missiles.", []),
])
def test_another_states_experts_at_work_on_arms(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the subject of a passive troop cue is what moves; the place after "rotated through" receives
    ("About 9,000 North Korean soldiers have been rotated through the Kursk region, including 1,500 replacements "
     "who arrived in May.", [(TROOPS, "PRK", "RUS", None, 9000), (TROOPS, "PRK", "RUS", None, 1500)]),
    # "reached" names the receiver; the maker of a named system gives
    ("Tehran's Fath-360 shipments have reached Russia, officials said.", [(ARMS, "IRN", "RUS", "missile", None)]),
    # who uses the item, with its force noun, got it
    ("Pyongyang still supplies half of the shells which the Russian army is using.",
     [(ARMS, "PRK", "RUS", "ammunition", None)]),
])
def test_direction_of_passive_troops_arrivals_and_users(body: str, expected: list) -> None:
    assert keys(body) == expected


TROOPS = "troop_deployment"


@pytest.mark.parametrize("body, expected", [
    ("Iran's pilots have flown ageing MiG-29 fighters for decades.", []),  # flying a plane delivers nothing
    ("Among the arms seized from Hamas fighters there were at least 40 rifles.", []),  # "were at least" is a count
    ("Reports that Moscow has delivered S-400 batteries to Tehran have not been substantiated.", []),
    ("Kirby said Russia was close to acquiring ballistic missiles from Iran.", []),
    ("Iranian and Russian officials have discussed further helicopter purchases.", []),
    ("A Western official said Moscow can pay for the shells with oil.", []),
    ("Washington said Russia wanted more drones from Iran, but no contract has been signed.", []),
])
def test_no_fact_from_flying_counting_retracting_or_talking(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a bare part noun repeating a part named before is that part again
    ("Inspectors found Iranian drone engines on a dhow bound for the Houthis, including 40 engines in one crate.",
     [(ARMS, "IRN", "YEM", "uav", None), (ARMS, "IRN", "YEM", "uav", 40)]),
    # a named system joins a generic term across a suffix with digits
    ("Russia shipped three Pantsir-S1 launch vehicles to North Korea.",
     [(ARMS, "RUS", "PRK", "air-defence-system", 3)]),
    ("China sold 800 tonnes of nitrocellulose to Russia.", [(ARMS, "CHN", "RUS", "ammunition", 800)]),
    ("The Emirates supplied guided bombs to the Rapid Support Forces.", [(ARMS, "ARE", "SDN", "ammunition", None)]),
])
def test_items_parts_named_systems_and_bombs(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state named in an aside between the subject and its verb is no side
    ("Mali's junta, having expelled French troops, received Russian helicopters last year.",
     [(ARMS, "RUS", "MLI", "aircraft", None)]),
    # a remark on the item after a comma names no side
    ("Russian engineers are helping North Korea set up production of attack drones, a design Moscow bought "
     "from Tehran.", [("technology_transfer", "RUS", "PRK", "uav", None)]),
    # an object relative clause after an aside still takes the item
    ("Investigators identified 155mm howitzers, both made by a Chinese firm, that were supplied to the Rapid "
     "Support Forces by the Emirates.", [(ARMS, "ARE", "SDN", "artillery", None)]),
    # where the givers are based gives nothing; suppliers based somewhere are from there
    ("Wagner fighters based in Libya flew air-defence missiles to Sudan.",
     [(ARMS, "RUS", "SDN", "air-defence-system", None)]),
    ("Suppliers based in India sent $51 million in arms to Myanmar.", [(ARMS, "IND", "MMR", "other", 51_000_000)]),
])
def test_asides_remarks_and_bases_name_no_side(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Bayraktar TB2 drones now fly with the air forces of Mali and Niger.",
     [(ARMS, "TUR", "MLI", "uav", None), (ARMS, "TUR", "NER", "uav", None)]),
    ("Investigators trace Houthi drones to Iranian suppliers.", [(ARMS, "IRN", "YEM", "uav", None)]),
    ("The Iranian supply chain keeps the Houthis armed with missiles.", [(ARMS, "IRN", "YEM", "missile", None)]),
])
def test_service_with_another_state_and_tracing_give_the_supplier(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("US officials say members of the Revolutionary Guards have been present in Syria for years.",
     [(TROOPS, "IRN", "SYR", None, None)]),
    ("Tehran keeps Quds Force advisers in Iraq.", [(TROOPS, "IRN", "IRQ", None, None)]),
    ("The Revolutionary Guards have sent drones to Russia.", [(ARMS, "IRN", "RUS", "uav", None)]),  # no troops
])
def test_a_states_forces_named_as_such(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("The UN panel has delivered its final report to the Security Council.", []),
    ("Drones assembled in Russia are given the Russian name Geran-2.", []),
    ("Prosecutors have charged ten people with smuggling chips to Russia.", []),  # who smuggled is not said
    ("Iran has been accused of sending drones to Russia.", [(ARMS, "IRN", "RUS", "uav", None)]),
    ("The US Treasury accused Iran of supplying drones to Russia.", [(ARMS, "IRN", "RUS", "uav", None)]),
    ("Seoul said North Korea's launch owed much to Russian advice on the engine.",
     [("technology_transfer", "RUS", "PRK", "other", None)]),
])
def test_reports_names_and_charges_are_no_transfers(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a trader gives, whoever made or designed the goods
    ("A Chinese businessman admitted supplying Russian arms makers with American-designed chips.",
     [("technology_transfer", "CHN", "RUS", "other", None)]),
    ("Prosecutors say the firm shipped $4 million of semiconductors from China to Russia.",
     [("technology_transfer", "CHN", "RUS", "other", 4_000_000)]),
    # a capitalised cue word inside a proper name is no cue
    ("The case was brought by the Disruptive Technology Strike Force, which has charged ten people with "
     "smuggling controlled technology to Russia and Iran.", []),
    ("The panel described the first weapons smuggling case to reach a Yemeni court.", []),
    ("Iran has been smuggling missile parts to the Houthis.", [(ARMS, "IRN", "YEM", "missile", None)]),
])
def test_traders_names_and_smuggling(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # arms found on a party: the maker gave them to it
    ("Israeli troops said they had recovered 40 Iranian-made anti-tank missiles from Hezbollah positions.",
     [(ARMS, "IRN", "LBN", "missile", 40)]),
    ("Soldiers found North Korean-made rockets in Hamas tunnels, an army spokesman said.",
     [(ARMS, "PRK", "PSE", "ammunition", None)]),
    ("Police found rifles in a warehouse.", []),
    # moving arms somewhere hands them over there
    ("Russia began moving tactical nuclear warheads to Belarus in 2023.", [(ARMS, "RUS", "BLR", "other", None)]),
])
def test_arms_found_on_a_party_and_arms_moved(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Members of the Revolutionary Guards are working alongside Hezbollah commanders in Lebanon.",
     [(TROOPS, "IRN", "LBN", None, None)]),
    ("Moscow keeps 300 personnel at two air bases in eastern Libya.", [(TROOPS, "RUS", "LBY", None, 300)]),
])
def test_working_alongside_and_places_in_a_region(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # whose guns fire what was sent got it
    ("Minsk has shipped artillery shells from its own depots to keep Russian howitzers firing.",
     [(ARMS, "BLR", "RUS", "ammunition", None), (ARMS, "BLR", "RUS", "artillery", None)]),
    # a maker's own system after "for" is where the parts come from
    ("The dhow carried parts for Iran's Qadr-class missiles to the Houthis.", [(ARMS, "IRN", "YEM", "missile", None)]),
    # a participle with its agent after a place it came from
    ("S-300 launchers flown in from Syria by Russia now stand in Libya.",
     [(ARMS, "RUS", "LBY", "air-defence-system", None)]),
    # a state entered from another: the route, not the giver
    ("Lorries loaded with Iranian-made rockets entered Lebanon from Syria.",
     [(ARMS, "IRN", "LBN", "ammunition", None)]),
    # a named system joined to its generic term across a hyphenated word
    ("Niger took delivery of two Aksungur medium-altitude drones in 2024.", [(ARMS, "TUR", "NER", "uav", 2)]),
])
def test_users_makers_agents_and_routes(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Tehran said it regarded arms transfers to either side as prolonging the war.", []),
    ("Seoul would weigh all options, including supplying weapons to Kyiv.", []),
    ("Moscow may prefer to keep Pyongyang dependent on it for spare parts and maintenance.", []),
    ("The two sides are likely to sign a new defence agreement, the NIS said of Russia and North Korea.", []),
    ("Claims about missile transfers from Iran to Russia are psychological warfare, Tehran said.", []),
    ("American drones are rarely offered to African governments.", []),
])
def test_no_fact_from_unnamed_sides_weighing_preferences_or_propaganda_claims(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Niger's junta revoked an agreement that governed military cooperation with the United States.", []),
    ("The advisory describes how Iran obtains drone components abroad.", []),
    ("North Korea and Russia traded arms. The contract between the two companies was signed in 2024.", []),
    ("Kim wants to turn combat experience into a selling point for future buyers of North Korean missiles.", []),
    ("The admission may be a prelude to sending more North Korean troops to Russia.", []),
    # the enemy driven out is no side of the deployment
    ("Kim decided to dispatch troops to Russia to help drive Ukrainian forces out of Kursk.",
     [(TROOPS, "PRK", "RUS", None, None)]),
])
def test_revoked_deals_unnamed_sources_firms_future_buyers_and_enemies(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the one paid, named before what the payment is for, gives it
    ("Moscow agreed to pay $2 billion to Tehran for the know-how to build drones.",
     [("technology_transfer", "IRN", "RUS", "uav", 2_000_000_000)]),
    # arms documented on a party
    ("The panel documented Chinese-made rifles in RSF hands in Darfur.", [(ARMS, "CHN", "SDN", "small-arms", None)]),
])
def test_the_one_paid_and_arms_documented_on_a_party(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a seized cargo's route names its sides
    ("Sailors found 1,200 assault rifles on a dhow making its way from Iran to Yemen.",
     [(ARMS, "IRN", "YEM", "small-arms", 1200)]),
    ("Marines recovered cruise missiles from a skiff travelling from Iran towards Yemen.",
     [(ARMS, "IRN", "YEM", "missile", None)]),
    ("The minister, travelling from Moscow to Pyongyang, spoke about drones.", []),
    # states that operate or fly a system someone else makes got it from the maker, each of a list of them
    ("In West Africa, Ghana, Togo and Nigeria all operate the TB2.",
     [(ARMS, "TUR", "NGA", "uav", None), (ARMS, "TUR", "TGO", "uav", None), (ARMS, "TUR", "GHA", "uav", None)]),
    ("Mali has flown TB2s against insurgents since 2022.", [(ARMS, "TUR", "MLI", "uav", None)]),
    ("Russia flew Su-25 jets to Mali.", [(ARMS, "RUS", "MLI", "aircraft", None)]),
    # operating is help when taught or helped
    ("Russian instructors helped Iranian crews operate the Su-35 jets.",
     [("technology_transfer", "RUS", "IRN", "aircraft", None)]),
])
def test_routes_of_seized_cargo_and_states_that_operate_a_system(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # who comments on a fact, and where a go-between sits, are no sides of it
    ("Navies stopped two boats carrying weapons, prompting statements from Washington, Paris and Tehran.", []),
    ("Russia bought thermal cameras from Chinese suppliers through trading firms in Hong Kong.",
     [(ARMS, "CHN", "RUS", "sensor", None)]),
    # an agreement not signed, or that could be signed, is none
    ("Russia and Iran have not signed a defence treaty.", []),
    ("Observers think the two sides, Russia and Iran, can sign a strategic treaty.", []),
    ("Russia and Iran signed a defence treaty.", [("agreement", "IRN", "RUS", None, None)]),
])
def test_commenters_go_betweens_and_agreements_not_signed(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # cargo planes carry the arms; they are not what is sent
    ("Cargo aircraft flying from Iran carried drones to Russia.", [(ARMS, "IRN", "RUS", "uav", None)]),
    # who ordered the goods gets them
    ("Chinese transport planes landed carrying missile systems ordered by the Serbian army.",
     [(ARMS, "CHN", "SRB", "missile", None)]),
    # a model's number is no count; who is seen with foreign arms got them
    ("Niger's army has been seen with Chinese-built Type 92 wheeled vehicles.",
     [(ARMS, "CHN", "NER", "military-vehicle", None)]),
    # each item found on a party keeps its own origin
    ("Troops found 20 Russian-made Kornet launchers and Iranian-made rifles in a Hezbollah tunnel.",
     [(ARMS, "RUS", "LBN", "missile", 20), (ARMS, "IRN", "LBN", "small-arms", None)]),
])
def test_cargo_planes_buyers_model_numbers_and_arms_seen_with_a_side(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # with no count of the goods, the count of the shipments that carried them
    ("Iran sent Russia artillery rounds in at least two shipments this spring.",
     [(ARMS, "IRN", "RUS", "ammunition", 2)]),
    # containers of goods count before the voyages that carried them
    ("The ship moved 2,600 containers of North Korean ammunition to Russia over 14 voyages.",
     [(ARMS, "PRK", "RUS", "ammunition", 2600)]),
])
def test_shipments_and_containers_count_the_goods_they_carry(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "meanwhile" set off by commas does not cut the subject from its verb; a state named in a comparison is none
    ("Kuwait, meanwhile, signed a $370 million contract for TB2s, the first Gulf buyer after Qatar.",
     [(ARMS, "TUR", "KWT", "uav", 370_000_000), ("agreement", "KWT", "TUR", None, 370_000_000)]),
    # a claim said not to be confirmed is none
    ("Reports that Sudan's army has bought TB2s have not been confirmed.", []),
])
def test_asides_comparisons_and_unconfirmed_reports(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_a_story_that_opens_with_by_is_no_byline() -> None:
    assert keys("By Seoul's count, 15,000 North Korean troops have rotated through Russia.") == \
        [("troop_deployment", "PRK", "RUS", None, 15000)]
    assert keys("By Jane Doe, Wire Service\n\nNorth Korea sent 3,000 troops to Russia.") == \
        [("troop_deployment", "PRK", "RUS", None, 3000)]


@pytest.mark.parametrize("body, expected", [
    # forces that intercept are no troops sent
    ("Naval forces intercepted nine consignments sent from Iran to the Houthis, including 6,000 assault rifles.",
     [(ARMS, "IRN", "YEM", "small-arms", 6000)]),
    # goods that never reached their buyer were not delivered
    ("A consignment of 120 Chinese engines was seized by customs officers and never reached Russia.", []),
])
def test_interdicting_forces_and_goods_that_never_arrived(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # engines and other parts for a weapon take its category, and their count
    ("Chinese factories sent 4,500 piston engines of the type fitted to Russia's Geran-2 drones to Russia.",
     [(ARMS, "CHN", "RUS", "uav", 4500)]),
    ("China shipped engines for attack drones to Russia.", [(ARMS, "CHN", "RUS", "uav", None)]),
])
def test_engines_for_a_weapon_take_its_category(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # forces named as the users of arms are no troops sent; a relative count of the item counts it
    ("Iranian-made Mohajer-6 drones were used by the Sudanese Armed Forces in the fighting for Omdurman.",
     [(ARMS, "IRN", "SDN", "uav", None)]),
    ("The UAE sent armoured personnel carriers to Sudan, at least 11 of which were filmed in Khartoum.",
     [(ARMS, "ARE", "SDN", "armoured-vehicle", None), (ARMS, "ARE", "SDN", "armoured-vehicle", 11)]),
])
def test_forces_that_use_arms_and_counts_of_which(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # goods that reach a named side arrived there; their maker gave them, whatever route they took
    ("Emirati-built armoured personnel carriers reached Sudan last year.",
     [(ARMS, "ARE", "SDN", "armoured-vehicle", None)]),
    ("Iranian rockets reached Lebanon by road from Iraq.", [(ARMS, "IRN", "LBN", "ammunition", None)]),
    ("Components from Chinese makers, including drone engines and gyroscopes, had reached Houthi workshops.",
     [(ARMS, "CHN", "YEM", "uav", None)]),
    # a range, an agreement or a total that reaches something moves nothing
    ("Belarus has no missile that can reach Western Europe.", []),
    ("The number of North Korean troops reached 12,000.", []),
])
def test_goods_that_reach_a_side(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a plan on a condition is none; a plan is planned
    ("Kataib Hezbollah says it will send fighters to Lebanon if Hezbollah asks for them.", []),
    ("Russia will send more air defence systems to Belarus next year.",
     [(ARMS, "RUS", "BLR", "air-defence-system", None)]),
])
def test_plans_on_a_condition(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_arms_reported_in_a_party_s_tunnels() -> None:
    assert keys("Israeli troops report Russian and Iranian weapons in Hezbollah tunnels.") == \
        [(ARMS, "IRN", "LBN", "other", None), (ARMS, "RUS", "LBN", "other", None)]


@pytest.mark.parametrize("body, expected", [
    # a state's forces named by their own name or acronym are that state
    ("We have also seen Turkish drones in SAF hands, the official said.", [(ARMS, "TUR", "SDN", "uav", None)]),
    ("The Tatmadaw received Russian jets.", [(ARMS, "RUS", "MMR", "aircraft", None)]),
    ("In the Kursk region of Russia there are concentrated about 11 thousands of servicemen of Korean People's Army.",
     [("troop_deployment", "PRK", "RUS", None, 11000)]),
])
def test_state_forces_by_name_and_troops_concentrated_abroad(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_the_war_a_story_is_filed_under_is_no_party_to_an_agreement() -> None:
    assert keys("Ukraine war live: Putin signs North Korea pact into law") == [("agreement", "PRK", "RUS", None, None)]


def test_talk_and_rumours_of_help_are_no_help() -> None:
    assert keys("The talk of Russian help with a submarine reactor for North Korea remains, for now, talk.") == []
    assert keys("Rumours of Iranian missiles for Russia have circulated for months.") == []


def test_a_treaty_obliging_or_committing_each_side_moves_nothing() -> None:
    assert keys("Putin and Kim signed a treaty in Pyongyang obliging each to provide military assistance.") == \
        [("agreement", "PRK", "RUS", None, None)]
    assert keys("The treaty Russia signed with North Korea commits each side to provide military aid.") == \
        [("agreement", "PRK", "RUS", None, None)]


def test_goods_that_reach_a_side_take_no_giver_from_an_unrelated_story() -> None:
    assert keys("North Korea sent troops to Russia. Some of those shells have reached Ukraine indirectly.") == \
        [("troop_deployment", "PRK", "RUS", None, None)]


@pytest.mark.parametrize("body, expected", [
    # a passive "were found" is no reporting verb: its subject is the goods, not a source
    ("Iranian drones were found in Houthi arsenals.", [(ARMS, "IRN", "YEM", "uav", None)]),
    # parts inside a party's own weapons were supplied to it
    ("Parts made in Iran turned up in nearly every Houthi drone the investigators examined.",
     [(ARMS, "IRN", "YEM", "uav", None)]),
    # a weapon's name is no party, but its maker built it: the parts in "Lancet drones" went to Russia
    ("The Chinese chips were later identified in Lancet drones shot down over Kharkiv.",
     [(ARMS, "CHN", "RUS", "uav", None)]),
    # who "prosecutors said" sent goods is inside a relative clause; the goods before it stay in the claim
    ("A trawler stopped last spring carried 900 AK-47 rifles that prosecutors said were sent by Iran for the Houthis.",
     [(ARMS, "IRN", "YEM", "small-arms", 900)]),
])
def test_goods_found_inside_a_party_s_arms_and_passive_found(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("The navy exhibited fast attack boats of Iranian origin at the parade.", []),
    ("Venezuela exhibited missile boats of Iranian origin.", [(ARMS, "IRN", "VEN", "naval-vessel", None)]),
    ("Pakistan inducted Turkish Akinci drones last year.", [(ARMS, "TUR", "PAK", "uav", None)]),
    ("Mali's army put on display Chinese-made armoured vehicles.", [(ARMS, "CHN", "MLI", "armoured-vehicle", None)]),
    # flying aircraft with a partner is using them, not giving them to the partner
    ("Niger and Chad have flown TB2s against armed groups.", [(ARMS, "TUR", "NER", "uav", None),
                                                             (ARMS, "TUR", "TCD", "uav", None)]),
])
def test_showing_inducting_and_flying_foreign_arms(body: str, expected: list) -> None:
    assert sorted(keys(body)) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    # a target is no receiver, nor are the arms shot down
    ("Pakistan says its Chinese-built fighters downed four Indian jets.", []),
    ("Indian air-defence batteries were used to intercept Pakistani drones and missiles.", []),
    # ... while the foreign-made arms shot down still went to who fired them
    ("Kyiv said it shot down 40 of the Iranian-made Shahed drones Russia launched overnight.",
     [(ARMS, "IRN", "RUS", "uav", 40)]),
])
def test_targets_shot_down_or_intercepted_receive_nothing(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("The army said no Russian air-defence systems have arrived in Mali.", []),
    ("There is no doubt that Russian air-defence systems have arrived in Mali.", []),
])
def test_a_subject_opened_by_no_denies_the_fact(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("About 1,500 Russian military personnel are stationed across Libya.", [("troop_deployment", "RUS", "LBY", None,
                                                                            1500)]),
    ("Moscow keeps a contingent of troops in Tajikistan.", [("troop_deployment", "RUS", "TJK", None, None)]),
    ("Egypt shipped weapons to Somalia. The cargo include armoured vehicles and artillery pieces.",
     [(ARMS, "EGY", "SOM", "armoured-vehicle", None), (ARMS, "EGY", "SOM", "artillery", None),
      (ARMS, "EGY", "SOM", "other", None)]),
    ("The Islamic Resistance in Iraq received dozens of rockets from Iran.",
     [(ARMS, "IRN", "IRQ", "ammunition", None)]),
])
def test_troops_posted_across_a_state_cargo_lists_and_iraqi_groups(body: str, expected: list) -> None:
    assert sorted(keys(body)) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    # goods coordinated with parts in the subject still reach the receiver
    ("Iranian-made rifles and ammunition continue to reach the Houthis.",
     [(ARMS, "IRN", "YEM", "ammunition", None), (ARMS, "IRN", "YEM", "small-arms", None)]),
])
def test_subjects_coordinated_with_parts(body: str, expected: list) -> None:
    assert sorted(keys(body)) == sorted(expected)


@pytest.mark.parametrize("second", [
    # a cargo list after an opener, an aside, a quote mark, a plural noun or "described the cargo as"
    "According to the navy, the cargo, hidden under sacks of flour, included cruise missiles and radar systems.",
    "The haul, seized off the coast in March by a boarding team, included cruise missiles and radar systems.",
    "\"The cargo included cruise missiles and radar systems,\" the navy said.",
    "The crates contained cruise missiles and radar systems.",
    "In a statement, the navy described the cargo as cruise missiles and radar systems.",
])
def test_cargo_lists_in_many_forms_continue_the_story(second: str) -> None:
    body = "Iran sent a dhow with weapons to the Houthis. " + second
    assert sorted(k for k in keys(body) if k[3] != "other") == \
        [(ARMS, "IRN", "YEM", "missile", None), (ARMS, "IRN", "YEM", "sensor", None)]


@pytest.mark.parametrize("body, expected", [
    # several receivers of one named system, each from its maker
    ("Nigeria, Chad and Egypt have all taken delivery of the Wing Loong II.",
     [(ARMS, "CHN", "EGY", "uav", None), (ARMS, "CHN", "NGA", "uav", None), (ARMS, "CHN", "TCD", "uav", None)]),
    # every state of a list that says is a source, not a giver
    ("Governments in Seoul, Washington and Kyiv say the traffic supplied most of the shells Russian guns fire.", []),
    # a state's role as a supplier: it supplies
    ("Iran's role as a supplier of drones to Russia is well documented.", [(ARMS, "IRN", "RUS", "uav", None)]),
    # where goods were designed is no receiver
    ("The Emirates are believed to have supplied Chinese-designed drones.", []),
    # a design number takes letters, never more digits: CH-47F is no Chinese CH-4
    ("Washington approved the sale of CH-47F helicopters to the UAE.", [(ARMS, "USA", "ARE", "aircraft", None)]),
])
def test_coordinated_receivers_and_sayers_roles_and_design_numbers(body: str, expected: list) -> None:
    assert sorted(keys(body)) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    ("Kazakhstan put the TB2 into service last year.", [(ARMS, "TUR", "KAZ", "uav", None)]),
    ("Ethiopia's air force has put Russian-supplied Pantsir-S1 systems on public display.",
     [(ARMS, "RUS", "ETH", "air-defence-system", None)]),
    ("Belarus builds the launcher with Chinese assistance.",
     [("technology_transfer", "CHN", "BLR", "artillery", None)]),
    # imagery that helps a party target warships hands over no warships
    ("A Chinese satellite firm gave imagery that helped the Houthis target US warships.", []),
    ("Iran has shipped drones to Russia, none of which has been confirmed by EU institutions.", []),
])
def test_fielded_arms_production_help_targets_and_unconfirmed_claims(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # praising someone after the transfer is no thanks for giving it
    ("The navy seized Iranian rifles bound for the Houthis and praised the Yemeni coastguard.",
     [(ARMS, "IRN", "YEM", "small-arms", None)]),
    # a named supplier's parts "for Russian drones" go to Russia
    ("China supplied engines for Russian drones.", [(ARMS, "CHN", "RUS", "uav", None)]),
    # a contract dated between "contract" and "for" still buys the goods
    ("Vietnam signed a contract in 2024 for 12 Yak-130 trainers.", [(ARMS, "RUS", "VNM", "aircraft", 12),
                                                                   ("agreement", "RUS", "VNM", None, None)]),
])
def test_thanks_after_the_fact_parts_for_russian_drones_and_dated_contracts(body: str, expected: list) -> None:
    assert sorted(keys(body), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("body, expected", [
    # a cargo list is read as such even when a later verb of the source's statement is a cue ("carried by")
    ("Iran sent a dhow with weapons to the Houthis. The cargo included cruise missiles and radars, the coastguard said "
     "in a statement carried by its media office.",
     [(ARMS, "IRN", "YEM", "missile", None), (ARMS, "IRN", "YEM", "other", None),
      (ARMS, "IRN", "YEM", "sensor", None)]),
    # a state's named force that stops a ship is an interdictor, not a side
    ("Yemen's National Resistance Forces stopped a dhow carrying missiles that Iran was sending to the Houthis.",
     [(ARMS, "IRN", "YEM", "missile", None)]),
    # the partner of "a contract with X for" sells, and is the other party to the contract
    ("Serbia flies Chinese drones and signed a contract with France for 12 Rafale fighters.",
     [("agreement", "FRA", "SRB", None, None), (ARMS, "CHN", "SRB", "uav", None),
      (ARMS, "FRA", "SRB", "aircraft", 12)]),
])
def test_cargo_lists_before_later_cues_named_interdictors_and_contract_partners(body: str, expected: list) -> None:
    assert sorted(keys(body), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("body, expected", [
    # who imports the arms gets them (the share is the quantity)
    ("Russia still supplied 40 per cent of Vietnam's arms imports.", [(ARMS, "RUS", "VNM", "other", 40)]),
    # the claim a fact-check examines states nothing
    ("Claim 3: \"Belarus has sent tanks to Russia.\"", []),
    # where the arms troops found were made sends no troops
    ("Troops operating near the border found Iranian-made rifles in a tunnel.", []),
])
def test_imports_fact_check_claims_and_troops_finding_foreign_arms(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "armed" after a determiner is the adjective
    ("Malaysia ordered three Anka drones, its first armed long-endurance aircraft.", [(ARMS, "TUR", "MYS", "uav", 3)]),
    # a stop on the way is no giver; the first state of a range "across Africa, from X to Y" receives
    ("Russia flew rifles to Libya. Some of the rifles were later flown on from Libya to Bamako for the army.",
     [(ARMS, "RUS", "LBY", "small-arms", None), (ARMS, "RUS", "MLI", "small-arms", None)]),
    ("Ankara has sold drones to governments across Africa, from Somalia to Niger.",
     [(ARMS, "TUR", "SOM", "uav", None)]),
])
def test_armed_adjective_onward_stops_and_ranges(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a variant's letters in capitals after a design ending in a digit, and a multirole fighter is an aircraft
    ("Pakistan received 20 J-10CE multirole fighters from China.", [(ARMS, "CHN", "PAK", "aircraft", 20)]),
    ("Russia sent 30 T-72B3 tanks to Belarus.", [(ARMS, "RUS", "BLR", "armoured-vehicle", 30)]),
    # a state's body that counts what was shipped is the source, not the giver
    ("Japan's defence ministry counted 5,000 containers shipped from North Korea to Russia.",
     [(ARMS, "PRK", "RUS", "ammunition", 5000)]),
    ("Japan's defence ministry counted 5,000 containers shipped to Russia.", []),
    # "In X, the army took delivery": the state's own forces receive
    ("In Bangladesh, the navy took delivery of two frigates from China.", [(ARMS, "CHN", "BGD", "naval-vessel", 2)]),
])
def test_variant_letters_counting_bodies_and_forces_of_a_fronted_state(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a count "of them": of the item named before in the sentence, else of the story's last arms
    ("The first Lancet drones reached Belarus in May, and over the summer Russia sent about 300 of them.",
     [(ARMS, "RUS", "BLR", "uav", None), (ARMS, "RUS", "BLR", "uav", 300)]),
    ("Iran began sending Shahed drones to Russia in 2022. Iran delivered about 1,800 of them by the end of 2023.",
     [(ARMS, "IRN", "RUS", "uav", None), (ARMS, "IRN", "RUS", "uav", 1800)]),
    ("Officials say Iran has made no new promises. Iran delivered about 1,800 of them by the end of 2023.", []),
    # "the country" is the last state named as a place
    ("Russian instructors arrived in the Central African Republic in 2018. Rwanda now keeps about 900 troops in the "
     "country.", [(TROOPS, "RUS", "CAF", None, None), (TROOPS, "RWA", "CAF", None, 900)]),
])
def test_counts_of_them_and_the_country(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # another state's rocket that puts a satellite into orbit: launch help, not the satellite's owner's arms
    ("A Russian Soyuz rocket put Iran's Pars-1 satellite into orbit in 2024.", [(TECH, "RUS", "IRN", "other", None)]),
    ("Russia built and launched Iran's Khayyam satellite.", [(TECH, "RUS", "IRN", "other", None)]),
    ("North Korea put a satellite into orbit.", []),
    # a second source's claim after ", and ... claim that" is a clause of its own
    ("Seoul says Moscow has delivered air defence systems to Pyongyang, and Ukrainian officials claim that Russian "
     "engineers helped the North build satellites.",
     [(ARMS, "RUS", "PRK", "air-defence-system", None), (TECH, "RUS", "PRK", "other", None)]),
])
def test_satellite_launches_and_a_second_source_clause(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # places listed after "cities, including" are targets, however many
    ("North Korea sent missiles to Russia. At least 100 missiles were delivered and have been fired at Ukrainian "
     "cities, including Kharkiv and Odesa.", [(ARMS, "PRK", "RUS", "missile", None)]),
    # what deployed troops deal with after the cue sends no troops
    ("North Korea sent troops to Russia in October. About 1,000 deminers arrived in Kursk in the summer to clear "
     "fields of Ukrainian mines.", [(TROOPS, "PRK", "RUS", None, None), (TROOPS, "PRK", "RUS", None, 1000)]),
    # soldiers three words after a training verb are trainees
    ("Russia sent troops to Belarus to train units of Belarusian soldiers.",
     [(TECH, "RUS", "BLR", "other", None), (TROOPS, "RUS", "BLR", None, None)]),
    # the story's treaty ratified again is the same agreement; one that will take effect is not yet
    ("North Korea and Russia signed a defence treaty in June. Russia ratified it in November. Officials said the pact "
     "will take effect in December.",
     [("agreement", "PRK", "RUS", None, None), ("agreement", "PRK", "RUS", None, None)]),
])
def test_listed_target_cities_troops_tasks_trainees_and_treaties_ratified(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # states that say something in a relative clause are sources ("which say"), unless they speak of themselves
    ("Pressure came from Washington and Brussels, which say Armenian traders have kept supplying Russia with chips.",
     [(TECH, "ARM", "RUS", "other", None)]),
    ("Iran, which says it has sent drones, shipped missiles to Russia.",
     [(ARMS, "IRN", "RUS", "uav", None), (ARMS, "IRN", "RUS", "missile", None)]),
    # nothing in the record shows it; a seller that would like to sell has not sold
    ("Analysts agreed that nothing in the public record shows Chinese deliveries of tanks to Russia.", []),
    ("Seoul would very much like to sell Hanoi its K9 howitzers.", []),
    # the maker of a named system sells it when both sides sign; chassis are military vehicles
    ("Indonesia and Turkish Aerospace signed a contract for 48 KAAN fighters.",
     [(ARMS, "TUR", "IDN", "aircraft", 48), ("agreement", "IDN", "TUR", None, None)]),
    ("Belarus sent at least 40 MZKT chassis to Russia in February.", [(ARMS, "BLR", "RUS", "military-vehicle", 40)]),
])
def test_relative_sources_empty_records_wishes_makers_and_chassis(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # two states' forces coordinated send troops each; "Revolutionary Guard" in the singular is a state force
    ("Members of Iran's Revolutionary Guard and of Lebanon's Hezbollah have been present in Yemen.",
     [(TROOPS, "IRN", "YEM", None, None), (TROOPS, "LBN", "YEM", None, None)]),
    # a second count and place after the first deployment
    ("About 2,000 French troops are stationed in Chad and about 600 in Niger.",
     [(TROOPS, "FRA", "TCD", None, 2000), (TROOPS, "FRA", "NER", None, 600)]),
])
def test_coordinated_forces_and_troops_counted_in_two_places(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the subject that supplies a receiver gives what others made
    ("Egypt supplied Haftar's forces with Chinese-made Wing Loong II drones.", [(ARMS, "EGY", "LBY", "uav", None)]),
    # with no receiver named, the maker stays the giver of what a state sent off
    ("The 300 drones Pakistan sent across the border were Turkish-made Songar models.",
     [(ARMS, "TUR", "PAK", "uav", 300), (ARMS, "TUR", "PAK", "uav", None)]),
])
def test_re_exporters_named_as_subjects(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a subject "reported to have" inducted a named system it did not make got it from the maker, as a report
    ("Nigeria is reported to have inducted Akinci drones.", [(ARMS, "TUR", "NGA", "uav", None)]),
])
def test_subjects_reported_to_have_used_named_systems(body: str, expected: list) -> None:
    assert keys(body) == expected
    assert [f["status"] for f in facts_of(body)] == ["reported"]


@pytest.mark.parametrize("body, expected", [
    # goods the buyer is to build under licence bring their know-how; parts shipped to be assembled are arms only
    ("Egypt signed a contract in 2022 for 200 K9 howitzers, most of which are to be assembled under licence.",
     [(ARMS, "KOR", "EGY", "artillery", 200), ("agreement", "EGY", "KOR", None, None),
      (TECH, "KOR", "EGY", "artillery", None)]),
    ("The missiles were shipped from Iran to the Houthis in parts and assembled locally.",
     [(ARMS, "IRN", "YEM", "missile", None)]),
    # South Korean systems and their maker
    ("Poland received 24 FA-50 jets.", [(ARMS, "KOR", "POL", "aircraft", 24)]),
])
def test_goods_built_by_the_buyer_and_korean_systems(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # an item that arrives from a state was given by it (the receiver comes from the story); troops arrive too
    ("Iran is buying Su-35 fighters from Russia. In May, two Yak-130 jet trainers arrived from Russia.",
     [(ARMS, "RUS", "IRN", "aircraft", None), (ARMS, "RUS", "IRN", "aircraft", 2)]),
    ("Niger has bought arms from Russia. In March, 300 Russian instructors arrived from Moscow.",
     [(ARMS, "RUS", "NER", "other", None), (TROOPS, "RUS", "NER", None, 300)]),
    # the plane that arrives and unloads is no item
    ("An Il-76 arriving from Abu Dhabi unloaded 40 tonnes of ammunition that was trucked to RSF positions in Sudan.",
     [(ARMS, "ARE", "SDN", "ammunition", 40)]),
    # "the junta" is the state whose junta the article names
    ("Who arms Myanmar's junta? Firms in Singapore sent some $250 million worth of arms, much of it to the junta's "
     "own factories.", [(ARMS, "SGP", "MMR", "other", 250000000)]),
    # a place set off by a comma after another place is where the goods passed
    ("Planes landed at an airstrip in Kufra, in southern Libya, and the rifles they carried were trucked to RSF units "
     "in Sudan.", []),
    # a request nobody is known to have answered, sales stopped, a charge the court threw out
    ("Venezuela asked Russia, China and Iran for help with radars and drones, but there is no sign that any of them "
     "agreed.", []),
    ("Japan sold chips to Russia. Japanese firms said they had stopped selling chips to Russian customers in 2022.",
     [(TECH, "JPN", "RUS", "other", None)]),
    ("Germany sold machine tools to Russia. The court cleared the defendant of a charge that he had supplied "
     "helicopter parts to Russia.", [(TECH, "DEU", "RUS", "other", None)]),
])
def test_arrivals_the_junta_places_set_off_and_requests_unanswered(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a body after "by" past the cue gives, with its state
    ("Those shells were later handed over to Ukraine by U.S. European Command.",
     [(ARMS, "USA", "UKR", "ammunition", None)]),
    # sources listed with a count in brackets each give; a bracketed name is no list
    ("Serbia received donated MiG-29 fighters from Russia (six) and Belarus (four).",
     [(ARMS, "RUS", "SRB", "aircraft", None), (ARMS, "BLR", "SRB", "aircraft", None)]),
    ("Ukraine's intelligence service (HUR), North Korean sappers are working in Kursk, Russia.",
     [(TROOPS, "PRK", "RUS", None, None)]),
    # three signers: one agreement between each two; "the three countries" is not the story's last pair
    ("Egypt, Eritrea and Somalia signed a security pact in Asmara.",
     [("agreement", "EGY", "ERI", None, None), ("agreement", "EGY", "SOM", None, None),
      ("agreement", "ERI", "SOM", None, None)]),
    ("Russia sold jets to Burkina Faso. The three countries signed the Liptako-Gourma Charter in 2023.",
     [(ARMS, "RUS", "BFA", "aircraft", None)]),
    # batteries of a system count the system
    ("Russia delivered four batteries of the S-300 system to Iran.", [(ARMS, "RUS", "IRN", "air-defence-system", 4)]),
    # parts sent to keep a fleet flying go to the fleet's owner
    ("Iran uses Russian jets. Russia has sent parts to keep the North's MiG-29 fleet airworthy.",
     [(ARMS, "RUS", "IRN", "aircraft", None), (ARMS, "RUS", "PRK", "aircraft", None)]),
    # troops last in a list of what a verb sends
    ("Pyongyang sent millions of shells, dozens of missiles and, from October, thousands of troops to help Moscow.",
     [(ARMS, "PRK", "RUS", "ammunition", None), (ARMS, "PRK", "RUS", "missile", None),
      (TROOPS, "PRK", "RUS", None, None)]),
    # what media carry is no cargo
    ("Russia supplies Iran with arms. Russian state television carried footage of Shahed drones.",
     [(ARMS, "RUS", "IRN", "other", None)]),
    # a cargo list after its source ("the statement says the cargo included ...")
    ("Iran shipped arms to the Houthis in Yemen on a dhow. The navy's statement says the cargo included cruise "
     "missiles, radars and drone engines.",
     [(ARMS, "IRN", "YEM", "other", None), (ARMS, "IRN", "YEM", "missile", None), (ARMS, "IRN", "YEM", "sensor", None),
      (ARMS, "IRN", "YEM", "uav", None)]),
])
def test_agents_after_by_bracketed_counts_three_signers_and_media(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state's own command or ministry that hands arms over acts for its state (organisations.yaml `state`)
    ("Central Command later handed the 1.1 million rounds over to Ukraine's armed forces.",
     [(ARMS, "USA", "UKR", "ammunition", 1100000)]),
    ("In April, US Central Command said it had transferred 5,000 rifles to Ukraine.",
     [(ARMS, "USA", "UKR", "small-arms", 5000)]),
    # ... but as a source only, it is no party
    ("The Pentagon said Iran had sent drones to Russia.", [(ARMS, "IRN", "RUS", "uav", None)]),
])
def test_state_bodies_that_hand_arms_over(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a supplier's share of a state's imports, and further shares with the verb left out
    ("The United States supplied 45 per cent of Ukraine's imports, Germany 12 per cent and Poland 11 per cent.",
     [(ARMS, "USA", "UKR", "other", 45), (ARMS, "DEU", "UKR", "other", 12), (ARMS, "POL", "UKR", "other", 11)]),
    ("Myanmar's junta drew 42 per cent of its imports from Russia and 26 per cent from China.",
     [(ARMS, "RUS", "MMR", "other", 42), (ARMS, "CHN", "MMR", "other", 26)]),
    ("Russia supplied about 36% of India's arms imports.", [(ARMS, "RUS", "IND", "other", 36)]),
    # other percentages count nothing
    ("India's imports of arms fell by 9 per cent.", []),
])
def test_shares_of_a_states_imports(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a foreign-made weapon re-exported by a third state: its maker gave it to that state, which gave it to the user
    ("The RSF has used Chinese-made howitzers re-exported by the United Arab Emirates.",
     [(ARMS, "CHN", "ARE", "artillery", None), (ARMS, "ARE", "SDN", "artillery", None)]),
    # "passed ... on to": the particle after the object
    ("Egypt passed the drones on to Sudan in 2021.", [(ARMS, "EGY", "SDN", "uav", None)]),
    ("He passed the message on to Moscow.", []),
])
def test_re_exports_by_a_third_state_and_goods_passed_on(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # bombs are ammunition; a car bomb that explodes is moved by nobody
    ("The US sent 2,000-pound bombs to Israel.", [(ARMS, "USA", "ISR", "ammunition", None)]),
    ("A car bomb exploded in Kabul.", []),
])
def test_bombs(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # spare parts and Humvees are items; an offer with no agreement signed is none
    ("Russia sent spare parts to Iran.", [(ARMS, "RUS", "IRN", "other", None)]),
    ("The US gave 25 Humvees to Lebanon.", [(ARMS, "USA", "LBN", "military-vehicle", 25)]),
    ("Moscow has offered to supply tanks to Syria, but no agreement has been signed.", []),
])
def test_spare_parts_humvees_and_offers_never_signed(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # what someone is asked about is a question, not a claim
    ("Pressed on media reports that Russian missiles had been flown to Pyongyang, she declined to comment.", []),
])
def test_reports_someone_is_pressed_on(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "has kept" troops somewhere, coordinated troop nouns
    ("Turkey has kept troops and military advisers in Libya since 2020.", [(TROOPS, "TUR", "LBY", None, None)]),
    # held troops go where they are held, not to a place named later in the sentence
    ("Russia keeps about 1,000 troops at Hmeimim air base, which is also a staging post for Libya.",
     [(TROOPS, "RUS", "SYR", None, 1000)]),
])
def test_troops_kept_where_they_are_held(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # arms bought "in a $N deal": the deal is an agreement between buyer and maker
    ("Kuwait bought Bayraktar TB2 drones in a $367 million deal the same year.",
     [(ARMS, "TUR", "KWT", "uav", 367000000), ("agreement", "KWT", "TUR", None, 367000000)]),
])
def test_arms_bought_in_a_priced_deal(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # cooperation plans and declarations signed by two states, "complete agreement" reached, a deal with a partner
    ("The 20-year cooperation plan that Maduro and Raisi signed in Tehran in June 2022 covers defence.",
     [("agreement", "IRN", "VEN", None, None)]),
    ("The Shusha Declaration, signed by Presidents Erdogan and Aliyev in June 2021, commits each to help the other.",
     [("agreement", "AZE", "TUR", None, None)]),
    ("Khartoum and Moscow had reached \"complete agreement\" on a naval base.",
     [("agreement", "RUS", "SDN", None, None)]),
    ("India bought it under a 2018 deal with Russia.", [("agreement", "IND", "RUS", None, None)]),
    ("Iran issued a declaration condemning Israel.", []),
])
def test_plans_declarations_and_deals_with_a_partner(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a negation before a colon does not reach the statement after it
    ("It is not the first time: in 2020 Russia delivered ten BRDM-2 armoured vehicles to the Central African Republic.",
     [(ARMS, "RUS", "CAF", "armoured-vehicle", 10)]),
    ("Russia denied one thing: that it had sent jets to Iran.", []),
])
def test_negations_end_at_a_colon(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a factory a state opens abroad for its arms passes their know-how to the state it stands in
    ("Iran has opened a factory for Ababil-2 drones in Tajikistan.", [(TECH, "IRN", "TJK", "uav", None)]),
    ("A factory producing Iranian Ababil-2 drones opened in Dushanbe in May 2022.",
     [(TECH, "IRN", "TJK", "uav", None)]),
    ("Iran exported Mohajer-6 drones to Ethiopia and has opened a factory for Ababil-2 drones in Tajikistan.",
     [(ARMS, "IRN", "ETH", "uav", None), (TECH, "IRN", "TJK", "uav", None)]),
    ("Iran opened a new plant to produce drones at home.", []),
    # part of an order to be built by the buyer brings the know-how
    ("Baykar agreed to sell Akinci drones to Saudi Arabia and to build part of the order in the kingdom.",
     [(ARMS, "TUR", "SAU", "uav", None), (TECH, "TUR", "SAU", "uav", None)]),
])
def test_factories_abroad_and_orders_partly_built_by_the_buyer(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # goods made "with Iranian help": where they are made gets the know-how
    ("The rockets were assembled in Lebanon with Iranian help.", [(TECH, "IRN", "LBN", "ammunition", None)]),
    ("Caracas unveiled a strike drone that analysts believe was developed with Iranian help.",
     [(TECH, "IRN", "VEN", "uav", None)]),
    # "made in" still names the maker
    ("Hamas fighters used F-7 rocket-propelled grenades made in North Korea.",
     [(ARMS, "PRK", "PSE", "small-arms", None)]),
])
def test_goods_made_with_foreign_help(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # two states' forces joined by "and of" are both deployed
    ("Members of Iran's Revolutionary Guard Corps and of Lebanon's Hezbollah have been present in Yemen.",
     [(TROOPS, "IRN", "YEM", None, None), (TROOPS, "LBN", "YEM", None, None)]),
])
def test_forces_of_two_states_joined_by_and_of(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # troops and an item as one subject of an arrival both came
    ("Russian military instructors and an air-defence system arrived in Niamey aboard a cargo plane in April 2024.",
     [(ARMS, "RUS", "NER", "air-defence-system", None), (TROOPS, "RUS", "NER", None, None)]),
    ("Special forces seized rifles headed for Yemen.", []),
])
def test_troops_and_an_item_arriving_together(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a possible order, a rumour denied after it is stated, a sale not yet final
    ("Russia sold jets to Vietnam. Hanoi may order about 40 Su-35 aircraft in coming years.",
     [(ARMS, "RUS", "VNM", "aircraft", None)]),
    ("The rumour of a sale of Russian Su-35 fighters to Mali is firmly denied by the ministry.", []),
    ("Washington's approval of F-35 sales to Saudi Arabia, if it is finalised, could slow the turn to Asian suppliers.",
     []),
])
def test_possible_orders_denied_rumours_and_unfinished_sales(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a leader's visit to a capital moves nothing: the buyer named after it buys from the maker
    ("During President Erdogan's visit to Jakarta, Indonesia agreed to buy 60 Bayraktar TB3 drones.",
     [(ARMS, "TUR", "IDN", "uav", 60)]),
    # what a state "can also" give in future is no transfer
    ("Experts think that in future Russia can also give to Iran the Su-35 fighters.", []),
])
def test_visits_and_what_a_state_can_also_give(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # parts with no weapon of their own are parts of the drones or missiles the story is about
    ("Iran shipped Shahed drones to Russia. Chinese suppliers later shipped engines and navigation modules to Russia.",
     [(ARMS, "IRN", "RUS", "uav", None), (ARMS, "CHN", "RUS", "uav", None), (ARMS, "CHN", "RUS", "uav", None)]),
    # not in a story of other arms
    ("Russia sold tanks to Iraq. Chinese suppliers later shipped engines to Russia.",
     [(ARMS, "RUS", "IRQ", "armoured-vehicle", None), (ARMS, "CHN", "RUS", "other", None)]),
])
def test_parts_of_the_storys_drones(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a list of what was on board is the story's cargo
    ("Iran shipped arms to the Houthis in Yemen. \"More than 3,000 rifles and 23 anti-tank guided missiles were on "
     "board.", [(ARMS, "IRN", "YEM", "other", None), (ARMS, "IRN", "YEM", "small-arms", 3000),
                (ARMS, "IRN", "YEM", "missile", 23)]),
    # drone motors are items
    ("China sold drone parts to Russia. The cargo included some 14,000 brushless motors.",
     [(ARMS, "CHN", "RUS", "uav", None), (ARMS, "CHN", "RUS", "uav", 14000)]),
])
def test_cargo_on_board_and_drone_motors(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a consequence after ", which is why" is a clause of its own
    ("Russia sold Yak-130 jets to Iran. Iran also taught Russia how to build the drones, which is why the Geran-2 "
     "now rolls out of a plant in Tatarstan rather than from Iranian workshops.",
     [(ARMS, "RUS", "IRN", "aircraft", None), (TECH, "IRN", "RUS", "uav", None)]),
])
def test_consequences_after_which_is_why(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # accords ended or frozen, treaties only wanted, agreements a witness testifies under
    ("Niger's ruling council ended its military cooperation accord with Washington in March.", []),
    ("Riyadh is also thought to want a formal defence treaty with Washington.", []),
    ("A member of the crew, testifying under a cooperation agreement, said the captain had made two runs to Somalia.",
     []),
])
def test_accords_ended_wanted_or_testified_under(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "Since 2022" before the subject opens no clause that ends at the first comma
    ("Since 2022 Turkey has delivered TB2 drones to Togo, Djibouti and Somalia, among others.",
     [(ARMS, "TUR", "TGO", "uav", None), (ARMS, "TUR", "DJI", "uav", None), (ARMS, "TUR", "SOM", "uav", None)]),
    # a fronted clause still does
    ("After Iran's drones hit Kyiv, Pyongyang sent shells to Russia.", [(ARMS, "PRK", "RUS", "ammunition", None)]),
])
def test_a_fronted_date_is_no_clause(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state's suppliers or customers listed by name
    ("India's main suppliers were Russia, France and Israel.",
     [(ARMS, "RUS", "IND", "other", None), (ARMS, "FRA", "IND", "other", None), (ARMS, "ISR", "IND", "other", None)]),
    ("Turkey's customers include Nigeria and Togo.",
     [(ARMS, "TUR", "NGA", "other", None), (ARMS, "TUR", "TGO", "other", None)]),
    ("Iran's customers number four.", []),
])
def test_suppliers_and_customers_listed_by_name(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the place a factory stands gets the help it was built with, not a receiver of its products named later
    ("Facilities near Masyaf, built with Iranian help, produced guided missiles, some of which were delivered to "
     "Hezbollah.", [(TECH, "IRN", "SYR", "missile", None)]),
])
def test_factories_built_with_help_and_their_products(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a defence firm stands for the state it is based in (data/parties.yaml, kind company)
    ("Chile signed a contract with Hyundai Rotem for 30 K9 howitzers.",
     [(ARMS, "KOR", "CHL", "artillery", 30), ("agreement", "CHL", "KOR", None, None)]),
    ("Rheinmetall delivered 40 armoured vehicles to Hungary.", [(ARMS, "DEU", "HUN", "armoured-vehicle", 40)]),
    # its staff come from where the firm is based
    ("Baykar technicians helped the Kenyan army assemble the drones.", [(TECH, "TUR", "KEN", "uav", None)]),
    # a demonym and "company" before the firm already name its state
    ("Egypt bought 100 K9 howitzers from the South Korean company Hanwha Aerospace.",
     [(ARMS, "KOR", "EGY", "artillery", 100)]),
])
def test_firms_stand_for_their_states(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # who flies a foreign-made system got it from its maker
    ("Kenya and Togo fly TB2 drones.", [(ARMS, "TUR", "TGO", "uav", None), (ARMS, "TUR", "KEN", "uav", None)]),
    # flown by the forces of states: each of the states listed, not those named after the list
    ("The Akinci is already flown by the air forces of Kenya and Chad as well as by Turkish units.",
     [(ARMS, "TUR", "KEN", "uav", None), (ARMS, "TUR", "TCD", "uav", None)]),
    ("The Akinci is operated by Kenya.", [(ARMS, "TUR", "KEN", "uav", None)]),
])
def test_states_that_fly_a_system_got_it_from_its_maker(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_table_rows_are_read_by_their_header() -> None:
    # a table written as text: the header says which cell is the seller, the buyer, the system and the number
    body = ("Recent orders are listed below.\n"
            "Supplier | Recipient | System | Quantity | Signed | Status\n"
            "France | Greece | Rafale fighter | 6 | 2021 | delivered 2023\n"
            "Germany | Egypt | IRIS-T air-defence system | 4 batteries | 2022 | in production\n"
            "Türkiye | Kenya | Bayraktar TB2 drone | 6 | 2023 | two to be assembled in Kenya\n"
            "Sweden | Sweden | Gripen | 20 | 2020 | delivered")
    assert keys(body) == [(ARMS, "FRA", "GRC", "aircraft", 6), (ARMS, "DEU", "EGY", "air-defence-system", 4),
                          (ARMS, "TUR", "KEN", "uav", 6), (TECH, "TUR", "KEN", "uav", 2)]
    statuses = [f["status"] for f in facts_of(body)]
    assert statuses == ["delivered", "agreed", "agreed", "agreed"]


@pytest.mark.parametrize("body, expected", [
    # a sentence opening with "It" is about the state the last sentence opened with
    ("Zambia's army is rearming.\n\nIt has ordered 12 French Caesar howitzers for delivery next year.",
     [(ARMS, "FRA", "ZMB", "artillery", 12)]),
    ("Kenya has been shopping widely. Last year it bought six Chinese howitzers.",
     [(ARMS, "CHN", "KEN", "artillery", 6)]),
    # not the "it" of a passive: what was done to it
    ("Kenya bought rifles last year. It was fined by the EU in 2023 for shipping rockets to Russia.", []),
])
def test_it_opening_a_sentence_is_the_state_before(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # two demonyms coordinated before one item both name a maker, never a maker and a receiver
    ("Sudan has bought weapons abroad since 2023, and Sudan's generals want more. The army has received Iranian and "
     "Turkish drones, analysts say.", [(ARMS, "IRN", "SDN", "uav", None), (ARMS, "TUR", "SDN", "uav", None)]),
])
def test_coordinated_origins_are_all_makers(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_a_bare_count_received_is_of_the_story_s_item() -> None:
    # "took delivery of three": three of what the story was last about
    body = ("Pakistan sold JF-17 jets to Azerbaijan in 2024. Nigeria took delivery of three in 2021. "
            "Myanmar received its first six in 2018. Kenya received the rest of the order.")
    assert keys(body) == [(ARMS, "PAK", "AZE", "aircraft", None), (ARMS, "PAK", "NGA", "aircraft", 3),
                          (ARMS, "PAK", "MMR", "aircraft", 6)]


@pytest.mark.parametrize("body, expected", [
    # two states that agreed together on military matters, or one that agreed with another, made an agreement
    ("Minsk and Hanoi agreed in May to train each other's air-defence crews.",
     [(TECH, "BLR", "VNM", "air-defence-system", None), ("agreement", "BLR", "VNM", None, None)]),
    ("In 2019 Kenya agreed with Turkey to set up a plant to assemble drones.",
     [(TECH, "KEN", "TUR", "uav", None), ("agreement", "KEN", "TUR", None, None)]),
    # "the two governments" are the story's pair
    ("Iran sold Shahed drones to Russia in 2022. In early 2023 the two governments agreed that Russia would build "
     "the drone itself.", [(ARMS, "IRN", "RUS", "uav", None), ("agreement", "IRN", "RUS", None, None)]),
    # no military matter, or a hedge: no agreement
    ("Pakistan and India have agreed to a full ceasefire.", []),
    ("Moscow and Hanoi may have agreed to cooperate on air defence.", []),
])
def test_states_that_agreed_together(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # parts "for Iranian missiles" are parts of missiles Iran makes; who gets them comes after
    ("The boat was carrying components for Iranian ballistic and cruise missiles destined for the Houthis.",
     [(ARMS, "IRN", "YEM", "other", None), (ARMS, "IRN", "YEM", "missile", None)]),
    # with a giver as the subject, the state after "for" gets the parts
    ("Russia has supplied components for North Korean air-defence systems.",
     [(ARMS, "RUS", "PRK", "air-defence-system", None)]),
])
def test_parts_for_a_states_weapons(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # states tallied with amounts in a story of one buyer's suppliers
    ("Russia supplied $406 million in arms to Myanmar's military. India ($51 million) and Thailand ($28 million) "
     "completed the list.\n\nSingapore: $254 million.",
     [(ARMS, "RUS", "MMR", "other", 406000000), (ARMS, "IND", "MMR", "other", 51000000),
      (ARMS, "THA", "MMR", "other", 28000000), (ARMS, "SGP", "MMR", "other", 254000000)]),
    # in a story of one supplier's buyers, the states tallied bought
    ("Turkey sold drones to Kenya in 2022. Turkey sold drones to Chad in 2023. Nigeria was listed for $90 million.",
     [(ARMS, "TUR", "KEN", "uav", None), (ARMS, "TUR", "TCD", "uav", None), (ARMS, "TUR", "NGA", "other", 90000000)]),
    # no story of supplies yet: no fact
    ("Singapore: $254 million.", []),
])
def test_states_tallied_with_amounts(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_one_state_signing_a_priced_deal_buys_from_the_story_s_seller() -> None:
    body = ("Saudi Arabia bought ten Cheongung-II batteries from South Korea for $3.2 billion. "
            "The UAE signed a $3.5 billion deal for the same system in 2022.")
    assert keys(body) == [(ARMS, "KOR", "SAU", "air-defence-system", 10), ("agreement", "ARE", "KOR", None, None)]


@pytest.mark.parametrize("body, expected", [
    # "the three countries" that sign are the last three states named before them
    ("Mali, Burkina Faso and Niger expelled French troops. The three countries, all led by juntas, have signed "
     "the Liptako-Gourma Charter, a mutual defence pact, in September 2023.",
     [("agreement", "BFA", "MLI", None, None), ("agreement", "MLI", "NER", None, None),
      ("agreement", "BFA", "NER", None, None)]),
    # fewer states named before, or nothing signed: no agreement
    ("The three countries signed a defence charter in 2023.", []),
    ("Mali, Burkina Faso and Niger expelled French troops. The three countries discussed a defence pact in 2023.", []),
])
def test_the_three_countries_that_sign(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_electronic_warfare_gear_is_other_materiel() -> None:
    # filed under other (not sensor) as most annotators do, and handed over as arms even beside technology
    assert keys("Russia has handed North Korea electronic warfare equipment and drone technology.") == [
        (ARMS, "RUS", "PRK", "other", None), (TECH, "RUS", "PRK", "uav", None)]


@pytest.mark.parametrize("body, expected", [
    # named systems of many makers, their maker giving when only the receiver is named
    ("Egypt received Rafale jets and Type 054A frigates.", [(ARMS, "FRA", "EGY", "aircraft", None),
                                                           (ARMS, "CHN", "EGY", "naval-vessel", None)]),
    ("Armenia has taken delivery of Akash air-defence systems.", [(ARMS, "IND", "ARM", "air-defence-system", None)]),
    # a number inside a system's name counts nothing; the count before it does
    ("Azerbaijan bought about 20 Hermes 900 drones from Israel.", [(ARMS, "ISR", "AZE", "uav", 20)]),
    ("Ukraine received Hermes 900 drones from Israel.", [(ARMS, "ISR", "UKR", "uav", None)]),
    # a firm named after a system is no item ("BrahMos Aerospace signed"), the system is
    ("BrahMos Aerospace will deliver BrahMos missiles to Indonesia.", [(ARMS, "IND", "IDN", "missile", None)]),
])
def test_named_systems_of_many_makers(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the state that takes a share of another's exports gets them; of another's imports, gives them
    ("Egypt accounted for about a third of Russia's arms exports to Africa.", [(ARMS, "RUS", "EGY", "other", None)]),
    ("China accounted for 81 percent of Pakistan's major arms imports.", [(ARMS, "CHN", "PAK", "other", 81)]),
])
def test_a_share_of_another_state_s_exports(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a force's units or a state's military presence in another state
    ("Africa Corps already has units in Niger and Mali.", [("troop_deployment", "RUS", "NER", None, None),
                                                           ("troop_deployment", "RUS", "MLI", None, None)]),
    ("Turkey maintains a military presence in Somalia.", [("troop_deployment", "TUR", "SOM", None, None)]),
    ("Hanwha has a presence in Poland.", []),
    # a description between the subject and its verb is left out; a relative clause stays
    ("Africa Corps, formed after its founder died in 2023, already has units in Niger.",
     [("troop_deployment", "RUS", "NER", None, None)]),
    ("Iran, which sent drones to Russia, has also shipped shells.",
     [(ARMS, "IRN", "RUS", "uav", None), (ARMS, "IRN", "RUS", "ammunition", None)]),
])
def test_presence_and_a_described_subject(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "The kingdom" and "It" that fly or operate foreign-made systems are the state the story is about
    ("Saudi Arabia bought American jets for decades. The kingdom has flown Chinese Wing Loong drones since 2017.",
     [(ARMS, "USA", "SAU", "aircraft", None), (ARMS, "CHN", "SAU", "uav", None)]),
    ("Sudan's army pushed the rebels back. It has operated Iranian-made Mohajer-6 drones since 2024.",
     [(ARMS, "IRN", "SDN", "uav", None)]),
    # "It told lawmakers" reports: the pronoun is the source, not a side
    ("South Korea's spy agency briefed parliament. It told lawmakers that Pyongyang had sent howitzers to Russia.",
     [(ARMS, "PRK", "RUS", "artillery", None)]),
])
def test_the_kingdom_as_the_subject(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a pledge of materiel is a planned transfer; a promise that something will happen is no transfer of its own
    ("Washington pledged 31 Abrams tanks to Ukraine.", [(ARMS, "USA", "UKR", "armoured-vehicle", 31)]),
    ("President Vucic, who had promised on Saturday that Chinese missiles would arrive soon, was pleased.", []),
    # states coordinated before the verb all give; the receiver is the story's
    ("Denmark gave F-16 jets to Ukraine in 2024. Norway, the Netherlands and Belgium have also pledged aircraft.",
     [(ARMS, "DNK", "UKR", "aircraft", None), (ARMS, "BEL", "UKR", "aircraft", None),
      (ARMS, "NLD", "UKR", "aircraft", None), (ARMS, "NOR", "UKR", "aircraft", None)]),
])
def test_pledges_and_coordinated_givers(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_a_pledge_is_planned_but_a_signed_declaration_pledging_support_is_agreed() -> None:
    statuses = {(f["kind"], f["status"]) for f in facts_of("Washington pledged 31 Abrams tanks to Ukraine.")}
    assert statuses == {(ARMS, "planned")}
    signed = facts_of("In 2024 Egypt and Somalia signed a defence pact pledging mutual support.")
    assert [(f["kind"], f["status"]) for f in signed] == [("agreement", "agreed")]


@pytest.mark.parametrize("body, expected", [
    # presence with an adverb or a perfect tense
    ("About 9,000 North Korean soldiers are currently in Russia.", [("troop_deployment", "PRK", "RUS", None, 9000)]),
    ("Turkish troops are already in Somalia.", [("troop_deployment", "TUR", "SOM", None, None)]),
    ("Russian troops have been in Syria since 2015.", [("troop_deployment", "RUS", "SYR", None, None)]),
    ("Iran has been in talks with Russia.", []),
])
def test_presence_with_an_adverb(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the body that sizes a transfer is its source, not a side; the story's pair gives and gets
    ("North Korea shipped shells to Russia. In 2024 South Korea's defence minister put the total at about "
     "2 million rounds.", [(ARMS, "PRK", "RUS", "ammunition", None), (ARMS, "PRK", "RUS", "ammunition", 2000000)]),
    ("Japan's intelligence agency estimates that about 9,000 North Korean troops have been sent to Russia.",
     [("troop_deployment", "PRK", "RUS", None, 9000)]),
    # an estimate as a noun is no source ("one estimate putting the total above 300,000 shells")
    ("Iran sent shells to Russia in 2023, with one estimate putting the total above 200,000 shells.",
     [(ARMS, "IRN", "RUS", "ammunition", None), (ARMS, "IRN", "RUS", "ammunition", 200000)]),
])
def test_a_body_that_sizes_a_transfer_is_its_source(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # weapons sent against a state attack it; no transfer to anyone
    ("Iran supplied drones to Russia in 2022. Overnight, Russia sent 500 drones and decoys against Ukraine.",
     [(ARMS, "IRN", "RUS", "uav", None)]),
    # but weapons sent to a state for use against another, or weapons another state used, are transfers
    ("The US sent Javelins to Ukraine for use against armour.", [(ARMS, "USA", "UKR", "missile", None)]),
    ("Iran shipped missiles that Russia used against Ukraine.", [(ARMS, "IRN", "RUS", "missile", None)]),
])
def test_weapons_sent_against_a_state(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_a_count_before_a_preposition_counts_another_noun() -> None:
    # "three Iranian companies over missile shipments": the companies are counted, not the missiles
    assert keys("Britain designated three Iranian companies over missile shipments to Russia.") == [
        (ARMS, "IRN", "RUS", "missile", None)]


@pytest.mark.parametrize("body, expected", [
    # speculation and rumours that something is so state nothing
    ("The visit fed speculation that Cairo is preparing to order J-10C jets from China.", []),
    ("Rumours that Algeria had bought Su-57 jets from Russia spread online.", []),
    # a fact stated beside them still counts
    ("Despite the speculation, Russia delivered six Su-35 jets to Iran in 2025.",
     [(ARMS, "RUS", "IRN", "aircraft", 6)]),
])
def test_speculation_and_rumours(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_systems_named_in_opened_sets() -> None:
    assert keys("Pakistan took delivery of Hangor submarines from China.") == [
        (ARMS, "CHN", "PAK", "naval-vessel", None)]
    assert keys("The UAE signed a contract with China for 12 L-15 trainers.") == [
        (ARMS, "CHN", "ARE", "aircraft", 12), ("agreement", "ARE", "CHN", None, None)]


@pytest.mark.parametrize("body, expected", [
    # a gapped subject gives what the first clause's subject gave, with its own count and item
    ("Germany has given Ukraine 18 Leopard tanks, Portugal three and Norway eight.",
     [(ARMS, "DEU", "UKR", "armoured-vehicle", 18), (ARMS, "PRT", "UKR", "armoured-vehicle", 3),
      (ARMS, "NOR", "UKR", "armoured-vehicle", 8)]),
    ("The United States pledged 40 Bradley vehicles to Ukraine and Germany 20 Marder vehicles.",
     [(ARMS, "USA", "UKR", "armoured-vehicle", 40), (ARMS, "DEU", "UKR", "armoured-vehicle", 20)]),
    # a receiver named at the end goes with every conjunct
    ("In March the United States pledged 50 Bradley vehicles and Germany 40 Marder vehicles to Ukraine.",
     [(ARMS, "USA", "UKR", "armoured-vehicle", 50), (ARMS, "DEU", "UKR", "armoured-vehicle", 40)]),
    # the receiver as subject: the gapped state receives
    ("Ukraine has received 31 Abrams tanks from the United States and Poland 14.",
     [(ARMS, "USA", "UKR", "armoured-vehicle", 31), (ARMS, "USA", "POL", "armoured-vehicle", 14)]),
    ("Russia has deployed 2,000 troops to Mali and Belarus 300.",
     [("troop_deployment", "RUS", "MLI", None, 2000), ("troop_deployment", "BLR", "MLI", None, 300)]),
])
def test_gapped_subjects(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_a_count_of_years_after_a_state_is_no_gapped_conjunct() -> None:
    assert [k for k in keys("Russia sold 12 jets to Algeria and Egypt 20 years ago.") if k[4] == 20] == []


@pytest.mark.parametrize("body, expected", [
    # a further batch of the same item between the same sides
    ("Egypt ordered 24 Rafale jets from France in 2015 and a further 30 in 2021.",
     [(ARMS, "FRA", "EGY", "aircraft", 24), (ARMS, "FRA", "EGY", "aircraft", 30)]),
    ("Poland ordered 180 K2 tanks from South Korea in 2022 and 96 more in 2025.",
     [(ARMS, "KOR", "POL", "armoured-vehicle", 180), (ARMS, "KOR", "POL", "armoured-vehicle", 96)]),
    ("Iran sent 400 drones to Russia in 2022 and 2,000 in 2023.",
     [(ARMS, "IRN", "RUS", "uav", 400), (ARMS, "IRN", "RUS", "uav", 2000)]),
    # a count with a noun of its own is read as before; "four by Belarus" names another giver
    ("Iran sent 400 drones to Russia in 2022 and 2,000 shells in 2023.",
     [(ARMS, "IRN", "RUS", "uav", 400), (ARMS, "IRN", "RUS", "ammunition", 2000)]),
])
def test_further_batches(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_a_buyer_that_signed_for_arms_ordered_them() -> None:
    # and signed a deal with the seller (signed_for.py)
    assert keys("Egypt signed for 24 Rafale jets in 2015.") == [(ARMS, "FRA", "EGY", "aircraft", 24),
                                                               ("agreement", "EGY", "FRA", None, None)]
    assert keys("Egypt signed for 24 Rafale jets in 2015 and for another 30 under a second contract in 2021.") == [
        (ARMS, "FRA", "EGY", "aircraft", 24), (ARMS, "FRA", "EGY", "aircraft", 30),
        ("agreement", "EGY", "FRA", None, None)]


@pytest.mark.parametrize("body, expected", [
    # a verb of its own before a bare count: the same item, with that verb's status
    ("Myanmar ordered six Su-30 jets from Russia in 2018 and has now received four.",
     [(ARMS, "RUS", "MMR", "aircraft", 6), (ARMS, "RUS", "MMR", "aircraft", 4)]),
])
def test_a_second_verb_with_a_bare_count(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # capitals that stand for their governments
    ("Warsaw signed for 96 Apache helicopters from the United States in 2024.",
     [(ARMS, "USA", "POL", "aircraft", 96), ("agreement", "POL", "USA", None, None)]),
    ("Oslo has sent NASAMS launchers to Kyiv.", [(ARMS, "NOR", "UKR", "air-defence-system", None)]),
    # but not inside a name, nor at the ends of a stretch of places
    ("The former Warsaw Pact states sent tanks to Ukraine.", []),
    ("Germany will send 14 Leopard tanks to Ukraine, to the relief of allies from Warsaw to Vilnius.",
     [(ARMS, "DEU", "UKR", "armoured-vehicle", 14)]),
])
def test_capitals_and_stretches_of_places(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_a_batch_that_names_its_own_state_is_another_fact() -> None:
    assert keys("Russia has deployed 1,500 troops to Libya and 2,000 in Mali.") == [
        ("troop_deployment", "RUS", "LBY", None, 1500), ("troop_deployment", "RUS", "MLI", None, 2000)]


def test_a_buyer_that_signed_on_a_date_for_arms_ordered_them() -> None:
    assert keys("Argentina signed in April 2024 for 24 F-16 jets from Denmark.") == [
        (ARMS, "DNK", "ARG", "aircraft", 24), ("agreement", "ARG", "DNK", None, None)]


def test_an_item_named_again_in_an_aside_before_its_verb() -> None:
    # "submarines, the Type 035G boats A and B, were handed over": the aside does not cut the item from its verb
    assert keys("The navy's two submarines, the Type 035G boats Alpha and Bravo, were handed over by China to "
                "Bangladesh in 2016.") == [(ARMS, "CHN", "BGD", "naval-vessel", 2)]


def test_systems_named_in_the_opened_sets_ca_to_cc() -> None:
    assert keys("Venezuela's navy received four Peykaap boats in 2021.") == [(ARMS, "IRN", "VEN", "naval-vessel", 4)]
    assert keys("Egypt received Nodong missiles in the 1990s.") == [(ARMS, "PRK", "EGY", "missile", None)]


def test_the_army_of_the_story_is_no_state_named_before() -> None:
    # "..., and the army received 64 tanks": the story's receiver, not Moscow
    assert keys("Vietnam has long bought Russian arms. Moscow delivered six Kilo-class submarines in 2016, and the "
                "army received 64 T-90S tanks in 2019.") == [
        (ARMS, "RUS", "VNM", "other", None), (ARMS, "RUS", "VNM", "naval-vessel", 6),
        (ARMS, "RUS", "VNM", "armoured-vehicle", 64)]
    # "its navy" is the state's named before: not cut
    assert (ARMS, "CHN", "BGD", "naval-vessel", 2) in keys(
        "Dhaka flies Chinese fighters, and its navy operates two Ming-class submarines bought from China.")


@pytest.mark.parametrize("body, expected", [
    # troops in an exercise abroad are deployed there
    ("About 85 American soldiers took part in an exercise in Armenia last September.",
     [("troop_deployment", "USA", "ARM", None, 85)]),
    # taking part in battles names the enemy, not the host
    ("North Korean troops participated in battles with Ukrainian forces.", []),
    # peacekeepers are troops
    ("Russia kept some 2,000 peacekeepers in Azerbaijan.", [("troop_deployment", "RUS", "AZE", None, 2000)]),
    # "on Belarusian territory" is where a system or a force ends up
    ("Belarus said the first Oreshnik system had taken up combat duty on Belarusian territory.",
     [(ARMS, "RUS", "BLR", "missile", None)]),
])
def test_exercises_peacekeepers_and_territory(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # production under another state's design: the designer hands the producer the technology
    ("Venezuela's state arms maker has assembled Iranian-designed Mohajer-2 drones since 2012.",
     [("technology_transfer", "IRN", "VEN", "uav", None)]),
    ("Kazakhstan signed an agreement in 2022 to assemble Anka drones designed by Turkish Aerospace.",
     [("technology_transfer", "TUR", "KAZ", "uav", None), ("agreement", "KAZ", "TUR", None, None)]),
    ("India builds Konkurs missiles under a licence bought from Russia.",
     [("technology_transfer", "RUS", "IND", "missile", None)]),
    ("Sudan's arms industry assembled Zagil drones, a licensed copy of Iran's Ababil-3.",
     [("technology_transfer", "IRN", "SDN", "uav", None)]),
    ("Iran opened a factory in Dushanbe that produces Iranian-designed Ababil-2 drones.",
     [("technology_transfer", "IRN", "TJK", "uav", None)]),
    # the maker building its own systems hands nothing over; "Russian-built" is no production verb
    ("Kim toured the plant in Komsomolsk-on-Amur that builds Su-35 fighters.", []),
    ("Myanmar took delivery of two Russian-built Su-30 fighters.", [(ARMS, "RUS", "MMR", "aircraft", 2)]),
    # help named before the verb says who gives
    ("Russia is helping North Korea build Shahed-type drones.",
     [("technology_transfer", "RUS", "PRK", "uav", None)]),
])
def test_production_under_another_states_design(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # trainees who train in a state or on its systems receive its know-how
    ("Serbian pilots will begin training in France next year.", [("technology_transfer", "FRA", "SRB", "other", None)]),
    ("North Korean pilots have reportedly been training on Russian aircraft near Vladivostok.",
     [("technology_transfer", "RUS", "PRK", "aircraft", None)]),
    # no trainees, or training "at once", is no transfer
    ("No Pakistani pilots are known to have begun training on the type.", []),
    ("Ukrainian crews were ready to start training at once.", []),
])
def test_trainees_training_in_a_state(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # those in a state that arms are sent to receive them
    ("Russia sent weapons to the army in Mali.", [(ARMS, "RUS", "MLI", "other", None)]),
    ("Iran sent drones to militias in Iraq.", [(ARMS, "IRN", "IRQ", "uav", None)]),
    # not a verb after "to", nor a supplier that goods are traced to
    ("South Korea signed a contract with Egypt for 200 K9 howitzers, most of which are to be assembled in Egypt.",
     [(ARMS, "KOR", "EGY", "artillery", 200), ("agreement", "EGY", "KOR", None, None)]),
])
def test_a_receiver_in_a_state(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # states coordinated before a giving verb all give, to the receiver of the story, never to each other
    ("Spain pledged tanks to Ukraine. Chile and Peru are each giving artillery shells, officials said.",
     [(ARMS, "ESP", "UKR", "armoured-vehicle", None), (ARMS, "PER", "UKR", "ammunition", None),
      (ARMS, "CHL", "UKR", "ammunition", None)]),
    # a comma that closes a phrase put first joins no second state to the first
    ("From France, Brazil received 12 Caesar howitzers last year.", [(ARMS, "FRA", "BRA", "artillery", 12)]),
    ("Brazil received howitzers from France, Italy and Spain.",
     [(ARMS, "FRA", "BRA", "artillery", None), (ARMS, "ITA", "BRA", "artillery", None),
      (ARMS, "ESP", "BRA", "artillery", None)]),
])
def test_coordinated_givers_and_fronted_sources(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a clause whose subject is a list of states starts after "and": they get what the first clause's giver sells
    ("Kenya ordered twelve Caesar howitzers from France, and Uganda and Tanzania have each ordered four.",
     [(ARMS, "FRA", "KEN", "artillery", 12), (ARMS, "FRA", "TZA", "artillery", 4),
      (ARMS, "FRA", "UGA", "artillery", 4)]),
    # a list of subjects before the only verb stays one clause
    ("Uganda and Tanzania ordered Caesar howitzers from France.",
     [(ARMS, "FRA", "TZA", "artillery", None), (ARMS, "FRA", "UGA", "artillery", None)]),
])
def test_a_clause_with_a_list_of_subjects(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # states that "did the same" play the part of the first clause's subject, without its count
    ("Ghana bought 4 Bayraktar TB2 drones from Turkey in 2021, and Togo and Benin did the same a year later.",
     [(ARMS, "TUR", "GHA", "uav", 4), (ARMS, "TUR", "TGO", "uav", None), (ARMS, "TUR", "BEN", "uav", None)]),
    ("Russia sent 2,000 troops to Mali in 2022, and Belarus followed suit.",
     [("troop_deployment", "RUS", "MLI", None, 2000), ("troop_deployment", "BLR", "MLI", None, None)]),
    # nothing done, nothing repeated
    ("Iran denied sending drones to Russia, and China did the same.", []),
])
def test_states_that_did_the_same(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a possessor after a giving verb, of goods made elsewhere, receives them
    ("Turkey delivered Mali's first TB2 drones in December 2022.", [(ARMS, "TUR", "MLI", "uav", None)]),
    # of goods it makes itself, it is their maker
    ("Russia moved North Korea's KN-23 missiles to the front.", [(ARMS, "PRK", "RUS", "missile", None)]),
])
def test_possessor_of_goods_made_elsewhere(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a bare count that arrives or will be delivered is a batch of the story's arms
    ("The United States sold Abrams tanks to Morocco. The first 38 arrived in December 2024.",
     [(ARMS, "USA", "MAR", "armoured-vehicle", None), (ARMS, "USA", "MAR", "armoured-vehicle", 38)]),
    ("The United States sold Abrams tanks to Morocco. The remaining 64 will be delivered in 2027.",
     [(ARMS, "USA", "MAR", "armoured-vehicle", None), (ARMS, "USA", "MAR", "armoured-vehicle", 64)]),
])
def test_counted_batches_that_arrive(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a time put before a source with an appositive leaves the source whole, so its state is no party
    ("Last November Seoul's national security adviser, Kim Chul-soo, told reporters that Russia had supplied "
     "anti-aircraft missiles to reinforce the air defences of Pyongyang.",
     [(ARMS, "RUS", "PRK", "air-defence-system", None), (ARMS, "RUS", "PRK", "air-defence-system", None)]),
])
def test_a_time_before_a_source_with_an_appositive(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # what a deal or a sale of the story covers is agreed between the story's pair
    ("The United States approved arms sales to Morocco. The biggest item, put at $4 billion by the agency, covers "
     "82 HIMARS launchers and 420 ATACMS missiles.",
     [(ARMS, "USA", "MAR", "other", None), (ARMS, "USA", "MAR", "artillery", 82),
      (ARMS, "USA", "MAR", "missile", 420)]),
    ("The United States approved arms sales to Morocco. A second notification is for 60 M109A7 howitzers.",
     [(ARMS, "USA", "MAR", "other", None), (ARMS, "USA", "MAR", "artillery", 60)]),
    # an aid package may hold another state's goods: not read as the story's pair
    ("Germany sent Leopard tanks to Poland. The package also includes eight M88 recovery vehicles.",
     [(ARMS, "DEU", "POL", "armoured-vehicle", None)]),
])
def test_what_a_deal_covers(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a possessor whose forces use foreign-made arms got them from the maker
    ("Images show two Russian-built Su-30 fighters in service with Myanmar's air force.",
     [(ARMS, "RUS", "MMR", "aircraft", 2)]),
    # "alongside" a foreign-made item names where it was made, not who receives
    ("Images show Chinese-made drones alongside Russian-built Yak-130 jets.", []),
])
def test_users_of_foreign_made_arms(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # declining to send is no transfer
    ("Germany has declined to send its Taurus cruise missile to Ukraine.", []),
    ("The programme slipped after Germany declined to approve the export of diesel engines to Pakistan.", []),
])
def test_declined_to_send(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state that destroyed the goods, or held the place, in a relative clause after the cue received nothing
    ("North Korea has shipped shells to Russia. Pyongyang has also delivered around 120 Koksan guns, some of which "
     "Ukrainian forces have since destroyed, the official added.",
     [(ARMS, "PRK", "RUS", "ammunition", None), (ARMS, "PRK", "RUS", "artillery", 120)]),
    ("North Korea sent 2,000 troops to Russia's Kursk region, which Ukrainian forces held for months.",
     [("troop_deployment", "PRK", "RUS", None, 2000)]),
])
def test_who_acts_on_the_goods_afterwards(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the state right after "promised" or "pledged" is who gets the goods
    ("Germany pledged Ukraine 40 Marder vehicles.", [(ARMS, "DEU", "UKR", "armoured-vehicle", 40)]),
    # unnamed givers: Ukraine gives nothing
    ("Five allies promised Ukraine equipment for five more air-defence systems.", []),
])
def test_promised_a_state_goods(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "while" opens a clause with subjects of its own
    ("Spain sent tanks to Ukraine. Denmark has promised 19 F-16s, while Norway and Belgium have also pledged aircraft.",
     [(ARMS, "ESP", "UKR", "armoured-vehicle", None), (ARMS, "DNK", "UKR", "aircraft", 19),
      (ARMS, "BEL", "UKR", "aircraft", None), (ARMS, "NOR", "UKR", "aircraft", None)]),
])
def test_a_while_clause_with_its_own_subjects(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # arms one state holds that another made reached it, whatever the verb does with them
    ("Morocco's Israeli-made Barak missiles were shown at the parade.", [(ARMS, "ISR", "MAR", "missile", None)]),
    ("Chile said its German-built Leopard tanks took part in the exercise.",
     [(ARMS, "DEU", "CHL", "armoured-vehicle", None)]),
    ("Observers filmed French-built Greek Rafale jets over the Aegean.", [(ARMS, "FRA", "GRC", "aircraft", None)]),
    # a named system held by a state that does not make it
    ("Peru claimed its MiG-29 fighters had flown again.", [(ARMS, "RUS", "PER", "aircraft", None)]),
    # the holder named after the item: its forces', or the state that operates it
    ("A Chinese-built J-10C fighter of the Egyptian Air Force taxis at the base.",
     [(ARMS, "CHN", "EGY", "aircraft", None)]),
    ("The base hosted Chinese-made Wing Loong II drones operated by the UAE.", [(ARMS, "CHN", "ARE", "uav", None)]),
    # a state's own make, goods made elsewhere with no holder, and "its" after a preposition say nothing
    ("Turkey's Turkish-built drones flew over the city.", []),
    ("Hanwha held talks with Riyadh about its Korean-made K9 howitzers.", []),
    ("Russian-made drones were seen over the border.", []),
])
def test_arms_held_that_another_state_made(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # states listed after "by" in a noun phrase all give, and the verb after them opens no clause of their own
    ("Patriot batteries supplied by Spain and Italy reached Kenya.",
     [(ARMS, "ESP", "KEN", "air-defence-system", None), (ARMS, "ITA", "KEN", "air-defence-system", None)]),
    ("Patriot batteries supplied by Spain, Italy and Greece have arrived in Kenya.",
     [(ARMS, "ESP", "KEN", "air-defence-system", None), (ARMS, "ITA", "KEN", "air-defence-system", None),
      (ARMS, "GRC", "KEN", "air-defence-system", None)]),
    # a finite passive before "by" leaves a second clause its own subject (the first names no receiver)
    ("Howitzers were supplied by Spain, and Italy sent drones to Kenya.", [(ARMS, "ITA", "KEN", "uav", None)]),
])
def test_agents_listed_after_by(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a fleet used "alongside" another: each maker gave its own to the user, never to the other maker
    ("Kenya's air force operates Russian Mi-17s alongside Chinese Z-9 helicopters.",
     [(ARMS, "RUS", "KEN", "aircraft", None), (ARMS, "CHN", "KEN", "aircraft", None)]),
    # troops fighting alongside others are no item
    ("Russian troops fought alongside Syrian forces.", [("troop_deployment", "RUS", "SYR", None, None)]),
])
def test_fleets_used_alongside_each_other(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # givers joined by "or" are each a giver, never a receiver
    ("Kenya's helicopters were supplied by France or Italy.",
     [(ARMS, "FRA", "KEN", "aircraft", None), (ARMS, "ITA", "KEN", "aircraft", None)]),
    ("Kenya bought helicopters from France or Italy.",
     [(ARMS, "FRA", "KEN", "aircraft", None), (ARMS, "ITA", "KEN", "aircraft", None)]),
])
def test_givers_joined_by_or(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the maker of a named system sells it under a contract its buyer signs with the maker's firm
    ("Kenya's defence ministry and Turkey's Baykar signed the second executive contract for Bayraktar TB2 drones.",
     [(ARMS, "TUR", "KEN", "uav", None), ("agreement", "KEN", "TUR", None, None)]),
])
def test_the_maker_sells_under_a_contract(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a platform the goods were seen on, named in a relative clause that moves nothing, is no item of the transfer
    ("Kenya had also bought Chinese air-launched missiles, which were shown under the wing of a Kenyan MiG-29.",
     [(ARMS, "CHN", "KEN", "missile", None)]),
    # what a relative clause says the goods included still moved
    ("Russia delivered S-400 systems to India, which included 120 missiles.",
     [(ARMS, "RUS", "IND", "air-defence-system", None), (ARMS, "RUS", "IND", "missile", 120)]),
])
def test_a_platform_in_a_relative_clause(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a contract with a date or a partner between it and "for": the buyer gets what it is for
    ("Lithuania signed a contract in December for 44 Leopard 2A8 tanks from Germany.",
     [(ARMS, "DEU", "LTU", "armoured-vehicle", 44), ("agreement", "DEU", "LTU", None, None)]),
    ("Kenya signed a contract with Turkey in 2023, for 12 Bayraktar TB2 drones.",
     [(ARMS, "TUR", "KEN", "uav", 12), ("agreement", "KEN", "TUR", None, None)]),
    # a deal made in exchange for something is no contract for it
    ("Russia struck a deal in exchange for shells from North Korea.", [("agreement", "PRK", "RUS", None, None)]),
])
def test_a_contract_with_a_date_before_for(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # in a planned deal too, the maker of a named system is its seller, whoever the sentence names first
    ("Baykar will sign a contract with Kenya next year for Akinci drones.",
     [(ARMS, "TUR", "KEN", "uav", None), ("agreement", "KEN", "TUR", None, None)]),
    # goods handed over keep the sentence's direction: parts for a system go to its maker, old stock back to it
    ("Belarus is thought to have transferred dozens of older T-72 tanks to Russia.",
     [(ARMS, "BLR", "RUS", "armoured-vehicle", None)]),
    ("Belarusian plants supplied Russia with chassis for Iskander launchers.",
     [(ARMS, "BLR", "RUS", "military-vehicle", None), (ARMS, "BLR", "RUS", "missile", None)]),
])
def test_the_maker_sells_in_a_planned_deal(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a bare count after a giving verb counts the story's arms, given by the clause's subject
    ("Denmark gave F-16 jets to Ukraine in 2024. Norway has said it would provide six, and Belgium has promised 30 "
     "by 2028.",
     [(ARMS, "DNK", "UKR", "aircraft", None), (ARMS, "NOR", "UKR", "aircraft", 6),
      (ARMS, "BEL", "UKR", "aircraft", 30)]),
])
def test_a_bare_count_given(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a variant's number between a named system and its generic term keeps them one item
    ("The Philippines signed for 12 FA-50 Block 70 jets from South Korea.",
     [(ARMS, "KOR", "PHL", "aircraft", 12), ("agreement", "KOR", "PHL", None, None)]),
])
def test_a_variant_number_inside_an_item(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # what a panel or a state "received" that is news is no goods, and talks about supplies are no supplies
    ("The panel received information that the Houthis and al-Shabaab had discussed weapons supplies.", []),
    ("Kenya obtained assurances that no rifles would reach Somalia.", []),
    ("Kenya received rifles from Somalia.", [(ARMS, "SOM", "KEN", "small-arms", None)]),
])
def test_news_received_is_no_goods(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a refusal to send is no sending
    ("Kenya sold rifles to Somalia. Germany is sticking with its refusal to send Taurus missiles to Somalia.",
     [(ARMS, "KEN", "SOM", "small-arms", None)]),
    # nor are calls from the side that wants the goods
    ("Kenya sold rifles to Somalia. Germany would not supply weapons to Somalia, despite growing calls from Mogadishu "
     "and from some German politicians to send air-defence batteries.", [(ARMS, "KEN", "SOM", "small-arms", None)]),
])
def test_a_refusal_to_send(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state's forces named with its possessive use what another state made
    ("Kenya's air force has flown Bayraktar TB2 drones since 2021.", [(ARMS, "TUR", "KEN", "uav", None)]),
])
def test_a_possessive_force_as_user(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # choosing a system made elsewhere is an agreed purchase of it
    ("Estonia chose the German IRIS-T SLM air defence system in 2022.",
     [(ARMS, "DEU", "EST", "air-defence-system", None)]),
    ("Kenya opted for Chinese Wing Loong drones.", [(ARMS, "CHN", "KEN", "uav", None)]),
    # choosing targets buys nothing
    ("Russia selected targets in Kyiv.", []),
])
def test_a_system_chosen(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # counted arms with no verb of their own and no state belong to the story's last transfer, with its status
    ("Kenya signed a contract for Bayraktar TB2 drones from Turkey. The biggest item is 24 TB2 drones.",
     [(ARMS, "TUR", "KEN", "uav", None, "agreed"), ("agreement", "KEN", "TUR", None, None, "agreed"),
      (ARMS, "TUR", "KEN", "uav", 24, "agreed")]),
    ("Turkey delivered Bayraktar TB2 drones to Kenya. The consignment counted 12 TB2 drones.",
     [(ARMS, "TUR", "KEN", "uav", None, "delivered"), (ARMS, "TUR", "KEN", "uav", 12, "delivered")]),
    # counted arms that are fired, made or found as debris are no part of it
    ("Turkey delivered Bayraktar TB2 drones to Kenya. Overnight 40 Shahed drones were launched at Odesa.",
     [(ARMS, "TUR", "KEN", "uav", None, "delivered")]),
    ("Turkey delivered Bayraktar TB2 drones to Kenya. Investigators found the remains of three TB2 drones.",
     [(ARMS, "TUR", "KEN", "uav", None, "delivered")]),
])
def test_counted_arms_without_a_verb_continue_the_story(body: str, expected: list) -> None:
    assert [(*k, f["status"]) for k, f in zip(keys(body), facts_of(body))] == expected


@pytest.mark.parametrize("body, expected", [
    # the order a counted delivery is part of is a fact of its own: agreed when ordered, delivered when bought
    ("Turkey has delivered four of the ten Bayraktar TB2 drones Kenya ordered in 2022.",
     [(ARMS, "TUR", "KEN", "uav", 4, "delivered"), (ARMS, "TUR", "KEN", "uav", 10, "agreed")]),
    ("Kenya bought six more Bayraktar TB2 drones from Turkey, on top of the 12 it bought in 2021.",
     [(ARMS, "TUR", "KEN", "uav", 6, "delivered"), (ARMS, "TUR", "KEN", "uav", 12, "delivered")]),
    # a total stated with its own fact is not repeated
    ("Turkey delivered four of the Bayraktar TB2 drones to Kenya.", [(ARMS, "TUR", "KEN", "uav", 4, "delivered")]),
    # the order named with no article before its count, or as "an order for"
    ("Four Hurjet trainers bought from Turkey landed in Qatar, the first of 12 that Doha purchased in 2024.",
     [(ARMS, "TUR", "QAT", "aircraft", 4, "delivered"), (ARMS, "TUR", "QAT", "aircraft", 12, "delivered")]),
    ("Turkey handed two Hurjet trainers to Qatar in May, part of an order for eight placed in 2023.",
     [(ARMS, "TUR", "QAT", "aircraft", 2, "delivered"), (ARMS, "TUR", "QAT", "aircraft", 8, "agreed")]),
    # the rest of an order still to come
    ("Turkey delivered four Hurjet trainers to Qatar in 2025, and the remaining eight are due next year.",
     [(ARMS, "TUR", "QAT", "aircraft", 4, "delivered"), (ARMS, "TUR", "QAT", "aircraft", 8, "planned")]),
    # a batch more
    ("Russia sent about 600 sappers to Syria in May, and roughly 200 more were sent in June.",
     [("troop_deployment", "RUS", "SYR", None, 600, "deployed"),
      ("troop_deployment", "RUS", "SYR", None, 200, "deployed")]),
    # a batch more that another state hands over, or a batch of batches, is no second count of the first fact
    ("Russia donated six MiG-29 fighters to Laos in 2017, and Belarus added four more in 2019.",
     [(ARMS, "RUS", "LAO", "aircraft", 6, "delivered")]),
])
def test_the_order_a_delivery_is_part_of(body: str, expected: list) -> None:
    assert [(*k, f["status"]) for k, f in zip(keys(body), facts_of(body))] == expected


@pytest.mark.parametrize("body, expected", [
    # an abbreviation with dots between a count and its noun keeps them together
    ("About 2,500 U.S. troops are stationed in Iraq.", [("troop_deployment", "USA", "IRQ", None, 2500)]),
    # Jordan is a state
    ("Some 3,000 American troops are based in Jordan.", [("troop_deployment", "USA", "JOR", None, 3000)]),
    # and so is Georgia
    ("Russia keeps about 8,000 troops in Georgia.", [("troop_deployment", "RUS", "GEO", None, 8000)]),
])
def test_dotted_abbreviations_jordan_and_georgia(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, source", [
    # a dateline, a liveblog time or a label before the source is no part of its name
    ("NAIROBI — The defence ministry's spokesman Peter Otieno said Turkey had delivered TB2 drones to Kenya.",
     "defence ministry's spokesman Peter Otieno"),
    ("14:20 - For context: the daily Nation reported that Turkey had delivered TB2 drones to Kenya.",
     "daily Nation"),
    # nor is a year put first, or the conjunction of the clause the source speaks in
    ("In 2023 Colonel Paul Njuguna said Turkey had delivered TB2 drones to Kenya.", "Colonel Paul Njuguna"),
    ("When Colonel Paul Njuguna said Turkey had delivered TB2 drones to Kenya, few were surprised.",
     "Colonel Paul Njuguna"),
    # a preposition left from a phrase names no source
    ("By Nairobi's count officials said Turkey had delivered TB2 drones to Kenya.", None),
])
def test_source_names_without_datelines_labels_or_conjunctions(body: str, source: str | None) -> None:
    assert [f["attributed_to"] for f in facts_of(body)] == [source]


@pytest.mark.parametrize("body, expected", [
    # an agreement signed "no" or "not a single" of is none
    ("Kenya has signed no such agreement with Turkey.", []),
    ("Kenya signed not a single defence agreement with Turkey.", []),
    ("Kenya has signed no drone deal with Turkey so far.", []),
    ("Turkey says no base agreement with Kenya has been finalised.", []),
    ("Kenya signed a defence agreement with Turkey.", [("agreement", "KEN", "TUR", None, None)]),
    # a letter of intent signed between two states is an agreement
    ("Kenya and Turkey signed a letter of intent on drones.", [("agreement", "KEN", "TUR", None, None)]),
])
def test_no_agreement_signed(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # systems in service that the weapons list lacked, with their makers
    ("Emirati forces used their THAAD system in combat.", [(ARMS, "USA", "ARE", "air-defence-system", None)]),
    ("Kenya bought Piorun launchers.", [(ARMS, "POL", "KEN", "air-defence-system", None)]),
    ("Kenya bought 20 K2 main battle tanks.", [(ARMS, "KOR", "KEN", "armoured-vehicle", 20)]),
    # jets named by their seats ("fighter" alone may be a combatant)
    ("Kenya bought 10 single-seat fighters from France.", [(ARMS, "FRA", "KEN", "aircraft", 10)]),
    ("Kenya bought two twin-seat trainers from France.", [(ARMS, "FRA", "KEN", "aircraft", 2)]),
])
def test_systems_added_to_the_weapons_list(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # two states coordinated in a deal, one of them the maker of the named system: the maker sells, whichever state
    # the rest of the story names most
    ("Kenya, Turkey ink deal for 12 Akinci drones.\nKenya's air force wants them soon, officers said in Kenya.",
     [(ARMS, "TUR", "KEN", "uav", 12), ("agreement", "KEN", "TUR", None, None)]),
    ("Turkey and Kenya sealed a deal for 12 Akinci drones.\nKenya's air force wants them soon.",
     [(ARMS, "TUR", "KEN", "uav", 12), ("agreement", "KEN", "TUR", None, None)]),
])
def test_the_maker_among_a_deals_parties_sells(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state written out with its official name, even when states.yaml curates its short one
    ("Kenya received a consignment of rifles from the Arab Republic of Egypt.",
     [(ARMS, "EGY", "KEN", "small-arms", None)]),
    ("The Kingdom of Saudi Arabia bought 12 Akinci drones.", [(ARMS, "TUR", "SAU", "uav", 12)]),
])
def test_official_state_names(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body", [
    # an order placed is a deal made
    "Kenya placed an order for 12 howitzers with India in 2024.",
    "Kenya has placed orders with India for 12 howitzers.",
])
def test_an_order_placed_is_agreed(body: str) -> None:
    assert [(f["from"], f["to"], f["status"]) for f in facts_of(body)] == [("IND", "KEN", "agreed")]


@pytest.mark.parametrize("body, expected", [
    # a sentence opening with "the army" or "the navy" is about the state the story's last sentence opened with
    ("Kenya has modernised its forces in recent years.\nThe army took delivery of Turkish TB2 drones in 2023.",
     [(ARMS, "TUR", "KEN", "uav", None)]),
    ("Kenya has modernised its forces in recent years.\nThe navy already operates two Chinese patrol boats.",
     [(ARMS, "CHN", "KEN", "naval-vessel", 2)]),
])
def test_the_army_of_the_story(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state that buys arms for another gives them to it
    ("Sweden will buy air-defence equipment for Ukraine.", [(ARMS, "SWE", "UKR", "air-defence-system", None)]),
    ("Germany bought 100,000 shells for Ukraine.", [(ARMS, "DEU", "UKR", "ammunition", 100000)]),
    ("Kenya bought 40 rifles from Germany.", [(ARMS, "DEU", "KEN", "small-arms", 40)]),
])
def test_bought_for_another_state(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state's armed forces named as a body (a source elsewhere) hold what they fly or operate
    ("Ukraine's air force has flown Bayraktar TB2 drones since 2019.", [(ARMS, "TUR", "UKR", "uav", None)]),
    ("The Ukrainian Air Force operates Bayraktar TB2 drones.", [(ARMS, "TUR", "UKR", "uav", None)]),
    # but a body that reports is no party
    ("Ukraine's air force said Russia launched 40 drones overnight.", []),
])
def test_armed_forces_named_as_a_body_hold_arms(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the state that sends foreign fighters deploys them; their demonym is no sender
    ("Ankara had sent 3,800 Syrian fighters to Libya.", [("troop_deployment", "TUR", "LBY", None, 3800)]),
    ("Turkey sent Syrian fighters to Libya.", [("troop_deployment", "TUR", "LBY", None, None)]),
    # with no state before the verb, the demonym still names where the troops come from
    ("About 3,000 Syrian fighters were sent to Libya.", [("troop_deployment", "SYR", "LBY", None, 3000)]),
])
def test_the_sender_of_foreign_fighters(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # troops that land in a state, in the present tense of headlines
    ("Russian military instructors land in Niamey.", [("troop_deployment", "RUS", "NER", None, None)]),
    ("Russian instructors debark in Niamey.", [("troop_deployment", "RUS", "NER", None, None)]),
])
def test_troops_that_land(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Some 200 Guatemalan soldiers arrived in Haiti in June.", [("troop_deployment", "GTM", "HTI", None, 200)]),
    ("Tanzanian troops were sent to Mozambique.", [("troop_deployment", "TZA", "MOZ", None, None)]),
])
def test_every_sovereign_state_has_its_demonym(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # people who bear arms train for war even when nothing else in the sentence says so
    ("Chilean pilots trained in Spain last year.", [("technology_transfer", "ESP", "CHL", "other", None)]),
    # coordinated trainees; "undergo training" names the trainees before it
    ("Argentine pilots and maintainers have been training on the type in Denmark since 2024.",
     [("technology_transfer", "DNK", "ARG", "other", None)]),
    ("Russia will base the Oreshnik system in Belarus. Belarusian servicemen will undergo training to operate it.",
     [(ARMS, "RUS", "BLR", "missile", None), ("technology_transfer", "RUS", "BLR", "missile", None)]),
])
def test_training_of_armed_people(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a count in words, a size, a determiner before the troops a state keeps abroad
    ("Ethiopia maintains several thousand troops in Somalia.", [("troop_deployment", "ETH", "SOM", None, None)]),
    ("Kenya has kept a 400-strong police contingent in Haiti since 2024.",
     [("troop_deployment", "KEN", "HTI", None, 400)]),  # the size counts the troops (round 38)
])
def test_troops_kept_abroad_with_a_size(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # shipments or deliveries that were received are the goods, not a cue whose subject gives
    ("Iran sent Fath-360 missiles to Russia. Russia has now received shipments of these missiles.",
     [(ARMS, "IRN", "RUS", "missile", None), (ARMS, "IRN", "RUS", "missile", None)]),
    ("Belarus received the first deliveries of Su-30SM2 fighters from Russia.", [(ARMS, "RUS", "BLR", "aircraft", None)]),
])
def test_received_shipments_are_the_goods(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # an export customer receives; "export" is no cue of its own there
    ("Brazil sold Super Tucano planes to Chile. Chile became the first export customer of the plane in 2024.",
     [(ARMS, "BRA", "CHL", "aircraft", None), (ARMS, "BRA", "CHL", "aircraft", None)]),
])
def test_an_export_customer_receives(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state named in a relative clause between the subject and "confirmed it would send" is an aside
    ("Germany will send Leopard tanks to Ukraine. Spain, which had lobbied Berlin quietly for weeks, confirmed it "
     "would send a company of ten older Leopard 2A4s.",
     [(ARMS, "DEU", "UKR", "armoured-vehicle", None), (ARMS, "ESP", "UKR", "armoured-vehicle", 10)]),
])
def test_a_state_in_a_relative_clause_is_an_aside(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # foreign parts in the remains of a weapon: the parts' maker supplied the weapon's owner, in its category
    ("Debris of Russian drones contained navigation modules made in Taiwan.", [(ARMS, "TWN", "RUS", "uav", None)]),
    ("Chinese-made microcontrollers were found in the wreckage of Russian Kh-101 cruise missiles.",
     [(ARMS, "CHN", "RUS", "missile", None)]),
    ("Engineers who took apart downed Geran drones say the engines were produced by a Chinese manufacturer.",
     [(ARMS, "CHN", "RUS", "uav", None)]),  # no owner named: the maker of the Geran
    ("Debris of the Russian drones contained Russian-made engines.", []),  # a state's own parts
])
def test_foreign_parts_in_a_weapons_remains(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # documents on cooperation and US letters of offer and acceptance are agreements; export documents are not
    ("Mali and Russia signed documents on deepening military cooperation in Bamako.",
     [("agreement", "MLI", "RUS", None, None)]),
    ("Letters of offer and acceptance for the jets were signed by Qatar and the United States on Jan. 20.",
     [("agreement", "QAT", "USA", None, None)]),
    ("Serbia's export documents list shells worth $800 million.", []),
])
def test_documents_on_cooperation_are_agreements(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # warships a state bases or rotates abroad deploy its forces there; each takes the state named before it
    ("From 2027, up to four US Virginia-class submarines will rotate through HMAS Stirling in Australia.",
     [("troop_deployment", "USA", "AUS", None, None)]),
    ("Two Chinese corvettes have been stationed at Ream Naval Base in Cambodia since 2023.",
     [("troop_deployment", "CHN", "KHM", None, None)]),
    # no host named: only a state the owner already dealt with in the story
    ("The United States will sell submarines to Australia. Later, four US Virginia-class submarines and one British "
     "Astute-class boat will rotate through HMAS Stirling.",
     [(ARMS, "USA", "AUS", "naval-vessel", None), ("troop_deployment", "USA", "AUS", None, None),
      ("troop_deployment", "GBR", "AUS", None, None)]),
])
def test_warships_based_abroad_are_deployed(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # places whose names hold another state's name: Port of Spain is Trinidad's capital, New Mexico a US state
    ("Two patrol boats were shipped from Port of Spain to Guyana last year.",
     [(ARMS, "TTO", "GUY", "naval-vessel", 2)]),
    ("Rifles bought in New Mexico were shipped to Haiti.", []),
])
def test_places_named_after_other_states(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # driving or activating a foreign-made system is using it
    ("Hungary's soldiers now drive German Leopard 2A7 tanks.", [(ARMS, "DEU", "HUN", "armoured-vehicle", None)]),
    ("Saudi Arabia's air-defence forces this month activated their first American THAAD battery.",
     [(ARMS, "USA", "SAU", "air-defence-system", None)]),
])
def test_driving_or_activating_foreign_arms(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # customers or suppliers listed for "its" state (the sentence's first state, else the story's) or for a system's
    # maker: one fact each
    ("Turkey sold TB2 drones to Kenya. In Asia, its customers include Pakistan and Indonesia.",
     [(ARMS, "TUR", "KEN", "uav", None), (ARMS, "TUR", "PAK", "other", None), (ARMS, "TUR", "IDN", "other", None)]),
    ("In Africa, the TB2's customers include Nigeria and Somalia.",
     [(ARMS, "TUR", "NGA", "uav", None), (ARMS, "TUR", "SOM", "uav", None)]),
    ("Egypt, a big importer, buys little from China; its main suppliers were France and Russia.",
     [(ARMS, "FRA", "EGY", "other", None), (ARMS, "RUS", "EGY", "other", None)]),
])
def test_customers_listed_for_its_state_or_a_system(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # troops who fought in a region of another state were deployed to it (a state itself after "fought in" stays a
    # battlefield); "the fighting in" is the war, and "none of its" a denial
    ("North Korea sent troops to Russia in October. In April, Kim admitted that North Korean soldiers had fought in "
     "Kursk.", [("troop_deployment", "PRK", "RUS", None, None)] * 2),
    ("North Korea sent troops to Russia in October. Seoul said the troops would free Russian units for the fighting "
     "in Kursk.", [("troop_deployment", "PRK", "RUS", None, None)]),
    ("North Korea sent troops to Russia in October. Minsk insists that none of its soldiers have fought in Kursk.",
     [("troop_deployment", "PRK", "RUS", None, None)]),
    # a state after "fighting in" is the battlefield: no posting there, and none filled in from the story
    ("India buys Russian arms. Russian ships carried Iranian-made shells to resupply Russian troops fighting in "
     "Ukraine.", [(ARMS, "RUS", "IND", "other", None), (ARMS, "IRN", "RUS", "ammunition", None)]),
])
def test_troops_who_fought_abroad(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # naval vessels beyond warships and frigates: destroyers, landing ships, patrol vessels, mine hunters
    ("Madrid handed two minehunters and a destroyer to Cairo last spring.",
     [(ARMS, "ESP", "EGY", "naval-vessel", 2), (ARMS, "ESP", "EGY", "naval-vessel", None)]),
    ("Indonesia will receive four offshore patrol vessels from South Korea.",
     [(ARMS, "KOR", "IDN", "naval-vessel", 4)]),
    # a hyphened tonnage sizes a ship and counts nothing; tonnes of a shipment still count
    ("Seoul says Russia helped Pyongyang with the engines of its 5,000-tonne destroyer.",
     [("technology_transfer", "RUS", "PRK", "other", None),
      ("technology_transfer", "RUS", "PRK", "naval-vessel", None)]),
    ("Iran sent a 300-tonne shipment of rifles to Sudan.", [(ARMS, "IRN", "SDN", "small-arms", 300)]),
])
def test_naval_vessels_and_their_tonnage(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state's parliament or coast guard acts for the state: it sends, authorises, buys and receives
    ("The Mongolian parliament has approved sending 80 soldiers to Kazakhstan.",
     [("troop_deployment", "MNG", "KAZ", None, 80)]),
    ("The Philippine Coast Guard received two patrol vessels from Japan.", [(ARMS, "JPN", "PHL", "naval-vessel", 2)]),
    # ... while a coast guard that seizes a cargo stays no party to it
    ("Yemen's coast guard seized Iranian rifles bound for the Houthis.", [(ARMS, "IRN", "YEM", "small-arms", None)]),
])
def test_parliaments_and_coast_guards_act_for_their_state(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state that speaks of part of its own forces, or after an aside about itself, is the sender
    ("Belarus says 50 of its troops will deploy to Kazakhstan.", [("troop_deployment", "BLR", "KAZ", None, 50)]),
    ("Belarus, which chairs the bloc this year, says its troops will deploy to Kazakhstan.",
     [("troop_deployment", "BLR", "KAZ", None, None)]),
])
def test_a_state_speaking_of_its_own_troops(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a share of a state's arms goes to that state; a supplier's share of another's imports comes from the supplier
    ("China supplied most of Pakistan's arms last decade.", [(ARMS, "CHN", "PAK", "other", None)]),
    ("Ankara's share of Azerbaijani arms imports was small before 2020.", [(ARMS, "TUR", "AZE", "other", None)]),
    # who paid for foreign weapons got them from the weapons' state
    ("Armenia paid for Russian weapons that were never delivered.", [(ARMS, "RUS", "ARM", "other", None)]),
])
def test_shares_of_a_states_arms_and_payments(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "South America" is a region, not the United States; a heading opening with "From X to Y:" names a range
    ("In South America, Venezuela bought twenty Chinese drones in 2023.", [(ARMS, "CHN", "VEN", "uav", 20)]),
    ("From Lima to Quito: the region's buyers of Iranian drones. Iran sold drones to Venezuela in 2020.",
     [(ARMS, "IRN", "VEN", "uav", None)]),
])
def test_regions_and_ranges_name_no_party(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a deal "for" arms "to" a state: the deal's subject sells to that state
    ("Hanwha seals deal for 20 more K9 howitzers to Poland.",
     [(ARMS, "KOR", "POL", "artillery", 20), ("agreement", "KOR", "POL", None, None)]),
])
def test_a_deal_for_arms_to_a_state(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the capitals of the smaller states stand for them as the larger ones' do
    ("Canberra sent 100 soldiers to Honiara.", [("troop_deployment", "AUS", "SLB", None, 100)]),
    ("Quito bought four radars from Madrid.", [(ARMS, "ESP", "ECU", "sensor", 4)]),
    # ... but a port that cargo passes through is no state's capital here
    ("Russian convoys that left the port of Conakry carried T-72 tanks to Mali.",
     [(ARMS, "RUS", "MLI", "armoured-vehicle", None)]),
])
def test_capitals_of_smaller_states(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "an estimated" qualifies a count; it names no source that said the number
    ("Chad, which has an estimated 1,000 troops in Mali, pulled units back.",
     [("troop_deployment", "TCD", "MLI", None, 1000)]),
])
def test_an_estimated_count_is_no_source(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # police sent abroad are a deployment as soldiers are, counted with them when they share a number
    ("Canberra sent more than 100 police and soldiers to Honiara.", [("troop_deployment", "AUS", "SLB", None, 100)]),
    ("China has stationed police officers in Honiara since 2022.",
     [("troop_deployment", "CHN", "SLB", None, None)]),
])
def test_police_sent_abroad(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a force that guards a government, operates or remains in a state, or whose presence there is noted, is deployed
    ("Wagner has guarded the government in Bangui since 2018.", [("troop_deployment", "RUS", "CAF", None, None)]),
    ("Wagner fighters have operated in Libya since 2019.", [("troop_deployment", "RUS", "LBY", None, None)]),
    ("The panel notes the presence of Turkish officers in Libya.", [("troop_deployment", "TUR", "LBY", None, None)]),
])
def test_presence_and_guard_duty_abroad(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # arms the gazetteer lacked: drone ground stations, HIMARS spelled out, Boxer vehicles, mines, torpedoes (filed
    # with missiles), Meteor missiles
    ("Turkey shipped four ground control stations to Mali.", [(ARMS, "TUR", "MLI", "uav", 4)]),
    ("Poland will receive 18 High Mobility Artillery Rocket Systems from the United States.",
     [(ARMS, "USA", "POL", "artillery", 18)]),
    ("Germany delivered 40 Boxer vehicles to Lithuania.", [(ARMS, "DEU", "LTU", "armoured-vehicle", 40)]),
    ("Russia shipped anti-tank mines to Mali.", [(ARMS, "RUS", "MLI", "ammunition", None)]),
    ("Chile ordered 12 heavyweight torpedoes from Germany.", [(ARMS, "DEU", "CHL", "missile", 12)]),
])
def test_arms_the_gazetteer_lacked(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body", [
    # wishes, requests for permission and deals nearly reached are no transfer
    "Reports say Greece wants to buy 20 Eurofighters.",
    "Qatar has asked Washington for permission to buy 24 F-35 fighters.",
    "Local media reported that Manila was close to ordering BrahMos missiles.",
])
def test_wishes_and_requests_are_no_transfer(body: str) -> None:
    assert keys(body) == []


@pytest.mark.parametrize("body, expected", [
    # a state that used or operates "them", the arms named last, got them from their maker, even after a fact of
    # another kind in between
    ("Turkey sold TB2 drones to Kenya. Turkey also sent troops to Qatar. In Africa, Ethiopia's army used them "
     "against rebels.", [(ARMS, "TUR", "KEN", "uav", None), ("troop_deployment", "TUR", "QAT", None, None),
                         (ARMS, "TUR", "ETH", "uav", None)]),
    # arms of no known maker came from the giver of the story's last arms, not from the last fact of any kind
    ("Iran sold drones to Sudan. Egypt also sent troops to Somalia. Ethiopia used them against rebels.",
     [(ARMS, "IRN", "SDN", "uav", None), ("troop_deployment", "EGY", "SOM", None, None),
      (ARMS, "IRN", "ETH", "uav", None)]),
    # a bare count the buyer ordered is of those arms too
    ("Turkey sold TB2 drones to Kenya. Turkey also sent troops to Qatar. Poland ordered 24 in 2021.",
     [(ARMS, "TUR", "KEN", "uav", None), ("troop_deployment", "TUR", "QAT", None, None),
      (ARMS, "TUR", "POL", "uav", 24)]),
])
def test_arms_named_before_used_or_counted(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a cargo list after a source of any name, with or without an aside ("X, which ..., said the haul included")
    ("Iran shipped arms to the Houthis in Yemen on a dhow. The Combined Maritime Forces, which boarded the vessel, "
     "said the haul included cruise missiles and radar systems.",
     [(ARMS, "IRN", "YEM", "other", None), (ARMS, "IRN", "YEM", "missile", None),
      (ARMS, "IRN", "YEM", "sensor", None)]),
    ("Russia flew weapons to eastern Libya. Two officials said the cargo included radars and surface-to-air missiles.",
     [(ARMS, "RUS", "LBY", "other", None), (ARMS, "RUS", "LBY", "sensor", None),
      (ARMS, "RUS", "LBY", "air-defence-system", None)]),
])
def test_a_cargo_list_after_any_source(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a ranking's rivals are no sides, alone or listed ("behind the United States and France")
    ("Egypt is the world's third-largest arms importer, behind India and Qatar, with 4 per cent of the total.", []),
    ("Pakistan was the fifth-largest importer of major arms in 2020-24, behind Ukraine.", []),
    # a share of the world's trade names no buyer, so none comes from the story
    ("Russia sold jets to Egypt. Germany accounted for 5.6 percent of global arms exports in 2020-24.",
     [(ARMS, "RUS", "EGY", "aircraft", None)]),
    ("Russia sold jets to Egypt. Its share of world arms exports fell to 11 percent.",
     [(ARMS, "RUS", "EGY", "aircraft", None)]),
    # a share of one state's imports still names both sides
    ("China supplied 81 percent of Pakistan's arms imports in 2020-24.", [(ARMS, "CHN", "PAK", "other", 81)]),
])
def test_rankings_and_shares_of_world_trade_name_no_transfer(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # aircraft the gazetteer lacked (C-390, A-29, F-5), arms makers it lacked, and a fellow buyer after "joining"
    ("Brazil delivered six A-29s to the Philippines.", [(ARMS, "BRA", "PHL", "aircraft", 6)]),
    ("Indonesia retired its US-built F-5 fighters in 2016.", [(ARMS, "USA", "IDN", "aircraft", None)]),
    ("Saab will deliver 17 Gripen fighters to Colombia.", [(ARMS, "SWE", "COL", "aircraft", 17)]),
    ("Qatar ordered 24 jets from BAE Systems in 2017.", [(ARMS, "GBR", "QAT", "aircraft", 24)]),
    ("Austria ordered four C-390s from Embraer last year, joining Portugal, which had committed to five.",
     [(ARMS, "BRA", "AUT", "aircraft", 4)]),
])
def test_aircraft_and_makers_the_gazetteer_lacked(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # an arms firm that signs a contract with a partner sells to it; a state that signs with a firm buys from it
    ("Hanwha signed a 2 trillion won contract with Egypt's defence ministry for 216 howitzers.",
     [(ARMS, "KOR", "EGY", "artillery", 216), ("agreement", "EGY", "KOR", None, None)]),
    ("Rosoboronexport signed a contract with India for two frigates.",
     [(ARMS, "RUS", "IND", "naval-vessel", 2), ("agreement", "IND", "RUS", None, None)]),
    ("Egypt signed a contract with Hanwha for 216 howitzers.",
     [(ARMS, "KOR", "EGY", "artillery", 216), ("agreement", "EGY", "KOR", None, None)]),
])
def test_a_firm_that_signs_a_contract_with_a_partner_sells(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # arms seized from someone and then handed on come from who hands them on; a seizure alone keeps its origin
    ("The US Navy handed 3,000 rifles seized from an Iranian dhow to Ukraine.",
     [(ARMS, "USA", "UKR", "small-arms", 3000)]),
    ("Britain sent Ukraine 2,000 rifles that had been seized from Iranian smugglers.",
     [(ARMS, "GBR", "UKR", "small-arms", 2000)]),
    ("The navy seized 2,000 rifles from an Iranian dhow bound for Yemen.", [(ARMS, "IRN", "YEM", "small-arms", 2000)]),
])
def test_seized_arms_handed_on_come_from_who_hands_them_on(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a subject opened by "no" before a future or scheduled cue is a denial too; "no fewer than" counts
    ("Berlin said no German troops will be sent to Ukraine.", []),
    ("Tokyo said no Japanese units are currently scheduled to deploy to the Philippines.", []),
    ("Berlin said German troops will be sent to Lithuania.", [("troop_deployment", "DEU", "LTU", None, None)]),
    ("No fewer than 3,000 troops will be sent to Russia by North Korea.",
     [("troop_deployment", "PRK", "RUS", None, 3000)]),
])
def test_no_subject_before_a_future_cue_denies(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a satellite sold or delivered is technology (space technology, as annotators record it); satellite
    # navigation modules for weapons are not satellites
    ("China sold Pakistan a remote-sensing satellite in 2018.", [("technology_transfer", "CHN", "PAK", "other", None)]),
    ("Russia delivered a Kanopus-V satellite to Iran.", [("technology_transfer", "RUS", "IRN", "other", None)]),
    ("Iran supplied satellite navigation modules to Russia.", [(ARMS, "IRN", "RUS", "sensor", None)]),
])
def test_a_satellite_handed_over_is_technology(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a participle after a count or determiner describes what is handed over ("two refurbished submarines"), it
    # does not make the sentence about making arms; a state that upgrades another's arms still works on them
    ("Bangladesh took delivery of two refurbished submarines from China.",
     [(ARMS, "CHN", "BGD", "naval-vessel", 2)]),
    ("India handed Myanmar a refurbished Kilo-class submarine in 2020.", [(ARMS, "IND", "MMR", "naval-vessel", None)]),
    ("Serbia received 14 overhauled MiG-29 fighters from Belarus.", [(ARMS, "BLR", "SRB", "aircraft", 14)]),
])
def test_a_participle_before_the_goods_describes_them(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "ships" listed with other craft is the vessel noun, even at the start of a sentence; "ships ... to" is the verb
    ("Iran shipped missiles to the Houthis in Yemen. Ships and aircraft from the United States and Japan have since "
     "searched the area.", [(ARMS, "IRN", "YEM", "missile", None)]),
    ("Iran ships drones and missiles to Russia.",
     [(ARMS, "IRN", "RUS", "uav", None), (ARMS, "IRN", "RUS", "missile", None)]),
])
def test_ships_listed_with_other_craft_are_vessels(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # those who hijack or seize a ship (pirates, gunmen, marines) are no party to its cargo, and the cargo is
    # reported, not delivered
    ("Somali pirates hijacked a freighter that carried 33 tanks for Kenya.", []),
    ("Gunmen from Libya hijacked a Maltese ship carrying Czech rifles to Egypt.",
     [(ARMS, "CZE", "EGY", "small-arms", None)]),
])
def test_hijackers_are_no_party_to_the_cargo(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a gapped count sent from or to a state of its own repeats the first clause's fact on that side; a receiver
    # named once at the end is shared, not a second side
    ("Serbia received six MiG-29 jets from Russia and four from Belarus.",
     [(ARMS, "RUS", "SRB", "aircraft", 6), (ARMS, "BLR", "SRB", "aircraft", 4)]),
    ("Germany sent 18 tanks to Ukraine and 14 to Poland.",
     [(ARMS, "DEU", "UKR", "armoured-vehicle", 18), (ARMS, "DEU", "POL", "armoured-vehicle", 14)]),
    ("North Korea will send 1,000 deminers and 5,000 builders to Kursk.",
     [("troop_deployment", "PRK", "RUS", None, 1000)]),
])
def test_a_gapped_count_from_or_to_a_state_of_its_own(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a deal called off is no fact, whether the sentence says so before the deal or after it; a cancelled
    # event elsewhere in the sentence does not undo a delivery stated before it
    ("Egypt shelved plans to buy Su-35 jets from Russia.", []),
    ("The Philippines called off its order for 16 Mi-17 helicopters from Russia.", []),
    ("In 2023 Indonesia decided to buy twelve used Mirage jets from Qatar, but the contract was cancelled in 2024.",
     []),
    ("After Berlin cancelled a parade, Germany delivered 18 Leopard tanks to Ukraine.",
     [(ARMS, "DEU", "UKR", "armoured-vehicle", 18)]),
])
def test_a_deal_called_off_is_no_fact(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a guess that a state "may become" a buyer is no fact; that it became one is
    ("Algeria may become the first foreign buyer of the Su-57, analysts speculated.", []),
    ("Algeria became the first foreign buyer of the Su-57 in 2024.", [(ARMS, "RUS", "DZA", "aircraft", None)]),
])
def test_may_become_a_buyer_is_a_guess(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a force that has "maybe" or "perhaps" so many personnel somewhere, or that has operated alongside a state's
    # army, is deployed there
    ("Africa Corps has maybe 1,800 personnel in Libya today.", [("troop_deployment", "RUS", "LBY", None, 1800)]),
    ("Wagner fighters have operated alongside the Malian army since 2021.",
     [("troop_deployment", "RUS", "MLI", None, None)]),
])
def test_a_force_held_or_operating_abroad_is_deployed(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # help to dig or design tunnels or bunkers is technology of no weapon category; weapons found in tunnels
    # are still the weapons
    ("North Korean engineers helped Hezbollah dig tunnels in southern Lebanon.",
     [("technology_transfer", "PRK", "LBN", "other", None)]),
    ("Iran helped Hamas design its tunnel network.", [("technology_transfer", "IRN", "PSE", "other", None)]),
    ("Israeli troops found Iranian weapons in Hezbollah tunnels.", [(ARMS, "IRN", "LBN", "other", None)]),
])
def test_help_with_military_works_is_technology(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # an arms firm that wins an order from a state, or a state's order, sells to that state
    ("Hanwha lands a K9 howitzer order from Egypt.", [(ARMS, "KOR", "EGY", "artillery", None)]),
    ("Hanwha lands big Romanian howitzer order.", [(ARMS, "KOR", "ROU", "artillery", None)]),
])
def test_a_firm_that_wins_an_order_sells(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a participle of buying with its agent ("ordered by", "ordered from China by the UAE") is a passive: the agent
    # buys, without "was" or "were" before it
    ("The 12 L-15 trainers ordered from China by the UAE will arrive this year.",
     [(ARMS, "CHN", "ARE", "aircraft", 12)]),
    ("The first of four corvettes ordered by the Pakistan Navy from Turkey was handed over.",
     [(ARMS, "TUR", "PAK", "naval-vessel", 4)]),
])
def test_a_participle_of_buying_with_its_agent_is_passive(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # trainees who are expected to start training, are training, or completed months of training somewhere are
    # trained by that state
    ("Argentine pilots are expected to start training on the jets in Denmark later this year.",
     [("technology_transfer", "DNK", "ARG", "aircraft", None)]),
    ("Malian pilots and mechanics have completed several months of training in Russia.",
     [("technology_transfer", "RUS", "MLI", "other", None)]),
    ("Ukrainian pilots are training in Romania.", [("technology_transfer", "ROU", "UKR", "other", None)]),
])
def test_trainees_training_somewhere(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a buyer still waiting for arms from a state will get them (planned); the contract it names stays agreed
    ("Egypt is waiting for 30 Rafale fighters from France under a contract concluded in 2021.",
     [(ARMS, "FRA", "EGY", "aircraft", 30), ("agreement", "EGY", "FRA", None, None)]),
    ("Kyiv is still waiting for F-16 jets from Norway.", [(ARMS, "NOR", "UKR", "aircraft", None)]),
])
def test_arms_awaited_are_planned(body: str, expected: list) -> None:
    assert keys(body) == expected
    assert [f["status"] for f in facts_of(body)][0] == "planned"


@pytest.mark.parametrize("body, expected", [
    # a state that is the subject of a coordinated clause of its own gives or sends in parallel; it does not
    # receive what the state of the other clause gives (the story's receiver does)
    ("Germany sent 20 tanks to Ukraine in March. Spain added four tanks from its own reserves, and Greece sent six "
     "of its older tanks.", [(ARMS, "DEU", "UKR", "armoured-vehicle", 20), (ARMS, "GRC", "UKR", "armoured-vehicle", 6)]),
    ("Chad received French troops in May. Togo sent 120 soldiers in June, and Benin keeps a medical team of about "
     "ten there.", [("troop_deployment", "FRA", "TCD", None, None), ("troop_deployment", "TGO", "TCD", None, 120)]),
])
def test_a_state_with_a_clause_of_its_own_is_no_receiver(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # gapped givers with counts of their own after "handed over" (whose "over" is no qualifier of the count)
    ("Germany sent 20 tanks to Ukraine in March. Poland handed over fourteen howitzers, Norway eight and Spain ten.",
     [(ARMS, "DEU", "UKR", "armoured-vehicle", 20), (ARMS, "POL", "UKR", "artillery", 14),
      (ARMS, "NOR", "UKR", "artillery", 8), (ARMS, "ESP", "UKR", "artillery", 10)]),
])
def test_gapped_givers_after_handed_over(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # donors who pay for arms together, co-fund them, or fund them for a state give them to that state (the
    # industry named after "from" made them); a single payer with no state to pay for still buys
    ("Germany sent 20 tanks to Ukraine in March. Denmark, Sweden and Norway together paid for sixteen howitzers "
     "from Slovak production.", [(ARMS, "DEU", "UKR", "armoured-vehicle", 20), (ARMS, "NOR", "UKR", "artillery", 16),
                                 (ARMS, "SWE", "UKR", "artillery", 16), (ARMS, "DNK", "UKR", "artillery", 16)]),
    ("Norway will fund two howitzers for Ukraine.", [(ARMS, "NOR", "UKR", "artillery", 2)]),
    ("Finland says it will co-fund, together with Estonia, three more air defence systems for Latvia.",
     [(ARMS, "FIN", "LVA", "air-defence-system", 3)]),
    ("Poland bought 20 howitzers from Slovak production.", [(ARMS, "SVK", "POL", "artillery", 20)]),
])
def test_donors_who_pay_for_arms_give_them(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # units named by their size are troops, and troops that have come from a state or come to one are deployed
    ("A 40-strong Indian platoon arrived in Mongolia on Thursday.", [("troop_deployment", "IND", "MNG", None, 40)]),
    ("Detachments of instructors have come from France and Italy to Mongolia.",
     [("troop_deployment", "FRA", "MNG", None, None), ("troop_deployment", "ITA", "MNG", None, None)]),
    ("A battalion of Chinese engineers is based in South Sudan.", [("troop_deployment", "CHN", "SSD", None, None)]),
    # arms that came from a state are no troops
    ("Most of the rifles came from Serbia, officials in Mali said.", []),
])
def test_units_named_by_size_and_troops_that_have_come(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a ship named by its class is a naval vessel even when the class is not in the vocabulary
    ("Two Sa'ar-class vessels were sold by Israel to Greece.", [(ARMS, "ISR", "GRC", "naval-vessel", 2)]),
    ("The Hamilton-class cutters were transferred by the United States to Vietnam.",
     [(ARMS, "USA", "VNM", "naval-vessel", None)]),
])
def test_ships_named_by_their_class(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a navy that accepts a ship from a state receives it; accepting an offer moves nothing
    ("Papua New Guinea accepted a fourth patrol boat from Australia.", [(ARMS, "AUS", "PNG", "naval-vessel", None)]),
    ("Ukraine accepted the offer from Germany.", []),
])
def test_arms_accepted_from_a_state_are_received(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # ships that were "former US Navy" ships came from the United States, whoever is named as subject first
    ("Japan sold ships to Manila in 2020. The Philippine Navy is still bedding in the two former US Navy patrol "
     "ships it received last year.", [(ARMS, "USA", "PHL", "naval-vessel", 2)]),
])
def test_former_ships_of_a_navy_came_from_its_state(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # ships counted as some of those the story is about ("two of the boats") are naval vessels; the one ship that
    # carried a cargo is no item
    ("Australia gave two patrol boats to Samoa in 2019. Fiji has received two of the boats.",
     [(ARMS, "AUS", "WSM", "naval-vessel", 2), (ARMS, "AUS", "FJI", "naval-vessel", 2)]),
    ("Malaysia has taken delivery of four of the vessels from Japan.", [(ARMS, "JPN", "MYS", "naval-vessel", 4)]),
    ("Iran supplied rifles to Russia, and the Port Olya was one of the vessels used.",
     [(ARMS, "IRN", "RUS", "small-arms", None)]),
])
def test_ships_counted_among_those_of_the_story(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a giver with no receiver in a clause joined to the one before gives to that clause's receiver (same kind only)
    ("Denmark gave Ukraine 19 howitzers, while Sweden pledged 50 armoured vehicles.",
     [(ARMS, "DNK", "UKR", "artillery", 19), (ARMS, "SWE", "UKR", "armoured-vehicle", 50)]),
    ("Russia sent troops to Syria, and Iran sent drones.", [("troop_deployment", "RUS", "SYR", None, None)]),
])
def test_a_joined_clause_shares_the_receiver_before(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a monarchy's forces ("the Royal Thai Navy") receive as the state does; arms "belonging to" a state's forces
    # are that state's to give
    ("China sold two frigates to Thailand in 2022. Two corvettes will be handed over to the Royal Cambodian Navy "
     "soon.", [(ARMS, "CHN", "THA", "naval-vessel", 2), (ARMS, "CHN", "KHM", "naval-vessel", 2)]),
    ("Argentina signed the agreement for the acquisition of 24 F-16 aircraft belonging to the Royal Danish Air Force.",
     [(ARMS, "DNK", "ARG", "aircraft", 24), ("agreement", "ARG", "DNK", None, None)]),
    ("Argentina bought 24 jets belonging to Denmark.", [(ARMS, "DNK", "ARG", "aircraft", 24)]),
])
def test_royal_forces_and_arms_belonging_to_a_state(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # troops who served alongside allies in a state were deployed to that state, not to the allies'
    ("Some 275 Tongan soldiers served alongside British forces in Afghanistan between 2010 and 2014.",
     [("troop_deployment", "TON", "AFG", None, 275)]),
    ("Some 275 Tongan soldiers served alongside British forces.", [("troop_deployment", "TON", "GBR", None, 275)]),
])
def test_troops_alongside_allies_in_a_third_state(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "PNG" and "KSA" are how regional copy names Papua New Guinea and Saudi Arabia
    ("PNG sent 34 soldiers to Honiara.", [("troop_deployment", "PNG", "SLB", None, 34)]),
    ("KSA bought 20 drones from Turkey.", [(ARMS, "TUR", "SAU", "uav", 20)]),
])
def test_short_names_of_states(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a buyer that "signed in December for" or "signed last week for" arms ordered them from the state named
    ("Estonia signed in December for six HIMARS launchers from the United States.",
     [(ARMS, "USA", "EST", "artillery", 6), ("agreement", "EST", "USA", None, None)]),
    ("Latvia signed last week for six HIMARS launchers from the United States.",
     [(ARMS, "USA", "LVA", "artillery", 6), ("agreement", "LVA", "USA", None, None)]),
])
def test_signed_for_with_a_month_or_a_week(body: str, expected: list) -> None:
    assert keys(body) == expected
    assert {f["status"] for f in facts_of(body)} == {"agreed"}


@pytest.mark.parametrize("body, expected", [
    # military trainers are troops; trainer aircraft are not
    ("Russian military trainers landed in Niamey together with an air defence system.",
     [(ARMS, "RUS", "NER", "air-defence-system", None), ("troop_deployment", "RUS", "NER", None, None)]),
    ("Two Yak-130 trainers arrived in Laos from Russia.", [(ARMS, "RUS", "LAO", "aircraft", 2)]),
])
def test_military_trainers_are_troops(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # kit for soldiers (helmets, vests, radios) is materiel of category other, night-vision devices are sensors,
    # armoured cars armoured vehicles; a radio station is no item
    ("Japan has provided bulletproof vests and helmets to Ukraine.",
     [(ARMS, "JPN", "UKR", "other", None), (ARMS, "JPN", "UKR", "other", None)]),
    ("Russia has supplied Kyrgyzstan with armoured cars and radio equipment.",
     [(ARMS, "RUS", "KGZ", "armoured-vehicle", None), (ARMS, "RUS", "KGZ", "other", None)]),
    ("The embassy handed over 60 night-vision devices to Uzbekistan on behalf of the United States.",
     [(ARMS, "USA", "UZB", "sensor", 60)]),
    ("State radio reported that Iran sent drones to Russia.", [(ARMS, "IRN", "RUS", "uav", None)]),
])
def test_soldiers_kit_night_vision_and_armoured_cars(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # arms leased from a state in the present tense are given by it, as "leased" ones are
    ("Prague leases 14 Gripens from Sweden.", [(ARMS, "SWE", "CZE", "aircraft", 14)]),
    ("Sweden is leasing 14 Gripens to Hungary.", [(ARMS, "SWE", "HUN", "aircraft", 14)]),
])
def test_arms_leased_in_the_present(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state's maker named before the cue ("built by Polish manufacturer PZL Mielec") made what arrives
    ("Five helicopters built by Polish manufacturer PZL Mielec arrived in Manila.",
     [(ARMS, "POL", "PHL", "aircraft", 5)]),
])
def test_arms_built_by_a_states_maker_arrive_from_it(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # an agreement for arms with a state or its firm is an order of them, as a contract for them is
    ("Pakistan signed an agreement with Turkey in 2018 for four corvettes.",
     [(ARMS, "TUR", "PAK", "naval-vessel", 4), ("agreement", "PAK", "TUR", None, None)]),
    ("The two states signed an agreement in 2019 for cooperation on training.", []),
])
def test_an_agreement_for_arms_orders_them(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state named in an apposition or a relative clause between a passive's subject and its verb is not the
    # subject
    ("Armenia, a big buyer of Indian equipment, has been supplied with Pinaka rocket systems.",
     [(ARMS, "IND", "ARM", "artillery", None)]),
    ("Armenia, which became a big buyer of Indian equipment, was supplied with Pinaka rocket systems.",
     [(ARMS, "IND", "ARM", "artillery", None)]),
])
def test_a_state_in_an_aside_before_a_passive(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # suppliers ranked after the first ("followed by Germany at 12 percent") give to the same receiver; they are
    # not the agent of the first supplier's fact
    ("The United States supplied 45 percent of Ukraine's imports, followed by Germany at 12 percent and Poland at "
     "11 percent.", [(ARMS, "USA", "UKR", "other", 45), (ARMS, "DEU", "UKR", "other", None),
                     (ARMS, "POL", "UKR", "other", None)]),
    ("Russia supplied 36 percent of India's arms imports, followed by France with 33 percent.",
     [(ARMS, "RUS", "IND", "other", 36), (ARMS, "FRA", "IND", "other", None)]),
    ("Russia sent drones to Iran, followed by tanks.",
     [(ARMS, "RUS", "IRN", "uav", None), (ARMS, "RUS", "IRN", "armoured-vehicle", None)]),
])
def test_suppliers_ranked_after_the_first(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # contributors to a force abroad ranked after the first ("followed by Nepal at about 800") send their own
    # number of troops to the same place; "the largest contingent" or "contributor" is a force sent abroad
    ("Ghana has the largest contingent in Lebanon, with roughly 870 troops, followed by Nepal at about 800 and Spain "
     "at close to 650.", [(TROOPS, "GHA", "LBN", None, 870), (TROOPS, "NPL", "LBN", None, 800),
                          (TROOPS, "ESP", "LBN", None, 650)]),
    ("Italy sent 500 troops to Somalia. Burundi, the second-largest contributor to the force with more than 3,000 "
     "soldiers, has said it will stay.", [(TROOPS, "ITA", "SOM", None, 500), (TROOPS, "BDI", "SOM", None, 3000)]),
])
def test_contributors_ranked_after_the_first(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # troops pledged or promised to a mission abroad are a deployment still to come, gapped pledges too
    ("Fiji pledged 100 soldiers to Haiti.", [(TROOPS, "FJI", "HTI", None, 100)]),
    ("Fiji has promised 120 soldiers for the mission in Haiti.", [(TROOPS, "FJI", "HTI", None, 120)]),
    ("Spain pledged 20 tanks to Ukraine.", [(ARMS, "ESP", "UKR", "armoured-vehicle", 20)]),
])
def test_troops_pledged_to_a_mission(body: str, expected: list) -> None:
    assert keys(body) == expected
    assert {f["status"] for f in facts_of(body)} == {"planned"}


@pytest.mark.parametrize("body, expected", [
    # troops kept at a place abroad: they remain, stay on, staff a camp or are posted there
    ("In Chad, where the airport camp was handed over in January, about 90 French troops remain.",
     [(TROOPS, "FRA", "TCD", None, 90)]),
    ("At the base in Dakar, a detachment of around 100 French soldiers will stay on, officials said.",
     [(TROOPS, "FRA", "SEN", None, 100)]),
    ("Some 350 French personnel had been posted at the two sites in Senegal until the spring.",
     [(TROOPS, "FRA", "SEN", None, 350)]),
    ("Roughly 200 Turkish officers staff the camp in Somalia.", [(TROOPS, "TUR", "SOM", None, 200)]),
    ("Russia's troops remain a threat to Ukraine.", []),
])
def test_troops_kept_at_a_place_abroad(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the strength put on a force abroad counts the troops the story sent, the force's state named or not
    ("Chad sent troops to Niger last year. Officials put their strength at about 1,200.",
     [(TROOPS, "TCD", "NER", None, None), (TROOPS, "TCD", "NER", None, 1200)]),
    ("Chad sent troops to Niger. Analysts in Paris put the Chadian contingent at about 1,300 soldiers.",
     [(TROOPS, "TCD", "NER", None, None), (TROOPS, "TCD", "NER", None, 1300)]),
    ("Chad will send troops to Niger. Niamey said the Chadian contingent would number just under 900 men.",
     [(TROOPS, "TCD", "NER", None, None), (TROOPS, "TCD", "NER", None, 900)]),
])
def test_the_strength_put_on_a_force(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # arms made elsewhere seen at a base, an airfield or a port stand in the service of the state they are in (the
    # story's, when the place names none)
    ("Satellite images show two Russian-made Mi-28 helicopters at an airfield near Isfahan in Iran.",
     [(ARMS, "RUS", "IRN", "aircraft", 2)]),
    ("Iran sent drones to Sudan in 2023. Satellite images showed Iranian drones at Wadi Seidna air base.",
     [(ARMS, "IRN", "SDN", "uav", None), (ARMS, "IRN", "SDN", "uav", None)]),
    ("Satellite images show Sudanese drones at an air base in Sudan.", []),
])
def test_arms_seen_at_a_base(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a subject opened by "not a single" or "not one" denies the transfer, as one opened by "no" does
    ("To date not a single Russian combat aircraft has been handed to North Korea.", []),
    ("Not one German tank has been sent to Ukraine.", []),
    ("One German tank has been sent to Ukraine.", [(ARMS, "DEU", "UKR", "armoured-vehicle", 1)]),
])
def test_not_a_single_one_denies(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the state a sentence opens with ("In Mali, ...") receives what is handed over there when the sentence names no
    # one else to receive it
    ("In Mali, Russia delivered two helicopters last week.", [(ARMS, "RUS", "MLI", "aircraft", 2)]),
    ("In Romania, Hanwha signed a contract to supply 54 K9 howitzers.",
     [(ARMS, "KOR", "ROU", "artillery", 54), ("agreement", "KOR", "ROU", None, None)]),
    ("In Kyiv, the president said Germany had delivered more tanks.",
     [(ARMS, "DEU", "UKR", "armoured-vehicle", None)]),
])
def test_the_state_a_sentence_opens_with_receives(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state named after "outside" is a comparison or a place, no side ("the largest order in Europe outside
    # Poland")
    ("Berlin plans to buy 120 Leopard tanks, the largest order in Europe outside Poland.", []),
    ("Rome plans to buy 272 Panther tanks from Germany, the largest order in Europe outside Poland.",
     [(ARMS, "DEU", "ITA", "armoured-vehicle", 272)]),
])
def test_a_state_outside_which_is_no_side(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a ship or a plane that unloads arms somewhere delivers them there, the words between verb and place or not
    ("A Turkish ship unloaded armoured vehicles and artillery in Libya in May.",
     [(ARMS, "TUR", "LBY", "armoured-vehicle", None), (ARMS, "TUR", "LBY", "artillery", None)]),
    ("An Egyptian navy vessel unloaded military equipment in Somalia on Monday.",
     [(ARMS, "EGY", "SOM", "other", None)]),
    ("Dockers unloaded grain at the port.", []),
])
def test_arms_unloaded_somewhere(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # more defence firms stand for the state they are based in
    ("In October New Delhi signed a contract for 12 drones from General Atomics.",
     [(ARMS, "USA", "IND", "uav", 12), ("agreement", "IND", "USA", None, None)]),
    ("Ghana signed a contract with Fincantieri for two patrol ships.",
     [(ARMS, "ITA", "GHA", "naval-vessel", 2), ("agreement", "GHA", "ITA", None, None)]),
])
def test_more_defence_firms_stand_for_their_state(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state's police sent abroad are a force deployed there; its police at home are an institution (a source)
    ("Rwandan police officers landed in Haiti on Tuesday.", [(TROOPS, "RWA", "HTI", None, None)]),
    ("The first 300 Rwandan police officers of the mission were deployed to Haiti in May.",
     [(TROOPS, "RWA", "HTI", None, 300)]),
    ("Rwandan police said the rifles had been sent to Burundi.", []),
])
def test_police_sent_abroad(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the count of the people who completed training is the quantity of the training
    ("More than 300 Ukrainian sailors have completed training in Britain since 2023.",
     [(TECH, "GBR", "UKR", "other", 300)]),
    ("Around 40 Belarusian officers completed the training course in Russia last year.",
     [(TECH, "RUS", "BLR", "other", 40)]),
])
def test_the_count_of_those_who_completed_training(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # Sukhois are Russian combat aircraft, each origin in a fleet list gives its own
    ("Vietnam's squadrons fly American F-5s, Russian Sukhois and Czech L-39s.",
     [(ARMS, "USA", "VNM", "aircraft", None), (ARMS, "RUS", "VNM", "aircraft", None),
      (ARMS, "CZE", "VNM", "aircraft", None)]),
    ("Venezuela received 24 Sukhoi fighters between 2006 and 2008.", [(ARMS, "RUS", "VEN", "aircraft", 24)]),
])
def test_sukhois_are_russian_aircraft(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "an 830-strong battalion", "a 40-man team": the count before "-strong" or "-man" counts the troops
    ("A 400-strong Kenyan contingent arrived in Haiti.", [(TROOPS, "KEN", "HTI", None, 400)]),
    ("Russia sent a 40-man team of instructors to Mali.", [(TROOPS, "RUS", "MLI", None, 40)]),
])
def test_a_force_counted_as_n_strong(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "shipping" after "of" is the verb ("accused of shipping"), only "ship" and "ships" there are vessels
    ("Washington accuses Tehran of shipping attack drones to Moscow.", [(ARMS, "IRN", "RUS", "uav", None)]),
    ("Iran has gone on shipping weapons to Hezbollah through Syria.", [(ARMS, "IRN", "LBN", "other", None)]),
    ("The crew of Russian ships carried tanks to Syria.", [(ARMS, "RUS", "SYR", "armoured-vehicle", None)]),
])
def test_shipping_after_of_is_the_verb(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "funnel(s/ling)" and "handing" give, as "funnelled" and "handed" do; "in Russian hands" is no verb
    ("Belarus funnels thermal sights and shells to Russia, a report says.",
     [(ARMS, "BLR", "RUS", "sensor", None), (ARMS, "BLR", "RUS", "ammunition", None)]),
    ("Iran is now handing Russia missiles.", [(ARMS, "IRN", "RUS", "missile", None)]),
    ("The weapons now in Russian hands came from a depot.", []),
])
def test_funnelling_and_handing_give(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # arms resold, rented or bartered to a state are given to it
    ("Belarus resold six jets to Sudan.", [(ARMS, "BLR", "SDN", "aircraft", 6)]),
    ("Sweden rented 14 Gripens to Hungary.", [(ARMS, "SWE", "HUN", "aircraft", 14)]),
    ("China bartered six drones to Serbia.", [(ARMS, "CHN", "SRB", "uav", 6)]),
])
def test_arms_resold_rented_or_bartered(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # troops redeployed, contributed or kept ("is keeping", "is maintaining") abroad are deployed there
    ("Chad redeployed 1,000 soldiers to Niger.", [(TROOPS, "TCD", "NER", None, 1000)]),
    ("Chad contributes 1,000 soldiers to the mission in Niger.", [(TROOPS, "TCD", "NER", None, 1000)]),
    ("Russia is maintaining 1,500 troops in Libya.", [(TROOPS, "RUS", "LBY", None, 1500)]),
])
def test_troops_redeployed_contributed_or_kept(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a claim rated unproven or false after it is stated, or taken back by its author, is no fact; a figure that
    # "could not be verified" is still reported
    ("The claim that Serbia sold shells to Ukraine is unproven.", []),
    ("We rate the claim that Iran sent jets to Russia as false.", []),
    ("Kyiv retracted its claim that Iran sent missiles to Russia.", []),
    ("Moscow obtained about 50 of the missiles from North Korea, a number that could not be verified.",
     [(ARMS, "PRK", "RUS", "missile", 50)]),
])
def test_claims_rated_false_or_taken_back(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # remains of an item that a passive use cue right after it says who used: the maker gave it to that user
    ("The wreckage was a North Korean missile fired by Russian forces.", [(ARMS, "PRK", "RUS", "missile", None)]),
    ("Experts found that the debris was a North Korean Hwasong-11, the model known in the West as KN-23, fired "
     "by Russian troops.", [(ARMS, "PRK", "RUS", "missile", None)]),
    ("The wreckage of an Iranian drone was found near Kyiv.", []),
])
def test_remains_of_arms_used_by_a_state(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the speaker's state is no party: a source named with a title of up to six words, then a participle phrase
    # of where it spoke ("speaking at ...") before its verb
    ("French Foreign Minister Jean Dupont, speaking at a press conference in Rome beside his Italian counterpart, "
     "said Moscow had received shipments of Fath-360 missiles.", [(ARMS, "IRN", "RUS", "missile", None)]),
    ("The Dutch envoy to Kenya, writing in a local daily, said Russia had received rifles.", []),
])
def test_the_speakers_state_is_no_party(body: str, expected: list) -> None:
    assert keys(body) == expected


def interview_keys(title: str, body: str) -> list[tuple]:
    facts = extract_facts(f"{title}\n\n{body}", name="test", published="2025-01-10").to_json_dict()["facts"]
    return [(f["kind"], f["from"], f["to"], f["category"], (f["quantity"] or {}).get("value")) for f in facts]


_MOLDOVAN = "\"We pay on delivery\": Moldova's deputy defence minister on what has arrived"


@pytest.mark.parametrize("title, body, expected", [
    # a title naming the speaker by a state and a role: "we", "us" and "our" in the answers are that state
    (_MOLDOVAN, "A: Twelve Piranha armoured vehicles were handed over to us by Germany in March.",
     [(ARMS, "DEU", "MDA", "armoured-vehicle", 12)]),
    (_MOLDOVAN, "A: Washington agreed to sell us ten helicopters.", [(ARMS, "USA", "MDA", "aircraft", 10)]),
    (_MOLDOVAN, "A: In 2023 we transferred six old howitzers to Ukraine.", [(ARMS, "MDA", "UKR", "artillery", 6)]),
    # not the interviewer's lines, not the speaker as a target or a watcher, not "our" before what the speaker knows
    (_MOLDOVAN, "Q: Did Germany sell us tanks?", []),
    (_MOLDOVAN, "A: Russian units opposite us have been firing Iranian drones.", [(ARMS, "IRN", "RUS", "uav", None)]),
    (_MOLDOVAN, "A: Our count for 2024 is 40 Iranian drones sent to Russia.", [(ARMS, "IRN", "RUS", "uav", 40)]),
    (_MOLDOVAN, "A: We expect Tehran to send more drones.", []),  # a state that expects is a source, as one that says
    # a title with no speaker: "us" is no one
    ("Weekly digest", "A: Twelve Piranha armoured vehicles were handed over to us by Germany in March.", []),
])
def test_first_person_words_of_a_speaker_named_in_the_title(title: str, body: str, expected: list) -> None:
    assert interview_keys(title, body) == expected


@pytest.mark.parametrize("body, expected", [
    # Kosovo, which has no ISO 3166-1 code, is XKX (the user-assigned code the EU uses; kg/ingest/rows.py names it)
    ("Kosovo got two TB2 drones from Turkey in 2023.", [(ARMS, "TUR", "XKX", "uav", 2)]),
    ("Pristina bought 20 armoured vehicles from the United States.", [(ARMS, "USA", "XKX", "armoured-vehicle", 20)]),
])
def test_kosovo_is_a_state(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a firm stands for the state it is in ("a company established in Bulgaria", "two companies in Armenia")
    ("Sudan bought 5,000 rifles from a company established in Bulgaria.", [(ARMS, "BGR", "SDN", "small-arms", 5000)]),
    ("Russia bought drones from a company in Iran.", [(ARMS, "IRN", "RUS", "uav", None)]),
    ("A firm registered in Turkey supplied radar parts to Russia.", [(ARMS, "TUR", "RUS", "sensor", None)]),
    ("Two companies in Armenia were sanctioned for supplying microchips to the Russian army.",
     [(TECH, "ARM", "RUS", "other", None)]),
    ("Iran sold drones to a company in Venezuela.", [(ARMS, "IRN", "VEN", "uav", None)]),
    # goods traced to a supplier in a state came from it
    ("Yemen received 800 drone engines, which the panel traced to a supplier in China.",
     [(ARMS, "CHN", "YEM", "uav", 800)]),
])
def test_a_firm_stands_for_the_state_it_is_in(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # buyers named as examples ("to customers such as Poland and Spain", "to countries like ...") each receive
    ("Bulgaria sells its shells to customers such as Poland and Spain.",
     [(ARMS, "BGR", "POL", "ammunition", None), (ARMS, "BGR", "ESP", "ammunition", None)]),
    ("Turkey has sold drones to countries like Poland, Qatar and Ukraine.",
     [(ARMS, "TUR", "POL", "uav", None), (ARMS, "TUR", "QAT", "uav", None), (ARMS, "TUR", "UKR", "uav", None)]),
    ("Turkey sold drones to Poland, like Qatar.", [(ARMS, "TUR", "POL", "uav", None)]),  # a comparison still
])
def test_buyers_named_as_examples(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state that "followed with four more" did what the first clause's subject did, with that count
    ("Poland handed over six used MiG-29s to Slovakia in 2019, and Hungary followed with four more in 2021.",
     [(ARMS, "POL", "SVK", "aircraft", 6), (ARMS, "HUN", "SVK", "aircraft", 4)]),
    ("Ghana bought TB2 drones from Turkey in 2021, and Togo followed with two more.",
     [(ARMS, "TUR", "GHA", "uav", None), (ARMS, "TUR", "TGO", "uav", 2)]),
    ("Poland handed over six MiG-29s to Slovakia, and Hungary followed with a statement.",
     [(ARMS, "POL", "SVK", "aircraft", 6)]),
])
def test_states_that_followed_with_more(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # arms stationed somewhere were moved there ("will be stationed in Belarus", "are now stationed in")
    ("Russian Iskander missiles will be stationed in Belarus by December.", [(ARMS, "RUS", "BLR", "missile", None)]),
    ("Russian nuclear weapons are now stationed in Belarus.", [(ARMS, "RUS", "BLR", "other", None)]),
    ("Two Pantsir systems will be moved to Pyongyang.", [(ARMS, "RUS", "PRK", "air-defence-system", 2)]),
])
def test_arms_stationed_abroad(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state that has its own forces somewhere keeps them there
    ("Russia had its own troops in Syria.", [(TROOPS, "RUS", "SYR", None, None)]),
    ("From 2015 Russia had its own forces in Syria, around 4,000 personnel at the peak.",
     [(TROOPS, "RUS", "SYR", None, 4000)]),
])
def test_a_state_with_its_own_forces_abroad(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # brigades and military, army or combat units are troops; plain "units" may be arms ("50 units of howitzers")
    ("Germany stationed an armoured brigade in Lithuania.", [(TROOPS, "DEU", "LTU", None, None)]),
    ("Russian combat units were sent to Belarus.", [(TROOPS, "RUS", "BLR", None, None)]),
    ("Iran sent 200 units of drones to Russia.", [(ARMS, "IRN", "RUS", "uav", 200)]),
])
def test_brigades_and_military_units_are_troops(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "per the ..." names a source, as "according to" does: its state is no party
    ("Per the UK notice, a Chinese firm exported drone engines.", []),
    ("A Chinese firm, per the UK notice, exported drone engines.", []),
    ("Iran sold 20 drones to Russia, per the US statement.", [(ARMS, "IRN", "RUS", "uav", 20)]),
])
def test_per_the_names_a_source(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # goods made under another's design, passive, where they are made: the designer hands that state the know-how
    ("Leopard 2 tanks are being manufactured under licence at a plant in Hungary.",
     [("technology_transfer", "DEU", "HUN", "armoured-vehicle", None)]),
    ("Since 2016 Arlan vehicles have been produced in Astana under licence from South Africa's Paramount Group.",
     [("technology_transfer", "ZAF", "KAZ", "military-vehicle", None)]),
    # the maker where it is made from an active verb with a licence: "produces ... in Georgia under licence"
    ("A joint venture with the Israeli firm Elbit produces Hermes 900 drones in Georgia under licence.",
     [("technology_transfer", "ISR", "GEO", "uav", None)]),
    # made at home by their maker: no know-how moves
    ("Leopard 2 tanks are being manufactured at a plant in Germany.", []),
])
def test_production_under_licence_where_goods_are_made(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a fire unit is a battery of an air-defence system, and its "fire" is no use of arms
    ("Germany gave Ukraine six IRIS-T fire units.", [(ARMS, "DEU", "UKR", "air-defence-system", 6)]),
    ("Five NASAMS fire units had been handed over to Ukraine by Norway.",
     [(ARMS, "NOR", "UKR", "air-defence-system", 5)]),
])
def test_fire_units_are_air_defence_batteries(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the count a contract covers is what the buyer ordered
    ("Slovakia's agreement with Sweden, signed in December 2022, covers 152 CV90 vehicles.",
     [(ARMS, "SWE", "SVK", "armoured-vehicle", 152), ("agreement", "SVK", "SWE", None, None)]),
    ("The contract covers 54 K9 howitzers for Romania.", [(ARMS, "KOR", "ROU", "artillery", 54)]),
    # what it covers without a count is no order of arms (the agreement stays)
    ("Macron said the agreement covers air defence, artillery and training for Ukraine.",
     [("agreement", "FRA", "UKR", None, None)]),
])
def test_the_count_a_contract_covers(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # submariners, aircrew, airmen, marines and battalions are trainees who bear arms
    ("Thai submariners completed training in China.", [("technology_transfer", "CHN", "THA", "other", None)]),
    ("Tongan aircrew will be trained in Australia before delivery.",
     [("technology_transfer", "AUS", "TON", "other", None)]),
    ("London trained the new Sierra Leone battalions.", [("technology_transfer", "GBR", "SLE", "other", None)]),
])
def test_more_trainees_who_bear_arms(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a trainer named before a progressive training verb trains; the place after it is where, not who
    ("Portugal is training Mozambican soldiers in Maputo.", [("technology_transfer", "PRT", "MOZ", "other", None)]),
    ("Portuguese trainers are training Mozambican soldiers in Maputo.",
     [("technology_transfer", "PRT", "MOZ", "other", None)]),
    # trainees who train somewhere are taught by that state
    ("Mozambican soldiers are being trained in Portugal.", [("technology_transfer", "PRT", "MOZ", "other", None)]),
])
def test_a_progressive_trainer_trains(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a count in words stands for the story's arms as digits do ("Three of those squadrons have been delivered")
    ("India ordered five S-400 squadrons from Russia in 2018. Three of those squadrons have been delivered.",
     [(ARMS, "RUS", "IND", "air-defence-system", 5), (ARMS, "RUS", "IND", "air-defence-system", 3)]),
    ("India ordered 200 Su-30 jets from Russia in 2018. So far three of them have been delivered.",
     [(ARMS, "RUS", "IND", "aircraft", 200), (ARMS, "RUS", "IND", "aircraft", 3)]),
    # a count that hands nothing over adds nothing
    ("India ordered 200 Su-30 jets from Russia in 2018. Two were destroyed in a fire.",
     [(ARMS, "RUS", "IND", "aircraft", 200)]),
])
def test_a_count_in_words_continues_the_story(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a buyer that buys for another state gives to it, also when it names its seller
    ("Ottawa said it would buy a NASAMS battery from the United States for Ukraine.",
     [(ARMS, "CAN", "UKR", "air-defence-system", None)]),
    ("Denmark bought 20 howitzers from France for Ukraine.", [(ARMS, "DNK", "UKR", "artillery", 20)]),
    ("Denmark bought 20 howitzers from France.", [(ARMS, "FRA", "DNK", "artillery", 20)]),
])
def test_a_buyer_for_another_state_gives_to_it(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a hedge on the user's own verb ("is reported to operate") is no help to operate: the user uses the system
    ("Togo is also reported to operate the TB2.", [(ARMS, "TUR", "TGO", "uav", None)]),
    ("Baku is believed to fly Israeli Hermes 900 drones.", [(ARMS, "ISR", "AZE", "uav", None)]),
    # training to operate stays training
    ("Turkey trained Togolese crews to operate the TB2.", [("technology_transfer", "TUR", "TGO", "uav", None)]),
])
def test_a_hedged_user_uses_the_system(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # an air-defence system's missiles shipped on their own are missiles; its batteries stay air-defence systems
    ("Spain sent a small number of Patriot missiles to Ukraine.", [(ARMS, "ESP", "UKR", "missile", None)]),
    ("The Pentagon approved sending ten Patriot interceptors to Ukraine.", [(ARMS, "USA", "UKR", "missile", 10)]),
    ("Germany sent two Patriot systems to Ukraine.", [(ARMS, "DEU", "UKR", "air-defence-system", 2)]),
    ("Saudi Arabia ordered ten batteries of the Cheongung-II surface-to-air missile system from South Korea.",
     [(ARMS, "KOR", "SAU", "air-defence-system", 10)]),
    # interceptor drones and boats are no missiles
    ("Latvia delivered a first batch of interceptor drones to Ukraine.", [(ARMS, "LVA", "UKR", "uav", None)]),
])
def test_an_air_defence_systems_missiles_apart(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # one subject, two verbs the other way round (a swap): each verb's sides are its own
    ("Slovakia gave 30 vehicles to Ukraine and received 15 tanks from Germany.",
     [(ARMS, "SVK", "UKR", "military-vehicle", 30), (ARMS, "DEU", "SVK", "armoured-vehicle", 15)]),
    ("Slovakia received 15 tanks from Germany and gave 30 vehicles to Ukraine.",
     [(ARMS, "DEU", "SVK", "armoured-vehicle", 15), (ARMS, "SVK", "UKR", "military-vehicle", 30)]),
    # a participle after the item is no second verb: "depended on drones shipped from Iran"
    ("Russia depended on drones flown and shipped from Iran.", [(ARMS, "IRN", "RUS", "uav", None)]),
])
def test_a_swap_keeps_each_verbs_sides(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a maintenance or repair facility a maker sets up abroad hands that state the know-how
    ("Safran is setting up a repair centre in India for Rafale engines.",
     [("technology_transfer", "FRA", "IND", "aircraft", None)]),
    ("Russia set up a helicopter repair plant in Belarus.", [("technology_transfer", "RUS", "BLR", "aircraft", None)]),
])
def test_a_repair_facility_set_up_abroad(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # work on arms another state owns hands it know-how
    ("Moscow also modernised Syria's ageing Su-24 bombers.", [("technology_transfer", "RUS", "SYR", "aircraft", None)]),
    ("Rostec serviced the Mi-35 helicopters of the Nigerian air force.",
     [("technology_transfer", "RUS", "NGA", "aircraft", None)]),
    ("Belarus repaired 20 Ukrainian T-72 tanks.", [("technology_transfer", "BLR", "UKR", "armoured-vehicle", 20)]),
    # a participle before the goods is no work: "20 refurbished tanks"
    ("Egypt bought 20 refurbished M1A1 tanks from the US.", [(ARMS, "USA", "EGY", "armoured-vehicle", 20)]),
])
def test_work_on_another_states_arms(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a permission to pass arms on: who permits gives nothing, and getting the permission moves no goods
    ("Poland received German approval to send 14 Leopard tanks to Ukraine.",
     [(ARMS, "POL", "UKR", "armoured-vehicle", 14)]),
    ("With Washington's permission, Latvia sent its Stinger missiles to Ukraine.",
     [(ARMS, "LVA", "UKR", "air-defence-system", None)]),
])
def test_a_permission_to_pass_arms_on(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a buyer that "took" arms received them
    ("Qatar took six TB2 drones in 2019.", [(ARMS, "TUR", "QAT", "uav", 6)]),
    ("Ankara ended up taking the Russian S-400 instead.", [(ARMS, "RUS", "TUR", "air-defence-system", None)]),
    # not time, places, seizures or a form
    ("The tanks took six months to arrive in Poland.", []),
    ("French forces took 3,000 rifles off a dhow bound for Yemen from Iran.",
     [(ARMS, "IRN", "YEM", "small-arms", 3000)]),
    ("Satellite images taken in January showed Il-76 transports at the base.", []),
])
def test_a_buyer_that_took_arms(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a course taken abroad, or training taken again there, is training received from that state
    ("Forty Chilean pilots completed a conversion course in Brazil last year.",
     [("technology_transfer", "BRA", "CHL", "other", 40)]),
    ("Kenyan sailors have completed operator and maintenance courses in India.",
     [("technology_transfer", "IND", "KEN", "other", None)]),
    ("Georgian gunners were retrained on the howitzers at French army schools.",
     [("technology_transfer", "FRA", "GEO", "artillery", None)]),
    # a course of anything else is no training
    ("The Chilean frigate completed a course correction off Brazil.", []),
])
def test_a_course_taken_abroad(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # stocks a seller's forces no longer need are that seller's: the buyer or lessee gets them from it
    ("In 1996 Finland leased 100 Leopard 2A4 tanks from surplus German army stocks.",
     [(ARMS, "DEU", "FIN", "armoured-vehicle", 100)]),
    ("Chile bought ten frigates from former Dutch navy stocks.", [(ARMS, "NLD", "CHL", "naval-vessel", 10)]),
])
def test_arms_from_a_sellers_surplus_stocks(body: str, expected: list) -> None:
    assert keys(body) == expected


_DEALER = "\"Old steel sells\": a Belgian surplus dealer on the tank trade"


@pytest.mark.parametrize("title, body, expected", [
    # a speaker from a state's arms industry: "we" and "our" in the answers are that state
    (_DEALER, "A: Last month we delivered four Leopard 1 recovery vehicles to the Greek army.",
     [(ARMS, "BEL", "GRC", "armoured-vehicle", 4)]),
    (_DEALER, "A: Twenty of our M113s went to the Lithuanian army in 2022.",
     [(ARMS, "BEL", "LTU", "armoured-vehicle", 20)]),
])
def test_first_person_words_of_an_industry_speaker(title: str, body: str, expected: list) -> None:
    assert interview_keys(title, body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state's satellite sent up on another state's rocket, or by its launch company: a launch service from it
    ("Chile's new earth-observation satellite, launched on a Long March 2D in March, is now working.",
     [("technology_transfer", "CHN", "CHL", "other", None)]),
    ("Kenya's first military satellite went up on a SpaceX Falcon 9 on Tuesday.",
     [("technology_transfer", "USA", "KEN", "other", None)]),
    # the rocket that carried it is no arms handed over
    ("Vietnam's satellite was launched on a Russian rocket in 2019.",
     [("technology_transfer", "RUS", "VNM", "other", None)]),
    # a state's own satellite on its own rocket is nothing
    ("China's new weather satellite went up on a Long March 4B.", []),
])
def test_a_satellite_sent_up_on_another_states_rocket(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "by way of" names a route, as "through" and "via" do: the state passed through gets nothing
    ("Serbian-made shells reached the Ukrainian army during 2023 by way of private dealers and brokers in Hungary.",
     [(ARMS, "SRB", "UKR", "ammunition", None)]),
    ("Bulgarian shells reached Ukraine by way of traders in Poland.", [(ARMS, "BGR", "UKR", "ammunition", None)]),
])
def test_arms_that_came_by_way_of_a_third_state(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # an agreement named with its parties after "between" exists, signing verb or not
    ("The base stays under an agreement of 2012 between Russia and Kyrgyzstan.",
     [("agreement", "KGZ", "RUS", None, None)]),
    ("A 1998 intergovernmental agreement between India and Israel started the programme.",
     [("agreement", "IND", "ISR", None, None)]),
    # not one that is only possible or unconfirmed, and not a war
    ("Talks on a possible deal between Egypt and China stalled.", []),
    ("Seoul said an arms deal between Moscow and Pyongyang, if confirmed, would breach UN resolutions.", []),
    ("The war between Russia and Ukraine goes on.", []),
])
def test_an_agreement_between_two_states(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # an agreement whose signers a relative clause names after it ("which X, Y and Z signed")
    ("The declaration on defence cooperation, which Serbia, Hungary and Slovakia signed in Budapest, covers training.",
     [("agreement", "HUN", "SRB", None, None), ("agreement", "SRB", "SVK", None, None),
      ("agreement", "HUN", "SVK", None, None)]),
    # an arrangement or a roadmap, once signed, is an agreement
    ("Under that arrangement, which the two defence ministers signed in 2022, Germany delivered 15 tanks to Slovakia.",
     [(ARMS, "DEU", "SVK", "armoured-vehicle", 15), ("agreement", "DEU", "SVK", None, None)]),
    ("Germany and Lithuania on Monday signed a roadmap for a German brigade in Lithuania.",
     [("agreement", "DEU", "LTU", None, None)]),
    # not an arrangement of anything else, nor one nobody signed
    ("The seating arrangement, which Poland and Germany disputed, was changed.", []),
])
def test_an_agreement_signed_in_a_relative_clause(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # forces in a joint exercise or joint training with another state's forces are deployed where the partner is
    ("US Marines are finishing four days of joint training with the Ghanaian army in Accra.",
     [("troop_deployment", "USA", "GHA", None, None)]),
    ("The United States held its first joint exercise with Armenian forces on Armenian soil last September.",
     [("troop_deployment", "USA", "ARM", None, None)]),
    # troops that took part in an exercise abroad, whatever words come between
    ("Chinese soldiers took part last year in the Golden Dragon exercise in Cambodia.",
     [("troop_deployment", "CHN", "KHM", None, None)]),
    ("Some 85 American soldiers had taken part in the exercise in Armenia.",
     [("troop_deployment", "USA", "ARM", None, 85)]),
    # training together is no training given
    ("Polish and Czech gunners began joint training at a range near Krakow.", []),
])
def test_forces_in_joint_exercises_abroad(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a swap: what a relative clause says was passed on has sides of its own, and the goods given in return go to
    # the state that passed it on
    ("Prague has now received 14 Leopard 2A4s from Germany as compensation for the T-72 tanks it sent to Ukraine.",
     [(ARMS, "DEU", "CZE", "armoured-vehicle", 14), (ARMS, "CZE", "UKR", "armoured-vehicle", None)]),
    ("Germany gave the Czech Republic 14 Leopard 2A4 tanks to replace T-72s that Prague had already sent to Ukraine.",
     [(ARMS, "DEU", "CZE", "armoured-vehicle", 14), (ARMS, "CZE", "UKR", "armoured-vehicle", None)]),
    ("MZKT gets a designation for the heavy chassis it ships to Russian missile units.",
     [(ARMS, "BLR", "RUS", "military-vehicle", None)]),
])
def test_arms_passed_on_in_a_relative_clause(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a capital letter after a count starts a model's name, not a scale ("28 M-55S tanks" is no 28 million)
    ("Ljubljana handed over 28 M-55S tanks to Ukraine last autumn.", [(ARMS, "SVN", "UKR", "armoured-vehicle", 28)]),
    # a number inside a name after the count is no count ("three Ground Master 200 radars" are not 200)
    ("France delivered three Ground Master 200 radars to Armenia.", [(ARMS, "FRA", "ARM", "sensor", 3)]),
    # "no plans" denies what follows, whatever comes between
    ("Slovakia said there were no plans at this moment to give Ukraine any of its remaining Mi-17s.", []),
])
def test_counts_beside_model_names_and_plans_denied(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "passed ... to" a state hands the goods over, as "passed ... on to" does
    ("Latvia has passed its remaining stock of Soviet-calibre 122mm shells to Ukraine.",
     [(ARMS, "LVA", "UKR", "ammunition", None)]),
    ("Moscow is suspected of passing electronic warfare equipment to Iran.", [(ARMS, "RUS", "IRN", "other", None)]),
    # not a law passed, nor anything passed to no state
    ("Parliament passed the bill to Ukraine's relief.", []),
])
def test_arms_passed_to_a_state(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_an_earlier_figure_is_no_source() -> None:
    # an earlier figure ("up from about 500,000") names no source: the story's giver gives
    body = ("Germany has supplied Ukraine with artillery. Its list now shows 580,000 rounds delivered to Ukraine, up "
            "from about 500,000 in the previous update.")
    assert (ARMS, "DEU", "UKR", "ammunition", 580000) in keys(body)
    # a source named but not as a state still leaves the giver unknown
    assert keys("Japan received drones from European partners.") == []


@pytest.mark.parametrize("body, expected", [
    # arms that pay for technology are arms, going the other way
    ("Russia gave North Korea satellite technology in exchange for shells.",
     [("technology_transfer", "RUS", "PRK", "other", None), (ARMS, "PRK", "RUS", "ammunition", None)]),
    ("Moscow provided Pyongyang with help on its satellites in exchange for artillery shells.",
     [("technology_transfer", "RUS", "PRK", "other", None), (ARMS, "PRK", "RUS", "ammunition", None)]),
    # money is no arms
    ("Iran gave Russia drone technology in exchange for cash.", [("technology_transfer", "IRN", "RUS", "uav", None)]),
])
def test_arms_that_pay_for_technology(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a satellite booked on, flying on or riding another state's rockets: a launch service from that state
    ("Two more Iranian-built satellites are booked on Russian launches before March.",
     [("technology_transfer", "RUS", "IRN", "other", None)]),
    ("Pakistan's satellite rode a Chinese rocket into orbit.", [("technology_transfer", "CHN", "PAK", "other", None)]),
    # people flying on another state's jets are no satellite
    ("Iranian pilots flew on Russian jets.", []),
])
def test_a_satellite_booked_on_another_states_launches(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state's armed forces named by their own name act for it (states.yaml metonyms)
    ("Up to 350 more Bundeswehr soldiers are being sent to Lithuania.",
     [("troop_deployment", "DEU", "LTU", None, 350)]),
    ("More than 300 Ukrainian sailors have completed training with the Royal Navy since 2023.",
     [("technology_transfer", "GBR", "UKR", "other", 300)]),
    ("About 760 personnel from the People's Liberation Army took part in the drills in Cambodia.",
     [("troop_deployment", "CHN", "KHM", None, 760)]),
    # trainees who will begin training with another state's forces receive it
    ("Turkish pilots and ground crews will begin training with the Royal Air Force next year.",
     [("technology_transfer", "GBR", "TUR", "other", None)]),
    # but not training that waits on a condition
    ("Iranian pilots are ready to begin training in Russia whenever the aircraft are ready.", []),
])
def test_armed_forces_named_for_their_state(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # cities coordinated with a target are targets too, not receivers
    ("Russia has fired North Korean missiles in its war. Debris recovered after missile strikes on Kharkiv and Kyiv "
     "came from North Korean KN-23 ballistic missiles.",
     [(ARMS, "PRK", "RUS", "missile", None), (ARMS, "PRK", "RUS", "missile", None)]),
])
def test_cities_coordinated_with_a_target(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state's ministry that will send or is deploying forces or arms acts for its state
    ("The Pentagon will send another 3,000 soldiers of the 82nd Airborne to Poland.",
     [("troop_deployment", "USA", "POL", None, 3000)]),
    ("The Pentagon is deploying two Patriot batteries to Poland.", [(ARMS, "USA", "POL", "air-defence-system", 2)]),
    # not one that only says what another state did
    ("The Pentagon said on Monday that Russia had deployed troops to Belarus.",
     [("troop_deployment", "RUS", "BLR", None, None)]),
])
def test_a_ministry_that_sends_forces(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a conversion done abroad, or learning to fly there, is training received
    ("The first group, six Chilean pilots, did their conversion in Spain with Spanish instructors.",
     [("technology_transfer", "ESP", "CHL", "other", 6)]),
    ("The first Ukrainian pilots learned to fly the fighter in Denmark.",
     [("technology_transfer", "DNK", "UKR", "other", None)]),
    # a state that learned to use arms, or the conversion of ships, is no training
    ("Russia learned to use Iranian drones in 2022.", []),
    ("The conversion of the Chilean ships took two years in Spain.", []),
])
def test_a_conversion_or_flying_learned_abroad(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # arms "in Algerian service" are used by Algeria: their maker supplied it
    ("Russian-built Su-57 fighters are now in Algerian service.", [(ARMS, "RUS", "DZA", "aircraft", None)]),
    ("Chinese J-10C fighters in Pakistani service shot down Indian jets.", [(ARMS, "CHN", "PAK", "aircraft", None)]),
    # troops in a state's service are no arms
    ("Russian troops are now in Belarusian service.", [("troop_deployment", "RUS", "BLR", None, None)]),
])
def test_arms_in_a_states_service(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state's customers buy from it
    ("Venezuela is among Russia's biggest arms customers in Latin America.", [(ARMS, "RUS", "VEN", "other", None)]),
    ("India is Russia's largest arms customer.", [(ARMS, "RUS", "IND", "other", None)]),
    # a state's supplier sells to it
    ("Russia's main arms supplier is China.", [(ARMS, "CHN", "RUS", "other", None)]),
])
def test_a_states_customers_buy_from_it(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # blue helmets are peacekeepers, not their kit
    ("Rwanda has more than 2,000 blue helmets in the UN mission in the Central African Republic.",
     [("troop_deployment", "RWA", "CAF", None, 2000)]),
    ("Kenya sent 500 helmets to Somalia.", [(ARMS, "KEN", "SOM", "other", 500)]),
])
def test_blue_helmets_are_troops(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # states coordinated as the subject of a deployment all send troops; none of them receives
    ("Senegal sent 300 troops to Gambia in 2017. Ghana and Nigeria also deployed soldiers under the ECOWAS flag.",
     [("troop_deployment", "SEN", "GMB", None, 300), ("troop_deployment", "NGA", "GMB", None, None),
      ("troop_deployment", "GHA", "GMB", None, None)]),
    ("Spain sent 40 soldiers to Mali last year. Italy and Portugal have instructors in the mission as well.",
     [("troop_deployment", "ESP", "MLI", None, 40), ("troop_deployment", "PRT", "MLI", None, None),
      ("troop_deployment", "ITA", "MLI", None, None)]),
    ("France sent instructors to Mali. Spain and Portugal are preparing to send instructors to Bamako.",
     [("troop_deployment", "FRA", "MLI", None, None), ("troop_deployment", "PRT", "MLI", None, None),
      ("troop_deployment", "ESP", "MLI", None, None)]),
    # two leaders who agree to send troops stay a pair
    ("Kim and Putin agreed to send troops.", [("troop_deployment", "PRK", "RUS", None, None),
                                              ("agreement", "PRK", "RUS", None, None)]),
])
def test_coordinated_states_that_deploy(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a troop noun and another held abroad ("advisers and fighters"): the second is no fighter jet
    ("Iran kept advisers and Afghan fighters in Syria.", [("troop_deployment", "IRN", "SYR", None, None)]),
    ("Russia maintains instructors and Syrian fighters in Libya.", [("troop_deployment", "RUS", "LBY", None, None)]),
    ("Russia keeps tanks and soldiers in Mali.", []),
])
def test_troops_and_fighters_held_abroad(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # systems named in the opened blind sets DZ to EB
    ("Jordan sent TOWs to Iraq.", [(ARMS, "JOR", "IRQ", "missile", None)]),
    ("Poland gave 30 M-84 tanks to Ukraine.", [(ARMS, "POL", "UKR", "armoured-vehicle", 30)]),
    ("Paris agreed to supply three GM200 radars to Yerevan.", [(ARMS, "FRA", "ARM", "sensor", 3)]),
])
def test_systems_named_in_round_43(body: str, expected: list) -> None:
    assert keys(body) == expected
    assert facts_of(body)[0]["item"] in ("TOWs", "M-84 tanks", "GM200 radars")  # the named system joins its noun


@pytest.mark.parametrize("body, expected", [
    # an export earner, success or hit for a yard is what it earns, no transfer
    ("Malaysia bought two Kilo-class submarines from Russia in 2002. The Kilo-class became a steady export earner "
     "for the Russian yard.", [(ARMS, "RUS", "MYS", "naval-vessel", 2)]),
    ("The K9 howitzer became an export success for South Korea.", []),
    ("The K9 howitzer was exported to Poland by South Korea.", [(ARMS, "KOR", "POL", "artillery", None)]),
])
def test_an_export_earner_is_no_transfer(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a one-word party alias after two words of a person's name is the person's surname
    ("Foreign minister Maria Ana Wagner called the presence of Rwandan soldiers in Goma an invasion.", []),
    ("Minister Anna Maria Wagner said Rwanda had sent 4,000 soldiers to Uganda.",
     [("troop_deployment", "RWA", "UGA", None, 4000)]),
    ("Russia's Wagner sent 1,000 fighters to Mali.", [("troop_deployment", "RUS", "MLI", None, 1000)]),
    ("Yevgeny Prigozhin's Wagner sent troops to Libya.", [("troop_deployment", "RUS", "LBY", None, None)]),
])
def test_a_surname_is_no_party(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a bare "Congo" is the DRC; the other Congo is named in full
    ("Burundi sent 1,000 soldiers to Congo.", [("troop_deployment", "BDI", "COD", None, 1000)]),
    ("Burundi sent 1,000 soldiers to the Republic of the Congo.", [("troop_deployment", "BDI", "COG", None, 1000)]),
])
def test_congo_is_the_drc(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a giver's own stocks are no unnamed source ("from its own inventory")
    ("Poland has backed Kyiv since 2022. In March 2023 it sent Ukraine 14 MiG-29s from its own inventory.",
     [(ARMS, "POL", "UKR", "aircraft", 14)]),
    # an unnamed source still leaves the giver open
    ("Poland has backed Kyiv since 2022. In March 2023 it got 14 MiG-29s from its allies.", []),
])
def test_a_givers_own_stocks(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state repaying or rewarding another with arms gives them
    ("Officials say Moscow may be repaying Pyongyang with air-defence systems.",
     [(ARMS, "RUS", "PRK", "air-defence-system", None)]),
    ("North Korea was rewarded with MiG-29 fighters by Russia.", [(ARMS, "RUS", "PRK", "aircraft", None)]),
    # what it repays is no gift of its own
    ("Moscow repaid Pyongyang for the shells with oil.", []),
])
def test_repaying_a_state_with_arms(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a supplier to a state's forces, with nothing named, supplies arms
    ("Russia is also a long-standing supplier to the Ethiopian military.", [(ARMS, "RUS", "ETH", "other", None)]),
    ("China is a key supplier of the Myanmar army.", [(ARMS, "CHN", "MMR", "other", None)]),
    # not when what it supplies is named
    ("Russia supplies the Ethiopian military with fuel.", []),
])
def test_a_supplier_to_a_states_forces(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # reports of a transfer that were dismissed, denied or rejected state none
    ("Reports in two Polish dailies that the stored jets would be sent back to Russia were dismissed by a spokesman "
     "as pure conjecture.", []),
    ("Reports that Russia had sent MiG-29 jets to Iran were later rejected by Tehran.", []),
    ("Reports that Russia sent MiG-29 jets to Iran were confirmed by the ministry.",
     [(ARMS, "RUS", "IRN", "aircraft", None)]),
])
def test_reports_dismissed_state_no_transfer(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # an adverb inside the hedge keeps it a hedge
    ("Moscow may also have passed technical data to Pyongyang.", [("RUS", "PRK", "reported")]),
    ("Tehran might well have shipped more drones to Moscow.", [("IRN", "RUS", "reported")]),
    ("Tehran has also shipped more drones to Moscow.", [("IRN", "RUS", "delivered")]),
])
def test_a_hedge_with_an_adverb_inside(body: str, expected: list) -> None:
    assert [(f["from"], f["to"], f["status"]) for f in facts_of(body)] == expected


@pytest.mark.parametrize("body, expected", [
    # the state whose weapons the given thing improves gets it; it made nothing it gives
    ("Russia handed over technical data that could improve the accuracy of North Korean ballistic missiles.",
     [("technology_transfer", "RUS", "PRK", "missile", None)]),
    ("China supplied engines that upgrade Iran's attack drones.",
     [("technology_transfer", "CHN", "IRN", "other", None)]),
    # a demonym that does not follow such a verb still names the maker
    ("Moscow handed over North Korean ballistic missiles to Syria.", [(ARMS, "PRK", "SYR", "missile", None)]),
])
def test_what_improves_a_states_weapons_goes_to_it(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # trainees described by two lower-case words, further from the verb
    ("Latvian instructors trained around 150 Ukrainian electronic warfare operators last year.",
     [("technology_transfer", "LVA", "UKR", "sensor", 150)]),
    # but not across a clause: the technicians of the trainer's state are no trainees
    ("Lao pilots have trained in Russia to fly the Yak-130, and Russian technicians are said to keep the jets flying.",
     [("technology_transfer", "RUS", "LAO", "aircraft", None),
      ("technology_transfer", "RUS", "LAO", "aircraft", None)]),
])
def test_trainees_far_from_the_training_verb(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state's numbered or military base abroad holds its forces
    ("Russia's 4th military base in Tajikistan houses about 5,000 personnel.",
     [("troop_deployment", "RUS", "TJK", None, 5000)]),
    ("Bishkek agreed in March to keep Russia's military base on its soil until 2045.",
     [("troop_deployment", "RUS", "KGZ", None, None)]),
    # an air base named by its state is a place
    ("The jets landed at a Kyrgyz air base.", []),
])
def test_a_states_base_abroad_holds_its_forces(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a people named in the plural stands for its state
    ("The Iranians have sent drones to Russia.", [(ARMS, "IRN", "RUS", "uav", None)]),
    ("The Saudis bought 48 Eurofighter jets from Britain.", [(ARMS, "GBR", "SAU", "aircraft", 48)]),
    ("In 2019 the Emiratis supplied armoured vehicles to Haftar's forces in Libya.",
     [(ARMS, "ARE", "LBY", "armoured-vehicle", None)]),
])
def test_a_people_in_the_plural_stands_for_its_state(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # arms of a state's forces that shoot something down: the state owns them and observes nothing
    ("Chinese-made J-10C fighters of the Egyptian Air Force downed two drones.",
     [(ARMS, "CHN", "EGY", "aircraft", None)]),
    # a state's air force that shoots drones down still observes
    ("Ukraine's air force shot down 40 Iranian Shahed drones overnight.", []),
])
def test_arms_of_a_states_forces_that_shoot_down(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # round 44 vocabulary: Typhoons, warheads, scopes and optics, communications gear
    ("Britain delivered six Typhoons to Qatar.", [(ARMS, "GBR", "QAT", "aircraft", 6)]),
    ("Iran shipped warheads to the Houthis in Yemen.", [(ARMS, "IRN", "YEM", "missile", None)]),
    ("China sold thermal-imaging scopes to Russia.", [(ARMS, "CHN", "RUS", "sensor", None)]),
    ("Turkey supplied communications equipment to Somalia.", [(ARMS, "TUR", "SOM", "other", None)]),
    # a storm's name is no jet
    ("Typhoon Haiyan hit the Philippines in 2013.", []),
])
def test_round_44_vocabulary(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "the two countries" that sign, in a clause of its own: the two states its sentence names
    ("Egypt's defence minister said after talks in Beijing on Monday that the two countries had signed a military "
     "cooperation roadmap.", [("agreement", "CHN", "EGY", None, None)]),
    # not when the sentence names more than two
    ("After talks in Beijing and Moscow, Egypt's minister said the two countries had signed a defence agreement.", []),
])
def test_the_two_countries_that_sign_are_the_sentences_pair(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "as" before a second subject and its own verb opens a clause of its own
    ("Poland sends tanks to Ukraine as Canada pledges radars.",
     [(ARMS, "POL", "UKR", "armoured-vehicle", None), (ARMS, "CAN", "UKR", "sensor", None)]),
    ("French artillery deliveries to Ukraine continue as Norway pledges more drones.",
     [(ARMS, "FRA", "UKR", "artillery", None), (ARMS, "NOR", "UKR", "uav", None)]),
])
def test_as_opens_a_second_subjects_clause(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # watching for signs of help is no help found
    ("The agency said it was watching for signs that Russian engineers were helping the North Korean satellite "
     "programme.", []),
    ("Russian engineers were helping the North Korean satellite programme, the agency said.",
     [("technology_transfer", "RUS", "PRK", "other", None)]),
])
def test_watching_for_signs_finds_nothing(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # an aid package a government announces for another is a pledge of arms
    ("Finland announced a new security assistance package for Ukraine.",
     [("FIN", "UKR", "other", "planned")]),
    ("Washington has announced a new $300 million military aid package for Kyiv.",
     [("USA", "UKR", "other", "planned")]),
    # an announcement with no one it is for gives nothing
    ("The chancellor announced a new military aid package worth about 1.1 billion euros.", []),
])
def test_an_announced_aid_package_is_a_pledge(body: str, expected: list) -> None:
    assert [(f["from"], f["to"], f["category"], f["status"]) for f in facts_of(body)] == expected


@pytest.mark.parametrize("body, expected", [
    # work on another state's arms in the progressive: the worker hands the owner know-how
    ("Poland is repairing Ukrainian Mi-8 helicopters.", [("technology_transfer", "POL", "UKR", "aircraft", None)]),
    ("Czech plants have been overhauling Ukrainian Mi-24 helicopters since March.",
     [("technology_transfer", "CZE", "UKR", "aircraft", None)]),
    # its own arms are no one else's
    ("Russia is modernising its own Su-34 bombers.", []),
])
def test_work_on_another_states_arms_in_the_progressive(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # training that trainees attend or receive: the trainees' state learns
    ("Kenyan air-defence officers have also attended courses at the Military Academy of India since 2022.",
     [(TECH, "IND", "KEN", "other", None)]),
    ("Kenya air-defence officers have completed courses at the Military Academy of India since 2022.",
     [(TECH, "IND", "KEN", "other", None)]),
    ("Sailors of the Kenyan navy have received training aboard two Indian frigates at Mombasa since June.",
     [(TECH, "IND", "KEN", "naval-vessel", None)]),
    ("About 70 sailors of the Ghanaian navy were trained by the Spanish Navy in Cartagena.",
     [(TECH, "ESP", "GHA", "other", 70)]),
    ("Some 90 Kenyan navy officers had attended courses in India over the past three years.",
     [(TECH, "IND", "KEN", "other", 90)]),
    ("About 200 Kenyan sailors have received training in India since June.", [(TECH, "IND", "KEN", "other", 200)]),
    # the trainer stays the trainer
    ("Russia trained Kenya air-defence officers in 2022.", [(TECH, "RUS", "KEN", "air-defence-system", None)]),
])
def test_trainees_who_attend_receive_or_undergo_training_learn(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a works named for the aircraft it mends holds no aircraft of its state
    ("Poland's 558 Aircraft Repair Plant in Deblin has overhauled Ukraine's MiG-29 fighters.",
     [(TECH, "POL", "UKR", "aircraft", None)]),
    ("Poland's Aircraft Repair Plant in Deblin has overhauled Ukraine's MiG-29 fighters.",
     [(TECH, "POL", "UKR", "aircraft", None)]),
])
def test_a_repair_plant_is_no_item(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "no" before the subject denies a cue that opens with its auxiliary
    ("A spokesperson said that no Chinese police or military personnel are in the country and that Apia has made no "
     "request to Beijing for any.", []),
    ("About 300 Chinese military personnel are in Samoa.", [("troop_deployment", "CHN", "WSM", None, 300)]),
])
def test_no_troops_are_in_a_country(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a programme or plan of military cooperation is an agreement
    ("In Minsk, the defence ministries of Belarus and Laos signed a programme of military cooperation for 2025-2027.",
     [("agreement", "BLR", "LAO", None, None)]),
    ("Belarus and Laos signed a plan of military cooperation for 2026.", [("agreement", "BLR", "LAO", None, None)]),
])
def test_a_programme_of_military_cooperation_is_an_agreement(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the state named as the end user or consignee is the one the goods are for
    ("Belarus signed a military protocol with Laos. The shipping paperwork named Laos's defence ministry as the end "
     "user and described the goods as radio equipment.",
     [("agreement", "BLR", "LAO", None, None), (ARMS, "BLR", "LAO", "other", None)]),
    ("Customs papers listed the Laotian army as the consignee of the rifles shipped from Belarus.",
     [(ARMS, "BLR", "LAO", "small-arms", None)]),
])
def test_the_end_user_receives(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # arms sent abroad to be mended: the repairer serves their owner
    ("Angola sent two MiG-21 jets to Cuba for overhaul in 2019.", [(TECH, "CUB", "AGO", "aircraft", 2)]),
    ("Cuba shipped its old MiG-21 jets to North Korea to be repaired.", [(TECH, "PRK", "CUB", "aircraft", None)]),
    # mended on the way to a buyer, or coming back: still arms
    ("Angola shipped 20 T-72B tanks to the Czech Republic for overhaul before onward delivery to Ukraine.",
     [(ARMS, "AGO", "CZE", "armoured-vehicle", 20)]),
    ("Russia sent two MiG-29 jets to Cuba.", [(ARMS, "RUS", "CUB", "aircraft", 2)]),
])
def test_arms_sent_for_repair_are_a_repair_service(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # plans dropped are no transfer
    ("Ankara dropped plans last year to buy 40 new F-16 jets from the United States.", []),
    ("About the plan to buy 12 used Mirage 2000-5 jets from Qatar, the minister said the plan is not continue anymore "
     "because of budget limits.", []),
    ("Turkey bought 40 new F-16 jets from the United States.", [(ARMS, "USA", "TUR", "aircraft", 40)]),
])
def test_dropped_plans_are_no_transfer(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # once troops are placed, a destination in a relative clause after the place is its own verb's
    ("Around 2,000 Russian personnel are now in Mali, most of them former Wagner fighters who have moved into the "
     "Africa Corps, according to diplomats in Bamako.", [("troop_deployment", "RUS", "MLI", None, 2000)]),
    ("Russia sent 300 troops to Mali, which has asked for help against rebels in Burkina Faso.",
     [("troop_deployment", "RUS", "MLI", None, 300)]),
])
def test_a_destination_in_a_relative_clause_is_its_own_verbs(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # trainees who spend a while training somewhere learn from that state
    ("Ghanaian pilots spent four months training on the jets in Brazil before the handover.",
     [("technology_transfer", "BRA", "GHA", "aircraft", None)]),
    # the upkeep trainees learn is no service of its own
    ("Kenyan technicians were trained in Turkey on the operation and maintenance of the drones.",
     [("technology_transfer", "TUR", "KEN", "uav", None)]),
    # trainers who train their counterparts; training side by side is no transfer
    ("Indian crews will stay aboard until March to train their Mauritian counterparts.",
     [("technology_transfer", "IND", "MUS", "other", None)]),
    ("Greek marines will train alongside their Cypriot counterparts next month.", []),
])
def test_trainees_learn_from_where_they_spend_their_training(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "there are no" denies the troops it names
    ("There are no Russian military personnel stationed in Laos, the ministry said.", []),
    ("There are about 300 Russian military personnel stationed in Laos, the ministry said.",
     [("troop_deployment", "RUS", "LAO", None, 300)]),
])
def test_there_are_no_troops_denies_them(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # regions and bases abroad as places
    ("Burundian troops have been deployed in South Kivu since 2022.", [("troop_deployment", "BDI", "COD", None, None)]),
    ("Iraqi militia units are operating inside Ituri, the report said.", []),
    ("Rwandan army units are operating inside North Kivu, UN experts said.",
     [("troop_deployment", "RWA", "COD", None, None)]),
])
def test_regions_abroad_place_the_troops(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # helicopters "ordered as replacements" are no troops
    ("Manila bought 16 Mi-17 transport helicopters from Russia in 2019.\n"
     "Four Polish-made Black Hawk helicopters bought as replacements landed at Clark Air Base on Monday.",
     [(ARMS, "RUS", "PHL", "aircraft", 16), (ARMS, "POL", "PHL", "aircraft", 4)]),
])
def test_items_ordered_as_replacements_are_no_troops(body: str, expected: list) -> None:
    assert keys(body) == expected


ROUND_UP = ("Our weekly review of arms deals.\n"
            "GHANA. Accra has taken delivery of two Brazilian-built Super Tucano aircraft.\n"
            "KENYA - Deals in the pipeline\n"
            "Officials said the air force would receive three more Super Tucanos next year.\n"
            "The country also received four Turkish-made drones in March.\n"
            "ZAMBIA. A sale of three E-7 aircraft was notified in May.\n"
            "NEXT WEEK\n"
            "We will look at the drones again.")


def test_a_round_ups_sections_are_about_the_states_that_head_them() -> None:
    # a state's name in capitals opening a paragraph heads a section: its sentences' open side, "the country" and a
    # story going on are that state's; another heading in capitals ends the section
    assert keys(ROUND_UP) == [(ARMS, "BRA", "GHA", "aircraft", 2), (ARMS, "BRA", "KEN", "aircraft", 3),
                              (ARMS, "TUR", "KEN", "uav", 4), (ARMS, "USA", "ZMB", "aircraft", 3)]


@pytest.mark.parametrize("body, expected", [
    # the maker of what is paid with is no side of the exchange
    ("Washington will give new patrol boats to the Peruvian navy in exchange for its old Russian helicopters.",
     [(ARMS, "USA", "PER", "naval-vessel", None), (ARMS, "PER", "USA", "aircraft", None)]),
    ("Moscow sent fuel to Pyongyang in exchange for North Korean shells.", [(ARMS, "PRK", "RUS", "ammunition", None)]),
])
def test_the_maker_of_what_pays_is_no_side_of_an_exchange(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the know-how to build a named system comes from its maker in a deal
    ("Egypt signed an agreement with Turkey to set up a production line for Bayraktar TB2 drones.",
     [("technology_transfer", "TUR", "EGY", "uav", None), ("agreement", "EGY", "TUR", None, None)]),
])
def test_the_know_how_to_build_a_system_comes_from_its_maker(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the state a "which" clause opens after gives what the clause names
    ("The frigates are built in Indonesia together with Turkey, which supplies the engines and the radar.",
     [(ARMS, "TUR", "IDN", "other", None), (ARMS, "TUR", "IDN", "sensor", None)]),
    ("The UAE, which supplies drones to the army, denied the report.", []),
])
def test_a_which_clause_after_a_state_makes_it_the_giver(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "on the island of" places troops in it
    ("About 300 U.S. military personnel are stationed on the island of Cyprus to train local forces.",
     [("troop_deployment", "USA", "CYP", None, 300)]),
])
def test_on_the_island_of_is_in_it(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # each sale noun after an item takes its own receiver
    ("Paris cleared a Rafale sale to Serbia and a Caesar sale to Armenia.",
     [(ARMS, "FRA", "SRB", "aircraft", None), (ARMS, "FRA", "ARM", "artillery", None)]),
])
def test_each_sale_after_an_item_has_its_own_receiver(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # systems named in round 46's opened folds, with their makers
    ("Canberra ordered 12 more MH-60R helicopters last year.", [(ARMS, "USA", "AUS", "aircraft", 12)]),
    ("The Bolivian army operates PTL-02 tank destroyers.", [(ARMS, "CHN", "BOL", "armoured-vehicle", None)]),
])
def test_round_46_vocabulary(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # where arms are traced "back to" gave them; where they were going on the way receives
    ("Investigators traced rifles seized on their way to Somalia back to Iran.",
     [(ARMS, "IRN", "SOM", "small-arms", None)]),
])
def test_traced_back_to_names_the_giver(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a gapped buyer, with "for" repeated and when its batch came after the count
    ("Latvia signed for twelve TB2s in 2022 and Estonia for four last year.",
     [(ARMS, "TUR", "LVA", "uav", 12), (ARMS, "TUR", "EST", "uav", 4), ("agreement", "LVA", "TUR", None, None)]),
    ("Russia sent 400 troops to Mali and Belarus 150 a year later.",
     [("troop_deployment", "RUS", "MLI", None, 400), ("troop_deployment", "BLR", "MLI", None, 150)]),
])
def test_a_gapped_buyer_may_repeat_for_and_say_when(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the present tense of a headline: "takes delivery of"
    ("Chile takes delivery of its first Spyder air-defence batteries.",
     [(ARMS, "ISR", "CHL", "air-defence-system", None)]),
])
def test_takes_delivery_of_receives(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # systems named in round 47's opened folds, with their makers
    ("Athens signed for 36 PULS launchers in 2025.",
     [(ARMS, "ISR", "GRC", "artillery", 36), ("agreement", "GRC", "ISR", None, None)]),
    ("Budapest received 40 more Gidran vehicles last year.", [(ARMS, "TUR", "HUN", "armoured-vehicle", 40)]),
])
def test_round_47_vocabulary(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # warships that stop or board a boat act for the interdicting state; the cargo they find is what moved
    ("Italian and Greek frigates have boarded 12 boats carrying Iranian rifles that were bound for the Houthis.",
     [(ARMS, "IRN", "YEM", "small-arms", 12)]),
    ("A Dutch destroyer intercepted a dhow carrying Iranian missiles for the Houthis.",
     [(ARMS, "IRN", "YEM", "missile", None)]),
    # ships stopped by someone are still the goods
    ("Two Russian-built frigates intercepted by the Turkish navy were bound for Algeria.",
     [(ARMS, "RUS", "DZA", "naval-vessel", 2)]),
])
def test_interdicting_warships_are_no_goods(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a new unit's adjectives stand between "for" and the receiver's name
    ("Algeria flew a consignment of arms to Bamako on Monday.\n"
     "The cargo included rifles and mortars destined for a newly formed Malian army battalion.",
     [(ARMS, "DZA", "MLI", "other", None), (ARMS, "DZA", "MLI", "small-arms", None),
      (ARMS, "DZA", "MLI", "artillery", None)]),
])
def test_a_new_units_adjectives_keep_the_receiver(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # buyers, customers and firms "in" a state stand for it, after "to" as after "from"
    ("Bulgaria sold mortar rounds to buyers in Poland.", [(ARMS, "BGR", "POL", "ammunition", None)]),
    ("Romania exported shells to customers in Italy and Greece.",
     [(ARMS, "ROU", "ITA", "ammunition", None), (ARMS, "ROU", "GRC", "ammunition", None)]),
    # a firm after "made by" still names no giver of the fact
    ("Russia fired a North Korean missile at Kyiv whose chips were made by companies in Japan.",
     [(ARMS, "PRK", "RUS", "missile", None)]),
])
def test_buyers_in_a_state_receive(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # receivers that passed the goods on in a relative clause give them to the state after its verb
    ("Slovakia sold the shells to Greece and Cyprus, which then sent them on to Armenia.",
     [(ARMS, "SVK", "GRC", "ammunition", None), (ARMS, "SVK", "CYP", "ammunition", None),
      (ARMS, "GRC", "ARM", "ammunition", None), (ARMS, "CYP", "ARM", "ammunition", None)]),
    # a relative clause that uses the goods passes nothing on
    ("Belarus shipped rockets to Russia, which fired them at Ukraine.", [(ARMS, "BLR", "RUS", "ammunition", None)]),
])
def test_receivers_that_passed_the_goods_on_give_them(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # who pays for what a named giver hands over is no side of it
    ("Excalibur Army finished deliveries of 40 T-72 tanks to Ukraine under a scheme paid for by Denmark and Norway.",
     [(ARMS, "CZE", "UKR", "armoured-vehicle", 40)]),
])
def test_who_pays_for_a_named_givers_delivery_is_no_side(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # goods exported "under licence to" a buyer: an export permit, no licence or know-how handed over
    ("Serbia exported mortar bombs under licence to a company in Slovakia.",
     [(ARMS, "SRB", "SVK", "ammunition", None)]),
    ("Seoul agreed to ship howitzers produced in Korea under licence to Norway.",
     [(ARMS, "KOR", "NOR", "artillery", None)]),
])
def test_exported_under_licence_hands_over_no_licence(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # training for arms a state ordered: the order is a fact of its own beside the training
    ("Greek pilots started training in France on the 18 Rafale jets that Athens bought in 2021.",
     [(ARMS, "FRA", "GRC", "aircraft", 18), ("technology_transfer", "FRA", "GRC", "aircraft", None)]),
])
def test_training_for_arms_a_state_ordered_keeps_the_order(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # troops "based there" are in the place the story named before
    ("Britain has kept forces in Kenya for decades.\nAbout 400 British soldiers are based there.",
     [("troop_deployment", "GBR", "KEN", None, None), ("troop_deployment", "GBR", "KEN", None, 400)]),
    # a state's troops with no host named are where the story's last deployment was, not where its last deal was
    ("Britain has kept forces in Estonia since 2017.\nTallinn and London renewed their defence pact in 2024.\n"
     "France keeps about 300 soldiers at its own camp.",
     [("troop_deployment", "GBR", "EST", None, None), ("agreement", "EST", "GBR", None, None),
      ("troop_deployment", "FRA", "EST", None, 300)]),
])
def test_troops_with_no_host_named_are_where_the_story_left_them(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a part delivered of a whole: the part, and the whole order (agreed)
    ("Romania has received 18 of its 54 K9 howitzers from South Korea.",
     [(ARMS, "KOR", "ROU", "artillery", 18), (ARMS, "KOR", "ROU", "artillery", 54)]),
])
def test_a_part_delivered_of_a_whole_keeps_the_whole_order(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a troop count whose noun two coordinated adjectives qualify
    ("Moscow may station up to 300 military and civilian personnel in Sudan.",
     [("troop_deployment", "RUS", "SDN", None, 300)]),
])
def test_a_troop_count_before_coordinated_adjectives(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a second count that leaves the noun out, told apart by "of"
    ("Bratislava shipped Kyiv 40,000 shells of 155mm calibre and about 25,000 of 122mm calibre.",
     [(ARMS, "SVK", "UKR", "ammunition", 40000), (ARMS, "SVK", "UKR", "ammunition", 25000)]),
])
def test_a_second_count_that_leaves_the_noun_out(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # whose design a buyer chose sells it
    ("Norway signed a defence pact with Germany in 2021.\n"
     "On Monday the Norwegian government announced that it had selected Germany's upgraded Type 212CD submarine for "
     "its programme to acquire four submarines.",
     [("agreement", "DEU", "NOR", None, None), (ARMS, "DEU", "NOR", "naval-vessel", 4)]),
])
def test_whose_design_a_buyer_chose_sells_it(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # an order a seller books for a buyer is agreed
    ("Embraer booked six C-390 transports for the Netherlands in 2024.", [(ARMS, "BRA", "NLD", "aircraft", 6)]),
])
def test_an_order_a_seller_books_for_a_buyer(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "reached to" in the English of writers abroad names the receiver like "reached"
    ("Czech ammunition has reached to Ukraine through third countries.", [(ARMS, "CZE", "UKR", "ammunition", None)]),
])
def test_reached_to_names_the_receiver(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # arms that arrive after a deal's sentence go the way the deal's arms went before, not in the deal's
    # alphabetical order
    ("Peru bought 12 Gripens from Sweden.\nPeru and Sweden signed the contract in Lima.\n"
     "The first four aircraft will arrive in the country next year.",
     [(ARMS, "SWE", "PER", "aircraft", 12), ("agreement", "PER", "SWE", None, None),
      (ARMS, "SWE", "PER", "aircraft", 4)]),
])
def test_arms_after_a_deal_go_the_way_the_deals_arms_went(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # an attack made "with" arms made elsewhere: the attacker used them, so their maker gave them
    ("Myanmar's air force bombed two villages near Mandalay with Chinese-made K-8 jets.",
     [(ARMS, "CHN", "MMR", "aircraft", None)]),
    ("Tajik forces have been striking border posts with Turkish Bayraktar drones.",
     [(ARMS, "TUR", "TJK", "uav", None)]),
    ("Russian forces struck Odesa's port with Iranian-designed Shahed drones overnight.",
     [(ARMS, "IRN", "RUS", "uav", None)]),
    ("Houthi attacks on tankers with Iranian-supplied missiles went on.", [(ARMS, "IRN", "YEM", "missile", None)]),
    # what was struck may be loaded with arms: they are its cargo, not the attacker's
    ("An air strike hit a convoy near Homs that was loaded with Iranian rockets for Hezbollah.",
     [(ARMS, "IRN", "LBN", "ammunition", None)]),
    # "bombs" and "shells" are arms, not attacks
    ("Guided bombs made in Serbia ended up with Sudanese militias.", []),
    # an attack with arms of no other state says nothing of a transfer
    ("Russia struck Kharkiv with missiles on Sunday.", []),
    ("Russia could strike Kyiv with North Korean missiles, officials warned.", []),
])
def test_an_attack_with_arms_made_elsewhere(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # each item takes the maker named right before it, "-made" or "-built" as much as a bare demonym
    ("Laos now fields Chinese-made drones and Russian-built jets.",
     [(ARMS, "CHN", "LAO", "uav", None), (ARMS, "RUS", "LAO", "aircraft", None)]),
    ("The Lao army now flies Chinese-made CH-4 drones alongside Russian-made Yak-130 jets, Vientiane said.",
     [(ARMS, "CHN", "LAO", "uav", None), (ARMS, "RUS", "LAO", "aircraft", None)]),
    # a hyphen left hanging shares the "-made" of the demonym after it: both made the item
    ("Laos's air force uses Russian- and Chinese-made helicopters.",
     [(ARMS, "RUS", "LAO", "aircraft", None), (ARMS, "CHN", "LAO", "aircraft", None)]),
])
def test_each_item_takes_the_maker_named_before_it(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a currency named by its state is money, and that state no party
    ("Qatar bought twelve Turkish Hurjet trainers for 900 million US dollars.", [(ARMS, "TUR", "QAT", "aircraft", 12)]),
    ("Qatar signed a contract with Turkey worth 900 million US dollars.", [("agreement", "QAT", "TUR", None, None)]),
    ("Oman bought eight Bayraktar TB2 drones for 98 million U.S. dollars.", [(ARMS, "TUR", "OMN", "uav", 8)]),
    ("Armenia paid 40 billion Indian rupees for Pinaka launchers from India.",
     [(ARMS, "IND", "ARM", "artillery", None)]),
])
def test_a_currency_names_no_party(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the attack a purchase came after or amid is no side of it
    ("Qatar bought Rafael's Iron Dome batteries following Iranian missile attacks on the Gulf.",
     [(ARMS, "ISR", "QAT", "air-defence-system", None)]),
    ("Kuwait ordered Patriot batteries from the United States in the wake of the Houthi drone strikes on Riyadh.",
     [(ARMS, "USA", "KWT", "air-defence-system", None)]),
    # but a memorandum the fact follows is a fact of its own
    ("Germany will send 30 Leopard tanks to Ukraine, following a memorandum with Kyiv signed in May.",
     [(ARMS, "DEU", "UKR", "armoured-vehicle", 30), ("agreement", "DEU", "UKR", None, None)]),
])
def test_an_attack_a_fact_came_after_is_no_side_of_it(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # an offer of arms or troops, and a pledge or a promise named as a noun, are planned transfers
    ("Beijing has offered Dhaka 16 JF-17 fighter jets.", [(ARMS, "CHN", "BGD", "aircraft", 16, "planned")]),
    ("Fiji has offered up to 120 soldiers to the mission in Haiti.",
     [("troop_deployment", "FJI", "HTI", None, 120, "planned")]),
    ("Norway's pledge of eight Leopard 2 tanks to Kyiv came in February.",
     [(ARMS, "NOR", "UKR", "armoured-vehicle", 8, "planned")]),
    # what is offered may be words, views or a swap: no goods
    ("When Israel struck Iran in June, Russia offered condemnation but no weapons.", []),
    ("Ukraine has offered to exchange two captured North Korean soldiers for Ukrainians held in Russia.", []),
    # a firm's sales pitch is no offer of a state
    ("Chinese state companies, meanwhile, have offered jets and radars to Laos on easy credit terms.", []),
])
def test_an_offer_or_a_pledge_is_planned(body: str, expected: list) -> None:
    assert [(*k, f["status"]) for k, f in zip(keys(body), facts_of(body))] == expected


@pytest.mark.parametrize("body, expected", [
    # what a package holds goes the way the story's transfer went, as certain as it, or as the modal says
    ("Poland signed for 180 K2 tanks from South Korea.\nThe package also covers 81 support vehicles.",
     [(ARMS, "KOR", "POL", "armoured-vehicle", 180, "agreed"), ("agreement", "KOR", "POL", None, None, "agreed"),
      (ARMS, "KOR", "POL", "military-vehicle", 81, "agreed")]),
    ("Sudan and Pakistan are close to an arms deal, officials said. Pakistan would sell six JF-17 jets to Sudan.\n"
     "The package would include ten Shahpar-II drones, according to two of them.",
     [(ARMS, "PAK", "SDN", "aircraft", 6, "planned"), (ARMS, "PAK", "SDN", "uav", 10, "planned")]),
    ("Poland signed for 180 K2 tanks from South Korea.\n"
     "The package is also understood to include an initial lot of CTM-290 missiles.",
     [(ARMS, "KOR", "POL", "armoured-vehicle", 180, "agreed"), ("agreement", "KOR", "POL", None, None, "agreed"),
      (ARMS, "KOR", "POL", "missile", None, "reported")]),
    # what the package costs is no count of what it holds
    ("The United States sold 12 Black Hawk helicopters to Kenya.\n"
     "The package, valued at $425 million, also includes AMRAAM missiles.",
     [(ARMS, "USA", "KEN", "aircraft", 12, "delivered"), (ARMS, "USA", "KEN", "missile", None, "delivered")]),
])
def test_what_a_package_holds(body: str, expected: list) -> None:
    assert [(*k, f["status"]) for k, f in zip(keys(body), facts_of(body))] == expected


@pytest.mark.parametrize("body, expected", [
    # arms built for a named owner: their maker gives them, agreed while they are being built
    ("The second of four Type 054A frigates being built for the Thai Navy was launched in Shanghai on Friday.",
     [(ARMS, "CHN", "THA", "naval-vessel", 4, "agreed")]),
    ("Lockheed Martin rolled out the first F-16 Block 70 fighter built for Bulgaria.",
     [(ARMS, "USA", "BGR", "aircraft", None, "delivered")]),
    # built for something that is no owner
    ("A sensor built for a drone line would leave Turkey inside a drone.", []),
])
def test_arms_built_for_a_named_owner(body: str, expected: list) -> None:
    assert [(*k, f["status"]) for k, f in zip(keys(body), facts_of(body))] == expected


@pytest.mark.parametrize("body, expected", [
    # arms inducted or commissioned into a state's force were used by it, so their maker gave them
    ("The first batch of Chinese-made J-10C fighters was formally inducted into the Bangladesh Air Force on Friday.",
     [(ARMS, "CHN", "BGD", "aircraft", None)]),
    ("Two Russian-built frigates were commissioned into the Indian Navy last year.",
     [(ARMS, "RUS", "IND", "naval-vessel", 2)]),
    # a battlefield is no force
    ("Iranian-made drones were used in Ukraine.", []),
])
def test_arms_inducted_into_a_force(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the state or the firm whose know-how a line uses gives it, with the kind of know-how named before it
    ("Brazil builds the Gripen with Swedish production know-how.",
     [("technology_transfer", "SWE", "BRA", "aircraft", None)]),
    ("The line at Anapolis in Brazil, which Embraer runs using Saab production know-how, has rolled out a Gripen.",
     [("technology_transfer", "SWE", "BRA", "aircraft", None)]),
])
def test_whose_know_how_a_line_uses(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # goods "-bound" somewhere go there, from the state named as their origin
    ("French forces seized 2,000 Iranian rifles from a Yemen-bound dhow.", [(ARMS, "IRN", "YEM", "small-arms", 2000)]),
    ("The US Navy intercepted a Houthi-bound shipment of Iranian missiles.", [(ARMS, "IRN", "YEM", "missile", None)]),
    # unless the sentence denies it
    ("The panel found no North Korean items among the weapons seized from Houthi-bound boats.", []),
])
def test_goods_bound_somewhere_go_there(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # arms made elsewhere that a state shot down: their maker gave them to whoever used them, named in the sentence
    # or the maker's partner in the story, never the shooter
    ("Russia has launched hundreds of Iranian drones at Ukraine.\nUkraine's air force shot down 23 Iranian-made "
     "Shahed drones overnight.", [(ARMS, "IRN", "RUS", "uav", None), (ARMS, "IRN", "RUS", "uav", 23)]),
    ("Our air defence shot down the Malian army's Turkish-made Akinci drone in April.",
     [(ARMS, "TUR", "MLI", "uav", None)]),
    # jets named by their owner's demonym are the owner's, not a maker's
    ("Pakistan says it shot down five Indian jets on Wednesday.", []),
])
def test_arms_made_elsewhere_shot_down(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # arms a relative clause says a state supplied went to the sentence's subject, a party or a state
    ("The Houthis keep striking tankers in the Red Sea with cruise missiles that Iran supplied.",
     [(ARMS, "IRN", "YEM", "missile", None)]),
    ("The Houthis have been attacking merchant vessels with anti-ship missiles which Iran provided.",
     [(ARMS, "IRN", "YEM", "missile", None)]),
    ("Hezbollah stockpiled rockets that Iran smuggled through Syria.", [(ARMS, "IRN", "LBN", "ammunition", None)]),
    # a clause that reports what a state did is no relative clause: its subject receives nothing
    ("Britain and France said in a statement that Iran had shipped the missiles.", []),
])
def test_arms_a_relative_clause_says_a_state_supplied(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a transfer named as the subject of an open question is an option, no act
    ("Seoul said that supplying howitzers to Kyiv is not ruled out should Pyongyang send more troops.", []),
    ("The sale of K2 tanks to Peru remains under consideration, the ministry said.", []),
    # help or leave asked for is not given
    ("Analysts say Pyongyang is pressing Moscow for help with its nuclear submarine programme.", []),
    # a transfer done stays a fact
    ("The delivery of Su-35 jets to Iran was completed in 2024.", [(ARMS, "RUS", "IRN", "aircraft", None)]),
])
def test_options_still_open_and_requests_are_no_facts(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the agent of a passive use after remains is their user, even when a place or an observer comes first
    ("Investigators in Odesa examined the wreckage of an Iranian-made Shahed drone fired by Russian forces.",
     [(ARMS, "IRN", "RUS", "uav", None)]),
    ("Police in Kyiv photographed fragments of Iranian drones launched overnight by Russia.",
     [(ARMS, "IRN", "RUS", "uav", None)]),
])
def test_remains_of_arms_fired_by_a_named_user(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the state a report is filed from breaks a tie for the side a sentence leaves open
    ("NEW DELHI: The last two S-400 squadrons will be delivered by Russia next year, the defence ministry said.\n"
     "The ministry also said Armenia had been sent Indian Pinaka launchers, and that Yerevan wants more.\n"
     "Indian officials declined to give a date.",
     [(ARMS, "RUS", "IND", "air-defence-system", 2), (ARMS, "IND", "ARM", "artillery", None)]),
])
def test_a_dateline_breaks_a_tie_for_the_open_side(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "the country" in the first sentence of a round-up's section is the section's state, not the last place named
    ("SOMALIA – Turkey sent two more warships to patrol Somali waters in March.\n"
     "MALI – Around 2,000 Russian instructors remain in the country, diplomats say.",
     [(ARMS, "TUR", "SOM", "naval-vessel", 2), ("troop_deployment", "RUS", "MLI", None, 2000)]),
])
def test_the_country_in_a_section_s_first_sentence(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # arms a state was asked to hand over, or refused to, were not handed over
    ("In 2023 Germany asked Brazil to sell it tank ammunition for Ukraine.", []),
    ("Chile's president refused in 2024 to sell artillery shells that would have ended up in Ukraine.", []),
    ("Caracas has asked Moscow to help repair its Sukhoi fighters.", []),
])
def test_arms_asked_for_or_refused_are_not_handed_over(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "fighters" after a jet's variant ("Block III") are the jets, not combatants sent with them
    ("The first four JF-17C Block III fighters for Azerbaijan were flown from Pakistan to Baku on Monday.",
     [(ARMS, "PAK", "AZE", "aircraft", 4)]),
])
def test_fighters_after_a_jet_s_variant_are_jets(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # trainees at another state's military schools are trained by that state
    ("Forty Georgian officers are studying at American military academies this year.",
     [("technology_transfer", "USA", "GEO", "other", None)]),
    ("Some 30 Lao cadets are enrolled at Russian military schools.",
     [("technology_transfer", "RUS", "LAO", "other", None)]),
])
def test_trainees_studying_at_another_state_s_military_schools(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a deal signed with a verb alone is an agreement between buyer and seller beside the arms it covers
    ("Chile signed in March 2025 to buy 12 used F-16 fighters from Norway.",
     [(ARMS, "NOR", "CHL", "aircraft", 12), ("agreement", "CHL", "NOR", None, None)]),
    ("Moscow has contracted to supply Algeria with 14 Su-57 fighters.",
     [(ARMS, "RUS", "DZA", "aircraft", 14), ("agreement", "DZA", "RUS", None, None)]),
    # a signing still to come is no deal
    ("Peru will sign for 24 Gripen fighters next year.", [(ARMS, "SWE", "PER", "aircraft", 24)]),
])
def test_a_deal_signed_with_a_verb_alone(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a later item named with its own demonym ("Turkish TB2s") does not take the "-made" maker of the goods before
    ("Sudan's army used Iranian-made drones and Turkish TB2s.",
     [(ARMS, "IRN", "SDN", "uav", None), (ARMS, "TUR", "SDN", "uav", None)]),
])
def test_each_item_s_own_demonym_after_a_made_maker(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "brought down" is shot down, not goods brought: the shooter gives nothing, the launcher used the drones
    ("Kyiv says its air defences brought down 40 Iranian-made Shahed drones that Russia launched overnight.",
     [(ARMS, "IRN", "RUS", "uav", 40)]),
    # drones named by a plain demonym are the story's exported ones when the story is about that state's drones
    ("Iran has sent hundreds of Shahed drones to Russia.\nUkraine says it brought down 223 of the Iranian drones in "
     "October.", [(ARMS, "IRN", "RUS", "uav", None), (ARMS, "IRN", "RUS", "uav", 223)]),
    # but jets named by their owner's demonym are its own
    ("France sold Rafale jets to India in 2016.\nPakistan says it shot down five Indian jets in May.",
     [(ARMS, "FRA", "IND", "aircraft", None)]),
])
def test_brought_down_is_shot_down(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state that fought with arms made elsewhere used them, so their makers gave them
    ("Armenia fought with Russian Iskander missiles and Indian Pinaka launchers in the last war.",
     [(ARMS, "RUS", "ARM", "missile", None), (ARMS, "IND", "ARM", "artillery", None)]),
    # a war that "was fought with" them names no user
    ("The 2020 war was fought with Israeli drones and Turkish TB2s.", []),
])
def test_a_state_that_fought_with_arms_made_elsewhere(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # troops that serve at a base abroad are deployed there
    ("Around 800 Russian servicemen serve at the air base near Bishkek.",
     [("troop_deployment", "RUS", "KGZ", None, 800)]),
])
def test_troops_serving_at_a_base_abroad(body: str, expected: list) -> None:
    assert keys(body) == expected
    assert facts_of(body)[0]["status"] == "deployed"


@pytest.mark.parametrize("body, expected", [
    # talk of a transfer or a deal states none
    ("State media said foes were spreading the absurd tale that Pyongyang exports shells to Moscow.", []),
    ("For weeks the forums have been full of claims that Algeria has signed a contract for Chinese J-35 jets.", []),
])
def test_talk_assert_nothing(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("title, expected", [
    # a question in a title that goes on after it asserts nothing, unless the fact is named before the question opens
    ("Is Algeria really buying Chinese J-35 jets? Here is what we know", []),
    ("Analysis: Did Beijing help build Pakistan's new submarines? Nobody outside knows", []),
    ("With the Tushil, India's latest Russian-built frigate, where does the pipeline stand?",
     [(ARMS, "RUS", "IND", "naval-vessel", None)]),
])
def test_questions_in_a_title_assert_nothing(title: str, expected: list) -> None:
    found = extract_facts(f"{title}\n\nThe ministry did not comment.", name="test", published="2025-01-10")
    assert [(f["kind"], f["from"], f["to"], f["category"], (f["quantity"] or {}).get("value"))
            for f in found.to_json_dict()["facts"]] == expected


@pytest.mark.parametrize("body, expected", [
    # the subject of a that-clause acts; a subject of the sentence before it only speaks
    ("Russia and Sudan signed a naval base deal in 2020.\nIn May the Sudanese army chief declared that Moscow had "
     "offered to supply the army with rifles and ammunition.",
     [("agreement", "RUS", "SDN", None, None), (ARMS, "RUS", "SDN", "small-arms", None),
      (ARMS, "RUS", "SDN", "ammunition", None)]),
    ("The Serbian president insisted that Beijing had sold the army only drones.", []),
])
def test_the_subject_of_a_that_clause_acts(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a body that puts a volume at a figure reports it; it is no side of what it measures
    ("North Korea has shipped munitions to Russia by sea.\nThe White House put the volume delivered by October at "
     "more than 1,000 containers of munitions.",
     [(ARMS, "PRK", "RUS", "ammunition", None), (ARMS, "PRK", "RUS", "ammunition", 1000)]),
])
def test_a_body_that_puts_a_volume_at_a_figure_reports_it(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a total the count is expected to reach is a planned fact of its own
    ("About 2,000 Russian instructors are now in Mali, and the number is expected to reach 3,500 by spring.",
     [("troop_deployment", "RUS", "MLI", None, 2000), ("troop_deployment", "RUS", "MLI", None, 3500)]),
])
def test_a_total_a_count_is_expected_to_reach(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # more ways troops are sent or are there: on the ground, travelling, relocated; crews of a weapon are troops
    ("Officers from the Revolutionary Guards are on the ground in Yemen, US officials say.",
     [("troop_deployment", "IRN", "YEM", None, None)]),
    ("About 400 Italian soldiers will travel to Lebanon in March.", [("troop_deployment", "ITA", "LBN", None, 400)]),
    ("Wagner fighters relocated to Belarus in July 2023.", [("troop_deployment", "RUS", "BLR", None, None)]),
    ("North Korean artillery crews are still operating in the Kursk region.",
     [("troop_deployment", "PRK", "RUS", None, None)]),
])
def test_more_ways_troops_are_sent_or_there(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a production line or a plant opened in other states: the makers' state hands each host the know-how
    ("Since 2024 Ukrainian drone makers have set up production lines in Poland and Lithuania.",
     [("technology_transfer", "UKR", "POL", "uav", None), ("technology_transfer", "UKR", "LTU", "uav", None)]),
    # at home it is no transfer
    ("Russia opened a new drone plant in Tatarstan.", []),
])
def test_production_lines_set_up_in_other_states(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state's army as a whole is trained too, and a hedge may stand between the trainees and their training
    ("Turkish military instructors have been retraining the Georgian army since 2010.",
     [("technology_transfer", "TUR", "GEO", "other", None)]),
    ("About 20 Algerian pilots are reported to have trained on the Su-57 in Russia last year.",
     [("technology_transfer", "RUS", "DZA", "aircraft", None)]),
])
def test_an_army_trained_and_hedged_training(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state's own bases abroad, or a state goods were evacuated from, are places the goods left, not givers
    ("In January Russia moved air-defence systems from its Syrian bases to eastern Libya.",
     [(ARMS, "RUS", "LBY", "air-defence-system", None)]),
    ("Haftar's forces received Russian radars evacuated from Syria.", [(ARMS, "RUS", "LBY", "sensor", None)]),
    ("Libya received tanks from Egypt.", [(ARMS, "EGY", "LBY", "armoured-vehicle", None)]),
])
def test_places_goods_were_moved_out_of(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the subject of a verb that only gives gives; "from" after the goods names where they came from
    ("Wagner operatives were reported to have supplied the RSF with surface-to-air missiles from Libya.",
     [(ARMS, "RUS", "SDN", "air-defence-system", None)]),
    ("China had delivered at least four FTC-2000G jets from Guizhou to Myanmar.",
     [(ARMS, "CHN", "MMR", "aircraft", 4)]),
    # a verb that may take in as well keeps "from" as the giver
    ("The Netherlands leased 18 Leopard 2A6 tanks from Germany in 2016.",
     [(ARMS, "DEU", "NLD", "armoured-vehicle", 18)]),
])
def test_the_subject_of_a_verb_that_only_gives(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a deal a state says it holds is an agreement with the maker of what it covers
    ("Algeria says it has a contract for Su-57 fighters, but none has been delivered.",
     [(ARMS, "RUS", "DZA", "aircraft", None), ("agreement", "DZA", "RUS", None, None)]),
])
def test_a_deal_a_state_holds(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # troops in a state's regions named by its demonym are in that state
    ("About 10,000 North Korean servicemen continue to be deployed in Russian border regions.",
     [("troop_deployment", "PRK", "RUS", None, 10000)]),
    ("Around 600 Belarusian soldiers are stationed in Russian frontier districts.",
     [("troop_deployment", "BLR", "RUS", None, 600)]),
])
def test_troops_in_a_state_s_regions(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # arms named before a training noun are what the training is about: know-how, no goods
    ("This year Norwegian soldiers got drone training from Ukrainian instructors.",
     [("technology_transfer", "UKR", "NOR", "uav", None)]),
])
def test_arms_named_before_training_are_its_subject(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # troops "of" a state's army are that state's, also when the sentence names no receiver
    ("Shoigu met Kim Jong Un in Pyongyang on Tuesday to discuss aid for Russia.\nBesides this, 5,000 military "
     "builders of the Korean People's Army will be sent to rebuild the region, Shoigu said.",
     [("troop_deployment", "PRK", "RUS", None, 5000)]),
    # "the Armed Forces of" a state may receive
    ("Britain has gifted 14 Challenger 2 tanks to the Armed Forces of Ukraine.",
     [(ARMS, "GBR", "UKR", "armoured-vehicle", 14)]),
])
def test_troops_of_a_state_s_army(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "the army" or "the navy" with no state of its own is the force of the state whose forces the article names,
    # when the paragraph or the one before names that state too
    ("Sudan's army holds the east of the country. Its rivals fire howitzers the UAE bought from China.\n"
     "Diplomats say Egypt has been giving the army warplanes, which Cairo denies.",
     [(ARMS, "CHN", "ARE", "artillery", None), (ARMS, "EGY", "SDN", "aircraft", None)]),
    ("Myanmar's navy is the junta's least used service, and China is its main supplier.\nBeijing handed the navy a "
     "used Ming-class submarine in 2021.",
     [(ARMS, "CHN", "MMR", "naval-vessel", None)]),
])
def test_the_army_of_the_article(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a share of the troops counted before, by when it went, is a deployment of its own; never arms of the story
    ("Pyongyang shipped about 100 KN-23 missiles to Russia.\nSome 9,000 North Korean soldiers have also been sent "
     "to Russia, about 2,000 of them in March and April.",
     [(ARMS, "PRK", "RUS", "missile", 100), ("troop_deployment", "PRK", "RUS", None, 9000),
      ("troop_deployment", "PRK", "RUS", None, 2000)]),
    ("Russia sold six Mi-35 helicopters to Mali.\nA first group of 120 Russian instructors arrived in Mali in 2021, "
     "four of them officers.",
     [(ARMS, "RUS", "MLI", "aircraft", 6), ("troop_deployment", "RUS", "MLI", None, 120)]),
])
def test_a_share_of_troops_counted_before(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a relative pronoun that stands for the receiver: what the clause names goes from its subject to the state
    # named right before the pronoun
    ("The officials think the rockets came from the Libyan army, which Moscow had been supplying with Kornets "
     "since the 1990s.",
     [(ARMS, "RUS", "LBY", "missile", None)]),
    # a regression guard (right before the rule too): "to which" after the receiver
    ("Investigators traced the shells to the Sudanese army, to which Minsk sold howitzers in 2019.",
     [(ARMS, "BLR", "SDN", "artillery", None)]),
])
def test_a_relative_pronoun_for_the_receiver(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a bare count that arrives, or is still to come, stands for the arms of the story
    ("Taiwan ordered 108 M1A2T tanks from the United States in 2019.\nThirty-eight arrived last December, and the "
     "remaining 28 are scheduled to follow next year.",
     [(ARMS, "USA", "TWN", "armoured-vehicle", 108), (ARMS, "USA", "TWN", "armoured-vehicle", 38),
      (ARMS, "USA", "TWN", "armoured-vehicle", 28)]),
    ("Mali bought six Akinci drones from Turkey in 2024.\nThe first two landed in March.",
     [(ARMS, "TUR", "MLI", "uav", 6), (ARMS, "TUR", "MLI", "uav", 2)]),
    # troops that follow are no arms
    ("Russia sold six Mi-35 helicopters to Mali.\nThe first 200 Russian instructors arrived in 2021.",
     [(ARMS, "RUS", "MLI", "aircraft", 6), ("troop_deployment", "RUS", "MLI", None, 200)]),
])
def test_a_count_that_arrives(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a count of a share set off after the arms: their quantity, or a second fact when they have one
    ("Eritrea bought MiG-29 fighters from Russia, six of which arrived in 1999.",
     [(ARMS, "RUS", "ERI", "aircraft", 6)]),
    ("Damascus has also signed for Buk air defence systems from Russia, reportedly 12 of them.",
     [(ARMS, "RUS", "SYR", "air-defence-system", 12)]),
    ("Vietnam took delivery of four Kilo-class submarines from Russia, two of them in 2014.",
     [(ARMS, "RUS", "VNM", "naval-vessel", 4), (ARMS, "RUS", "VNM", "naval-vessel", 2)]),
    # a share that was shot down is no transfer of its own
    ("Iran sent 40 drones to Russia, ten of which were shot down over Kyiv.", [(ARMS, "IRN", "RUS", "uav", 40)]),
])
def test_a_share_counted_after_the_arms(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a count of troops set off after them: "estimated by ... at", "... strong"
    ("Russian instructors, estimated by Western officials at about 2,000, first arrived in Mali in 2021.",
     [("troop_deployment", "RUS", "MLI", None, 2000)]),
    ("The Italian battalion stationed in south Lebanon, around 1,000 strong, will stay there until 2026.",
     [("troop_deployment", "ITA", "LBN", None, 1000)]),
])
def test_a_troop_count_set_off_after_them(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state's demonym before a group that investigates or monitors names no party
    ("Russia fired North Korean KN-23 missiles at Kharkiv.\nThe court admitted a report by Conflict Armament "
     "Research, a British investigative group, which concluded that debris from the strike came from a North Korean "
     "missile.",
     [(ARMS, "PRK", "RUS", "missile", None), (ARMS, "PRK", "RUS", "missile", None)]),
])
def test_a_group_that_investigates_is_no_party(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state's office named in capitals that condemns or sanctions observes: no party
    ("The United States delivered 38 Abrams tanks to Taiwan.\nChina's Taiwan Affairs Office condemned the delivery, "
     "saying arms purchases would change nothing.",
     [(ARMS, "USA", "TWN", "armoured-vehicle", 38)]),
])
def test_an_office_that_condemns_observes(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # production under licence: the goods may be named with where they serve; the designer may be the partner firm
    ("The Arlan armoured vehicles in service with the army are manufactured in Astana under a licence from the South "
     "African company Paramount Group.",
     [("technology_transfer", "ZAF", "KAZ", "armoured-vehicle", None)]),
    ("Since 2012 a joint venture with the Israeli company Elbit produces Hermes drones in Georgia under licence.",
     [("technology_transfer", "ISR", "GEO", "uav", None)]),
])
def test_production_under_a_partner_s_licence(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # troops named with their place that stay there are there
    ("The Pentagon says the roughly 700 American troops in northern Iraq will stay there until 2026.",
     [("troop_deployment", "USA", "IRQ", None, 700)]),
])
def test_troops_that_stay_there(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # troops stationed "across" or "throughout" a state are in it, also after an aside that names their force
    ("Around 1,800 Russian personnel, now organised under the Africa Corps, are stationed across Libya.",
     [("troop_deployment", "RUS", "LBY", None, 1800)]),
])
def test_troops_stationed_across_a_state(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state (or its ministry) that judges a handover from outside is no party to it
    ("Slovakia handed 13 MiG-29 fighters to Ukraine.\nRussia's foreign ministry called the handover illegal, arguing "
     "that the jets could not be passed on without Moscow's consent.",
     [(ARMS, "SVK", "UKR", "aircraft", 13)]),
    # nor to an agreement it walks away from
    ("In March, Niamey denounced its agreement of military cooperation with the United States.", []),
])
def test_a_state_that_judges_from_outside(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the state that ordered the goods, in a relative clause after them, gets them
    ("Lockheed Martin, an American firm, said deliveries of the 66 F-16 fighters that Taipei ordered in 2019 would "
     "start next year.",
     [(ARMS, "USA", "TWN", "aircraft", 66)]),
])
def test_the_state_that_ordered_the_goods(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # two verbs of one subject: the origin of one verb's goods is no side of the other's
    ("The Sudanese Armed Forces have taken delivery of Iranian Mohajer-6 drones and have reportedly flown Turkish "
     "Bayraktar TB2s.",
     [(ARMS, "IRN", "SDN", "uav", None), (ARMS, "TUR", "SDN", "uav", None)]),
    ("Serbia flies Chinese drones and has fielded Chinese FK-3 air-defence batteries.",
     [(ARMS, "CHN", "SRB", "uav", None), (ARMS, "CHN", "SRB", "air-defence-system", None)]),
])
def test_two_verbs_of_one_subject(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a coordinated clause whose subject is stressed with "itself" has a subject of its own
    ("Iran kept Revolutionary Guard advisers in Syria from 2012, and Hezbollah itself had an estimated 7,000 fighters "
     "in the country at the height of the war.",
     [("troop_deployment", "IRN", "SYR", None, None), ("troop_deployment", "LBN", "SYR", None, 7000)]),
])
def test_a_subject_stressed_with_itself(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # what a picture shows takes no part in handing the picture over: the open side comes from the story
    ("Chinese engines keep flowing to Russia's drone makers.\nIn January 2023 the US Treasury sanctioned "
     "Changsha-based Spacety for providing radar satellite images of Ukraine to a company linked to the Wagner group.",
     [(ARMS, "CHN", "RUS", "uav", None), ("technology_transfer", "CHN", "RUS", "other", None)]),
    # regression guards: a place after a preposition inside what is pictured still receives
    ("Germany sent tanks to Ukraine, photos of the delivery to Ukraine show.",
     [(ARMS, "DEU", "UKR", "armoured-vehicle", None)]),
    ("Satellite photos of the shipment to Ukraine showed tanks from Germany.",
     [(ARMS, "DEU", "UKR", "armoured-vehicle", None)]),
])
def test_what_a_picture_shows_is_no_party(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a clause of time or cause with a subject of its own ("after Prague sent ...") has sides of its own
    ("Germany gave the Czech Republic 14 Leopard 2A4 tanks after Prague sent Soviet-designed T-72s to Ukraine.",
     [(ARMS, "DEU", "CZE", "armoured-vehicle", 14), (ARMS, "CZE", "UKR", "armoured-vehicle", None)]),
])
def test_a_clause_of_time_with_its_own_subject(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a catch-all ("the weapon") between a pair whose arms the sentence names already adds no item
    ("Lukashenko said the first Oreshnik system had been delivered to Belarus by Russia, a year after Moscow promised "
     "to station the weapon there.",
     [(ARMS, "RUS", "BLR", "missile", None)]),
])
def test_a_catch_all_after_named_arms(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # who counts ("by Seoul's count", "by Kyiv's reckoning") takes no part
    ("Pyongyang has sent Moscow millions of artillery rounds, KN-23 missiles and, by Seoul's count, some 11,000 "
     "soldiers.",
     [(ARMS, "PRK", "RUS", "ammunition", None), (ARMS, "PRK", "RUS", "missile", None)]),
])
def test_who_counts_takes_no_part(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # what the goods are enough for ("enough to equip one Ukrainian battalion") names no side and no item
    ("Ukraine asked for tanks. The United States will supply 31 M1 Abrams tanks, enough to equip one Ukrainian tank "
     "battalion.",
     [(ARMS, "USA", "UKR", "armoured-vehicle", 31)]),
    # regression guard: what a cargo is enough to hold is the cargo
    ("North Korea shipped some 6,700 containers to Russia, enough to hold three million artillery shells.",
     [(ARMS, "PRK", "RUS", "ammunition", 6700), (ARMS, "PRK", "RUS", "ammunition", 3000000)]),
])
def test_what_the_goods_are_enough_for(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, source", [
    # a trailing source whose name is set off by commas after its title: the title's state is no receiver
    ("Russia sent air-defence equipment to Pyongyang, South Korea's national security adviser at the time, "
     "Shin Won-sik, said last November.", "South Korea's national security adviser at the time"),
    # regression guard: a short title and name
    ("Russia sent air-defence equipment to Pyongyang, South Korea's adviser, Shin Won-sik, said.",
     "South Korea's adviser"),
])
def test_a_trailing_source_with_its_name_set_off(body: str, source: str) -> None:
    assert keys(body) == [(ARMS, "RUS", "PRK", "air-defence-system", None)]
    assert [f["attributed_to"] for f in facts_of(body)] == [source]


@pytest.mark.parametrize("body, expected", [
    # the origin of one of two coordinated items is no side of the other's transfer (Turkey gives Iran nothing)
    ("Sudan's army is fighting the RSF. The army has received Iranian Mohajer-6 drones and Turkish Bayraktar TB2s.",
     [(ARMS, "IRN", "SDN", "uav", None), (ARMS, "TUR", "SDN", "uav", None)]),
    # regression guards: with the receiver named; the user's own equipment, not coordinated with the goods
    ("Haftar's backers sent him Chinese-made Wing Loong drones and Russian-made Pantsir systems, Libya's government "
     "said.",
     [(ARMS, "CHN", "LBY", "uav", None), (ARMS, "RUS", "LBY", "air-defence-system", None)]),
    ("Iranian artillery ammunition has also reached Russian guns.",
     [(ARMS, "IRN", "RUS", "ammunition", None), (ARMS, "IRN", "RUS", "artillery", None)]),
])
def test_the_origin_of_a_coordinated_item_is_no_side(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # whose design the goods copy takes no part: the sides come from the story
    ("Iran supplied Russia with Shahed drones. Early Gerans flew on MD550 engines made by Iran's Mado, itself a copy "
     "of a German Limbach design.",
     [(ARMS, "IRN", "RUS", "uav", None)] * 3),
    # regression guard: a design's origin beside named sides
    ("Iran gave Russia Shahed drones based on an Israeli design.", [(ARMS, "IRN", "RUS", "uav", None)]),
])
def test_whose_design_is_copied_takes_no_part(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "single" after a possessive counts one
    ("Romania's single Patriot battery will be handed over to Ukraine.",
     [(ARMS, "ROU", "UKR", "air-defence-system", 1)]),
    # regression guards: a superlative's "single" and a compound count nothing
    ("India is the largest single buyer of Israeli arms.", [(ARMS, "ISR", "IND", "other", None)]),
    ("Russia sent Iran a single-engine jet.",
     [(ARMS, "RUS", "IRN", "other", None), (ARMS, "RUS", "IRN", "aircraft", None)]),
])
def test_a_single_item_is_one(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_cooperation_documents_signed_are_an_agreement() -> None:
    assert keys("Niger signed military cooperation documents with Russia's deputy defence minister in December 2023.") \
        == [("agreement", "NER", "RUS", None, None)]


@pytest.mark.parametrize("body, expected", [
    # a distance from a place ("about 290 km from Ukraine") takes no part
    ("Russia bought shells from North Korea. Officials said the containers were loaded onto a ship at Rajin, taken "
     "to Dunai and then moved by rail to a depot about 290 km from Ukraine.",
     [(ARMS, "PRK", "RUS", "ammunition", None), (ARMS, "PRK", "RUS", "ammunition", None)]),
    ("North Korea's shells were loaded onto a ship at Rajin and moved by rail to a depot about 290 km from Ukraine.",
     []),
    # regression guard: a receiver named after "from" the giver
    ("Russia received 300 containers from North Korea.", [(ARMS, "PRK", "RUS", "ammunition", 300)]),
])
def test_a_distance_from_a_place_takes_no_part(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a consequence after ", so" is a clause of its own: where goods were then assembled gives nothing back
    ("Iran shipped machine tools to Hezbollah, so a share of its rockets was assembled in Lebanon.",
     [("technology_transfer", "IRN", "LBN", "other", None)]),
    # regression guard: "so that" and "so far" open no clause
    ("So far Russia has delivered 12 Su-35 jets to Iran.", [(ARMS, "RUS", "IRN", "aircraft", 12)]),
])
def test_a_consequence_after_so(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # who is left out ("without Iranian hands") takes no part
    ("Russia's factories now turn out Gerans without Iranian hands on the line, and North Korean artillery shells "
     "poured in by the million.",
     [(ARMS, "PRK", "RUS", "ammunition", None)]),
])
def test_who_is_left_out_takes_no_part(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a sentence's arms in a deal go one way: the maker's items set it for the items with no maker known
    ("On 9 July Romania signed a contract with Hanwha for 54 K9 howitzers and 36 K10 ammunition resupply vehicles.",
     [(ARMS, "KOR", "ROU", "artillery", 54), (ARMS, "KOR", "ROU", "ammunition", 36),
      (ARMS, "KOR", "ROU", "military-vehicle", 36), ("agreement", "KOR", "ROU", None, None)]),
])
def test_a_deal_goes_one_way(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # whose money paid ("On Russian credit it bought ...") takes no part: no Venezuela -> Russia transfer
    ("Venezuela turned to Moscow. On Russian credit it bought 24 Su-30MK2 fighters and about 100,000 Kalashnikov "
     "rifles.", []),
    # regression guard: the buyer and the seller named
    ("On Russian credit Venezuela bought 24 Su-30MK2 fighters from Russia.", [(ARMS, "RUS", "VEN", "aircraft", 24)]),
])
def test_whose_money_paid_takes_no_part(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_deals_go_from_their_maker() -> None:
    # arms agreed go from their maker, also when the sentence's sides came out the other way round (the 36 Gripens
    # contracted; the sentence's other facts are not pinned here)
    found = keys("Saab signed a deal with Colombia. Brazil has so far received 11 of its 36 Gripens, according to "
                 "Saab's latest quarterly report, with the first aircraft assembled in Brazil entering service this "
                 "year.")
    assert (ARMS, "SWE", "BRA", "aircraft", 36) in found and (ARMS, "BRA", "SWE", "aircraft", 36) not in found


def test_goods_going_back_to_their_maker_stay_as_they_are() -> None:
    # regression guard: leased goods that go back
    assert keys("The Netherlands ordered 46 new Leopard 2A8s from Germany, and the leased 2A6s will go back to "
                "Germany.") == [(ARMS, "DEU", "NLD", "armoured-vehicle", 46)]


@pytest.mark.parametrize("body, expected", [
    # "Its navy" is the subject state's, and that state is the one a sentence opened with after a place phrase
    # ("Further east, Laos ..."), a live blog's time stamp or a question's auxiliary
    ("Vietnam buys Russian jets.\nFurther east, Laos is watching closely. Its navy operates two patrol boats bought "
     "from China in 2019.", [(ARMS, "CHN", "LAO", "naval-vessel", 2)]),
    ("Vietnam buys Russian jets.\n14:05 GMT - Laos is a customer too. Its air force flies six Yak-130 trainers bought "
     "from Russia.", [(ARMS, "RUS", "LAO", "aircraft", 6)]),
    ("Vietnam buys Russian jets.\nDoes Laos buy arms too?\nYes. Its army took delivery of four Chinese howitzers "
     "last year.", [(ARMS, "CHN", "LAO", "artillery", 4)]),
    # a sentence adverb with no comma ("Meanwhile Laos keeps ...")
    ("Vietnam buys Russian jets.\nMeanwhile Laos keeps trying to buy a modern army. It bought six Yak-130 trainers "
     "from Russia a decade ago.", [(ARMS, "RUS", "LAO", "aircraft", 6)]),
])
def test_its_forces_are_the_subject_states(body: str, expected: list) -> None:
    assert [k for k in keys(body) if k[2] != "VNM"] == expected


@pytest.mark.parametrize("body, expected", [
    # "several hundred", "a few hundred", "several dozen" give no count (a hundred, a dozen would be wrong numbers)
    ("Several hundred Russian troops are stationed in Kyrgyzstan.", [("troop_deployment", "RUS", "KGZ", None, None)]),
    ("Lithuania has donated several dozen M113 armoured personnel carriers to Ukraine.",
     [(ARMS, "LTU", "UKR", "armoured-vehicle", None)]),
    # a day before its month is no count either
    ("On 6 January Russia delivered T-72 tanks to Belarus.", [(ARMS, "RUS", "BLR", "armoured-vehicle", None)]),
    # regression guards: a count right after a name ending in "many", "two may have", and "about a hundred"
    ("In January the United States pledged 50 Bradley Fighting Vehicles and Germany 40 Marder infantry fighting "
     "vehicles to Ukraine.", [(ARMS, "USA", "UKR", "armoured-vehicle", 50), (ARMS, "DEU", "UKR", "armoured-vehicle", 40)]),
    ("Russia sent tanks to Belarus in May, and two May-class frigates followed.",
     [(ARMS, "RUS", "BLR", "armoured-vehicle", None), (ARMS, "RUS", "BLR", "naval-vessel", 2)]),
    ("About a hundred Russian troops are stationed in Kyrgyzstan.", [("troop_deployment", "RUS", "KGZ", None, 100)]),
])
def test_vague_hundreds_are_no_count(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a firm named by the city it is in stands for that city's state ("a Shenzhen company", "Almaty-based")
    ("A Shenzhen company exported more than 40 CNC machine tools to a Russian tank maker.",
     [(TECH, "CHN", "RUS", "other", 40)]),
    ("An Almaty-based distributor shipped 300 drone engines to Russia last year.", [(ARMS, "KAZ", "RUS", "uav", 300)]),
    ("Washington also listed two Istanbul firms for selling CNC machine tools to Russian arms makers.",
     [(TECH, "TUR", "RUS", "other", None)]),
    ("A group of Dubai trading houses re-exported microelectronics to Russia.", [(TECH, "ARE", "RUS", "other", None)]),
    # regression guards: a city that names Turkey only as a firm's seat names no side alone, and a think tank based
    # in a city is no party
    ("Pakistan received two Babur-class corvettes from Turkey; they were built in Istanbul.",
     [(ARMS, "TUR", "PAK", "naval-vessel", 2)]),
    ("A London-based think tank said Iran shipped drones to Russia.", [(ARMS, "IRN", "RUS", "uav", None)]),
    # nor is a city coordinated with firms ("Moscow and its suppliers")
    ("Tehran and its suppliers sent drones to Russia.", [(ARMS, "IRN", "RUS", "uav", None)]),
])
def test_a_firm_named_by_its_city_stands_for_its_state(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # with a verb of passing goods on, the subject gives what others made ("routed American chips")
    ("Turkey routed American chips to Russian arms makers.", [(TECH, "TUR", "RUS", "other", None)]),
    ("Moscow passed captured American Javelin missiles to Tehran.", [(ARMS, "RUS", "IRN", "missile", None)]),
    # regression guard: flying foreign aircraft is using them
    ("Saudi Arabia has flown Chinese Wing Loong drones since 2017.", [(ARMS, "CHN", "SAU", "uav", None)]),
])
def test_goods_passed_on_go_from_who_passes_them(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state that puts a figure on the story's deployment says it and is no party ("Seoul put the total at ...")
    ("North Korea has sent troops to Russia. Seoul's Joint Chiefs of Staff put the total sent to Russia at around "
     "14,000.", [("troop_deployment", "PRK", "RUS", None, None), ("troop_deployment", "PRK", "RUS", None, 14000)]),
    # the figure may count what was sent, as a participle
    ("Iran shipped Fath-360 missiles to Russia. Reports at the time put the number shipped at more than 200.",
     [(ARMS, "IRN", "RUS", "missile", None), (ARMS, "IRN", "RUS", "missile", 200)]),
    # regression guard: a figure whose own words name the sides keeps them
    ("Russia sent oil to North Korea. A ministry report put the number of containers sent from North Korea to Russia "
     "at about 20,000.", [(ARMS, "PRK", "RUS", "ammunition", None), (ARMS, "PRK", "RUS", "ammunition", 20000)]),
])
def test_a_figure_put_by_a_state_counts_the_story(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a party's networks, fighters or firms before the verb give; "from" after the goods is the route
    ("Wagner-linked networks reportedly flew surface-to-air missiles to the RSF from Libya.",
     [(ARMS, "RUS", "SDN", "air-defence-system", None)]),
    ("Wagner contractors shipped 40 Kornet missiles to the RSF from Libya.", [(ARMS, "RUS", "SDN", "missile", 40)]),
])
def test_a_partys_networks_give_and_from_is_the_route(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a second verb's goods of another maker take no seller from the first verb's phrase
    ("Iraq bought 36 F-16s from the United States a decade ago and last year ordered Korea's Cheongung-II "
     "air-defence system.", [(ARMS, "USA", "IRQ", "aircraft", 36), (ARMS, "KOR", "IRQ", "air-defence-system", None)]),
    # regression guard: the receiver the first verb names is the second's too
    ("Latvia gave Ukraine Stinger missiles early in the war and later handed over its M109 howitzers.",
     [(ARMS, "LVA", "UKR", "air-defence-system", None), (ARMS, "LVA", "UKR", "artillery", None)]),
])
def test_a_second_verbs_goods_of_another_maker(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a discourse aside between commas is read as if it were not there
    ("Qatar, by contrast, already flies 36 Rafales, so Dassault has a reference customer next door.",
     [(ARMS, "FRA", "QAT", "aircraft", 36)]),
    ("Portugal, meanwhile, said it would send around 60 military trainers to Mozambique.",
     [("troop_deployment", "PRT", "MOZ", None, 60)]),
])
def test_discourse_asides_are_read_through(body: str, expected: list) -> None:
    assert keys(body) == expected


def test_a_count_of_unnamed_buyers_names_no_receiver() -> None:
    # "sold to more than 30 countries" names no receiver: no fact with a receiver from the story
    found = keys("Indonesia ordered 60 TB3 drones from Turkey. Baykar says its TB2 drones have now been sold to more "
                 "than 30 countries.")
    assert found == [(ARMS, "TUR", "IDN", "uav", 60)]


@pytest.mark.parametrize("body, expected", [
    # a purchase that the sentence's own signed contract covers goes from the maker too
    ("The Royal Thai Air Force has signed the contract with Saab company of Sweden for purchase of 4 Gripen fighters.",
     [(ARMS, "SWE", "THA", "aircraft", 4), ("agreement", "SWE", "THA", None, None)]),
    # regression guard: a deal to make the goods may send them to their maker's namesake
    ("Under a contract signed in 2023, Tehran undertook to hand over the technology to manufacture Geran drones to "
     "Russia.", [(TECH, "IRN", "RUS", "uav", None), ("agreement", "IRN", "RUS", None, None)]),
])
def test_a_purchase_under_the_sentences_contract_goes_from_the_maker(body: str, expected: list) -> None:
    assert keys(body) == expected


@pytest.mark.parametrize("body, expected", [
    # bases and cities abroad name their state (vocabulary: `places` in data/extract/states.yaml)
    ("From 2027, up to four US submarines will rotate through HMAS Stirling near Perth.",
     [("troop_deployment", "USA", "AUS", None, None)]),
    ("Around 2,000 US Marines are in Darwin this year.", [("troop_deployment", "USA", "AUS", None, 2000)]),
    ("The US Army flew its Typhon missile launcher into northern Luzon in April.",
     [(ARMS, "USA", "PHL", "missile", None)]),
])
def test_bases_and_cities_abroad_name_their_state(body: str, expected: list) -> None:
    assert keys(body) == expected
