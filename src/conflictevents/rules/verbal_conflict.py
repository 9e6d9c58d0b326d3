"""Verbal conflict: REQUEST, ACCUSE, REJECT, THREATEN (PLOVER quad class 3).

These are speech acts: the saying is the event, and an event inside what is said ("demanded that
troops withdraw") belongs to it.
"""

from __future__ import annotations

from typing import Final

from ..codes.plover import EventType, Mode
from . import Form, Rule, inflections, noun, verb

T = EventType
M = Mode

# "dismissed as baseless a demand by X": the object follows the "as" phrase (which would
# otherwise open a new clause); reject.reject leaves this to reject.dismiss-as.
_AS_OBJECT = (
    r"\s+as\s+(?:[\w'’-]+\s+){1,3}?(?:(?:an?|the|his|her|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:demands?|calls?|requests?|appeals?|accusations?|claims?|allegations?|charges?|reports?"
    r"|proposals?|offers?|plans?|ultimatum)\b"
)
# "ruled out any talks with X": a refusal to meet (reject.rule-out leaves this to rule-out-talks).
_TALKS_OBJECT = (
    r"\s+(?:(?:any|an?|the|further|new|direct|fresh)\s+){0,2}(?:[\w-]+\s+)?"
    r"(?:talks|meetings?|negotiations|dialogue|summit|contacts?|discussions)\b"
)
# "vowed that the attackers would be punished": a promise of harm to others is a threat
# (agree.promise leaves this to threaten.vow-that).
HARM_VOW: Final = (
    r"(?:\s+that)?\s+(?:[\w'’,-]+\s+){1,8}?(?:would|will|shall)\s+(?:be\s+|not\s+go\s+)?(?:\w+ly\s+)?[\"“']?"
    r"(?:punished|tracked\s+down|hunted\s+down|brought\s+to\s+justice|pay|crushed|destroyed|eliminated"
    r"|avenged|wiped\s+out|defeated|killed|held\s+accountable|made\s+to\s+pay|unpunished|unanswered"
    r"|prosecuted)\b"
)

# "vowed to step up attacks on the pipelines", "pledged to crush the revolt": a promise of harm
HARM_TO: Final = (
    r"\s+(?:[\w,'’-]+\s+){0,3}?to\s+(?:(?:step\s+up|intensify|escalate|expand|launch|carry\s+out|stage)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:attacks|strikes|raids|bombings|offensives?|operations\s+against)|crush|annihilate|wipe\s+out"
    r"|retaliate|avenge|punish|hunt\s+down)\b"
)

# "vowed to bring Kabul under its control": a threat to take territory (agree.promise leaves it).
UNDER_CONTROL: Final = (
    r"\s+to\s+(?:bring|put|place|take|return|restore)\s+"
    r"(?!(?:the\s+)?(?:situation|fires?|blazes?|wildfires?|epidemic|pandemic|outbreak|inflation|prices|crisis|violence|unrest|deficit|debt|spending|floods?|disease|virus)\b)"
    r"(?:[\w'’,-]+\s+){1,6}?(?:back\s+)?under\s+(?:(?:its|their|his|her|the|government|state|state's|government's|federal|full|total|complete|military|Russian|Syrian)\s+){0,3}(?:control|rule|authority|sovereignty)\b"
)

