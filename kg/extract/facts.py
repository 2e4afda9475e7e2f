"""Draft facts of one sentence: kind, giving and receiving state, item, quantity, period and status.

A sentence is cut into clauses (at ";", "while", "whereas", ", but", and around gapped conjuncts, whose drafts repeat
the clause before: `kg.extract.gapping`); each clause gives arms and technology drafts (`kg.extract.arms`, production
under another's design: `kg.extract.licensed`), troop and agreement drafts (`kg.extract.troops`). The span that
names the source ("..., the ministry said") holds no party, period or count. Sides the sentence leaves open are
filled by the document (see `kg.extract.document_facts`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from kg.extract import cues as cue
from kg.extract.arms import (arms_drafts, clause_items, counted_of_them, listed_partners, money_drafts,
                             supplier_tallies, technology_drafts, used_them)
from kg.extract.attribution import Attribution, find_attribution
from kg.extract.categories import find_items
from kg.extract.components import component_drafts
from kg.extract.drafts import FIGURE_PUT, Clause, Draft, draft, period, quantity, unit
from kg.extract.gapping import Gapped, gapped_conjuncts, gapped_drafts, shared_receiver
from kg.extract.knowledge import Knowledge
from kg.extract.licensed import licensed_drafts, names_production
from kg.extract.linked import relayed
from kg.extract.periods import find_periods
from kg.extract.quantities import find_counts, find_money, money_unit
from kg.extract.roles import Sides, Trigger
from kg.extract.screened import screened
from kg.extract.space import launch_goods, names_a_satellite, satellite_launches
from kg.extract.speaker import first_person
from kg.extract.states import COORDINATED, Mention, find_states
from kg.extract.troops import AGREED_WORD, agreed_together, agreement_drafts, troop_drafts, troops_continued
from kg.model import Category, Kind, Status

_CLAUSE_BREAK = screened(r";|\bwhile\b|\bwhereas\b|\bmeanwhile\b(?!\s*,)|"
                         r"\bbut\s+(?=(?:admitted|acknowledged|confirmed|conceded|said|says|added)\b)|"
                         r",\s*which\s+(?:could|might|may|would|can)\b|"
                         # a consequence set off after the fact: ", which is why the Geran-2 now rolls out of ..."
                         r",\s*which\s+(?:is|was)\s+why\b|,\s*rather\s+than\b|"
                         # a consequence after ", so": "shipped machine tools to Hezbollah, so rockets were assembled"
                         r",\s*so\s+(?!(?:that|as|far|long|much|many|too|called)\b)|"
                         # what the goods are enough for: ", enough to equip one Ukrainian battalion" (not what a
                         # cargo holds: ", enough to hold three million shells")
                         r",\s*(?:just\s+|barely\s+)?(?:enough|sufficient)\s+to\s+"
                         r"(?!(?:hold|carry|contain|fill|load)\b)|"
                         r",\s*(?:but|if|unless|after|because|though|although|even as|as well as)\b|"
                         r"\b(?:after|when|because|before)\s+(?:a|an|the)\b|"
                         # an attack the fact came after or amid: "acquired SPYDER following Houthi missile attacks"
                         # (not "following an earlier batch", "following a memorandum": those are facts too)
                         r"\b(?:after|following|amid|amidst|in\s+the\s+wake\s+of|in\s+response\s+to)\s+"
                         r"(?:[\w’'-]+\s+){1,4}(?:attacks?|strikes?|raids?|assaults?|offensives?|invasion|clashes|"
                         r"incursions?|coup)\b|"
                         # a second subject's own act: "German radar deliveries continue as Canada pledges kit"
                         r"\bas\s+(?=(?:the\s+)?[\w’'-]+\s+(?:pledges|pledged|promises|promised|sends|announces|"
                         r"announced|offers|offered|signs|signed|orders|ordered|buys|bought)\b)|"
                         # a second source with a claim of its own: "..., and Ukrainian officials claim that"
                         r",\s*and\s+(?:[\w’'-]+\s+){1,4}(?:say|says|said|claim|claims|claimed|believe|believes|"
                         r"believed|allege|alleges|alleged|report|reports|reported)\s+that\b", re.IGNORECASE)
_DIGIT = screened(r"\d")
# A count in words ("Three of those squadrons have been delivered"): a sentence worth reading with no state named.
_NUMBER_WORD = screened(r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                        r"thirty|forty|fifty|dozen|dozens|hundred|hundreds)\b")
_QUESTION = screened(r"\?[\"'”’)]*\s*$")  # a question asserts nothing ("Is China arming Russia?")
_CLAIM_LABEL = screened(r"(?i)\s*(?:viral\s+|the\s+)?claim\s*(?:\d+|[ivx]+)?\s*:")
_DATELINE = screened(r"^[A-Z][A-Z .'’-]+(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2})?\s*(?:\([^)]{1,20}\))?\s*(?:-{1,2}|–|—)\s")


# ", and the Houthis", "... and that Moscow had supplied"
_JOINT_BEFORE = screened(r"(?i)(?:,\s*(?:(?:and|while|whereas)\s+)?|\s+and\s+|"
                         # a clause of time or cause with a subject of its own: "... 14 Leopards after Prague sent"
                         r"\s+(?:after|before|because|once|until)\s+)(?:that\s+)?(?:the\s+)?$")
_AUXILIARIES = screened(r"(?i)(?:\s+(?:has|have|had|is|are|was|were|will|would|also|now|then|again|each|both|"
                        r"reportedly|allegedly|itself|themselves|\w+ly))*\s+$")
# The agents of a participle inside a noun phrase ("Patriot batteries supplied by the United States, Germany and
# the Netherlands have arrived"): the states listed after "by" share it, and the verb after them is the sentence's
_PARTICIPLE_BY = screened(r"(?i)\b(?!(?:was|were|is|are|been|be|being|had|has|have)\b)[\w’'-]+\s+(?:\w+ly\s+)?"
                          r"(?:supplied|provided|donated|sent|delivered|made|built|produced|manufactured|sold|"
                          r"given|pledged|promised|shipped|transferred|financed|funded|bought|purchased|"
                          r"operated|used|fired|flown)\s+by\s+(?:the\s+)?$")


# The force a state owns, named after its possessive ("Iran's Revolutionary Guards", "Russia's defence ministry").
_FORCE_AFTER = screened(r"(?:'s|’s)?(?:(?:\s+[A-Z][\w-]+){1,3}|\s+(?:armed\s+forces|army|military|navy|air\s+force|"
                        r"forces|troops|defen[cs]e\s+ministry|government))")


# A fronted adverbial clause ends at its first comma ("After its troops pushed Ukrainian forces out of Kursk,
# Pyongyang agreed to send ..."): its states are no parties to the main clause's fact.
_FRONTED = screened(r"(?:After|When|Once|Since|Before|Although|Though|Despite|Following|As|While|Having|"
                    r"Asked|Pressed|Questioned)\s+"
                    # not a date followed by the subject ("Since 2022 Turkey has delivered drones to Togo, ...")
                    r"(?!(?:\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|"
                    r"December)(?:\s+\d{4})?)\s+[A-Z])"
                    r"(?:[^,;]|(?<=\d),(?=\d{3})){3,120}?,(?!\d{3})")
# ("Asked about its suppliers, the official said"; the comma of "15,000" ends no clause)


# An adverbial clause set off by commas after an opening phrase ("In December 2020, as rebels advanced on the
# capital Bangui, Russia sent ..."): a clause of its own.
_SET_OFF_ADVERBIAL = screened(r",\s*(?:as(?!\s+well\s+as)|when|after|while|once|because|although|though)\s+"
                              r"(?:[^,;]|(?<=\d),(?=\d{3})){3,120}?,(?!\d{3})")


def _clauses(text: str, cuts: list[int] = ()) -> list[tuple[int, int]]:
    lowered = text.lower()
    breaks = _CLAUSE_BREAK.finditer(lowered if len(lowered) == len(text) else text)
    fronted = _FRONTED.match(text)
    set_off = [x for m in _SET_OFF_ADVERBIAL.finditer(text) for x in (m.start(), m.end())]
    cuts = sorted({0, *[m.start() for m in breaks], *cuts, *([fronted.end()] if fronted else []), *set_off,
                   len(text)})
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _new_subjects(text: str, mentions: list[Mention], triggers, knowledge: Knowledge) -> list[int]:
    """Where a coordinated clause with a subject of its own starts ("Iran arms the Houthis, Pyongyang ships
    shells to Wagner"; "..., and North Korea sent shells"; "..., and Uganda and Tanzania have each ordered four"):
    a comma, "and" or "while", a state or party (or a list of them), then its verb.
    The part before must already hold a state and a verb, so that "Iran and Russia sent" stays one clause."""
    cuts, last, listed = [], 0, -1
    for i, m in enumerate(mentions):
        if i <= listed:
            continue  # inside the list of subjects a clause was cut before
        joint = _JOINT_BEFORE.search(text, max(0, m.start - 12), m.start)
        end = _list_end(text, mentions, i)  # "..., and Uganda and Tanzania have each ordered four": all subjects
        verb = next((t for t in triggers if t.start >= mentions[end].end), None)
        if joint is None or verb is None or _agent_listed(text, mentions, i):
            continue
        if m.possessive and end == i:  # "..., and Iran's Revolutionary Guards sent": the possessor's force
            head = _FORCE_AFTER.match(text, m.end)
            if head is None or not _AUXILIARIES.match(text, head.end(), verb.start):
                continue
        elif not _AUXILIARIES.match(text, mentions[end].end, verb.start):
            continue
        before = text[last:joint.start()]
        comma = "," in joint.group()
        acted = any(last <= t.start < joint.start() for t in triggers) or \
            (comma and end == i and knowledge.cues["object_verbs"].search(before))
        if acted and any(last <= x.start < joint.start() for x in mentions):
            cuts.append(joint.start())
            last, listed = joint.start(), end
    return cuts


def _agent_listed(text: str, mentions: list[Mention], i: int) -> bool:
    """True when mention `i` goes on a list of agents after a participle inside a noun phrase ("batteries supplied
    by Spain and Italy reached Kenya"): no clause of its own."""
    first = i
    while first > 0 and not mentions[first - 1].possessive and \
            COORDINATED.match(text[mentions[first - 1].end:mentions[first].start]):
        first -= 1
    return first < i and bool(_PARTICIPLE_BY.search(text, max(0, mentions[first].start - 60), mentions[first].start))


def _list_end(text: str, mentions: list[Mention], i: int) -> int:
    """The index of the last state of the list joined by "and" or commas that starts at mention `i`."""
    end = i
    while end + 1 < len(mentions) and not mentions[end].possessive and \
            COORDINATED.match(text[mentions[end].end:mentions[end + 1].start]):
        end += 1
    return end


# A coordinated clause whose subject is a force named without its state ("Moscow delivered six submarines, and the
# army received 64 tanks"): a clause of its own, which names no state, so the story's pair fills it; the state
# named before is not its subject ("its navy" is that state's: not cut).
_FORCE_SUBJECT = screened(r"(?i)(?:,\s*and|;|,\s*while|\band)\s+the\s+(?:army|navy|air\s+force|"
                          r"military|armed\s+forces|national\s+guard|coast\s+guard|marines|ground\s+forces)"
                          r"(?:\s+(?:has|have|had|also|later|then|since|now|\w+ly))*\s+$")


def _force_subjects(text: str, mentions: list[Mention], triggers) -> list[int]:
    """Where such clauses start: after a clause with a state and a cue, before a cue of their own."""
    cuts = []
    for t in triggers:
        subject = _FORCE_SUBJECT.search(text, max(0, t.start - 60), t.start)
        if subject and any(x.end <= subject.start() for x in triggers) and \
                any(m.end <= subject.start() for m in mentions) and not any(subject.start() <= m.start < t.start
                                                                           for m in mentions):
            cuts.append(subject.start())
    return cuts


_ASIDE = screened(r",\s*(?:which|who)\b[^,]*,?")


def _party_mentions(text: str, attribution: Attribution, knowledge: Knowledge, first_cue: int,
                    speakers: list[Mention]) -> list[Mention]:
    """States that can be parties (the speaker's first-person words among them): not inside an organisation's
    name, nor inside the source span unless the source is only states and comes before the claim ("Putin and
    Pezeshkian said ..."; not "..., Seoul said")."""
    organisations = cue.spans(knowledge.organisations, text)
    found = sorted(find_states(text, knowledge) + speakers, key=lambda m: m.start)
    mentions = [m for m in found if not any(a <= m.start < b for a, b in organisations)]
    in_source = [m for m in mentions if attribution.start <= m.start < attribution.end]
    quoted = knowledge.cues["attribution_openers"].match(text, attribution.start)
    bodies = _acting_bodies(text, knowledge, first_cue)
    if in_source and attribution.name and not quoted and attribution.start < first_cue:
        rest = _ASIDE.sub(" ", attribution.name)  # "Armenia, which chairs the bloc, says ...": the aside names no one
        for m in in_source:
            rest = rest.replace(text[m.start:m.end], " ")
        if not re.sub(r"(?i)\b(?:and|the)\b|[\W_]", "", rest):
            return sorted(mentions + bodies, key=lambda m: m.start)
    kept = _without_believers(text, [m for m in mentions if m not in in_source], first_cue)
    return sorted(kept + bodies, key=lambda m: m.start) if bodies else kept


def _acting_bodies(text: str, knowledge: Knowledge, first_cue: int) -> list[Mention]:
    """A state's ministry or armed forces that hands arms over or holds them itself, as a mention of its state
    (organisations.yaml `state`): the subject of a giving, receiving or using verb ("Central Command later handed the
    rounds over to Ukraine", "CENTCOM said it had transferred ...", "Ukraine's air force has flown TB2 drones"), or the
    agent after "by" past the cue ("handed over by U.S. Central Command")."""
    found = []
    for match in knowledge.organisations.finditer(text):
        code = knowledge.organisation_states.get(knowledge.organisation_of(match.group()))
        if code is None or any(m.start >= match.start() and m.end <= match.end() for m in found):
            continue
        if _BODY_GIVES.match(text, match.end()) or \
                (match.start() > first_cue and _BY_AGENT.search(text, max(0, match.start() - 8), match.start())):
            before = re.findall(r"[\w’'-]+", text[max(0, match.start() - 30):match.start()])
            found.append(Mention(code, match.start(), match.end(), "names", False,
                                 before[-1].lower() if before else ""))
    return found


# A body after "by" past the cue does what the cue says ("handed over to Ukraine by U.S. Central Command").
_BY_AGENT = screened(r"(?i)\bby\s+(?:the\s+)?$")
_BODY_GIVES = screened(r"(?i)(?:\s+(?:later|also|then|has|have|had|itself|will|would|is|are|was|were|\w+ly))*"
                       r"(?:\s+(?:said|says|announced|confirmed)\s+(?:that\s+)?it(?:\s+(?:has|had|have|would|will|"
                       r"\w+ly))*)?\s+(?:handed|hands|transferred|transfers|delivered|delivers|gave|gives|sent|sends|"
                       r"shipped|ships|donated|donates|provided|provides|supplied|supplies|"
                       # or sends its forces: "The Pentagon will send another 3,000 soldiers to Poland"
                       r"send|sending|deploy|deploys|deployed|deploying|dispatch|dispatched|dispatches|"
                       # or holds arms it got: "Ukraine's air force has flown Bayraktar TB2 drones since 2019"
                       r"flown|flies|flew|operates|operated|fields|fielded|received|receives|took\s+delivery)\b")


# A state that says or believes what follows ("Washington believes Tehran has shipped ...", "Seoul says Pyongyang
# sent ..."): with another state after its verb and before the cue, it is a source, not a party.
_BELIEVES = screened(r"(?i)(?:\s*,[^,]{0,60},)?(?:\s+(?:has|have|had|also|long|now|still|reportedly|\w+ly))*\s+"
                     r"(?:says?|said|believes?|believed|thinks?|thought|suspects?|suspected|alleges?|alleged|"
                     r"accuses?|accused|claims?|claimed|estimates?|estimated|assesses|assessed|concluded|concludes|"
                     r"insists?|insisted|maintains?|maintained|argues?|argued|warns?|warned|fears?|feared|"
                     r"told|tells|reports?|reported|expects?|expected|knows?|knew)\b(?:\s+that\b)?")


def _without_believers(text: str, mentions: list[Mention], first_cue: int) -> list[Mention]:
    kept = []
    for m in mentions:
        says = _BELIEVES.match(text, m.end)
        if says and any(says.end() <= other.start < first_cue and other.code != m.code for other in mentions):
            continue
        kept.append(m)
    return kept


_AS_WELL_AS = screened(r"(?i),?\s*as well as\b")


def _joined_lists(text: str, spans: list[tuple[int, int]], mentions: list[Mention], triggers) -> list[tuple[int, int]]:
    """A clause that only adds to the list before it (", as well as electronic warfare equipment": no state, no
    cue of its own; or a list with no cue before it) is part of the clause before it."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        adds = _AS_WELL_AS.match(text, start) and (
            not any(start <= x.start < end for x in (*mentions, *triggers))
            # ... or the list before it has no cue, which comes after ("listed 200 guns, as well as rocket
            # launchers, as having been delivered")
            or bool(joined and not any(joined[-1][0] <= t.start < joined[-1][1] for t in triggers)))
        if joined and adds:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _named(text: str, knowledge: Knowledge) -> bool:
    return bool(knowledge.states.search(text) or knowledge.parties.search(text))


# A sentence that lists what the shipment just named held ("The cargo included ...", "Among the haul were ...").
_CARGO_LISTED = screened(r"(?i)\s*(?:[\"“]\s*)?(?:(?:according\s+to|in\s+a)\s+[^,;]{1,60},\s*)?"
                         # or a source first: "The navy's statement says the cargo included ...", "Central
                         # Command, which praised the operation, said the haul included ..."
                         r"(?:(?:the\s+)?(?:[\w’'.-]+\s+){0,4}(?:(?:statement|report|inventory|list|navy|ministry|"
                         r"command)\s+|[\w’'.-]+(?:\s*,[^,;]{1,80},)?\s+)(?:says|said|shows|showed|notes|noted|"
                         r"added|reported|stated)\s+(?:that\s+)?)?"
                         r"(?:(?:(?:the|this|that|its)\s+)?(?:seized\s+)?(?:cargo|shipment|consignment|haul|"
                         r"seizure|load|loads|delivery|packages|crates|containers)(?:\s+(?:identified|seen|found|"
                         r"documented|recorded|listed|inspected|photographed)\s+(?:by|at|in)\s+(?:the\s+)?[\w-]+)?"
                         r"(?:\s*,[^,;]{1,100},)?"  # an aside: "the cargo, hidden under air-conditioning units, ..."
                         r"\s+(?:also\s+)?(?:included|includes|include|contained|contains|contain|comprised|"
                         r"consisted of|held)|among\s+the\s+(?:seized\s+)?(?:cargo|haul|weapons|items|shipment)\s*"
                         r"(?:,[^,]{1,80},\s*)?(?:were|was|are)|"
                         r"(?:the\s+)?(?:seized\s+)?(?:items|weapons)\s+(?:also\s+)?included|"
                         r"(?:[\w’'-]+\s+){1,4}?described\s+the\s+(?:cargo|shipment|haul|load|seizure)\s+as)\b")


# What a deal or a sale of the story holds ("The deal covers 180 tanks", "The biggest item, put at $4 billion,
# covers 82 HIMARS"): signed or notified sales are agreed. Not a "package": it may hold another state's goods.
_DEAL_LISTED = screened(r"(?i)\s*(?:(?:the|this|that|its|their|each|a)\s+)?(?:(?:first|second|third|new|latest|"
                        r"biggest|largest|main|initial|next|final)\s+)?"
                        r"(?P<noun>deal|contract|order|sale|notification|purchase|item|tranche)"
                        r"(?:\s*,[^,;]{1,100},)?\s+(?:also\s+)?(?:includes|included|include|covers|covered|cover|"
                        r"comprises|comprised|consists\s+of|consisted\s+of|is\s+for|was\s+for|provides\s+for)\b")
_DELIVERED_NOUNS = ("tranche",)
# What a package of arms holds ("The package also includes eight M88 recovery vehicles", "the German package to
# Slovenia also included five tanker trucks", "the package would include ten JF-17 jets"): the story's transfer, as
# certain as the story's, or as the modal says.
_PACKAGE_LISTED = screened(r"(?i)\s*(?:(?:the|this|that|its|their|each|a|an)\s+)?(?:[\w’'$.,-]+\s+){0,4}?packages?"
                           r"(?:\s+(?:for|to)\s+(?:the\s+)?[\w’'-]+)?(?:\s*,[^,;]{1,100},)?\s+(?:also\s+)?"
                           r"(?:(?P<modal>would|will|may|might|could|is\s+(?:also\s+)?(?:understood|expected|said|"
                           r"believed)\s+to)\s+(?:also\s+)?)?"
                           r"(?:includes|included|include|covers|covered|cover|comprises|comprised|consists\s+of|"
                           r"consisted\s+of|contains|contained)\b")
_PACKAGE_MODALS = {"would": Status.PLANNED, "will": Status.PLANNED}


def _listed(clause: Clause) -> bool:
    """True when the clause lists what the story's cargo or deal holds."""
    return bool(_CARGO_LISTED.match(clause.text, clause.start) or _DEAL_LISTED.match(clause.text, clause.start)
                or _PACKAGE_LISTED.match(clause.text, clause.start))


def _cargo_drafts(clause: Clause, knowledge: Knowledge) -> list[Draft]:
    """The items a cargo or deal sentence lists, as transfers of the story's last pair (counted or not)."""
    listed = Trigger(clause.start, clause.start, "included", "give")
    handed = replace(clause, triggers=[listed])
    drafts = arms_drafts(handed, knowledge, clause_items(handed, knowledge))
    if _CARGO_LISTED.match(clause.text, clause.start):
        return drafts
    package = _PACKAGE_LISTED.match(clause.text, clause.start)
    if package is not None:
        modal = package["modal"].split()[0].lower() if package["modal"] else None
        status = _PACKAGE_MODALS.get(modal, Status.REPORTED) if modal else None
        drafts = [replace(d, quantity=None) if d.quantity and d.quantity[1] in _CURRENCIES else d for d in drafts]
        return [replace(d, status=status, packaged=True) if status else replace(d, story_status=True, packaged=True)
                for d in drafts]  # what the package holds, not what it costs
    deal = _DEAL_LISTED.match(clause.text, clause.start)
    if deal is None:
        return drafts
    noun = deal["noun"].lower()
    status = Status.DELIVERED if noun in _DELIVERED_NOUNS else Status.AGREED
    return [replace(d, status=status) for d in drafts]


# A bare count as the subject of a passive transfer ("about 200 have been delivered since September").
_COUNT_PASSIVE = screened(r"(?i)(?:\s+more|\s+of\s+(?:those|them|these)(?:\s+[a-z]+)?)?\s+"
                          r"(?:(?:appear|appears|seem|seems|are\s+believed|are\s+thought|are\s+said)\s+"
                          r"to\s+have\s+been|(?:have|has|had)\s+been|(?:will|would|are\s+to|are\s+due\s+to)\s+be|"
                          r"were|was|are|is)\s+(?:\w+ly\s+|now\s+|also\s+)?")
# A count that arrives ("The first 38 arrived in December", "the first ten of those arrived by sea in Gdynia").
_COUNT_ARRIVED = screened(r"(?i)(?:\s+of\s+(?:those|them|these))?\s+(?:\w+ly\s+)?")


# A bare count that arrives with no cue of a transfer ("The first 38 arrived last December", "the remaining 28 are
# scheduled to follow next year"): delivered, or planned when still to come.
_ARRIVES = screened(r"(?i)(?P<done>arrived|landed|followed)\b|(?:(?:are|is)\s+(?:scheduled|due|expected|set)\s+to|will|"
                    r"are\s+to|should)\s+(?:arrive|follow|come|land)\b")


def _arrived_count(clause: Clause) -> list[Draft]:
    """A count that stands for the arms the story named before and arrives, or is still to: the story's last pair
    and arms category fill the fact (troops that follow are `troops_continued`'s)."""
    for count in clause.counts:
        gap = _COUNT_ARRIVED.match(clause.text, count.end)
        arrives = _ARRIVES.match(clause.text, gap.end()) if gap else None
        if arrives is not None:
            status = Status.DELIVERED if arrives["done"] else Status.PLANNED
            return [replace(draft(Kind.ARMS_TRANSFER, Sides(None, None, False), status,
                                  quantity=quantity(count, "units"), period=period(clause.periods)),
                            earlier_item=True)]
    return []


def _counted_arms(clause: Clause, knowledge: Knowledge) -> list[Draft]:
    """A count that stands for the arms the story named before ("About 200 have been delivered"): the story's last
    pair and arms category fill the fact."""
    for count in clause.counts:
        given = next((t for t in clause.triggers if t.type == "give" and t.start >= count.end
                      and (_COUNT_PASSIVE.fullmatch(clause.text, count.end, t.start) or
                           (t.text.lower().startswith("arriv") and
                            _COUNT_ARRIVED.fullmatch(clause.text, count.end, t.start)))), None)
        status = cue.status_of(Kind.ARMS_TRANSFER, clause.text, given, clause.start, knowledge) if given else None
        if status is not None:
            return [replace(draft(Kind.ARMS_TRANSFER, Sides(None, None, False), status,
                                  quantity=quantity(count, "units"), period=period(clause.periods)),
                            earlier_item=True)]
    return []


_FIGURE = screened(r"(?i)" + FIGURE_PUT)


_NOUN_AFTER = screened(r"\s+([A-Za-z][\w-]*)")  # "about a dozen jets": the counted noun
_FIGURE_WORD = screened(r"(?i)\b(?:number|tally|figure|count|total|estimate|strength|size|contingent|garrison)\b")


_PUT_VERB = screened(r"(?i)^(?:put|puts|putting|placed|places|set|sets)\b")
_SAYER_GAP = screened(r"[^,;:]{0,45}")  # the rest of the subject before its verb ("'s Joint Chiefs of Staff ")


def _figure_put_by_its_subject(clause: Clause) -> int:
    """Where the figure starts when its subject puts a figure on something ("Seoul put the total at 14,000"):
    every state the clause names stands before the count, the last one before the figure in its subject, with no
    transfer or deployment cue before the figure; else -1."""
    for count in clause.counts:
        figure = _FIGURE.search(clause.text, max(clause.start, count.start - 120), count.start)
        before = [m for m in clause.mentions if m.end <= figure.start()] if figure is not None else []
        if figure is not None and _PUT_VERB.match(figure.group()) and \
                (not before or _SAYER_GAP.fullmatch(clause.text, before[-1].end, figure.start())) and \
                all(m.end <= count.start for m in clause.mentions) and \
                not any(t.end <= figure.start() for t in clause.triggers):
            return figure.start()
    return -1


def _figure_drafts(clause: Clause, knowledge: Knowledge) -> list[Draft]:
    """A figure put on the story's transfer or deployment: one fact of the story's last pair with that count, of
    the items the figure names, else of what the story was last about (arms or troops)."""
    for count in clause.counts:
        figure = _FIGURE.search(clause.text, max(clause.start, count.start - 120), count.start)
        if figure is None:
            continue
        what = figure["what"] or figure["what2"] or ""
        status = Status.PLANNED if re.search(r"(?i)\bw(?:ill|ould)\b", figure.group()) else Status.REPORTED
        after = _NOUN_AFTER.match(clause.text, count.end)
        counted = quantity(count, unit(what or (after.group(1) if after else "troops" if figure["force"] or
                                                figure["force2"] else "")))
        items = find_items(what, knowledge) if what else []
        if (what and knowledge.cues["troop_nouns"].search(what) and not items) or figure["force"] or \
                figure["force2"]:
            return [replace(draft(Kind.TROOP_DEPLOYMENT, Sides(None, None, False), status, quantity=counted),
                            continuation=True)]
        if items:
            return [draft(Kind.ARMS_TRANSFER, Sides(None, None, False), status, category=Category(items[-1].category),
                          item=items[-1].text, quantity=counted)]
        return [replace(draft(Kind.ARMS_TRANSFER, Sides(None, None, False), status, quantity=counted),
                        earlier_item=True, figure=True)]
    return []


_DOWNED = screened(r"(?i)\b(?:shot\s+down|intercepted|destroyed|downed|lost)\b")
_PACKAGE = screened(r"(?i)\bpackages?\b")  # an aid package may hold goods of a state other than the story's
_CURRENCIES = ("US dollars", "euros")


def _used(clause: Clause, knowledge: Knowledge) -> bool:
    """True when the clause's sentence fires, makes, downs or finds the remains of arms rather than handing them
    over, or denies it, or counts what a package holds."""
    return any(knowledge.cues[name].search(clause.text) for name in ("use", "produce", "remains", "negated")) or \
        _DOWNED.search(clause.text) is not None or _PACKAGE.search(clause.text) is not None


def _strength_of_a_named_force(clause: Clause) -> list[Draft]:
    """"Officials put the North Korean contingent at about 11,000 soldiers", "the Russian contingent would number
    9,000": the strength of the force of the one state the clause names, sent where the story says."""
    for count in clause.counts:
        figure = _FIGURE.search(clause.text, max(clause.start, count.start - 120), count.start)
        if figure is None or not (figure["force"] or figure["force2"]):
            continue
        codes = {m.code for m in clause.mentions if figure.start() < m.start < figure.end()}
        if len(codes) != 1:
            return []
        status = Status.PLANNED if re.search(r"(?i)\bw(?:ill|ould)\b", figure.group()) else Status.REPORTED
        return [draft(Kind.TROOP_DEPLOYMENT, Sides(codes.pop(), None, False), status,
                      quantity=quantity(count, "troops"))]
    return []


def _continuation_drafts(clause: Clause, knowledge: Knowledge) -> list[Draft]:
    """A clause that names no state but hands over a counted item ("The ship carried 1,000 containers"), moves a
    counted number of troops ("A further 2,000 followed") or signs a treaty between "the two countries" continues
    the story: its drafts have both sides open, for the document
    to fill with the last fact's pair."""
    transfers = [t for t in clause.triggers if t.type in ("give", "receive")]
    drafts = _figure_drafts(clause, knowledge)
    if _listed(clause):  # a list of what the cargo held, whatever verb follows it ("the
        drafts += _cargo_drafts(clause, knowledge)  # forces said in a statement carried by their media office")
    elif transfers:
        handed = replace(clause, triggers=transfers)
        items = clause_items(handed, knowledge)
        drafts += [d for d in arms_drafts(handed, knowledge, items) if d.quantity and d.quantity not in
                   {f.quantity for f in drafts}] if items else []
        drafts += [d for d in _counted_arms(handed, knowledge) if d.quantity not in {f.quantity for f in drafts}]
    elif not drafts and not cue.spans(knowledge.cues["troop_nouns"], clause.body) and \
            (arrived := _arrived_count(clause)):
        drafts += arrived
    elif not drafts and not _used(clause, knowledge):  # "The largest item is 82 HIMARS launchers": counted arms
        drafts += [replace(d, story_status=True) for d in _cargo_drafts(clause, knowledge)  # of the story's
                   if d.quantity and d.quantity[1] not in _CURRENCIES]  # transfer, not what they cost
    drafts += _agreements(clause, knowledge) + troops_continued(clause, knowledge)
    found = [replace(d, continuation=True) for d in drafts if d.giver is None and d.taker is None]
    # "an order for Su-35s was signed": one party is the system's maker, the other comes from the story; "the two
    # countries signed a roadmap", said by one of them after talks in the other: both named by the sentence
    return found + [d for d in drafts if d.kind == Kind.AGREEMENT and d.taker is not None]


def _attribution(text: str, triggers, knowledge: Knowledge) -> Attribution:
    agreement_nouns = cue.spans(knowledge.cues["agreement_nouns"], text)
    positions = [t.start for t in triggers] + [a for a, _ in agreement_nouns] or [len(text)]
    return find_attribution(text, min(positions), max(positions), knowledge)


def _sentence_clauses(text: str, published: date | None, knowledge: Knowledge, attribution: Attribution,
                      mentions: list[Mention], triggers,
                      gapped: list[Gapped] | None = None) -> tuple[list[Clause], list[Gapped]]:
    """The clauses of a sentence, each with its mentions, cues, counts and periods, and its gapped conjuncts
    (each a clause of its own; found in the sentence unless given)."""
    source = (attribution.start, attribution.end)
    dateline = _DATELINE.match(text)
    periods = [p for p in find_periods(text, published) if not (source[0] <= p.start < source[1])
               and not (dateline and p.start < dateline.end())]
    counts = [c for c in find_counts(text) if not (source[0] <= c.start < source[1])]
    if any(_DIGIT.search(text, c.start, c.end) for c in counts):  # a number inside a system's name ("Hermes 900",
        named = [(m.start(), m.end()) for m in knowledge.items.finditer(text)  # "Type 054A") counts nothing
                 if (found := knowledge.item_of(m.group())) and found[1]]
        counts = [c for c in counts if not any(a <= c.start < b for a, b in named)]
    clauses = []
    production = any(t.type.startswith("technology") for t in triggers)
    gapped = gapped_conjuncts(text, mentions, triggers, counts) if gapped is None else gapped
    cuts = _new_subjects(text, mentions, triggers, knowledge) + [x for g in gapped for x in (g.start, g.end)] + \
        _force_subjects(text, mentions, triggers)
    for start, end in _joined_lists(text, _clauses(text, cuts), mentions, triggers):
        inside = lambda things: [x for x in things if start <= x.start < end]  # noqa: E731
        clauses.append(Clause(text, start, end, inside(mentions), inside(triggers), inside(counts), inside(periods),
                              source, production))
    return clauses, gapped


def clause_drafts(clause: Clause, knowledge: Knowledge) -> list[Draft]:
    """Every draft of one clause: arms, technology, troops and agreements (continuations without a state)."""
    if not clause.mentions:
        return _continuation_drafts(clause, knowledge)
    strength = _strength_of_a_named_force(clause)
    if strength:
        return strength
    sayers = _figure_put_by_its_subject(clause)
    if sayers >= 0:
        # "Seoul's Joint Chiefs of Staff put the total sent to Russia at around 14,000": the states before the
        # figure say it, no party; unless the figure names both sides the count is of what the story is about
        clause = replace(clause, mentions=[m for m in clause.mentions if m.start >= sayers])
        if len({m.code for m in clause.mentions}) < 2:
            return _continuation_drafts(replace(clause, mentions=[]), knowledge)
    if _listed(clause) and not any(t.type in ("give", "receive") for t in clause.triggers):
        # "Cargo identified by the Panel included ..., some of which had been withdrawn from Syria": the cargo of the
        # story's last transfer; a state named in passing is no side
        return _continuation_drafts(replace(clause, mentions=[]), knowledge)
    items = clause_items(clause, knowledge)
    listed = listed_partners(clause, knowledge)  # "the TB2's customers include Nigeria and Somalia": one each
    arms = listed or (arms_drafts(clause, knowledge, items) if items else
                      (money_drafts(clause, knowledge) or counted_of_them(clause, knowledge)
                       or supplier_tallies(clause, knowledge) or used_them(clause, knowledge)))
    launches = satellite_launches(clause, knowledge)
    if launches:  # "a Russian rocket put Iran's satellite into orbit": no Iranian arms that Russia used, and the
        # rocket that carried it is no arms handed over
        arms = [d for d in arms if not launch_goods(d.item, d.category, knowledge)]
    return (arms + launches + technology_drafts(clause, knowledge, items, arms) + licensed_drafts(clause, knowledge)
            + component_drafts(clause, knowledge)
            + troop_drafts(clause, knowledge, [i for i, _ in items]) + _agreements(clause, knowledge))


def _agreements(clause: Clause, knowledge: Knowledge) -> list[Draft]:
    """Agreements the clause names with a noun ("signed a treaty"), else states that "agreed" together."""
    return agreement_drafts(clause, knowledge) or agreed_together(clause, knowledge)


# A sentence with no cue that may tally states with amounts ("Singapore: $254 million", "India ($51 million)").
TALLY_WORDS = screened(r"[:(]\s*(?:US)?\$\s?\d|"
                       r"\b(?:for|accounted\s+for)\s+(?:about\s+|some\s+|around\s+)?(?:US)?\$\s?\d")


# A description set off by commas between the subject that opens a sentence and its verb ("Africa Corps, set up
# after Prigozhin's death in 2023, already has units in Niger"): left out, so the subject meets its verb.
# Relative clauses ("Iran, which sent drones, ...") may state facts of their own and stay.
_DESCRIBED_SUBJECT = screened(r"^[^,;:]{2,60}?(?P<described>,\s+(?:set\s+up|formed|founded|created|"
                              r"established|launched|led|headed|run|owned|backed|funded|controlled)\s+"
                              r"[^,;:\"“”()]{3,140},)\s+"
                              r"(?=(?:[a-z]+\s+){0,2}?(?:has|have|had|is|are|was|were|keeps|keep|kept|maintains|"
                              r"sent|sends|supplied|supplies|delivered|delivers|shipped|ships|deployed|deploys)\b)")


# A discourse aside between commas ("Qatar, by contrast, already flies 36 Rafales"): read as if it were not there
_DISCOURSE_ASIDE = screened(r"(?i),\s+(?:however|by\s+contrast|in\s+contrast|for\s+its\s+part|for\s+their\s+part|"
                            r"in\s+turn|too|meanwhile|for\s+example|for\s+instance|on\s+the\s+other\s+hand|"
                            r"though|moreover|likewise|similarly|in\s+particular|notably|so\s+far|to\s+date|"
                            r"in\s+return|as\s+well|of\s+course|in\s+fact|indeed),(?=\s)")


def _without_asides(text: str) -> str:
    """`text` with its discourse asides blanked out, every other character where it was."""
    return _DISCOURSE_ASIDE.sub(lambda aside: " " * len(aside.group()), text) if "," in text else text


def _without_description(text: str) -> str:
    """`text` without the description after its opening subject (the sentence's facts keep their whole evidence)."""
    found = _DESCRIBED_SUBJECT.match(text)
    if found is not None and "satellite" in text[:found.start("described")].lower():
        return text  # "Chile's satellite, launched on a Long March 2D in March, is working": the launch is the fact
    return text if found is None else text[:found.start("described")] + text[found.end("described"):]


def _counted_item(text: str, knowledge: Knowledge) -> bool:
    """True when the sentence has a figure and names arms ("The largest item is 82 HIMARS launchers")."""
    return _DIGIT.search(text) is not None and knowledge.items.search(text) is not None


def sentence_drafts(text: str, published: date | None, knowledge: Knowledge,
                    speaker: str | None = None) -> tuple[list[Draft], Attribution | None]:
    """The draft facts of one sentence and the source it names (None: not read, the sentence has no cue);
    `speaker` is the state the article's speaker stands for ("we", "us" and "our" name it)."""
    text = _without_asides(_without_description(text))
    cargo = _CARGO_LISTED.match(text) is not None or _DEAL_LISTED.match(text) is not None or \
        _PACKAGE_LISTED.match(text) is not None
    if not (knowledge.cues["any"].search(text) or cue.code_cues(text) or cargo or _FIGURE_WORD.search(text)
            or cue.THERE_ARE.search(text) or names_a_satellite(text) or AGREED_WORD.search(text)
            or TALLY_WORDS.search(text) or names_production(text, knowledge) or _counted_item(text, knowledge)
            or _ARRIVES.search(text)) or \
            _QUESTION.search(text) or _CLAIM_LABEL.match(text):
        return [], None  # a question, or the claim a fact-check examines ("Claim 2: \"Russia has given ...\"")
    speakers = first_person(text, speaker, knowledge)
    named = _named(text, knowledge) or bool(speakers)
    if not named and not (_DIGIT.search(text) or _NUMBER_WORD.search(text) or
                          knowledge.cues["agreement_nouns"].search(text) or cargo):
        return [], None
    triggers = cue.find_triggers(text, knowledge)
    attribution = _attribution(text, triggers, knowledge)
    first_cue = min((t.start for t in triggers), default=len(text))
    mentions = _party_mentions(text, attribution, knowledge, first_cue, speakers) if named else []
    runners = _runners_up_named(text, mentions)
    if runners:  # the ranked states have facts of their own, like the first one's (`_runners_up`)
        mentions = [m for m in mentions if m.start < runners[0][0].start]
    clauses, gapped = _sentence_clauses(text, published, knowledge, attribution, mentions, triggers)
    drafts, unread = _clause_drafts_with_gaps(text, clauses, gapped, mentions, knowledge)
    if unread:  # a gapped conjunct with no counted fact before it to repeat: the sentence read without that cut
        kept = [g for g in gapped if g not in unread]
        clauses, _ = _sentence_clauses(text, published, knowledge, attribution, mentions, triggers, kept)
        drafts, _ = _clause_drafts_with_gaps(text, clauses, kept, mentions, knowledge)
    drafts += relayed(text, mentions, drafts)  # "..., which then sent it on to Kyiv": the receivers gave too
    return drafts + _runners_up(text, runners, drafts), attribution


# The suppliers ranked after the first one: "..., followed by China with $267 million and India with $51 million",
# "..., followed by Germany at 12 percent and Poland at 11 percent"
_RUNNERS_UP_START = screened(r"(?i),?\s+followed\s+by\s+")
_RUNNER_UP_GAP = screened(r"^(?:\s*,\s*(?:and\s+)?|\s*\band\s+)(?:the\s+)?$")
_SHARE_AFTER = screened(r"(?i)\s+(?:with|at)\s+(?:about\s+|around\s+|some\s+)?(?:US)?\$?\s?[\d.,]+\s*"
                        r"(?:million|billion|bn|m|per\s*cent|percent|%)?")
# the troops of a contributor ranked after the first: "..., followed by Nepal at about 800 and Spain with 650"
_HEADCOUNT_AFTER = screened(r"(?i)\s+(?:with|at)\s+(?:[a-z]+\s+){0,2}?[\d][\d,]*\b")


def _runners_up_named(text: str, mentions: list[Mention]) -> list[tuple[Mention, re.Match]]:
    """The states ranked after the first after "followed by", each with its share or number ("..., followed by
    France with 33 percent and Germany at 12 percent"), and the match of that share; none when the first state
    ranked after it has none."""
    followed = _RUNNERS_UP_START.search(text)
    if followed is None:
        return []
    found: list[tuple[Mention, re.Match]] = []
    last = followed.end()
    for m in mentions:
        if m.start < followed.end():
            continue
        share = _SHARE_AFTER.match(text, m.end) or _HEADCOUNT_AFTER.match(text, m.end)
        if share is None or (found and not _RUNNER_UP_GAP.match(text[last:m.start])):
            break
        found.append((m, share))
        last = share.end()
    return found


def _runners_up(text: str, runners: list[tuple[Mention, re.Match]], drafts: list[Draft]) -> list[Draft]:
    """"Russia supplied 36 percent of India's arms imports, followed by France with 33 percent": each state ranked
    after the first supplier gives to the same receiver (with its amount of money, when it is money); "Ghana has
    the largest contingent, with 870 troops, followed by Nepal at about 800": each state ranked after the first
    contributor sends its own number of troops to the same place."""
    base = next((d for d in drafts if d.kind in (Kind.ARMS_TRANSFER, Kind.TROOP_DEPLOYMENT) and d.giver and
                 (d.taker or d.kind == Kind.TROOP_DEPLOYMENT)), None)
    if base is None:
        return []
    found = []
    for m, share in runners:
        if m.code in (base.taker, base.giver):
            break
        if base.kind == Kind.TROOP_DEPLOYMENT:
            counts = find_counts(text[m.end:share.end()])
            amount = quantity(counts[0], base.quantity[1] if base.quantity else "troops") if counts else None
        else:
            money = find_money(text, m.end, share.end())
            amount = quantity(money[0], money_unit(text, money[0])) if money else None
        found.append(replace(base, giver=m.code, giver_party=m.party, more_givers=(), quantity=amount))
    return found


# A clause joined to the one before it: "..., while Sweden pledged ...", "...; and Norway sent ..."
_JOINED_CLAUSE = screened(r"(?i)^[,;\s]*(?:and|while|whereas|but|as)\s")


def _receiver_of_the_clause_before(clause: Clause, found: list[Draft], earlier: list[Draft]) -> list[Draft]:
    """"Denmark gave Ukraine 19 howitzers, while Sweden pledged 50 vehicles": a giver with no receiver in a clause
    joined to the one before gives to the receiver of the sentence's last fact of the same kind (another giver's)."""
    if not earlier or not _JOINED_CLAUSE.match(clause.body):
        return found
    shared = []
    for d in found:
        last = next((e for e in reversed(earlier) if e.kind == d.kind and e.taker is not None), None)
        if d.giver is not None and d.taker is None and not d.continuation and last is not None and \
                d.kind in (Kind.ARMS_TRANSFER, Kind.TROOP_DEPLOYMENT) and last.giver != d.giver and \
                last.taker != d.giver:
            d = replace(d, taker=last.taker, taker_party=last.taker_party)
        shared.append(d)
    return shared


def _clause_drafts_with_gaps(text: str, clauses: list[Clause], gapped: list[Gapped], mentions: list[Mention],
                             knowledge: Knowledge) -> tuple[list[Draft], list[Gapped]]:
    """The drafts of a sentence's clauses, a gapped conjunct's being copies of the clause before it, and the
    gapped conjuncts that found nothing to copy."""
    drafts: list[Draft] = []
    unread: list[Gapped] = []
    full, before = None, []  # the last clause with a verb of its own, and its drafts
    for clause in clauses:
        conjunct = next((g for g in gapped if g.start == clause.start), None)
        if conjunct is None or full is None:
            full, before = clause, _receiver_of_the_clause_before(clause, clause_drafts(clause, knowledge), drafts)
            drafts += before
            continue
        subject = next((m for m in full.mentions if not full.triggers or m.start < full.triggers[0].start), None)
        receiver = shared_receiver(conjunct, mentions, text)
        copies = gapped_drafts(conjunct, before, subject, receiver, text, clause.periods, knowledge)
        if not copies:
            unread.append(conjunct)
        drafts += copies
        if receiver is not None and copies:  # "... and Berlin 40 Marders to Ukraine": the clauses before go there
            drafts = [replace(d, taker=receiver.code, taker_party=receiver.party)
                      if d in before and d.taker is None and d.giver != receiver.code else d for d in drafts]
    return drafts, unread
