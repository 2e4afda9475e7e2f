"""Facts of a whole article: sentence drafts completed with what the document around them says.

- A sentence that names no state continues the last fact's pair when it is near ("The shipments also included 60
  tanks"; troops only after troops: "A further 2,000 followed in January").
- A side a sentence leaves open ("Pyongyang's shipment of shells", with no receiver named) is the other state
  of the latest fact that involves the named state, else the same side of the last fact, else the state the
  article names most often. The remains or the use of a foreign-made weapon take only the first.
- A transfer that names its receiver but not its giver, of a named system whose maker is known
  (data/extract/weapons.yaml `makers`: "Belarus has received the Oreshnik"), has the maker as giver.
- A transfer of a named system between its maker and another state, read from a noun ("Tehran sealed a deal
  with Moscow for the supply of Su-35s"), from two plain subjects or in an agreed or planned deal, goes from the
  maker (a verb with its subject wins: "Belarus transferred T-72s to Russia" is a re-export). Otherwise two states
  both acting as subjects ("Kim and Putin agreed to send troops") take the direction of an earlier fact of the same
  kind.
- Attribution: the sentence's own source; a generic one ("the report said") is the last organisation named.
  A sentence without a source keeps the previous sentence's when it opens as a continuation ("The transfer
  appears ...", "It also ...") or when it is in the same paragraph and states a fact of the same kind between
  the same states. In an interview (three questions or more, each a paragraph, and an intro that says it is one),
  an answer's facts with no source of their own are the word of the person the intro names.
- A count "of them" handed between named states ("Iran shipped about 2,400 of them") is of the story's last arms.
- A side left open in a sentence that speaks of "the country" ("Rwanda keeps about 1,000 troops in the country")
  is the last state the article names as a place ("in the Central African Republic"); one that speaks of "the
  junta" is the state whose junta the article names ("Myanmar's junta", "the junta in Mali"); one that speaks of
  "the army" or "the navy" is the state whose forces the article names ("Sudan's army"), when the paragraph or the
  one before names it too and the sentence names no other state than the giver.
- Goods sold to be assembled or built by the buyer ("under licence", "to be assembled locally") bring a technology
  transfer of their category between the same states.
- A sentence that speaks of the story's treaty again as it is ratified, takes effect or binds its parties ("Russia
  ratified it in November") states the agreement of the story's last agreement pair.
- Training on "it" or "the system" with no item of its own takes the category of the last arms transfer; so do
  parts with no weapon of their own ("engines and navigation modules") in a story about drones or missiles.
- A sentence opening with "The firms ..." gives from the state named with the firms before ("three
  Chinese-registered companies ... The firms are accused of supplying Russia").
- Agreement parties are written in alphabetical order (an agreement has no direction).
- States that "did the same" or "followed suit" after a fact of the sentence play the part its subject played
  (kg/extract/likewise.py).
- Arms a state holds that another made ("Pakistan's Chinese-made fighters", "J-10Cs of the Pakistan Air Force")
  reached it from the maker, when no other fact of the sentence took them (kg/extract/owned.py).
- A fact whose period starts after the publication date is planned.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from kg.extract.attribution import GENERIC, PREVIOUS, Attribution, find_attribution
from kg.extract.cues import TRAIN_VERB, USE_OF_NAMED
from kg.extract.downed import downed_drafts
from kg.extract.drafts import Draft, draft
from kg.extract.facts import sentence_drafts
from kg.extract.knowledge import Knowledge
from kg.extract.likewise import likewise_drafts
from kg.extract.owned import owned_drafts
from kg.extract.roles import Sides
from kg.extract.screened import screened
from kg.extract.sentences import Sentence
from kg.extract.shares import shares_counted
from kg.extract.signed_for import signed_for_drafts
from kg.extract.speaker import speaker_state
from kg.extract.supplied_to import relative_receiver, supplied_to_subject
from kg.extract.tables import table_row_drafts
from kg.extract.totals import order_totals
from kg.model import KINDS_WITHOUT_CATEGORY, Category, Evidence, Fact, Kind, Period, Quantity, Status


@dataclass
class _Previous:
    paragraph: int = -1
    attribution: str | None = None
    keys: set = field(default_factory=set)
    sentence: Sentence | None = None  # set when its attribution is still to be read (it had no cue)


@dataclass
class DocumentContext:
    knowledge: Knowledge
    published: date | None
    text: str
    paragraphs: list[tuple[int, int]]
    pairs: list = field(default_factory=list)  # (giver, taker, kind) of every fact so far, in reading order
    last_arms: Category | None = None  # the category of the last arms transfer with a category
    last_arms_item: str | None = None  # and its item
    launchers: Category | None = None  # of the last launchers named with what they launch ("Fath-360 launchers")
    directions: dict = field(default_factory=dict)
    paragraph: int = -1  # of the sentence being read
    country: tuple[str, ...] = ()  # what "the country" in the sentence being read may be; the likeliest last
    last_paragraph: int = -1  # of the last fact
    last_status: dict = field(default_factory=dict)  # the status of the last fact of each kind
    previous: _Previous = field(default_factory=_Previous)
    _state_counts: Counter | None = None
    _organisations: list[tuple[int, str]] | None = None
    _junta: tuple[str, ...] | None = None
    _forces: tuple[str, ...] | None = None
    subject: str | None = None  # the state the last sentence that opened with one was about ("it" stands for it)
    _speaker: tuple[str | None] | None = None
    _sections: list[tuple[int, int, str | None]] | None = None
    section_read: str | None = None  # the state of the last section a sentence was read in
    _interview: tuple[frozenset, str | None] | None = None

    def interviewee(self, paragraph: int) -> str | None:
        """Who answers in an interview (three questions or more, each a paragraph of its own), for a paragraph
        among the answers; None elsewhere and in other articles (see `_interview`)."""
        if self._interview is None:
            self._interview = _interview([self.text[a:b] for a, b in self.paragraphs], self.knowledge)
        answers, name = self._interview
        return name if paragraph in answers else None

    def sections(self) -> list[tuple[int, int, str | None]]:
        """(paragraph, offset, state) of each paragraph that opens with a heading in capitals: a state's name
        ("INDIA. New Delhi and ...", "MYANMAR - The exception") opens a section about it, any other heading
        ("HELICOPTERS —", "THE BIG PICTURE") has a state of None. Empty unless two headings name states."""
        if self._sections is None:
            found = []
            for i, (start, end) in enumerate(self.paragraphs):
                if head := _SECTION_HEAD.match(self.text, start, end):
                    named = self.knowledge.state_names.get(head.group(1).title())
                    found.append((i, start, named[0] if named and named[1] == "names" else None))
            self._sections = found if sum(1 for *_, code in found if code) >= 2 else []
        return self._sections

    def section(self, paragraph: int) -> tuple[int, int, str] | None:
        """(paragraph, offset, state) of the section of a state the paragraph is in; None outside one."""
        heads = [head for head in self.sections() if head[0] <= paragraph]
        return heads[-1] if heads and heads[-1][2] else None

    @property
    def speaker(self) -> str | None:
        """The state the article's speaker stands for, from the title (computed when first needed)."""
        if self._speaker is None:
            self._speaker = (speaker_state(self.text.split("\n", 1)[0], self.knowledge),)
        return self._speaker[0]

    @property
    def last_pair(self) -> tuple[str, str] | None:
        """The states of the last fact (giver, taker), None before the first."""
        return self.pairs[-1][:2] if self.pairs else None

    def last_of(self, kind: Kind, states: set[str] | None = None) -> tuple[str, str] | None:
        """(giver, taker) of the latest fact of `kind` (between exactly `states`, when given); None before one."""
        return next(((giver, taker) for giver, taker, found in reversed(self.pairs)
                     if found == kind and (states is None or {giver, taker} == states)), None)

    @property
    def last_kind(self) -> Kind | None:
        """The kind of the last fact, None before the first."""
        return self.pairs[-1][2] if self.pairs else None

    @property
    def state_counts(self) -> Counter:
        """How often the article names each state (computed when first needed); the city of the dateline
        ("NEW DELHI: ...", "SEOUL — ...") adds half a naming of its state, which breaks ties in its favour: the
        state a report is filed from is the likelier side of what it leaves open."""
        if self._state_counts is None:
            self._state_counts = count_states([self.text[a:b] for a, b in self.paragraphs], self.knowledge)
            dateline = _DATELINE_CITY.match(self.text, *self.paragraphs[0]) if self.paragraphs else None
            named = self.knowledge.state_names.get(dateline["city"].title()) if dateline else None
            if named and named[1] in ("capitals", "places", "names"):
                self._state_counts[named[0]] += 0.5
        return self._state_counts

    def organisation_before(self, offset: int) -> str | None:
        """The last organisation the article names before `offset` (for "the report said")."""
        if self._organisations is None:
            self._organisations = [(a + m.start(), self.knowledge.organisation_of(m.group()))
                                   for a, b in self.paragraphs
                                   for m in self.knowledge.organisations.finditer(self.text[a:b])]
        names = [name for start, name in self._organisations if start < offset]
        return names[-1] if names else None

    @property
    def forces(self) -> str | None:
        """The state whose army, navy or air force the article names ("Sudan's army", "the Myanmar navy", "the air
        force of Pakistan"); None when it names none or more than one."""
        if self._forces is None:
            states = self.knowledge.states
            self._forces = tuple({code[0] for m in states.finditer(self.text)
                                  if (_FORCES_AFTER.match(self.text, m.end())
                                      or _FORCES_BEFORE.search(self.text, max(0, m.start() - 20), m.start()))
                                  and (code := self.knowledge.state_of(m))})
        return self._forces[0] if len(self._forces) == 1 else None

    def forces_near(self, offset: int) -> str | None:
        """What "the army" read at `offset` stands for: the state whose forces the article names, when the
        paragraph being read or the one before names it too (a round-up moves from state to state)."""
        if self.forces is None:
            return None
        start = self.paragraphs[max(0, self.paragraph - 1)][0]
        near = (self.knowledge.state_of(m) for m in self.knowledge.states.finditer(self.text, start, offset))
        return self.forces if any(found and found[0] == self.forces for found in near) else None

    @property
    def junta(self) -> str | None:
        """The state whose junta the article names ("Myanmar's junta", "the Malian junta", "the junta in Niger");
        None when it names none or more than one."""
        if self._junta is None:
            states = self.knowledge.states
            found = {code[0] for m in states.finditer(self.text)
                     if (_JUNTA_AFTER.match(self.text, m.end()) or _JUNTA_BEFORE.search(self.text, 0, m.start()))
                     and (code := self.knowledge.state_of(m))}
            self._junta = tuple(found)
        return self._junta[0] if len(self._junta) == 1 else None

    def place_before(self, offset: int) -> str | None:
        """The last state the article names as a place ("in Mali", "to the Central African Republic") before
        `offset`: what "the country" stands for."""
        window = self.text[:offset]
        places = [(m.start(), found[0]) for m in self.knowledge.states.finditer(window)
                  if _AS_PLACE.search(window, max(0, m.start() - 12), m.start())
                  and (found := self.knowledge.state_of(m))]
        heads = [(start, code) for _, start, code in self.sections() if start <= offset]
        return max(places + heads[-1:], default=(0, None))[1]  # a section's heading is the place of what follows

    def counterpart(self, known: str, side: int, story_only: bool = False, kind: Kind | None = None) -> str | None:
        """The state on the other side (`side` 0 = giving, 1 = receiving) of a fact that names only `known`:
        the other state of the latest fact that involves `known`; else (unless `story_only`) for troops the same
        side of the last deployment, else the same side of the last fact, else the state the article names most
        often."""
        for giver, taker, _ in reversed(self.pairs):
            if known in (giver, taker):
                return taker if giver == known else giver
        if story_only:
            return None
        deployment = self.last_of(Kind.TROOP_DEPLOYMENT) if kind == Kind.TROOP_DEPLOYMENT else None
        if deployment and deployment[side] != known:
            return deployment[side]  # "while Italy keeps 90 soldiers at its own base": where the others are
        if self.last_pair and self.last_pair[side] != known:
            return self.last_pair[side]
        for code, count in self.state_counts.most_common(3):
            if code != known and count >= 2:
                return code
        return None


