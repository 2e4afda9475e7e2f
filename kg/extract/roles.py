"""Which state gives and which receives, from the words around each state name and the cue (trigger).

Each mention gets a role from its context: `to` (to/into/for/alongside X), `from` (from X), `by` (by X),
`object` ("supplied X with", "help X produce", "support X"), `in` (in X), `user` (the subject or agent of a use
cue after the transfer cue: "the supply of shells that Russia fires", "shells supplied by X used by Russian forces"),
`origin` (a demonym naming
the item or the troops: "Iranian drones", "North Korean troops"), `trainee` (a demonym before the people a
technology cue trains: "North Korean engineers were trained"; they receive), `subject` (before the cue) or `other`;
a place (port, city) without a preposition is `place`, which no side takes.
Each trigger type ranks the roles for the giving and the receiving side; a passive cue ("were supplied by")
ranks them differently. Mentions left over fill an empty side in reading order.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.attribution import HEADING
from kg.extract.knowledge import Knowledge
from kg.extract.screened import screened
from kg.extract.states import COORDINATED, Mention

_BY_AFTER = screened(r"(?:\s+(?:in|over|out|back))?(?:\s+(?:from|to|into)\s+(?:the\s+)?[A-Z][\w’'-]*)?\s+by\b")
# "drones launched by Russia", "launchers flown in from Syria by Russia", "trainers ordered from China by the UAE": a
# participle with its agent
_PASSIVE = screened(r"(?i)\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$")
_AUXILIARIES = {"was", "were", "been", "being", "is", "are", "be"}
_PARTICIPLES = {"sent", "sold", "given", "flown", "bought", "got", "brought", "dealt", "built", "made", "lent",
                "taught"}
# not a time, a store, its own stocks ("from its own inventory") or an earlier figure ("up from about 500,000")
_FROM = screened(r"(?i)\bfrom\s+(?!(?:the\s+)?(?:start|beginning|end|early|late|mid|(?!(?:19|20)\d\d\b)\d[\d,.]*|"
                 r"about|around|some|roughly|nearly|january|february|march|april|may|june|july|august|september|"
                 r"october|november|december|"
                 r"storage|stock|depots?|warehouses?|factories|plants?|ports?|"
                 r"(?:its|their|our|his|her)\s+(?:own\s+)?(?:\w+\s+)?(?:stocks?|stockpiles?|inventor(?:y|ies)|"
                 r"reserves?|arsenals?|holdings|depots?|warehouses?|surplus))\b)")
# A state that believes or says what follows, unless it speaks of itself ("Russia said it received"):
# ... or of part of its own ("Belarus says 50 of its troops will deploy", "a company from its airborne brigade")
_SPEAKS_OF_ITSELF = r"(?:it|they|he|she|its|their|to|we|I|(?:[\w,-]+\s+){1,3}(?:of|from)\s+(?:its|their))\b"
_BELIEVES = screened(r"(?i)\s+(?:also\s+|now\s+)?(?:believes|believed|suspects|suspected|thinks|assesses|assessed|"
                     r"estimates|estimated|alleges|alleged)\s+(?:that\s+)?(?!" + _SPEAKS_OF_ITSELF + ")")
_STATE_SAYS = screened(r"(?i)\s+(?:also\s+|now\s+|has\s+|had\s+)?(?:says|said|say|claims|claimed|claim)\s+"
                       r"(?:that\s+)?"
                       r"(?:on\s+\w+\s+|in\s+\w+(?:\s+\d{4})?\s+)?(?:that\s+)?(?!" + _SPEAKS_OF_ITSELF + ")")
_CREDITED_TO = screened(r"(?i)\b(?:attribute[sd]?|attributing|credit(?:s|ed|ing)?|thanks|due|owing|owed|"
                        r"owes)(?:\s+(?:something|much|a\s+lot|a\s+great\s+deal|partly|largely|in\s+part))?\s+to\s+"
                        r"(?:the\s+)?$")  # "owed something to Russian advice"
_WHERE_NEXT = screened(r"(?i)\s*,\s*where\b")
_FOR_TO = screened(r"(?i)(?:\s+[\w-]+){0,2}\s+to\s+(?:transfer|supply|send|deliver|provide|share|hand|ship|sell|"
                   r"give|pass)\b")
_WAR_AFTER = screened(r"(?:[-–‐][A-Z][\w.]*)?\s+war\b|['’]s\s+war\s*[,:]")  # "Russia's war, day 255:" too
_OF_ORIGIN = screened(r"(?i)\s+(?:production|manufacture|make|origin|design|fabrication)\b")
MADE_AFTER = screened(r"(?i)[-‐‑](?:made|produced|built|manufactured|designed|supplied|origin)\b")
_USED_IN = screened(r"(?i)\b(?:used|fired|launched|found|recovered|struck|hit|downed|shot down|crashed|seen|spotted|"
                    r"photographed|filmed|destroyed)\s+(?:[\w’'-]+\s+){0,3}?(?:in|inside|at)\s+"
                    r"(?:the\s+)?$")
_USED_BY = screened(r"(?i)\b(?:used|fired|launched|operated|employed|fielded)\s+(?:[\w’'-]+\s+){0,2}?by\s+"
                    r"(?:the\s+)?$")
# "by" after a participle that moves nothing: the one who holds, runs or hits something is no party to the transfer
_NOT_AN_AGENT_BY = screened(r"(?i)\b(?:controlled|held|run|ruled|led|owned|governed|backed|commanded|founded|headed|"
                            r"occupied|seized|captured|hit|targeted|attacked|struck|intercepted|destroyed|downed)\s+"
                            r"by\s+(?:the\s+)?$")
_PLACES_LISTED = screened(r"(?i)\b(?:cities|towns|villages|regions|areas|provinces|targets|sites|ports)\s*,?\s+"
                          r"(?:such\s+as|including|like)\s+")
_LIST_SO_FAR = screened(r"[\w’'\s,-]*")  # the names listed before ("Kharkiv, Odesa and ")
_LAND_AFTER = screened(r"(?i)\s+(?:cities|city|towns|town|villages|regions|region|territory|territories|soil|"
                       r"airspace|waters|coast|coastline|infrastructure|positions|front\s+lines?)\b")
# troops "on Cambodian soil", "in Russian territory", "in Russian border regions": where they are
_SOIL_AFTER = screened(r"(?i)\s+(?:soil|territory|(?:(?:border|frontier|southern|northern|eastern|western|"
                       r"south-western|south-eastern|north-western|north-eastern)\s+)?(?:regions?|areas?|districts?|"
                       r"provinces?))\b")
# "Egypt accounted for a third of Russia's arms exports": the state that takes a share of another's exports gets them
_TAKES_A_SHARE = screened(r"(?i)\s+(?:alone\s+)?(?:accounted\s+for|took|received|absorbed|made\s+up|represented)\s+"
                          r"[^,;.()]{0,60}?\bof\s+(?:the\s+)?[\w.\s-]{2,40}?(?:'s|’s)\s+(?:[\w-]+\s+){0,2}$")
_DEAL_FOR = screened(r"(?i)(?:deals?|contracts?)\s+for")
_SHARE_AFTER = screened(r"(?:'s|’s)\s+(?:[\w-]+\s+)?share\s+of\b")
_SHARE_OF = screened(r"(?i)\b(?:bulk|most|much|majority|half|third|quarter|share|part|all|\d+\s*(?:%|per\s*cent|"
                     r"percent))\s+of\s+(?:the\s+)?$")
_GIVING_NOUN = screened(r"(?i)(?:arms\s+)?(?:exports?|deliveries|sales|shipments|supplies|transfers)")
_BORDER_WITH = screened(r"(?i)\b(?:border|borders|frontier|frontiers)\s+with\s+(?:the\s+)?$")
# The words between "found in" and the party holding the arms ("in almost every Houthi missile").
HOLDER_GAP = (r"(?:the\s+|an?\s+|(?:almost\s+|nearly\s+|virtually\s+)?(?:every|all|each|most|many)\s+"
              r"(?:of\s+the\s+)?)?")
_HOLDER_GAP = screened(r"\s*" + HOLDER_GAP)
# "74 per cent of Saudi Arabia's imports": the possessor of the imports gets them
_OWN_IMPORTS = screened(r"(?i)(?:'s|’s)\s+(?:major\s+)?(?:arms\s+)?imports\b")
_IMPORTS_AFTER = screened(r"(?i)\s+(?:imports?|purchases?|acquisitions?|procurement|orders|buys)\b")
_ROLE_AS = screened(r"(?i)\b(?:role|position|place|status|rise|emergence|reputation)\s+as\b")
# A state as the subject of a relative clause that acts on the goods or the place named before it.
_WHICH_BEFORE = screened(r"(?i)\b(?:which|whom)\s+(?:the\s+)?$")
_ACTS_ON_IT = screened(r"(?i)(?:['’]s)?"
                       r"(?:\s+(?:forces|troops|army|military|units|soldiers|air\s+defen[cs]es?|navy))?"
                       r"(?:\s+(?:have|has|had|since|later|reportedly|also|then|\w+ly))*\s+"
                       r"(?:destroyed|shot\s+down|downed|intercepted|captured|seized|hit|struck|damaged|held|"
                       r"controlled|occupied|recaptured|retook)\b")
_TARGET_BEFORE = screened(r"(?i)(?:\b(?:downed|down|destroyed|destroy|destroying|intercept|intercepted|intercepting|"
                          r"hit|hitting|struck|strike|striking|shot|shoot|shooting)|"
                          r"\b(?:fire|fires|fired|firing|launch|launched|launching)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:at|against))"
                          r"\s+(?:(?:the|an?|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|several|"
                          r"dozens\s+of|many)\s+)?$")
_WHICH_SAYS = screened(r"(?i)(?:\s+and\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?\s*,\s*(?:which|who)\s+"
                       r"(?:also\s+)?(?:say|says|said|claim|claims|claimed|believe|believes|allege|alleges|"
                       r"accuse|accuses|accused)\b(?!\s+(?:it|they|we|its|their)\b)")
_SPEAKS_FOR = screened(r"(?i)\b(?:speaks|spoke|speaking|spokesman|spokeswoman|spokesperson)\s+for\s+(?:the\s+)?$")
_FLAGGED = screened(r"(?i)[-‐‑](?:flagged|flag|registered)\b")  # a ship's flag is no party ("Russian-flagged ships")
_MADE_IN = screened(r"(?i)\b(?:made|produced|built|manufactured|assembled)\s+in\s+(?:the\s+)?$")  # "engines made in China"
_PARTS_FOR = screened(r"(?i)\b(?:components|parts|kits|spares|warheads|engines|motors|sets|units|electronics)\s+"
                      r"for\s+(?:the\s+)?$")
_WORDS_GAP = screened(r"^(?:[\s-]+[\w-]+){0,3}[\s-]+$")  # "Iranian ballistic and cruise missiles"
_CHOSE = {"selected", "chose", "picked", "chosen", "selecting", "choosing", "picking", "preferred", "favoured",
          "favored"}
# "Japan's upgraded Mogami-class frigate": the words between a chosen design's state and the item
_CHOSEN_GAP = screened(r"(?:['’]s)?(?:\s+(?:upgraded|new|improved|latest|enlarged|modified|[\w-]+-class|"
                       r"[\w-]+-built))*\s+")
# A destination joined to "-bound" ("a Yemen-bound dhow"): the state or party right before it receives.
_BOUND_AFTER = screened(r"(?i)[-‐‑]bound\b")
# Between "inducted" and the force it joined: "inducted in", "commissioned into the".
_INTO_FORCE = screened(r"(?i)\s+(?:formally\s+)?(?:in|into)\s+(?:the\s+)?")
# A hyphen left hanging before a coordinated demonym that carries the shared "-made": "Russian- and Chinese-made".
_SUSPENDED_HYPHEN = screened(r"^[-‐‑]\s*(?:,\s*|\s+and\s+|\s+or\s+|,\s*and\s+)$")
# verbs that only give (not "leased", "moved", "brings", "transferred", which may take in as well)
_PLAIN_GIVE = screened(r"(?i)supplied|sent|shipped|delivered|provided|gave|sold|flew|flown")
# between a subject and its verb: auxiliaries, adverbs and a head noun ("Wagner operatives were reported to have")
_SUBJECT_VERB_GAP = screened(r"(?:[-‐](?:linked|backed|affiliated|run|controlled|owned))?"  # "Wagner-linked networks"
                             r"(?:\s+(?:operatives|forces|troops|officials|authorities|government|army|networks?|"
                             r"contractors|fighters|mercenaries|units|compan(?:y|ies)|firms?|group|"
                             r"has|have|had|was|were|is|are|reported|said|believed|thought|to|also|then|later|"
                             r"reportedly|allegedly|already|\w+ly))*\s+")
_FORCE_NOUN = screened(r"(?i)\bforces?$")  # "the Armed Forces of Ukraine" is the state's own force, either side
_OF_THE = screened(r"(?i)\s+of\s+(?:the\s+)?$")
_FROM_ITS = screened(r"(?i)\bfrom\s+(?:its|their)\s+(?:former\s+)?$")
_SITE_AFTER = screened(r"(?i)\s+(?:bases?|positions|stocks|depots?|arsenals?|garrisons?|airfields?|facilities|"
                       r"facility)\b")
_MOVED_FROM = screened(r"(?i)\b(?:evacuated|withdrawn|withdrew|pulled\s+out|relocated|removed|redeployed)\s+"
                       r"(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?$")
_THAT_BEFORE = screened(r"(?i)\bthat\s+(?:the\s+)?$")  # a that-clause opens right before a subject
_BARE_GAP = screened(r"[\s-]+")  # nothing but a space or a hyphen between a demonym and its goods: "Turkish TB2s"
_HEAD_GAP = screened(r"^(?:[\s-]+[\w-]+)?[\s-]+$|^[\s-]*$")  # "Iranian drones", "North Korean-made KN-23s"

GIVER = {
    "give": ("from", "origin", "by", "subject"),
    "give-passive": ("by", "from", "origin"),
    "arrive": ("origin", "from"),  # "Iranian missiles reached Lebanon from Iraq": the maker, the route after
    "receive": ("from", "origin"),
    "receive-passive": ("from", "origin"),
    "deploy": ("from", "origin", "subject"),
    "deploy-passive": ("by", "from", "origin"),
    "use": ("origin", "from"),
    "use-passive": ("origin", "from"),
    "remains": ("origin",),
    "held": ("origin",),  # "recovered Iranian-made missiles from Hezbollah positions"
    "sighted": ("origin",),  # "images show two Russian-made helicopters at an airfield near Isfahan in Iran"
    "technology": ("from", "by", "subject"),  # "Chinese help to boost Iranian drone output": the maker gets help
    "technology-passive": ("by", "from", "origin"),
}
TAKER = {
    "give": ("to", "object", "user", "scene"),
    "give-passive": ("to", "subject", "object", "user", "in"),
    "arrive": ("in", "to"),  # "North Korean guns arrived in Russia": the place of arrival receives
    "receive": ("subject", "to", "object", "trainee"),  # "Houthi fighters received instruction from ..."
    "receive-passive": ("by", "subject"),
    "deploy": ("to", "object", "in"),
    "deploy-passive": ("to", "in", "subject"),
    "use": ("subject", "by", "user", "to"),  # "in service with Myanmar's air force": whose forces use it
    "use-passive": ("by", "subject"),
    "remains": ("by",),  # "debris of Iranian drones found in Kyiv": the finder and the place are no receivers
    "held": ("by",),  # the party the arms were found on
    "sighted": ("in",),  # the state whose base they stand at
    "technology": ("to", "object", "trainee", "origin"),
    "technology-passive": ("trainee", "to", "subject", "object", "in"),
}
_PAY = {"pay", "pays", "paid", "paying"}
_CUSTOMERS = {"customer", "customers", "buyer", "buyers"}  # a state's customers buy from it
_TRAINING_WORDS = ("train", "retrain", "re-train", "teach", "taught", "instruct")  # a training verb in the active voice
_ARRIVAL = {"arrived", "arrive", "arrives", "arriving", "unloaded", "offloaded", "ended",
            "reached", "reaching", "reaches", "reach"}
_RECEIVING = {"received", "receive", "receives", "receiving"}  # technology received ("received training")
_RANKED_AS = {"technology-object": "give", "technology-receive": "receive", "technology-object-receive": "receive"}
# A state, its office or forces, then "as the end user" or "as the consignee": the one the goods are for.
_AS_END_USER = screened(r"(?i)(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+as\s+(?:the\s+|its\s+)?(?:final\s+|declared\s+)?"
                        r"(?:end[\s-]users?|consignees?)\b")
_LOCATED_BY = screened(r"(?i)\b(?:(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|"
                       r"northwest|southeast|southwest|northern|southern|eastern|western)\s+of|near|outside|"
                       r"outskirts\s+of|close\s+to|not\s+far\s+from)\s+$")
# Verbs shared with cues.py and troops.py: a state holding troops somewhere, goods made, a factory opened.
HOLD_VERBS = (r"(?:has|have|had|keeps|keep|kept|keeping|maintains|maintain|maintained|maintaining|retains|retain|"
              r"retained)")
MADE_VERBS = r"(?:assembled|built|produced|manufactured|developed)"
# A permission to pass arms on, after the one who gives it ("German approval", "Berlin's consent") or the verb that
# gets it ("received approval"): the one who permits is no side, and getting a permission moves no goods.
APPROVAL_AFTER = screened(r"(?i)(?:'s|’s)?\s+(?:[\w-]+\s+)?(?:approval|permission|consent|clearance|"
                          r"authori[sz]ation|go-ahead|green\s+light)\b")
FACTORY_VERBS = r"(?:opened|opens|opening|set\s+up|sets\s+up|setting\s+up|established|establishes|establishing|" \
    r"inaugurated)"
# Where goods were made with another state's help: "assembled in Lebanon with ...", "facilities near Masyaf, built
# with ..."
_MADE_THERE = screened(r"(?i)\b" + MADE_VERBS + r"\s+(?:[\w’'-]+\s+){0,2}?"
                       r"(?:in|at|near|inside)\s+(?:the\s+)?$")
_WORKS_NEAR = screened(r"(?i)\b(?:facilities|facility|factory|factories|plant|plants|workshops?|sites?)\s+"
                       r"(?:near|in|at|outside)\s+$")
_BUILT_AFTER = screened(r"(?i)\s*,?\s*(?:built|set\s+up|established)\b")
# The verb of a factory opened abroad (cues._FACTORY_ABROAD): "Iran has opened a factory for drones in Tajikistan"
OPENS_FACTORY = screened(r"(?i)(?:" + FACTORY_VERBS + r"|was\s+opened|was\s+inaugurated)$")
# A visit and its visitor: "during Erdogan's visit to Jakarta"
_VISIT_TO = screened(r"(?i)\b(?:visit|visits|trip|trips|tour)\s+to\s+(?:the\s+)?$")
_VISITOR = screened(r"(?i)(?:'s|’s)\s+(?:\w+\s+)?(?:visit|trip|tour)\b")
# A place set off by a comma after another place: "landed at an airstrip in Amdjarass, in eastern Chad,"
_SET_OFF_PLACE = screened(r"(?i),\s*in\s+(?:the\s+)?(?:(?:north|south|east|west|central|far)(?:[\s-]?(?:east|west))?"
                          r"(?:ern)?\s+)?$")
# (a state's coast guard or border force is its agency, not a place: "the Philippine Coast Guard received ...")
_BORDER_AFTER = screened(r"(?i)(?:'s|’s)?\s+(?:border|borders|frontier|coast|coastline|waters|airspace)\b"
                         r"(?!\s+(?:guards?|force|police|service|agency)\b)")
_HELP_NOUN = screened(r"(?i)\s+(?:(?:technical|technological|military|production|design|construction|manufacturing|"
                      r"engineering|industrial)\s+(?:and\s+)?){0,3}(?:help|assistance|support|aid|"
                      r"expertise|know-how|designs|blueprints)\b")
# What was given improves something ("data that could improve the accuracy of North Korean missiles"): the
# improved thing's state owns it and gets the help.
_IMPROVES_BEFORE = screened(r"(?i)\b(?:improv|upgrad|boost|enhanc|moderni[sz]|refin|extend)\w*\s+"
                            r"(?:the\s+(?:[\w-]+\s+){1,2}of\s+)?$")
# Between a state and its base abroad: "Russia's 201st military base" (cues reads it before the cue word "base")
STATES_BASE = r"(?:'s|’s)\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:military\s+)?"
_BASE_OF = screened(r"(?i)" + STATES_BASE)
_PRONOUN_TO = screened(r"(?i)\s+(?:of\s+[^,;]{0,60}?\s+)?to\s+(?:it|them|him|her)\b")


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    text: str
    type: str  # give | receive | technology | technology-receive ("with Iranian help") | technology-object[-receive] | deploy | use


@dataclass(frozen=True)
class Sides:
    giver: str | None
    taker: str | None
    ambiguous: bool  # both came from plain subjects ("Kim and Putin agreed to send")
    more_givers: tuple[str, ...] = ()  # coordinated with the giver: "from Germany and the United States"
    more_takers: tuple[str, ...] = ()
    giver_party: str | None = None  # a non-state party on that side (its base state is `giver`)
    taker_party: str | None = None

    def reversed(self) -> "Sides":
        return Sides(self.taker, self.giver, self.ambiguous, self.more_takers, self.more_givers,
                     self.taker_party, self.giver_party)


@dataclass
class _Choice:
    mention: Mention | None = None
    role: str = ""

    @property
    def code(self) -> str | None:
        return self.mention.code if self.mention else None


# Arms taken from someone before the cue's subject handed them on ("rifles seized from Iranian shipments").
_SEIZED_FROM = screened(r"(?i)\b(?:seized|captured|confiscated|taken|interdicted|intercepted|impounded|recovered)"
                        r"\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+|an?\s+)?$")
_COMPARED = screened(r"(?i)\b(?:after|like|unlike|than|joining|outside)\s+(?:the\s+)?$")
# A ranking's rivals, one or a list ("far behind the United States and France", "ahead of Sweden, Norway"): not sides
_RANKED = screened(r"\b(?:[Bb]ehind|[Aa]head\s+of|[Ss]econd\s+only\s+to|[Tt]railing|[Tt]rails|[Tt]railed)\s+"
                   r"(?:the\s+)?(?:(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*\s*"
                   r"(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?){0,4}$")
_ENDS_PHRASE = screened(r"\s*(?:[,.;:)]|$)")


def _listed_place(text: str, start: int) -> bool:
    """True when `start` is in a list of places after "cities, including" (at most 80 characters after it)."""
    listed = None
    for listed in _PLACES_LISTED.finditer(text, max(0, start - 80), start):
        pass
    return listed is not None and _LIST_SO_FAR.fullmatch(text, listed.end(), start) is not None


def in_passing(text: str, m: Mention) -> bool:
    """True for a state named only as a comparison ("the first Gulf buyer of the model after Qatar", "unlike Iran,",
    "the largest order in Europe outside Poland",
    "the third-largest exporter, behind the United States and France") or as a side of a war the story is filed
    under ("Ukraine war live: ...")."""
    return (bool(_COMPARED.search(text, max(0, m.start - 12), m.start)) and bool(_ENDS_PHRASE.match(text, m.end))
            and not _BUYERS_SUCH_AS.search(text, max(0, m.start - 80), m.start)) \
        or bool(_WAR_AFTER.match(text, m.end)) or \
        (m.role != "demonyms" and bool(_RANKED.search(text, max(0, m.start - 100), m.start)))


# Words right before a mention that say it is no side of the fact as a plain subject or agent would be:
# a runner-up ("..., followed by France"), a maker ("built by Polish manufacturer"), an owner ("belonging to the
# Royal Danish Air Force"), a former operator ("former US Navy", "ex-German")
_FOLLOWED_BY = screened(r"(?i)\bfollowed\s+by\s+(?:the\s+)?$")
_BUYERS_SUCH_AS = screened(r"(?i)\b(?:to|for)\s+(?:[\w’'-]+\s+){0,3}?(?:customers|buyers|clients|importers|"
                           r"countries|states|governments|partners|recipients|allies|armies|nations|militaries)"
                           r"\s*,?\s+(?:such\s+as|including|like|among\s+them)\s+(?:the\s+)?$")
_MADE_BY = screened(r"(?i)\b(?:" + MADE_VERBS + r"|made)\s+by\s+(?:the\s+|a\s+|an\s+)?$")
_BELONGING_TO = screened(r"(?i)\b(?:belonging|belonged|belongs)\s+to\s+(?:the\s+)?(?:royal\s+)?$")
_FORMER_BEFORE = screened(r"(?i)\b(?:former|ex-)\s*(?:the\s+)?$")
# The industry after "from" that made what a donor pays for ("from Slovak production")
_PRODUCTION_AFTER = screened(r"(?i)\s+(?:\w+\s+)?(?:production|industry|industries|makers|manufacturers|producers|"
                             r"factories|plants|firms|companies)\b")


# Who counts: "By Seoul's reckoning", "by Kyiv's own count", "by Washington's estimate"
_BY_BEFORE = screened(r"(?i)\bby\s+$")
_BY_ITS_COUNT = screened(r"(?i)['’]s\s+(?:own\s+)?(?:reckoning|count|counts|estimate|estimates|tally|assessment|"
                         r"calculations?|figures?)\b")
# What a picture shows: "radar satellite images of Ukraine", "imagery of Israeli bases"
_PICTURES_OF = screened(r"(?i)\b(?:images?|imagery|photos?|photographs?|pictures?|footage|maps?|video)\s+of\s+"
                        r"(?:the\s+)?(?:(?!(?:to|for|from|by|in|into|at)\s)[\w-]+\s+)?$")
# A distance from a place: "a storage site about 290 km from Ukraine", "20 miles north of the border with Iran"
_DISTANCE_BEFORE = screened(r"(?i)\b\d[\d,.]*\s*(?:-\s*)?(?:km|kilomet(?:re|er)s?|miles?|nautical\s+miles)\s+"
                            r"(?:away\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|"
                            r"south-?west|inside|short)\s+)?(?:from|of|off)\s+(?:the\s+(?:border\s+with\s+)?)?$")
# Whose money paid: "On Russian credit it bought 24 Su-30MK2 fighters", "with Saudi funding"
_CREDIT_AFTER = screened(r"(?i)\s+(?:state\s+)?(?:credits?|loans?|financing|funding|money)\b")
# Whose design the goods copy: "itself a copy of a German Limbach design", "a clone of the Israeli Harop"
_COPY_OF = screened(r"(?i)\b(?:(?:copy|copies|clone|clones|knock-?offs?|imitation)\s+of|(?:based|modell?ed|modeled|"
                    r"patterned)\s+on|reverse-engineered\s+from)\s+(?:(?:a|an|the)\s+)?$")
# A state that ordered the goods, in a relative clause after them: "the 66 F-16s that Taipei ordered in 2019"
_RELATIVE_BEFORE = screened(r"\b(?:that|which)\s+$")
_ORDERED_AFTER = screened(r"(?:\s+(?:had|has|have|later|also|first|originally))*\s+(?:ordered|bought|purchased|"
                          r"signed\s+for|contracted\s+for|has\s+on\s+order|had\s+on\s+order)\b")


def _role(m: Mention, trigger: Trigger, text: str, heads: list[tuple[int, int]], knowledge: Knowledge,
          subject_before: bool = False) -> str:
    if trigger.type == "technology-receive" and m.end <= trigger.start and trigger.text.lower().startswith("with") \
            and (_MADE_THERE.search(text, max(0, m.start - 40), m.start) or
                 (_WORKS_NEAR.search(text, max(0, m.start - 30), m.start) and _BUILT_AFTER.match(text, m.end))):
        return "subject"  # "assembled in Lebanon with Iranian help", "facilities near Masyaf, built with Iranian
        # help": where the goods are made gets the help, as a subject that makes them would
    words = knowledge.cue_words
    if _BOUND_AFTER.match(text, m.end):
        return "to"  # "a Yemen-bound dhow", "Houthi-bound weapons": where the goods were going receives them
    if m.start > 0 and APPROVAL_AFTER.match(text, m.end) and m.role in ("demonyms", "names", "capitals", "metonyms") \
            and (m.possessive or m.role == "demonyms"):
        return "place"  # "received German approval to send", "with Berlin's consent": who permits gives nothing
    if trigger.type == "deploy" and m.role in ("names", "metonyms") and (of := _OF_THE.search(
            text, max(0, m.start - 12), m.start)) and any(noun.end() == of.start() and
                                                          not _FORCE_NOUN.search(noun.group()) for noun in
                                                          knowledge.cues["troop_nouns"].finditer(
                                                              text, max(0, of.start() - 40), of.start())):
        return "origin"  # "5,000 military builders of the Korean People's Army will be sent": whose troops they are
    if m.role == "demonyms" and _FROM_ITS.search(text, max(0, m.start - 20), m.start) and \
            _SITE_AFTER.match(text, m.end):
        return "place"  # "moved air-defence systems from its Syrian bases to Libya": whose bases they are not
    if m.before == "from" and m.role != "demonyms" and _MOVED_FROM.search(text, max(0, m.start - 40), m.start):
        return "place"  # "Russian hardware evacuated from Syria": where goods were moved out of, no giver
    if in_passing(text, m):
        return "place"  # "Russia-Ukraine war live: ...", "after Qatar": a war's sides or a comparison, not this fact's
    if not m.possessive and m.end <= trigger.start and _GIVING_NOUN.fullmatch(trigger.text) and \
            _TAKES_A_SHARE.match(text[m.end:trigger.start]):
        return "to"  # but "China accounted for 81 percent of Pakistan's imports": China gave
    if m.possessive and trigger.text.lower() == "base" and _BASE_OF.fullmatch(text, m.end, trigger.start):
        return "from"  # "keeping Russia's 201st military base on its soil": whose base it is sends the forces
    if (m.role == "demonyms" or m.possessive) and m.start > trigger.end and _key(text, trigger) == "give" and \
            _IMPROVES_BEFORE.search(text, max(0, m.start - 50), m.start):
        return "user"  # "handed over data that could improve North Korean missiles": the owner gets the data
    if _BORDER_WITH.search(text, max(0, m.start - 25), m.start):
        return "place"  # "stationed along the border with Ukraine's Sumy region"
    if _AS_END_USER.match(text, m.end):
        return "to"  # "the paperwork named Laos's defence ministry as the end user": the goods were meant for it
    if m.possessive and m.before in _CHOSE and (chosen := knowledge.items.search(text, m.end, m.end + 50)) and \
            _CHOSEN_GAP.fullmatch(text, m.end, chosen.start()):
        return "from"  # "it had selected Japan's upgraded Mogami-class frigate": whose design is chosen sells it
    if m.possessive and m.before in ("with", "for") and m.start > trigger.end:
        if any(s >= m.end + 2 and _HEAD_GAP.match(text[m.end + 2:s]) and knowledge.maker_of(text[s:e]) == m.code
               for s, e in heads):
            return "origin"  # "parts for Iran's Qadr-class missiles": the maker's own system names where it is from
        if trigger.type == "use":
            return "user"  # "fighters in service with Myanmar's air force": whose forces use them
        return "to"  # "help with Pyongyang's satellite programme", "drones for Russia's war": who benefits
    if m.role == "demonyms" and m.before == "for" and m.start > trigger.end and not subject_before and \
            _PARTS_FOR.search(text, max(0, m.start - 40), m.start) and \
            any(s >= m.end and _WORDS_GAP.match(text[m.end:s]) for s, _ in heads):
        return "origin"  # "components for Iranian missiles destined for the Houthis": whose missiles, not who gets
        # them; but "Russia has supplied components for North Korean air-defence systems": the North gets them
    if m.possessive and trigger.type == "receive" and m.end < trigger.start and _SHARE_AFTER.match(text, m.end):
        return "from"  # "Ankara's share of Azerbaijani arms imports": the supplier whose share it is gives
    if m.possessive and 0 <= trigger.start - m.end <= 25:
        if trigger.text.lower() in words["agent_nouns"] and not _ROLE_AS.search(text, m.end, trigger.start):
            return "to"  # "Russia's main supplier": the supplier gives to Russia; but "Iran's role as a supplier"
        if trigger.text.lower() in _CUSTOMERS:
            return "from"  # "Venezuela is among Russia's biggest arms customers": Russia sells to them
        return "subject"  # "Pyongyang's shipment", "Russia's purchases"
    if trigger.type == "deploy" and trigger.text.lower().startswith("join") and 0 <= m.start - trigger.end <= 6:
        return "to"  # "soldiers ... to join Russian forces": the forces joined receive
    if trigger.type == "use" and trigger.text.lower() == "service" and 0 <= trigger.start - m.end <= 12:
        return "user"  # "Russian-built Su-57 fighters in Algerian service": the state whose service it is uses them
    if trigger.type == "deploy" and trigger.text.lower().endswith(" with") and 0 <= m.start - trigger.end <= 6:
        return "to"  # "held a joint exercise with Armenian forces": where the partner is, the forces went
    if m.role == "demonyms" and m.before == "from" and m.start > trigger.end and trigger.type == "give" and \
            subject_before and _PRODUCTION_AFTER.match(text, m.end):
        return "place"  # "Denmark paid for sixteen guns from Slovak production": the giver before the cue gives what
        # the industry named after it made
    if m.role == "demonyms" and m.before == "of" and _OF_ORIGIN.match(text, m.end):
        return "origin"  # "missiles of North Korean production", "launchers of Russian make"
    if m.start > trigger.end and _BUYERS_SUCH_AS.search(text, max(0, m.start - 80), m.start):
        return "to"  # "sells shells to customers such as Poland and Spain": the buyers named as examples receive
    if m.before == "by" and _FOLLOWED_BY.search(text, max(0, m.start - 20), m.start):
        return "place"  # "Russia supplied 36 percent of India's imports, followed by France": the runner-up has a
        # share of its own (facts._runners_up), no side of this one
    if m.end <= trigger.start and m.before == "by" and _MADE_BY.search(text, max(0, m.start - 30), m.start):
        return "origin"  # "Five helicopters built by Polish manufacturer PZL Mielec arrived in Manila": the maker's
        # state named before the cue made what moves
    if trigger.type in ("give", "receive") and m.start > trigger.end and \
            _BELONGING_TO.search(text, max(0, m.start - 30), m.start):
        return "origin"  # "24 F-16s belonging to the Royal Danish Air Force": whose they are gives them
    if trigger.type in ("give", "receive") and _FORMER_BEFORE.search(text, max(0, m.start - 12), m.start):
        return "origin"  # "two former US Navy patrol ships it received", "ex-German frigates": whose they were
    if text[m.end:m.end + 1] == ":" and HEADING.fullmatch(text[:m.end + 2].rstrip() + " "):
        # "Lukashenko: Oreshnik is on combat duty in Belarus": a headline's speaker; "12:02 - Niger: ...": the place
        # a liveblog entry is about
        return "source" if m.role == "leaders" else "in"
    if m.start > trigger.end and (m.before == "where" or _NOT_AN_AGENT_BY.search(text, max(0, m.start - 30), m.start)
                                  or (m.role in ("capitals", "places")
                                      and _listed_place(text, m.start))):
        return "place"  # "to Kursk, where Ukrainian forces hold ...", "the land controlled by Khalifa Haftar",
        # "fired at Ukrainian cities including Kyiv": a place or a bystander named after the cue takes no part
    if m.role == "demonyms" and m.start > trigger.end and trigger.type in ("deploy", "give") and \
            m.before in ("on", "in") and _SOIL_AFTER.match(text, m.end):
        return "in"  # troops "on Cambodian soil", "on Belarusian territory": where they are
    if m.role == "demonyms" and m.start > trigger.end and m.before not in knowledge.cue_words["to_words"] and \
            _LAND_AFTER.match(text, m.end):
        return "place"  # "missiles that hit Ukrainian towns", "mines cleared from Russian territory"
    if m.start > trigger.end and _WHICH_BEFORE.search(text, max(0, m.start - 24), m.start) and \
            _ACTS_ON_IT.match(text, m.end):
        return "place"  # "guns, some of which Ukrainian forces have since destroyed", "the area, which Ukrainian forces
        # held": who destroyed the goods or held the place after the cue received nothing
    if m.role == "demonyms" and m.start > trigger.end and _TARGET_BEFORE.search(text, max(0, m.start - 40), m.start):
        return "place"  # "downed five Indian jets", "used to intercept Pakistani drones": a target, not a receiver
    if _PICTURES_OF.search(text, max(0, m.start - 40), m.start):
        return "place"  # "satellite images of Ukraine", "maps of Israel": what is pictured takes no part
    if m.role == "demonyms" and m.before in ("on", "with") and _CREDIT_AFTER.match(text, m.end):
        return "place"  # "On Russian credit it bought 24 Su-30MK2 fighters": who lent takes no part
    if m.role == "demonyms" and m.before == "without":
        return "place"  # "turn out Gerans without Iranian hands on the line": who is left out takes no part
    if _DISTANCE_BEFORE.search(text, max(0, m.start - 60), m.start):
        return "place"  # "a storage site about 290 km from Ukraine": a distance takes no part
    if m.role == "demonyms" and _COPY_OF.search(text, max(0, m.start - 40), m.start):
        return "place"  # "a copy of a German Limbach design": whose design was copied takes no part
    if trigger.type == "give" and _RELATIVE_BEFORE.search(text, max(0, m.start - 8), m.start) and \
            _ORDERED_AFTER.match(text, m.end) and m.start > trigger.end:
        return "to"  # "deliveries of the 66 F-16s that Taipei ordered": the state that ordered the goods gets them
    if m.end <= trigger.start and _WHICH_SAYS.match(text, m.end):
        return "source"  # "pressure from Washington and Brussels, which say Kazakh re-exporters kept supplying Russia"
    if _BY_ITS_COUNT.match(text, m.end) and _BY_BEFORE.search(text, max(0, m.start - 8), m.start):
        return "source"  # "By Seoul's reckoning ...", "by Kyiv's count": who counts takes no part
    if _SPEAKS_FOR.search(text, max(0, m.start - 30), m.start):
        return "source"  # "John Kirby, who speaks for the White House, told reporters that ..."
    if m.role in ("capitals", "places") and _LOCATED_BY.search(text, max(0, m.start - 30), m.start):
        return "in"  # "a camp at Tsel, south-east of Minsk", "batteries near Minsk": where, not who
    charged = _CHARGED_WITH.search(text, m.end, trigger.start) if m.end <= trigger.start else None
    if charged is not None and not _PASSIVE.search(text[max(0, charged.start() - 30):charged.start()]):
        return "source"  # "the Strike Force, which has charged several dozen people with smuggling technology to
        # Russia": who charges or accuses does not give
    if m.role == "demonyms" and m.end <= trigger.start and trigger.type == "give" and _TRADER_AFTER.match(text, m.end):
        return "from"  # "a Chinese businessman who admitted supplying Russian makers with American-designed chips":
        # the trader gives, whoever made or designed the goods
    if m.before in ("trace", "traces", "traced", "tracing"):
        return "user"  # "experts trace Houthi missiles to Iranian supply chains": whose arms they are got them
    if m.before == "to" and _TRACED_BACK_TO.search(text, max(0, m.start - 200), m.start):
        return "from"  # "traced missiles seized on their way to the Houthis back to Iran": where they are traced
        # back to gave them
    if m.before == "to" and _TRACED_TO.search(text, max(0, m.start - 80), m.start):
        # "... which it traced to a supplier in Iran": where they are traced to gave them; but "on their way to the
        # Houthis" before "back to Iran" is where they were going
        return "to" if _BACK_TO_AFTER.match(text, m.end) else "from"
    if m.role == "demonyms" and trigger.type == "give" and text[m.end:trigger.start] == " " and m.before not in ("of",):
        return "subject"  # "Iranian supply chain", "Russian deliveries": the demonym of a transfer noun gives
    if m.start > trigger.end and _APPOSITIVE_AFTER.search(text, trigger.end, m.start):
        return "aside"  # "helping North Korea make Geran-type drones, a design Russia licensed from Iran": a remark
        # on the item, not a side of the transfer
    if trigger.type == "use" and trigger.text.lower() in ("in", "from") and m.start >= trigger.end and \
            _HOLDER_GAP.fullmatch(text, trigger.end, m.start):
        return "by"  # "recovered Iranian-made missiles from Hezbollah positions": who held them got them
    if trigger.type == "use" and trigger.text.lower().endswith((" with", " of")) and \
            SERVICE_GAP.fullmatch(text, trigger.end, m.start):
        return "by"  # "drones now fly with the air forces of Mali": who operates them got them
    if trigger.type == "use" and trigger.text.lower().startswith(("induct", "commission")) and \
            m.before in ("in", "into") and _INTO_FORCE.fullmatch(text, trigger.end, m.start):
        return "by"  # "was formally inducted into the Pakistan Air Force": the force's state operates it
    if trigger.type == "deploy" and m.before in ("through", "into") and trigger.text.lower().endswith(m.before) and \
            0 <= m.start - trigger.end <= 6:
        return "to"  # "troops rotated through the Kursk front": where the troops went
    if trigger.type == "technology" and OPENS_FACTORY.match(trigger.text) and m.start > trigger.end and \
            m.before == "in":
        return "to"  # "Iran has opened a factory for Ababil-2 drones in Tajikistan": where the factory is gets it
    if _VISIT_TO.search(text, max(0, m.start - 30), m.start) or _VISITOR.match(text, m.end):
        return "place"  # "during Erdogan's visit to Jakarta, Indonesia agreed to buy ...": a visit moves nothing
    route = (m.before in ("through", "via") or (m.before == "of" and _BY_WAY_OF.search(text, max(0, m.start - 12),
                                                                                    m.start))) and m.role == "names"
    if trigger.type != "deploy" and m.end <= trigger.start and \
            _SET_OFF_PLACE.search(text, max(0, m.start - 30), m.start):
        return "place"  # "cargo aircraft landed at an airstrip in Amdjarass, in eastern Chad, and the weapons were
        # trucked across the border": where the goods passed, not who gave them
    if _BORDER_AFTER.match(text, m.end) or _FLAGGED.match(text, m.end) or route:
        return "place"  # a border, a ship's flag, a route: where, not who ("missiles sent to Hezbollah through Syria";
        # not "through the North Korean port of Najin", whose state ships; "290 km from the Ukrainian border")
    if trigger.type == "receive" and trigger.text.lower().endswith(" to") and 0 <= m.start - trigger.end <= 2:
        return "from"  # "Moscow turned to Pyongyang for shells": the one turned to gives
    if trigger.type.endswith("receive") and m.before in _PAY:
        return "from"  # "Minsk paid Moscow for the technology": the one paid gives
    if trigger.type.endswith("receive") and m.before == "to" and _PAID_TO.search(text, max(0, m.start - 60), m.start):
        return "from"  # "Moscow agreed to pay $1.75 billion to Iran for the know-how": the one paid gives
    if m.end <= trigger.start and trigger.type == "deploy" and _WHERE_NEXT.match(text, m.end):
        return "to"  # "Burkina Faso and Niger, where Russian contingents are deployed": the place they went
    if m.before == "for" and m.end <= trigger.start and _FOR_TO.match(text, m.end):
        return "subject"  # "provided for Iranian specialists to transfer the know-how": who does the infinitive gives
    if m.before == "to" and _CREDITED_TO.search(text, max(0, m.start - 30), m.start):
        if m.role == "demonyms" and 0 <= trigger.start - m.end <= 2:
            return "from"  # "owed much to Russian advice": the helper the noun names
        return "subject"  # "an improvement attributed to Russian specialists helping": who helps, not who gets
    if m.before == "for" and m.role == "demonyms" and trigger.type.startswith("technology") and \
            _HELP_NOUN.match(text, m.end):
        return "from"  # "would pay for Iranian help to build drones": the helper gives
    region = _IN_REGION.search(text, max(0, m.start - 40), m.start)
    if region is not None and m.start > trigger.end:
        return "to" if region.group(1).lower() in ("to", "into") else "in"  # "personnel at air bases in eastern Libya"
    if m.before == "in" and _THROUGH_FIRMS_IN.search(text, max(0, m.start - 60), m.start):
        return "place"  # "through trading firms in Hong Kong": where a go-between sits
    firm = _FIRM_IN.search(text, max(0, m.start - 80), m.start) if m.before == "in" else None
    if firm is not None and (firm["prep"] or 0 <= trigger.start - m.end <= 60):
        # "bought rifles from a company established in Bulgaria", "a firm registered in Turkey shipped ...": the firm
        # stands for the state it is in ("traced to a supplier in Iran": where the goods came from)
        prep = (firm["prep"] or "subject").lower()
        if prep == "to" and _TRACED_TO.search(text, max(0, firm.start() - 100), firm.start("prep") + 3):
            return "from"
        return prep
    if m.before == "in" and m.start > trigger.end and _TO_SOMEONE_IN.search(text, max(0, m.start - 50), m.start) \
            and not _TRACED_TO.search(text, max(0, m.start - 100), m.start - 3):
        return "to"  # "sent drones to militias in Iraq", "weapons to the army in Mali": those there receive
    if m.before == "by" and subject_before and _PAID_FOR_BY.search(text, max(0, m.start - 40), m.start):
        return "source"  # "Excalibur Army delivered 90 tanks under a programme paid for by the United States": who
        # pays for what a named giver hands over is no side of it
    if m.before == "from" and _REMARKS_FROM.search(text, max(0, m.start - 30), m.start):
        return "source"  # "statements from Washington": who comments
    if m.before == "for" and m.role == "demonyms" and trigger.type == "receive" and m.start > trigger.end and \
            any(s >= m.end and _HEAD_GAP.match(text[m.end:s]) for s, _ in heads):
        return "origin"  # "Armenia paid for Russian weapons": the weapons' state sold them, the payer got them
    if m.before in words["to_words"] and m.role == "demonyms" and MADE_AFTER.match(text, m.end):
        return "origin"  # "fields Chinese drones alongside Russian-built jets": where the jets were made
    if m.before in ("alongside", "besides", "beside") and m.role == "demonyms" and trigger.type == "use":
        # "operates Russian MiG-29s alongside Chinese F-7s": who made the second fleet, which the user holds too
        return "origin" if any(s >= m.end and _HEAD_GAP.match(text[m.end:s]) for s, _ in heads) else "other"
    if m.before in words["to_words"]:
        return "to"
    if m.before in words["from_words"] and m.start > trigger.end and trigger.type == "give" and subject_before and \
            _SEIZED_FROM.search(text, max(0, m.start - 50), m.start):
        return "other"  # "the US Navy handed Ukraine rifles seized from an Iranian dhow": who had the arms before
        # they were seized is not who hands them over
    if m.before in words["from_words"] and (_ENTERED_FROM.search(text, max(0, m.start - 50), m.start)
                                            or _ONWARD_FROM.search(text, max(0, m.start - 30), m.start)):
        return "place"  # "lorries loaded with Iranian-made weapons had entered Lebanon from Syria", "aircraft later
        # flew on from Libya to Bamako": the route
    if m.before in words["from_words"] and _ACROSS_FROM.search(text, max(0, m.start - 60), m.start):
        return "to"  # "sold drones to governments across Africa, from Ethiopia to Niger": the first of a range
    if m.before in words["from_words"] or (m.before in words["thank_verbs"] and m.end <= trigger.start):
        return "from"  # "Putin thanked Kim for sending troops"; not "seized weapons ... and praised the Yemeni unit"
    if m.before == "by" and m.start > trigger.end and trigger.type == "give" and \
            _ORDERED_BY.search(text, max(trigger.end, m.start - 40), m.start):
        return "to"  # "planes landed carrying missile systems ordered by the Serbian army": the buyer gets them
    if m.before == "by" and m.start > trigger.end and _USED_BY.search(text, trigger.end, m.start):
        return "user"  # "shells supplied by Pyongyang have been fired by Russian forces": the user got them
    if m.before == "by":  # the agent of a passive or a noun after the cue; "a report by Seoul's adviser" is none
        return "by" if m.start > trigger.start or _key(text, trigger).endswith("-passive") else "source"
    if m.before == "with" and trigger.type == "receive" and trigger.start < m.start < trigger.end:
        return "from"  # "signed a contract with France for 12 Rafale fighters": the partner named in the cue sells
    if m.before in ("with", "alongside") and trigger.start > m.start:
        return "other"  # a partner before the cue ("signed a contract with Moscow to buy"), not its subject
    if m.before in words["object_verbs"] and m.role == "demonyms" and MADE_AFTER.match(text, m.end):
        return "place"  # "supplied Chinese-designed drones": where the goods were designed, not who got them
    if m.before in words["object_verbs"]:
        return "object" if m.start > trigger.start else "other"
    if m.before == "in" and m.end <= trigger.start and _OPENING_IN.fullmatch(text, 0, m.start) and \
            _OWN_FORCES_NEXT.match(text, m.end):
        return "subject"  # "In Bangladesh, the army took delivery of TB2 drones": the state's own forces act
    if m.before == "in" and m.end <= trigger.start and trigger.type == "give" and \
            _OPENING_IN.fullmatch(text, 0, m.start) and text.startswith(",", m.end):
        return "scene"  # "In Mali, Russia delivered two helicopters": the state a sentence opens with receives
        # what is handed over there when no one else is named to
    if m.before in ("across", "throughout") and trigger.type == "deploy" and m.start > trigger.end:
        return "in"  # "personnel ... are stationed across Libya": where troops are spread
    if m.before in ("in", "inside", "within", "at"):
        if _MADE_IN.search(text, max(0, m.start - 25), m.start) or \
                (m.role == "demonyms" and any(s >= m.end and _HEAD_GAP.match(text[m.end:s]) for s, _ in heads)):
            return "origin"  # "engines made in China", "$40 million in Chinese drones"
        if m.start > trigger.end and _ARRIVED_AT.search(text, max(0, m.start - 40), m.start):
            return "to"  # "a ship carrying shells from North Korea docked in Russia": where it arrived receives
        if trigger.text.lower() == "loaded" and m.start > trigger.end:
            return "place"  # "loaded at the port of Bandar Abbas", "freight cars loaded at Dunai": an origin or a
            # stop on the way, never the receiver
        if _USED_IN.search(text, max(0, m.start - 40), m.start) and trigger.type != "deploy":
            return "place"  # where a weapon was used or found receives nothing ("drones ... used in Ukraine")
        if m.end <= trigger.start and trigger.type == "give" and _AUXILIARY_GAP.fullmatch(text, m.end, trigger.start):
            return "subject"  # where the subject is: "a trader in Dalian shipped ..."
        return "from" if m.start > trigger.start and _trains(trigger, None) and \
            not _trainer_named(text, trigger, knowledge) else "in"  # trained in Iran; not "Hezbollah specialists
        # trained Houthi units in Yemen", where the trainer is named
    end = m.end + (2 if m.possessive else 0)
    named_before = m.role == "demonyms" or m.possessive  # "North Korean engineers", "Russia's operators"
    if trigger.type.startswith("technology") and (named_before or m.party in knowledge.companies) and \
            _HELP_NOUN.match(text, end):
        return "from"  # "received Russian help to improve", "with China's assistance", "using Saab production
        # know-how"
    if _trains(trigger, m, text) and (named_before or m.role == "names") and \
            knowledge.cues["trainee_after"].match(text, end) and \
            not (m.end <= trigger.start and trigger.text.lower().startswith(_TRAINING_WORDS)
                 and not _key(text, trigger).endswith("-passive")):  # "Hezbollah specialists trained ...": the
        # subject of an active training verb trains
        return "trainee"  # "North Korean engineers were trained", "training Russian drone operators", "Myanmar
        # air-defence officers attended courses"
    if m.before == "of" and _trains(trigger, None) and 0 <= m.start - trigger.end <= 4:
        return "trainee"  # "training soldiers of Belarusian special forces"
    head = next(((s, e) for s, e in heads if s >= end and _HEAD_GAP.match(text[end:s])), None)
    if (m.role == "demonyms" or m.possessive) and head is not None:
        if m.role == "demonyms" and trigger.type == "receive" and _IMPORTS_AFTER.match(text, head[1]) and \
                _IMPORTS_AFTER.match(text, trigger.start - 1):
            return "subject"  # "a share of Azerbaijani arms imports": the importer
        if ((m.possessive or m.role == "demonyms") and _IMPORTS_AFTER.match(text, head[1])) or \
                (m.possessive and _OWN_IMPORTS.match(text, m.end)):
            return "to"  # "36 per cent of India's arms imports", "a share of Azerbaijani arms imports": who imports
            # gets them
        if m.possessive and m.start > trigger.end and trigger.type == "give" and \
                _SHARE_OF.search(text, max(0, m.start - 30), m.start):
            return "to"  # "Russia supplied the bulk of Armenia's weapons": whose stock the share is got it
        if m.start > trigger.end and _user(text, head[1], knowledge):
            return "user"  # "shipped shells to keep Russian guns firing": the guns' owner uses what was sent
        if m.possessive and m.start > trigger.end and trigger.type == "give" and \
                knowledge.maker_of(text[head[0]:head[1]]) not in (None, m.code):
            return "to"  # "Turkey delivered Mali's first TB2s": whose the goods made elsewhere become
        return "origin"  # "Iranian drones", "North Korea's KN-23 missiles"
    if made := MADE_AFTER.match(text, m.end):
        if len(heads) == 1 and heads[0][1] <= m.start:
            return "other"  # "Russian-made launchers and a cache of Iranian-made rifles": the rifles' origin, not the
            # launchers'
        if len(heads) == 1 and (MADE_AFTER.search(text, made.end(), heads[0][0]) or any(
                _BARE_GAP.fullmatch(text, other.end(), heads[0][0])
                and knowledge.items.search(text, made.end(), other.start())  # the "-made" names other goods first
                for other in knowledge.states.finditer(text, made.end(), heads[0][0]))):
            return "aside"  # "Chinese-made drones and Russian-built jets", "Iranian-made drones and Turkish TB2s": the
            # drones' maker is no side of the jets
        return "origin"  # "Iran-made shells", "North Korean-produced missiles"
    if m.end > trigger.end and (_user(text, m.end, knowledge) or _RELATIVE_SUBJECT.search(text, 0, m.start)):
        return "user"  # "the supply of shells that Russia fires", "drones, which Russia calls Geran-2": the user
        # or namer of what was handed over got it
    if m.end <= trigger.start and (_BELIEVES.match(text, m.end)
                                   or (m.role != "leaders" and _STATE_SAYS.match(text, m.end))):
        return "source"  # "Washington believes the route is used to move rockets", "Washington said Russian crews had
        # trained in Iran": who believes or says is no side (but "Russia said it received" is, and a leader who
        # says is left to the document: "Lavrov said Kim had agreed to send")
    if m.role == "places":
        return "place"  # a port or a city gives and gets nothing itself ("the Port Olya 3 vessel shipped ...")
    aside = _ASIDE_BEFORE.search(text, 0, trigger.start)
    if aside is not None and m.start > aside.start():
        return "aside"  # "Niger's generals, having expelled French and then American troops, received ...": a state
        # named in an aside between the subject and its verb is not the subject
    return "subject" if m.end <= trigger.start else "other"


_WHERE_AFTER = screened(r"\s+(?:in|at)\b")  # "pilots trained in France": the trainees are the subject


_PROGRESSIVE = ("training", "teaching", "instructing")


def _trainer_named(text: str, trigger: Trigger, knowledge: Knowledge) -> bool:
    """True when a state or party is named before an active training verb: the subject who trains."""
    word = trigger.text.lower()
    if " " not in word or not word.startswith(_TRAINING_WORDS) or \
            (_PASSIVE.search(text, 0, trigger.start) and not word.startswith(_PROGRESSIVE)):
        return False  # not "North Korean pilots trained in Russia": no one trained them there (but "Portugal is
        # training Mozambican soldiers in Maputo" names its trainer)
    return bool(knowledge.states.search(text, 0, trigger.start) or knowledge.parties.search(text, 0, trigger.start))


def _trains(trigger: Trigger, m: Mention | None, text: str = "") -> bool:
    """True when the cue trains people and the mention (if given) names them: inside "training Russian
    operators", or right before "were trained"; a state after the cue with "in"/"at" is where they train."""
    if not trigger.type.startswith("technology") or not TEACHING.search(trigger.text):
        return False
    if m is None:
        return True
    # "were trained", "expected to train in France": the trainees come before the cue
    word = trigger.text.lower()
    passive = not word.startswith(_TRAINING_WORDS) or \
        (" " not in trigger.text and bool(_WHERE_AFTER.match(text, trigger.end))) or \
        (word in ("taught", "instructed") and bool(BE_BEFORE.search(text, max(0, trigger.start - 20), trigger.start)))
    # "workers had been assigned to the plant ... and were being taught": the subject of a passive "taught" far back
    far = word in ("taught", "trained", "instructed") and BE_BEFORE.search(text, max(0, trigger.start - 20),
                                                                            trigger.start)
    return trigger.start <= m.start < trigger.end or (passive and 0 <= trigger.start - m.end <= (200 if far else 40))


