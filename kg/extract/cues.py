"""Cue words in a sentence: triggers of each kind of fact, troop nouns, agreement nouns, and the status they imply."""

from __future__ import annotations

import re

from kg.extract.knowledge import STATUS_LISTS, Knowledge
from kg.extract.roles import APPROVAL_AFTER, FACTORY_VERBS, HOLD_VERBS, HOLDER_GAP, MADE_VERBS, STATES_BASE, TEACHING, \
    Trigger
from kg.extract.screened import screened
from kg.model import Kind, Status

_IRREGULAR_PAST = {"sent", "sold", "gave", "given", "got", "bought", "flew", "flown", "handed", "took", "taken",
                   "armed", "equipped", "left", "went", "came", "moved", "been", "were", "put", "held", "did", "spent",
                   "struck", "hit", "sank", "sunk", "built", "fought"}
_NOUN_CUES = {"shipment", "shipments", "delivery", "deliveries", "consignment", "consignments", "sale", "sales",
              "provision", "supplier", "suppliers", "transfers of", "arms deal", "acquisition", "acquisitions",
              "recipient", "deployment", "deployments", "service"}


def _help_triggers(text: str, knowledge: Knowledge) -> list[Trigger]:
    found = []
    for match in knowledge.cues["help"].finditer(text):
        if _TRAINS_CARRYING.match(text, match.start()):
            continue  # "trains with ammunition": railway trains, not training
        window = text[match.end():match.end() + 60]
        produce = knowledge.cues["produce"].search(window)
        programme = _PROGRAMME.search(window)
        if produce and len(window[:produce.start()].split()) <= 5:
            found.append(Trigger(match.start(), match.end(), match.group(), "technology"))
        elif (programme and len(window[:programme.start()].split()) <= 5) or _HELP_WITH.match(window) or \
                (HELP_NOUN.match(match.group()) and _HELP_ON.match(window)):
            received = knowledge.cues["receive"].search(text, max(0, match.start() - 40), match.start())
            found.append(Trigger(match.start(), match.end(), match.group(),
                                 "technology-receive" if received else "technology"))
    return found


# Help with a weapons programme is help to make arms ("help with Pyongyang's satellite programme").
_PROGRAMME = screened(r"(?i)\b(?:programmes?|programs?)\b")
# A help verb, its object, then "with" and what was helped with ("helped North Korea with the radars of ...").
_HELP_WITH = screened(r"(?i)^(?:\s+[\w’'-]+){0,3}?\s+with\s+(?!the\s+help\b)")
_HELP_ON = screened(r"(?i)^\s+on\s+")  # "help on missiles" (not "training on MiG-29s": see TRAIN_VERB)


_WITH = r"\bwith\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}"  # "with Iranian", "with the technical"
# Concrete help named by "with" makes a sentence worth reading ("with Chinese assistance"); "with Russian support"
# alone does not (the support may be political).
_WITH_TECHNOLOGY = screened(r"(?i)" + _WITH + r"(?:technology|know-how|expertise|assistance|help)\b")
_WITH_HELP = screened(r"(?i)" + _WITH + r"(?:help|assistance|support|technology|know-how|expertise)\b|"
                      r"\bwith\s+the\s+(?:help|assistance|support)\s+of\b|"
                      # "building copies of the drone using Iranian designs and kits"
                      r"\b(?:using|from|with|on|based\s+on)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}"
                      r"(?:designs|blueprints)\b")


def _received_help(text: str, knowledge: Knowledge) -> list[Trigger]:
    """"... began producing drones with Iranian help", "assembled in Lebanon with Iranian help": technology received
    from the helper."""
    producing = knowledge.cues["produce"].search(text) is not None
    return [Trigger(m.start(), m.end(), m.group(), "technology-receive") for m in _WITH_HELP.finditer(text)
            if producing or _MADE_BEFORE.search(text, max(0, m.start() - 50), m.start())]


# Made, then where and when, right before the help ("were assembled in Lebanon with Iranian help", "built up with").
_MADE_BEFORE = screened(r"(?i)\b(?:built\s+up|" + MADE_VERBS + r")\s+"
                        r"(?:[\w’'-]+\s+){0,4}$")


# Verbs of training someone ("train", "teach", "instruct", "drill", "coach"), then up to two words and a trainee.
TRAIN_VERB = (r"\b(?:(?:re-?)?train(?:s|ed|ing)?|teach(?:es|ing)?|taught|instruct(?:s|ed|ing|ion)?|drill(?:s|ed|ing)?|"
              r"coach(?:es|ed|ing)?)")
# Training on a system already named: "on it", "to fire them", "to operate the system" (the system comes from the
# clause or, failing that, the story).
USE_OF_NAMED = (r"(?:on|with|to\s+(?:fire|use|operate|launch|fly|maintain|handle|employ|service)|"
                r"(?:for\s+)?(?:the\s+)?(?:operation|use|handling|maintenance|servicing)\s+of)\s+"
                r"(?:them|it|those|these|the\s+(?:[\w-]+\s+)?(?:weapons?|systems?|complex(?:es)?|missiles?|drones?|"
                r"launchers?|guns?|jets?|aircraft|tanks?|howitzers?))\b")
_TRAIN = screened(r"(?i)" + TRAIN_VERB + r"\s+(?:[\w’'-]+\s+){0,2}?(?=(\w+))")


_TRAINS_CARRYING = screened(r"(?i)trains\s+(?:carrying|loaded|full|packed|with|of|bearing|transporting)\b")
_TAUGHT_NOUN = screened(r"(?i)" + TRAIN_VERB + r"\s+(?:[\w’'-]+\s+){0,3}$")


def taught_before(text: str, start: int) -> bool:
    """True when a training verb governs the people named at `start` ("sent to teach Nigerien soldiers"); railway
    trains carrying them do not."""
    verb = _TAUGHT_NOUN.search(text, max(0, start - 40), start)
    return verb is not None and not _TRAINS_CARRYING.match(text, verb.start())


_TRAINING_DONE = screened(r"(?i)\b(?:completed|received|got|gets|attended|attend|attends|attending|undergo|undergoes|"
                          r"underwent|"
                          r"undergone|undergoing|finished|"
                          r"did|done|doing|"
                          r"began|begun|begin|begins|beginning|passed|start|starts|starting|"
                          # "completed Russian-supervised live-fire training", "completed six months of training"
                          r"started)\s+(?:(?:\w+\s+)?(?:\w+-[\w-]+\s+){0,2}|(?:[\w-]+\s+){1,3}of\s+(?:\w+\s+)?|"
                          # "completed a conversion course", "completed operator and maintenance courses"
                          r"(?=(?:[\w-]+\s+){0,3}(?:courses?|conversion)\b)(?:[\w-]+\s+){0,3})"
                          r"(?:training|courses?|conversion)\b|"
                          # "learned to fly the fighter in Denmark"
                          r"\blearn(?:ed|t|s|ing)?\s+to\s+(?:fly|operate|use|fire|maintain|handle|launch)\b")
# Trainees at another state's military schools ("25 Armenian officers were studying at French military academies"):
# the schools' state trains them.
_STUDY_AT = screened(r"(?i)\b(?:stud(?:y|ies|ied|ying)|enrol(?:l?ed|ls?|ling))\s+(?:at|in)\b"
                     r"(?=\s+(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,3}(?:military|naval|defen[cs]e|war|staff|command)\s+"
                     r"(?:academ\w*|colleges?|schools?|universit\w*|institutes?)\b)")
_TRAINED = screened(r"(?i)\b(?:were|was|are|is|be|been|being|get|got)\s+"
                    r"(?:(?:\w+ly|later|also|then|since|now|already|first)\s+)?(?:re-?)?trained\b")


# Trainees who train somewhere or on something ("Serbian pilots are expected to train in France", "crews trained at
# Kapustin Yar", "pilots have been training on Russian aircraft", "pilots are training in Romania", "crews spent
# several months training in China").
_TRAIN_AT = screened(r"(?i)\b(?:(?:will|would|are|is|were|was|expected|due|set|to|also|later|first)\s+)*"
                     r"(?:train|trained|(?:(?:have|has|had)\s+(?:\w+ly\s+)?been\s+|"
                     # "spent several months training on the type in China"
                     r"(?:have\s+|has\s+|had\s+)?spen[dt]s?\s+(?:[\w-]+\s+){0,2}(?:days|weeks|months|years)\s+|"
                     r"(?:begin|began|begun|start|started|continue|continued)\s+)?training)\s+"
                     # a place, a system or a type: "in France", "at Kapustin Yar", "on Russian aircraft"
                     r"(?=(?:in|at|on)\s+(?:(?:the|a|an)\s+)?(?-i:[A-Z])|on\s+(?:the|a|an|its|their)\s)")


# Words between a training verb and its trainees far from it: a count and modifiers, no clause or preposition
# ("trained around 150 Ukrainian electronic warfare operators").
_TRAINEE_MODIFIERS = screened(r"(?i)(?:(?!(?:of|in|to|at|on|and|the|with|for|from|by|who|which|that)\s)"
                              r"[\w’'-]+(?:,\d{3})*\s+){1,6}")
# Trainees and the force they belong to before "were trained" ("sailors of Vietnam's navy were trained by ...").
_OF_FORCE = screened(r"(?i)\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}(?:navy|army|air\s+force|coast\s+guard|"
                     r"armed\s+forces|marines|police)\s+")
# A hedge between trainees and the training ("20 Iranian pilots are reported to have trained on the Su-35 in Russia")
_HEDGED_GAP = screened(r"(?i)\s+(?:is|are|was|were)\s+(?:reported|believed|said|thought|understood|known)\s+to\s+"
                       r"(?:have\s+)?")
_TRAINED_TOGETHER = screened(r"(?i)\b(?:with|alongside|together)\b")
_NO_TRAINEES = screened(r"(?i)\bno\s+(?:[\w’'-]+\s+){0,2}$")  # "no Pakistani pilots are known to have trained"


