"""Troop and agreement drafts of one clause.

- One troop fact per count of troops ("14,000 troops ... 10,900 soldiers in late 2023 and around 3,000 more"),
  or a single one when no count is given. A deployment cue counts for troops only when no item of materiel
  stands between it and the troop noun ("sent missiles that Russian troops launch" sends missiles, not troops).
- Troops named after "in return for" are the price of the transfer before it: they go the other way, and
  the transfer's verb gives the status ("could lead to Moscow handing over jets in return for the troops").
- One agreement fact when a treaty, pact, deal or agreement is named with two states and a signing or
  qualifying word ("signed a partnership treaty", "sealed a deal").
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract import cues as cue
from kg.extract.categories import Item
from kg.extract.drafts import TAKING_TO, Clause, Draft, draft, gap_ok, paid_with, period, quantity
from kg.extract.knowledge import Knowledge
from kg.extract.quantities import Count, find_money
from kg.extract.roles import BE_BEFORE, HOLD_VERBS, MADE_AFTER, Sides, assign_sides, in_passing
from kg.extract.screened import screened
from kg.extract.states import COORDINATED, find_states, observes
from kg.model import Kind, Status

_TOTAL = screened(r"(?i)\btotal(?:ling|ing)?\s+(?:(?:of|to)\s+)?(?:\w+\s+){0,2}$|"
                  r"\btotal\s+(?:[\w’'-]+\s+){1,10}?(?:to|of|at)\s+$|"  # "the total it has sent to help Moscow to"
                  + TAKING_TO)
_MORE = screened(r"^\s+(?:more|additional|others|extra|further)\b", re.IGNORECASE)
_SIZED_AT = screened(r"(?i),?\s+(?:(?:estimated|put|believed|thought|said)\s+(?:by\s+[^,;]{1,40}?\s+)?"
                     r"(?:to\s+number\s+|at\s+)|"
                     r"numbering\s+|totalling\s+|totaling\s+|of\s+)(?:\w+\s+){0,1}"
                     r"|\s*[:—–]\s*(?:\w+\s+){0,1}")  # "it has sent soldiers: about 14,000 by Seoul's count"
_STRONG = screened(r"(?i)\s+strong\b")
# A count standing for troops already named ("in addition to the 11,000 deployed last year").
_ELLIPSIS = screened(r"(?i)\s+(?:(?:already|previously|earlier|first)\s+)?(?:deployed|sent|dispatched|stationed)\b")
# A count of the same troops by wave or time ("some 15,000 in all, around 11,000 in a first wave and a further 3,000
# over the winter").
_IN_A_WAVE = screened(r"(?i)(?:\s+or\s+(?:more|so))?\s+(?:(?:in|over|during|with)\s+(?:a|an|the|its)\s+"
                      r"(?:(?:first|second|third|fourth|new|later|earlier|initial|next|last)\s+)?(?:wave|batch|"
                      r"rotation|round|deployment|phase|contingent|winter|summer|spring|autumn|fall)|"
                      r"(?:last|this|next)\s+(?:year|month|autumn|fall|winter|spring|summer|week))\b")
# A share of the troops counted before, by when it went ("some 14,000 sent, about 3,000 of them in January and
# February").
_OF_THEM_WHEN = screened(r"(?i)\s+of\s+(?:them|whom)\s+(?:(?:in|during|between|since|over)\s+(?:early\s+|late\s+|"
                         r"mid-?|the\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|"
                         r"winter|(?:19|20)\d\d)|(?:last|this)\s+(?:year|month|week|spring|summer|autumn|fall|winter))")
_OF_THEM = screened(r"(?i)\s+of\s+(?:them|whom)\b")
# A count standing for troops the story named before: "a further 2,000", "another 1,500".
_FURTHER_BEFORE = screened(r"(?i)\b(?:a further|another|an additional|an extra)\s+$")
_WEAK_NOUNS = {"deal", "contract", "order", "declaration", "plan", "arrangement", "roadmap"}
_PLURAL_NOUNS = {"contracts", "deals", "pacts", "accords", "agreements", "treaties"}
_NUMBER_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_MANY_STATES = screened(r"(?i)\b(?:the|all|these|those)\s+(three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                        r"(?:countries|states|nations|governments|juntas|members)\b")
_TITLE = screened(r"\s+(?:on|of|for|between)\s+(?:(?:the|and|of|on)\s+|[A-Z][\w’'-]*\s*)+")
_PAIR_WORDS = screened(r"\b(?:their|both|the two|bilateral|each other)\b"
                       r"(?!\s+(?:companies|firms|businesses|men|traders))",  # not "between the two companies"
                       re.IGNORECASE)


# Troops counted by their units ("two battalions of North Korean engineers").
_UNITS_OF = screened(r"(?i)\s+(battalions?|brigades?|regiments?|divisions?|companies|platoons)\s+of\b")


def _troop_counts(clause: Clause, nouns: list[tuple[int, int]]) -> list[tuple[Count, str]]:
    found = []
    for count in clause.counts:
        if _OF_THEM.match(clause.text, count.end) and not _OF_THEM_WHEN.match(clause.text, count.end):
            continue  # "120 instructors arrived, four of them officers": a share of troops counted already
        units = _UNITS_OF.match(clause.text, count.end)
        if units and any(0 <= n[0] - units.end() <= 40 for n in nouns):
            found.append((count, units[1].lower() if units[1].lower().endswith("s") else units[1].lower() + "s"))
            continue
        noun = next((n for n in nouns if n[0] >= count.end and gap_ok(clause.text[count.end:n[0]])), None)
        sized = next((n for n in nouns if _SIZED_AT.fullmatch(clause.text, n[1], count.start)), None)
        if sized is None and _STRONG.match(clause.text, count.end):  # "the battalion in Lebanon, around 340 strong"
            sized = next((n for n in reversed(nouns) if 0 <= count.start - n[1] <= 60
                          and "," in clause.text[n[1]:count.start]), None)
        if noun is None and sized is not None:  # "the contingent, estimated at 12,000,"
            noun = sized
        if noun is not None:
            found.append((count, clause.text[noun[0]:noun[1]].lower()))
        elif _MORE.match(clause.text[count.end:]) or _TOTAL.search(clause.text, max(0, count.start - 80), count.start) \
                or _ELLIPSIS.match(clause.text, count.end) or _IN_A_WAVE.match(clause.text, count.end) \
                or _OF_THEM_WHEN.match(clause.text, count.end) \
                or _FURTHER_BEFORE.search(clause.text, max(0, count.start - 20), count.start):
            found.append((count, clause.text[nouns[0][0]:nouns[0][1]].lower()))
    return found


def _troop_period(clause: Clause, counts: list[tuple[Count, str]], index: int):
    start = counts[index][0].start
    end = counts[index + 1][0].start if index + 1 < len(counts) else clause.end
    inside = [p for p in clause.periods if start <= p.start < end]
    before = [p for p in clause.periods if p.end <= counts[0][0].start]
    return period(inside or before)


# Between a receiving verb and the troops it receives: a count, a demonym, a few words ("has received 3,000 troops").
_RECEIVED = screened(r"(?i)^(?:\s+(?!(?:from|to|by|in|with|for)\b)[\w’',.-]+){0,4}\s+$")


# Troops and an item as one subject: "Russian instructors and an air-defence system arrived in Niamey"
_AND_ITEM = screened(r"(?i)\s+and\s+(?:an?|the|one|two|some|their|its)?\s*(?:[\w-]+\s+){0,2}?")
# A holding cue (cues._HOLDS) and the place right after its troops.
_HOLDING = screened(r"(?i)" + HOLD_VERBS + r"\b")
_HELD_AT = screened(r"(?i)\s+(?:stationed\s+|based\s+|deployed\s+)?(?:in|at|inside)\s+(?:the\s+)?")


# Troops last in a list of what the cue sends: "sent millions of shells, dozens of missiles and, from October 2024,
# thousands of troops".
_TROOPS_LISTED = screened(r"\s*,?\s*(?:and|as\s+well\s+as|plus)\s*(?:,[^,;]{1,40},)?\s*"
                          r"(?:[a-z\d][\w’'-]*\s+){0,4}$")


def _deploy_trigger(clause: Clause, nouns: list[tuple[int, int]], items: list[Item], knowledge: Knowledge):
    """The deployment cue of the troop nouns: the last before the first noun with no item in between,
    else the first after it; a receiving verb right before the troops counts too ("Russia has received 3,000
    troops from North Korea"); None when every cue sends materiel."""
    first = nouns[0][0]
    deploys = [t for t in clause.triggers if t.type == "deploy" or
               (t.type == "receive" and t.end <= first and _RECEIVED.match(clause.text[t.end:first]))]
    listed = _TROOPS_LISTED.match(clause.text, max((i.end for i in items if i.end <= first), default=first), first)
    clear = [t for t in deploys if ((listed and "give" in knowledge.trigger_types(t.text))
                                    or not any(t.end <= i.start and i.end <= first for i in items))
             and not any(nouns[-1][1] <= i.start and i.end <= t.start
                         and not _AND_ITEM.fullmatch(clause.text, nouns[-1][1], i.start)
                         for i in items)  # "forces seize arms headed for"; not "instructors and a system arrived"
             and not (nouns[-1][1] <= t.start and any(_OBJECT_GAP.fullmatch(clause.text, t.end, i.start)
                                                       for i in items))]  # "fighters flew missiles to Sudan": the
    # cue moves its object
    return next((t for t in clear if t.start < first), next((t for t in clear if t.start >= first), None))


# Words between a cue and its object: no preposition ("flew air-defence missiles", not "landed in Niamey with").
_OBJECT_GAP = screened(r"(?i)\s+(?:(?!(?:in|into|to|with|at|from|for|on|near|alongside|together)\b)"
                       r"[\w’'-]+,?\s+){0,4}")
# People of a state's force: "members of Iran's Revolutionary Guards", "officers from the Quds Force".
_MEMBERS_OF = screened(r"(?i)\b(?:members|personnel|officers|commanders|operatives|elements|units|advisers|"
                       r"advisors)\s+"
                       r"(?:of|from)\s+(?:the\s+)?(?:[\w’'-]+['’]s\s+)?(?:Islamic\s+)?$")


def _moved(nouns: list[tuple[int, int]], trigger, text: str) -> list[tuple[int, int]]:
    """The troop nouns the cue moves, whose demonym names where the troops come from: those after the cue
    ("agreed to send 1,000 North Korean deminers"), else the last one before it ("troops were sent"); other troops
    of the clause are no origin ("after its troops pushed Ukrainian forces out, Pyongyang sent deminers")."""
    after = [n for n in nouns if n[0] >= trigger.end]
    before = [n for n in nouns if n[1] <= trigger.start]
    if trigger.text.lower().startswith("join"):
        return before[-1:]  # "soldiers ... to join Russian forces": the forces joined receive
    if before and BE_BEFORE.search(text, max(0, trigger.start - 30), trigger.start):
        return before[-1:]  # "troops had been rotated through Kursk, including 3,000 reinforcements": the subject
    return after or before[-1:]


def _paid_with(clause: Clause, trigger):
    """The give or technology cue a troop deployment is the price of ("gave X jets in return for the troops")."""
    return paid_with(clause, trigger, lambda t: t.type.startswith(("give", "technology")))


# Forces named as the users of arms are no troops sent ("drones were used by the Sudanese Armed Forces"); unlike
# roles._USED_BY (a state after "by" uses what was sent), the troop noun may come a few words after "by".
_FORCES_USING = screened(r"(?i)\b(?:used|operated|fired|flown|deployed|launched|employed)\s+by\s+(?:the\s+)?"
                         r"(?:[\w’'-]+\s+){0,3}$")


_AS_WHAT = screened(r"(?i)\bas\s+$")  # the role of items named before ("bought as replacements")


def troop_drafts(clause: Clause, knowledge: Knowledge, items: list[Item]) -> list[Draft]:
    nouns = [(a, b) for a, b in cue.spans(knowledge.cues["troop_nouns"], clause.text) if clause.start <= a < clause.end
             and not any(i.start <= a < i.end for i in items)  # "MiG-29 fighters" is an item
             and not cue.taught_before(clause.text, a)  # "sent to teach Nigerien soldiers": trainees
             and not observes(clause.text, b, knowledge)  # "naval forces intercepted nine consignments"
             and not _FORCES_USING.search(clause.text, max(0, a - 40), a)  # "drones were used by the Armed Forces"
             and not (items and _AS_WHAT.search(clause.text, max(0, a - 4), a))]  # "helicopters bought as replacements"
    # a private military company is a force itself, as the subject of a deployment cue ("the Africa Corps is deployed
    # in Mali"), unless it moves items ("Wagner sent weapons to Sudan")
    nouns = sorted(nouns + [(m.start, m.end) for m in clause.mentions if m.party in knowledge.forces and not items
                            and not any(a <= m.start < b or m.start <= a < m.end for a, b in nouns)
                            and any(t.type == "deploy" and 0 <= t.start - m.end <= 40 for t in clause.triggers)])
    if not items:  # "members of the Revolutionary Guards have been present in Yemen"
        nouns = sorted(nouns + [(a, b) for a, b in cue.spans(knowledge.cues["state_forces"], clause.text)
                                if clause.start <= a < clause.end and not any(x <= a < y for x, y in nouns)
                                and _MEMBERS_OF.search(clause.text, max(0, a - 40), a)])
    trigger = _deploy_trigger(clause, nouns, items, knowledge) if nouns else None
    if trigger is None:
        return [] if nouns or items else _counted_subjects(clause, knowledge)
    paid = _paid_with(clause, trigger)
    status = cue.status_of(Kind.TROOP_DEPLOYMENT, clause.text, paid or trigger, clause.start, knowledge)
    if status is None:
        return []
    # where arms were made sends no troops ("troops operating in southern Lebanon found Iranian-made missiles")
    mentions = [m for m in clause.mentions if not (m.role == "demonyms" and MADE_AFTER.match(clause.text, m.end))]
    # what troops deal with after the cue is no side ("arrived in Kursk to clear farmland of Ukrainian mines")
    mentions = [m for m in mentions if not (m.role == "demonyms" and m.before == "of" and m.start > trigger.end
                                            and not any(m.end <= a <= m.end + 40 for a, _ in nouns))]
    if paid is not None:  # the troops are what the transfer pays for: they go the other way
        sides = assign_sides(clause.text, mentions, paid, [], knowledge, clause.end).reversed()
    else:
        moved = _moved(nouns, trigger, clause.text)
        sides = assign_sides(clause.text, mentions, trigger, moved, knowledge, clause.end)
        held_at = next((m for m in mentions if moved and _HELD_AT.fullmatch(clause.text, moved[-1][1], m.start)), None)
        if _HOLDING.match(trigger.text) and held_at is not None and held_at.code not in (sides.giver, sides.taker):
            sides = replace(sides, taker=held_at.code, more_takers=())  # "keeps 1,000 troops at Hmeimim air base,
            # ..., a staging post for Libya": where the troops are held, not a place named later
    counts = _troop_counts(clause, nouns)
    if not counts:
        return [draft(Kind.TROOP_DEPLOYMENT, sides, status, period=period(clause.periods))]
    return [draft(Kind.TROOP_DEPLOYMENT, sides, status, quantity=quantity(count, noun),
                  period=_troop_period(clause, counts, i))
            for i, (count, noun) in enumerate(counts)] + _elsewhere(clause, sides, status, counts[-1][1])


# A second count and place after the first deployment: "about 2,500 US troops are stationed in Iraq and about 900 in
# Syria".
_AND_BEFORE = screened(r"(?i)(?:,\s*|\s+)and\s+$")
_IN_AFTER = screened(r"(?i)\s+(?:more\s+)?(?:in|to|into)\s+(?:the\s+)?")


def _elsewhere(clause: Clause, sides, status, noun: str) -> list[Draft]:
    """Deployments of the same giver to further places, each with its own count ("and about 900 in Syria")."""
    found = []
    for count in clause.counts:
        place = next((m for m in clause.mentions if m.start > count.end
                      and _IN_AFTER.fullmatch(clause.text, count.end, m.start)), None)
        if place is None or not _AND_BEFORE.search(clause.text, max(clause.start, count.start - 8), count.start) or \
                sides.giver in (None, place.code) or place.code == sides.taker:
            continue
        found.append(draft(Kind.TROOP_DEPLOYMENT, replace(sides, taker=place.code, more_takers=()), status,
                           quantity=quantity(count, noun), period=period(clause.periods)))
    return found


# A bare count as the subject of a deployment cue: "some 15,000 have now rotated through Russia".
_COUNT_AS_SUBJECT = screened(r"(?i)(?:\s+(?:have|has|had|now|since|already|also|so far|reportedly|been))*\s+")


def _counted_subjects(clause: Clause, knowledge: Knowledge) -> list[Draft]:
    """Troops the story named before, counted as the subject of a deployment cue in a clause with no troop noun
    and no item; sides are left to the story, which takes them only after a troop fact."""
    for count in clause.counts:
        cue_after = next((t for t in clause.triggers if t.type == "deploy" and t.start >= count.end
                          and _COUNT_AS_SUBJECT.fullmatch(clause.text, count.end, t.start)), None)
        status = cue.status_of(Kind.TROOP_DEPLOYMENT, clause.text, cue_after, clause.start, knowledge) \
            if cue_after else None
        if status is not None:
            return [replace(draft(Kind.TROOP_DEPLOYMENT, Sides(None, None, False), status,
                                  quantity=quantity(count, "troops"), period=period(clause.periods)),
                            continuation=True)]
    return []


# ... or, after it: "2,000 of them", "3,000 more" (`_FURTHER_BEFORE` above gives "a further 2,000", "another 1,500").
_OF_THEM_AFTER = screened(r"(?i)\s+(?:of them|more|others)\b")


def troops_continued(clause: Clause, knowledge: Knowledge) -> list[Draft]:
    """Troops moved in a clause that names no state: counted troops ("2,000 soldiers arrived in December") or a
    count that stands for the troops named before ("A further 2,000 followed"); both sides are left open for the
    story to fill."""
    deploys = [t for t in clause.triggers if t.type == "deploy"]
    if not deploys or clause.mentions:
        return []
    if cue.spans(knowledge.cues["troop_nouns"], clause.body):
        return [d for d in troop_drafts(clause, knowledge, []) if d.quantity]
    counts = [c for c in clause.counts if _FURTHER_BEFORE.search(clause.text, max(0, c.start - 20), c.start)
              or _OF_THEM_AFTER.match(clause.text, c.end)]
    status = cue.status_of(Kind.TROOP_DEPLOYMENT, clause.text, deploys[0], clause.start, knowledge)
    if not counts or status is None:
        return []
    return [draft(Kind.TROOP_DEPLOYMENT, Sides(None, None, False), status, quantity=quantity(count, "troops"),
                  period=period(clause.periods)) for count in counts]


def _maker_in(clause: Clause, knowledge: Knowledge) -> str | None:
    """The maker of the first named system of the clause whose maker is known (weapons.yaml `makers`)."""
    for match in knowledge.items.finditer(clause.body):
        maker = knowledge.maker_of(match.group())
        if maker is not None:
            return maker
    return None


# A relative clause between commas after the agreement noun ("the treaty, which obliges each side to help the
# other, entered into force"): the verb after it is the noun's.
_ASIDE = screened(r"\s*,\s*(?:which|that)\b[^,;]{0,160},\s*")


# An agreement something is done under exists ("Under a deal reportedly worth $1.75 billion, Iran handed ...", "bought
# drones in a $367 million deal").
_UNDER = screened(r"(?i)\bunder\s+(?:a|an|the|its|their|this|that)\s+(?:[\w$.,-]+\s+){0,4}?$|"
                  r"\bin\s+an?\s+(?:[\w.,-]+\s+)?\$[\w$.,-]+\s+(?:[\w.,-]+\s+)?$")
# Its value: "a deal worth $1.75 billion", "a deal that, according to leaked documents, was worth about $1.75 billion",
# "a $3 billion deal".
_WORTH_NEAR = screened(r"(?i)(?:\s+(?:that|which)\b[^.;]{0,60}?)?\s*(?:\w+ly\s+)?(?:was\s+|is\s+)?"
                       r"(?:worth|valued\s+at)\s+"
                       r"(?:(?:about|around|some|nearly|roughly|an\s+estimated|more\s+than|over)\s+)?")
_MONEY_BEFORE = screened(r"(?i)(?:\s+[\w-]+){0,2}\s+")
# 'reached "full agreement"'
_REACHED = screened(r"(?i)\breached\s+[\"“]?(?:(?:a|an|full|final|broad|complete|comprehensive|an\s+initial)\s+)?$")


# A contract or deal to move arms exists once it is named so ("a contract to supply Iran with 48 Su-35s").
_CONTRACT_TO = screened(r"(?i)\s+to\s+(?:supply|deliver|sell|buy|purchase|provide|ship|transfer|export|import)\b")


def _signed_after_aside(text: str, end: int, clause_end: int, knowledge: Knowledge):
    aside = _ASIDE.match(text, end, clause_end)
    if aside:
        return knowledge.cues["agreement_signing"].search(text, aside.end(), min(clause_end, aside.end() + 40))
    relative = _RELATIVE_SIGNERS.match(text, end)
    return knowledge.cues["agreement_signing"].match(text, relative.end()) if relative else None


# A relative clause that names who signed the agreement before it ("the declaration on defence cooperation, which
# Croatia, Albania and Kosovo signed", "a roadmap that the two defence ministers signed"): the verb after the signers.
_RELATIVE_SIGNERS = screened(r"(?i)(?:\s+(?:on|of|for)\s+[\w’' -]{1,40}?)?,?\s+(?:which|that)\s+"
                             r"[\w’'., -]{2,70}?\s+(?:have\s+|has\s+|had\s+)?(?=sign|conclu|ink|seal)")


_WITH_PARTNER = screened(r"\s+with\s+(?:the\s+)?")
# The parties of an agreement named after it ("an agreement of 2012 between Russia and Kyrgyzstan"): it exists.
_BETWEEN = screened(r"(?i)(?:\s+(?:of|from|in)\s+\d{4})?\s+between\s+")
_IF_CONFIRMED = screened(r"(?i)\bif\s+(?:confirmed|true|it\s+exists|there\s+is\s+one)\b")


# A determiner that says there is none of what follows ("signed no such agreement", "not a single contract").
_NONE_OF = screened(r"(?i)\b(?:no|not\s+a|not\s+any|not\s+one|never\s+a|nor\s+a|neither\s+a)\s+"
                    r"(?:[\w-]+\s+){0,2}$")  # "no such", "no drone", "not a single defence"


# The pair that signs, called by what they are ("the two countries had signed a roadmap")
_TWO_OF_THEM = screened(r"(?i)\b(?:the\s+two|both)\s+(?:countries|governments|states|sides|nations)\b")


def _pair_of_sentence(text: str, knowledge: Knowledge) -> list[str]:
    """The two states the sentence names (its speaker, where the talks were), else none."""
    codes = list(dict.fromkeys(m.code for m in find_states(text, knowledge) if m.role != "demonyms"))
    return codes if len(codes) == 2 else []


def agreement_drafts(clause: Clause, knowledge: Knowledge) -> list[Draft]:
    text = clause.text
    for noun in knowledge.cues["agreement_nouns"].finditer(text, clause.start, clause.end):
        # "the Treaty on Comprehensive Strategic Partnership": the words after the title count too
        title = _TITLE.match(text, noun.end()) if noun.group()[:1].isupper() else None
        window = text[max(clause.start, noun.start() - 80):min(clause.end, (title.end() if title else noun.end()) + 40)]
        signing = knowledge.cues["agreement_signing"].search(window)
        signed = signing or _signed_after_aside(text, noun.end(), clause.end, knowledge) \
            or _REACHED.search(text, max(clause.start, noun.start() - 30), noun.start()) \
            or (_UNDER.search(text, max(clause.start, noun.start() - 40), noun.start())
                and (knowledge.items.search(text, clause.start, clause.end)  # under a deal about arms
                     or _WITH_PARTNER.match(text, noun.end())))  # "under a 2018 deal with Russia"
        weak = noun.group().lower().rstrip("s") in _WEAK_NOUNS  # "deal", "contract": signed or no agreement
        contracted = _CONTRACT_TO.match(text, noun.end())  # "describe a contract to supply Iran with 48 jets"
        between = _BETWEEN.match(text, noun.end()) and not (  # "the lease agreement between Berlin and The Hague";
            _IF_CONFIRMED.search(text, noun.end(), noun.end() + 80) or  # not "a deal between them, if confirmed"
            cue.denied_before(text, clause.start, noun.end(), knowledge))
        if not (signed or contracted or between or
                (not weak and knowledge.cues["agreement_qualifiers"].search(window))):
            continue
        if noun.group().lower() in _PLURAL_NOUNS and not (knowledge.cues["military_context"].search(window)
                                                          or knowledge.items.search(window)):
            continue  # "cancel bilateral air services agreements": many agreements name arms, or are not ours
        codes = list(dict.fromkeys(m.code for m in clause.mentions if not in_passing(text, m)))
        if not codes and _TWO_OF_THEM.search(text, clause.start, noun.start()):
            codes = _pair_of_sentence(text, knowledge)  # "Iran's minister said after talks in Moscow
            # that the two countries had signed a roadmap": the two states the speaker's sentence names
        partner = next((m for m in clause.mentions if _WITH_PARTNER.fullmatch(text, noun.end(), m.start)), None)
        own = next((m.code for m in reversed(clause.mentions) if m.end <= noun.start() and m.role != "demonyms"
                    and partner is not None and m.code != partner.code), None)
        if len(codes) > 2 and own is not None:
            codes = [own, partner.code]  # "Serbia ... has fielded Chinese FK-3 batteries and signed a contract with
            # France": the signer and the partner after "with", not a maker named on the way
        maker = _maker_in(clause, knowledge) if (signed or contracted) and len(codes) < 2 else None
        if maker is not None and maker not in codes:
            codes.append(maker)  # "an order for Su-35s was signed": its maker is the other party
            if len(codes) == 1:
                codes.insert(0, None)  # the buyer comes from the story
        named = noun.group()[:1].isupper() and noun.start() > clause.start  # "the ... Partnership Treaty"
        many = _MANY_STATES.search(window) or \
            (_MANY_STATES.search(text, clause.start, noun.start()) if signed else None)
        if len(codes) < 2 and many:  # "the three countries signed the charter": not the pair the story was last
            # about, but the three it named last (the document finds them)
            number = (_NUMBER_WORDS.get(many.group(1).lower()) or int(many.group(1))) if signed else 0
            if 2 < number <= 6:
                return [replace(draft(Kind.AGREEMENT, Sides(None, None, False), Status.AGREED, item=noun.group(),
                                      period=period(clause.periods)), signers=number)]
            continue
        bought = len(codes) == 1 and signed is not None and weak and find_money(text, clause.start, clause.end) and \
            any(m.code == codes[0] and m.end <= noun.start() for m in clause.mentions)
        if bought:  # "The UAE signed a $3.5 billion deal for the same system": the signer buys from the story's seller
            return [draft(Kind.AGREEMENT, Sides(None, codes[0], False), Status.AGREED, item=noun.group(),
                          period=period(clause.periods))]
        if len(codes) < 2 and not ((_PAIR_WORDS.search(window) or (named and signed)) and (codes or signed)):
            # a treaty named by its title and signed continues the story ("sits under the Comprehensive Strategic
            # Partnership Treaty signed in June 2024")
            continue
        if _NONE_OF.search(text, max(clause.start, noun.start() - 30), noun.start()):
            continue  # "Haftar has signed no such agreement": none was signed
        if not signed and cue.denied_before(text, clause.start, noun.end(), knowledge):
            continue  # "the two leaders may discuss a partnership treaty": talks, no treaty yet
        if cue.unasserted(text, noun.start(), noun.end(), knowledge):
            continue  # "full of claims that Egypt has signed a contract", "Has Cairo signed a deal? What we know"
        signing_before = signing is not None and max(clause.start, noun.start() - 80) + signing.start() < noun.start()
        if signing_before and cue.denied_before(text, clause.start, noun.start(), knowledge):
            continue  # "have not signed a treaty", "the two sides can sign a treaty": no agreement (yet)
        status = (cue.status_of(Kind.AGREEMENT, text, None, clause.start, knowledge) if signed else None) \
            or Status.AGREED
        status = Status.PLANNED if knowledge.cues["planned"].search(window) else status
        listed = sorted({m.code: m for m in reversed(clause.mentions) if not in_passing(text, m)}.values(),
                        key=lambda m: m.start)  # the first mention of each state
        if len(codes) > 2 and own is None and all(COORDINATED.match(text[a.end:b.start])
                                                  for a, b in zip(listed, listed[1:])):
            # "Egypt, Eritrea and Somalia signed a joint declaration": one agreement between each two of them
            return [draft(Kind.AGREEMENT, Sides(a, b, False), status, item=noun.group(),
                          period=period(clause.periods) if signed else None)
                    for i, a in enumerate(codes) for b in codes[i + 1:]]
        sides = Sides(codes[0] if codes else None, codes[1] if len(codes) > 1 else None, False)
        worth = next((m for m in find_money(text, max(clause.start, noun.start() - 30), clause.end)
                      if _WORTH_NEAR.fullmatch(text, noun.end(), m.start) or _MONEY_BEFORE.fullmatch(text, m.end,
                                                                                                  noun.start())), None)
        return [draft(Kind.AGREEMENT, sides, status, item=noun.group(),
                      quantity=quantity(worth, "US dollars") if worth else None,
                      period=period(clause.periods) if signed else None)]
    return []


# Two states that agree together ("Moscow and Pyongyang agreed in June to send ...", "the two governments agreed
# that ...") or one that agrees with another ("it agreed with China to set up a plant") make an agreement.
AGREED_WORD = screened(r"(?i)\bagreed\b")  # a sentence with it is read even when it has no other cue
_THEN_AGREED = r"(?:\s+(?:have|has|had|also|then|later|quickly|formally|finally|reportedly))*\s+agreed\b"
_AGREED = screened(r"(?i)" + _THEN_AGREED)
_TWO_AGREED = screened(r"(?i)\bthe\s+two\s+(?:governments|leaders|countries|sides|presidents|states|capitals|"
                       r"defence\s+ministers|defense\s+ministers)" + _THEN_AGREED)
_AGREED_WITH = screened(r"(?i)\bagreed\s+(?:(?:in|last|this|on)\s+[\w\s]{0,20}?)?with\s+(?:the\s+)?$")


def agreed_together(clause: Clause, knowledge: Knowledge) -> list[Draft]:
    """An agreement between two states that "agreed" together, or one that "agreed with" another; the pair comes
    from the story when the clause calls them "the two governments". Not when the agreeing is hedged or denied
    ("may have agreed")."""
    text, found = clause.text, []
    named = [m for m in clause.mentions if not in_passing(text, m) and m.role != "demonyms"]
    for a, b in zip(named, named[1:]):
        if a.code != b.code and COORDINATED.match(text[a.end:b.start]) and _AGREED.match(text, b.end):
            found.append((a.code, b.code, b.end))
        elif a.code != b.code and _AGREED_WITH.search(text, max(a.end, b.start - 40), b.start) and \
                text.find(" agreed", a.end, b.start) >= 0:
            found.append((a.code, b.code, b.start))
    two = _TWO_AGREED.search(text, clause.start, clause.end)
    if not found and two is not None:  # the two the clause names, else the story's pair
        codes = list(dict.fromkeys(m.code for m in named))
        found.append((codes[0] if codes else None, codes[1] if len(codes) > 1 else None, two.end()))
    drafts = []
    for giver, taker, end in found[:1]:
        if cue.denied_before(text, clause.start, end, knowledge) or not (
                knowledge.cues["military_context"].search(text, end, clause.end)
                or knowledge.items.search(text, end, clause.end)
                or knowledge.cues["troop_nouns"].search(text, end, clause.end)):
            continue  # "Pakistan and India have agreed to a ceasefire": no military cooperation
        status = cue.status_of(Kind.AGREEMENT, text, None, clause.start, knowledge)
        if status in (None, Status.REPORTED):
            continue  # "Moscow may have agreed to sell jets": no agreement the article asserts
        made = draft(Kind.AGREEMENT, Sides(giver, taker, False), Status.AGREED, item="agreement",
                     period=period(clause.periods))
        drafts.append(made if giver else replace(made, continuation=True))  # "the two governments": the story's
        # last pair
    return drafts