BE_BEFORE = screened(r"(?i)\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$")  # "were being taught"
# "completed a conversion course", "did their conversion", "learned to fly", "studying at French military academies"
TEACHING = screened(r"(?i)train|taught|teach|instruct|\bcourses?\b|\bconversion\b|\blearn|"
                    r"\bstud(?:y|ies|ied|ying)\s|\benrol")
_ARRIVED_AT = screened(r"(?i)\b(?:docked|arrived|landed|unloaded|offloaded|berthed|moored)\s+(?:at|in)\s+"
                       r"(?:the\s+)?(?:[\w’'-]+\s+){0,3}?$")
_RELATIVE_SUBJECT = screened(r"(?i),\s*(?:which|whom)\s+(?:the\s+)?$")
# Verbs of passing on goods others made: the subject is no maker ("re-exported US-origin parts", "routed chips")
_PASSED_ON = screened(r"(?i)rout(?:ed|ing|es?)|re-?export(?:ed|ing|s)?|passed(?:\s+on)?|passing(?:\s+on)?|"
                      r"funnel(?:l?ed|l?ing|s)?|channel(?:l?ed|l?ing|s)?|smuggl(?:ed|ing|es?)|traffick(?:ed|ing)|"
                      r"trans-?shipped|divert(?:ed|ing|s)?|resold|re-sold|forwarded")
