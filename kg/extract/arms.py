"""Arms and technology drafts of one clause: one per item named near a transfer, use or technology cue.

- The cue of an item is the last one before it, else one right after it ("drones supplied by Iran"); an item in
  an "in addition to ..." phrase before the verb shares the verb's cue.
- An item that is made rather than handed over ("help North Korea produce drones", "technology to help it
  launch satellites") takes a technology cue and gives a technology transfer.
- Use implies transfer: "Russia fired North Korean-made missiles" gives a transfer from the state that made the
  item to its user; without a named origin the use cue gives nothing and the next cue is tried.
- "In exchange for" turns the sides round: what is paid with goes the other way; arms "for its shells" are no
  transfer of the shells.
- Facts that come with an item's main fact (a re-export, the whole of an order, a shipment named in a relative
  clause) are made in `kg.extract.linked`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract import cues as cue, linked
from kg.extract.categories import JOINED, Item, find_items
from kg.extract.drafts import (EXCHANGE, FIGURE_PUT, TAKING_TO, Clause, Draft, count_before, draft, paid_with, period, quantity,
                               total_after, unit, weight_unit)
from kg.extract.knowledge import Knowledge
from kg.extract.patterns import literal_trie
from kg.extract.quantities import NUMBER_WORDS, find_money, money_unit, share_before, share_in
from kg.extract.roles import OPENS_FACTORY, SERVICE_GAP, Sides, Trigger, assign_sides
from kg.extract.screened import screened
from kg.extract.states import COORDINATED, Mention
from kg.model import Category, Kind, Qualifier, Status

_TECHNOLOGY_AFTER = screened(r"(?i)(?:[-\s]related)?\s+(?:technology|technologies|know-how|production)\b")
_EXPERIENCE_WITH = screened(r"(?i)\b(?:experience|expertise|lessons|knowledge)\s+(?:[\w’'-]+\s+){0,2}?"
                            r"(?:with|of|on|about|in)\s+(?:[\w’'-]+\s+){0,2}$")
_AFTER_BREAK = screened(r"\band\b|\bor\b|\bbut\b|[;:]|,(?!\s*(?:which|that|\w+ly)?\s*(?:were|was|are|is|been|"
                        r"as having|had been|have been|\w+ed\b|sent|sold))", re.IGNORECASE)
_IN_ADDITION = screened(r"(?i)\b(?:in addition to|besides|apart from|along with|together with|aside from)\s+"
                        r"(?:[\w’'-]+\s+){0,3}$")
_USE = ("use", "remains", "sighted")  # cue types whose giver is the maker of the item
_DEPLOYED = screened(r"^\s+(?:of\s+)?(?:[\w’'-]+\s+){0,3}$")  # "the deployment of tactical nuclear weapons"
_TOTAL_COUNT = screened(r"(?i)\btotal\s+(?:[\w’'-]+\s+){0,4}?(?:to|of|at|reached|reaching)\s+$|"
                        # an earlier figure for the same item ("up from its previous estimate of roughly 10 million")
                        r"\bup\s+from\s+(?:(?:its|the|an?|their)\s+)?(?:(?:previous|earlier|prior|last)\s+)?"
                        r"(?:(?:estimate|figure|assessment|count|tally)\s+of\s+)?$|"
                        # "a report put their number at around 180,000", "bringing the total to 3,000"
                        + FIGURE_PUT + "|" + TAKING_TO)
# A count of what was handed over, seen after it ("..., adding that at least four of them were photographed").
_OF_THEM_SEEN = screened(r"(?i)\s+of\s+(?:them|which)\s+(?:were|have\s+been|had\s+been|was|are)\s+(?:\w+ly\s+)?"
                         r"(?:photographed|spotted|seen|filmed|identified|observed|confirmed|sighted|delivered|"
                         r"counted|recorded|imaged|pictured)\b")
# Between two coordinated items: a comma or a conjunction, then at most five words ("about 20 of the North's"); or the
# "for" / "of" of a part and what it is part of ("engines for drones").
# Between two items of one list: a connector and up to five words ("..., as well as an unspecified number of"),
# after an optional short modifier of the first item ("guns of 170 mm calibre, as well as ..."); a count among the words
# may hold commas ("3,000 rifles, some 578,000 rounds").
_LIST_GAP = screened(r"(?i)^(?:\s+(?:of|with)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+(?=\s*,))?"
                     r"(?:(?:\s*,\s*(?:and\s+|or\s+|as\s+well\s+as\s+)?|\s+(?:and|or|plus|as well as)\s+)"
                     r"(?:\d{1,3}(?:,\d{3})+\s+|[\w’'-]+\s+){0,5}|\s+(?:for|of)\s+)$")
_LIST_BREAK = screened(r"(?i);|\bas well as\b")
_PHRASE_BREAK = screened(r"(?i),(?!\d{3}\b)|;|\bas well as\b|\band\b|\bwhile\b")  # not the comma of "6,000"


def _technology_object(item: Item, triggers: list[Trigger], text: str) -> bool:
    """True when the item is what handed technology is for ("technology to help it launch satellites")."""
    before = [t for t in triggers if t.type.startswith("technology-object") and t.end <= item.start]
    return bool(before) and not _PHRASE_BREAK.search(text, before[-1].end, item.start)


_IN_THE_USE = screened(r"(?i)\b(?:in|on|to)\s+(?:the\s+)?(?:use|using|operate|operating|operation|handling|handle|"
                       r"maintenance|maintaining|maintain|launching|launch|flying|fly|firing|fire)\b(?:\s+of)?")
_TRAINING_CUE = screened(r"(?i)" + cue.TRAIN_VERB)
_TRAINING_DONE_CUE = screened(r"(?i)(?:completed|underwent|undergone|finished|passed|did|attended|received)\b.*"
                              r"\b(?:training|courses?|conversion)\b|\blearn")


def _trained_in(item: Item, triggers: list[Trigger], text: str) -> bool:
    """True when the item is what people are trained to use ("trained Houthi crews in the use of drones")."""
    training = [t for t in triggers if t.type == "technology" and _TRAINING_CUE.match(t.text) and t.end <= item.start]
    if not training:
        return False
    use = _IN_THE_USE.search(text, training[-1].end, item.start)
    return use is not None and not re.search(r"[;:]", text[training[-1].end:item.start])


_PASSIVE_GAP = screened(r"(?i)(?:\s+[\w’'-]+){0,2}?\s+(?:(?:has|have|had)\s+been|were|was|are|is|being|been|be)\s+"
                        r"(?:\w+ly\s+|now\s+)?")
_NAME_TAIL = screened(r"[\w’'-]*")
_TO_AFTER = screened(r"(?i)\s+(?:to|into)\b")
_IN_AFTER = screened(r"(?i)\s+(?:\w+ly\s+)?(?:in|on)\b")
_HEADED = {"headed for", "headed to", "bound for", "destined for"}
_NEXT_TO = screened(r"(?:\s+[\w’'-]+){0,2}?\s+")
_FLEW = screened(r"(?i)flown|flew|fly|flies")
# Travel cues that name a route also fit people ("the minister, travelling from Moscow"): they move an item only
# when it comes first ("missiles on a speedboat travelling from Iran towards Yemen").
_TRAVEL = screened(r"(?i)^(?:travell?ing|traveled|travelled|sailing|head(?:ed|ing))\s")


_DUTY_GAP = screened(r"(?i)(?:\s+[\w’'-]+){0,5}?\s+(?:(?:is|are|was|were|has|have|had)\s+(?:been\s+)?)?"
                     r"(?:now\s+|placed\s+|put\s+)?|\s*")


def _moved_to(item: Item, trigger: Trigger, text: str) -> bool:
    """True for a deployment cue in the passive right after the item, with where it went ("two Pantsir systems
    were moved to Pyongyang"; not "drones were deployed in Ukraine", a use)."""
    if trigger.start < item.end:
        return False
    if trigger.text.lower() in _HEADED and _NEXT_TO.fullmatch(text, item.end, trigger.start):
        return True  # "Iranian weapons headed for the Houthis"
    if "combat duty" in trigger.text.lower() and _DUTY_GAP.fullmatch(text, item.end, trigger.start):
        return True  # "Russia's Oreshnik system is now on combat duty in Belarus": it stands where it went
    return bool(_PASSIVE_GAP.fullmatch(text, _past_name(item, text), trigger.start)) and \
        (trigger.text.lower().endswith(" to") or bool(_TO_AFTER.match(text, trigger.end))
         # arms stationed somewhere stand there ("Russian missiles will be stationed in Belarus")
         or trigger.text.lower() == "stationed" and bool(_IN_AFTER.match(text, trigger.end)))


def _past_name(item: Item, text: str) -> int:
    """Where the item's name ends, past the model's suffix ("Pantsir-S1 systems", "Hwasong-11")."""
    return item.end + len(_NAME_TAIL.match(text, item.end).group())


# What arriving troops bring ("instructors landed in Niamey in April with an air-defence system").
_BROUGHT_WITH = screened(r"(?i)(?:\s+[\w’'-]+){0,6}?\s+(?:with|bringing|along\s+with)\s+(?!their\b|its\b|his\b)"
                         r"(?:(?:a|an|the|new)\s+)?(?:[\w’'-]+\s+){0,2}?")  # not their own kit ("with their rifles")


def _handing_cues(item: Item, triggers: list[Trigger], text: str) -> list[Trigger]:
    """The cues that can hand an item over: transfer cues when one comes before it (else help and training cues
    too); a deployment cue only right before its object ("the deployment of tactical nuclear weapons")."""
    usable = [t for t in triggers
              if t.type != "deploy" or _DEPLOYED.match(text[t.end:item.start]) or _moved_to(item, t, text)
              or _BROUGHT_WITH.fullmatch(text, t.end, item.start) or _ships_based(item, t, text)]
    transfers = [t for t in usable if not t.type.startswith("technology")]
    if any(t.start < item.start for t in transfers):
        return transfers
    return [t for t in usable if not t.type.startswith("technology-object")]


_INCLUDING_BEFORE = screened(r"(?i),\s*(?:including|among them|such as)\s+(?:[\w’'-]+\s+){0,6}?$")
_CLOSES_EXAMPLES = screened(r"(?i)[^,;:.]{0,60},\s*"
                            r"(?:(?:had|has|have|were|was|are|is|had been|have been|has been)\s+)?(?:\w+ly\s+)?")


def _trigger_for(item: Item, triggers: list[Trigger], text: str, produced: bool,
                 list_end: int | None = None) -> Trigger | None:
    """The cue an item goes with: a technology cue for an item that is produced, else the last transfer cue
    before it (past an "in addition to" phrase: the first after it), else one right after it, or right after the
    list the item opens (`list_end`: "missiles, radar parts and drones sent to ...")."""
    technology = [t for t in triggers if t.type.startswith("technology")]
    if produced and technology:
        return min(technology, key=lambda t: abs(t.start - item.start))
    usable = _handing_cues(item, triggers, text)
    itself = next((t for t in usable if (t.start, t.end) == (item.start, item.end) and t.type == "receive"), None)
    if itself is not None and not any(t.start < item.start for t in usable):
        return itself  # "drew 42 per cent of its imports from Russia": the imports are the share and the cue
    before = [t for t in usable if t.start < item.start and not _TRAVEL.match(t.text)]
    after = next((t for t in usable if t.start >= item.end), None)
    added = _IN_ADDITION.search(text, max(0, item.start - 60), item.start)
    if added and after:
        return after
    passed_on = next((t for t in usable if t.start >= item.end and t.type == "give"), None)
    if before and passed_on and _PASSED_ON_RELATIVE.fullmatch(text, item.end, passed_on.start) and \
            _TO_AFTER.match(text, passed_on.end):
        return passed_on  # "received Leopards as compensation for the T-72 tanks it sent to Ukraine"
    bought = next((t for t in usable if t.start >= item.end and t.type == "receive"), None)
    if before and bought and before[-1].type.startswith("technology") and \
            _PASSED_ON_RELATIVE.fullmatch(text, item.end, bought.start):
        return bought  # "pilots began training in France for the 12 Rafale fighters that Belgrade ordered"
    if before and not added:
        return before[-1]
    end = max(item.end, list_end or item.end)
    # the list's end, else the item's own (an aside names it again: "submarines, the Type 035G boats X and Y, were")
    if after and any(after.start - e <= 60 and not _breaks(text, e, after) for e in dict.fromkeys((end, item.end))):
        return after
    if after and _INCLUDING_BEFORE.search(text, max(0, item.start - 60), item.start) and \
            _CLOSES_EXAMPLES.fullmatch(text, end, after.start):
        return after  # "components from Chinese makers, including drone engines and gyroscopes, had reached ..."
    return before[-1] if before else None


# An aside between commas, then the verb's auxiliaries: the item before it is the verb's subject.
_ASIDE_BEFORE_VERB = screened(r"(?i)^\s*,(?:[^,;:]|(?<=\d),(?=\d{3})){1,60},\s*(?:(?:that|which)\s+)?"
                              r"(?:(?:has|have|had)\s+been\s+|(?:were|was|are|is)\s+(?:being\s+)?)?(?:\w+ly\s+)?$")
# A count set off after its noun: "the missiles, 40 in all,", "the shells, some 20,000 of them,".
_SET_OFF_COUNT = screened(r"^\s*,\s*$")
_PASSIVE_AND = screened(r"(?i)\s+(?:were|was|are|is|had been|have been|has been)\s+\w+(?:\s+[\w’'-]+){0,5}?"
                        r"\s+and\s+")
_SET_OFF_END = screened(r"(?i)(?:\s+(?:in all|in total|altogether|of them|all told))?\s*,")


# An object relative clause after the item, its subject a state ("launchers, which Russia supplied", "the drones that
# Iran has sent"): the subject gives the item.
_OBJECT_RELATIVE = screened(r"(?i)\s*,?\s+(?:which|that)\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?:has\s+|have\s+|had\s+)?"
                            r"(?:\w+ly\s+)?")
_TO_AFTER = screened(r"\s+to\b")
_TO_TAKER = screened(r"(?i)(?:\s+[\w-]+)?\s+to\s+(?:the\s+)?")  # "sent to Ukraine", "ships to Russian units"
# What goods are given in return for: the goods named after it have sides of their own ("gave the Czech Republic
# 14 Leopards to replace T-72s that Prague had sent to Ukraine").
_REPLACES = screened(r"(?i)\b(?:to\s+replace|replacing|as\s+compensation\s+for|in\s+(?:exchange|return)\s+for|"
                     r"to\s+make\s+up\s+for|to\s+backfill)\b")
# A relative clause that hands the item on after another cue took it in ("received Leopards as compensation for the
# T-72 tanks it sent to Ukraine", "to replace T-72s that Prague had already sent to Ukraine", "the M-84 tanks Zagreb
# is sending to Ukraine"): the item goes with the relative's verb, its subject (or the clause's, for "it") giving.
_PASSED_ON_RELATIVE = screened(r"\s+(?:(?:which|that)\s+)?(?P<subject>it|they|(?-i:[A-Z][\w’'.-]*)"
                               r"(?:\s+(?-i:[A-Z][\w’'.-]*)){0,2})\s+(?:has\s+|have\s+|had\s+|is\s+|are\s+|"
                               r"was\s+|were\s+)?(?:(?:already|also|just|previously|since|\w+ly)\s+)?$")


_SUBJECT_AND = screened(r"(?i)\s+(?:and|or)\s+(?:[\w’'-]+\s+){0,2}?(?:parts|components|spares|ammunition|munitions|"
                        r"equipment|materiel)\s+(?:(?:have|has|had|continue|continues|continued|also|still|now|were|"
                        r"was|are|is|been)\s+){0,3}(?:to\s+)?")


def _breaks(text: str, end: int, after: Trigger) -> bool:
    """True when a break stands between an item and the cue after it; the lookahead of a comma sees the cue
    itself (", fired by Russian forces" does not break)."""
    found = _AFTER_BREAK.search(text, end, after.end)
    if found is not None and found.start() < after.start and _ASIDE_BEFORE_VERB.match(text[end:after.start]):
        return False  # "the missiles, 40 in all, were shipped", "the drones, the report says, were flown"
    if _PASSIVE_AND.fullmatch(text, end, after.start):
        return False  # "the shells were made in North Korea and delivered to Russia": one subject, two verbs
    if _SUBJECT_AND.fullmatch(text, end, after.start):
        return False  # "Iranian-origin weapons and parts continue to reach the Houthis": one subject of two nouns
    if _OBJECT_RELATIVE.fullmatch(text, end, after.start):
        return False  # "Belarusian Iskander-M launchers, which Russia supplied in 2023, ...": the item is its object
    return found is not None and found.start() < after.start


# Help with a list of arms: the item is in the list ("help on missiles, radars and air defence").
_HELP_ON_LIST = screened(r"(?i)\b(?:help|assistance|support)\s+(?:on|with)\s+"
                         r"(?:[\w-]+(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)){0,6}$")


def _produced(item: Item, clause: Clause, knowledge: Knowledge) -> bool:
    """True when the item is what gets made ("tools Russia uses to build missiles"), not what is handed over."""
    text = clause.text
    if _TECHNOLOGY_AFTER.match(text, item.end) or knowledge.cues["technology"].match(text, item.end):
        return True  # "drone technology", "missile-related technology"
    if _technology_object(item, clause.triggers, text) or _trained_in(item, clause.triggers, text):
        return True
    if _EXPERIENCE_WITH.search(text, max(0, item.start - 60), item.start):
        return True  # "data drawn from its battlefield experience with unmanned aircraft": about the item
    if _HELP_ON_LIST.search(text, max(0, item.start - 80), item.start):
        return True  # "giving Tehran help on missiles, electronics and air defence": help with them
    window = text[max(0, item.start - 45):item.start]
    produce = None
    for produce in knowledge.cues["produce"].finditer(window):
        pass
    if produce is None or len(window[produce.end():].split()) > 5 or _LIST_BREAK.search(window, produce.end()):
        return False
    if produce.group().lower().endswith("ed") and len(window[produce.end():].split()) <= 2 and \
            _COUNTED_BEFORE.search(window, 0, produce.start()):
        return False  # "took delivery of two refurbished submarines": a participle describing what is handed over
    if _OPERATING.match(produce.group()):  # "help them operate the jets"; "Nigeria and Togo operate the TB2" is use
        return _helped_to(text, item.start - len(window) + produce.start(), knowledge)
    return True


_OPERATING = screened(r"(?i)operate|fly\b")
# A count or determiner right before a participle ("two refurbished", "the upgraded", "12 modernised").
_COUNTED_BEFORE = screened(r"(?i)\b(?:the|its|their|several|some|more|\d[\d,]*|"
                           + literal_trie(NUMBER_WORDS)
                           + r")\s+(?:(?:used|second-hand|ex-[\w-]+)\s+)?$")
_TO_BEFORE = screened(r"(?i)\bto(?:\s+\w+\s+and)?\s+$")  # "trained to operate", "to build and operate"
# a hedge on the subject's own verb: "is also reported to", "are believed to", "was said to"
_HEDGED_TO = screened(r"(?i)\b(?:is|are|was|were)\s+(?:also\s+|\w+ly\s+)?(?:reported|said|believed|thought|"
                      r"understood|known|expected)\s+to\s+$")
_HELP_GAP = screened(r"(?:\s+[\w’'-]+){0,3}?(?:\s+\w+\s+and)?\s+")  # "helped North Korean crews operate"


def _helped_to(text: str, verb: int, knowledge: Knowledge) -> bool:
    """True when the verb at `verb` follows "to" or a help verb of cues.yaml `help` within three words: the
    operating is help given, not a state's own use."""
    if _TO_BEFORE.search(text, max(0, verb - 40), verb):
        return not _HEDGED_TO.search(text, max(0, verb - 60), verb)  # not "Togo is reported to operate the TB2"
    helps = knowledge.cues["help"].finditer(text, max(0, verb - 80), verb)
    return bool(helps) and bool(_HELP_GAP.fullmatch(text, helps[-1].end(), verb))


def clause_items(clause: Clause, knowledge: Knowledge) -> list[tuple[Item, bool]]:
    """Items of the clause with offsets into the sentence, each flagged when it is produced, not handed over."""
    items = [Item(i.text, i.category, i.start + clause.start, i.end + clause.start, i.generic, i.named)
             for i in find_items(clause.body, knowledge)]
    items = [i for i in items if not (clause.source[0] <= i.start < clause.source[1])]
    items = [i for i in items if not _platform_in_aside(clause, i)]
    return [(item, _produced(item, clause, knowledge)) for item in items]


# ", which were shown under the wing of a Serbian MiG-29": a relative clause after the goods, then a preposition
_ASIDE_PLATFORM = screened(r"(?i),\s*(?:which|that)\s+[^,;:]*?\b(?:of|under|on|onto|aboard|from|beneath|by)\s+"
                           r"(?:a|an|the|its|their)?\s*(?:[\w’'-]+\s+){0,2}$")


def _platform_in_aside(clause: Clause, item: Item) -> bool:
    """True for an item named after a preposition in a relative clause that moves nothing ("missiles, which were
    shown under the wing of a Serbian MiG-29"): the platform or place the goods were seen on, not goods moved."""
    aside = _ASIDE_PLATFORM.search(clause.text, max(clause.start, item.start - 90), item.start)
    return aside is not None and not any(aside.start() <= t.start < item.start for t in clause.triggers) and \
        any(t.end <= aside.start() for t in clause.triggers)


_NOUN_CUE = screened(r"(?i)\b(?:the|a|an|its|their)\s+(?:\w+\s+)?$")  # "the supply of", "a new delivery"
_ANAPHORIC = screened(r"(?i)\b(?:such|these|those|the same|similar)\s+(?:[\w’'-]+\s+){0,2}$")


# the subject right before its verb: "Russia has now", "Pakistan is reported to have", "Kenya's air force has",
# "Togo is also reported to operate"
_SUBJECT_GAP = screened(r"(?i)(?:'s|’s)?(?:(?:\s+[\w’'-]+){0,3}?\s+|"
                        r"\s+(?:is|are|was|were)\s+(?:also\s+|\w+ly\s+)?"
                        r"(?:reported|said|believed|thought|understood|known)\s+to\s+(?:have\s+(?:[\w’'-]+\s+)?)?)")


def _use_sides(clause: Clause, item: Item, trigger: Trigger, heads, knowledge: Knowledge) -> tuple[Trigger, Sides]:
    """A use cue without a named origin: the next transfer cue of the item; for "such missiles" the user
    alone (the document names the maker); for a named system, its maker to its user when they differ; else
    nothing."""
    others = [t for t in clause.triggers if t.type not in _USE and t.start != trigger.start]
    fallback = _trigger_for(item, others, clause.text, False)
    if fallback is not None:
        return fallback, assign_sides(clause.text, clause.mentions, fallback, heads, knowledge, clause.end)
    if _ANAPHORIC.search(clause.text, max(0, item.start - 40), item.start):
        receive = Trigger(trigger.start, trigger.end, trigger.text, "receive")
        sides = assign_sides(clause.text, clause.mentions, receive, heads, knowledge, clause.end)
        return trigger, Sides(None, sides.taker, False, taker_party=sides.taker_party)
    maker = knowledge.maker_of(item.text)
    user = next((m for m in reversed(clause.mentions) if m.end <= trigger.start), None)
    if maker is not None and user is not None and _SUBJECT_GAP.fullmatch(clause.text, user.end, trigger.start) \
            and user.code != maker and not knowledge.also_made_by(user.code, item.text):
        # "Russia has fired dozens of KN-23 missiles": the subject uses a named system it did not make; so does
        # each state coordinated with it ("Nigeria, Togo and Somalia all operate the TB2")
        listed = _listed_before(clause, user)
        more = tuple(dict.fromkeys(m.code for m in listed if m.code not in (maker, user.code)))
        return trigger, Sides(maker, user.code, False, more_takers=more, taker_party=user.party)
    in_service = trigger.text.lower().endswith((" with", " of", " by"))
    served = next((m for m in clause.mentions if in_service and m.start >= trigger.end
                   and SERVICE_GAP.fullmatch(clause.text, trigger.end, m.start)), None)
    if maker is not None and served is not None and served.code != maker:
        # "TB2 drones now fly with the air forces of Mali, Burkina Faso and Niger": the maker gave them to each
        joined = []  # the run of states coordinated with it ("of Azerbaijan and Pakistan as well as by ...")
        for m in (m for m in clause.mentions if m.start > served.start):
            if not COORDINATED.match(clause.text[(joined[-1] if joined else served).end:m.start]):
                break
            joined.append(m)
        more = tuple(dict.fromkeys(m.code for m in joined if m.code not in (maker, served.code)))
        return trigger, Sides(maker, served.code, False, more_takers=more, taker_party=served.party)
    return trigger, Sides(None, None, False)


def _listed_before(clause: Clause, last: Mention) -> list[Mention]:
    """The mentions coordinated before `last` ("Nigeria, Togo, Morocco and Somalia"), nearest first."""
    listed, current = [], last
    for mention in reversed([m for m in clause.mentions if m.end <= last.start]):
        if not COORDINATED.match(clause.text[mention.end:current.start]):
            break
        listed.append(mention)
        current = mention
    return listed


def _origins_differ(clause: Clause, heads) -> bool:
    """True when demonyms of two states each stand right before an item ("North Korean shells and Chinese tools")."""
    codes = {m.code for m in clause.mentions if m.role == "demonyms"
             and any(start >= m.end and _OWNER_GAP.fullmatch(clause.text, m.end, start) for start, _ in heads)}
    return len(codes) > 1


# Nothing but a conjunction between two items: "Iranian Mohajer-6 drones and Turkish TB2s"
_ITEMS_JOINED = screened(r"(?i)\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|plus)\s+)(?:(?:with|also|some|several)\s+)?")


def _origin_of_another(clause: Clause, m: Mention, item: Item, heads) -> bool:
    """True when `m` is a demonym standing right before an item other than `item` that is coordinated with it."""
    if m.role != "demonyms" or (item.start >= m.end and _OWNER_GAP.fullmatch(clause.text, m.end, item.start)):
        return False
    text = clause.text
    for start, end in heads:
        if start >= m.end and _OWNER_GAP.fullmatch(text, m.end, start):
            if m.start >= item.end and _ITEMS_JOINED.fullmatch(text, item.end, m.start):
                return True  # "... drones and Turkish TB2s"
            own = next((o for o in clause.mentions if o.role == "demonyms" and o.end <= item.start and
                        _OWNER_GAP.fullmatch(text, o.end, item.start)), None)  # this item's own origin
            return own is not None and end <= own.start and _ITEMS_JOINED.fullmatch(text, end, own.start) is not None
    return False


# A second verb of the same subject, the other way round: "Slovakia gave 30 vehicles to Ukraine and received 15 tanks
# from Germany" (a swap)
_AND_THEN = screened(r"(?i),?\s+and\s+(?:(?:then|also|in\s+return|in\s+turn|later)\s+)?$")


# A second verb of the subject before the first, with no subject of its own: "... drones and have reportedly flown"
_VERB_AND = screened(r"(?i)(?:\s+and\s+(?:(?:has|have|had|also|then|later|since|now|\w+ly|"
                     # a time between ("and last year ordered", "and in 2023 bought")
                     r"(?:last|this|that|the\s+same|the\s+next|the\s+following)\s+(?:year|month|week|spring|"
                     r"summer|autumn|fall|winter)|in\s+\d{4})\s+)*|"
                     r",\s+(?:and\s+)?(?:has|have|had)\s+(?:\w+ly\s+)*)$")


def _own_verb_phrase(clause: Clause, trigger: Trigger) -> list[Mention]:
    """The clause's mentions a verb's sides come from when the same subject moves things the other way with a
    second verb ("gave ... to Ukraine and received ... from Germany": Germany gives nothing to Ukraine): up to the
    second verb for the first, the subject before the first for the second; all of them when there is none."""
    def turns(first: Trigger, second: Trigger) -> bool:  # each verb names a side of its own
        return {first.type, second.type} == {"give", "receive"} and \
            bool(_AND_THEN.search(clause.text, first.end, second.start)) and \
            any(first.end <= m.start < second.start for m in clause.mentions)
    turn = next((t for t in clause.triggers if t.start > trigger.end and turns(trigger, t)), None)
    if turn is not None:
        return [m for m in clause.mentions if m.start < turn.start]
    first = next((t for t in clause.triggers if t.end < trigger.start and turns(t, trigger)), None)  # "received ...
    # from Germany and gave ... to Ukraine": the first verb's sides are not the second's
    if first is None:
        return clause.mentions
    return [m for m in clause.mentions if not first.start <= m.start < trigger.start]


def _sides_for(clause: Clause, item: Item, trigger: Trigger, heads, knowledge: Knowledge) -> tuple[Trigger, Sides]:
    """The cue of an item and its sides; a use cue without a named origin gives way to the next transfer cue."""
    named_heads = heads
    if trigger.type == "deploy" and not _moved_to(item, trigger, clause.text):
        # "deployed North Korean missiles" is a use; "deployed missiles in Belarus" a transfer
        use = Trigger(trigger.start, trigger.end, trigger.text, "use")
        sides = assign_sides(clause.text, clause.mentions, use, [(item.start, item.end)], knowledge, clause.end)
        if sides.giver is not None:
            return use, sides
    origins_differ = _origins_differ(clause, heads)
    if trigger.type in _USE or origins_differ:
        heads = [(item.start, item.end)]  # the origin of a used item is named right before it; so is each item's
        # when the clause names several ("North Korean shells and Chinese machine tools arrive")
    mentions = _own_verb_phrase(clause, trigger)
    if origins_differ:  # "received Iranian Mohajer-6 drones and Turkish TB2s": the origin of another item
        # is no side of this one (Turkey gives Iran nothing)
        mentions = [m for m in mentions if not _origin_of_another(clause, m, item, named_heads)]
    before = next((t for t in clause.triggers if t.end < trigger.start and
                   _VERB_AND.search(clause.text, t.end, trigger.start)), None)
    after = next((t for t in clause.triggers if t.start > trigger.end and
                  _VERB_AND.search(clause.text, trigger.end, t.start)), None)
    if before is not None or after is not None:
        # "have taken delivery of Iranian drones and have flown Turkish TB2s": two verbs of one subject; the origin
        # of one verb's goods is no side of the other's
        def others(m: Mention) -> bool:  # in the other verb's phrase
            return (before is not None and before.end <= m.start < trigger.start) or \
                (after is not None and m.start >= after.start)
        mentions = [m for m in mentions if not (others(m) and m.role == "demonyms" and any(
            start >= m.end and _OWNER_GAP.fullmatch(clause.text, m.end, start) for start, _ in named_heads))]
        maker = knowledge.maker_of(item.text) if before is not None and before.end <= item.start else None
        if maker is not None and not any(m.code == maker for m in mentions if before.end <= m.start < trigger.start):
            # "bought 36 F-16s from the United States and last year ordered Korea's Cheongung-II": goods of another
            # maker take no seller from the other verb's phrase
            mentions = [m for m in mentions if not (before.end <= m.start < trigger.start and m.before == "from")]
    swap = _REPLACES.search(clause.text, item.end, clause.end) if trigger.end <= item.start else None
    if swap is not None:  # "gave the Czech Republic 14 Leopards to replace T-72s that Prague had sent to Ukraine":
        mentions = [m for m in mentions if m.start < swap.start()]  # what is replaced has sides of its own
    paid_with = EXCHANGE.search(clause.text, trigger.end, item.start) if trigger.end <= item.start else None
    if paid_with is not None:  # "deliver new equipment to Ecuador in exchange for its old Russian helicopters": the
        # maker of what is paid with is no side of the exchange
        mentions = [m for m in mentions if not (m.start > paid_with.start() and m.role == "demonyms")]
    sides = assign_sides(clause.text, mentions, trigger, heads, knowledge, clause.end)
    if (sides.taker is None or sides.ambiguous) and trigger.type != "use" and _FLEW.fullmatch(trigger.text) and \
            item.category in ("aircraft", "uav") and _NEXT_TO.fullmatch(clause.text, trigger.end, item.start):
        # "Burkina Faso has flown TB2s against jihadist groups": flying aircraft to no one is using them; so is
        # flying them with a partner ("Mali and Burkina Faso have flown TB2s")
        return _sides_for(clause, item, Trigger(trigger.start, trigger.end, trigger.text, "use"), heads, knowledge)
    if trigger.type in _USE and sides.giver is None:
        trigger, sides = _use_sides(clause, item, trigger, heads, knowledge)
    if trigger.type == "remains":
        trigger, sides = _remains_used_by(clause, item, trigger, sides, knowledge)
    if trigger.end <= item.start and EXCHANGE.search(clause.text, trigger.end, item.start):
        sides = sides.reversed()  # "Russia is sending food in exchange for shells": the shells go the other way
    if trigger.end <= item.start and trigger.type == "give":
        sides = _subject_relative_sides(clause, trigger, sides)
    sale = _ITEM_SALE.match(clause.text, item.end)
    if sale is not None and sides.giver is not None:
        # "F-16 sale to Turkey and F-35 sale to Greece": each sale's receiver follows its own noun
        buyer = next((m for m in clause.mentions if m.start >= sale.end()
                      and _TO_BUYER.fullmatch(clause.text, sale.end(), m.start)), None)
        if buyer is not None and buyer.code not in (sides.taker, sides.giver):
            sides = Sides(sides.giver, buyer.code, False, giver_party=sides.giver_party, taker_party=buyer.party)
    if trigger.start >= item.end and trigger.type == "give" and _OBJECT_RELATIVE.fullmatch(clause.text, item.end,
                                                                                          trigger.start):
        sides = _relative_sides(clause, item, trigger, sides)
    elif trigger.start >= item.end and trigger.type == "give" and \
            (relative := _PASSED_ON_RELATIVE.fullmatch(clause.text, item.end, trigger.start)):
        sides = _passed_on_sides(clause, item, trigger, relative, sides)
    return trigger, sides


_USED_BY_AFTER = screened(r"\s*(?:,[^,;:]{1,60})?,?\s*")  # an aside may come between ("..., also called KN-23,")
_ALSO_KNOWN_AS = screened(r"(?i)\b(?:known|called|designated|dubbed|named)\s+(?:in\s+the\s+\w+\s+)?as\s+$")
# "fired by Russian forces", "launched overnight by"
_BY_AGENT = screened(r"(?i)\s+(?:[\w-]+\s+){0,2}?by\s+(?:the\s+)?")


def _remains_used_by(clause: Clause, item: Item, trigger: Trigger, sides: Sides,
                     knowledge: Knowledge) -> tuple[Trigger, Sides]:
    """Remains of an item that a passive use cue right after it says who used ("the wreckage was a North Korean
    missile fired by Russian forces"): the maker gave it to that user. The agent of the passive ("by Russian
    forces") wins over a receiver read from elsewhere ("Investigators in Kyiv examine the wreckage of ...")."""
    use = next((t for t in clause.triggers if t.type == "use" and t.start >= item.end), None)
    if use is None or not _USED_BY_AFTER.fullmatch(clause.text, _past_name(item, clause.text), use.start):
        return trigger, sides
    agent = next((m for m in clause.mentions if m.start >= use.end and _BY_AGENT.fullmatch(clause.text, use.end,
                                                                                           m.start)), None)
    if sides.taker is not None and agent is None:
        return trigger, sides
    used = assign_sides(clause.text, clause.mentions, use, [(item.start, item.end)], knowledge, clause.end)
    if agent is not None and (sides.taker is not None or (
            used.taker is None and not _ALSO_KNOWN_AS.search(clause.text, max(0, item.start - 40), item.start))):
        # the agent replaces a receiver read from a place or an observer named first, and names one the clause
        # gives no other way (not for a system named again: "..., the model known in the West as KN-23, fired by")
        used = Sides(used.giver, agent.code, False, giver_party=used.giver_party, taker_party=agent.party)
    if used.taker is None or used.taker == sides.giver:
        return trigger, sides
    return use, Sides(sides.giver or used.giver, used.taker, False, giver_party=sides.giver_party,
                      taker_party=used.taker_party)


_ITEM_SALE = screened(r"(?i)s?\s+(?:sales?|deliver(?:y|ies)|transfers?|shipments?)")  # "F-35 sale", "Abrams delivery"
_TO_BUYER = screened(r"(?i)\s+to\s+(?:the\s+)?")
_PROVIDES_FOR = screened(r"(?i)\s+for\b")
_WHICH = screened(r"\s*,\s*(?:which|who)\s+(?:(?:also|now|still|already|in\s+turn)\s+)?")


def _subject_relative_sides(clause: Clause, trigger: Trigger, sides: Sides) -> Sides:
    """"in partnership with China's Chengdu Aircraft Corporation, which supplies the radar": the state or firm the
    relative clause opens after gives; the other side of the clause receives."""
    subject = next((m for m in reversed(clause.mentions) if m.end <= trigger.start), None)
    if subject is None or not _WHICH.fullmatch(clause.text, subject.end, trigger.start) or \
            sides.giver == subject.code or _PROVIDES_FOR.match(clause.text, trigger.end):
        return sides  # "the treaty between the DPRK and the Russian Federation, which provides for assistance":
        # what a text provides for is no supply
    taker = sides.taker if sides.taker not in (None, subject.code) else sides.giver
    return Sides(subject.code, taker, False, giver_party=subject.party)


def _relative_sides(clause: Clause, item: Item, trigger: Trigger, sides: Sides) -> Sides:
    """"Belarusian Iskander-M launchers, which Russia supplied": the relative's subject gives; the state named
    before the item holds it, so it received it unless the clause names another receiver."""
    subject = next((m for m in reversed(clause.mentions) if item.end <= m.start and m.end <= trigger.start), None)
    owner = _owner_before(clause, item)
    if subject is None:
        return sides
    held_by = owner.code if owner is not None and owner.code != subject.code else None
    taker = sides.taker if sides.taker not in (None, subject.code) else held_by
    return Sides(subject.code, taker, False, giver_party=subject.party)


def _passed_on_sides(clause: Clause, item: Item, trigger: Trigger, relative: re.Match, sides: Sides) -> Sides:
    """"the T-72 tanks it sent to Ukraine", "T-72s that Prague had already sent to Ukraine": the relative's subject
    (a state, or for "it" and "they" the clause's first state) gives to the state after the verb."""
    subject = next((m for m in clause.mentions if relative.start("subject") <= m.start < relative.end("subject")),
                   None)
    if subject is None and relative["subject"].lower() in ("it", "they"):
        subject = next((m for m in clause.mentions if m.end <= item.start), None)
    taker = next((m for m in clause.mentions if m.start >= trigger.end and
                  _TO_TAKER.fullmatch(clause.text, trigger.end, m.start)), None)
    if subject is None or taker is None or subject.code == taker.code:
        return sides
    return Sides(subject.code, taker.code, False, giver_party=subject.party, taker_party=taker.party)


_OWNER_GAP = screened(r"(?:\s*[\w-]+)?\s+")  # "Belarusian Iskander-M launchers": at most one word between


def _owner_before(clause: Clause, item: Item) -> Mention | None:
    """The state named right before an item, at most one word between ("Belarusian Iskander-M launchers")."""
    return next((m for m in clause.mentions if m.end <= item.start and
                 _OWNER_GAP.fullmatch(clause.text, m.end, item.start)), None)


_CONVEYANCE = screened(r"(?i)(?:\s+[\w-]+)?\s+(?P<noun>rail ?cars?|railway cars?|railroad cars?|freight cars?|"
                       r"rail wagons?|freight wagons?|wagons?|boxcars?|truckloads?|trainloads?|shiploads?|"
                       # vehicles and boxes only when they are said to carry ("40 lorries loaded with rifles")
                       r"(?:lorries|lorry|trucks?|containers?)"
                       r"(?=\s+(?:loaded\s+with|carrying|full\s+of|packed\s+with|of)\b))\b")
# Shipments counted when nothing else is ("in at least two shipments", "40 cargo flights")
_SHIPMENTS = screened(r"(?i)(?:\s+[\w-]+)?\s+(?P<noun>shipments|consignments|packages|batches|voyages|"
                      r"(?:cargo\s+)?flights)\b")


_WORTH_AFTER = screened(r"(?i)(?:\s+[\w’'-]+){0,4}?\s+(?:worth|valued at|reached|totalled|totaled|amounted to|"
                        r"totalling|totaling)\s+")
_WORTH_OF = screened(r"(?i)\s+(?:worth\s+of|in|of)\s+(?:[\w’'-]+\s+){0,3}?"
                     # or of goods the item is the first example of ("$267 million worth of equipment, among
                     # them jets")
                     r"|\s+(?:worth\s+of|in)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+\s*,\s*"
                     r"(?:among\s+them|including|such\s+as|notably|mainly|mostly)\s+(?:[\w’'-]+\s+){0,2}?")


_IMPORTS_NEXT = screened(r"(?i)\s+imports\b")  # "36 per cent of India's arms imports"


def _item_quantity(clause: Clause, item: Item):
    """The count of the item, else the count of the railcars or wagons the clause says carried it, else of the
    shipments."""
    share = share_before(clause.text, item.start) if item.text.lower().endswith("imports") or \
        _IMPORTS_NEXT.match(clause.text, item.end) else None
    if share is not None:
        return quantity(share, "percent of imports")  # "supplied 45 per cent of Ukraine's imports"
    count = count_before(clause, item.start, item.end) or total_after(clause, item.start, item.end) or \
        next((c for c in clause.counts if c.start > item.end and _SET_OFF_COUNT.match(clause.text[item.end:c.start])
              and _SET_OFF_END.match(clause.text, c.end)), None)
    if count is not None:
        return quantity(count, weight_unit(clause, count, item.start) or unit(item.text))
    carriers = [(c, m) for c in clause.counts if (m := _CONVEYANCE.match(clause.text, c.end))] or \
        [(c, m) for c in clause.counts if (m := _SHIPMENTS.match(clause.text, c.end))]
    if len(carriers) == 1:
        count, carrier = carriers[0]
        return quantity(count, unit(carrier["noun"]))
    value = next((m for m in find_money(clause.text, clause.start, item.start)
                  if _WORTH_OF.fullmatch(clause.text, m.end, item.start)), None) or \
        next((m for m in find_money(clause.text, item.end, clause.end)
              if _WORTH_AFTER.fullmatch(clause.text, item.end, m.start)), None)
    # "$406 million in arms", "arms worth $406 million"
    return quantity(value, money_unit(clause.text, value)) if value else None


def _only_amount(clause: Clause):
    """The clause's one sum of money as a quantity, if it has one: what the one transfer it states was worth ("put
    the value of the deliveries at 250 million euros")."""
    amounts = find_money(clause.text, clause.start, clause.end)
    return quantity(amounts[0], money_unit(clause.text, amounts[0])) if len(amounts) == 1 else None


def _shares_number(clause: Clause, previous: tuple[Item, Draft] | None, item: Item) -> bool:
    """True when the item is coordinated with the one before it, which has the number for both."""
    if previous is None or count_before(clause, item.start) is not None:
        return False
    before, made = previous
    return made.quantity is not None and before.category == item.category and \
        bool(JOINED.match(clause.text[before.end:item.start]))  # "over 9 million shells and rockets"


def _list_ends(clause: Clause, items: list[Item]) -> list[int]:
    """For each item, the end of the coordinated list it starts or belongs to (its own end when alone): the
    items of one list share the cue that follows the list."""
    ends = [item.end for item in items]
    for i in range(len(items) - 2, -1, -1):
        gap = (items[i].end, items[i + 1].start)
        if gap[0] <= gap[1] and _LIST_GAP.match(clause.text[gap[0]:gap[1]]) and \
                not any(gap[0] <= t.start < gap[1] for t in clause.triggers):
            ends[i] = ends[i + 1]
    return ends


# What a transfer of arms is for or paid with is not what moves: "components from China for its drones", "what it
# is getting from Russia for its shells".
_FOR_ITS = screened(r"(?i)\bfor\s+(?:its|their|his|her)\s+(?:own\s+)?$|"
                    r"\b(?:help|assistance|support)\s+with\s+(?:its|their|his|her)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}$")

_ITS_OWN = screened(r"(?i)\b(?:its|their)\s+own\s+$")
# An aircraft that arrives and unloads carries the goods: "an Il-76 arriving from Abu Dhabi unloaded ammunition"
_CARRIER_NEXT = screened(r"(?i)\s+(?:arriving|arrived|flying|flew|coming|came)\s+(?:in\s+)?from\b[^,;]{0,40}?\b"
                         r"(?:unloaded|offloaded|carrying|carried|delivered|dropped\s+off)\b")
_OWN_STOCKS = screened(r"(?i)(?:\s+[\w-]+)?\s+(?:stocks?|stockpiles?|arsenals?|reserves|inventor(?:y|ies))\b")


# A satellite handed over (built, sold, put in orbit) is space technology, as annotators record it; not "satellite
# navigation modules", parts of weapons.
_SATELLITE = screened(r"(?i)\bsatellites?$")
_SATELLITE_GEAR = screened(r"(?i)[\s-]+(?:navigation|positioning|guidance|communications?|phones?|terminals?|"
                           r"dishes|imagery|images|receivers?)\b")
# Finished gear of no listed category ("electronic warfare equipment"): handed over as arms, not as inputs to make arms.
_FINISHED = screened(r"(?i)\b(?:equipment|systems?|gear|jammers?)$")


_TRAINING_AFTER = screened(r"(?i)[\s-]+(?:training|instruction|courses?|lessons|drills)\b")


def _item_draft(clause: Clause, knowledge: Knowledge, item: Item, produced: bool, heads, handed,
                production: bool, list_end: int | None = None) -> Draft | None:
    if _TRAINING_AFTER.match(clause.text, item.end):
        return None  # "got drone training by Ukrainian instructors": what the training is about, no goods
    trigger = _trigger_for(item, clause.triggers, clause.text, produced, list_end)
    if trigger is None or (produced and handed and not trigger.type.startswith("technology")):
        return None
    if produced and not handed and not clause.production:
        return None  # "factories make ammunition boxes for export": making is no transfer without help
    if item.category == "naval-vessel" and trigger.type == "deploy" and _SHIPS_BASED.fullmatch(trigger.text):
        return _warships_based(clause, item, trigger, knowledge)
    trigger, sides = _sides_for(clause, item, trigger, heads, knowledge)
    # goods for making arms, tools and electronics to make them, and satellites (space technology) are technology
    inputs = (production and (produced or (item.category == "other" and not _FINISHED.search(item.text)))) or \
        bool(knowledge.cues["technology_goods"].search(item.text)) or \
        bool(_SATELLITE.search(item.text) and not _SATELLITE_GEAR.match(clause.text, item.end))
    kind = Kind.TECHNOLOGY_TRANSFER if trigger.type.startswith("technology") or inputs else Kind.ARMS_TRANSFER
    if kind == Kind.TECHNOLOGY_TRANSFER and item.category != "other" and trigger.end <= item.start and \
            EXCHANGE.search(clause.text, trigger.end, item.start):
        kind = Kind.ARMS_TRANSFER  # "sharing satellite technology with North Korea in exchange for munitions": the
        # munitions that pay for the help are arms, going the other way
    if kind == Kind.ARMS_TRANSFER and trigger.type == "give" and _sent_for_repair(clause, trigger, item):
        kind, sides = Kind.TECHNOLOGY_TRANSFER, sides.reversed()  # "Angola sent two MiG-21s to Cuba for overhaul":
        # the repairer serves the owner
    if kind == Kind.ARMS_TRANSFER and _FOR_ITS.search(clause.text, max(0, item.start - 20), item.start):
        return None  # help "for its satellites" is help with them; arms "for its shells" are paid with them
    if kind == Kind.ARMS_TRANSFER and _OWN_STOCKS.match(clause.text, item.end) and \
            _ITS_OWN.search(clause.text, max(0, item.start - 12), item.start):
        return None  # "would let Russia conserve its own Iskander stocks": what a state keeps does not move
    if not trigger.type.startswith("technology") and any(
            t.type == "technology" and OPENS_FACTORY.match(t.text) and trigger.end <= t.start and
            0 <= item.start - t.end <= 60 for t in clause.triggers):
        return None  # "exported drones to Ethiopia and opened a factory for Ababil-2 drones in Tajikistan": the
        # factory's drones are made there, not exported
    if item.category == "aircraft" and _CARRIER_NEXT.match(clause.text, item.end):
        return None  # the plane that brought the goods is no item of the transfer
    wished = knowledge.cues["wishes"].search(clause.text, trigger.end, item.start) if trigger.end <= item.start \
        else knowledge.cues["wishes"].search(clause.text, max(clause.start, item.start - 40), item.start)
    if wished:
        return None  # "sent Moscow a letter to request radars", "Russia wants shells to replenish its stocks": the
        # items are asked for, not sent
    paid = _paid_with(clause, trigger) if trigger.type.startswith("technology") else None
    if paid is not None:  # "jets in return for drone technology": the technology goes the other way
        sides = assign_sides(clause.text, clause.mentions, paid, heads, knowledge, clause.end).reversed()
        trigger = paid
    status = cue.status_of(kind, clause.text, trigger, clause.start, knowledge)
    if status is None:
        return None
    technology = _TECHNOLOGY_AFTER.match(clause.text, item.end) if produced else None
    text = clause.text[item.start:technology.end()] if technology else item.text
    made = draft(kind, sides, status, category=Category(item.category), item=text,
                 quantity=_item_quantity(clause, item), period=period(clause.periods))
    # a use or an arrival names who got the item, not always who gave it: the story may only name a giver it has
    # already paired with the receiver ("Some of those shells have reached Ukraine")
    made.story_only = trigger.type in _USE or trigger.text.lower().startswith("reach")
    made.nominal = bool(_NOUN_CUE.search(clause.text, max(0, trigger.start - 12), trigger.start))
    return made


# Arms sent abroad to be mended: a repair service to their owner, not arms for the repairer.
_FOR_REPAIR = screened(r"(?i)\b(?:for\s+(?:repairs?|overhauls?|refurbishment|servicing|upgrading|modernisation|"
                       r"modernization|an?\s+(?:overhaul|upgrade|refit|repair))|to\s+be\s+(?:repaired|overhauled|"
                       r"refurbished|upgraded|modernised|modernized|serviced|refitted))\b(?!\s+of\b)")
_BACK_FROM = screened(r"(?i)\b(?:back|returned|after)\b")  # "sent back after repairs", "returned from overhaul"


# Mended on the way to a buyer: "shipped tanks to the Czech Republic for overhaul before onward delivery to Ukraine".
_ONWARD = screened(r"(?i)\b(?:onward|re-?export|resale|before\s+(?:being\s+)?(?:delivered|sent|shipped|handed|"
                   r"delivery))")


def _sent_for_repair(clause: Clause, trigger: Trigger, item: Item) -> bool:
    """True when the clause sends the item abroad to be mended and says nothing of it coming back or going on."""
    repair = _FOR_REPAIR.search(clause.text, max(trigger.end, item.end), clause.end)
    return repair is not None and not _BACK_FROM.search(clause.text, trigger.end, repair.start()) and \
        not _ONWARD.search(clause.text, repair.end(), clause.end)


# Warships a state bases or rotates abroad are a deployment of its forces ("US submarines will rotate through HMAS
# Stirling", "two Chinese corvettes have been stationed at Ream"), not a transfer of the ships.
_SHIPS_BASED = screened(r"(?i)rotat(?:e|es|ed|ing)|station(?:ed|s|ing)?|based")  # deployment cues of cues.yaml


_SHIPS_GAP = screened(r"(?i)(?:\s+[\w’'-]+){0,7}?(?:\s+(?:will|would|are|were|is|was|have|has|had|been|be|to|"
                      r"now|already|currently|also|set|due|scheduled|expected))+\s+")


def _ships_based(item: Item, trigger: Trigger, text: str) -> bool:
    """True for warships based or rotating where the cue after them says ("submarines will rotate through")."""
    return item.category == "naval-vessel" and trigger.start >= item.end and \
        bool(_SHIPS_BASED.fullmatch(trigger.text)) and bool(_SHIPS_GAP.fullmatch(text, item.end, trigger.start))


def _warships_based(clause: Clause, item: Item, trigger: Trigger, knowledge: Knowledge) -> Draft | None:
    """The deployment of the warships' state (named right before them) to the state named after the cue, else to
    the other state of the story's last fact with the owner in it."""
    owner = _owner_before(clause, item)
    host = next((m for m in clause.mentions if m.start >= trigger.end and owner and m.code != owner.code and
                 m.role != "demonyms" and m.before in ("in", "at", "to", "through", "near", "off", "into")), None)
    status = cue.status_of(Kind.TROOP_DEPLOYMENT, clause.text, trigger, clause.start, knowledge)
    if status is None or owner is None:
        return None
    sides = Sides(owner.code, host.code if host else None, False, giver_party=owner.party,
                  taker_party=host.party if host else None)
    made = draft(Kind.TROOP_DEPLOYMENT, sides, status, period=period(clause.periods))
    made.story_only = host is None  # "rotate through HMAS Stirling": the host only from a fact the owner is in
    return made


_IN_TOTAL = screened(r"(?i)\b(?:bringing|taking|raising|pushing|lifting|put|putting)\s+(?:the|its|their)\s+"
                     r"(?:total\s+)?(?:number|count|tally|total|figure)\s+of\s+(?:[\w’'-]+\s+){0,3}$")


def _totals(clause: Clause, drafts: list[Draft]) -> list[Draft]:
    """"..., bringing the total to 3,000", "..., and at least four of them were photographed": the last item's fact
    again with that count."""
    if not drafts:
        return []
    taken = {d.quantity[0] for d in drafts if d.quantity}
    last = drafts[-1]
    return [replace(last, quantity=(c.value, last.quantity[1] if last.quantity else unit(last.item or ""),
                                    Qualifier(c.qualifier)))
            for c in clause.counts if c.value not in taken and (
                _TOTAL_COUNT.search(clause.text, max(0, c.start - 120), c.start)
                or _OF_THEM_SEEN.match(clause.text, c.end))]


# Parts named for the weapon they go into ("components for Noor cruise missiles", "parts for Iran's Qadr missiles").
_PARTS = screened(r"(?i)(?:spare\s+)?(?:parts|components|component\s+parts|engines?|motors?|navigation\s+modules?|"
                  r"gyroscopes?|(?:servo|electric|brushless)\s+motors?|guidance\s+(?:sets?|kits?))")
# not "for its": see _FOR_ITS
_PARTS_FOR = screened(r"(?i)\s+(?:for|of\s+the\s+(?:type|kind)\s+(?:fitted|used)\s+(?:to|in|on)|fitted\s+(?:to|in)|"
                      r"used\s+in|that\s+power|to\s+power)\s+"
                      r"(?:the\s+|[\w.’'-]+(?:'s|’s)\s+)?(?:[\w’'-]+\s+){0,2}?")


_CONTAINERS = screened(r"(?i)(?:shipping\s+)?containers?")
_CONTAINED = screened(r"(?i)\s+(?:of|loaded\s+with|carrying|full\s+of|packed\s+with)\s+(?:[\w’'-]+\s+){0,3}?")


def _parts_for(clause: Clause, parts: Item, weapon: Item) -> bool:
    return parts.category == "other" and weapon.category != "other" and \
        bool(_PARTS.fullmatch(parts.text)) and bool(_PARTS_FOR.fullmatch(clause.text, parts.end, weapon.start))


def arms_drafts(clause: Clause, knowledge: Knowledge, items: list[tuple[Item, bool]]) -> list[Draft]:
    heads = [(i.start, i.end) for i, _ in items]
    handed = [i for i, produced in items if not produced]
    # the owner of what is made names no origin of what is handed ("sold Russia machine tools, equipping the
    # factories that build Moscow's missiles": Moscow gives no tools)
    handed_heads = [(i.start, i.end) for i in handed]
    production = len(handed) < len(items) or clause.production
    drafts: list[Draft] = []
    previous = None
    list_ends = _list_ends(clause, [i for i, _ in items])
    for index, ((item, produced), list_end) in enumerate(zip(items, list_ends)):
        if drafts and _IN_TOTAL.search(clause.text, max(clause.start, item.start - 60), item.start):
            continue  # "..., bringing the number of heavy guns sent to 250": the total of what came before
        if _shares_number(clause, previous, item):
            before, made = previous
            made.item = clause.text[before.start:item.end]
            continue
        if index + 1 < len(items) and _parts_for(clause, item, items[index + 1][0]):
            continue  # "components for Noor cruise missiles": the parts take the weapon's fact and category
        if index + 1 < len(items) and _CONTAINERS.fullmatch(item.text) and \
                _CONTAINED.fullmatch(clause.text, item.end, items[index + 1][0].start):
            continue  # "2,600 containers of North Korean ammunition": the ammunition, counted by its containers
        parts = items[index - 1][0] if index and _parts_for(clause, items[index - 1][0], item) else None
        if parts is not None:
            produced = False  # "engines of the type fitted to Geran-2 drones": the engines are handed over
        made = _item_draft(clause, knowledge, item, produced, heads if produced else handed_heads, handed, production,
                           list_end)
        if made is not None and parts is not None:
            made = replace(made, item=clause.text[parts.start:item.end],
                           quantity=made.quantity or _item_quantity(clause, parts))
        if made is not None:
            via = linked.passed_on_from(clause, item, made)
            if via is not None:  # the maker gave it to the state that passed it on; that state gave it to the user
                drafts.append(replace(made, taker=via, taker_party=None))
                made = replace(made, giver=via, giver_party=None)
            drafts.append(made)
            drafts += linked.whole_order(clause, item, made)
            if produced and made.kind == Kind.TECHNOLOGY_TRANSFER:
                drafts += linked.shipped_too(clause, knowledge, item, heads, _item_quantity(clause, item))
        previous = (item, made) if made is not None else None
    if len(drafts) == 1 and drafts[0].quantity is None:  # with more items, a sum would be the worth of them all
        drafts = [replace(drafts[0], quantity=_only_amount(clause))]
    return drafts + _totals(clause, drafts) + _counted_again(clause, [i for i, _ in items], drafts) + \
        _elided_heads(clause, [i for i, _ in items], drafts) + \
        _other_shares(clause, drafts)


# More suppliers' shares of the same imports, the verb left out: "..., Germany 12 per cent and Poland 11 per cent",
# "... from Russia and 26 per cent from China".
_LISTED_BEFORE = screened(r"(?i)(?:,|\band)\s+(?:the\s+)?$")
_TO_SHARE = screened(r"(?i)\s+(?:for\s+)?")
_AND_SHARE = screened(r"(?i)\band\s+$")
_FROM_SHARE = screened(r"(?i)\s+from\s+(?:the\s+)?")


def _other_shares(clause: Clause, drafts: list[Draft]) -> list[Draft]:
    """A fact for each further supplier's share of the imports whose first share the clause states."""
    share = next((d for d in drafts if d.quantity is not None and d.quantity[1] == "percent of imports"), None)
    first = share_in(clause.text, clause.start, clause.end) if share is not None else None
    if first is None:
        return []
    found = []
    for m in clause.mentions:
        if m.start < first.end or m.code in (share.giver, share.taker, *(d.giver for d in found)):
            continue
        after = share_in(clause.text, m.end, min(clause.end, m.end + 30)) \
            if _LISTED_BEFORE.search(clause.text, max(clause.start, m.start - 8), m.start) else None
        if after is not None and not _TO_SHARE.fullmatch(clause.text, m.end, after.start):
            after = None
        before = share_in(clause.text, max(clause.start, m.start - 45), m.start)
        if before is not None and not (_FROM_SHARE.fullmatch(clause.text, before.end, m.start)
                                       and _AND_SHARE.search(clause.text, max(0, before.start - 6), before.start)):
            before = None
        count = after or before
        if count is not None:
            found.append(replace(share, giver=m.code, giver_party=m.party, quantity=quantity(count, share.quantity[1])))
    return found


def _counted_again(clause: Clause, items: list[Item], drafts: list[Draft]) -> list[Draft]:
    """A count "of them" after the last item and a later transfer cue ("the first Shahed-136 drones reached Russia,
    and Iran shipped about 2,400 of them"): the last item's transfer once more, with that count."""
    last = items[-1] if items else None
    count = next((c for c in clause.counts if last and c.start > last.end and c.value > 1
                  and _OF_THEM.match(clause.text, c.end)), None)
    if count is None or any(d.quantity and d.quantity[0] == count.value for d in drafts) or \
            not any(t.type in ("give", "receive") and last.end <= t.start < count.start for t in clause.triggers):
        return []
    same = next((d for d in reversed(drafts) if d.item == last.text), None)
    return [replace(same, quantity=quantity(count, "units"))] if same else []


# A second count whose noun is left out, told apart by what follows "of" ("500,000 shells of 155mm calibre and some
# 300,000 of 122mm calibre"): from the end of the item to the count, and right after the count.
_ELIDED_BEFORE = screened(r"(?i)\s+of\s+[^,;]{1,30}?\s+and\s+(?:(?:some|about|around|another|a\s+further|roughly|"
                          r"nearly|almost|over|more\s+than)\s+)?$")
_ELIDED_AFTER = screened(r"(?i)\s+of\s+(?!them\b|those\b|these\b)")


def _elided_heads(clause: Clause, items: list[Item], drafts: list[Draft]) -> list[Draft]:
    """The last item's transfer once more, with a second count that leaves the item's noun out (none without one)."""
    last = items[-1] if items else None
    same = next((d for d in reversed(drafts) if last and d.item == last.text and d.quantity), None)
    count = next((c for c in clause.counts if same and c.start > last.end and
                  _ELIDED_BEFORE.fullmatch(clause.text, last.end, c.start) and _ELIDED_AFTER.match(clause.text, c.end)),
                 None)
    return [replace(same, quantity=quantity(count, same.quantity[1]))] if count else []


# A dollar amount as the whole object of a transfer cue, in a story about arms ("Chinese suppliers provided a further
# $267 million", "firms in India sent $51 million worth"): up to three words between, nothing named after it.
_MONEY_OBJECT_GAP = screened(r"(?i)\s+(?:(?:a|another|an|further|additional|more|some|about|around|nearly|over|"
                             r"almost|roughly)\s+){0,3}")
_MONEY_OBJECT_END = screened(r"(?i)(?:\s+worth)?\s*(?:[.,;]|$|\s+and\b|"
                             r"\s+(?:in|of)\s+(?:arms|weapons|military\s+\w+)\b)")


def money_drafts(clause: Clause, knowledge: Knowledge) -> list[Draft]:
    """A clause without items whose transfer cue hands over a dollar amount: one fact of other materiel with the
    amount; the sides the clause leaves open come from the story."""
    for trigger in clause.triggers:
        if trigger.type != "give":
            continue
        value = next((m for m in find_money(clause.text, trigger.end, clause.end)
                      if _MONEY_OBJECT_GAP.fullmatch(clause.text, trigger.end, m.start)), None)
        if value is None or not _MONEY_OBJECT_END.match(clause.text, value.end):
            continue
        status = cue.status_of(Kind.ARMS_TRANSFER, clause.text, trigger, clause.start, knowledge)
        if status is None:
            return []
        sides = assign_sides(clause.text, clause.mentions, trigger, [], knowledge, clause.end)
        return [draft(Kind.ARMS_TRANSFER, sides, status, category=Category.OTHER, item="arms",
                      quantity=quantity(value, money_unit(clause.text, value)), period=period(clause.periods))]
    return []


# A state tallied with an amount in a story of supplies ("India ($51 million) and Thailand ($28 million)",
# "Singapore: $254 million", "Thailand for $28 million", "accounted for $267 million"): the words between the state
# and the amount.
_TALLY_GAP = screened(r"(?i)\s*(?:\(\s*|:\s*|\s+(?:was\s+|is\s+)?(?:listed\s+|next\s+)?(?:for|at|with)\s+"
                      r"(?:about\s+|some\s+|around\s+)?|\s+accounted\s+for\s+(?:about\s+|some\s+|around\s+)?)")


def supplier_tallies(clause: Clause, knowledge: Knowledge) -> list[Draft]:
    """A clause with no cue that tallies states with dollar amounts: one fact of other materiel per state, with its
    amount; the document puts each state on the side the story's tally is about (suppliers of one buyer, or buyers
    of one supplier)."""
    if clause.triggers or not clause.mentions:
        return []
    found = []
    for m in clause.mentions:
        gap = _TALLY_GAP.match(clause.text, m.end)
        amount = next((a for a in find_money(clause.text, m.end, clause.end) if gap and a.start == gap.end()), None)
        if amount is None or m.role not in ("names", "capitals"):
            continue
        found.append(replace(draft(Kind.ARMS_TRANSFER, Sides(m.code, None, False), Status.DELIVERED,
                                   category=Category.OTHER, item="arms and related materiel",
                                   quantity=quantity(amount, money_unit(clause.text, amount)),
                                   period=period(clause.periods)), tally=True))
    return found if len(found) >= 1 else []


# A state's suppliers or customers listed by name ("India's main suppliers were Russia, France and Israel",
# "Turkey's customers include Nigeria and Togo"): arms went from each supplier, or to each customer.
_PARTNERS_LISTED = screened(r"(?i)(?:'s|’s)?\s+(?:(?:main|biggest|largest|top|leading|principal|key|other|arms|"
                            r"weapons|export)\s+){0,2}(?P<noun>suppliers|customers|buyers|clients)\s+"
                            r"(?:[\w-]+\s+){0,3}?"
                            r"(?:were|are|include|included|includes)\s+(?:the\s+)?")


_PARTNERS_OF = screened(r"(?i)\b(?:(?P<pronoun>its|their)|(?P<system>[\w-]+)(?=['’]s\s))"
                        r"(?:['’]s)?\s+(?:(?:main|biggest|largest|top|leading|principal|key|other|arms|weapons|"
                        r"export)\s+){0,2}(?:suppliers|customers|buyers|clients)\s")


def _owners(clause: Clause, knowledge: Knowledge) -> list[tuple[str | None, int, Item | None]]:
    """Whose suppliers or customers a clause may list, where the possessive ends, and the system when it is one: a
    state named before them; "its" (the sentence's first state, else None: the story's); a named system, whose maker
    it is ("the TB2's customers include ...")."""
    owners: list[tuple[str | None, int, Item | None]] = [(m.code, m.end, None) for m in clause.mentions]
    for found in _PARTNERS_OF.finditer(clause.text, clause.start, clause.end):
        if found["pronoun"]:  # the sentence's first state ("India ... ; its main suppliers were ..."), else the story's
            subject = next((knowledge.state_of(m) for m in knowledge.states.finditer(clause.text, 0, found.start())),
                           None)
            owners.append((subject[0] if subject else None, found.end("pronoun"), None))
            continue
        maker = knowledge.maker_of(found["system"])
        if maker:
            owners.append((maker, found.end("system"), next(iter(find_items(found["system"], knowledge)), None)))
    return owners


def listed_partners(clause: Clause, knowledge: Knowledge) -> list[Draft]:
    """One fact of arms per supplier or customer a clause lists for a state named before them (or for "its" state
    or a named system's maker)."""
    found = []
    for owner, end, system in _owners(clause, knowledge):
        listed = _PARTNERS_LISTED.match(clause.text, end, min(clause.end, end + 80))
        first = next((m for m in clause.mentions if listed and m.start == listed.end()), None)
        if first is None or cue.denied_before(clause.text, clause.start, listed.end(), knowledge):
            continue
        partners = [first]
        for m in clause.mentions:
            if m.start > partners[-1].end and COORDINATED.match(clause.text[partners[-1].end:m.start]):
                partners.append(m)
        suppliers = listed["noun"].lower() == "suppliers"
        for m in partners:
            if m.code == owner:
                continue
            sides = Sides(m.code, owner, False) if suppliers else Sides(owner, m.code, False)
            found.append(draft(Kind.ARMS_TRANSFER, sides, Status.DELIVERED,
                               category=Category(system.category if system else "other"),
                               item=system.text if system else "arms", period=period(clause.periods)))
    return found


# A count of what was named before, in a clause that names no item ("Iran shipped about 2,400 of them").
_OF_THEM = screened(r"(?i)\s+of\s+(?:them|those|these)\b")


# A count right after a receiving verb, with no noun after it ("Nigeria took delivery of three in 2021", "Myanmar
# received its first six"): a count of what was named before.
_BARE_COUNT = screened(r"(?i)\s+(?:(?:its|their|the|another|a\s+further)\s+)?(?:(?:first|last|final|remaining)\s+)?")
_NO_NOUN_AFTER = screened(r"(?i)\s*(?:[.,;:]|$)|\s+(?:in|on|by|last|this|and|it|that|which|since|before|after|"
                          r"more|so\s+far|from)\b")


def counted_of_them(clause: Clause, knowledge: Knowledge) -> list[Draft]:
    """A transfer of a count "of them" (or a bare count the receiver took) between the states the clause names: of
    the last item named before it in
    the sentence ("Turkish-made TB2s; eight of them were flown into Port Sudan"), else of the story's last arms
    (the document fills them)."""
    trigger = next((t for t in clause.triggers if t.type in ("give", "receive")), None)
    if trigger is None:
        return []
    count = next((c for c in clause.counts if c.value > 1 and (
        _OF_THEM.match(clause.text, c.end) or (trigger.type in ("receive", "give") and _BARE_COUNT.fullmatch(
            clause.text, trigger.end, c.start) and _NO_NOUN_AFTER.match(clause.text, c.end)))), None)
    if count is None or _troops_before(clause, count, knowledge):
        return []
    status = cue.status_of(Kind.ARMS_TRANSFER, clause.text, trigger, clause.start, knowledge)
    if status is None:
        return []
    sides = assign_sides(clause.text, clause.mentions, trigger, [], knowledge, clause.end)
    made = draft(Kind.ARMS_TRANSFER, sides, status, quantity=quantity(count, "units"), period=period(clause.periods))
    named = find_items(clause.text[:clause.start], knowledge)
    if named:
        return [replace(made, category=Category(named[-1].category), item=named[-1].text)]
    return [replace(made, earlier_item=True)]


def _troops_before(clause: Clause, count, knowledge: Knowledge) -> bool:
    """Whether the count "of them" follows troops the clause counted ("some 14,000 soldiers have been sent, about
    3,000 of them in January"): a share of those troops, no arms."""
    before = [c for c in clause.counts if c.end <= count.start]
    return bool(before) and knowledge.cues["troop_nouns"].search(clause.text, before[-1].end, count.start) is not None


_THEM_AFTER = screened(r"(?i)\s+them\b")


def used_them(clause: Clause, knowledge: Knowledge) -> list[Draft]:
    """A state that used or operates "them", the arms the story named last ("Turkey sold TB2 drones to Kenya. Ethiopia
    used them against rebels"): those arms, from their maker or the story's giver (the document fills both)."""
    trigger = next((t for t in clause.triggers if t.type == "use" and _THEM_AFTER.match(clause.text, t.end)), None)
    if trigger is None:
        return []
    users = [m for m in clause.mentions if m.end <= trigger.start]
    status = cue.status_of(Kind.ARMS_TRANSFER, clause.text, trigger, clause.start, knowledge)
    if len(users) != 1 or status is None:  # one user named before the verb, as its subject
        return []
    return [replace(draft(Kind.ARMS_TRANSFER, Sides(None, users[0].code, False), status,
                          period=period(clause.periods)), earlier_item=True)]


def technology_drafts(clause: Clause, knowledge: Knowledge, items: list, drafts: list[Draft]) -> list[Draft]:
    """Technology cues beyond the items: with no item in the clause, one fact ("satellite technology": other);
    and one per industry the clause names ("drone production") whose category no technology fact has yet."""
    body = clause.body
    trigger = next((t for t in clause.triggers if t.type.startswith("technology") and
                    (t.text.lower() not in knowledge.cue_words["help"] or _military_help(clause, t, knowledge))),
                   None)
    if trigger is None:
        return []
    paid = _paid_with(clause, trigger)
    if paid is not None:
        # "shipped shells to Russia in exchange for help with its satellites": the help goes the other way, as
        # certain as the transfer it pays for
        status = cue.status_of(Kind.ARMS_TRANSFER, clause.text, paid, clause.start, knowledge)
        sides = assign_sides(clause.text, clause.mentions, paid, [], knowledge, clause.end).reversed()
    else:
        status = cue.status_of(Kind.TECHNOLOGY_TRANSFER, clause.text, trigger, clause.start, knowledge)
        # help received with something else: "getting Russian air-defence hardware and help with its satellites"
        received = cue.HELP_NOUN.match(trigger.text) and next(
            (t for t in reversed(clause.triggers) if t.type == "receive" and t.end <= trigger.start), None)
        sides = assign_sides(clause.text, clause.mentions, received or trigger, [], knowledge, clause.end)
    if status is None:
        return []
    industries = _industries(body, knowledge)
    areas = _areas(clause.text, trigger.end, clause.end, knowledge) if not items else []
    if len(areas) > 1:  # "technical assistance in air defence, electronic warfare and satellite launches"
        industries = [(_hinted_category(area, knowledge), area) for area in areas] + industries
    covered = {d.category for d in drafts if d.kind == Kind.TECHNOLOGY_TRANSFER}
    with_help = trigger.type == "technology-receive" and trigger.text.lower().startswith("with")
    if with_help and not industries and not covered:
        # "drones, which it began assembling with Iranian assistance": the help is for the item made
        made = [item for item, _ in items if item.end <= trigger.start]
        industries = [(made[-1].category, made[-1].text)] if made else []
    trained_on = _trainees_item(clause, items, knowledge) if _TRAINING_CUE.match(trigger.text) else None
    if not industries and not covered and trained_on is not None:
        industries = [(trained_on.category, trained_on.text)]  # "pilots of Su-25 aircraft completed training"
    earlier = [item for item, _ in items if item.end <= trigger.start]
    if not industries and not covered and earlier and _TO_USE_THEM.match(clause.text, trigger.end):
        industries = [(earlier[-1].category, earlier[-1].text)]  # "sent missiles and trained crews to fire them"
    built = [item for item, _ in items if 0 <= item.start - trigger.end <= 60] if OPENS_FACTORY.match(trigger.text) \
        else []
    if not industries and not covered and built:
        industries = [(built[0].category, built[0].text)]  # "opened a factory for Ababil-2 drones in Tajikistan"
    if not industries and not covered and (not items or (trigger.type.startswith("technology") and not with_help)):
        phrase = re.split(r"[,;:—–(]| and ", clause.text[trigger.start:clause.end], maxsplit=1)[0][:80].strip(" .")
        category = _hinted_category(phrase, knowledge)
        if category == "other" and _MAKE_THEM.search(phrase):  # what the sentence named before, in the clause or not
            category = earlier[-1].category if earlier else _made_before(clause, knowledge) or category
        industries = [(category, phrase)]
    trained = _trainee_count(clause, knowledge) if _TRAINING_CUE.match(trigger.text) or "trained" in trigger.text \
        or _TRAINING_DONE_CUE.match(trigger.text) else None  # "300 Ukrainian sailors have completed training"
    if trained is None and len(industries) == 1 and not drafts:
        trained = _only_amount(clause)  # "exports of machine tools reached $900 million": what the help was worth
    return [draft(Kind.TECHNOLOGY_TRANSFER, sides, status, category=Category(category), item=text,
                  quantity=trained, period=period(clause.periods))
            for category, text in dict(industries).items() if category not in covered][:3]


def _military_help(clause: Clause, trigger: Trigger, knowledge: Knowledge) -> bool:
    """True when help is for something military: said after the help ("helped retool lines for attack drones"),
    or another technology cue follows ("helping Moscow build a factory to make them"); training anywhere in a
    clause about arms or of people who bear arms ("Chilean pilots trained in Spain"). Not "military builders to help
    rebuild the region"."""
    if _TRAINING_CUE.match(trigger.text):
        return bool(knowledge.cues["military_context"].search(clause.text) or
                    knowledge.cues["armed_trainees"].search(clause.text))
    return bool(knowledge.cues["military_context"].search(clause.text, trigger.end)) or \
        any(t.start >= trigger.end and t.type.startswith("technology") for t in clause.triggers)


def _paid_with(clause: Clause, trigger: Trigger) -> Trigger | None:
    """The transfer cue a technology cue pays for ("shipped shells in exchange for help with its satellites")."""
    return paid_with(clause, trigger, lambda t: not t.type.startswith("technology") and t.type not in _USE)


def _trainee_count(clause: Clause, knowledge: Knowledge):
    """The count of the people trained ("around 50 Iranian pilots ... were to be trained"), None without one."""
    for noun in knowledge.cues["trainees"].finditer(clause.text, clause.start, clause.end):
        count = count_before(clause, noun.start())
        if count is not None:
            return quantity(count, unit(noun.group()))
    return None


# Training to use what was just named: "trained crews to fire them", "taught pilots to fly the jets".
_TO_USE_THEM = screened(r"(?i)(?:\s+[\w’'-]+){0,2}?\s+" + cue.USE_OF_NAMED)
_TRAINEES_OF = screened(r"(?i)^\s+of\s+(?:[\w’'-]+\s+){0,3}$")


def _trainees_item(clause: Clause, items: list, knowledge: Knowledge) -> Item | None:
    """The item trainees work with: "pilots of Belarusian Su-25 aircraft", "drone operators"."""
    nouns = knowledge.cues["trainees"].finditer(clause.text, clause.start, clause.end)
    for item, _ in items:
        for noun in nouns:
            if _TRAINEES_OF.match(clause.text[noun.end():item.start]) or \
                    (noun.start() >= item.end and not clause.text[item.end:noun.start()].strip()):
                return item
    return None


def _industries(body: str, knowledge: Knowledge) -> list[tuple[str, str]]:
    """(category, words) of arms words naming an industry ("drone production", "missile programme")."""
    found = []
    for match in knowledge.items.finditer(body):
        industry = knowledge.not_items_before.match(body, match.end())
        item = knowledge.item_of(match.group())
        if industry and item and not item[2] and not _PICTURES.match(industry.group().strip()):
            found.append((item[0], body[match.start():industry.end()]))
    return found


# Words after an arms word that make it a picture of something, not an industry ("radar satellite images")
_PICTURES = screened(r"(?i)^(?:images|imagery|photos|photographs|pictures|data|satellites?)$")


_AIR_DEFENCE = screened(r"(?i)\bair[- ]defen[cs]e\b")
_ELECTRONIC_WARFARE = screened(r"(?i)\belectronic[- ]warfare\b")
_AREAS = screened(r"(?i)\s+(?:in|with|on)\s+(?P<list>[^;:.()]{3,160})")
_AREA_SPLIT = screened(r"\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+")


def _areas(text: str, start: int, end: int, knowledge: Knowledge) -> list[str]:
    """The fields of help listed right after its cue ("technical assistance in air defence, electronic warfare and
    satellite launches"), each of at most four words; the list ends at the first longer part or a source."""
    found = _AREAS.match(text, start, end)
    areas: list[str] = []
    for part in _AREA_SPLIT.split(found["list"]) if found else []:
        if not part or len(part.split()) > 4 or knowledge.cues["reporting_verbs"].search(part):
            break
        areas.append(part)
    return areas


# Help to make what the sentence named before ("supplied drones and is helping Moscow build a factory to make them").
_MAKE_THEM = screened(r"(?i)\b(?:make|makes|making|produce|produces|producing|build|builds|building|assemble|"
                      r"assembles|assembling|manufacture|manufactures|manufacturing)\s+(?:them|these|those)\b")


def _made_before(clause: Clause, knowledge: Knowledge) -> str | None:
    """The category of the last item the sentence names before the clause, if any."""
    before = [item for item in find_items(clause.text[:clause.start], knowledge) if not item.generic]
    return before[-1].category if before else None


def _hinted_category(body: str, knowledge: Knowledge) -> str:
    """The category of an arms word in the technology phrase ("missile technologies", "help with air defence"),
    else other."""
    for match in knowledge.items.finditer(body):
        found = knowledge.item_of(match.group())
        if found and not found[2]:
            return found[0]
    if _AIR_DEFENCE.search(body):
        return "air-defence-system"
    return "sensor" if _ELECTRONIC_WARFARE.search(body) else "other"