RULES: Final[tuple[Rule, ...]] = (
    # --- REQUEST ---------------------------------------------------------------------------------
    Rule("request.call-on", T.REQUEST,
         verb("call") + r"\s+(?:on|upon)\b|" + verb("call") + r"\s+for\b|" + verb("appeal") + r"(?:\s+to|\s+for)?|" + verb("urge", "implore", "exhort", "beseech", "lobby", "petition")
         # "pressed on towards Kherson", "pressed ahead with": went on, asked nothing
         + "|" + verb("press") + r"(?!\s+(?:on|ahead|forward)\s+(?:with|towards?|into|to|through|regardless|despite|in)\b|\s+(?:on|ahead|forward)\s*+(?:[.,;]|$))",
         # "his press service", "a press conference": the noun
         unless=r"(?:service|office|secretary|conference|release|briefing|statement|freedom|agency|aide|officer|team|corps|club|council|union|card|gallery|room|center|centre|department|attach[eé])s?\b",
         cameo="100", recipient_preps=("on", "upon", "to"), needs=frozenset({"actor"}), speech=True,
         examples=("Zarif called on both sides to commit", "the UN urged restraint",
                   "they appealed for international aid")),
    Rule("request.call-to", T.REQUEST,
         verb("call") + r"\s+(?:both\s+sides|all\s+sides|all\s+parties|the\s+parties|the\s+two\s+sides|both\s+parties|the\s+government|the\s+international\s+community)\s+to\b",
         cameo="100", needs=frozenset({"actor"}), speech=True,
         examples=("Iran's foreign minister Zarif called both sides to commit to political solutions",)),
    Rule("request.demand", T.REQUEST,
         # "at Kinshasa's request", "at the request of": the setting of another act
         r"(?<!\bat\s+(?:the\s+|[\w.'’-]{1,30}(?:'s|’s)\s+))(?:"
         + verb("demand", "request", "ask", "seek", "insist on", "press for", "push for", "push hard for", "press hard for", "pressure", "pressurize", "pressurise", "lobby for", "plead")
         # "a local official said, asking not to be named": the wire's anonymity formula
         + r"(?!\s+not\s+to\s+be\s+(?:named|identified|quoted)|\s+for\s+anonymity)"
         # "civilians who had sought refuge in a church": fled there, asked no one; "has been
         # seeking Chinese investment", "seeking re-election": a pursuit, no request of anyone
         + r"(?!\s+(?:refuge|shelter|safety|cover|sanctuary|medical\s+(?:treatment|care)|treatment)\b)"
         + r"(?!(?<=\b(?:seek|seeks|seeking|sought))\s+(?:[\w-]+\s+)?(?:investments?|investors|buyers|markets|votes|re-?election|office|a\s+(?:second|third|fourth)\s+term)\b)"
         # "mediators sought to calm tensions": an attempt, no request of anyone
         + r"(?!(?<=\b(?:seek|seeks|seeking|sought))\s+to\s)"
         + "|" + noun("demand", "request", "appeal", "call for", "plea", "ultimatum") + ")",
         cameo="100", needs=frozenset({"actor"}), speech=True,
         # "at the mediators' request", "at their request"; "bow to foreign pressure", "growing
         # demands for": a noun for a climate, not a demand someone made
         not_after=r"\bat\s+(?:the\s+)?(?:[\w.-]{1,30}s['’]|his|her|its|their|our|my|your)"
         r"|\b(?-i:foreign|international|mounting|growing|economic|military|diplomatic|western|outside|external|political)\s*[\"“'‘]?",
         examples=("Papandreou demanded immediate elections", "insisted on its demands",
                   "Iranian authorities have been pressuring workers to cancel the strike")),
    Rule("request.must", T.REQUEST,
         r"(?:said|says|say|insisted|reiterated|stressed|declared|warned|told)\s+(?:[\w,'’-]+\s+){1,12}?(?:must|should|has\s+to|have\s+to|needs?\s+to|ought\s+to)\b",
         cameo="100", needs=frozenset({"actor"}), speech=True,
         examples=("A senior British minister reiterated that Libya must hand over the suspects",)),
    Rule("request.must-participle", T.REQUEST,
         # request.must in a participle clause: "rejected the proposal, insisting that Addis
         # Ababa must first pull its troops out"
         r"(?:insisting|insists|insist|reiterating|reiterates|stressing|stresses|declaring|demanding)\s+(?:that\s+)?(?:[\w,'’-]+\s+){1,12}?(?:must|should|has\s+to|have\s+to|needs?\s+to|ought\s+to)\b",
         cameo="100", needs=frozenset({"actor"}), speech=True,
         examples=("Eritrea rejected the proposal, insisting that Addis Ababa must first pull its troops out",)),
    Rule("request.mediate", T.REQUEST, verb("ask", "invite", "request") + r"\s+(?:\w+\s+){0,4}?to\s+(?:mediate|host|attend|join)\b",
         mode=(M.MEET,), cameo="1043", needs=frozenset({"actor"}), speech=True,
         examples=("Kenya asked Ethiopia to mediate",)),
    # --- ACCUSE ----------------------------------------------------------------------------------
    Rule("accuse.accuse", T.ACCUSE,
         verb("accuse", "blame", "charge", "indict", "sue", "hold responsible", "hold accountable")
         # ("an investigation into alleged crimes": the adjective is no accusation)
         + r"|(?<!\b(?:the|an?|of|into|for|over|on|about|its|their|his|her|and|or|with|after|to|by|in|against|any)\s)" + verb("allege")
         + "|" + noun("accusation", "allegation", "indictment", "charge"),
         mode=(M.ALLEGE,), cameo="112", needs=frozenset({"actor"}), speech=True,
         # "would take charge of every cell block", "the officer in charge": command, no charge
         not_after=r"\b(?:take|takes|took|taking|taken|in|placed\s+in|put\s+in|left\s+in)",
         # "transferred 40 alleged gang leaders": an adjective, no allegation
         unless=r"(?<=\balleged)\s+(?!(?:that|to|in|on|at|by|the|an?|his|her|its|their|he|she|it|they|this|these|those)\b)(?-i:\p{Ll})",
         examples=("Kyiv accused Moscow of shelling the plant", "prosecutors charged the general")),
    Rule("accuse.condemn", T.ACCUSE,
         verb("condemn", "criticize", "criticise", "denounce", "decry", "deplore", "censure", "slam", "lambast", "rebuke", "chide", "castigate", "complain", "protest against", "disapprove", "lash out at", "hit out at", "assail", "attack verbally") + "|" + noun("condemnation", "criticism", "complaint", "rebuke", "protest note", "denunciation")
         # "colonial-era objects to the country", "the objects to be returned": the noun
         + r"|(?<!\b(?:the|these|those|other|such|of|and|many|several|\d[\d,]*|\w+-era|\w+-old)\s)" + verb("object to")
         # (the verb table does not double the consonant of "slam": "slammed", "slamming")
         # ("rockets slammed into a house" is an attack: assault.projectile-hit)
         + r"|slamm(?:ed|ing)(?!\s+(?:into|through|onto|down|shut)\b)",
         mode=(M.DISAPPROVE,), cameo="111", needs=frozenset({"actor"}), speech=True,
         examples=("the UN condemned the attack", "Beijing criticised the visit",
                   "Lavrov hit out at Washington")),
    Rule("accuse.take-issue", T.ACCUSE,
         # "took issue with the report", "found fault with Washington's plan"
         verb("take issue with", "find fault with", "take exception to", "pour scorn on", "heap scorn on", "pour cold water on"),
         mode=(M.DISAPPROVE,), cameo="111", needs=frozenset({"actor"}), speech=True,
         examples=("Iran took issue with the IAEA report", "Beijing took exception to the remarks")),
    Rule("accuse.blast", T.ACCUSE,
         # "the opposition blasted the budget": criticism by a speaker; armed forces that blast
         # a town attack it
         r"blast(?:ed|ing|s)(?=\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w'’.-]+\s+){0,4}?(?:as|over|for|of)\b|\s+(?-i:\p{Lu}))"
         r"(?!\s+(?:open|through|away|off|out|into)\b)",
         mode=(M.DISAPPROVE,), cameo="111", needs=frozenset({"actor", "unarmed"}), speech=True,
         examples=("The opposition blasted the government's handling of the crisis",
                   "Trump blasted Biden over the withdrawal")),
    Rule("accuse.lodge", T.ACCUSE,
         verb("lodge", "file", "register", "deliver", "issue", "send") + r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:protest|complaint|note\s+of\s+protest|démarche|demarche)s?",
         mode=(M.DISAPPROVE,), cameo="111", needs=frozenset({"actor"}), speech=True,
         recipient_preps=("with", "to"),
         examples=("Serbia lodged an official protest with Albania",)),
    Rule("accuse.hearing", T.ACCUSE,
         verb("open", "begin", "start", "hold") + r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:hearing|hearings|trial|inquest|tribunal)(?:\s+\w+){0,2}?\s+(?:into|of|on)\b|(?:put|placed|place)\s+under\s+(?:formal\s+)?investigation",
         mode=(M.INVESTIGATE,), cameo="090", needs=frozenset({"participant"}), speech=True,
         examples=("Israel's high court opened a landmark hearing into the legality",
                   "A US national has been put under investigation in Italy")),
    Rule("accuse.investigate", T.ACCUSE,
         verb("investigate", "probe", "launch an investigation", "open an investigation", "open an inquiry", "open a probe") + "|" + noun("investigation", "inquiry", "probe", "commission of inquiry"),
         mode=(M.INVESTIGATE,), cameo="090", needs=frozenset({"actor"}), speech=True,
         examples=("prosecutors are investigating the killings", "the ICC opened an investigation")),
    Rule("accuse.open-investigation", T.ACCUSE,
         # "opened a formal investigation", "ordered an independent inquiry": who opens it acts
         verb("open", "launch", "order", "begin", "start", "set up") + r"\s+(?:an?|the)\s+(?:[\w-]+\s+){1,2}?(?:investigation|inquiry|probe)\b",
         mode=(M.INVESTIGATE,), cameo="090", needs=frozenset({"actor"}), speech=True,
         examples=("The ICC opened a formal investigation into alleged crimes",
                   "the president ordered an independent inquiry")),
    Rule("accuse.take-to-court", T.ACCUSE,
         # "has taken Rwanda to the International Court of Justice", "hauled Japan before the WTO":
         # a state suing another (CAMEO 115); the party sued is named inside the trigger
         # (the court is looked ahead to, so that the party sued is the first actor after the verb)
         verb("take", "haul", "drag") + r"(?=\s+(?:[\w'’.-]+\s+){1,4}?(?:to|before)\s+(?:the\s+)?"
         r"(?:(?:[\w'’-]+\s+){0,4}?(?:court|tribunal|arbitration)\b|International\s+Court\s+of\s+Justice|(?-i:ICJ|WTO|ICC)\b"
         r"|World\s+Trade\s+Organi[sz]ation))",
         mode=(M.ALLEGE,), cameo="115", needs=frozenset({"actor"}), speech=True,
         examples=("Colombia has taken Venezuela to the International Court of Justice",
                   "Ukraine took Russia to the World Trade Organization", "hauled the firm before a court")),
    Rule("accuse.summon-envoy", T.ACCUSE,
         # "summoned India's deputy high commissioner", "summoned the chargé d'affaires"
         verb("summon", "call in") + r"\s+(?:[\w'’.-]+\s+){0,4}?(?:high\s+commissioner|charg[eé]\s+d['’]affaires|consul(?:-general|\s+general)?|attach[eé])s?\b",
         mode=(M.DISAPPROVE,), cameo="111", needs=frozenset({"actor"}), speech=True,
         examples=("Pakistan summoned India's deputy high commissioner", "Rome summoned the French chargé d'affaires")),
    Rule("accuse.summon", T.ACCUSE, verb("summon") + r"\s+(?:[\w'’.-]+\s+){0,4}?(?:ambassador|envoy|charge\s+d'affaires|diplomat)s?",
         mode=(M.DISAPPROVE,), cameo="111", needs=frozenset({"actor"}), speech=True,
         examples=("Turkey summoned the Swedish ambassador", "Argentina summoned China's ambassador",
                   "the two countries summoned each other's ambassadors")),
    # --- REJECT ----------------------------------------------------------------------------------
    Rule("reject.dismiss-as", T.REJECT,
         # "dismissed as baseless a demand by X": the object follows the "as" phrase, which would
         # otherwise open a new clause
         verb("dismiss", "reject", "brush aside", "wave aside") + _AS_OBJECT,
         cameo="120", needs=frozenset({"actor"}), speech=True,
         examples=("Beijing dismissed as baseless a demand by Washington",)),
    Rule("reject.rule-out-talks", T.REJECT,
         verb("rule out") + _TALKS_OBJECT,
         mode=(M.MEET,), cameo="125", needs=frozenset({"actor"}), speech=True, recipient_preps=("with",),
         examples=("Israel ruled out any talks with Hamas", "Moscow ruled out a meeting between Putin and Zelensky")),
    Rule("reject.rule-out", T.REJECT,
         # "ruled" alone is the trigger (its particle in a lookahead), so it reads as a verb; with
         # "brushed aside" the particle is kept so the object ("calls for ...") stays its theme
         verb("rule") + r"(?=\s+out\b)(?!\s+out" + _TALKS_OBJECT + ")|" + verb("brush aside", "wave aside", "brush off", "shrug off"),
         cameo="120", needs=frozenset({"actor"}), speech=True,
         examples=("The Kremlin brushed aside calls for a ceasefire", "Iran ruled out a return to the deal")),
    Rule("reject.reject", T.REJECT,
         "(?:" + verb("reject", "refuse", "decline", "rebuff", "spurn", "dismiss", "turn down", "veto", "renege on", "repudiate", "oppose", "defy", "resist", "ignore", "disregard") + ")(?!" + _AS_OBJECT + ")|" + noun("rejection", "refusal", "veto"),
         cameo="120", needs=frozenset({"actor"}), speech=True,
         # "elements opposed to peace": a participle describing a noun ("is opposed to" is
         # reject.opposed)
         unless=r"(?<=\bopposed)\s+to\b",
         examples=("The US on Thursday rejected calls by Kofi Annan", "Beirut again rejected a UN appeal",
                   "Vice-President Moody Awori has declined to resign")),
    Rule("reject.opposed", T.REJECT, r"(?:is|are|was|were|remain(?:s|ed)?)\s+(?:firmly\s+|strongly\s+)?(?:opposed|against|unwilling|not\s+willing|not\s+ready)\s+to\b|(?:is|are|was|were)\s+(?:firmly\s+|strongly\s+)?opposed",
         form=Form.STATE, cameo="120", needs=frozenset({"actor"}), speech=True,
         examples=("Israel is opposed to French mediation",)),
    Rule("reject.brush-aside", T.REJECT,
         # "brushed the offer aside", "brushed aside calls for"
         verb("brush", "sweep", "wave", particle="aside"),
         cameo="120", needs=frozenset({"actor"}), speech=True,
         examples=("Thai Prime Minister Abhisit Vejjajiva brushed the offer aside",)),
    Rule("reject.deny", T.REJECT, verb("deny", "disavow") + "|" + noun("denial"),
         cameo="120", needs=frozenset({"actor"}), speech=True,
         examples=("Ankara's district administration has denied land allocation",)),
    Rule("sanction.halt-talks", T.SANCTION,
         # leaving talks under way halts negotiations (CAMEO 164); refusing to meet is reject.meet
         verb("walk out of", "pull out of", "withdraw from", "break off", "suspend", "halt", "quit", "abandon", "freeze", "end")
         + r"\s+(?:(?:the|its|their|his|her|all|further|ongoing|current|stalled|peace|direct|indirect|bilateral|EU-brokered|UN-brokered|U\.N\.-brokered|\w+-brokered|negotiated|political|national)\s+){0,3}(?:talks|negotiations|peace\s+process|dialogue|peace\s+conference)\b",
         mode=(M.WITHDRAW,), future=T.THREATEN, cameo="164", needs=frozenset({"actor"}),
         examples=("Sri Lanka's Tamil Tiger rebels pulled out of peace talks with the government",
                   "the opposition walked out of the national dialogue")),
    Rule("reject.meet", T.REJECT, verb("boycott talks", "postpone talks", "cancel talks", "call off talks", "cancel a meeting", "cancel the meeting", "cancel a visit", "call off a visit", "call off the visit", "cancel the visit") ,
         mode=(M.MEET,), cameo="125", needs=frozenset({"actor"}), speech=True,
         examples=("the opposition boycotted talks with the government",)),
    # --- THREATEN --------------------------------------------------------------------------------
    Rule("threaten.vow-retaliate-dated", T.THREATEN,
         # "vowed on Friday to respond with full force", "swore again to avenge": a day or an
         # adverb between the vow and its infinitive
         # (one alternative per verb form, so that the row is tried before agree.promise)
         "|".join(form + r"\s+(?:(?:on|late\s+on|early\s+on)\s+)?(?:\w+day|yesterday|today|tonight|again|publicly|repeatedly|once\s+again)\s+"
                  r"to\s+(?:respond|retaliate|hit\s+back|strike\s+back|take\s+revenge|avenge|punish|crush|react)\b"
                  for base in ("vow", "swear", "pledge", "promise") for form in inflections(base)),
         cameo="130", needs=frozenset({"actor"}), speech=True, recipient_preps=("to", "against"),
         examples=("Pakistan's army chief vowed on Friday to respond with full force",
                   "the rebels swore again to avenge their leader")),
    Rule("threaten.deadline", T.THREATEN,
         # an ultimatum with its deadline: "gave FARC rebels 48 hours to leave the zone", "gave
         # the militia seven days to disarm" (the demanded act is part of it, no separate event)
         verb("give") + r"\s+(?:[\w'’.-]+\s+){1,5}?(?:\d+|an?|one|two|three|four|five|six|seven|ten|twelve|fourteen|thirty|twenty-four|forty-eight|seventy-two|a\s+few|several)"
         r"(?:-|\s+)(?:hours?|days?|weeks?|months?)\s+to\s+(?:leave|withdraw|pull\s+out|surrender|disarm|lay\s+down|hand\s+over|vacate|quit|release|free|comply|evacuate|disband|stop|end|halt|get\s+out|call\s+off|cancel|abandon|dismantle|clear|pay|return|resign|step\s+down|reopen|lift|reinstate|restore|hand\s+back)\b"
         # "gave them 72 hours to leave the country": an expulsion order (sanction, deportation)
         r"(?!\s+(?:the\s+)?country\b)",
         cameo="1313", needs=frozenset({"actor"}), speech=True,
         examples=("President Andres Pastrana gave FARC rebels 48 hours to leave the demilitarised zone",
                   "the army gave the militia seven days to disarm")),
    Rule("threaten.warning-if", T.THREATEN,
         # a warning of what follows a condition: "al-Sisi's warning that all options are open
         # if Ethiopia starts filling the dam"
         r"warnings?\s+that\s+(?:[\w'’\",“”.-]+\s+){0,12}?(?:if|unless|should)\b",
         form=Form.NOUN, cameo="130", needs=frozenset({"actor"}), speech=True,
         examples=("Egyptian President Abdel Fattah al-Sisi's warning that \"all options are open\" if Ethiopia starts filling its dam",)),
    Rule("threaten.threaten", T.THREATEN,
         verb("threaten", "vow to retaliate", "vow revenge", "vow to respond", "issue an ultimatum", "warn of retaliation", "warn of consequences", "warn of a response", "warn of reprisals") + r"|warn(?:s|ed|ing)?\s+(?:[\w,'’-]+\s+){0,6}?(?:that\s+)?(?:it|they|he|she|we|the\s+(?:army|military|armed\s+forces|security\s+forces|police|navy|air\s+force))\s+(?:would|will|could)\b"
         r"|warn(?:s|ed|ing)?(?=\s+(?:(?:the\s+)?(?-i:\p{Lu})|him|them|her|(?:[\w'’-]+\s+){0,3}?against\b|of\s+(?:retaliation|consequences|reprisals|a\s+response|a\s+strong\s+response|military\s+action)))|" + noun("threat", "ultimatum"),
         cameo="130", needs=frozenset({"actor"}), speech=True,
         examples=("President Bush has threatened further action against Russia",
                   "Pyongyang warned it would respond with force")),
    Rule("threaten.warn-of", T.THREATEN,
         # "warned of a merciless response", "warned of dire consequences": a threat with no
         # addressee named before the "of"
         r"warn(?:s|ed|ing)?\s+of\s+(?:(?:an?|the|further|serious|grave|dire|severe|unspecified|strong|tough|harsh|decisive|swift|firm|crushing|devastating|merciless|[\"“”'’‘]|[\w-]+)\s*){0,4}"
         r"(?:consequences(?!\s+of\b)|response|retaliation|reprisals?|repercussions|countermeasures|counter-measures|punishment|revenge|military\s+action)\b",
         cameo="130", needs=frozenset({"actor"}), speech=True, recipient_preps=("to", "against", "for"),
         examples=('Pyongyang warned of a "merciless" response to the joint drills',
                   "Moscow warned of dire consequences")),
    Rule("threaten.vow-harm", T.THREATEN,
         verb("vow", "swear", "pledge", "promise") + HARM_TO,
         cameo="138", needs=frozenset({"actor"}), speech=True,
         examples=("The ELN vowed to step up attacks on oil pipelines", "the junta vowed to crush the revolt")),
    Rule("threaten.ultimatum", T.THREATEN,
         # "gave striking workers an ultimatum to return to work"
         verb("give", "hand", "issue", "deliver", "set") + r"\s+(?:[\w'’-]+\s+){0,5}?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?ultimatum\b"
         # "would respond with force to any attempt"
         + r"|(?:will|would|shall)\s+(?:\w+ly\s+)?respond\s+(?:with\s+(?:force|military\s+force|all\s+means)|militarily|forcefully|decisively|harshly|in\s+kind)\b",
         cameo="130", needs=frozenset({"actor"}), speech=True, recipient_preps=("to",),
         examples=("Nigeria's military government gave striking oil workers an ultimatum",
                   "Yerevan would respond with force to any attack")),
    Rule("threaten.warn-would", T.THREATEN,
         # "warned that China would take countermeasures against Manila"
         verb("warn") + r"\s+(?:[\w'’-]+\s+){0,3}?that\s+(?:[\w'’.-]+\s+){1,3}?(?:would|will|could)\s+(?:not\s+hesitate\s+to\s+)?(?:take|impose|retaliate|respond|strike|hit|punish|use\s+force)\b",
         cameo="130", needs=frozenset({"actor"}), speech=True, recipient_preps=("against", "on"),
         examples=("He warned that China would take countermeasures against Manila",)),
    Rule("threaten.take-measures", T.THREATEN,
         # "China will take resolute and forceful measures", "would take countermeasures": a
         # promise of hard measures is a threat ("will take measures to protect civilians" is
         # none: a hard word or countermeasures must say so)
         r"(?:will|would|shall)\s+(?:\w+ly\s+)?(?:not\s+hesitate\s+to\s+)?(?:take|adopt)\s+"
         r"(?:(?:all|necessary|further|and|,)\s*+)*(?:countermeasures|counter-measures"
         r"|(?:(?:resolute|forceful|firm|strong|decisive|tough|harsh|reciprocal|retaliatory|punitive"
         r"|military)\s*+(?:and\s+|,\s*+)?)+(?:(?:necessary|further)\s+)?"
         r"(?:measures|steps|actions?|responses?))\b",
         cameo="130", needs=frozenset({"actor"}), speech=True, recipient_preps=("against",),
         examples=("China will take resolute and forceful measures",
                   "Beijing would take countermeasures against the companies")),
    Rule("threaten.not-rule-out", T.THREATEN,
         # "does not rule out any option, including the use of force": a threat of force
         r"(?:not|n't|never|refused\s+to|refuses\s+to|declined\s+to|would\s+not)\s+rul(?:e|es|ed|ing)\s+out\s+"
         r"(?:[\w\"“”'‘’,-]+\s+){0,8}?(?:force|military\s+(?:action|intervention|options?|force|response)|war|strikes?|retaliation|an?\s+(?:attack|invasion|strike|intervention))\b",
         cameo="138", needs=frozenset({"actor"}), speech=True,
         examples=('ECOWAS does not rule out any option, including the use of force',
                   "Washington refused to rule out military action")),
    Rule("threaten.vow-that", T.THREATEN,
         # "vowed that the attackers would be punished": a promise of harm is a threat
         verb("vow", "swear", "pledge", "promise") + HARM_VOW,
         cameo="130", needs=frozenset({"actor"}), speech=True,
         examples=("Erdogan vowed that the attackers would be punished",
                   "The army vowed that the militants would be tracked down",
                   "he swore those responsible would pay")),
    Rule("threaten.bring-under-control", T.THREATEN,
         verb("vow", "pledge", "promise", "swear", "threaten", "be determined", "be set") + UNDER_CONTROL,
         mode=(M.TERRITORY,), cameo="1382", needs=frozenset({"actor"}), speech=True,
         examples=("The Taliban vowed to bring Kabul under their control",
                   "the junta vowed to bring the rebel-held north back under state control")),
    Rule("threaten.unless", T.THREATEN,
         r"(?:will|would|shall|could|may|might)\s+"
         # "would consider sending aid if asked", "would lift sanctions if": a conditional offer, no
         # threat (one flat lookahead, so the row keeps its place in the table order)
         r"(?!be\s+happy\b|be\s+glad\b|be\s+ready\b|be\s+willing\b|be\s+prepared\b"
         r"|be\s+open\b|consider\b|help\b|assist\b|support\b|provide\b|send\s+aid\b"
         r"|offer\b|lift\b|ease\b|release\b|free\b|resume\b|restore\b|welcome\b"
         r"|cooperate\b|join\b|meet\b|talk\b|negotiate\b|sign\b|recogni[sz]e\b"
         r"|normali[sz]e\b|reopen\b|return\b|donate\b|fund\b|invest\b|hand\s+over\b"
         r"|extradite\b|share\b|allow\b|permit\b|accept\b|agree\b|grant\b|pardon\b)"
         r"(?:[\w'’-]+\s+){0,8}?(?:unless|if)\b",
         cameo="130", needs=frozenset({"actor"}), speech=True,
         examples=("it will withdraw their peacekeeping force from Chad unless President Oueddei arranged a ceasefire",)),
)