_AUXILIARY_GAP = screened(r"(?i)(?:\s+(?:has|have|had|is|are|was|were|will|would|now|then|still|\w+ly))*\s+")
_SUBJECTS_GAP = screened(r"(?i)(?:\s+(?:has|have|had|are|were|is|was|will|would|now|then|still|also|already|each|"
                         r"both|\w+ly|(?:preparing|planning|expected|set|going|ready|poised|due|about)\s+to))*\s+")


SERVICE_GAP = screened(r"(?i)\s+(?:the\s+)?(?:(?:armed|air|land|naval|ground|security)\s+)?"
                        r"(?:forces?|army|armies|navy|navies|militar(?:y|ies)|units?)?\s*(?:of\s+)?(?:the\s+)?")
_TO_UNNAMED_SIDE = screened(r"(?i)(?:\s+[\w’'-]+){0,3}?\s+to\s+(?:(?:either|both|any|all|the\s+warring)\s+"
                            r"(?:side|sides|party|parties|belligerents|camps?)\b|"
                            # a count of buyers it does not name ("sold to more than 30 countries")
                            r"(?:(?:more\s+than|over|some|about|around|at\s+least|nearly|almost)\s+)?"
                            r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of|several|"
                            r"many)\s+(?:other\s+|foreign\s+)?(?:countries|customers|states|nations|buyers|armies|"
                            r"air\s+forces|militaries)\b)")