def _training(text: str, knowledge: Knowledge) -> list[Trigger]:
    """"Iranian specialists are training Russian engineers", "North Korean engineers were trained at Alabuga":
    technology transfer by training (the trainees' state receives)."""
    found = []
    for match in _TRAIN.finditer(text):
        if _TRAINS_CARRYING.match(text, match.start()):
            continue  # "trains carrying Russian servicemen": railway trains, not training
        for noun in knowledge.cues["trainees"].finditer(text, match.end(), match.end() + 60):
            if noun.end() - match.end() > 40 and not _TRAINEE_MODIFIERS.fullmatch(text, match.end(), noun.start()):
                break  # far from the verb, only when what stands between describes the trainees
            if _TRAINED_TOGETHER.search(text, match.end(), noun.start()):
                break  # "trained with American troops", "train alongside their Polish counterparts": side by side
            found.append(Trigger(match.start(), noun.end(), text[match.start():noun.end()], "technology"))
            break
    for match in (*_TRAINING_DONE.finditer(text), *_STUDY_AT.finditer(text)):  # "pilots ... completed training in
        # Russia", "officers were studying at French military academies"
        if knowledge.cues["trainees"].search(text, max(0, match.start() - 120), match.start()):
            found.append(Trigger(match.start(), match.end(), match.group(), "technology"))
    for pattern in (_TRAINED, _TRAIN_AT):
        for match in pattern.finditer(text):
            if any((0 <= match.start() - noun.end() <= 12 or _OF_FORCE.fullmatch(text, noun.end(), match.start())
                    or _HEDGED_GAP.fullmatch(text, noun.end(), match.start()))
                   and not _NO_TRAINEES.search(text, max(0, noun.start() - 30), noun.start())
                   for noun in knowledge.cues["trainees"].finditer(text, max(0, match.start() - 40), match.start())):
                end = match.end() - (len(match.group()) - len(match.group().rstrip()))
                found.append(Trigger(match.start(), end, text[match.start():end], "technology"))
    return found


# A state that has or keeps counted troops somewhere ("Russia has about 1,500 instructors in the Central African
# Republic", "keeps personnel at air bases in Libya"): the holding verb is a deployment cue.
_ABOUT = (r"(?:an estimated|about|around|some|roughly|nearly|up to|more than|over|at least|as many as|almost|"
          r"close to|well over|maybe|perhaps)")  # a count's qualifier
_HOLDS = screened(r"(?i)\b" + HOLD_VERBS +
                  r"(?:\s+(?:also|still|now))?(?:\s+(?:kept|maintained|retained))?"  # "has kept troops in Libya"
                  r"\s+(?=(?:(?:" + _ABOUT + r"|several|hundreds of|thousands of|"
                  r"dozens of)\s+)?(?:(?:between\s+|from\s+)?[\d,.]+(?:\s+(?:and|to)\s+[\d,.]+)?\s+)?"
                  r"(?:[\w-]+\s+){0,2}?(\w[\w ]*?)\s+(?:stationed\s+|based\s+|deployed\s+)?(?:in|at|inside)\b)")


# Troops in an exercise abroad ("about 85 American soldiers took part in an exercise in Armenia"); not taking part
# in battles or an operation, where the state named after may be the enemy or the host.
_IN_EXERCISE = screened(r"(?i)\b(?:(?:took|take|takes|taking|taken)\s+part|participat(?:ed|es|e|ing))"
                        r"(?:\s+(?:every|each|last|this|next|again|also|regularly|annually|year|month)){0,3}\s+in"
                        r"(?=(?:\s+[\w’'-]+){0,5}?\s+(?:exercises?|drills?|manoeuvres|maneuvers|war\s+games)\b)")


# Forces in joint training with another state's ("Russian warships held their first joint exercise with Myanmar's
# navy", "US Marines are finishing four days of joint training with the Ghanaian army"): deployed where the partner is.
_JOINT_WITH = screened(r"(?i)\b(?:held|holds?|holding|conduct(?:ed|s|ing)?|stag(?:ed|es|e|ing)|finish(?:ed|es|ing)?|"
                       r"beg(?:an|un|in|ins|inning)|start(?:ed|s|ing)?|(?:took|take|takes|taking|taken)\s+part\s+in|"
                       r"for)\s+(?:[\w’'-]+\s+){0,4}?joint\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:training|exercises?|drills?|manoeuvres|maneuvers|war\s+games)\s+with\b")
# Arms in a state's service, named by its demonym ("Russian-built Su-57 fighters in Algerian service"): that state uses
# them (the cue is the word "service"; the demonym before it is the user).
_IN_SERVICE = screened(r"\bin\s+(?:(?-i:[A-Z][\w-]*)\s+){1,2}(?P<cue>service)\b")
# "joint training": trained together, no one trains the other
_JOINT_BEFORE = screened(r"(?i)\bjoint\s+(?:[\w-]+\s+)?$")


def code_cues(text: str) -> bool:
    """True when a cue found by pattern rather than by the word lists may be in the sentence (it is worth reading):
    a holding verb with troops or counted foreign arms after it, technology or help named by "with" ("with Iranian
    technology", "with Chinese assistance"), joining another state's forces, paying for something (or funding it as a
    donor), arms found or seen on a party or at a base, goods that reach a named side, arms put on display or into
    service, goods passed on to someone, a factory opened abroad, a contract for something, troops in an exercise,
    an aid package announced for someone, an attack made with arms, arms built for a named owner, goods "-bound"
    somewhere, or trainees studying at military schools."""
    return _HOLDS.search(text) is not None or _HOLDS_FOREIGN.search(text) is not None or \
        _WITH_TECHNOLOGY.search(text) is not None or _JOINS_FORCES.search(text) is not None or \
        _PAYS_FOR.search(text) is not None or _DONORS_PAY.search(text) is not None or \
        _FOUND_WITH.search(text) is not None or \
        _SEEN_WITH.search(text) is not None or _SEEN_AT.search(text) is not None or \
        _REACHED.search(text) is not None or \
        _ON_DISPLAY.search(text) is not None or _PASSED_ON_TO.search(text) is not None or \
        _FACTORY_ABROAD.search(text) is not None or _CONTRACT_FOR.search(text) is not None or \
        _IN_EXERCISE.search(text) is not None or _JOINT_WITH.search(text) is not None or \
        _IN_SERVICE.search(text) is not None or ANNOUNCED_PACKAGE.search(text) is not None or \
        _ATTACKED_WITH.search(text) is not None or _BUILT_FOR.search(text) is not None or \
        _BOUND.search(text) is not None or _STUDY_AT.search(text) is not None


_WORK_GAP = screened(r"^(?:\s+[\w’'-]+){0,5}?\s+$")


def _experts_at_work(text: str, knowledge: Knowledge) -> list[Trigger]:
    """"Russian specialists have refitted Belarusian jets": a demonym, an expert noun, then within five words a verb
    of work on arms (cues.yaml: experts, expert_work, produce); the verb is a technology cue."""
    found = []
    for match in knowledge.states.finditer(text):
        state = knowledge.state_of(match)
        experts = knowledge.cues["experts_after"].match(text, match.end()) if state and state[1] == "demonyms" else None
        if experts is None:
            continue
        work = knowledge.cues["expert_work"].search(text, experts.end(), experts.end() + 60)
        if work is not None and _WORK_GAP.match(text[experts.end():work.start()]):
            found.append(Trigger(work.start(), work.end(), work.group(), "technology"))
    return found


# A factory a state opens abroad for its arms ("Iran has opened a factory for Ababil-2 drones in Tajikistan", "a factory
# producing Iranian drones opened in Dushanbe"): the opening verb is a technology cue; the place receives.
_FACTORY_ABROAD = screened(r"(?i)\b" + FACTORY_VERBS +
                           r"(?=\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:factory|plant|production\s+line|assembly\s+line)\s+"
                           r"(?:for|producing|to\s+produce|to\s+build|to\s+assemble|"
                           r"that\s+(?:produces|makes|builds|assembles))\s)|"
                           # a facility that keeps the buyer's arms working ("set up a maintenance, repair and
                           # overhaul facility in India", "is setting up a repair centre in India for Rafale engines")
                           r"\b" + FACTORY_VERBS + r"(?=\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:maintenance|repair|overhaul|servicing|MRO)\b[\w\s,-]{0,30}?"
                           r"\b(?:facility|facilities|centre|center|hub|plant|base|workshop)\s+in\s)|"
                           r"\b(?:factory|plant)\s+(?:producing|making|assembling|building)\s+[^,.;]{3,60}?\s+"
                           r"(?P<opened>opened|was\s+opened|was\s+inaugurated)(?=\s+in\s)|"
                           # a plant, a production line or a hub opened in another state ("have set up production
                           # lines in Denmark", "opened an assembly line in Odense"): the maker's state hands the host
                           # the know-how ("is building a plant near Kyiv" is left out: a builder is read as the one
                           # taught)
                           r"\b" + FACTORY_VERBS + r"(?=\s+(?:(?:a|an|its|their|new|first|second)\s+){0,2}"
                           r"(?:[\w-]+\s+){0,2}?"
                           r"(?:plants?|factory|factories|production\s+lines?|assembly\s+lines?|hubs?)\s+"
                           r"(?:in|near)\s+(?-i:[A-Z]))")


# Work on arms another state owns, by a finite verb ("Moscow also modernised Syria's ageing Su-24 bombers", "Rostec
# serviced the Mi-35 helicopters of the Nigerian air force", "Belarus repaired 20 Ukrainian T-72 tanks", "Poland is
# repairing Ukrainian Mi-8 helicopters"): the worker hands the owner know-how. Not a participle before the goods
# ("refurbished boats", "an upgraded version").
_WORKED_ON = screened(r"(?i)(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)"
                      r"\b(?:modernised|modernized|upgraded|overhauled|serviced|repaired|refurbished|"
                      r"(?:will|would|to)\s+(?:modernise|modernize|upgrade|overhaul|service|repair|refurbish)|"
                      r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|now\s+|still\s+)?"
                      r"(?P<doing>modernising|modernizing|upgrading|overhauling|servicing|repairing|"
                      r"refurbishing))\b"
                      r"(?=\s+(?:\d[\d,]*\s+|[a-z]+\s+){0,3}?(?:(?-i:[A-Z])[\w’'.-]*(?:'s|’s)\s|"
                      r"(?-i:[A-Z])[\w-]*\s+[\w-]*\s*"
                      r"(?:tanks|jets|fighters|helicopters|aircraft|vehicles|systems|ships|submarines|bombers)\b|"
                      r"(?:[\w-]+\s+){0,4}?(?:of|for)\s+the\s+(?:(?-i:[A-Z])[\w-]*\s+){1,3}"
                      r"(?:air\s+force|navy|army|armed\s+forces)))")