# An interview's questions: paragraphs ending with a question mark (a label such as "Q:" or "MSQ:" may open them),
# and who answers: "We asked Dr Aisyah Rahim ...", "Ousmane Keita spent four years ...", or an answer's own label.
_QUESTION_END = screened(r"\?[\"”’']?\s*$")
_ANSWER_LABEL = screened(r"^(?P<label>[A-Z][\w’'-]+):\s")
_ASKED = screened(r"\b(?:We|we)\s+(?:asked|spoke\s+to|talked\s+to|interviewed)\s+(?:Dr\.?\s+|Professor\s+)?"
                  r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})")
_NAME = screened(r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?=\s+[a-z(,])")
_RETIRED = screened(r"\((?:ret|rtd|retd)\.?\)\s+")


# An intro that says the text is an interview: "She spoke to Kora Review", "We asked Dr ...", "The interview has been
# edited", or answers labelled "A:".
_INTERVIEW_INTRO = screened(r"(?i)\b(?:spoke|talked)\s+(?:to|with)\b|\bwe\s+asked\b|\binterview(?:ed)?\b")


def _interview(paragraphs: list[str], knowledge: Knowledge) -> tuple[frozenset, str | None]:
    """(the answer paragraphs, who gives them) of an interview; (empty, None) for any other article. An interview
    has three questions or more, each a paragraph of its own, and an intro that says it is one (or answers
    labelled "A:"); who answers is the person the intro names ("We asked ...", the intro's first name) or the
    answers' own label ("Aziz:")."""
    questions = [i for i, text in enumerate(paragraphs) if _QUESTION_END.search(text)]
    if len(questions) < 3:
        return frozenset(), None
    answers = frozenset(i for i in range(questions[0] + 1, len(paragraphs)) if i not in questions)
    intro = " ".join(paragraphs[:questions[0]])
    labels = [m["label"] for i in sorted(answers) if (m := _ANSWER_LABEL.match(paragraphs[i]))]
    if not (_INTERVIEW_INTRO.search(intro) or "A" in labels):
        return frozenset(), None
    label = next((label for label in labels if label not in ("A", "Q")), None)
    asked = _ASKED.search(intro)
    name = asked["name"] if asked else _named_first(intro, knowledge)
    if label and (name is None or label not in name):
        full = re.search(r"([A-Z][\w’'-]+\s+)?" + re.escape(label) + r"\b", intro)
        name = full.group(0) if full else name  # a label the intro does not name ("Update:") changes nothing
    if name is None or knowledge.cues["not_names"].match(name) or name.isupper() or any(map(str.isdigit, name)) or \
            knowledge.states.search(name) or knowledge.parties.search(name) or knowledge.organisations.search(name):
        return frozenset(), None
    return answers, name


def _named_first(intro: str, knowledge: Knowledge) -> str | None:
    """The name an intro opens with, after its titles (cues.yaml `person_titles`: "Brigadier General (ret.) Karim
    Belhadj served ...")."""
    positions, titles = [0], knowledge.cues["person_titles"]
    while (title := titles.match(intro, positions[-1]) or _RETIRED.match(intro, positions[-1])) is not None:
        after = title.end()
        positions.append(after + len(intro[after:]) - len(intro[after:].lstrip(". ")))
    # the name after every title, else after fewer ("Captain Bohdan said" names him with his rank)
    name = next((found for position in reversed(positions) if (found := _NAME.match(intro, position))), None)
    return name["name"] if name else None


# A round-up's section heading: a state's name in capitals opening a paragraph, then a stop, a colon, a dash or
# nothing ("INDIA. New Delhi ...", "MYANMAR - The exception", "SOUTH KOREA")
# A dateline's city in capitals: "NEW DELHI: ", "SEOUL — ", "WASHINGTON (AWS) — ", "PYONGYANG, 19 June. "
_DATELINE_CITY = screened(r"(?P<city>[A-Z][A-Z'’ -]*[A-Z])"
                          r"(?:,\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})\.?)?"
                          r"\s*(?:\([^)]{1,30}\)\s*)?(?:[:—–-]\s|(?<=\.)\s)")
_SECTION_HEAD = screened(r"([A-Z][A-Z'’ -]*[A-Z])(?:\s*[-–—:.]\s|\s*$)")
_AS_PLACE = screened(r"(?i)\b(?:in|into|to|inside)\s+(?:the\s+)?$")
_THE_COUNTRY = screened(r"(?i)\b(?:in|into|to|inside)\s+the\s+country\b(?![’']s)")
_JUNTA_AFTER = screened(r"(?i)(?:['’]s)?\s+(?:ruling\s+|military\s+)*junta\b")
_JUNTA_BEFORE = screened(r"(?i)\bjunta\s+in\s+$")
_THE_JUNTA = screened(r"(?i)\bthe\s+(?:ruling\s+|military\s+)*junta\b")
_FORCES = r"(?:[Aa]rmy|[Nn]avy|[Aa]ir\s+[Ff]orce|[Aa]rmed\s+[Ff]orces)"
_FORCES_AFTER = screened(r"(?i)(?:['’]s)?\s+(?:own\s+)?" + _FORCES + r"\b")
_FORCES_BEFORE = screened(r"(?i)\b" + _FORCES + r"\s+(?:of|in)\s+(?:the\s+)?$")
_THE_FORCES = screened(r"\b[Tt]he\s+" + _FORCES + r"\b(?!['’]s|\s+[A-Z])")


def _country(sentence: Sentence, context: DocumentContext) -> tuple[str, ...]:
    """What "the country" in the sentence may stand for: the last state named before as a place, then the states
    the sentence names before it ("Belarus's defence ministry says ... placed on combat duty in the country")."""
    the_country = _THE_COUNTRY.search(sentence.text)
    if the_country is None:
        junta = context.junta if _THE_JUNTA.search(sentence.text) else None
        if junta is None and _THE_FORCES.search(sentence.text):
            # "Egypt gave the army warplanes", "Beijing handed the navy a submarine": the forces of the state whose
            # forces the article names, unless the sentence names a state besides the giver ("Thai officials said
            # China sold the navy ...")
            owner = context.forces_near(sentence.start)
            named = {found[0] for m in context.knowledge.states.finditer(sentence.text)
                     if (found := context.knowledge.state_of(m))}
            return (owner,) if owner and len(named - {owner}) <= 1 else ()
        return (junta,) if junta else ()  # "sent arms to the junta's own factories"
    before = context.place_before(sentence.start)
    named = [found[0] for m in context.knowledge.states.finditer(sentence.text, 0, the_country.start())
             if (found := context.knowledge.state_of(m))]
    return (*((before,) if before else ()), *named)


# "It has ordered 42 Rafale jets", "For a decade it sent officers", "The kingdom has flown Chinese drones", "The navy
# already operates two Chinese submarines": a pronoun, the state's common noun or its forces as the subject of a
# sentence (not of a passive: "It was sanctioned by the US for ..." is about what "it" suffered)
_IT_SUBJECT = screened(r"^(?:(?:For|In|On|Since|After|By|Last|This|Then|Later|Now|Today|Earlier|Until)\b[^,]{0,30}?"
                       r",?\s+)?(?:[Ii]t|The\s+(?:kingdom|emirate|sultanate|republic|country|"
                       r"army|air\s+force|navy|armed\s+forces)|Its\s+(?:army|air\s+force|navy|armed\s+forces|"
                       r"military|coast\s+guard|marines))\s+"
                       r"(?!(?:was|is|has\s+been|had\s+been)\s+\w+\s+by\b)"
                       r"(?:(?:has|had|have|is|was|also|then|later|now|still|already|reportedly|soon)\s+)*"
                       r"(?!(?:is|was|has|had|will|would|may|might|could|seems|appears|remains|said|says|added|adds|"
                       r"noted|notes|found|finds|reported|reports|stated|states|estimated|estimates|showed|shows|"
                       r"told|tells|"
                       r"concluded|warned|argued|wrote|writes|listed|lists|cited|cites|named|documented)\b)"
                       r"(?:[a-z]+(?:ed|s|t|wn|ld)|took)\b")
# A state named first in a sentence, after at most a short opening phrase, is what the sentence is about.
# A live blog's time stamp ("16:20 GST - ") and a question's auxiliary ("Does Djibouti buy ...?") may come first.
_OPENING = screened(r"^(?:\d{1,2}[:.]\d{2}\s*(?:[A-Z]{2,4}\s*)?[-\u2013\u2014]\s*)?"
                    r"(?:(?:In|On|By|Since|After|Before|Last|This|Earlier|Later|Meanwhile|Separately|Further|"
                    r"Farther|At|Elsewhere|Closer|Across|Beyond|Nearby|Next\s+door)\b[^,]{0,40},\s*|"
                    r"(?:Meanwhile|Still|Now|Instead|Separately|Elsewhere|Yet|But|And|So)\s+)?"
                    r"(?:(?:(?:Why|How|When|Where)\s+)?(?:[Dd]oes|[Dd]id|[Ii]s|[Ww]as|[Hh]as|[Ww]ill|[Cc]an)\s+)?"
                    r"(?:The\s+)?$")


_THE_RULERS = screened(r"(?i)the\s+(?:ruling\s+|military\s+)*(?:junta|government|regime|authorities)\b")


def _subject(sentence: Sentence, context: DocumentContext) -> str | None:
    """The state a sentence opens with as its subject ("Indonesia has also ordered ...", "Jakarta's defence
    ministry said ...", "The junta expelled ..." where the article names one junta); "" when it opens with rulers it
    does not name ("The government said ..."), None when it opens otherwise."""
    if _THE_RULERS.match(sentence.text):
        return context.junta if _THE_JUNTA.match(sentence.text) and context.junta else ""  # "" forgets the last
    match = context.knowledge.states.search(sentence.text, 0, 60)
    found = context.knowledge.state_of(match) if match else None
    if not found or found[1] not in ("names", "capitals", "metonyms", "leaders") or \
            not _OPENING.match(sentence.text[:match.start()]):
        return None
    return found[0]


def _it_is_the_subject(draft: Draft, subject: str) -> Draft:
    """A draft whose one open side is the pronoun subject's: that side is the state the story is about."""
    if draft.continuation or subject in (draft.giver, draft.taker) or draft.kind == Kind.AGREEMENT:
        return draft
    if draft.giver is None and draft.taker is not None:
        return replace(draft, giver=subject)
    if draft.taker is None and draft.giver is not None:
        return replace(draft, taker=subject)
    return draft


def _signers(draft: Draft, sentence: Sentence, context: DocumentContext) -> list[Draft]:
    """An agreement of "the three countries": one agreement between each two of the last three states the article
    named before the sentence (none when it named fewer)."""
    if not draft.signers:
        return [draft]
    named: list[str] = []
    for match in context.knowledge.states.finditer(context.text, 0, sentence.start):
        found = context.knowledge.state_of(match)
        if found and found[1] != "demonyms":
            named = [code for code in named if code != found[0]] + [found[0]]
    if len(named) < draft.signers:
        return []
    last = named[-draft.signers:]
    return [replace(draft, giver=a, taker=b, signers=0, continuation=False) for i, a in enumerate(last)
            for b in last[i + 1:]]


def _tallied(draft: Draft, context: DocumentContext) -> Draft | None:
    """A state tallied with an amount, on the side the story's arms facts vary: a supplier of the buyer the last
    two arms facts share, or a buyer of the supplier they share ("Russia's exports: China accounted for $2 billion");
    None when the story has no arms fact yet."""
    if not draft.tally:
        return draft
    arms = [(giver, taker) for giver, taker, kind in context.pairs if kind == Kind.ARMS_TRANSFER]
    if not arms:
        return None
    if len(arms) >= 2 and arms[-1][0] == arms[-2][0] and arms[-1][1] != arms[-2][1]:
        pair = (arms[-1][0], draft.giver)  # the story counts one supplier's buyers
    else:
        pair = (draft.giver, arms[-1][1])
    return replace(draft, giver=pair[0], taker=pair[1], tally=False) if pair[0] != pair[1] else None


def count_states(texts: list[str], knowledge: Knowledge) -> Counter:
    counts: Counter = Counter()
    for text in texts:
        for match in knowledge.states.finditer(text):
            found = knowledge.state_of(match)
            if found:
                counts[found[0]] += 1
    return counts


_MADE = (Kind.ARMS_TRANSFER, Kind.TECHNOLOGY_TRANSFER)


def _completed(draft: Draft, context: DocumentContext) -> Draft | None:
    """The draft with both sides filled from the document (None when a side stays open or both are one state);
    an ambiguous pair takes the direction of an earlier fact; agreement parties in alphabetical order."""
    maker = context.knowledge.maker_of(draft.item) if draft.kind in _MADE else None
    if maker is not None and maker == draft.taker and draft.giver is not None and draft.kind in _MADE \
            and (draft.status in (Status.AGREED, Status.PLANNED)
                 or (draft.kind == Kind.ARMS_TRANSFER and (draft.ambiguous or draft.nominal))):
        # the maker of a named system is the side that gives it in a deal or a plan ("Tehran and Moscow agreed on
        # the sale of Su-35s", "Tehran sealed a deal with Moscow for the supply of Su-35s", "Baykar signed a contract
        # with Saudi Arabia for Akinci drones"), and the know-how to build it too ("signed with China to set up a
        # production line for Wing Loong drones"); goods handed over, or reported so, may go back to their maker
        # ("Belarus is thought to have transferred older T-72 tanks") or be parts for its systems ("chassis for
        # Iskanders"), and know-how handed over may be a licence for the receiver's own version ("builds its Geran-2
        # drones under a licence bought from Iran")
        draft = draft.turned_round()
    elif draft.ambiguous and (draft.taker, draft.giver) in context.directions.get(draft.kind, ()) and \
            (draft.giver, draft.taker) not in context.directions.get(draft.kind, ()):
        draft = draft.turned_round()
    if draft.giver is None and draft.taker is not None and maker not in (None, draft.taker) and \
            not draft.continuation:
        draft = replace(draft, giver=maker)  # "Belarus has received the Oreshnik": its maker gave it
    if draft.earlier_item and not draft.continuation:
        if context.last_arms is None:
            return None  # "Iran shipped about 2,400 of them": of the arms the story was last about, else nothing
        draft = replace(draft, category=context.last_arms, item=context.last_arms_item)
        if draft.giver is None and draft.taker is not None:
            # "Ethiopia used them", "Nigeria took delivery of three": the story's arms came from their maker, else
            # from the giver of the story's last arms (not of a fact of another kind read since)
            supplier = context.knowledge.maker_of(draft.item) or (context.last_of(Kind.ARMS_TRANSFER) or (None,))[0]
            draft = replace(draft, giver=supplier if supplier != draft.taker else None)
    section = context.section(context.paragraph)
    if draft.continuation and section and context.last_paragraph < section[0]:
        # "SOUTH KOREA. ... a possible sale of four E-7s": no story goes on past a round-up's section heading; the
        # arms go to the section's state, from their maker (and with no maker known, the giver is not known)
        if maker is None or maker == section[2]:
            return None
        draft = replace(draft, continuation=False, giver=maker, taker=section[2])
    if draft.continuation:
        near = context.paragraph - context.last_paragraph <= 2 or draft.kind == Kind.AGREEMENT  # "the two countries"
        if not context.last_pair or not near:
            return None
        if draft.kind == Kind.TROOP_DEPLOYMENT and context.last_kind != Kind.TROOP_DEPLOYMENT:
            return None  # "a further 2,000 followed" continues a story of troops only
        if draft.earlier_item:  # "about 200 have been delivered", "it put the figure at 1,800": what the story was
            # last about, arms with their item and category or (for a figure) troops
            if context.last_kind == Kind.TROOP_DEPLOYMENT and draft.figure:
                draft = replace(draft, kind=Kind.TROOP_DEPLOYMENT, category=None, item=None,
                                quantity=(draft.quantity[0], "troops", draft.quantity[2]))
            elif context.last_kind != Kind.ARMS_TRANSFER or context.last_arms is None:
                return None
            else:
                draft = replace(draft, category=context.last_arms, item=context.last_arms_item)
        giver, taker = context.last_pair
        if draft.kind == Kind.ARMS_TRANSFER and context.last_kind == Kind.AGREEMENT and maker == taker:
            giver, taker = taker, giver  # a deal's parties are in alphabetical order: arms go from their maker
        elif draft.kind == Kind.ARMS_TRANSFER and context.last_kind != Kind.ARMS_TRANSFER:
            # "the first four aircraft will arrive in the country" after a deal (or after help to build them): the
            # way the arms between the two states went before
            giver, taker = context.last_of(Kind.ARMS_TRANSFER, {giver, taker}) or (giver, taker)
        if draft.packaged and maker not in (None, giver, taker):
            return None  # "Germany sent Leopards to Poland. The package also includes eight M88s": American goods in
            # a package the story has not named, not Germany's
        draft = replace(draft, giver=giver, taker=taker)
        if draft.story_status and draft.status == Status.DELIVERED and draft.kind in context.last_status:
            draft = replace(draft, status=context.last_status[draft.kind])
    country = [code for code in context.country if code != draft.giver]
    if draft.taker is None and draft.giver is not None and country:
        draft = replace(draft, taker=country[-1])  # "Rwanda keeps about 1,000 troops in the country"
    if section and (draft.giver is None) != (draft.taker is None) and section[2] not in (draft.giver, draft.taker):
        # "INDONESIA. ... the ministry prioritised the Rafales it signed for with France": a round-up's section is
        # about the state it is headed by, which is the side the sentence leaves open
        draft = replace(draft, giver=draft.giver or section[2], taker=draft.taker or section[2])
    if draft.giver is None and draft.taker is not None:
        draft = replace(draft, giver=context.counterpart(draft.taker, 0, draft.story_only))
    elif draft.taker is None and draft.giver is not None:
        draft = replace(draft, taker=context.counterpart(draft.giver, 1, draft.story_only, draft.kind))
    if draft.giver is None or draft.taker is None or draft.giver == draft.taker:
        return None
    if draft.kind == Kind.AGREEMENT and draft.taker < draft.giver:
        draft = draft.turned_round()
    return draft


def _specific_first(completed: list[Draft], knowledge: Knowledge) -> list[Draft]:
    """The sentence's arms with no catch-all ("the weapon", "arms") between a pair whose arms the sentence names
    already ("the first Oreshnik system had been delivered to Belarus by Russia, a year after Moscow promised to
    station the weapon there")."""
    def generic(draft: Draft) -> bool:
        found = knowledge.item_of(draft.item) if draft.item else None
        return bool(found and found[2])
    named = {(d.giver, d.taker) for d in completed if d.kind == Kind.ARMS_TRANSFER and d.item and not generic(d)}
    return [d for d in completed if not (d.kind == Kind.ARMS_TRANSFER and (d.giver, d.taker) in named and generic(d)
                                         and d.quantity is None)]


def _one_way_per_deal(completed: list[Draft], knowledge: Knowledge) -> list[Draft]:
    """A sentence's arms in a deal between two states go one way: those whose maker gives them set it for the items
    with no maker known ("Romania signed a contract with Hanwha for 54 K9 howitzers and 36 resupply vehicles": the
    vehicles come from Korea too)."""
    def deal(draft: Draft) -> bool:
        return draft.kind == Kind.ARMS_TRANSFER and draft.status in (Status.AGREED, Status.PLANNED)
    made = {(d.giver, d.taker) for d in completed if deal(d) and knowledge.maker_of(d.item) == d.giver}
    return [d.turned_round() if deal(d) and (d.taker, d.giver) in made and (d.giver, d.taker) not in made
            and knowledge.maker_of(d.item) is None else d for d in completed]


# Goods that go back to their maker, or second-hand goods a state gives on ("pledged 49 of its retired M1A1s")
_GOES_BACK = screened(r"(?i)\b(?:back|return|returns|returned|returning|re-?export\w*|lease[ds]?|leasing|"
                       r"(?:its|their)\s+(?:own\s+)?(?:retired|old|older|surplus|used|second-hand|decommissioned))\b")


_MADE_UNDER_IT = screened(r"(?i)\b(?:manufactur\w*|produc(?:e|es|ed|ing|tion)|build|builds|building|built|"
                          r"assembl\w*|licen[cs]\w*|know-how|technology)\b")


def _deals_from_their_maker(completed: list[Draft], text: str, knowledge: Knowledge) -> list[Draft]:
    """Arms agreed or planned, or bought under the sentence's own agreement, go from their maker: one that came out
    going to its maker ("Islamabad has ordered 25 of the fighters known as the J-10CE", with the sides filled from
    the story) is turned round, unless the other side makes it too or the sentence sends goods back ("the leased
    tanks go back to the Bundeswehr")."""
    deals = {frozenset((a.giver, a.taker)) for a in completed if a.kind == Kind.AGREEMENT} \
        if not _MADE_UNDER_IT.search(text) else set()  # a deal to make the goods: its maker may well receive

    def to_its_maker(d: Draft) -> bool:
        maker = knowledge.maker_of(d.item) if d.item else None
        dealt = d.status in (Status.AGREED, Status.PLANNED) or \
            (d.status == Status.REPORTED and frozenset((d.giver, d.taker)) in deals)  # "signed the contract ...
        # for purchase of 4 Gripens": a purchase the sentence's own agreement covers
        return d.kind == Kind.ARMS_TRANSFER and dealt and maker == d.taker \
            and d.giver not in (None, maker) and not knowledge.also_made_by(d.giver, d.item)
    if not any(to_its_maker(d) for d in completed) or _GOES_BACK.search(text):
        return completed
    return [d.turned_round() if to_its_maker(d) else d for d in completed]


def _to_shared_taker(draft: Draft, context: DocumentContext) -> Draft:
    """Coordinated givers with no receiver named ("Germany and Romania are giving Patriot batteries") give to one
    receiver, never to one of them: the other side of the latest fact that involves any of them, else the
    document's usual fallback for the first one that does not name a fellow giver."""
    if not draft.more_givers or draft.taker is not None or draft.continuation or draft.gapped:
        return draft
    givers = (draft.giver, *draft.more_givers)
    for story_only in (True, False):
        for giver in givers:
            taker = context.counterpart(giver, 1, story_only)
            if taker is not None and taker not in givers:
                return replace(draft, taker=taker)
    return draft


def _maker_among_takers(draft: Draft, knowledge: Knowledge) -> Draft:
    """Coordinated takers with no giver, one of them the maker of the named system ("India, France seal deal for
    Rafale jets"): the maker sells to the others."""
    if draft.kind != Kind.ARMS_TRANSFER or draft.giver is not None or not draft.more_takers:
        return draft
    maker = knowledge.maker_of(draft.item)
    takers = (draft.taker, *draft.more_takers)
    if maker not in takers:
        return draft
    rest = tuple(code for code in takers if code != maker)
    return replace(draft, giver=maker, taker=rest[0], more_takers=rest[1:], taker_party=None)


def _coordinated(draft: Draft) -> list[Draft]:
    """One draft per pair of states when several are coordinated ("from Germany and the United States")."""
    if not (draft.more_givers or draft.more_takers):
        return [draft]
    return [replace(draft, giver=giver, taker=taker, more_givers=(), more_takers=(),
                    giver_party=draft.giver_party if giver == draft.giver else None,
                    taker_party=draft.taker_party if taker == draft.taker else None)
            for giver in (draft.giver, *draft.more_givers) for taker in (draft.taker, *draft.more_takers)]


def _status(draft: Draft, context: DocumentContext) -> Status:
    start = draft.period[0] if draft.period else None
    if start and context.published and draft.status in (Status.DELIVERED, Status.DEPLOYED, Status.REPORTED):
        if start > context.published.isoformat()[:len(start)]:
            return Status.PLANNED
    return draft.status


def _resolved(attribution: Attribution, offset: int, context: DocumentContext) -> str | None:
    """The name of a source read at `offset`: a generic one ("the ministry said", "according to naval sources") is
    the last organisation the article names before it, else the reference as written; a pronoun ("it said") the
    last organisation named; any other its name."""
    if attribution.name == GENERIC:
        return context.organisation_before(offset) or attribution.words
    return context.organisation_before(offset) if attribution.name == PREVIOUS else attribution.name


def _attribution(sentence: Sentence, attribution: Attribution | None, keys: set,
                 context: DocumentContext) -> str | None:
    """The source of the sentence's facts: its own (a generic one is the last organisation named), else the one
    the sentence continues. A generic source with no organisation before it keeps its own words ("two industry
    sources"), unless the source it continues is the same one named in full ("Czech public radio" for "the radio
    said")."""
    own = attribution.name if attribution else None
    if own == GENERIC:
        named = context.organisation_before(sentence.start)
        if named:
            return named
        continued, words = _continued(sentence, keys, context), attribution.words
        if continued and (not words or words.split()[-1].lower() in continued.lower()):
            return continued
        return words or continued
    if own == PREVIOUS:
        previous = context.previous
        own = previous.attribution if previous.sentence is None else None
        own = own or context.organisation_before(sentence.start)
    return own or _continued(sentence, keys, context)


def _continued(sentence: Sentence, keys: set, context: DocumentContext) -> str | None:
    """The previous sentence's source, when this one opens as its continuation or tells of the same states in the
    same paragraph."""
    previous = context.previous
    opener = context.knowledge.cues["continuation_openers"].match(sentence.text)
    same_story = previous.paragraph == sentence.paragraph and keys & previous.keys
    if not (opener or same_story):
        return None
    if previous.sentence is not None:
        text = previous.sentence.text
        return _resolved(find_attribution(text, len(text), len(text), context.knowledge), previous.sentence.end,
                         context)
    return previous.attribution


def _fact(draft: Draft, attributed_to: str | None, sentence: Sentence, context: DocumentContext) -> Fact:
    try:  # a number the model refuses (above 100 billion) is left out, never an error
        quantity = Quantity(value=draft.quantity[0], unit=draft.quantity[1], qualifier=draft.quantity[2]) \
            if draft.quantity else None
    except ValueError:
        quantity = None
    try:
        period = Period(start=draft.period[0], end=draft.period[1]) if draft.period else None
    except ValueError:
        period = None
    return Fact(kind=draft.kind, from_state=draft.giver, to_state=draft.taker,
                from_party=draft.giver_party, to_party=draft.taker_party,
                category=None if draft.kind in KINDS_WITHOUT_CATEGORY else draft.category,
                item=None if draft.kind == Kind.TROOP_DEPLOYMENT else draft.item, quantity=quantity, period=period,
                status=_status(draft, context), attributed_to=attributed_to,
                evidence=Evidence(text=sentence.text, start=sentence.start, end=sentence.end))


# Training on a system named before: "crews were trained on it", "trained ... to operate the system".
_ON_IT = screened(r"(?i)" + TRAIN_VERB + r".{0,40}?\b" + USE_OF_NAMED)


_NAMED_BEFORE = screened(r"(?i)^(?:the\s+)?(?:weapons?|systems?|complex(?:es)?)$")  # "trained to operate the weapon"


def _trained_on_earlier(draft: Draft, context: DocumentContext) -> Draft:
    """Training with no item of its own, on a system named before: the category of the last arms fact."""
    if draft.kind != Kind.TECHNOLOGY_TRANSFER or draft.category != Category.OTHER or context.last_arms is None \
            or not (_ON_IT.search(draft.item or "") or _NAMED_BEFORE.match(draft.item or "")):
        return draft
    return replace(draft, category=context.last_arms)


# Parts named with no weapon of their own ("engines and satellite-navigation modules shipped to Alabuga"): parts of
# the drones or missiles the story is about.
_PART_WORDS = screened(r"(?i)\b(?:engines?|motors?|components?|parts|modules?|kits?|"
                       r"guidance\s+(?:units?|sets?|kits?)|airframes?|warheads?|turbojets?)$")


def _parts_of_the_story(draft: Draft, context: DocumentContext) -> Draft:
    """Parts with no category of their own take the story's drones or missiles."""
    if draft.kind not in _MADE or draft.category != Category.OTHER or \
            context.last_arms not in (Category.UAV, Category.MISSILE) or not _PART_WORDS.search(draft.item or ""):
        return draft
    return replace(draft, category=context.last_arms)


_BARE_LAUNCHERS = screened(r"(?i)^launchers?$")


def _launchers_named_before(draft: Draft, context: DocumentContext) -> Draft:
    """Launchers named bare ("the launchers were moved by rail") are those named before with what they launch
    ("launchers for its Fath-360 missiles"), so they take their category; launchers so named are remembered. With
    none named before, a story whose last arms were missiles speaks of their launchers."""
    if draft.kind not in _MADE or not draft.item or "launcher" not in draft.item.lower():
        return draft
    if not _BARE_LAUNCHERS.match(draft.item) or draft.category == Category.MISSILE:
        context.launchers = draft.category
        return draft
    if context.launchers is None and context.last_arms == Category.MISSILE:
        return replace(draft, category=Category.MISSILE)  # "the Oreshnik system ... the launcher arriving in Belarus"
    return replace(draft, category=context.launchers) if context.launchers else draft


# Firms named again without their state ("three Chinese-registered companies ... The firms are accused of
# supplying Russia"): the state named with the firms before gives.
_FIRMS = (r"(?:firms|companies|suppliers|traders|exporters|manufacturers|entities|company|firm|supplier|trader|"
          r"exporter)\b")
_THE_FIRMS = screened(r"(?i)^(?:the|these|those|both|all three)\s+(?:\w+\s+)?" + _FIRMS)
_FIRMS_AFTER = screened(r"(?i)(?:[\s-]+(?:registered|based|owned|run))?\s+(?:\w+\s+)?" + _FIRMS)
_FIRMS_BEFORE = screened(r"(?i)\b" + _FIRMS + r"\s+(?:(?:registered|based|operating)\s+)?(?:in|from)\s+(?:the\s+)?$")


def _firms_state(sentence: Sentence, context: DocumentContext) -> str | None:
    """The state of the firms a sentence opening with "The firms ..." names again (in the 400 characters before)."""
    if not _THE_FIRMS.match(sentence.text):
        return None
    window = context.text[max(0, sentence.start - 400):sentence.start]
    found = None
    for match in context.knowledge.states.finditer(window):
        state = context.knowledge.state_of(match)
        if state and (_FIRMS_AFTER.match(window, match.end()) or
                      _FIRMS_BEFORE.search(window, max(0, match.start() - 40), match.start())):
            found = state[0]
    return found


# Goods sold to be assembled or built by the buyer ("most of which are to be assembled in Egypt under licence"):
# know-how goes with them. Parts shipped to be put together ("shipped in parts and assembled locally") are arms only.
_MADE_BY_BUYER = screened(r"(?i)\b(?:(?:assembled|built|produced|made|manufactured|assemble|build|produce|make|"
                          r"manufacture)\s+(?:\w+\s+)?(?:locally|in\s+the\s+kingdom|in\s+the\s+country|at\s+home)|"
                          # not a licence "to" a buyer: "exported under licence to a Czech company"
                          r"under\s+(?:a\s+)?licen[cs]e(?!\s+to\b)|licensed\s+production|"
                          r"technology[- ]transfer\s+(?:arrangement|deal|agreement|package)|"
                          # "partly built in the kingdom", "part of the order built in the kingdom", "with part of
                          # the work to be done locally"
                          r"(?:partly|partially)\s+(?:assembled|built|produced|made|manufactured)|"
                          r"part\s+of\s+the\s+(?:order|production|work|assembly|contract)\s+(?:[\w-]+\s+){0,5}?"
                          r"(?:locally|in\s+the\s+kingdom|in\s+the\s+country|at\s+home|in\s+(?-i:[A-Z])\w+))\b")
_IN_PARTS = screened(r"(?i)\bin\s+(?:parts|kits?|kit\s+form|pieces)\b")


def _made_by_buyer(sentence: Sentence, drafts: list[Draft]) -> list[Draft]:
    """A technology transfer beside the first sale of the sentence when the buyer is to make the goods itself."""
    sale = next((d for d in drafts if d.kind == Kind.ARMS_TRANSFER and d.category not in (None, Category.OTHER)), None)
    if sale is None or any(d.kind == Kind.TECHNOLOGY_TRANSFER for d in drafts) or \
            not _MADE_BY_BUYER.search(sentence.text) or _IN_PARTS.search(sentence.text):
        return []
    return [replace(sale, kind=Kind.TECHNOLOGY_TRANSFER, quantity=None)]


# The story's treaty named again as it is ratified, takes effect or binds its parties ("Russia ratified it in
# November", "Article 4 of the treaty obliges each side ...").
_TREATY_AGAIN = screened(r"(?i)\b(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,3}?(?:treaty|pact|accord)\b|"
                         r"\bthe\s+(?:document|agreement)\b|\bratified\s+it\b")
_BINDS = screened(r"(?i)\b(?:ratified|ratifies|ratifying|ratification|(?:came|comes|entered|enters)\s+into\s+force|"
                  r"took\s+effect|takes\s+effect|signed\s+into\s+law|obliges|obliged|commits|committed|binds|"
                  r"binding)\b")
_NOT_YET = screened(r"(?i)\b(?:will|would|could|may|might|not|no|never|yet\s+to|unlike)\b")


def _treaty_again(sentence: Sentence, drafts: list[Draft], context: DocumentContext) -> list[Draft]:
    """An agreement of the story's last agreement pair when the sentence speaks of its treaty again and states no
    agreement of its own; every state it names must be a party."""
    pair = context.last_of(Kind.AGREEMENT)
    if pair is None or any(d.kind == Kind.AGREEMENT for d in drafts):
        return []
    text = sentence.text
    binds = _BINDS.search(text)
    treaty = _TREATY_AGAIN.search(text) if binds else None
    if treaty is None or _NOT_YET.search(text, 0, binds.start()):
        return []
    named = {found[0] for m in context.knowledge.states.finditer(text) if (found := context.knowledge.state_of(m))}
    if not named <= set(pair):
        return []
    return [draft(Kind.AGREEMENT, Sides(*pair, False), Status.AGREED, item=treaty.group())]


_EXPORTED_KINDS = (Category.UAV, Category.MISSILE)  # downed arms a plain demonym may name as exported


def _shot_down(sentence: Sentence, completed: list[Draft], context: DocumentContext) -> list[Draft]:
    """Arms made elsewhere that a state shot down, given by their maker to whoever the sentence says launched them,
    else to the maker's partner in the story's latest fact; never to the shooter, and none that the sentence's other
    facts already give."""
    found = []
    for downed in downed_drafts(sentence.text, context.knowledge):
        made = downed.made
        if any(d.kind == made.kind and d.giver == made.giver and d.category == made.category for d in completed):
            continue
        if not downed.marked and not (made.category in _EXPORTED_KINDS and context.last_arms == made.category and
                                      any(giver == made.giver and kind == Kind.ARMS_TRANSFER
                                          for giver, _, kind in context.pairs)):
            continue  # "shot down five Indian jets": India's own; "223 of the Iranian drones" where the story is
            # about Iran's drones for Russia: Russia's
        taker = made.taker or context.counterpart(made.giver, 1, story_only=True)
        if taker not in (None, made.giver, downed.shooter):
            found.append(replace(made, taker=taker))
    return found


def sentence_facts(sentence: Sentence, context: DocumentContext) -> list[Fact]:
    """The facts of one sentence, in the context of the sentences before it (the context is updated)."""
    row = table_row_drafts(context.text, sentence.start, sentence.end, context.knowledge) \
        if sentence.paragraph >= 0 else None
    drafts, attribution = (row, None) if row is not None else \
        sentence_drafts(sentence.text, context.published, context.knowledge, context.speaker)
    firms = _firms_state(sentence, context) if any(d.giver is None and d.taker is not None for d in drafts) \
        else None
    if firms is not None:
        drafts = [replace(d, giver=firms) if d.giver is None and d.taker not in (None, firms) else d
                  for d in drafts]
    drafts = relative_receiver(supplied_to_subject(drafts, sentence.text, context.knowledge), sentence.text,
                               context.knowledge)
    context.paragraph = sentence.paragraph
    section = context.section(sentence.paragraph)
    if section and section[2] != context.section_read:
        context.subject = context.section_read = section[2]  # a new section is about its state till a sentence
        # opens with another
    context.country = _country(sentence, context)
    if context.subject and _IT_SUBJECT.search(sentence.text):
        drafts = [_it_is_the_subject(d, context.subject) for d in drafts]
    subject = _subject(sentence, context)
    context.subject = context.subject if subject is None else subject or None
    drafts = [t for d in drafts if (t := _tallied(d, context))]
    drafts = [one for d in drafts for one in _signers(d, sentence, context)]
    completed: list[Draft] = []
    drafts = [_maker_among_takers(_to_shared_taker(d, context), context.knowledge) for d in drafts]
    for one in (one for d in drafts for one in _coordinated(d)):
        if one.gapped and completed:  # "the United States pledged 50 Bradleys and Germany 40 Marders": to the same
            one = replace(one, giver=one.giver or completed[-1].giver, taker=one.taker or completed[-1].taker)
        if done := _completed(one, context):
            completed.append(_parts_of_the_story(_launchers_named_before(_trained_on_earlier(done, context), context),
                                                 context))
    completed += _treaty_again(sentence, completed, context)
    completed += _made_by_buyer(sentence, completed)
    completed += likewise_drafts(sentence.text, completed, context.knowledge)
    completed += owned_drafts(sentence.text, completed, context.knowledge)
    completed += order_totals(sentence.text, completed, context.knowledge)
    completed += _shot_down(sentence, completed, context)
    completed += signed_for_drafts(sentence.text, completed, context.knowledge)
    completed = _one_way_per_deal(_specific_first(completed, context.knowledge), context.knowledge)
    completed = shares_counted(_deals_from_their_maker(completed, sentence.text, context.knowledge), sentence.text)
    keys = {(d.kind, *sorted((d.giver, d.taker))) for d in completed}
    attributed_to = _attribution(sentence, attribution, keys, context) if completed else None
    if completed and attributed_to is None:
        attributed_to = context.interviewee(sentence.paragraph)
    facts, seen = [], set()
    for draft in completed:
        fact = _fact(draft, attributed_to, sentence, context)
        signature = fact.model_dump_json(exclude={"evidence"})
        if signature not in seen:
            seen.add(signature)
            facts.append(fact)
            context.pairs.append((draft.giver, draft.taker, draft.kind))
            context.last_paragraph = sentence.paragraph
            context.last_status[draft.kind] = draft.status
            if draft.kind == Kind.ARMS_TRANSFER and draft.category not in (None, Category.OTHER):
                context.last_arms, context.last_arms_item = draft.category, draft.item
            context.directions.setdefault(draft.kind, set()).add((draft.giver, draft.taker))
    if attribution is None:
        context.previous = _Previous(sentence.paragraph, None, keys, sentence)
    else:
        context.previous = _Previous(sentence.paragraph,
                                     attributed_to if facts else _resolved(attribution, sentence.start, context), keys)
    return facts