_ABROAD = screened(r"(?i)\b(?:from\s+)?(?:abroad|overseas)\b")  # "how Iran obtains components abroad": no state named
_CHARGED_WITH = screened(r"(?i)\b(?:charged|charges|charging|indicted|convicted|accused|accuses|accusing|prosecuted|"
                         r"sentenced|fined|arrested|detained)\s+[^.;]{0,60}?\b(?:with|of|for)\s+(?:[\w-]+\s+){0,2}$")
_UNNAMED_PEOPLE = screened(r"(?i)\b(?:people|individuals|entities|persons|suspects|defendants|men|women|executives|"
                           r"smugglers|businessmen|traders|others)\b")
_TRADER_AFTER = screened(r"(?i)[-\s]+(?:[\w-]+\s+)?(?:businessman|businessmen|businesswoman|trader|traders|company|"
                         r"companies|firm|firms|supplier|suppliers|exporter|exporters|dealer|dealers|broker|brokers|"
                         r"national|nationals|citizen|citizens|distributor|distributors|middleman|middlemen)\b")
_ENTERED_FROM = screened(r"(?i)\b(?:entered|entering|enter|enters|crossed|crossing|cross|crosses)\s+(?:into\s+)?"
                         r"(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+from\s+(?:the\s+)?$")