def _worked_on(text: str) -> list[Trigger]:
    return [Trigger(m.start("doing"), m.end(), m["doing"], "technology") if m["doing"] else
            Trigger(m.start(), m.end(), m.group(), "technology") for m in _WORKED_ON.finditer(text)
            if not _PARTICIPLE_BEFORE.search(text, max(0, m.start() - 20), m.start()) and
            not _OWN_AFTER.match(text, m.end())]  # "is repairing": the verb, not its auxiliary


_OWN_AFTER = screened(r"(?i)\s+(?:its|their|his|her|our)\s+own\b")  # "modernised its own Su-34 bombers"


# a passive or a participle before the goods: "were repaired", "20 refurbished tanks", "the newly upgraded jets"
_PARTICIPLE_BEFORE = screened(r"(?i)\b(?:is|are|was|were|be|been|being|get|got|the|a|an|its|their|\d[\d,]*|"
                              r"two|three|four|five|six|seven|eight|nine|ten|dozen|several|some|more)\s+"
                              r"(?:\w+ly\s+)?$")


def _factories_abroad(text: str) -> list[Trigger]:
    found = []
    for match in _FACTORY_ABROAD.finditer(text):
        start, end = (match.start("opened"), match.end("opened")) if match["opened"] else (match.start(), match.end())
        found.append(Trigger(start, end, text[start:end], "technology"))
    return found


# Before the troop noun a holder keeps: a determiner, a size or a count ("a 400-strong police contingent", "several
# thousand troops", "its own forces"), then names ("Revolutionary Guards advisers")
_NAME_WORDS = screened(r"(?:(?:a|an|its|their|own|small|large|sizeable|sizable|permanent|rotating|[\w,]+-strong|"
                       r"several|hundred|thousand|police|military)\s+)*(?:[A-Z][\w’'-]*\s+){0,3}")
# "troops and military advisers", "advisers and Afghan fighters": a troop noun and another
_TROOPS_AND = screened(r"(?i)(?P<first>[\w-]+)\s+and\s+(?:military\s+|[A-Z][\w’'-]*\s+)?")
_UNIT_OF = screened(r"(?i)\b(?:contingent|garrison|detachment|force)\s+of\s+$")  # "a contingent of troops"


# Arms found on a party ("recovered North Korean-made missiles from Hezbollah positions", "found Iranian-made
# missiles in Hezbollah positions"): the party held them, so the maker gave them; the preposition is the cue.
# Arms or parts inside a party's own weapons ("Iranian parts found in Houthi missiles", "components turned up in almost
# every Houthi drone") were supplied to it the same way.
_FOUND_WITH = screened(r"(?i)\b(?:found|recovered|seized|captured|discovered|documented|filmed|photographed|seen|"
                       r"report|reports|reported|shows|showed|show|turned\s+up|"
                       r"spotted|identified|observed|pictured)\b[^.;]{0,140}?\b(in|from)\s+"
                       r"(?=" + HOLDER_GAP + r"(?P<holder>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+"
                       r"(?:positions?|hands|arsenals?|stocks|stockpiles|depots?|caches?|tunnels?|fighters|militants|"
                       r"units|(?P<arms>missiles?|drones?|rockets?|weapons))\b)")


# "Niger's army has been seen with Chinese-built vehicles": who is seen with foreign arms got them
_SEEN_WITH = screened(r"(?i)\b(?:been|being|was|were|is|are)\s+(?:\w+ly\s+)?(seen|spotted|photographed|pictured|"
                      r"filmed)\s+(?:with|using|operating)\b")


# Goods that reach a state or a party named right after the verb arrived there ("Chinese-made components had reached
# Houthi workshops"); not a verdict "reached after", an agreement reached, a total that "reached 12,000", nor what a
# missile "can reach" (its range).
_REACHED = screened(r"(?<!\bbeen )\b(reached|reaching|reaches|reach)\s+(?:the\s+)?(?=[A-Z][\w’'-]*)")
_REACHED_NOT_ARMS = screened(r"(?i)\b(?:agreement|deal|accord|verdict|decision|consensus|understanding|total|"
                             r"number|figure|toll)s?\b[^.;:]{0,30}$|"
                             r"\b(?:can|could|cannot|able\s+to|capable\s+of)\s+$")


def _reached(text: str, knowledge: Knowledge) -> list[Trigger]:
    return [Trigger(m.start(1), m.end(1), m.group(1), "give") for m in _REACHED.finditer(text)
            if not _REACHED_NOT_ARMS.search(text, max(0, m.start() - 40), m.start())
            and (knowledge.states.match(text, m.end()) or knowledge.parties.match(text, m.end()))]


# A buyer that "took" arms received them ("Qatar took six aircraft in 2019", "Morocco took its first batch",
# "Ankara ended up taking the Russian S-400"): the goods come within a few words; not "took part", "took over",
# "took six months", "took up combat duty".
_TOOK = screened(r"(?i)\b(?:took|taken|taking|takes)\b(?!\s+(?:part|place|over|up|off|apart|on|out|control|office|"
                 r"power|charge|delivery|receipt|possession|ownership|custody|stock|the\s+relay|the\s+form|"
                 r"(?<=taken\s)(?:in|by|at|on|during|from|over|last|this))\b)")
_TOOK_GOODS = screened(r"(?i)\s+(?:(?:at\s+least|about|some|around|its|their|the|a|an|first|more|all|[\w-]+-built|"
                       r"[\w-]+-made|[\w-]+|\d[\d,]*)\s+){0,4}?$")


def _took(text: str, knowledge: Knowledge) -> list[Trigger]:
    found = []
    for m in _TOOK.finditer(text):
        item = knowledge.items.search(text, m.end(), m.end() + 60)
        if item is not None and _TOOK_GOODS.fullmatch(text, m.end(), item.start()) and \
                not _TIME_AFTER.match(text, m.end()) and not _TAKEN_OFF.match(text, item.end(), item.end() + 120):
            found.append(Trigger(m.start(), m.end(), m.group(), "receive"))
    return found


_TAKEN_OFF = screened(r"(?i)[^.;]*?\boff\s+(?:a|an|the|another)\b")  # "took 3,000 rifles ... off a dhow": seized
_TIME_AFTER = screened(r"(?i)\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|hours?|decades?)\b")


# "has put Russian-supplied Pantsir systems on public display", "put the TB2 into service": showing or fielding foreign
# arms is using them
_ON_DISPLAY = screened(r"(?i)\b(put|puts|putting)\b(?=[^.;]{1,80}?\b(?:on\s+(?:public\s+)?display|"
                       r"into\s+(?:active\s+)?service)\b)")


# Arms made elsewhere seen at a base, an airfield or a port: in service with the state they stand in ("two Russian-made
# helicopters were photographed at an airfield near Isfahan", "satellite images showed Iranian drones at an air base")
_SEEN_AT = screened(r"(?i)\b(?:(?:been|being|was|were|is|are)\s+(?:\w+ly\s+)?(seen|spotted|photographed|pictured|"
                    r"filmed|imaged)|(shows?|showed|showing))\b(?=[^.;]{0,120}?\b(?:at|on|in)\s+(?:an?\s+|the\s+)?"
                    r"(?:[\w’'-]+\s+){0,3}(?:air\s*bases?|airbases?|airfields?|airports?|airstrips?|bases?|ports?|"
                    r"depots?|aprons?|runways?|hangars?)\b)")


def _seen_at(text: str) -> list[Trigger]:
    return [Trigger(m.start(m.lastindex), m.end(m.lastindex), m.group(m.lastindex), "sighted")
            for m in _SEEN_AT.finditer(text)]


# An attack made with arms made elsewhere ("the air force bombed villages with Chinese-made K-8 jets", "Houthi attacks
# on tankers with Iranian-supplied missiles"): the attacker used them, so their maker gave them. The cue spans the
# attack's verb to the "with" that names the arms, so what was attacked is inside it: no item, and its state no user.
# Nouns that are also arms or cargo ("bombs", "shells", "targets") open no attack.
_ATTACKED_WITH = screened(r"(?i)\b(bomb(?:ed|ing)|str(?:uck|ikes?|iking)|hit(?:ting)?|attack(?:ed|s|ing)|"
                          r"shell(?:ed|ing)|pound(?:ed|ing)|target(?:ed|ing)|raid(?:ed|s|ing)|"
                          r"destroy(?:ed|s|ing)|sank|sunk|sinking|(?<!was\s)(?<!were\s)(?<!been\s)fought|fights?|"
                          r"fighting)\b"
                          r"[^.;:]{0,80}?\b"
                          # what was struck may be "loaded with" arms: those are its cargo, not the attacker's arms
                          r"(?<!loaded\s)(?<!laden\s)(?<!packed\s)(?<!filled\s)(?<!stocked\s)(?<!crammed\s)"
                          r"(?P<with>with)\s+(?=(?:its\s+|their\s+|the\s+)?(?-i:[A-Z]))")


# Arms built for a named owner ("the third of eight submarines being built for the Pakistan Navy"): their maker gives.
_BUILT_FOR = screened(r"\b(?:built|constructed)\s+for\s+(?=(?:the\s+)?[A-Z])")


def _built_for(text: str) -> list[Trigger]:
    return [Trigger(m.start(), m.end() - 1, text[m.start():m.end()].strip(), "give") for m in _BUILT_FOR.finditer(text)]


# Goods named as going somewhere ("a Yemen-bound dhow", "Houthi-bound weapons"): "-bound" moves them there.
_BOUND = screened(r"(?<=\w)[-‐‑](bound)\b")


def _bound(text: str) -> list[Trigger]:
    return [Trigger(m.start(1), m.end(1), m.group(1), "give") for m in _BOUND.finditer(text)]


