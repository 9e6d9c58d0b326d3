"""Verbal cooperation: AGREE, CONSULT, SUPPORT, CONCEDE (PLOVER quad class 1).

By the PLOVER manual, promises and stated readiness to help are AGREE; calls, meetings and talks
are CONSULT; an announced (future) withdrawal or ceasefire is CONCEDE.
"""

from __future__ import annotations

from typing import Final

from ..codes.plover import EventType, Mode
from . import Form, Rule, inflections, noun, verb
from .material_cooperation import LOAN_OBJECT
from .verbal_conflict import HARM_TO, HARM_VOW, UNDER_CONTROL

T = EventType
M = Mode
AG = EventType.AGREE
CO = EventType.CONCEDE

_HELP = r"(?:help|assist|support|cooperate|mediate|host|contribute|provide|send|offer|work|engage|negotiate|talk|resume|facilitate|back|join|sign|consider|discuss|meet|accept|hand\s+over|release|extradite|withdraw|compromise|give)"

# British and doubled forms verb() does not make: "scrapped", "cancelled", "annulled".
# "meeting a key demand", "met the deadline": fulfilling, not consulting
_NOT_FULFIL = (
    r"(?!\s+(?:(?:a|an|the|its|their|his|her|all|most|some|one|two|key|main|several)\s+){0,2}"
    r"(?:[\w'’-]+\s+){0,2}(?:demands?|requirements?|conditions?|deadlines?|targets?|criteria"
    r"|obligations?|needs|expectations|goals?|standards?|quotas?)\b)"
)
_DOUBLED = r"scrapp(?:ed|ing)|cancell(?:ed|ing)|annull(?:ed|ing)"
# "scrap" as a bare verb only in a decision or promise ("will scrap", "pledged to scrap"); in other
# complements ("want the government to scrap") nothing is conceded yet.
_SCRAP = (
    r"scraps|(?<=\b(?:will|would|shall|promised|pledged|vowed|agreed|decided|voted|moved|promising|pledging)\s(?:to\s)?)scrap"
)
# What a government gives up: a plan, bill or decree dropped, a blackout lifted, land handed back.
_YIELDED = (
    r"(?:curfews?|restrictions?|ban|sanctions?|embargo|state\s+of\s+emergency|martial\s+law|lockdown|internet|blackout|shutdown"
    r"|blockade|plans?|reforms?|bills?|decrees?|laws?|legislation|proposals?|amendments?|land|lands|property|properties|farms"
    r"|requirements?|requiring|tax(?:es)?|tax\s+(?:hikes?|increases?)|price\s+(?:hikes?|increases?))\b"
)
# "promised to scrap the reform", "will lift the curfew": a promise to concede is the concession.
CONCESSION_AHEAD: Final = (
    r"(?:lift|ease|end|relax|scrap|drop|shelve|withdraw|revoke|rescind|repeal|abandon|reverse|restore|return"
    r"|hand\s+back|give\s+back|stop|suspend|cancel|annul|freeze)\s+(?:[\w'’,-]+\s+){0,5}?" + _YIELDED
)
# Laws and plans a government drops or withdraws.
_MEASURES = (
    r"(?:plans?|reforms?|bills?|decrees?|laws?|legislation|proposals?|amendments?|measures?|polic(?:y|ies)|ordinances?"
    r"|directives?|tax(?:es)?|tax\s+(?:hikes?|increases?|rises?)|(?:price|fuel|fare)\s+(?:hikes?|increases?|rises?)"
    r"|(?:executive\s+)?orders?|projects?|requirements?|rules?|regulations?|mandates?|levy|levies|quotas?|scheme)\b"
)