_ONWARD_FROM = screened(r"(?i)\b(?:flew|flown|flies|fly|continued|went|sailed|travelled|traveled)\s+on\s+from\s+$")
_ACROSS_FROM = screened(r"(?i)\b(?:across|throughout)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s*,\s*from\s+"
                        r"(?:the\s+)?$")
_BY_WAY_OF = screened(r"(?i)\bby\s+way\s+of\s+(?:the\s+)?$")  # "reached Ukraine by way of Poland": a route
# "bought from Chinese suppliers through trading firms in Hong Kong": where a go-between sits is a route
_THROUGH_FIRMS_IN = screened(r"(?i)\b(?:through|via|by\s+way\s+of)\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,4}?"
                             r"(?:based\s+)?in\s+(?:the\s+)?$")
# A firm and the state it is in ("from a company established in Bulgaria", "two companies in Armenia")
_FIRM_IN = screened(r"(?i)(?:\b(?P<prep>from|to|by)\s+)?(?:\b(?:an?|the|one|two|three|four|five|six|several|"
                    # "sold shells to firms in": "to" is the firms' own preposition, not a word before them
                    r"\d+)\s+)?(?:(?!(?:from|to)\b)[\w’'-]+\s+){0,2}?"
                    r"\b(?:compan(?:y|ies)|firms?|suppliers?|manufacturers?|makers?|buyers?|customers?|clients?|"
                    r"importers?|traders?|exporters?|dealers?|brokers?|entit(?:y|ies)|business(?:es)?|"
                    r"distributors?)\s+"
                    r"(?:(?:registered|based|established|located|incorporated|headquartered|operating|set\s+up)\s+)?"
                    r"in\s+(?:the\s+)?$")