def _attacked_with(text: str) -> list[Trigger]:
    """An attack's verb through the "with" that names its arms, worded as the verb (its tense says whether the arms
    were used)."""
    return [Trigger(m.start(1), m.end("with"), m.group(1), "use") for m in _ATTACKED_WITH.finditer(text)]


def _found_with(text: str, knowledge: Knowledge) -> list[Trigger]:
    # inside weapons, only a state's or a party's own ("in Houthi missiles", not "in Lancet drones")
    return [Trigger(m.start(1), m.end(1), m.group(1), "use") for m in _FOUND_WITH.finditer(text)
            if not m.group("arms") or knowledge.states.match(text, m.start("holder"))
            or knowledge.parties.match(text, m.start("holder"))] + \
        [Trigger(m.start(1), m.end(1), m.group(1), "use") for m in _ON_DISPLAY.finditer(text)] + \
        [Trigger(m.start(1), m.end(1), m.group(1), "use") for m in _SEEN_WITH.finditer(text)]


def _troops_and(text: str, start: int, end: int, knowledge: Knowledge) -> bool:
    """True when a troop noun and "and" stand before the troop noun at `end` ("advisers and fighters")."""
    joined = _TROOPS_AND.fullmatch(text, start, end)
    return joined is not None and any(noun.end() == joined.end("first") for noun in
                                      knowledge.cues["troop_nouns"].finditer(text, joined.start("first"), end))


def _holding_troops(text: str, knowledge: Knowledge) -> list[Trigger]:
    found = []
    for match in _HOLDS.finditer(text):
        # the troop noun ends the words before the place ("kept Revolutionary Guards advisers in Syria")
        if any(noun.end() == match.end(1) and (_NAME_WORDS.fullmatch(text, match.start(1), noun.start())
                                               or _UNIT_OF.search(text, match.start(), noun.start())
                                               or _troops_and(text, match.start(1), noun.start(), knowledge))
               for noun in knowledge.cues["troop_nouns"].finditer(text, match.start(1), match.end(1))):
            found.append(Trigger(match.start(), match.end() - 1, text[match.start():match.end()].strip(), "deploy"))
    return found


# Troops said to be somewhere ("Iranian military personnel are on the ground in Crimea", "Russian instructors remain
# in Mali"): being there is a deployment; the verb is the cue, the troops' demonym gives and the place receives.
_PRESENT = screened(r"(?i)\s+(?:(?:are|is|were|was|remain|remains|remained|stay|stays|stayed|will\s+(?:stay|remain)|"
                    r"have\s+(?:stayed|remained))(?:\s+(?:still|now|already|currently|also))?)"
                    r"(?=\s+(?:on\s+the\s+ground\s+|stationed\s+|based\s+)?(?:in|inside)\b)")


_ADJECTIVES_GAP = screened(r"(?:\s+(?:military|armed|army|naval|air\s+force|special|elite|service|security))*\s+$")


def _demonym_start(text: str, start: int, knowledge: Knowledge) -> int | None:
    """Where the demonym right before the noun at `start` begins, past military adjectives ("Iranian military")."""
    for match in knowledge.states.finditer(text, max(0, start - 40), start):
        found = knowledge.state_of(match)
        if found and found[1] == "demonyms" and _ADJECTIVES_GAP.fullmatch(text, match.end(), start):
            return match.start()
    return None


# "there are now about 2,000 Russian personnel in Mali", "In Mali, there are ...": the verb, then the troops
THERE_ARE = screened(r"(?i)\bthere\s+(?:are|were|remain|remained)\b")  # a sentence to read for troops
_THERE_ARE_TROOPS = screened(r"(?i)\bthere\s+((?:are|were|remain|remained)"
                             r"(?:\s+(?:still|now|currently|already|also))?)"
                             r"(?=(?:\s+(?:about|around|some|roughly|nearly|almost|over|more|than|at|least|up|to|"
                             r"an|estimated|somewhere|between|and|several|hundreds|thousands|dozens|of|a|few|many|"
                             r"[\d][\d,.]*))*\s+$)")


def _present_troops(text: str, knowledge: Knowledge) -> list[Trigger]:
    found = []
    for noun in knowledge.cues["troop_nouns"].finditer(text):
        demonym = _demonym_start(text, noun.start(), knowledge)
        if demonym is None:
            continue
        verb = _PRESENT.match(text, noun.end())
        if verb is not None:
            found.append(Trigger(verb.start() + 1, verb.end(), verb.group().strip(), "deploy"))
        there = _THERE_ARE_TROOPS.search(text, max(0, demonym - 60), demonym)
        if verb is None and there is not None:
            found.append(Trigger(there.start(1), there.end(1), there.group(1), "deploy"))
    return found


# Troops who join another state's forces ("soldiers were being prepared to join Russian forces", "recruits joined the
# Russian army"): joining is the deployment cue, the forces' state receives.
_JOINS_FORCES = screened(r"\b(?:join|joins|joined|joining)\s+"
                         r"(?=(?:the\s+)?[A-Z][\w’'-]+\s+"
                         r"(?:army|armed\s+forces|forces|troops|units|military|ranks)\b)")


def _joining_forces(text: str, knowledge: Knowledge) -> list[Trigger]:
    return [Trigger(m.start(), m.end() - 1, m.group().strip(), "deploy") for m in _JOINS_FORCES.finditer(text)
            if knowledge.cues["troop_nouns"].search(text, max(0, m.start() - 80), m.start())]


# A state holding a counted number of arms named by their foreign origin ("Venezuela has 5,000 Russian Igla-S
# missiles"): holding them is using them, so their origin gave them.
_HOLDS_FOREIGN = screened(r"(?i)\b(?:has|have|had|possesses|possess|possessed|holds|hold|held|owns|own|owned|"
                          r"disposes\s+of|disposed\s+of|keeps|kept|fields|fielded)\s+(?=(?:" + _ABOUT + r"\s+)?"
                          r"\d[\d,.]*\s+"
                          r"(?:(?:million|thousand|hundred)\s+)?[A-Z])")


def _holding_foreign(text: str) -> list[Trigger]:
    return [Trigger(m.start(), m.end() - 1, text[m.start():m.end()].strip(), "use")
            for m in _HOLDS_FOREIGN.finditer(text)]


# A contract or deal for arms, with its value or partner between ("a contract worth 2.7 billion euros for 12
# jets", "a deal with Paris for 12 jets"), or a date after "signed": the buyer receives. The plain "contract for"
# is a receive cue in cues.yaml.
_CONTRACT_PART = (r"(?:(?:worth|valued\s+at)\s+(?:" + _ABOUT + r"\s+)?[$€£]?\s?\d[\d,.]*\s*(?:million|billion|bn|m)?"
                  r"(?:\s+(?:euros|dollars|roubles|rubles|pounds|yuan))?|"
                  r"with\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|"
                  # "a contract in 2023 for", "in December", "on Friday", "last year"
                  r"in\s+(?!(?:exchange|return|part|principle)\b)(?:(?:early|late|mid)\s+)?(?:[A-Z][a-z]+(?:\s+\d{4})?|"
                  r"\d{4})|on\s+(?!behalf\b)[A-Z][a-z]+(?:\s+\d{1,2})?|"
                  r"(?:last|this)\s+(?:year|month|week)|earlier\s+this\s+(?:year|month))")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_CONTRACT_FOR = screened(r"(?i)\b(?:contract|contracts|deal|deals|agreement|agreements)(?:\s*,?\s+" + _CONTRACT_PART +
                         r"){1,3}\s*,?\s+for\b|"
                         # a buyer that "signed in April 2024 for 24 F-16s", "signed in December for", "signed
                         # last week for"
                         r"\b(?:signed|signs|signing)\s+(?:(?:in|on)\s+(?:(?:early|late|mid)\s+)?(?:[A-Z][a-z]+\s+)?"
                         r"(?:\d{1,2}\s+)?\d{4}|in\s+(?:early\s+|late\s+|mid-?)?" + _MONTH + r"|on\s+" + _WEEKDAY +
                         r"|(?:last|this|earlier\s+this)\s+(?:week|month|year))\s+for\b|"
                         # the count a contract covers ("the agreement with Sweden, signed in December, covers 152
                         # CV90s", "a deal covering 44 launchers")
                         r"\b(?:contract|deal|agreement|order)\b(?:[^.;:()\"“”]{0,100}?,)?\s+(?:also\s+)?"
                         r"(?:covers|covered|covering|provides\s+for|provided\s+for)"
                         r"(?=\s+(?:(?:about|around|some|roughly|up\s+to|at\s+least|more\s+than)\s+)?\d)")


# Paying for something ("Moscow agreed to pay about $1.75 billion for the know-how", "paid Tehran for drones"): the
# payer receives it, the one paid gives.
_PAYS_FOR = screened(r"(?i)\b(?:pay|pays|paid|paying)(?=(?:\s+[\w’'$€£.,-]+){0,6}?\s+for\b)")
_PAID_WITH = screened(r"(?i)\bwith\b")


# Donors paying for arms: states that pay for them together or co-fund them ("Denmark, Germany and Norway together
# paid for sixteen guns", "Norway will co-fund two IRIS-T systems"), or fund or finance them for a state ("will fund
# two howitzers for Ukraine"), give them; they are no buyers.
_FUND = r"(?:fund(?:s|ed|ing)?|financ(?:e|es|ed|ing))"
_DONORS_PAY = screened(r"(?i)\b(?:co-?" + _FUND + r"|(?:jointly|together)\s+(?:" + _FUND +
                       r"|pa(?:y|ys|id|ying)\s+for))\b|"
                       r"\b" + _FUND + r"(?=(?:\s+[\w’'$€£.,-]+){1,8}?\s+for\s+(?:the\s+)?[A-Z])")


# An aid package a government announces for another ("announced a new $400 million security assistance package
# for Ukraine"): a pledge of arms, planned
ANNOUNCED_PACKAGE = screened(r"(?i)\b(?:announc(?:ed|es|ing)|unveil(?:ed|s|ing))\s+(?:(?:a|an|its|their|new|"
                             r"another|further|fresh|latest|largest|biggest|\d+(?:st|nd|rd|th)|[$€£]?\d[\d,.]*|"
                             r"US|million|billion|euros?|dollars?|pounds?|military|security|defence|defense|aid|"
                             r"assistance|weapons|arms)\s+){1,8}?packages?(?=\s+(?:for|to)\s)")