RULES: Final[tuple[Rule, ...]] = (
    # --- AGREE -----------------------------------------------------------------------------------
    Rule("agree.ready", T.AGREE,
         r"(?:ready|willing|prepared|eager|keen|open|committed|determined)\s+to\s+(?!(?:fight|attack|impose|use|retaliate|strike|defend|die|resist|block|veto|reject|boycott|punish|retake|crush|expel|arrest|ban|avoid|stay\s+out|keep\s+out)\b)(?:\w+\s+){0,1}?\w+",
         form=Form.STATE, cameo="030", needs=frozenset({"actor"}),
         examples=("Iran said it was ready to help", "he would be ready to host a meeting")),
    Rule("agree.promise", T.AGREE,
         verb("promise", "pledge", "vow", "commit", "undertake", "guarantee", "offer", "volunteer") + "(?!" + HARM_VOW + r")(?!" + HARM_TO + r")(?!\s+to\s+" + CONCESSION_AHEAD + ")(?!" + UNDER_CONTROL + r")(?!\s+(?:[\w'’‘“\"-]+\s+){0,3}[\"“'‘]?apolog)" + r"(?!\s+to\s+(?:(?:keep|continue|carry\s+on)\s+(?:fighting|attacking|resisting|the\s+(?:armed\s+)?(?:fight|struggle|war))|fight|attack|crush|destroy|punish|retaliate|kill|eliminate|wipe|defeat|expel|arrest|ban|strike|bomb|invade|annihilate|avenge|respond|resist|retake|hunt)\b)(?=\s+(?:to\b|that\b|(?:\w+\s+){1,3}(?:to|that)\b|support|help|aid|assistance|\$|\w+\s+(?:support|help|aid|assistance)))",
         cameo="030", needs=frozenset({"actor"}), recipient_preps=("to",),
         examples=("British Defence Secretary Tom King has promised to continue military aid",
                   "Libya has offered to hand over two of its nationals")),
    Rule("agree.offer-aid", T.AGREE,
         # "offered Pakistan a $3 billion credit line", "pledged 50 million euros in aid"
         verb("offer", "pledge", "promise") + r"\s+(?:(?!(?:to|that)\b)[\w.,'’$€£()-]+\s+){0,8}?(?:loans?|credits?|credit\s+lines?|aid|assistance|grants?|funds|funding|financing|debt\s+relief|support|relief|donations?|investments?)\b",
         cameo="033", needs=frozenset({"actor"}), recipient_preps=("to", "for"),
         examples=("Saudi Arabia offered Pakistan a $3 billion credit line",
                   "The EU pledged 50 million euros in aid to Sudan")),
    Rule("agree.assure", T.AGREE,
         verb("assure", "reassure") + r"\s+(?:\w+\s+){0,3}?of\s+(?:\w+\s+){0,3}?(?:help|support|assistance|aid|solidarity|backing|cooperation)",
         cameo="032", needs=frozenset({"actor"}),
         examples=("to assure him of all help",)),
    Rule("agree.assure-that", T.AGREE,
         # "assured Erdogan that Russia would continue grain exports"
         r"(?<!\brest\s)" + verb("assure", "reassure")
         + r"(?=\s+(?:[\w'’.,-]+\s+){0,5}?that\b|\s+(?:[\w'’.,-]+\s+){1,5}?(?:it|they|he|she|we)\s+(?:would|will)\b)"
         + "(?!" + HARM_VOW + ")",
         cameo="032", needs=frozenset({"actor"}),
         examples=("Putin assured Erdogan that Russia would continue grain exports",
                   "he reassured his counterpart it would keep its promises")),
    Rule("agree.agree", T.AGREE,
         "(?:" + verb("agree", "consent", "accept", "endorse a plan")
         # a lender that approves a loan gives it (aid.approve-loan)
         + "|" + verb("approve") + "(?!" + LOAN_OBJECT + "))"
         + r"(?=\s+(?:to|on|upon|that|with|in\s+principle|a\b|an\b|the\b))|" + noun("agreement in principle", "accord in principle", "deal in principle"),
         cameo="030", needs=frozenset({"actor"}), recipient_preps=("with",),
         # "accepted the protesters' demands": a concession (concede.meet-demands)
         unless=r"(?:to\s+)?(?:(?!(?:no|none|not|any)\b)[\w'’-]+\s+){0,3}?demands?\b(?!\s+(?:for|that)\b)",
         examples=("The Security Council today agreed to a six-month extension",
                   "The United States and Jordan have agreed upon a new free-trade pact")),
    Rule("agree.reach", T.AGREE,
         verb("reach", "strike", "hammer out", "clinch", "broker", "forge") + r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|consensus|deal|accord|understanding|compromise|truce|settlement)s?",
         cameo="030", needs=frozenset({"actor"}), recipient_preps=("with",),
         examples=("Israel and the Palestinians reached a consensus to exchange information",
                   "the two sides struck a deal")),
    Rule("agree.will-provide", T.AGREE,
         r"(?:will|would|shall|is\s+to|are\s+to|plans?\s+to|planned\s+to|intends?\s+to|is\s+set\s+to|are\s+set\s+to|is\s+going\s+to|are\s+going\s+to)\s+(?:soon\s+|also\s+|now\s+|continue\s+to\s+|keep\s+on\s+)?(?:provide|send|give|donate|deliver|supply|grant|extend|help|assist|support|resume|restore|open|lift|ease|release|sign|meet|visit|host|hold\s+talks|cooperate|train|finance|fund)\b"
         r"(?<!\b(?:lift|ease|restore|end)(?=\s+(?:[\w'’,-]+\s+){0,5}?" + _YIELDED + r"))",
         cameo="030", needs=frozenset({"actor"}),
         examples=("The United Nations will provide nearly 25,000 tons of emergency food aid",)),
    Rule("agree.invite", T.AGREE,
         # an invitation to visit or to talks is an offer to meet (CAMEO 036), not the visit itself
         verb("invite") + r"\s+(?:[\w'’.,-]+\s+){1,6}?(?:to\s+(?:visit|pay\s+a\s+visit|hold\s+talks|talks)"
         + r"|for\s+(?:talks|consultations|negotiations|an?\s+(?:[\w-]+\s+)?visit))\b",
         cameo="036", needs=frozenset({"actor"}),
         examples=("Russia invited Turkish President Erdogan to visit Moscow", "Beijing invited the Taiwanese leader for talks")),
    Rule("agree.readiness", T.AGREE,
         # "signalled its readiness to resume talks": the noun of "ready to" (agree.ready)
         "(?:" + verb("signal", "express", "voice", "declare", "announce", "reaffirm", "reiterate", "confirm", "show", "indicate")
         + r"|signall(?:ed|ing))\s+(?:(?:its|his|her|their|our|the|a|full|strong)\s+){0,2}(?:readiness|willingness|preparedness|openness)\s+to\s+"
         + r"(?!(?:fight|attack|impose|use|retaliate|strike|defend|die|resist|block|veto|reject|boycott|punish|retake|crush|expel|arrest|ban)\b)\w+",
         cameo="030", needs=frozenset({"actor"}), recipient_preps=("with",),
         examples=("Iran signalled its readiness to resume nuclear talks", "Moscow expressed willingness to mediate")),
    # --- CONSULT ---------------------------------------------------------------------------------
    Rule("consult.meet", T.CONSULT,
         r"talked|" + verb("hold") + r"\s+(?:[\w'’,-]+\s+){1,4}?(?:talks|consultations|discussions|negotiations)\b|" + verb("meet", "meet with", "talk with", "talk to", "hold talks", "hold consultations", "hold discussions", "hold a meeting", "confer", "consult", "negotiate", "parley", "sit down with", "convene", "hold a summit")
         # "meeting a key demand", "met the deadline": fulfilling, not consulting
         + _NOT_FULFIL + "|meetings?" + _NOT_FULFIL + "|" + noun("talks", "negotiations", "summit", "consultations", "discussions", "peace talks", "round of talks", "dialogue"),
         mode=(), future=AG, cameo="040", recipient_preps=("with",),
         needs=frozenset({"participant"}),
         examples=("The Afghan government delegation met Taliban representatives in Tehran",
                   "the two leaders held talks in Geneva")),
    Rule("consult.call-received", T.CONSULT,
         # "received a phone call from his U.S. counterpart": the caller after "from" acts (the
         # engine swaps the two, as for aid.receive)
         verb("receive", "take", "get") + r"\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:phone|telephone)\s+calls?(?=\s+from\b)",
         mode=(M.PHONE,), cameo="040", needs=frozenset({"actor", "recipient"}),
         examples=("Egypt's president received a phone call from his U.S. counterpart",)),
    Rule("consult.phone", T.CONSULT,
         # "decried what it called Kenyan interference": naming, not a phone call
         r"(?<!\bwhat\s{1,3}(?:[\w'’.-]+\s{1,3}){1,3})" + verb("call") + r"(?!\s+(?:on|upon|for|off|up|in|it|him|her|them|the\s+attack|the\s+move|the\s+decision|the\s+killing)\b)"
         # "calling Thaksin's appointment an interference": naming, not a phone call
         + r"(?!\s+(?:[\w'’.-]+\s+){1,4}?[\"“']?an?\s+(?!(?:day|week|month|few|couple)\b)\w)(?=\s+(?:(?-i:\p{Lu})|president|prime|king|foreign|his|her|their|counterpart))|phon(?:ed|es|ing)|telephon(?:ed|es|ing)|" + verb("speak by phone", "speak by telephone", "hold a phone call", "hold a telephone conversation", "have a phone conversation") + "|" + noun("phone call", "telephone call", "phone conversation", "telephone conversation", "video call", "video conference"),
         mode=(M.PHONE,), future=AG, cameo="040", recipient_preps=("with",),
         needs=frozenset({"participant"}),
         examples=("President Putin called President Emomali Rakhmonto",
                   "Biden spoke by phone with Zelensky")),
    Rule("consult.by-phone", T.CONSULT,
         # "conferred by telephone with the leaders of Kuwait", "talked over the phone with"
         # (one alternative per verb form, so that the row is tried before consult.meet)
         "|".join(form + r"\s+(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\b"
                  for base in ("talk", "consult", "converse") for form in inflections(base))
         + "|" + r"(?:confer(?:s|red|ring)?|chat(?:s|ted|ting)?)\s+(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\b",
         mode=(M.PHONE,), future=AG, cameo="040", recipient_preps=("with",), needs=frozenset({"participant"}),
         examples=("Qatar's emir conferred by telephone with the leaders of Kuwait",)),
    Rule("consult.discuss-phone", T.CONSULT,
         # "discussed the war with Putin in a phone call", "discussed by phone"
         verb("discuss") + r"(?=\s+(?:[\w'’.,-]+\s+){0,10}?(?:by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone|in\s+an?\s+(?:[\w-]+\s+)?(?:tele)?phone\s+(?:call|conversation)|during\s+an?\s+(?:[\w-]+\s+)?(?:tele)?phone\s+(?:call|conversation)|in\s+an?\s+video\s+(?:call|conference)))",
         mode=(M.PHONE,), future=AG, cameo="041", recipient_preps=("with",), needs=frozenset({"participant"}),
         examples=("Erdogan discussed the war in Ukraine with Putin in a phone call",)),
    Rule("consult.discuss", T.CONSULT,
         # "discussed the crisis with his Turkish counterpart": talks with a named party
         verb("discuss") + r"(?=\s+(?:[\w'’.,-]+\s+){0,8}?with\s+(?:his|her|their|its|the|visiting|a)?\s*(?:(?-i:\p{Lu})|counterparts?|[\w-]+\s+counterparts?|(?:[\w-]+\s+)?(?:president|prime\s+minister|minister|leaders?|officials|envoys?|delegations?|ambassadors?)))",
         future=AG, cameo="040", recipient_preps=("with",), needs=frozenset({"participant"}),
         examples=("Blinken discussed the crisis with his Turkish counterpart", "Macron discussed bilateral ties with Modi")),
    Rule("consult.visit", T.CONSULT,
         verb("visit", "travel to", "arrive in", "tour", "fly to", "make a trip to") + "|" + noun("visit", "state visit", "official visit", "trip to"),
         mode=(M.VISIT,), future=AG, cameo="042",
         needs=frozenset({"actor", "unarmed"}),
         # "rescue teams and relief supplies arrived in Myanmar": help arriving (aid.teams-arrive)
         not_after=r"\b(?:relief|rescue|aid|medical|humanitarian|emergency|disaster)\s+(?:[\w-]+\s+){0,4}?(?:teams?|workers|supplies|convoys?|shipments?|personnel|experts|flights?|planes?)",
         # "visited the wounded at Madina hospital": a leader among his own people, no meeting
         unless=r"(?:the\s+)?(?:wounded|injured|victims|survivors|bereaved|families\s+of|site\s+of|scene\s+of|(?:flood|quake|earthquake|disaster|bomb|blast|attack)[\w-]*\s+(?:site|zone|area|victims|survivors))",
         examples=("the Chinese foreign minister visited Moscow", "Blinken arrived in Kyiv")),
    Rule("consult.pay-visit", T.CONSULT,
         # "paid a visit to Japan", "made an official two-day visit to Riyadh", "paid a courtesy call on the emir"
         verb("pay", "make", "undertake") + r"\s+(?:(?!(?:to|on)\b)[\w'’-]+\s+){0,3}?(?:visits?|trips?)\s+to\b"
         + "|" + verb("pay", "make") + r"\s+(?:an?\s+)?courtesy\s+(?:calls?|visits?)\s+(?:on|to)\b",
         mode=(M.VISIT,), future=AG, cameo="042", needs=frozenset({"actor", "unarmed"}),
         examples=("Indian Prime Minister Narendra Modi paid a visit to Japan",
                   "The Egyptian president paid an official visit to Saudi Arabia",
                   "the envoy paid a courtesy call on the emir")),
    Rule("consult.exchange-views", T.CONSULT,
         # "exchanged views with his Chinese counterpart": talks under another name
         verb("exchange views", "exchange opinions", "swap views", "compare notes", "hold an exchange of views",
              "have an exchange of views"),
         future=AG, cameo="040", recipient_preps=("with",), needs=frozenset({"participant"}),
         examples=("Lavrov exchanged views with his Chinese counterpart",)),
    Rule("consult.host", T.CONSULT,
         verb("host", "receive", "welcome", "give a warm welcome", "give a welcome") + r"(?!\s+(?:\w+\s+){0,3}?(?:observers|monitors|inspectors|refugees|aid))",
         mode=(M.VISIT,), future=AG, cameo="043",
         needs=frozenset({"actor", "recipient"}),
         # "received a phone call from Biden": the caller acts (consult.call-received)
         unless=r"(?:an?\s+)?(?:[\w-]+\s+)?(?:phone|telephone)\s+calls?\s+from\b",
         examples=("President Francois Mitterand gave a warm welcome on Thursday to South African leader F.W. de Klerk",
                   "Erdogan hosted Putin")),
    Rule("consult.mediate", T.CONSULT, verb("mediate", "broker talks", "facilitate talks") + "|" + noun("mediation"),
         mode=(M.THIRD_PARTY,), future=AG, cameo="045", needs=frozenset({"actor"}),
         examples=("Qatar mediated between the sides",)),
    # --- SUPPORT ---------------------------------------------------------------------------------
    Rule("support.apology-offer", T.SUPPORT,
         # "offered a 'heartfelt apology'", "made a public apology"
         verb("offer", "issue", "make", "extend", "express", "deliver", "tender") + r"\s+(?:(?:an?|the|his|her|their|its|formal|public|full|unreserved|heartfelt|sincere|official)\s+|[\"“'‘])*+(?:apolog(?:y|ies)|regrets?)\b",
         cameo="055", needs=frozenset({"actor"}), recipient_preps=("to",),
         examples=("Japanese Prime Minister Tomiichi Murayama offered a 'heartfelt apology'",)),
    Rule("support.apologise", T.SUPPORT,
         verb("apologise", "apologize", "express regret", "offer an apology", "issue an apology") + "|" + noun("apology"),
         cameo="055", needs=frozenset({"actor"}), recipient_preps=("to",),
         examples=("Saudi Arabia apologised for the deaths", "Japan offered an apology to South Korea")),
    Rule("support.solidarity", T.SUPPORT,
         # "expressed his country's solidarity with Morocco", "stands in solidarity with"
         verb("express", "voice", "declare", "show", "reiterate", "reaffirm", "affirm", "extend", "convey", "offer", "pledge", "send", "stand")
         + r"\s+(?:(?:in|his|her|their|its|our|full|total|deep|strong|firm|complete|unwavering|country's|nation's|government's|people's|[\w-]+'s?)\s+){0,3}solidarity\b(?=\s+(?:with|to|for)\b)",
         cameo="051", needs=frozenset({"actor"}), recipient_preps=("with", "to", "for"),
         examples=("Egypt's foreign minister expressed his country's solidarity with Morocco",
                   "Macron expressed solidarity with the victims", "Kenya stands in solidarity with Somalia")),
    Rule("support.praise", T.SUPPORT,
         # "with air support", "public support": a noun; "welcomed him at his residence": hosting
         r"(?<!\b(?:air|with|of|for|military|logistic|logistical|naval|artillery|fire|financial|technical|popular|public|mass|price|income|life|customer|tech|budget|budgetary)\s)"
         r"(?!welcom(?:e|es|ed|ing)\s+(?:him|her|them)\b)"
         + verb("welcome", "praise", "commend", "applaud", "hail", "laud", "endorse", "support", "congratulate", "thank", "express support for", "voice support for", "throw his weight behind", "throw its weight behind", "throw their weight behind", "recognize", "recognise", "salute", "defend", "stand by", "side with", "rally behind")
         + "|" + verb("approve") + "(?!" + LOAN_OBJECT + ")" + "|" + verb("express", "voice", "reiterate", "reaffirm", "declare", "pledge", "lend", "offer") + r"\s+(?:(?:his|her|their|its|our|full|total|strong|firm|unwavering|unequivocal|continued|country's|government's)\s+){0,3}(?:backing|support)(?=\s+for\b)"
         + r"|back(?:s|ed|ing)(?=\s+(?:the|a|an|his|her|their|its|(?-i:\p{Lu})))|" + noun("endorsement", "recognition", "praise"),
         cameo="051", needs=frozenset({"actor"}),
         # "to defend its sovereignty", "defending their homes": protecting one's own, no praise
         unless=r"(?<=\bdefend(?:s|ed|ing)?\s+)(?:(?:its|their|his|her|our|the\s+country's|the\s+nation's)\s+(?:own\s+)?|itself|themselves|ourselves)",
         examples=("The German government today welcomed President Reagan's latest policy statement",
                   "the EU praised the agreement")),
    Rule("support.relations-noun", T.SUPPORT,
         # the noun of support.sign's relations: "the establishment of diplomatic relations between
         # China and South Korea", "Israel's normalisation of ties with the UAE"
         r"(?:establishment|establishing|restoration|restoring|normali[sz]ation|normali[sz]ing|resumption|upgrading)\s+of\s+(?:full\s+)?(?:diplomatic\s+)?(?:ties|relations)\b",
         form=Form.NOUN, cameo="057", needs=frozenset({"participant"}), recipient_preps=("with", "between"),
         examples=("The establishment of diplomatic relations between China and South Korea",
                   "Israel's normalisation of ties with the UAE")),
    Rule("support.sign", T.SUPPORT,
         verb("sign", "ratify", "conclude", "finalize", "finalise", "seal", "initial", "ink") + r"\s+(?:[\w'’-]+\s+){0,6}?(?:agreement|accord|treaty|deal|pact|memorandum|ceasefire|truce|protocol|declaration|convention)s?|" + verb("establish", "restore", "normalize", "normalise", "resume", "upgrade") + r"\s+(?:\w+\s+){0,2}?(?:diplomatic\s+)?(?:ties|relations)",
         cameo="057", needs=frozenset({"actor"}), recipient_preps=("with",),
         examples=("the two sides signed a peace agreement", "Israel and the UAE normalised relations")),
    Rule("support.ratify-accession", T.SUPPORT,
         # "ratified Sweden's NATO membership", "approved Ukraine's accession": the applicant
         # (the possessor) is the recipient
         verb("ratify", "approve", "endorse", "back") + r"\s+(?:[\w'’.-]+\s+){0,3}?(?:membership|accession|entry|admission)\b",
         cameo="057", needs=frozenset({"actor"}),
         examples=("Turkey's parliament ratified Sweden's NATO membership",
                   "Hungary approved Finland's accession")),
    Rule("support.signed-by", T.SUPPORT,
         # the passive of support.sign: "the agreement was signed by Israel and the UAE"; the
         # signers follow "by"
         r"(?<=\b(?:agreement|accord|treaty|deal|pact|memorandum|protocol|declaration|convention)s?\s+(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being)\s+)"
         r"(?:signed|ratified|initiall?ed|inked|sealed|finali[sz]ed)(?=\s+(?:[\w-]+\s+){0,2}?by\b)",
         cameo="057", needs=frozenset({"actor"}), recipient_preps=("with",),
         examples=("The agreement was signed by Israel and the UAE in Washington",
                   "The treaty was ratified by the Senate")),
    Rule("support.open-embassy", T.SUPPORT,
         # "reopened its embassy in Tripoli": diplomatic ties resumed or begun (CAMEO 050)
         verb("reopen", "re-open", "open", "restore", "upgrade")
         + r"\s+(?:(?:its|their|an?|the|his|her)\s+)?(?:[\w-]+\s+)?(?:embassy|embassies|consulate|consulates|consulate-general|diplomatic\s+missions?|legation)\b"
         + r"(?=\s+(?:in|to)\b)",
         cameo="050", needs=frozenset({"actor"}), recipient_preps=("in", "to"),
         examples=("Egypt reopened its embassy in Tripoli", "Israel opened an embassy in Bahrain")),
    # --- CONCEDE ---------------------------------------------------------------------------------
    Rule("concede.ease", T.CONCEDE,
         "(?:" + _DOUBLED + "|" + verb("lift", "ease", "relax", "end", "suspend", "remove", "scrap", "rescind", "revoke", "reverse", "shorten", "reduce") + ")" + r"\s+(?:[\w'’,-]+\s+){0,5}?(?:curfew|restrictions?|ban|sanctions?|embargo|state\s+of\s+emergency|martial\s+law|travel\s+ban|lockdown)",
         cameo="081", needs=frozenset({"actor"}),
         examples=("authorities lifted the curfew", "the EU eased sanctions on Syria")),
    Rule("concede.lift-blackout", T.CONCEDE,
         # "lifted the internet shutdown", "restored mobile internet services", "ended a media blockade"
         "(?:" + _DOUBLED + "|" + verb("lift", "end", "ease", "remove", "relax", "scrap") + ")"
         + r"\s+(?:(?:the|a|an|its|their|months-long|weeks-long|year-long|two-year|nationwide|total)\s+){0,2}(?:[\w-]+\s+)?(?:internet|communications?|telecommunications?|media|news|information|phone|mobile(?:\s+data)?|social\s+media)\s+(?:[\w-]+\s+)?(?:shutdowns?|blackouts?|blockades?|bans?|restrictions|cuts?|curbs|siege)\b"
         + "|" + verb("restore", "reconnect", "reinstate", "unblock", "switch on", "turn on")
         + r"\s+(?:(?:the|full|partial|all|some|limited)\s+){0,2}(?:access\s+to\s+(?:the\s+)?)?(?:mobile\s+)?(?:internet|mobile(?:\s+phone)?\s+(?:services|networks?|data)|(?:tele)?phone\s+(?:services|lines|networks?)|telecommunications?|communications|social\s+media|messaging\s+(?:apps|services))\b"
         + r"(?!\s+(?:cables?|lines?\s+(?:cut|damaged|destroyed)))",
         cameo="0811", needs=frozenset({"actor"}),
         examples=("The junta lifted the internet shutdown in Yangon", "authorities restored mobile internet services",
                   "Ethiopian authorities lifted a media blockade on Tigray")),
    Rule("concede.hand-back", T.CONCEDE,
         # "handed back land seized from farmers", "returned confiscated property to its owners"
         verb("return", "hand back", "give back", "restore", "restitute", "hand over", "give") + r"\s+(?:(?!(?:to|from|for)\b)[\w'’,-]+\s+){0,4}?"
         + r"(?:land|lands|farms?|farmland|property|properties|homes|houses|assets|estates|plots|title\s+deeds"
         # "returned 119 bronze artefacts to Nigeria": restitution
         + r"|artefacts|artifacts|antiquities|bronzes|treasures|relics|(?:looted|stolen|colonial-era|cultural)\s+objects|seized\s+(?:[\w-]+\s+)?(?:land|property|assets|farms)|confiscated\s+(?:[\w-]+\s+)?(?:land|property|assets|farms))\b"
         + r"(?<!\bgive\s(?:[\w'’,-]+\s){0,4}?(?:homes|houses|property|properties|land|assets))",
         cameo="080", needs=frozenset({"actor"}), recipient_preps=("to",),
         examples=("The government handed back land seized from white farmers", "Israel returned confiscated land to Palestinian villagers",
                   "The junta will hand back the seized property to the party")),
    Rule("concede.drop-measure", T.CONCEDE,
         # "dropped plans to raise taxes", "withdrew the finance bill", "shelved its judicial reform plan"
         "(?:" + _DOUBLED + "|" + _SCRAP + "|" + verb("drop", "shelve", "withdraw", "revoke", "rescind", "repeal", "abandon", "annul", "cancel", "reverse",
              "retract", "ditch", "abolish", "put on hold", "back down on", "back away from", "u-turn on", "suspend", "freeze", "overturn") + ")"
         + r"\s+(?:(?!(?:to|for|from|by|after|amid|over|in|on|as|against)\b)[\w'’,-]+\s+){0,4}?" + _MEASURES
         + r"(?!\s+(?:against|of\s+(?:the\s+)?(?:suspects?|prisoners?|fighters|rebels)))"
         # "the plan was dropped", "the bill has been withdrawn"
         + r"|(?<=\b(?:plans?|reforms?|bills?|decrees?|laws?|legislation|proposals?|amendments?|measures?|polic(?:y|ies)|tax(?:es)?|hikes?|increases?|orders?|projects?|requirements?)"
         + r"\s+(?:was|were|has\s+been|have\s+been|had\s+been|would\s+be|will\s+be|is\s+being|are\s+being)\s+)"
         + r"(?:dropped|scrapped|shelved|withdrawn|revoked|rescinded|repealed|abandoned|annulled|cancell?ed|reversed|retracted|ditched|abolished|put\s+on\s+hold|suspended|frozen|overturned)\b"
         # "will stop requiring", "ended the requirement"
         + "|" + verb("stop", "cease", "end", "drop", "scrap", "lift", "waive", "suspend")
         + r"\s+(?:(?:the|a|its|their|all)\s+)?(?:requiring|imposing|enforcing|charging|collecting|(?:[\w-]+\s+)?requirements?|mandatory)\b",
         cameo="0832", needs=frozenset(),
         examples=("The government dropped plans to raise taxes", "President Ruto withdrew the finance bill",
                   "The Israeli government shelved its judicial reform plan", "the plan was dropped",
                   "China will stop requiring quarantine")),
    Rule("concede.announce-ceasefire", T.CONCEDE,
         verb("declare", "announce", "call", "agree to", "accept", "offer", "propose") + r"\s+(?:\w+\s+){0,3}?(?:ceasefire|cease-fire|truce|pause\s+in\s+fighting|humanitarian\s+pause)",
         mode=(), cameo="0871", needs=frozenset({"actor"}),
         examples=("the rebels declared a unilateral ceasefire",)),
    Rule("concede.allow", T.CONCEDE,
         verb("allow", "permit", "let", "authorize", "authorise") + r"\s+(?:[\w'’.,()-]+\s+){1,20}?to\s+(?:return|participate|run|contest|enter|leave|hold|stage|bring|travel|visit|operate|resume|reopen|re-open|go|come|register|form|publish|broadcast|march|rally|campaign|stand)\b",
         cameo="080", future=AG, needs=frozenset({"actor"}),
         examples=("Turkey will allow up to 13,000 Turkish Kurd refugees who have lived in Iraq to return home",
                   "the court decided to allow candidate Alassane Ouattara to participate")),
    Rule("concede.call-off", T.CONCEDE,
         # the protesters end their own protest: "called off a strike", "ended its boycott"
         "(?:" + verb("call off", "suspend", "abandon", "give up") + r"\s+(?:(?!(?:to|for|of|in|on|against|over|during|after|amid|because)\b)[\w'’,-]+\s+){0,3}?"
         + "|" + verb("end") + r"\s+(?:its|their|his|her|a|the)\s+(?:[\w'’,-]+\s+){0,2}?)"
         + r"(?:strikes?|protests?|demonstrations?|boycotts?|sit-ins?|march(?:es)?|rall(?:y|ies)|walkouts?|blockades?|hunger\s+strikes?|stoppages?|picket(?:s|ing)?)\b",
         cameo="080", needs=frozenset({"actor"}),
         examples=("The union called off a strike at the port", "The opposition called off its boycott of parliament",
                   "miners ended their strike")),
    Rule("concede.bow-to", T.CONCEDE,
         # "bowed to opposition demands", "caved in to pressure from the unions"
         verb("bow", "bend", "cave in", "give in", "yield", "accede", "submit", "succumb") + r"\s+to\s+(?:[\w'’-]+\s+){0,3}?(?:demands?|pressure|calls?|protests?)\b",
         cameo="080", needs=frozenset({"actor"}),
         examples=("Kyrgyz President Askar Akayev bowed to opposition demands",)),
    Rule("concede.meet-demands", T.CONCEDE,
         # "meeting a key demand of the miners' union", "accepted the protesters' demands"
         verb("meet", "grant", "satisfy", "accept", "fulfil", "fulfill", "agree to")
         + r"\s+(?:(?!(?:no|none|not|any)\b)[\w'’-]+\s+){0,3}?demands?\b(?!\s+(?:for|that)\b)",
         cameo="080", needs=frozenset({"actor"}), recipient_preps=("of", "by", "from"),
         examples=("Eskom granted a wage increase, meeting a key demand of the union",
                   "The government accepted the protesters' demands")),
    Rule("concede.hand-over-power", T.CONCEDE,
         # "handed over power to a civilian government": a change of leadership conceded (CAMEO 0831)
         # "demanded that Hasina step down and hand power to": a bare verb after "and" is still the demand's
         r"(?<!\b(?:and|or)\s)"
         + verb("hand over", "hand", "transfer", "cede", "relinquish", "surrender", "give up", "turn over", "return")
         + r"\s+(?:(?:the|its|their|his|her|all|full|political|executive|state)\s+){0,2}(?:power|authority|the\s+presidency)\b"
         + r"(?=\s+(?:to|back)\b)",
         cameo="0831", future=CO, needs=frozenset({"actor"}), recipient_preps=("to",),
         examples=("The junta handed over power to a civilian government", "the military will transfer power to an elected government")),
    Rule("concede.unfreeze", T.CONCEDE,
         # "unfroze $6 billion in Iranian assets": an economic sanction eased (CAMEO 085)
         r"unfr(?:eeze|eezes|eezing|oze|ozen)\s+(?:[\w$€£.,'’-]+\s+){0,6}?(?:assets|funds|accounts|reserves|money|deposits|holdings|oil\s+revenues?)\b",
         cameo="085", needs=frozenset({"actor"}), recipient_preps=("to", "for"),
         examples=("Japan unfroze $6 billion in Iranian assets", "the US will unfreeze Afghan central bank reserves")),
    Rule("concede.concede", T.CONCEDE, verb("concede", "make concessions", "compromise", "back down", "back off", "relent", "give in", "yield to") + "|" + noun("concession"),
         cameo="080", needs=frozenset({"actor"}),
         examples=("the government made concessions to the strikers",)),
)