_PAID_FOR_BY = screened(r"(?i)\b(?:paid\s+for|funded|financed|bankrolled|sponsored|co-?funded|underwritten)\s+"
                        r"(?:jointly\s+)?by\s+(?:the\s+)?$")
# "prompting statements from Washington, London and Tehran": who comments on a fact is no side of it
_REMARKS_FROM = screened(r"(?i)\b(?:statements?|comments?|reactions?|responses?|protests?|criticism|condemnation|"
                         r"warnings?|complaints?|denials?|objections?|rebukes?)\s+from\s+(?:the\s+)?$")
_ORDERED_BY = screened(r"(?i)\b(?:ordered|bought|purchased|acquired|requested|commissioned)\s+by\s+(?:the\s+)?$")
_PAID_TO = screened(r"(?i)\b(?:pay|pays|paid|paying)\b(?:[^.;]|\.(?=\d)){0,40}?\bto\s+(?:the\s+)?$")
# "agreed to pay $1.75 billion to Iran for the know-how": the payment is the cue of what it pays for
_PAY_FOR_BEFORE = screened(r"(?i)\b(pay|pays|paid|paying)\b(?:[^.;]|\.(?=\d)){0,60}?\bfor\s+(?:the\s+|its\s+)?"
                           r"(?:[\w-]+\s+){0,2}$")
_TO_SOMEONE_IN = screened(r"(?i)\b(?:to|into)\s+(?:(?:the|its|their|a|an)\s+(?:[\w’'-]+\s+){1,3}?|"
                          r"(?:[\w’'-]+\s+)?(?:militias|factions|groups|rebels|forces|fighters|proxies|allies|"
                          r"partners|units)\s+)"
                          r"in\s+(?:the\s+)?$")  # not a verb after "to" ("to be assembled in Egypt")
_IN_REGION = screened(r"(?i)\b(in|at|into|to)\s+(?:the\s+)?(?:far\s+)?(?:north|south|east|west|central|northern|"
                      r"southern|eastern|western|north-eastern|north-western|south-eastern|south-western|"
                      r"northeastern|northwestern|southeastern|southwestern|occupied)\s+$")
_TRACED_TO = screened(r"(?i)\b(?:trace[sd]?|tracing)\b(?:(?!\bfrom\b)[^.;]){0,70}?\bto\s+(?:an?\s+|the\s+)?"
                      r"(?:[\w-]+\s+){0,2}$")  # not "traced shipments from Belarusian depots to Russian units"
_TRACED_BACK_TO = screened(r"(?i)\b(?:trace[sd]?|tracing)\b[^.;]{0,160}?\bback\s+to\s+(?:an?\s+|the\s+)?"
                           r"(?:[\w-]+\s+){0,2}$")
_BACK_TO_AFTER = screened(r"(?i)[^.;]{0,100}?\bback\s+to\b")
_BASED_IN_BEFORE = screened(r"\b(?:based|stationed|headquartered|located)\s+(?:in|at)\s+"
                             r"(?:(?:the\s+)?[A-Z][\w’'-]*\s+|and\s+|,\s*)*(?:the\s+)?$")  # names and "and" only
_APPOSITIVE_AFTER = screened(r"(?i),\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:design|version|copy|variant|model|type|"
                             r"derivative|clone|sign|signal|move|step|reflection)\b[^,;]*$")
# (also an apposition that says what the subject is: "Armenia, a big buyer of Indian equipment, has been supplied")
_ASIDE_BEFORE = screened(r"(?i),\s*(?:having|after|who|whose|which|despite|while|since|once|following|a|an|one\s+of)"
                         r"\b[^,;]*,"
                         r"\s*(?:(?:has|have|had|also|now|then|later|quickly|duly|been|being|was|were|is|are)\s+)*"
                         # "Poland, which had pressed Berlin for weeks, said it would send ..."
                         r"(?:(?:said|says|confirmed|announced|added)\s+(?:that\s+)?(?:it|they)\s+"
                         r"(?:would|will|had|has|could)\s+(?:(?:also|now|soon)\s+)?)?$")
_FORCE_AFTER = screened(r"(?i)\s+(?:army|armed forces|forces|military|troops|units|navy|air force|gunners|crews|"
                        r"fleet|fleets)\b")
# Kept working: "parts to keep the North's MiG-29 fleet airworthy"
_IN_SERVICE = screened(r"(?i)\s+(?:airworthy|operational|serviceable|in\s+service|in\s+the\s+air|running)\b")


_OPENING_IN = screened(r"\s*In\s+(?:the\s+)?")
_OWN_FORCES_NEXT = screened(r"(?i)\s*,\s+(?:the|its)\s+(?:army|navy|air\s+force|military|armed\s+forces|government|"
                             r"junta|coast\s+guard|defen[cs]e\s+ministry)\b")


def _user(text: str, end: int, knowledge: Knowledge) -> bool:
    """True when the mention is the subject of a use cue right after it ("... that Moscow fires")."""
    force = _FORCE_AFTER.match(text, end)  # "ammunition which the Russian army is using"
    if _IN_SERVICE.match(text, force.end() if force else end):
        return True
    gap = _AUXILIARY_GAP.match(text, force.end() if force else end)
    used = gap and knowledge.cues["trigger"].match(text, gap.end())
    return bool(used and "use" in knowledge.trigger_types(used.group()))