def _contract_for(text: str) -> list[Trigger]:
    found = [Trigger(m.start(), m.end(), m.group(), "give") for m in ANNOUNCED_PACKAGE.finditer(text)]
    found += [Trigger(m.start(), m.end(), m.group(), "receive") for m in _CONTRACT_FOR.finditer(text)]
    donors = [Trigger(m.start(), m.end(), m.group(), "give") for m in _DONORS_PAY.finditer(text)]
    return found + donors + [Trigger(m.start(), m.end(), m.group(), "receive") for m in _PAYS_FOR.finditer(text)
                             if not _PAID_WITH.search(text, m.end()) and  # "pays for the weapons with know-how"
                             not any(d.start <= m.start() < d.end for d in donors)]



_GAP_WORDS = screened(r"^(?:\s+[\w’'$€£.-]+){0,6}?\s+$")  # "paid $1.75 billion for the know-how"


# "exported mortar rounds under licence to a Czech company": the permit the goods went under, no licence handed over
_UNDER = screened(r"(?i)\bunder\s+(?:an?\s+|the\s+|its\s+)?(?:export\s+|government\s+|state\s+)?$")


def _handed_technology(text: str, moves: list[Trigger], knowledge: Knowledge) -> list[Trigger]:
    """"provided North Korea with technology", "bought the licence for the design from Iran": a give or receive cue
    up to six words before a technology word."""
    found = []
    for match in knowledge.cues["technology_objects"].finditer(text):
        move = next((t for t in reversed(moves) if t.end <= match.start() and _GAP_WORDS.match(text[t.end:match.start()])),
                    None)
        permit = match.group().lower().startswith("licen") and \
            _UNDER.search(text, max(0, match.start() - 30), match.start()) is not None
        if move is not None and not in_a_name(text, match.start(), match.end()) and not permit:
            kind = "technology-object" if move.type == "give" else "technology-object-receive"
            found.append(Trigger(match.start(), match.end(), match.group(), kind))
    return found


_PREVIOUS_WORD = screened(r"([\w’'-]+)\s+$")
_NOUN_MARKERS = {"the", "a", "an", "its", "their", "these", "those", "two", "three", "several", "many", "cargo",
                 "container", "naval", "merchant", "supply", "transport", "tanker", "military", "of",
                 "at", "on", "against", "aboard"}  # "fired missiles at ships": the vessels, not the verb


def _a_noun(text: str, start: int, knowledge: Knowledge) -> bool:
    """True when "ship(s)" is the vessel noun, not the verb ("Russian ships", "the cargo ships")."""
    if text[start:start + 4].lower() != "ship" or re.match(r"(?i)ship(?:ment|ping|ped|per)", text[start:start + 8]):
        return False  # "accused of shipping tanks": the verb
    if _VESSELS_LISTED.match(text, start + 4 + (text[start + 4:start + 5].lower() == "s")):
        return True  # "Ships and aircraft from the United States searched the area": vessels with other craft
    previous = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    if previous is None:
        return False
    word = previous.group(1)
    found = knowledge.state_names.get(word)
    return word.lower() in _NOUN_MARKERS or bool(found and found[1] == "demonyms")


_VESSELS_LISTED = screened(r"(?i)(?:\s+(?:and|or)|\s*,)\s+(?:aircraft|planes|submarines|helicopters|boats|"
                           r"vessels|warships|crews|sailors|drones)\b")
_CARRIER_NOUN = screened(r"(?i)\s+(?:planes?|aircraft|helicopters?|vehicles?|ships?|vessels?|trucks?|aviation)\b")


_RULE_NOUN = screened(r"(?i)\s+(?:controls?|licen[cs]es?|licen[cs]ing|bans?|restrictions?|regimes?|rules|curbs|"
                      r"embargo(?:es)?|permits?)\b")


def _a_state_named(text: str, start: int, knowledge: Knowledge) -> bool:
    """True when a state itself (not a region inside it) is named at `start`."""
    named = knowledge.states.match(text, start)
    found = knowledge.state_of(named) if named else None
    return found is not None and found[1] != "places"


_THE_BEFORE = screened(r"(?i)\bthe\s+$")
# A state's numbered or military base ("Russia's 201st military base in Tajikistan"): its forces abroad, a cue.
_STATES_BASE_BEFORE = screened(r"(?i)\w" + STATES_BASE + r"$")
_BUYER_AFTER = screened(r"(?i)\s+(?:(?:buyers?|customers?|clients?|markets?|importers?)\b|"
                        r"(?:earners?|success(?:es)?|hits?|winners?|revenues?|income|earnings)\b)")
_CASE_NOUN = screened(r"(?i)\s+(?:case|cases|charges?|trial|trials|ring|rings|network|networks|investigation|probe|"
                      r"operation|operations|prosecution|conviction)\b")
_FLOWN_BY_USERS = screened(r"(?i)\s+by\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}"
                           r"(?:units?|forces|troops|soldiers|crews|pilots|operators|army|military|drone\s+teams)\b")
_BRINGING_TOTAL = screened(r"(?i)\s+(?:its|their|the|this|that|his|her|Russia's|the\s+country's)\s+(?:[\w-]+\s+)?"
                           r"(?:total|fleet|number|tally|count|arsenal|inventory|stocks?|holdings)\b")
# "moved (quickly) to <verb>": an infinitive after "to", not a place or a determiner.
_MOVED_TO_ACT = screened(r"(?:\s+(?:this|last|next)\s+\w+|\s+\w+ly)?\s+to\s+"
                         r"(?!(?:the|a|an|its|their|his|her|our|within|near|positions?|bases?|areas?|sites?|depots?|"
                         r"camps?|storage|forward|front|border)\b)[a-z]+\b")
_PROVIDES_FOR = screened(r"(?i)provide[sd]?\s+for\b")
_TERMS_BEFORE = screened(r"(?i)\b(?:agreement|deal|contract|treaty|accord|memorandum|pact|plan|document|text|"
                         r"clause|article)s?\s+(?:\w+\s+)?$")
_SHIPPING_BEFORE = screened(r"(?i)\b(?:regional|commercial|international|global|merchant|civilian|"
                            r"civil|maritime|container|world|red sea|gulf|neutral)\s+$")
_WORLD_TRADE_BEFORE = screened(r"(?i)\b(?:global|world|worldwide|international|the\s+world's)\s+"
                               r"(?:(?:arms|weapons?|defen[cs]e|military)\s+)?$")
_SHIPPING_AFTER = screened(r"(?i)\s+(?:lanes?|routes?|companies|company|firms?|industry|traffic|insurance|"
                           r"rates|costs|giants?|lines?)\b")


_IN_A_NAME = screened(r"\b(?!The\b|A\b|An\b)[A-Z][\w’'-]*\s+$")  # "Disruptive " before "Technology"
_NAME_GOES_ON = screened(r"\s+[A-Z][\w’'-]*")  # " Strike" after it


def in_a_name(text: str, start: int, end: int) -> bool:
    """True for a capitalised word between capitalised words in a sentence that is not in title case ("the
    Disruptive Technology Strike Force")."""
    return text[start].isupper() and bool(_IN_A_NAME.search(text, max(0, start - 30), start)) and \
        bool(_NAME_GOES_ON.match(text, end)) and not _title_case(text)


def _title_case(text: str) -> bool:
    """True for a headline in title case, where capitals mark no name."""
    words = re.findall(r"[A-Za-z][\w’'-]*", text)
    return sum(w[0].isupper() for w in words) * 2 > len(words)


_NAMED_AFTER = screened(r"(?i)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:name|names|designation|label|nickname|title|"
                        r"code\s*name|codename)\b")
_SPEECH_AFTER = screened(r"(?i)(?:\s+(?:down|over|up))?\s+(?:its|a|an|the|their|his|her|our)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:report|reports|verdict|verdicts|speech|statement|message|address|remarks|briefing|"
                         r"assessment|warning|ruling|findings|testimony|update|lecture|ultimatum|judgment|judgement|"
                         r"sentence|presentation|keynote|response|reply|answer|apology|condolences|blow|rebuke)\b")
_PILOTS_BEFORE = screened(r"(?i)\b(?:pilots?|aircrews?|crews?|aviators)\s+"
                          r"(?:(?:have|has|had|also|long|still|now)\s+)*$")
_LEAST_AFTER = screened(r"(?i)\s+(?:least|most)\b")


_REPAID_WITH = screened(r"(?i)\s+(?:(?!for\b)[\w’'-]+\s+){0,5}?with\b")  # "repaying Pyongyang with", not "for"
_GETS = {"received", "receive", "receives", "receiving", "got", "get", "gets", "obtained", "obtain", "obtains",
         "secured", "secure", "secures"}


