"""States and non-state parties named in a sentence, and their context.

A state is named by its name, demonym, capital, government, leader or a place in it; a non-state party
(data/parties.yaml: "Wagner", "the Houthis") counts as a mention of its base state that carries the party's id.
Mentions that cannot be a party to a fact are left out: battlefields and targets ("war in Ukraine"), and
observers and sanctioning states ("Seoul spotted ...", "sanctioned by the US", "the US will boost sanctions"), and
places where an institution sits ("a Washington think tank", "Russian state media").
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.knowledge import Knowledge
from kg.extract.memo import per_text
from kg.extract.screened import screened

_POSSESSIVE = screened(r"^(?:'s|’s|')(?!\w)")
# A firm named by the city it is in ("an Almaty company", "Istanbul-based entities", "Dubai trading houses")
_FIRM_AFTER = screened(r"(?i)(?:-based)?\s+(?:(?!(?:and|or|its|their|other)\b)[\w-]+\s+){0,2}?"
                       r"(?:compan(?:y|ies)|firms?|distributors?|traders?|"
                       r"trading\s+(?:houses?|compan(?:y|ies)|firms?)|entit(?:y|ies)|suppliers?|exporters?|"
                       r"wholesalers?|brokers?|intermediar(?:y|ies)|front\s+compan(?:y|ies))\b")
_WORD = screened(r"[\w'’-]+")
_BEFORE_NAME = screened(r"(?i)(?:\s+(?:the|occupied|eastern|southern|northern|western))+$")
_PLACE_NOUNS = {"port", "ports", "harbour", "harbor", "city", "town", "region", "province", "oblast", "base",
                "airbase", "airfield", "border", "territory", "island", "capital"}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "neighbouring", "neighboring", "ally", "allied",
                # adjectives of a buyer ("to a sanctioned Russian drone maker")
                "sanctioned", "blacklisted", "designated", "state-owned", "state-run", "private", "major", "leading",
                "key", "main",
                # adjectives of what a seller's forces no longer need ("from surplus German army stocks")
                "surplus", "former", "retired", "decommissioned",
                # a monarchy's forces ("to the Royal Thai Navy", "by the Royal Saudi Air Force")
                "royal",
                # a new unit ("destined for a newly formed Somali army brigade")
                "new", "newly", "formed", "newly-formed", "created", "newly-created"}
# The part of a country a transfer goes to ("to eastern Libya", "into occupied Ukraine"); not after "in" or "from",
# where the part may be a place or a people ("a judge in southern Italy", "fighters from eastern Sudan").
_AREAS = {"eastern", "western", "northern", "southern", "central", "north-eastern", "south-eastern", "north-western",
          "south-western", "northeastern", "southeastern", "northwestern", "southwestern", "occupied"}


@dataclass(frozen=True)
class Mention:
    code: str
    start: int  # offsets in the sentence
    end: int
    role: str  # names | demonyms | capitals | metonyms | leaders | places
    possessive: bool
    before: str  # the word before the mention, lower-cased, determiners skipped ("" at the start)
    party: str | None = None  # the id of a non-state party (data/parties.yaml); `code` is then its base state


_NEXT_WORDS = screened(r"((?:\s+(?:has|have|had|will|would|also|previously|recently|now|then|again|later|"
                       r"boost|impose|imposed|announced|new|further|more|\w+ly))*)\s+")


# Names coordinated after a mention ("the United States, Britain and the European Union have sanctioned ..."),
# and a noun for the state's agents, after a possessive and a name too ("Yemeni coast guard seized ...", "Yemen's
# National Resistance Forces stopped ...", "Somali pirates hijacked ..."): the verb after them is the mention's too.
_MORE_NAMES = screened(r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
                       r"[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,3})*")
_AGENTS = screened(r"(?i)(?:(?:['’]s)?(?:\s+(?-i:[A-Z])[\w-]*){0,3}?\s+(?:naval forces|coalition forces|"
                   r"security forces|forces|force|troops|navy|coast ?guard|customs|authorities|police|border guards?|"
                   r"pirates|hijackers|gunmen|marines|commandos|sailors|warships?|frigates?|destroyers?|"
                   r"military|army|officials|agents|"
                   r"(?:intelligence\s+)?agencies|(?:intelligence\s+)?agency|investigators|prosecutors|monitors|"
                   r"treasury(?: department)?|state department|commerce department|justice department|government|"
                   r"(?:(?:foreign|defen[cs]e|interior)\s+)?ministry|"
                   # an office of government named in capitals ("China's Taiwan Affairs Office condemned ...")
                   r"(?-i:Office|Ministry|Council|Committee|Commission|Administration|Bureau)))?")
# A source named with "by" after a report noun ("reports by South Korea, Ukraine and the United States that ...").
_SOURCE_BY = screened(r"(?i)\b(?:reports?|reporting|assessments?|estimates?|claims?|statements?|findings|accounts?|"
                      r"analys[ie]s|stud(?:y|ies)|figures|data|allegations?|accusations?|intelligence)\s+"
                      r"(?:[\w’'-]+\s+)?by\s+(?:the\s+)?$"
                      # ... or who called a meeting or drafted a text ("a session requested by France and Japan")
                      r"|\b(?:requested|convened|called|sponsored|co-sponsored|drafted|tabled|put forward)\s+by\s+"
                      r"(?:the\s+)?$"
                      # ... or who accuses or warns ("accused by the United States and Saudi Arabia of supplying",
                      # "warnings from Britain, France and Germany")
                      r"|\b(?:accused|critici[sz]ed|condemned|blamed|warned)\s+by\s+(?:the\s+)?$"
                      r"|\b(?:warnings?|criticism|condemnation|protests?|objections?)\s+(?:\w+\s+)?from\s+"
                      r"(?:the\s+)?$")
# Police sent abroad, no institution at home: "Kenyan police officers landed in Haiti", "Rwandan police arrive"
_POLICE_SENT = screened(r"(?i)\s+police(?:\s+officers|\s+units?|\s+contingents?)?"
                        r"(?:\s+of\s+the\s+(?:[\w-]+\s+){0,4}?(?:mission|force))?\s+(?:(?:have|has|had|were|was|are|is|"
                        r"will|would|to)\s+)?(?:\w+ly\s+)?(?:be\s+|been\s+)?(?:landed|land|lands|arrived|arrive|"
                        r"arrives|deployed|deploy|sent|dispatched)\b")
# A compass or region word before a demonym makes a region's adjective ("South American", "Latin American").
_REGION_BEFORE = screened(r"\b(?:South|North|Latin|Central|East|West|Southeast|Sub-Saharan)[\s-]+$")
# The words between two coordinated names ("Japan, France and the United States"); roles.py uses it too.
COORDINATED = screened(r"^(?:'s|’s)?\s*(?:,\s*|\s+and\s+|,\s*and\s+|\s+as well as\s+)(?:the\s+)?$")


# A demonym before what is attacked is a target ("fired at Kyiv and other Ukrainian cities", "struck Ukrainian
# power plants"), never a party.
_TARGET_AFTER = screened(r"(?i)\s+(?:(?:civilian|residential|military|energy|critical|port|frontline|front-line)\s+)?"
                         r"(?:cities|city|towns?|villages?|civilians|targets?|infrastructure|power (?:plants?|"
                         r"stations?|grid)|energy (?:facilities|infrastructure|grid)|grid|positions|trenches|"
                         r"neighbourhoods|neighborhoods|apartment blocks?|homes)\b")
_SEA_OF = screened(r"(?:Sea|Gulf|Strait|Straits|Bay)\s+of\s+(?:the\s+)?$")  # "the Sea of Japan" is a sea
# The ends of a stretch of places ("allies from Warsaw to Vilnius", "capitals from Lisbon to Helsinki"): no parties.
# ... and a heading that opens with one ("From Cairo to Windhoek: ...")
_STRETCH = screened(r"(?:^(?:From|from)\s+(?=[^:]{0,40}:)|(?i:\b(?:allies|capitals|countries|states|governments|"
                    r"partners|nations|members|neighbou?rs|cities|leaders|armies)\s+(?:all\s+the\s+way\s+)?from\s+))"
                    r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+to\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)")


# Arms of a state's forces ("J-10C fighters of the Pakistan Air Force shot down ..."): the arms act, the state
# owns them and observes nothing.
_ARMS_OF = screened(r"(?i)\b(?:fighters|jets|aircraft|helicopters|drones|warships|ships|frigates|batteries|"
                    r"launchers|systems|missiles|interceptors|guns)\s+of\s+(?:the\s+)?$")


def observes(text: str, end: int, knowledge: Knowledge) -> bool:
    """True when the mention is the subject of a verb that makes it an observer, an interdictor or a sanctioning
    state ("Seoul spotted", "the US will boost sanctions", "Yemeni forces seized", "the US, Britain and the EU
    have sanctioned"), with only coordinated names, an agent noun, auxiliaries and adverbs in between."""
    after = _AGENTS.match(text, _MORE_NAMES.match(text, end).end()).end()
    following = _NEXT_WORDS.match(text, after)
    return bool(following and knowledge.cues["observer_verbs"].match(text, following.end()))


def _sources_by(text: str, raw: list[tuple]) -> set[int]:
    """Starts of mentions that name who reports, after "reports by" and coordinated with such a mention."""
    found: set[int] = set()
    previous = None
    for start, end, *_ in raw:
        if _SOURCE_BY.search(text, max(0, start - 50), start) or \
                (previous is not None and previous[0] in found and COORDINATED.match(text[previous[1]:start])):
            found.add(start)
        previous = (start, end)
    return found


def word_before(text: str, start: int) -> str:
    """The word before a mention, skipping determiners and place nouns ("to the port of Dunai": "to")."""
    words = [w.lower() for w in _WORD.findall(text[max(0, start - 60):start])]
    while words:
        if words[-1] in _DETERMINERS or (words[-1] in _AREAS and len(words) > 1 and words[-2] in ("to", "into")):
            words.pop()
        elif words[-1] == "of" and len(words) > 1 and words[-2] in _PLACE_NOUNS:
            island = words[-2] == "island"
            del words[-2:]
            while island and words and words[-1] in _DETERMINERS:
                words.pop()
            if island and words and words[-1] == "on":
                words[-1] = "in"  # "stationed on the island of Taiwan": in it
        else:
            break
    return words[-1] if words else ""


def _excluded(text: str, start: int, excluded_ends: set[int]) -> bool:
    """True when the words before the mention make it a battlefield or a target ("war in Ukraine")."""
    begin = max(0, start - 40)
    window = _BEFORE_NAME.sub("", text[begin:start].rstrip())
    return begin + len(window) in excluded_ends


# "the South Korean company Hanwha Aerospace": a capitalised word (a demonym) before the noun names the firm's state
_FIRM_BEFORE = screened(r"\b[A-Z][\w’'-]*\s+(?:company|firm|group|manufacturer|maker|shipbuilder|shipyard|"
                        r"conglomerate)\s+$")


# Two capitalised words of a person's name right before a one-word party alias ("Maria Ana Wagner")
# (a state's name or demonym among them is no person: "Russian Wagner", checked against the state names)
_PERSON_BEFORE = screened(r"(?<![\w’'-])(?!(?:The|A|An|In|On|At|By|For|From|With|After|Before|When|While|Since|"
                          r"Under|PMC|Group|Groupe|Private|Military|Company)\b)"
                          r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?\s+[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?\s+$")


def _raw_mentions(text: str, knowledge: Knowledge):
    """(start, end, code, role, party) of every state and party name, in order, parties winning overlaps."""
    parties = []
    for match in knowledge.parties.finditer(text):
        found = knowledge.party_of(match.group())
        if found and found[0] in knowledge.companies and _FIRM_BEFORE.search(text, max(0, match.start() - 40),
                                                                             match.start()):
            continue  # "the South Korean company Hyundai Rotem": the demonym before it names the state
        person = _PERSON_BEFORE.search(text, max(0, match.start() - 60), match.start()) \
            if " " not in match.group().strip() else None
        if found and person is not None and not knowledge.states.search(text, person.start(), person.end()):
            continue  # "the foreign minister Maria Ana Wagner": a person's surname, not the group
        if found:
            end = match.end() - (2 if match.group().endswith(("'s", "’s")) else 0)
            # a firm before its staff names where they come from, as a demonym does ("Baykar technicians")
            role = "demonyms" if found[0] in knowledge.companies and knowledge.cues["experts_after"].match(
                text, end) else "names"
            parties.append((match.start(), end, found[1], role, found[0]))
    states = []
    for match in knowledge.states.finditer(text):
        found = knowledge.state_of(match)
        if found and not any(a < match.end() and match.start() < b for a, b, *_ in parties):
            states.append((match.start(), match.end(), *found, None))
    return sorted(parties + states)


# "stationed across Libya": where troops are posted, not a battlefield ("attacks across Ukraine")
_POSTED = screened(r"(?i)\b(?:stationed|deployed|based|posted|positioned|spread)\s+(?:\w+\s+)?$")


# A currency named by its state ("367 million US dollars", "Hong Kong dollars", "Indian rupees"): money, no party.
# After a name only "dollars", since other currency words are verbs too ("Israel pounds Gaza").
_DOLLARS_AFTER = screened(r"(?i)\s+dollars?\b")
_CURRENCY_AFTER = screened(r"(?i)\s+(?:dollars?|euros?|pounds?|roubles?|rubles?|rupees?|yuan|renminbi|yen|francs?|"
                           r"lira|liras|riyals?|dirhams?|dinars?|pesos?|reais|zlotys?|kron(?:a|e|or|er)|shekels?|"
                           r"tenge|hryvnias?|manats?|drams?|lari|ringgits?|rupiah|baht|dong|nairas?)\b")


def _currency(text: str, end: int, role: str) -> bool:
    return bool((_CURRENCY_AFTER if role == "demonyms" else _DOLLARS_AFTER).match(text, end))


@per_text
def find_states(text: str, knowledge: Knowledge) -> list[Mention]:
    """State and party mentions in `text` that can be a party to a fact (battlefields, targets, observers,
    interdictors, sanctioning states and sources named after "reports by" left out)."""
    mentions = []
    excluded_ends: set[int] | None = None
    raw = _raw_mentions(text, knowledge)
    sources = _sources_by(text, raw) if raw else set()
    stretches = [(m.start(i), m.end(i)) for m in _STRETCH.finditer(text) for i in (1, 2)] if raw else []
    excluded_city = -1  # where the last city left out as a target ends
    for start, end, code, role, party in raw:
        firm = role in ("capitals", "places", "firm_places") and _FIRM_AFTER.match(text, end) is not None
        if firm:
            role = "names"  # "an Almaty company", "Istanbul-based entities": the firm stands for its state
        elif role == "firm_places":
            continue  # "built in Istanbul": a city that names its state only as a firm's seat
        if excluded_ends is None:
            excluded_ends = {m.end() for m in knowledge.cues["excluded_before"].finditer(text)
                             if not (m.group().lower() == "across" and _POSTED.search(text, max(0, m.start() - 30),
                                                                                      m.start()))}
        # "South American", "South America": a region (whole names such as "South Sudan" match whole)
        if role in ("demonyms", "names") and _REGION_BEFORE.search(text, max(0, start - 14), start) or \
                role == "demonyms" and _TARGET_AFTER.match(text, end):
            continue
        if text.startswith("$", end) or _currency(text, end, role) or start in sources or \
                _SEA_OF.search(text, max(0, start - 12), start) or \
                any(a <= start < b for a, b in stretches) or \
                _excluded(text, start, excluded_ends) or \
                (observes(text, end, knowledge) and not _ARMS_OF.search(text, max(0, start - 40), start)) or \
                (knowledge.cues["institution_after"].match(text, end) and not _POLICE_SENT.match(text, end)
                 and not firm):
            if role in ("capitals", "places") and _excluded(text, start, excluded_ends):
                excluded_city = end
            continue
        if role in ("capitals", "places") and excluded_city >= 0 and COORDINATED.match(text[excluded_city:start]):
            excluded_city = end  # "strikes on Kharkiv and Kyiv": the cities a target is coordinated with are targets
            continue
        possessive = bool(_POSSESSIVE.match(text[end:end + 3]))
        mentions.append(Mention(code, start, end, role, possessive, word_before(text, start), party))
    return mentions