def _pick(roles: list[tuple[Mention, str]], ranking: tuple[str, ...], exclude: str | None, pivot: int) -> _Choice:
    """The mention with the best-ranked role nearest the cue (after it, except for subjects)."""
    for wanted in ranking:
        candidates = [m for m, role in roles if role == wanted and m.code != exclude]
        if candidates:
            return _Choice(min(candidates, key=lambda m: (wanted != "subject" and m.start < pivot,
                                                         abs(m.start - pivot))), wanted)
    return _Choice()


def _key(text: str, trigger: Trigger) -> str:
    """The ranking a trigger uses: its type (technology ranked as give/receive), "-passive" after be/get."""
    words = trigger.text.lower().split()
    word = words[0]
    participle = word.endswith(("ed", "en", "wn")) or word in _PARTICIPLES
    passive = participle and (bool(_PASSIVE.search(text[max(0, trigger.start - 30):trigger.start])) or
                              (trigger.type.startswith(("use", "give", "deploy", "receive")) and
                               bool(_BY_AFTER.match(text, trigger.end))))
    passive = passive or (len(words) > 1 and word in _AUXILIARIES)  # a cue that holds its auxiliary ("were sent")
    if trigger.type in ("remains", "sighted"):
        return trigger.type
    if trigger.type == "use" and trigger.text.lower() in ("in", "from"):
        return "held"  # arms found on a party: only who held them and who made them count
    if trigger.type == "give" and word in _ARRIVAL:
        return "arrive"
    if trigger.type == "technology" and word in _RECEIVING:
        return "receive"  # "sailors of the Kenyan navy received training aboard Indian frigates": the subject learns
    return _RANKED_AS.get(trigger.type, trigger.type) + ("-passive" if passive else "")


def _pronoun_taker(text: str, trigger: Trigger, roles: list[tuple[Mention, str]], giver: _Choice) -> _Choice:
    """"X's sale to it of rockets": the receiver is the nearest mention before the giver."""
    if giver.mention is None or not _PRONOUN_TO.match(text, trigger.end):
        return _Choice()
    before = [m for m, _ in roles if m.end <= giver.mention.start and m.code != giver.code]
    return _Choice(before[-1], "pronoun") if before else _Choice()


def _leftovers(roles, key: str, chosen: tuple) -> list[tuple[Mention, str]]:
    """Mentions with no telling role and not chosen, one per state, in reading order."""
    loose = ("subject", "other", "in") if key.startswith("deploy") or key.endswith("-passive") else ("subject", "other")
    found: list[tuple[Mention, str]] = []
    for m, role in roles:
        if role in loose and m.code not in chosen and all(m.code != x.code for x, _ in found):
            found.append((m, role))
    return found


def _left(found: tuple[Mention, str]) -> _Choice:
    """A side filled from a leftover mention, remembering the role it had ("left-subject", "left-other")."""
    return _Choice(found[0], "left-" + found[1])


def _fill_leftovers(roles, key: str, giver: _Choice, taker: _Choice, text: str) -> tuple[_Choice, _Choice]:
    """Sides still empty taken from mentions with no telling role, in reading order."""
    leftovers = _leftovers(roles, key, (giver.code, taker.code))
    subjects = [m for m, role in leftovers if role == "subject"]
    if giver.mention is not None and taker.mention is None and subjects:
        return giver, _Choice(subjects[-1], "left-subject")  # "Russian forces fired missiles supplied by Pyongyang"
    placed = [i for i, (_, role) in enumerate(leftovers) if role in ("subject", "in")]
    if key.endswith("-passive") and taker.mention is None and placed:
        taker = _left(leftovers.pop(placed[-1]))  # "Russia was supplied with drones"
    if giver.mention is None and leftovers:
        giver = _left(leftovers.pop(0))
    if taker.mention is None and leftovers and not (giver.role == "from" and any(
            _COUNTED_COORDINATED.match(text[giver.mention.end:m.start]) for m, _ in leftovers)):
        # (not a second source listed with its count: "from Russia (six) and Belarus (four)")
        taker = _left(leftovers[-1])
    return giver, taker


# An arms firm that wins an order: "Hanwha lands K9 order from Egypt", "Saab wins Thai Gripen order"
_WINS = screened(r"(?i)\b(?:lands?|landed|landing|wins?|won|winning|secures?|secured|securing|clinch(?:es|ed)?|"
                 r"bags?|bagged)\b")
_ORDER = screened(r"(?i)orders?|contracts?")


def _firm_sells(text: str, roles: list[tuple[Mention, str]], trigger: Trigger,
                knowledge: Knowledge) -> list[tuple[Mention, str]]:
    """"Hanwha signed a $1.5 billion contract with Egypt's defence ministry for 216 howitzers": when the subject of
    a contract with a partner is an arms firm, the firm's state sells and the partner buys (a state as subject buys
    from the partner, "Egypt signed a contract with Hanwha"). So too when the firm wins an order from a state or a
    state's order ("Hanwha lands K9 order from Egypt", "Hanwha lands Romanian howitzer order")."""
    def firm(m: Mention, role: str) -> bool:
        return role == "subject" and m.party in knowledge.companies and m.end <= trigger.start

    order = _ORDER.fullmatch(trigger.text) is not None
    winner = next((f for f, r in roles if order and firm(f, r) and _WINS.search(text, f.end, trigger.start)), None)

    def partner(m: Mention, role: str) -> bool:
        if role == "from" and m.before == "with" and trigger.start < m.start < trigger.end:
            return True
        return winner is not None and m.party is None and (
            role == "from" and m.before == "from" and 0 <= m.start - trigger.end <= 12 or
            m.role == "demonyms" and winner.end < m.start < trigger.start)

    if trigger.type != "receive" or not any(firm(m, r) for m, r in roles) or not any(partner(m, r) for m, r in roles):
        return roles
    return [(m, "from" if firm(m, role) else "to" if partner(m, role) else role) for m, role in roles]


def assign_sides(text: str, mentions: list[Mention], trigger: Trigger, heads: list[tuple[int, int]],
                 knowledge: Knowledge, end: int | None = None) -> Sides:
    """The giving and receiving states for one trigger (None where the sentence does not say).

    When the clause names the source with "from" but not as a state ("from European partners"), the giving
    side is unknown and stays None even when other states are named, and the fact is dropped.
    """
    paid = _PAY_FOR_BEFORE.search(text, max(0, trigger.start - 90), trigger.start) \
        if trigger.type.startswith("technology") else None
    if paid is not None and any(paid.end(1) <= m.start and m.end <= trigger.start - 5 for m in mentions):
        trigger = Trigger(paid.start(1), paid.end(1), paid.group(1), "receive")  # the one paid is named
    key = _key(text, trigger)
    if _TO_UNNAMED_SIDE.match(text, trigger.end):
        return Sides(None, None, False)  # "arms transfers to either side": no receiver the sentence names
    charged = _CHARGED_WITH.search(text, max(0, trigger.start - 80), trigger.start)
    if charged is not None and _UNNAMED_PEOPLE.search(text, max(0, charged.start() - 30), charged.end()) and \
            not any(charged.start() <= m.start < trigger.start for m in mentions):
        return Sides(None, None, False)  # "charged several dozen people with smuggling technology to Russia": the
        # givers are people the sentence does not place
    subject_before = any(m.end <= trigger.start for m in mentions)
    roles = [(m, _role(m, trigger, text, heads, knowledge, subject_before)) for m in mentions]
    roles = _based_elsewhere(text, roles, trigger)
    roles = _relative_destinations(text, roles, trigger)
    roles = _allies_abroad(roles, trigger)
    roles = _firm_sells(text, roles, trigger, knowledge)
    received = {m.code for m, role in roles if role == "to" and m.role != "places"}
    # a place inside the receiving state is a stop on the way ("delivered to Russia ... moved from Olya"), no giver
    before = {m.code for m in mentions if m.end <= trigger.start and m.role != "places"}
    roles = [(m, "place" if role == "from" and m.role == "places" and (m.code in received or m.code in before)
              else role) for m, role in roles]  # "the Sudanese army has flown drones from an air base north of
    # Omdurman": a place inside the subject's own state is where it acts from, not who gives
    for i in range(1, len(roles)):  # "from Russia and Türkiye", "by Spain and Italy": the second shares the first's
        (a, role_a), (b, role_b) = roles[i - 1], roles[i]  # role
        gap = text[a.end:b.start]
        if role_a in ("from", "to", "source", "by") and role_b in ("other", "subject") and b.start > a.end and \
                (COORDINATED.match(gap) or (role_a in _EITHER_GIVES and _OR.match(gap))) and \
                not _closes_phrase(text, roles, i):
            roles[i] = (b, role_a)
        elif role_b == "origin" and a.role == b.role == "demonyms" and role_a != "origin" and b.start > a.end and \
                (COORDINATED.match(gap) or _SUSPENDED_HYPHEN.match(gap)):
            roles[i - 1] = (a, role_b)  # "Iranian and Turkish drones", "Russian- and Chinese-made jets": both made
            # them
    for i in range(len(roles) - 1, 0, -1):  # "governments in Seoul, Washington and Kyiv say": all of them say
        (a, role_a), (b, role_b) = roles[i - 1], roles[i]
        if role_b == "source" and role_a in ("other", "subject") and b.start > a.end and \
                COORDINATED.match(text[a.end:b.start]):
            roles[i - 1] = (a, role_b)
    opened = next((m for m, role in roles if role == "subject" and m.end <= trigger.start
                   and (that := _THAT_BEFORE.search(text, max(0, m.start - 12), m.start))
                   and not any(item.end() == that.start() - 1  # "the howitzers that Minsk sent": a relative clause
                               for item in knowledge.items.finditer(text, max(0, that.start() - 40), that.start()))),
                  None)
    if opened is not None:  # "the Sudanese army chief declared that Moscow had offered to supply ...": the subject
        # of the that-clause acts; a subject before it is who speaks
        roles = [(m, "source" if role == "subject" and m.end <= opened.start else role) for m, role in roles]
    if key == "give" and _PLAIN_GIVE.fullmatch(trigger.text) and any(
            role == "subject" and m.role != "demonyms" and _SUBJECT_VERB_GAP.fullmatch(text, m.end, trigger.start)
            for m, role in roles):
        # "Wagner supplied the RSF with missiles from Libya": the subject of the verb gives; "from" after the goods
        # names where they came from
        roles = [(m, "place" if role == "from" and m.start > trigger.end else role) for m, role in roles]
    if key == "give" and any(role == "subject" and _AUXILIARY_GAP.fullmatch(text, m.end, trigger.start)
                             for m, role in roles) and any(role in ("to", "object") for _, role in roles):
        # "The UAE supplied Haftar's forces with Chinese-made drones": the subject of the verb gives what others made
        # them; with a verb of passing goods on, whoever made them ("routed American chips to Russian arms makers")
        passed_on = _PASSED_ON.fullmatch(trigger.text) is not None
        roles = [(m, "other" if role == "origin" and m.role == "demonyms" and
                  (passed_on or MADE_AFTER.match(text, m.end)) else role) for m, role in roles]
    giver = _pick(roles, GIVER[key], None, trigger.start)
    taker = _pick(roles, TAKER[key], giver.code, trigger.start)
    if giver.mention is None and taker.mention is not None:
        giver = _pick(roles, GIVER[key], taker.code, trigger.start)
    stops = {m.start for m, role in roles if role == "place"}  # "from Olya" inside the receiving state: no source
    if giver.mention is None and (any(f.end() not in stops
                                      for f in _FROM.finditer(text, trigger.end, len(text) if end is None else end))
                                  or _ABROAD.search(text, trigger.end, len(text) if end is None else end)):
        return Sides(None, None, False)  # "from European partners", "obtains components abroad": no state named
    if taker.mention is None:
        taker = _pronoun_taker(text, trigger, roles, giver)
    if key == "receive" and giver.mention is None and taker.mention is not None:
        # "Zelensky says Russia ordered 2,000 Shaheds": who speaks before the buyer is no seller
        roles = [(m, "source" if role == "subject" and m.end <= taker.mention.start and _speaker(text, m) else role)
                 for m, role in roles]
    if key.startswith(("use", "remains", "held", "sighted")):
        user = _pick(roles, TAKER[key], None, trigger.start)
        if giver.role != "origin" or user.code == giver.code:
            return Sides(None, None, False)  # no origin, or a state using what it made ("Russia launched drones
            # assembled in Tatarstan")
        return _sides(text, roles, giver, taker)
    if key == "deploy" and giver.role == "origin" and taker.mention is not None:
        sender = _pick(roles, ("subject",), taker.code, trigger.start)
        if sender.mention is not None and sender.mention.role != "demonyms" and sender.code != giver.code and \
                _AUXILIARY_GAP.fullmatch(text, sender.mention.end, trigger.start):
            giver = sender  # "Ankara had sent 3,800 Syrian fighters to Libya": the state that sends them deploys
    if key == "receive" and taker.role == "subject":
        beneficiary = next((m for m, role in roles if role == "to" and m.before == "for" and m.start > trigger.end
                            and m.code not in (taker.code, giver.code)), None)
        if beneficiary is not None:  # "Sweden will buy air-defence equipment for Ukraine": the buyer gives (also
            # when it names its seller: "Ottawa will buy a NASAMS battery from the United States for Ukraine")
            return _sides(text, roles, taker, _Choice(beneficiary, "to"))
    if key == "receive" and giver.mention is None and taker.role == "subject":
        buyer = next((m for m, role in roles if role == "to" and m.before == "to" and m.start > trigger.end
                      and m.code != taker.code), None)
        if buyer is not None and _DEAL_FOR.fullmatch(trigger.text):
            # "South Korea signed a deal for 20 K9 howitzers to Egypt": the deal's subject sells to the state after "to"
            return _sides(text, roles, taker, _Choice(buyer, "to"))
    giver, taker = _fill_leftovers(roles, key, giver, taker, text)
    if key == "receive" and giver.role == "left-subject" and taker.role == "subject" and \
            giver.code in _partners(text, roles, taker.code, taker.role):
        giver = _Choice()  # "Pakistan, Nigeria and Egypt have taken delivery of ...": the receiver's partners get too
    if key in ("give", "deploy") and giver.role == "subject" and taker.role == "left-subject" and \
            taker.code in _partners(text, roles, giver.code, giver.role) and \
            _SUBJECTS_GAP.fullmatch(text, max(m.end for m, _ in roles if m.end <= trigger.start), trigger.start):
        taker = _Choice()  # "Norway, the Netherlands and Belgium have also pledged jets": all of them give
    if key in ("give", "deploy") and giver.role == "subject" and taker.role in ("left-subject", "left-other") and \
            _own_clause(text, giver.mention, taker.mention, knowledge):
        taker = _Choice()  # "Portugal added three tanks, and Sweden sent ten": each state gives in a clause of its own
    first = next((m for m, _ in roles if m.code in (giver.code, taker.code)), None)
    if giver.role == "subject" and taker.role == "left-subject" and not _speaker(text, first):
        # "Kim and Putin agreed to send troops": reading order; the document may turn it round. Not when the first
        # is who speaks ("Shoigu said Kim had agreed to send ..."): the speaker's state is left to the document.
        second = taker if first.code == giver.code else giver
        return Sides(first.code, second.code, True, giver_party=first.party, taker_party=second.mention.party)
    return _sides(text, roles, giver, taker)