def _a_modifier(text: str, start: int, end: int, knowledge: Knowledge) -> bool:
    """True when the cue word is part of a compound, not a verb ("anti-ship missiles", "transport planes",
    "export controls"), or a verb in a frame that moves nothing ("an export earner", "repaid ... for")."""
    if start > 0 and text[start - 1] in "-‐‑":
        return True
    if text[start:end] == "Given":  # "Given the missile's range, ...": a preposition at the start
        return True
    if text[start:end].lower() == "shipping" and (_SHIPPING_BEFORE.search(text, max(0, start - 30), start)
                                                  or _SHIPPING_AFTER.match(text, end)):
        return True  # "threaten commercial shipping", "shipping lanes": the trade at sea, not a shipment
    if text[start:end].lower().startswith(("repay", "repaid", "reward")) and not _REPAID_WITH.match(text, end):
        return True  # "repaid Pyongyang for the shells with oil": only "repaying X with" arms gives them (the verbs
        # are cues.yaml's give words "repaying", "repaid", "rewarding", "rewarded")
    if _RULE_NOUN.match(text, end):
        return True  # "export controls", "arms sales ban": rules about transfers, not transfers
    if text[start:end].lower() in _GETS and APPROVAL_AFTER.match(text, end):
        return True  # "Poland received German approval to send tanks": a permission, no goods
    if text[start:end].lower() in ("export", "exports") and _BUYER_AFTER.match(text, end):
        return True  # "the first export customer for the missile": the customer receives, no one gives; "an export
        # earner for the French yard": what the yard earns, no transfer
    if text[start:end].lower() in ("exports", "imports", "sales") and \
            _WORLD_TRADE_BEFORE.search(text, max(0, start - 40), start):
        return True  # "5.9 percent of global exports of major arms": the world's trade, no buyer or seller named
    if text[start:end].lower() in ("smuggling", "trafficking") and _CASE_NOUN.match(text, end):
        return True  # "the first weapons smuggling case to go before a jury": the case, not a shipment
    word, cues = text[start:end].lower(), knowledge.cues
    if word in ("station", "stations", "base") and cues["place_modifiers"].search(text, max(0, start - 30), start) \
            and not (word == "base" and _STATES_BASE_BEFORE.search(text, max(0, start - 40), start)):
        return True  # "power stations", "an air base": places, not the verbs "station" and "base"
    if word == "armed" and (cues["armed_nouns"].match(text, end) or _DETERMINER_ADJECTIVE.search(text, 0, start)):
        return True  # "its armed forces", "armed drones", "its first armed long-endurance aircraft": the adjective,
        # not "Iran armed the Houthis"
    if word.startswith("fighting") and _THE_BEFORE.search(text, max(0, start - 10), start):
        return True  # "units for the fighting in Ukraine": the war, not troops fighting there
    if word in ("flew", "flown", "fly", "flies", "flying") and cues["combat_flights"].match(text, end):
        return True  # "Russian aircraft flew thousands of sorties": combat, no delivery
    if in_a_name(text, start, end):
        return True  # "the Disruptive Technology Strike Force": a word of a proper name, not a cue
    if word in ("given", "give", "gives", "giving", "gave") and _NAMED_AFTER.match(text, end):
        return True  # "drones built at the plant are given the Russian name Geran-2": a name, not a transfer
    if _SPEECH_AFTER.match(text, end):
        return True  # "the panel has delivered its final report", "handed down its verdict": words, not arms
    if word in ("flew", "flown", "fly", "flies", "flying") and _PILOTS_BEFORE.search(text, max(0, start - 30), start):
        return True  # "Iran's pilots have flown ageing MiG-29s": who flies a plane operates it, nothing is delivered
    if word.endswith(" at") and _LEAST_AFTER.match(text, end):
        return True  # "there were at least 30 rounds": a count, not troops "at" a place
    if word in ("bringing", "brings", "brought", "bring") and _BRINGING_TOTAL.match(text, end):
        return True  # "bringing its fleet of the type to about a dozen": a running total, not a delivery
    if word.endswith(" remain") and _PREDICATE_AFTER.match(text, end):
        return True  # "Russia's troops remain a threat to Ukraine": what they are, not where they stay
    if word in ("moved", "moves", "move", "moving") and _MOVED_TO_ACT.match(text, end):
        return True  # "Washington moved this month to restore the listing": took a step, moved nothing
    if _PROVIDES_FOR.match(text, start) and _TERMS_BEFORE.search(text, max(0, start - 40), start):
        return True  # "the agreement provided for Iranian specialists to ...": what a deal lays down, no transfer
    return text[start:end].lower() == "transport" and bool(_CARRIER_NOUN.match(text, end))


_DOWN = screened(r"\s+down\b")


def find_triggers(text: str, knowledge: Knowledge) -> list[Trigger]:
    """Transfer, receipt, technology, deployment and use cues in `text`, in order."""
    found = _help_triggers(text, knowledge) + _received_help(text, knowledge) + _training(text, knowledge) + \
        _holding_troops(text, knowledge) + _present_troops(text, knowledge) + _joining_forces(text, knowledge) + \
        _holding_foreign(text) + _contract_for(text) + _experts_at_work(text, knowledge) + \
        _found_with(text, knowledge) + _attacked_with(text) + _built_for(text) + _bound(text) + _seen_at(text) + \
        _reached(text, knowledge) + _factories_abroad(text) + \
        _worked_on(text) + _took(text, knowledge) + \
        [Trigger(m.start(), m.end(), m.group(), "deploy") for m in _IN_EXERCISE.finditer(text)] + \
        [Trigger(m.start(), m.end(), m.group(), "deploy") for m in _JOINT_WITH.finditer(text)] + \
        [Trigger(m.start("cue"), m.end("cue"), m["cue"], "use") for m in _IN_SERVICE.finditer(text)]
    for match in knowledge.cues["trigger"].finditer(text):
        if _a_noun(text, match.start(), knowledge) or _a_modifier(text, match.start(), match.end(), knowledge):
            continue
        kinds = knowledge.trigger_types(match.group())
        if match.group().lower().startswith("carr") and _CARRIED_NO_CARGO.match(text, match.end()):
            continue  # "state media carried photographs of a submarine", "wreckage carried Russian lettering"
        if match.group().lower().startswith(("receiv", "obtain")) and _RECEIVED_NEWS.match(text, match.end()):
            continue  # "the panel received information that ...", "Kyiv obtained assurances": news, no goods
        if match.group().lower().startswith("offer") and (
                _OFFERED_WORDS.match(text, match.end()) or _SELLERS_BEFORE.search(text, max(0, match.start() - 60),
                                                                                  match.start())):
            continue  # "offered condemnation but no weapons", "offered a glimpse", "offered to swap prisoners"; and
            # firms' sales pitches ("Chinese state companies have offered trainers ..."), which annotators leave out
        if match.group().lower() in ("fought in", "fighting in", "fight in") and _a_state_named(text, match.end() + 1,
                                                                                          knowledge):
            continue  # "troops fighting in Ukraine": a state there is the battlefield; only a region is a posting
        if match.group().lower() in ("brought", "bringing", "brings") and _DOWN.match(text, match.end()):
            continue  # "fighters ... brought down Indian aircraft": shot down, no goods brought
        if match.group().lower() in ("flown", "flew") and _FLOWN_BY_USERS.match(text, match.end()):
            kinds = ("use",)  # "drones from Chinese makers are flown by Russian units": operated, not delivered
        found += [Trigger(match.start(), match.end(), match.group(), kind) for kind in kinds]
    found += [Trigger(m.start(), m.end(), m.group(), "give") for m in _PASSED_ON_TO.finditer(text)]
    handed = _handed_technology(text, [t for t in found if t.type in ("give", "receive")], knowledge)
    bought = [t for t in handed if t.type == "technology-object-receive"]
    found = [t for t in found if not (t.type == "technology" and any(b.start < t.end and t.start < b.end
                                                                     for b in bought))] + handed
    # "paid Iran $1.75 billion for the drone technology": the technology is bought, not given by the payer
    # a help verb that opens a training cue ("teach Nigerien soldiers how to operate it") is that cue
    trainings = {t.start for t in found if t.type == "technology" and " " in t.text and _TEACHING_WORD.match(t.text)}
    found = [t for t in found if not (t.type == "technology" and " " not in t.text and t.start in trainings)]
    # "are now in Algerian service": in a state's service, not deployed somewhere
    in_service = {m.start() + 2 for m in _IN_SERVICE.finditer(text)}
    found = [t for t in found if not (t.type == "deploy" and t.end in in_service)]
    # "joint training with the Ghanaian army": trained together, no one trains the other
    found = [t for t in found if not (t.type == "technology" and t.text.lower().endswith("training") and
                                      _JOINT_BEFORE.search(text, max(0, t.end - 38), t.end - 8))]
    # "were trained in Pakistan on the operation and maintenance of the aircraft": the maintenance is what the
    # trainees learn, not a service of its own
    taught = [t.end for t in found if t.type == "technology" and TEACHING.search(t.text)]
    found = [t for t in found if not (t.type == "technology" and t.text.lower() in ("maintenance", "servicing of")
                                      and any(0 < t.start - end <= 60
                                              and _SUBJECT_OF_TRAINING.search(text, end, t.start) for end in taught))]
    return sorted(_without_received_goods(text, _without_sold_to_buyers(text, found)), key=lambda t: (t.start, t.type))


# What a state, a panel or a court "received" or "obtained" that is no goods: news, words and papers
_RECEIVED_NEWS = screened(r"(?i)\s+(?:(?:a|an|the|new|further|credible|detailed|written|formal|official)\s+)?"
                          r"(?:information|intelligence\s+(?:reports?|that|on|about)|reports?|word|assurances?|"
                          r"guarantees?|confirmation|letters?|requests?|approval|permission|complaints?|briefings?|"
                          r"invitations?|calls?|messages?|evidence|testimony|documents?|notifications?)\b")

# What a state or an official "offered" that is no goods: words, views and deals of other kinds
_OFFERED_WORDS = screened(r"(?i)\s+(?:(?:a|an|the|no|little|its|their|his|her|some|further|new|rare|fresh)\s+)?"
                          r"(?:[\w-]+\s+)?(?:glimpse|estimate|condemnation|condolences|proof|assurances?|details|"
                          r"explanation|insights?|views?|assessment|comments?|apology|account|answer|hint|"
                          r"support|guarantees?|mediation|talks)\b|"
                          r"\s+to\s+(?:exchange|swap|trade|return|release|mediate|host|talk|negotiate)\b")
_SELLERS_BEFORE = screened(r"(?i)\b(?:compan(?:y|ies)|firms?|makers?|manufacturers?|exporters?|dealers?|stands?|"
                           r"shipyards?|yards|suppliers?|bidders?|vendors?)\b,?(?:\s+[\w,’'-]+){0,3}?\s+$")
# What media or wreckage "carried" is no cargo: "state media carried photographs", "carried Russian lettering"
_CARRIED_NO_CARGO = screened(r"(?i)\s+(?:\w+\s+)?(?:[\"“][^\"”]{1,30}[\"”]\s+)?(?:lettering|markings?|labels?|"
                             r"inscriptions?|stamps?|serial\s+numbers?|logos?|photographs|photos|pictures|images|"
                             r"footage|video|videos|reports?|stor(?:y|ies)|articles?|interviews?|comments|remarks|"
                             r"an?\s+(?:\w+\s+)?(?:report|story|article|interview|statement|photograph|picture|"
                             r"image))\b")