# Where a clause of its own starts: ", and Sweden", ", while the Netherlands", "; Norway"
_CLAUSE_JOIN = screened(r"(?i)(?:,\s*(?:and|while|whereas|but)|;)\s+(?:the\s+)?$")
_NEXT_JOIN = screened(r"(?i),\s*(?:and|while|whereas|but)\s|;\s")
_NEEDS = screened(r"(?i)\b(?:needs?|needed|needing|short\s+of|lacks?|lacked|lacking)\b")


def _own_clause(text: str, giver: Mention, other: Mention, knowledge: Knowledge) -> bool:
    """True when `other` is the subject of a coordinated clause of its own beside the giver's ("Portugal added
    three tanks, and Sweden sent ten", "Guatemala sent 150 soldiers, and El Salvador keeps a team of eight"), and
    that clause neither receives, uses, asks for nor needs anything ("Iran sent drones, and Russia fired them" keeps
    Russia)."""
    first, second = sorted((giver, other), key=lambda m: m.start)
    between = text[first.end:second.start]
    if not _CLAUSE_JOIN.search(between) or between.count(",") + between.count(";") > 3:
        return False
    if other is first:
        clause = text[other.end:second.start]
    else:
        after = _NEXT_JOIN.search(text, other.end)
        clause = text[other.end:after.start() if after else len(text)]
    return not (knowledge.cues["receive"].search(clause) or knowledge.cues["use"].search(clause) or
                knowledge.cues["wishes"].search(clause) or _NEEDS.search(clause))


def _allies_abroad(roles: list[tuple[Mention, str]], trigger: Trigger) -> list[tuple[Mention, str]]:
    """"Tongan soldiers served alongside British forces in Afghanistan": the forces fought beside are allies, and the
    state the troops served in hosts them."""
    if trigger.type != "deploy" or not trigger.text.lower().endswith("alongside") or \
            not any(role == "in" and m.start > trigger.end for m, role in roles):
        return roles
    return [(m, "place" if role == "to" and m.before == "alongside" else role) for m, role in roles]


_RELATIVE_PRONOUN = screened(r"(?i)\b(?:who|which)\b")


def _relative_destinations(text: str, roles: list[tuple[Mention, str]],
                           trigger: Trigger) -> list[tuple[Mention, str]]:
    """"2,000 Russian personnel are now in Mali, most of them contractors who have moved into the Africa Corps": once
    troops are placed, a destination inside a relative clause after the place belongs to the clause's own verb."""
    if trigger.type != "deploy":
        return roles
    placed = next((m for m, role in roles if role in ("in", "to") and m.start > trigger.end), None)
    relative = _RELATIVE_PRONOUN.search(text, placed.end) if placed is not None else None
    if relative is None:
        return roles
    return [(m, "other" if role in ("in", "to") and m.start > relative.end() else role) for m, role in roles]


def _based_elsewhere(text: str, roles: list[tuple[Mention, str]], trigger: Trigger) -> list[tuple[Mention, str]]:
    """"Wagner operatives based in Libya and the Central African Republic had flown missiles to the RSF": where a
    named party is based gives nothing (but "suppliers based in India" are from India, and troops based somewhere
    are deployed there)."""
    if trigger.type == "deploy":
        return roles
    placed = []
    for m, role in roles:
        based = _BASED_IN_BEFORE.search(text, max(0, m.start - 80), m.start)
        named = based is not None and any(0 <= based.start() - other.end <= 30 for other, _ in roles)
        placed.append((m, "place" if named else role))
    return placed


_SAYS = screened(r"(?i)(?:\s*,[^,]{0,60},)?\s+(?:has\s+|had\s+)?(?:said|says|told|tells|stated|announced|claimed|"
                 r"reported|added|noted)\b")


def _speaker(text: str, mention: Mention | None) -> bool:
    """True for a mention that says what follows ("Shoigu said", "Shoigu, a senior official, told reporters")."""
    return mention is not None and bool(_SAYS.match(text, mention.end))


def _closes_phrase(text: str, roles: list[tuple[Mention, str]], i: int) -> bool:
    """True when only a comma stands before mention `i` and no list goes on after it: the comma closes a phrase put
    first ("From the United States, India signed ..."), it does not join a second state to the first."""
    a, b = roles[i - 1][0], roles[i][0]
    if text[a.end:b.start].strip() != ",":
        return False
    return i + 1 >= len(roles) or not COORDINATED.match(text[b.end:roles[i + 1][0].start])


def _sides(text: str, roles, giver: _Choice, taker: _Choice) -> Sides:
    """The chosen sides with the states coordinated with each; never the other side's state ("From the United
    States, India signed ...": the comma joins no second giver)."""
    return Sides(giver.code, taker.code, False,
                 tuple(c for c in _partners(text, roles, giver.code, giver.role) if c != taker.code),
                 tuple(c for c in _partners(text, roles, taker.code, taker.role) if c != giver.code),
                 giver.mention.party if giver.mention else None, taker.mention.party if taker.mention else None)


# A second source after the first one's noun ("from Hezbollah specialists in Lebanon and from Iranian advisers").
_AND_FROM = screened(r"^(?:\s+[\w’'-]+){0,4}\s*,?\s+(?:and|as well as|or)\s+(?:also\s+)?from\s+(?:the\s+)?$")


# Two states' named forces coordinated ("members of Iran's Revolutionary Guard and of Lebanon's Hezbollah").
# "members of Iran's Revolutionary Guard Corps and of Lebanon's Hezbollah": the second "of" joins a second force
_AND_OF = screened(r"(?i)^\s*,?\s+and\s+of\s+(?:the\s+)?$")
# A count in brackets after each state of a list: "from Russia (six) and Belarus (four)"
_COUNTED_COORDINATED = screened(r"(?i)^\s*\((?:[^()]{0,12}\d[^()]{0,12}|(?:about\s+|some\s+)?(?:one|two|three|four|"
                                r"five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens))\)\s*"
                                r"(?:,\s*and\s+|\s+and\s+)(?:the\s+)?$")
# Givers joined by "or" ("supplied by Russia or China", "bought from France or Italy"): each is a giver the source
# names; a receiver so joined stays one ("sold to Russia or China" leaves who got them open)
_OR = screened(r"(?i)^\s*,?\s+or\s+(?:the\s+)?$")
_EITHER_GIVES = ("by", "from")
_FORCES_COORDINATED = screened(r"^(?:'s|’s)\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*\s+and\s+(?:of\s+)?(?:the\s+)?$")


def _partners(text: str, roles: list[tuple[Mention, str]], code: str | None, role: str) -> tuple[str, ...]:
    """States joined to the chosen one by "and" or a comma ("to Russia and Belarus")."""
    if code is None or role in ("", "pronoun") or role.startswith("left"):
        return ()
    mentions = [m for m, _ in roles]
    chosen = [i for i, m in enumerate(mentions) if m.code == code]
    partners: list[str] = []
    for step in (-1, 1):
        i = chosen[0] if step < 0 else chosen[-1]
        while 0 <= i + step < len(mentions):
            a, b = sorted((mentions[i], mentions[i + step]), key=lambda m: m.start)
            gap = text[a.end:b.start]
            if not (COORDINATED.match(gap) or _FORCES_COORDINATED.match(gap) or _COUNTED_COORDINATED.match(gap) or
                    _AND_OF.match(gap) or (role == "origin" and _SUSPENDED_HYPHEN.match(gap)) or
                    (role in _EITHER_GIVES and _OR.match(gap)) or
                    (role == "from" and _AND_FROM.match(gap))):
                break
            i += step
            if mentions[i].code != code and mentions[i].code not in partners:
                partners.append(mentions[i].code)
    return tuple(partners)