# "passed Wing Loong drones on to Ethiopia": the particle after the object
_PASSED_ON_TO = screened(r"(?i)\b(?:passed|passes|passing)(?=(?:\s+[\w’'-]+){1,5}\s+on\s+to\b)|"
                         # "Latvia has passed its remaining stock of 122mm shells to Ukraine"
                         r"\b(?:passed|passes|passing)(?=(?:\s+[\w’'-]+){1,8}\s+to\s+(?:the\s+)?(?-i:[A-Z]))")
_TEACHING_WORD = screened(r"(?i)" + TRAIN_VERB + r"\b")
# What trainees learn, right before a service noun: "on the operation and maintenance of", "in maintenance"
_SUBJECT_OF_TRAINING = screened(r"(?i)\b(?:on|in)\s+(?:the\s+)?(?:(?:operation|use|handling|repair)\s+and\s+)?$")
_BUYER_NOUNS = {"buyer", "buyers", "customer", "customers", "importer", "importers", "recipient"}
_DEMONYM_GAP = screened(r"(?:\s+[\w’'-]+){0,2}\s+")


_RECEIVED_GAP = screened(r"\s+(?:(?:the|its|their|first|new|further|more|several|two|three|\d+)\s+){0,2}$")


def _without_received_goods(text: str, found: list[Trigger]) -> list[Trigger]:
    """"Russia has received shipments of these missiles": the shipments are what was received, not a cue whose
    subject gives."""
    receipts = [t for t in found if t.type == "receive"]
    return [t for t in found if not (t.type == "give" and t.text.lower() in _NOUN_CUES and any(
        r.end <= t.start and _RECEIVED_GAP.fullmatch(text, r.end, t.start) for r in receipts))]


def _without_sold_to_buyers(text: str, found: list[Trigger]) -> list[Trigger]:
    """"sold Russian buyers 350,000 motors": the buyers are the object of the sale, not a cue of their own."""
    gives = [t for t in found if t.type == "give"]
    return [t for t in found if not (t.type == "receive" and t.text.lower() in _BUYER_NOUNS and any(
        g.end <= t.start and _DEMONYM_GAP.fullmatch(text, g.end, t.start) for g in gives))]


def spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


_BEING_THERE = {"are", "is", "were", "was", "remain", "have", "serve", "serves", "on"}  # "are in Mali", "on the ground"


def _done(trigger: Trigger) -> bool:
    word = trigger.text.lower().split()[0]
    return (word.endswith("ed") or word in _IRREGULAR_PAST or word in _NOUN_CUES or word.endswith("ing")
            or (trigger.type == "deploy" and word in _BEING_THERE)
            or word.endswith("ies") or (word.endswith("s") and not word.endswith("ss")))


# A transfer noun as the subject of a hypothetical ("a delivery of missiles to Moscow would cross a red line").
_WOULD_AFTER = screened(r"(?i)(?:\s+(?:of|to|from|by|for)\s+[^,;.]{1,60}?)?\s+(?:would|could|might)\s+"
                        r"(?:\w+ly\s+)?(?:mark|be|constitute|cross|represent|trigger|violate|amount|lead|escalate|"
                        r"prompt|provoke|draw|change|signal|bring|mean|pose|risk)\b")
_OWN_BORDER = screened(r"(?i)[^.;]{0,80}?\b(?:closer to|nearer to|towards?|up to|to)\s+(?:its|their)\s+(?:own\s+)?"
                       r"(?:\w+\s+)?(?:border|borders|frontier|frontiers)\b")
_DETERMINER_BEFORE = screened(r"(?i)\b(?:a|an|the|any|such|further|new|future)\s+(?:[\w-]+\s+)?$")
# A predicate after "remain" ("remain a threat", "remain ready", "remain under strain"): no place they stay in.
_PREDICATE_AFTER = screened(r"(?i)\s+(?:a|an|the|ready|on\s+alert|unpaid|loyal|under\s+strain|"
                            r"(?:\w+ly\s+)?(?:\w+ed)\b(?!\s+(?:in|at)\b))\b")
_BEING = screened(r"(?i)\bbeing\s+(?:\w+ly\s+)?$")
_SEIZED = screened(r"(?i)\b(?:intercepted|seized|seizure|seizures|confiscated|interdicted|interdiction|impounded|"
                   r"hijacked|hijacking|commandeered)\b")
_NO_BEFORE = screened(r"(?i)\b(?:no|nor|without(?:\s+any)?|not\s+a|not\s+any)\s+(?:[\w-]+\s+){0,2}$")
# A subject opened by "no" before the cue's auxiliary: "no Russian air-defence systems have arrived", "no German
# troops will be sent", "no units are currently scheduled to deploy", "not a single Russian jet has been seen"; a
# subject that "there are no" denies ("there are no Chinese naval personnel stationed there").
_NO_SUBJECT = screened(r"(?i)\b(?:no|not\s+a\s+single|not\s+one)\s+(?!(?:fewer|less|more|doubt|question)\b)"
                       r"(?:(?!(?:that|which|but)\b)[\w’'-]+\s+){1,5}"
                       r"(?:have|has|had|were|was|is|are|will|would|shall|could|can|may|might)\s+"
                       r"(?:(?:yet|currently|now|soon)\s+)?(?:be\s+|been\s+)?"
                       r"(?:(?:scheduled|expected|due|set|planned|going)\s+to\s+(?:be\s+)?)?(?:\w+ly\s+)?$|"
                       # "there are no Chinese naval personnel stationed there"
                       r"\bthere\s+(?:are|were|is|was|have\s+been|has\s+been|had\s+been)\s+(?:still\s+|now\s+)?no\s+"
                       r"(?:(?!(?:that|which|but)\b)[\w’'-]+\s+){1,5}(?:\w+ly\s+)?$")
_LEADING_AUXILIARY = screened(r"(?i)(?:are|is|were|was|have|has|had)\s+")


def _auxiliary_length(cue: str) -> int:
    """The length of the auxiliary a cue opens with ("are in": "no Chinese personnel are in the country")."""
    leading = _LEADING_AUXILIARY.match(cue)
    return leading.end() if leading else 0


# "has sent no missiles", "gave Russia no drones", "delivered none of the jets"; not "no fewer than 1,000".
_NO_AFTER = screened(r"(?i)\s+(?:[\w’'-]+\s+)?(?:no(?!\s+(?:fewer|less|more)\b)|none\s+of|not\s+a\s+single|"
                     r"not\s+any)\b")


def _moving_verb(text: str, trigger: Trigger, clause_start: int, knowledge: Knowledge) -> Trigger:
    """The give or receive verb before a handed technology ("has provided X with technology", "bought the licence"):
    its tense is the fact's."""
    kind = "receive" if trigger.type.endswith("-receive") else "give"
    moves = [m for m in knowledge.cues["trigger"].finditer(text, max(clause_start, trigger.start - 80), trigger.start)
             if kind in knowledge.trigger_types(m.group())]
    return Trigger(moves[-1].start(), moves[-1].end(), moves[-1].group(), kind) if moves else trigger


# A determiner right before a participle makes it an adjective ("its first armed drone", "the heavily armed boats").
_DETERMINER_ADJECTIVE = screened(r"(?i)\b(?:its|their|his|her|the|an?|first|new|more|most|heavily|lightly)\s+$")
HELP_NOUN = screened(r"(?i)(?:help|assistance|support|aid)$")  # a help cue that is a noun
# "could be", "would be" before a noun; not "may be supplying"
_MIGHT_BE = screened(r"(?i)\b(?:could|would|might|may)\s+(?:well\s+|also\s+)?be\s+(?!\w+ing\b)")


# A relative clause between commas before the cue speaks of its noun, not of the cue: "North Korea, which has denied
# the reports, shipped shells" is no denial of the shipment.
_RELATIVE_ASIDE = screened(r"(?i),\s*(?:which|who|whose)\b[^,;:]*,")


# A report the sentence calls untrue: what it reports is no fact.
_REFUTED = screened(r"(?i)\b(?:reports?|claims?|allegations?|accusations?|suggestions?|rumou?rs?|assertions?)"
                    r"(?:\s+(?:in|by|from|of)\s+[^,;.]{0,50}?)?\s+that\b[^.;:]*?"
                    r"\b(?:was|were|is|are|has been|have been|had been)\s+(?:\w+\s+){0,2}?(?:false|untrue|"
                    r"baseless|groundless|unfounded|fabricated|fake|wrong|inaccurate|incorrect|debunked|"
                    # "were dismissed last year by a spokesman as pure conjecture", "were denied by Beijing"
                    r"dismissed|denied|rejected|refuted|disputed)\b")


def _status_words(text: str, clause_start: int, end: int, knowledge: Knowledge) -> set[str] | None:
    """The status lists named in the 90 characters before `end` (asides left out); None when they deny the fact
    or make it a condition."""
    window = _RELATIVE_ASIDE.sub(",", text[max(clause_start, end - 90):end])
    colon = _COLON_STATEMENT.search(window)
    window = window[colon.end():] if colon else window  # "Baku has not stood still: in 2024 it signed a deal": the
    # colon opens a new statement (not "denied one thing: that ...")
    found = {name for m in knowledge.cues["status"].finditer(window)
             for name in knowledge.trigger_types(m.group(), STATUS_LISTS)}
    if "negated" in found or "conditional" in found or knowledge.cues["absence"].search(window):
        return None
    return found


_COLON_STATEMENT = screened(r":\s+(?!that\b|[\"“'‘])(?!.*:\s)", re.DOTALL)
_THAT_AFTER = screened(r"(?i)[^.;:!?]{0,80}?\bthat\b")
_CLAUSE_BREAK = screened(r"(?i);|,\s*(?:but|while|whereas|although|yet)\b|\bbut\b")


def disputed_clause(text: str, position: int, knowledge: Knowledge) -> bool:
    """True when `position` lies in a that-clause the sentence denies, doubts or cannot confirm, however far the
    cue ("found no evidence to support reports that ...", "could not rule out that ..."; cues.yaml: disputed).
    A reporting verb between the cue and "that" takes the clause from it ("dismissed the sanctions and said that")."""
    cues = [*knowledge.cues["disputed"].finditer(text, 0, position),
            *knowledge.cues["talk"].finditer(text, 0, position),
            *knowledge.cues["absence"].finditer(text, 0, position)]
    for cue in cues:
        end = cue.end()
        that = _THAT_AFTER.match(text, end)
        if that is None or that.end() > position or knowledge.cues["reporting_verbs"].search(text, end, that.start()):
            continue
        if not _CLAUSE_BREAK.search(text, end, position):
            return True
    return False


_TALK_THAT = screened(r"(?i)[^.;:!?]{0,60}?\bthat\b")


def unasserted(text: str, start: int, end: int, knowledge: Knowledge) -> bool:
    """True when the words from `start` to `end` lie in talk of something (cues.yaml `talk`: "full of claims that
    Egypt has signed a contract") or in a question the text goes on after ("Is Egypt buying J-10Cs? What we know"):
    an agreement named there was not made. (An agreement noun inside a that-clause doubted for another reason stays:
    "played down suggestions that the Saudi-Pakistan pact would complicate ...")."""
    return any((that := _TALK_THAT.match(text, m.end())) and that.end() <= start
               for m in knowledge.cues["talk"].finditer(text, 0, start)) or asked(text, start, end)


# What opens a question ("Is Egypt buying ...", "Op-ed: Did Moscow help ...", "where does the pipeline stand")
_QUESTION_OPENER = screened(r"(?i)(?:^|[.:!?]\s+|,\s+|[\"“]\s*)(?:is|are|was|were|did|does|do|has|have|had|will|would|"
                            r"can|could|should|where|what|how|why|who|which|when)\b[^.!?]*$")


def asked(text: str, start: int, end: int) -> bool:
    """True when the words from `start` to `end` are inside a question the text goes on after ("Is Egypt really buying
    J-10C fighters? What we know"); not a fact named before the question ("With INS Tamal, India's last Russian-built
    warship, where does the pipeline stand?")."""
    return _ASKED_AFTER.match(text, end) is not None and _QUESTION_OPENER.search(text, 0, start) is not None


def denied_before(text: str, clause_start: int, end: int, knowledge: Knowledge) -> bool:
    """True when the words before `end` deny or question what ends there ("may discuss a treaty")."""
    return _status_words(text, clause_start, end, knowledge) is None


_SENT = screened(r"(?i)sent|send|sends|sending")
_AGAINST_SOON = screened(r"(?i)[^.;:]{0,60}?\bagainst\b")
# a receiver ("to", "for") or another verb ("that Russia used") between "sent" and "against": no attack by the sender
_ANOTHER_USE_OR_RECEIVER = screened(r"(?i)\b(?:to|for|that|which|who|used|uses|use|fired|fires|launched|"
                                    r"launches)\b")
_THAT_SOON = screened(r"(?i)(?:\s+[\w’'-]+){0,5}?\s+that\b")
# "signed in April 2024 for", "signed last week for"
_SIGNED_WHEN = screened(r"(?i)sign(?:ed|s|ing)\s+(?:in|on|last|this|earlier)\b")
_IF_AFTER = screened(r"(?i)[^.;:]{0,80}?\b(?:if|unless|provided\s+that|in\s+case|whenever)\s")
# A transfer named as the subject of an open question ("providing weapons to Ukraine is not ruled out", "the sale of
# jets remains under consideration"): an option, no act.
_OPEN_AFTER = screened(r"(?i)[^.;:]{0,80}?\b(?:is|was|are|were|remains?|remained|would\s+be|will\s+be|has\s+been|"
                       r"had\s+been)\s+(?:still\s+)?(?:not\s+(?:been\s+)?(?:ruled\s+out|excluded)|"
                       r"(?:being\s+)?(?:considered|discussed|weighed|studied|debated)|under\s+(?:consideration|"
                       r"discussion|review|study)|on\s+the\s+table|an?\s+(?:option|possibility))\b")
_GERUND = screened(r"(?i)\w+ing$")
_ASKED_AFTER = screened(r"[^.!;:?\"“”]{0,120}\?")  # the cue is inside a question that the text goes on after
# A request for what the cue names ("is pressing Moscow for help with", "asked Sudan's generals for permission to
# build", "asked Brazil to sell it tank ammunition"), or a refusal of it: asked for, not given.
_ASKED_FOR_BEFORE = screened(r"(?i)\b(?:press(?:es|ed|ing)?|ask(?:s|ed|ing)?|urg(?:es|ed|ing)|lobb(?:ies|ied|ying)|"
                             r"petition(?:s|ed|ing)?|call(?:s|ed|ing)?\s+on|appeal(?:s|ed|ing)?\s+to)\s+"
                             r"(?:[\w.’'-]+\s+){1,4}?(?:for\s+(?:[\w-]+\s+){0,2}|to\s+)$|"
                             # a refusal with a time or a manner between ("refused in 2023 to sell")
                             r"\b(?:refus(?:ed|es|ing)|declin(?:ed|es|ing))\s+(?:[\w’'-]+\s+){1,4}?to\s+$")


def status_of(kind: Kind, text: str, trigger: Trigger | None, clause_start: int,
              knowledge: Knowledge) -> Status | None:
    """The status a cue implies in its clause; None when the clause denies or questions the fact."""
    end = trigger.end if trigger else len(text)
    found = _status_words(text, clause_start, end, knowledge)
    if found is None or (trigger is not None and (disputed_clause(text, trigger.start, knowledge)
                                                   or knowledge.cues["retracted"].search(text, trigger.end))):
        return None
    if trigger is not None and HELP_NOUN.match(trigger.text) and \
            _MIGHT_BE.search(text, clause_start, trigger.start):
        return None  # "it could be jets, reactors or help with re-entry vehicles": help that might be given
    if trigger is not None and trigger.type.startswith("technology"):
        move = _moving_verb(text, trigger, clause_start, knowledge)
        if move is not trigger and _status_words(text, clause_start, move.end, knowledge) is None:
            return None  # "could not verify reports that Russia had delivered jets or submarine technology": the
            # denial of the verb that moves the technology covers it
    if trigger is not None and any(m.start() <= trigger.start < m.end() for m in _REFUTED.finditer(text)):
        return None  # "reports that X shipped missiles to Y were false"
    if trigger is not None and (_NO_BEFORE.search(text, max(clause_start, trigger.start - 30), trigger.start)
                                or _NO_SUBJECT.search(text, max(clause_start, trigger.start - 70),
                                                      trigger.start + _auxiliary_length(trigger.text))
                                or _NO_AFTER.match(text, trigger.end)):
        return None  # "no transfer has been confirmed", "without any deliveries", "has sent no missiles"
    if trigger is not None and "pledged" in knowledge.trigger_types(trigger.text, STATUS_LISTS) and \
            _THAT_SOON.match(text, trigger.end):
        return None  # "promised on Saturday that the systems would arrive": the promise is no transfer; its clause
    if trigger is not None and _SENT.fullmatch(trigger.text) and (against := _AGAINST_SOON.match(text, trigger.end)) \
            and not _ANOTHER_USE_OR_RECEIVER.search(text, trigger.end, against.end()) and \
            not knowledge.states.search(text, trigger.end, against.end()):
        return None  # "Russia sent 728 drones and decoys against Ukraine": an attack, no transfer (but "shipped
        # missiles that Russia used against Ukraine", "sent Javelins to Ukraine for use against tanks", and "sent
        # Iranian-made drones against Kyiv" says where they came from)
    if trigger is not None and _OWN_BORDER.match(text, trigger.end):
        return None  # "Minsk moved artillery closer to its southern frontier": a move at home, no transfer
    if trigger is not None and asked(text, trigger.start, trigger.end):
        return None  # "Is Egypt really buying Chinese J-10C fighters? What we know": a question in a title
    if trigger is not None and (_GERUND.search(trigger.text) or _DETERMINER_BEFORE.search(
            text, max(0, trigger.start - 30), trigger.start)) and _OPEN_AFTER.match(text, trigger.end):
        return None  # "providing weapons to Ukraine is not ruled out": an option still open
    if trigger is not None and _ASKED_FOR_BEFORE.search(text, max(clause_start, trigger.start - 70), trigger.start):
        return None  # "Pyongyang is pressing Moscow for help with its submarine": help asked for
    if trigger is not None and _WOULD_AFTER.match(text, trigger.end) and \
            _DETERMINER_BEFORE.search(text, max(0, trigger.start - 30), trigger.start):
        return None  # "a delivery of missiles to Moscow would mark an escalation": a hypothetical transfer
    if trigger is not None and trigger.text.lower().startswith(("built", "constructed")) and \
            _BEING.search(text, max(clause_start, trigger.start - 20), trigger.start) and kind == Kind.ARMS_TRANSFER:
        return Status.AGREED  # "submarines being built for the Pakistan Navy": on order, under construction
    if "agreed" in found or (trigger is not None and _SIGNED_WHEN.match(trigger.text)):
        return Status.PLANNED if kind == Kind.TROOP_DEPLOYMENT else Status.AGREED
    if trigger is not None and (package := ANNOUNCED_PACKAGE.match(text, trigger.start)) and \
            package.end() == trigger.end:
        found = found | {"pledged"}  # an announced package is pledged, not yet sent
    if "planned" in found or ("pledged" in found and kind != Kind.AGREEMENT):
        if trigger is not None and _IF_AFTER.match(text, trigger.end):
            return None  # "says it will send fighters to Lebanon if the Lebanese group asks for them": a condition
        return Status.PLANNED
    if kind == Kind.AGREEMENT:
        return Status.AGREED
    if trigger is not None and trigger.type.startswith("technology-object"):
        trigger = _moving_verb(text, trigger, clause_start, knowledge)
    if "hedged" in found or trigger is None or not _done(trigger) or _SEIZED.search(text, clause_start):
        return Status.REPORTED  # a seized shipment never reached its receiver: reported, not delivered
    return Status.DEPLOYED if kind == Kind.TROOP_DEPLOYMENT else Status.DELIVERED
