"""Material cooperation: COOPERATE, AID, RETREAT (PLOVER quad class 2)."""

from __future__ import annotations

from typing import Final

from ..codes.plover import EventType, Mode
from . import Form, Rule, noun, phrase, verb

T = EventType
M = Mode
AG = EventType.AGREE
CO = EventType.CONCEDE

# "left 12 people dead", "leaving thousands homeless": the result of an act, not a departure;
# "as he left a mosque": one person going out of a building is no withdrawal.
_LEAVE = (
    r"(?<!\b(?:he|she)\s{1,3}(?:had\s{1,3}|has\s{1,3}|was\s{1,3})?)" + verb("leave")
    + r"(?!\s+(?:[\w'’-]+\s+){0,6}?(?:dead|wounded|injured|hurt|homeless|stranded|destitute|paralys[ea]d|in\s+ruins)\b)"
    # "leaving farmers short of water", "left thousands without power": a causative verb
    + r"(?!\s+(?:[\w'’,-]+\s+){1,5}?(?:short|without|homeless|stranded|dead|wounded|injured|exposed"
    r"|vulnerable|unable|in\s+the\s+dark|in\s+need|destitute|trapped|cut\s+off)\b)"
    + r"(?!\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:mosques?|church(?:es)?|temples?|synagogues?|homes?|house|office|hospital|restaurant|hotel|school|court(?:house)?|meeting|prayers|party|studio|building|polling\s+station)\b)"
)
# Armed forces named as what is withdrawn: "pulled its troops out of Kherson".
_FORCES = (
    r"(?:troops|forces|soldiers|units|fighters|militants|marines|tanks|warships|battalions?|brigades?"
    r"|contingents?|military\s+personnel|servicemen|paratroopers|artillery|heavy\s+weapons)\b"
)
# A short object before the forces, never a prepositional phrase ("withdrew from areas held by ...").
_OBJECT_GAP = r"\s+(?:(?!(?:from|to|in|into|at|on|by|after|as|with)\b)[\w'’,-]+\s+){0,4}?"
# Weapons handed in: "handed over their weapons" is disarmament, not an extradition.
_WEAPONS = r"(?:weapons|arms|guns|rifles|firearms|ammunition|munitions|explosives|heavy\s+weaponry)\b"

# Money a lender approves: "approved a $3 billion loan", not "approved the loan agreement".
LOAN_OBJECT: Final = (
    r"\s+(?:(?!(?:to|for|of|on)\b)[\w$€£.,'’-]+\s+){0,6}?(?:loans?|bailout|grants?|credits?|credit\s+lines?"
    r"|financing|disbursements?|tranches?|rescue\s+package|aid\s+package|support\s+package|financial\s+package|funding)\b"
    r"(?!\s+(?:agreements?|deal|accords?|talks|negotiations|request|application))"
)

# "talks", "the peace negotiations", "the EU-brokered dialogue" after "pulled out of"
_TALKS = (
    r"\s+(?:(?:the|its|their|his|her|all|further|ongoing|current|stalled|peace|direct|indirect|bilateral"
    r"|\w+-brokered|political|national)\s+){0,3}(?:talks|negotiations|dialogue|peace\s+process"
    r"|peace\s+conference)\b"
)

RULES: Final[tuple[Rule, ...]] = (
    # --- COOPERATE -------------------------------------------------------------------------------
    Rule("cooperate.share", T.COOPERATE,
         verb("share intelligence", "share information", "share evidence", "exchange intelligence", "exchange prisoners", "cooperate", "collaborate", "coordinate", "team up", "join forces", "work together", "conduct joint", "hold joint")
         # "partnered with": the noun "partner" ("a trading partner") is no event
         + r"|partner(?:s|ed|ing)?\s+with\b|partner(?:ed|ing)\b" + "|" + noun("joint patrol", "joint exercise", "joint operation", "prisoner exchange", "prisoner swap"),
         future=AG, cameo="060", recipient_preps=("with",),
         examples=("Israeli intelligence officials have shared evidence with the U.S.",
                   "the two armies conducted joint patrols")),
    Rule("cooperate.joint", T.COOPERATE, r"joint\s+(?:[\w-]+\s+){0,2}?(?:exercises|drills|war\s+games|patrols|operations|manoeuvres|maneuvers|investigation|task\s+force|commission|campaign|drive|initiative|venture|programme|program)",
         future=AG, cameo="062", needs=frozenset({"participant"}), recipient_preps=("with",),
         examples=("French and Egyptian warships held joint naval exercises",)),
    Rule("cooperate.resume-supplies", T.COOPERATE,
         # "resumed gas deliveries to Moldova", "restored electricity supplies to Gaza"
         verb("resume", "restore", "restart", "reopen", "increase", "boost", "step up")
         + r"\s+(?:(?:its|their|the|all|some|full|regular|limited|natural)\s+){0,2}(?:[\w-]+\s+)?(?:gas|fuel|oil|diesel|petrol|electricity|power|energy|water|grain|coal|crude)\s+(?:deliveries|supplies|shipments|exports|flows?|transit|sales|imports|pumping)\b"
         + "|" + verb("resume", "restart", "restore") + r"\s+(?:(?:the|its|their)\s+)?(?:deliveries|supplies|shipments|exports|sales|flows?)\s+of\s+(?:natural\s+)?(?:gas|fuel|oil|diesel|electricity|power|energy|water|grain|coal|crude)\b",
         future=AG, cameo="061", needs=frozenset({"actor"}), recipient_preps=("to", "with"),
         examples=("Russia resumed gas deliveries to Moldova", "Iran restored electricity supplies to Iraq",
                   "Egypt resumed deliveries of fuel to Gaza")),
    Rule("cooperate.resume-links", T.COOPERATE,
         # "resumed direct flights between Bishkek and Dushanbe", "restored rail links with"
         verb("resume", "restore", "restart", "reestablish", "re-establish")
         + r"\s+(?:(?:direct|commercial|passenger|cargo|regular|scheduled|international|bilateral|cross-border|all|the|their|its)\s+){0,3}"
         + r"(?:flights|air\s+(?:links|traffic|travel|services)|rail\s+(?:links|services|traffic)|train\s+services|ferry\s+(?:links|services)|bus\s+services|trade|shipping|postal\s+services)\b",
         future=AG, cameo="061", needs=frozenset({"actor"}), recipient_preps=("with", "to"),
         examples=("Kyrgyzstan and Tajikistan resumed direct flights between Bishkek and Dushanbe",
                   "India restored trade with Pakistan")),
    Rule("cooperate.begin-supplies", T.COOPERATE,
         # "began pumping natural gas to the United Arab Emirates", "started supplying electricity to Iraq"
         verb("begin", "start")
         + r"\s+(?:pumping|supplying|delivering|exporting|shipping|sending|selling|piping)\s+(?:(?:its|their|the|natural|liquefied|crude)\s+){0,2}(?:gas|oil|crude|electricity|power|fuel|water|LNG|grain)\b",
         future=AG, cameo="061", needs=frozenset({"actor"}), recipient_preps=("to", "with"),
         examples=("Qatar began pumping natural gas to the United Arab Emirates",)),
    Rule("cooperate.joint-crossing", T.COOPERATE,
         # "opened a joint checkpoint on the border": the two sides run it together
         verb("open", "reopen", "set up", "establish", "inaugurate", "run", "operate", "man", "launch")
         + r"\s+(?:(?:a|an|the|two|three|several|new|first)\s+){0,2}joint\s+(?:[\w-]+\s+){0,2}?(?:checkpoints?|border\s+(?:crossings?|posts?|points?)|crossings?|posts?|control\s+points?|border\s+control|customs\s+posts?|command\s+(?:centres?|centers?|posts?)|coordination\s+(?:centres?|centers?)|operations?\s+(?:centres?|centers?|rooms?))\b",
         future=AG, cameo="060", needs=frozenset({"participant"}), recipient_preps=("with",),
         examples=("Armenia and Azerbaijan opened a joint checkpoint on the border",
                   "the two countries opened a joint border crossing")),
    Rule("cooperate.share-records", T.COOPERATE,
         # "shared records of the suspects with Ugandan police", "handed evidence to the ICC"
         verb("share", "exchange", "pass on", "provide", "hand over", "turn over", "supply", "hand", "submit", "send", "give")
         + r"\s+(?:[\w'’,-]+\s+){0,3}?(?:records|evidence|data|intelligence|information|details|files|documents|dossiers?|findings|lists?|names|fingerprints|DNA\s+samples|satellite\s+(?:images|imagery|photos)|bank\s+records|flight\s+data|passenger\s+lists?)\b"
         + r"(?=\s+(?:[\w'’,.-]+\s+){0,8}?(?:with|to)\s+(?:the\s+|his\s+|its\s+|their\s+|[\w'’-]+\s+){0,3}?(?:(?-i:\p{Lu})|police|prosecutors|investigators|authorities|court|tribunal|counterparts|government|intelligence|agency|agencies|officials|allies))",
         future=AG, cameo="064", needs=frozenset({"actor"}), recipient_preps=("with", "to"),
         examples=("Kenya shared records of the suspects with Ugandan police",
                   "Ukraine shared evidence with the International Criminal Court")),
    Rule("retreat.hand-in-weapons", T.RETREAT,
         verb("hand over", "hand in", "turn over", "turn in", "give up", "surrender", "lay down", "put down") + r"\s+(?:[\w'’,-]+\s+){0,4}?" + _WEAPONS,
         mode=(M.DISARM,), future=CO, cameo="0873", recipient_preps=("to",), needs=frozenset({"actor"}),
         examples=("About 300 rebels handed over their weapons to the army",
                   "former fighters handed in 500 rifles")),
    Rule("retreat.cede-control", T.RETREAT,
         # "handed control of the airport to the UN", "handed over their positions in Bakhmut to":
         # ground given up, not people extradited (cooperate.extradite)
         verb("hand", "hand over", "cede", "relinquish", "surrender", "give up", "turn over", "hand back", "return")
         + r"\s+(?:(?:the|its|their|his|her|full|all|effective|military|security|administrative|operational|territorial)\s+){0,3}control\s+(?:of|over)\b"
         + "|" + verb("hand over", "cede", "relinquish", "surrender", "give up", "turn over", "hand back")
         + r"\s+(?:(?!(?:to|from|for|in)\b)[\w'’,-]+\s+){0,3}?(?:positions|territory|territories|bases|military\s+bases|outposts|strongholds|frontline\s+positions"
         + r"|the\s+(?:city|town|village|airport|port|base|province|region|area|district|territory|enclave|corridor|strip|islands?))\b",
         mode=(M.WITHDRAW,), future=CO, cameo="0874", needs=frozenset({"actor"}), recipient_preps=("to",),
         examples=("The army handed control of the airport to the United Nations",
                   "Wagner fighters handed over their positions in Bakhmut to Russian troops",
                   "The Taliban ceded control of the district")),
    Rule("retreat.control-handed", T.RETREAT,
         # "Control of the airport was handed over to Afghan forces by US troops": the agent gives up ground
         r"control\s+(?:of|over)\s+(?:[\w'’-]+\s+){1,4}?(?:was|were|has\s+been|have\s+been|had\s+been|will\s+be|is\s+being)\s+"
         r"(?:handed(?:\s+over|\s+back)?|ceded|transferred|returned|surrendered|relinquished)(?=\s+to\b)",
         form=Form.NOUN, mode=(M.WITHDRAW,), future=CO, cameo="0874", needs=frozenset({"actor"}), recipient_preps=("to",),
         examples=("Control of the airport was handed over to Afghan forces by US troops",)),
    Rule("cooperate.hand-over-to", T.COOPERATE,
         # "handed two suspected ETA members arrested in Bayonne over to Spain"
         verb("hand", "turn") + r"\s+(?:[\w'’.,-]+\s+){1,10}?over\s+to\b",
         future=AG, cameo="064", recipient_preps=("to",),
         needs=frozenset({"actor", "recipient"}),
         # freed captives "handed over to the Red Cross": the release's last step
         unless=r"\s*(?:the\s+|a\s+|an\s+)?(?:International\s+Committee\s+of\s+the\s+Red\s+Cross|ICRC"
         r"|Red\s+(?:Cross|Crescent)|(?:[\w-]+\s+){0,2}?(?:mediators|intermediaries))",
         examples=("French police handed two suspected ETA members over to Spain",)),
    Rule("cooperate.extradite", T.COOPERATE, verb("extradite", "hand over", "turn over", "surrender suspects"),
         future=AG, cameo="064", recipient_preps=("to",),
         needs=frozenset({"actor", "recipient"}),
         examples=("Libya handed over the suspects to Britain",)),
    Rule("cooperate.extradited", T.COOPERATE,
         # "was extradited to the United States by Colombia": the agent hands over, the destination receives
         # (ground handed over is a retreat: retreat.control-handed)
         r"(?<!\b(?:control|power|authority|positions|territory|bases|weapons|arms)\s(?:[\w'’-]+\s){0,4})"
         r"(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being|will\s+be|would\s+be)\s+(?:extradited|handed\s+over)(?=\s+to\b)",
         form=Form.NOUN, future=AG, cameo="063", recipient_preps=("to",), needs=frozenset({"actor", "recipient"}),
         examples=("The suspect was extradited to the United States by Colombia",)),
    # --- AID -------------------------------------------------------------------------------------
    Rule("aid.carrying", T.AID,
         # planes, ships or trucks carrying relief: "three Egyptian military aircraft carrying
         # tents, blankets and medicine landed in Benghazi"
         # (the vehicles named by their sender, "Egyptian military aircraft": "the president flew
         # in a plane carrying aid" names no donor)
         r"(?<=\b(?-i:\p{Lu})[\w'’-]+\s(?:[\w-]+\s){0,2}(?:aircraft|planes?|airplanes?|flights?|ships?|vessels?|trucks|lorries|convoys?|helicopters)\s)"
         r"(?:loaded\s+with|laden\s+with|carrying|bringing|ferrying|transporting|delivering)\s+(?:[\w,'’-]+\s+){0,6}?"
         r"(?:aid|humanitarian|relief|food|tents|blankets|medicine|medicines|medical\s+supplies|drinking\s+water|rations|vaccines?)\b",
         form=Form.STATE, future=AG, cameo="070", needs=frozenset({"actor"}), recipient_preps=("to", "for"),
         examples=("three Egyptian military aircraft carrying tents, blankets and medicine landed in Benghazi",
                   "Turkish ships loaded with humanitarian aid docked in Port Sudan")),
    Rule("aid.airdrop", T.AID,
         # "airdropped food to some 30,000 people" (the inflection table misses the doubled p)
         r"air-?dropp(?:ed|ing)\s+(?:[\w.,'’-]+\s+){0,4}?(?:aid|food|supplies|medicine|medical\s+supplies|water|rations|meals|relief|humanitarian)\b",
         future=AG, cameo="070", recipient_preps=("to", "for"), needs=frozenset({"actor"}),
         examples=("The World Food Programme airdropped food to 30,000 people",)),
    Rule("aid.give", T.AID,
         "(?:" + verb("provide", "send", "deliver", "donate", "supply", "give", "grant", "airlift", "extend", "disburse", "allocate", "channel", "dispatch", "airdrop") + "|shipped|shipping)"
         # "gave up their weapons" is a surrender (retreat.hand-in-weapons); "up to $5m" is aid
         + r"\s+(?!up\s+(?!to\b))(?:[\w.,'’-]+\s+){0,8}?(?:aid|assistance|relief|supplies|food|medicine|medical\s+supplies|(?:wheat|maize|corn|rice|grain|sorghum|flour|biscuits|blankets|drinking\s+water|fuel|vaccines?)\b|(?:tonnes|tons|truckloads|planeloads|shiploads|shipments|consignments|cartons|sacks|bags)\s+of|weapons|arms|ammunition|equipment|funds|funding|loans?|grants?|money|asylum|refuge|intelligence|photographs|information|dollars|euros|\$\s*[\d.,]+(?:\s+(?:million|billion|m|bn))?|tents|vaccines|humanitarian|goods|support\s+package|(?:air|military|financial|logistic(?:al)?|technical|intelligence|material|humanitarian|artillery|naval|medical|budget(?:ary)?)\s+support)",
         future=AG, cameo="070", recipient_preps=("to", "for"),
         needs=frozenset({"actor"}),
         examples=("Doctors from two American aid groups donated goods", "the US sent weapons to Ukraine",
                   "Japan provided $10 million in aid")),
    Rule("aid.distribute", T.AID,
         # "distributed food to 50,000 displaced people", "handed out blankets"
         verb("distribute", "hand out", "give out", "dole out")
         + r"\s+(?:(?!(?:to|in|at|among|on|by)\b)[\w.,'’-]+\s+){0,6}?(?:aid|food|relief|supplies|rations|meals|flour|rice|wheat|water|blankets|tents"
         + r"|medicines?|cash|vouchers|parcels|kits|seeds|fuel|clothes|clothing)\b",
         future=AG, cameo="073", recipient_preps=("to", "for", "among"), needs=frozenset({"actor"}),
         examples=("The World Food Programme distributed food to 50,000 displaced people",
                   "volunteers handed out blankets and hot meals")),
    Rule("aid.care", T.AID,
         # "provided medical care to the wounded", "gave shelter to the families"
         verb("provide", "give", "extend", "offer")
         + r"\s+(?:(?:free|emergency|urgent|basic|temporary|immediate|first|life-saving|lifesaving)\s+){0,2}(?:medical\s+(?:care|treatment|attention|services)|first\s+aid|treatment|shelter|sanctuary|safe\s+haven)\b"
         + r"(?=\s+(?:to|for)\b)",
         future=AG, cameo="073", recipient_preps=("to", "for"), needs=frozenset({"actor"}),
         examples=("The Red Cross provided medical care to the wounded", "India gave shelter to thousands of refugees")),
    Rule("aid.announce", T.AID,
         # "announced $400 million in military aid for Ukraine", "unveiled a 50 million euro aid package"
         verb("announce", "unveil", "approve", "earmark")
         # only an amount and determiners between: "announced Wednesday it would prohibit all aid" is no aid
         + r"\s+(?:(?:an?|the|its|their|another|new|fresh|additional|further|extra|more|nearly|almost|about|around|some|over|than|in|of|worth"
         + r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|[$€£]?\s*[\d.,]+(?:-\w+)?|million|billion|trillion|m|bn|euros?|dollars?|pounds?|yen|yuan)\s+){0,6}?"
         + r"(?:(?:military|humanitarian|economic|financial|security|emergency|development|food|relief|reconstruction|new|fresh|additional)\s+){0,2}"
         + r"(?:aid|assistance|relief|(?:aid|rescue|relief|support|weapons|arms)\s+packages?|packages?\s+of\s+(?:[\w-]+\s+)?(?:aid|assistance|weapons|arms))\b"
         + r"(?!\s+(?:cuts?|freezes?|suspensions?|reviews?|restrictions?|workers?|agenc(?:y|ies)|groups?|officials?|organi[sz]ations?|budget|policy|polic(?:y|ies)|bill|legislation|request))",
         future=AG, cameo="070", recipient_preps=("to", "for"), needs=frozenset({"actor"}),
         examples=("The United States announced $400 million in military aid for Ukraine",
                   "The EU unveiled a 50 million euro aid package for Syria")),
    Rule("aid.deposit", T.AID,
         # "deposited $3 billion in Pakistan's central bank": a deposit that props up a currency
         verb("deposit", "park", "place", "inject", "pump") + r"\s+(?:[\w$€£.,'’-]+\s+){0,6}?(?:in|with|into|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?central\s+bank\b"
         + "|" + noun("deposit") + r"\s+(?:of\s+)?(?:[\w$€£.,'’-]+\s+){0,5}?(?:in|with|into|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?central\s+bank\b",
         future=AG, cameo="071", needs=frozenset({"actor"}), recipient_preps=("in", "with", "into", "at", "to"),
         examples=("Saudi Arabia deposited $3 billion in Pakistan's central bank",
                   "The UAE will deposit $2 billion with the Central Bank of Egypt")),
    Rule("aid.field-hospital", T.AID,
         # "opened a field hospital for quake victims", "set up a clinic for the wounded"
         verb("open", "set up", "establish", "build", "erect", "deploy", "send", "run", "operate", "inaugurate")
         + r"\s+(?:(?:a|an|the|two|three|several|its|their|new|second|first|large|small)\s+){0,2}"
         + r"(?:(?:field|trauma|mobile|military|makeshift|emergency|temporary|floating|tent)\s+(?:[\w-]+\s+)?(?:hospitals?|clinics?|medical\s+(?:centres?|centers?|posts?|points?|units?))\b"
         + r"|(?:[\w-]+\s+)?(?:hospitals?|clinics?|medical\s+(?:centres?|centers?|posts?|points?))(?=\s+(?:[\w'’,-]+\s+){0,3}?for\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:victims|wounded|injured|refugees|displaced|survivors|evacuees|casualties)\b))",
         future=AG, cameo="073", needs=frozenset({"actor"}), recipient_preps=("for", "in"),
         examples=("Jordan opened a field hospital for victims of the earthquake",
                   "The Red Cross opened a trauma hospital in Gaza", "Turkey opened a clinic for the wounded")),
    Rule("aid.release-funds", T.AID,
         # "released 50 million euros in aid for Sudan", "disbursed a $1 billion tranche"
         verb("release", "unlock", "unblock", "free up", "disburse", "transfer", "wire")
         + r"\s+(?:(?!(?:on|about|from|by|as|of)\b)[\w$€£.,'’-]+\s+){0,5}?"
         + r"(?:funds|funding|money|aid|assistance|relief\s+funds|grants?|tranches?|loans?|dollars|euros|pounds|\$\s*[\d.,]+(?:\s+(?:million|billion|m|bn))?|(?:million|billion)\s+(?:dollars|euros|pounds|(?-i:\p{Lu}\w+)))\b"
         + r"(?!\s+(?:statement|report|figures|data|workers?|staff|officials|volunteers|convoys?|agency|agencies|group|groups))",
         future=AG, cameo="071", needs=frozenset({"actor"}), recipient_preps=("to", "for"),
         examples=("The European Union released 50 million euros in aid for Sudan",
                   "The government released funds for flood victims")),
    Rule("aid.approve-loan", T.AID,
         # a lender's board approving a loan is the aid (IMF, World Bank), not an agreement
         verb("approve", "sign off on", "greenlight", "green-light", "clear", "unlock")
         + LOAN_OBJECT,
         future=AG, cameo="071", needs=frozenset({"actor"}), recipient_preps=("to", "for"),
         examples=("The IMF approved a $3 billion loan for Pakistan", "The World Bank approved a $500 million grant for Ethiopia",
                   "The IMF board approved a bailout for Sri Lanka")),
    Rule("aid.military-advisers", T.AID,
         # trainers sent to another army are military aid, not a mobilisation
         verb("send", "deploy", "dispatch", "station", "provide", "second")
         + r"\s+(?:[\w'’,-]+\s+){0,3}?(?:military\s+|special\s+forces\s+|army\s+|police\s+)?(?:instructors|advisers|advisors|trainers|training\s+(?:missions?|teams?))\b",
         future=AG, cameo="072", needs=frozenset({"actor"}), recipient_preps=("to", "in"),
         examples=("Britain sent military instructors to train Ukrainian forces",
                   "The United States will send military advisers to Nigeria")),
    Rule("aid.deliver-arms", T.AID,
         # arms delivered or flown to a country are aid; troops and arms sent or moved are mobilisation
         verb("deliver", "supply", "donate", "airlift", "fly", "ship", "transfer", "provide", "hand over")
         + r"\s+(?:(?!to\b)[\w.,'’-]+\s+){0,5}?(?:missiles|rockets|tanks|artillery|drones|air\s+defen[cs]e\s+systems|fighter\s+jets|howitzers|shells|munitions|armou?red\s+vehicles|rocket\s+launchers|military\s+equipment|military\s+hardware|helicopters|gunships|warplanes|patrol\s+boats|rifles)\b",
         future=AG, cameo="070", recipient_preps=("to", "for"), needs=frozenset({"actor"}),
         # "surrendered to the army, handing over rifles": the weapons of a surrender
         not_after=r"\bsurrender(?:ed|ing|s)?\b[^.;]{0,80}?",
         examples=("Germany delivered air defence missiles to Ukraine", "Washington airlifted tanks to Kyiv")),
    Rule("aid.deliver-systems", T.AID,
         # "four more IRIS-T air-defence systems", "two Patriot missile systems"
         verb("deliver", "supply", "donate", "airlift", "ship", "transfer", "provide")
         + r"\s+(?:(?!to\b)[\w.,'’-]+\s+){0,5}?(?:air-defen[cs]e|missile|rocket|artillery|weapons?|radar)\s+systems\b",
         future=AG, cameo="070", recipient_preps=("to", "for"), needs=frozenset({"actor"}),
         examples=("Germany has delivered four more IRIS-T air-defence systems to Ukraine",)),
    Rule("aid.hand-money", T.AID,
         # "Qatar handed Lebanon's army $20 million", "handed over 5 million euros to the UN agency"
         verb("hand", "hand over")
         + r"\s+(?:(?!to\b)[\w.,'’-]+\s+){0,4}?(?:(?:US)?\$\s*[\d.,]+|[\d.,]+\s+(?:million|billion)\s+(?:dollars|euros|pounds)|cash|funds)\b",
         future=AG, cameo="071", recipient_preps=("to",), needs=frozenset({"actor"}),
         examples=("Qatar handed Lebanon's army $20 million",)),
    Rule("aid.fly", T.AID,
         verb("fly", "airdrop", "truck", "ferry")
         + r"\s+(?:(?!(?:to|in|into|from|with|over|on|out|back|home)\b)[\w.,'’-]+\s+){0,5}?(?:aid|assistance|relief|supplies|food|medicine|medical\s+supplies|weapons|arms|ammunition|equipment|tents|vaccines|fuel|water|blankets)\b",
         future=AG, cameo="070", recipient_preps=("to", "for"), needs=frozenset({"actor"}),
         examples=("Jordan flew medical supplies to Gaza", "the army trucked food to the town")),
    Rule("aid.flown", T.AID,
         # "Tons of medicine were flown to Benghazi by the Red Cross": the agent gives
         r"(?:aid|assistance|relief|supplies|food|medicine|medicines|medical\s+supplies|weapons|arms|ammunition|equipment|tents|vaccines|fuel|blankets|missiles|tanks)"
         r"\s+(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being)\s+(?:flown|airlifted|airdropped|shipped|delivered|trucked|sent|donated)\b",
         form=Form.NOUN, future=AG, cameo="070", recipient_preps=("to", "for"), needs=frozenset({"actor"}),
         examples=("Tons of medicine were flown to Benghazi by the Red Cross",)),
    Rule("aid.deliveries-of", T.AID,
         # the nominal of aid.deliver-arms: "Germany's deliveries of weapons to Kyiv", "the
         # shipment of arms to Ukraine by Germany"; the giver is the possessor or the agent
         noun("delivery", "shipment", "transfer", "consignment") + r"\s+of\s+(?:[\w.,'’-]+\s+){0,4}?"
         + r"(?:weapons|arms|tanks|missiles|rockets|ammunition|munitions|artillery|shells|howitzers|drones|fighter\s+jets|warplanes"
         + r"|air\s+defen[cs]e\s+systems|armou?red\s+vehicles|military\s+(?:aid|equipment|hardware)|humanitarian\s+aid|aid|relief|food|medicine|medical\s+supplies|vaccines)\b"
         # "the shipment of food to Tigray was blocked": stopped, not given
         + r"(?!(?:\s+[\w'’-]+){0,4}?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:blocked|halted|stopped|suspended|delayed|seized|intercepted|cancell?ed|denied|refused|turned\s+back)\b)",
         form=Form.NOUN, future=AG, cameo="070", recipient_preps=("to", "for"), needs=frozenset({"actor"}),
         examples=("Germany's deliveries of weapons to Kyiv have accelerated",
                   "The shipment of arms to Ukraine by Germany began")),
    Rule("aid.noun", T.AID, phrase("aid convoy", "aid convoys", "aid shipment", "aid shipments", "airdrop", "airdrops", "air drops", "food aid", "humanitarian aid", "military aid", "arms deliveries", "weapons deliveries", "relief supplies"),
         form=Form.NOUN, future=AG, cameo="070", recipient_preps=("to", "for"),
         needs=frozenset({"actor"}),
         examples=("an aid convoy reached Gaza",)),
    Rule("aid.take-in-refugees", T.AID,
         # "has taken in 20,000 Sierra Leonean refugees"
         verb("take in", "admit", "accept", "receive", "welcome", "shelter", "host", "resettle") + r"\s+(?:[\w,'’-]+\s+){0,4}?(?:refugees|asylum[\s-]+seekers|displaced\s+(?:people|persons|families)|evacuees)\b",
         future=AG, cameo="070", needs=frozenset({"actor"}),
         examples=("Guinea has taken in some 20,000 Sierra Leonean refugees",)),
    Rule("aid.train", T.AID, r"aid(?:ed|ing)|" + verb("train", "equip", "fund", "finance", "bankroll", "evacuate", "rescue", "shelter", "host refugees", "treat the wounded")
         # "arms"/"armed" as a verb is followed by its object, never "arms dealer", "armed men"
         + r"|(?<!\b(?:heavily|lightly|well|better|poorly|fully|their|its|his|her|the|of|small|heavy|down|and)\s{1,3})arm(?:s|ed|ing)?"
         r"(?=\s+(?:and\s+train|by\s|the\b|its\b|their\b|(?-i:\p{Lu})|(?:local|rival|tribal|pro-government|anti-government|rebel|Kurdish|Sunni|Shiite|Shia)\s+(?:[\w-]+\s+)?(?:militias?|groups?|fighters|forces|tribes|rebels|civilians|villagers))|\s+(?:militias?|rebels|fighters|civilians|villagers|tribesmen|settlers|insurgents|proxies)\b)",
         future=AG, cameo="070", needs=frozenset({"actor", "recipient"}),
         examples=("NATO trained Afghan forces", "the UN evacuated civilians", "Iran arms the Houthis",
                   "the army armed local militias")),
    Rule("aid.evacuation", T.AID, noun("evacuation", "airlift", "rescue operation", "humanitarian corridor"),
         form=Form.NOUN, future=AG, cameo="073", recipient_preps=("of", "for"),
         needs=frozenset({"actor"}),
         examples=("officials announced the evacuation of residents",)),
    Rule("aid.peacekeepers", T.AID, verb("deploy", "send", "dispatch") + r"\s+(?:\w+\s+){0,3}?(?:peacekeepers|peacekeeping\s+(?:troops|force|mission)|observers|monitors|medical\s+teams?|rescue\s+teams?|aid\s+workers)",
         future=AG, cameo="074", recipient_preps=("to", "in"),
         needs=frozenset({"actor"}),
         examples=("the AU deployed peacekeepers to Somalia",)),
    Rule("aid.receive", T.AID,
         # "received a shipment of 200 tonnes of rice from Australia": the giver after "from"
         # acts on the subject (the engine swaps the two)
         verb("receive", "take delivery of", "accept", "obtain") + r"\s+(?:[\w.,'’$-]+\s+){0,8}?(?:aid|assistance|relief|supplies|shipments?|deliveries|consignments?|tonnes|tons|weapons|arms|missiles|ammunition|vaccines?|doses|loans?|grants?|funds|funding|food|fuel|rice|wheat|equipment|donations?|tanks|drones|jets|aircraft|helicopters|systems)\b(?:\s+(?:of\s+)?[\w-]+){0,3}?(?=\s+from\b)",
         cameo="070", needs=frozenset({"actor", "recipient"}),
         examples=("Papua New Guinea received a shipment of rice from Australia",
                   "Ukraine took delivery of 20 tanks from Poland")),
    Rule("aid.send-responders", T.AID,
         # "sent 50 firefighters and two water-bombing aircraft to Bolivia", "flew in rescuers"
         verb("send", "dispatch", "deploy", "fly", "fly in") + r"\s+(?:[\w,'’-]+\s+){0,5}?(?:firefighters|fire\s+fighters|rescuers|rescue\s+workers|search[\s-]+and[\s-]+rescue|doctors|medics|paramedics|nurses|medical\s+(?:staff|personnel|workers)|relief\s+workers|humanitarian\s+workers|disaster\s+(?:experts|teams?)|water[\s-]bombing|firefighting\s+(?:aircraft|planes|helicopters))\b",
         future=AG, cameo="073", recipient_preps=("to", "in"),
         needs=frozenset({"actor"}),
         examples=("Brazil sent 50 firefighters to Bolivia", "Turkey dispatched search-and-rescue teams to Syria")),
    Rule("aid.teams-arrive", T.AID,
         # "Chinese rescue teams and relief supplies arrived in Myanmar": help that came
         r"(?:rescue|relief|aid|medical|humanitarian|search[\s-]+and[\s-]+rescue|emergency|disaster)\s+"
         r"(?:teams?|workers|supplies|convoys?|shipments?|personnel|experts|flights?|planes?)\s+"
         r"(?:and\s+(?:[\w-]+\s+){0,2}?(?:teams?|workers|supplies|convoys?|aid)\s+)?"
         r"(?:have\s+|has\s+)?(?:arrived|landed|reached)\b",
         form=Form.NOUN, cameo="073", recipient_preps=("in", "at"), needs=frozenset({"actor"}),
         examples=("Chinese rescue teams and relief supplies arrived in Myanmar",
                   "Turkish aid convoys reached Gaza")),
    # --- RETREAT ---------------------------------------------------------------------------------
    Rule("retreat.pullback", T.RETREAT,
         # "completed their pullback from the west bank of the Dnipro"
         noun("pullback", "pull-back"),
         form=Form.NOUN, mode=(M.WITHDRAW,), future=CO, cameo="0874", needs=frozenset({"actor", "armed"}),
         of_is_actor=True,
         examples=("Russian forces completed their pullback from the city",)),
    Rule("retreat.withdraw", T.RETREAT,
         "(?:" + verb("withdraw", "retreat", "evacuate", "vacate", "abandon", "exit", "pull back", "fall back", "relocate")
         # "withdrew the finance bill", "abandoned the plan": a concession (concede.drop-measure)
         + r")(?!\s+(?:(?:the|its|their|his|her|a|an|controversial|proposed|planned|new|draft|finance|tax|judicial)\s+){0,3}(?:[\w-]+\s+)?(?:plans?|reforms?|bills?|decrees?|laws?|legislation|proposals?|amendments?|polic(?:y|ies)|nominations?|candidac(?:y|ies)|complaints?|lawsuits?|charges|demands?|offers?|support|objections?|requests?|applications?)\b)"
         # leaving talks halts negotiations (sanction.halt-talks), not a military withdrawal
         + r"(?!\s+from" + _TALKS + ")"
         + "|" + _LEAVE + "|" + verb("pull", "move", "ship", particle="out") + r"(?!\s+of" + _TALKS + ")"
         + "|" + noun("withdrawal", "pullout", "pull-out", "retreat", "exit", "departure", "drawdown"),
         mode=(M.WITHDRAW,), future=CO, cameo="0874", needs=frozenset({"actor", "armed"}),
         of_is_actor=True,
         # "evacuated 43 patients", "hundreds of injured Haitians": a rescue of people (aid)
         unless=r"(?<=\bevacuat(?:e|es|ed|ing))\s+(?:[\w,'’-]+\s+){0,4}?(?:patients|civilians|residents"
         r"|wounded|injured|children|people|refugees|nationals|citizens|foreigners|villagers|survivors"
         r"|families|sick|(?-i:\p{Lu}\w+ans|\p{Lu}\w+is))\b",
         examples=("90 per cent of its troops had withdrawn from the country", "with US troops leaving Afghanistan",
                   "most US troops having pulled out of key areas", "the hasty exit of American and other NATO troops")),
    Rule("retreat.withdraw-forces", T.RETREAT,
         # the forces are named, so a state that withdraws them needs no armed subject
         verb("withdraw", "evacuate", "recall", "redeploy") + _OBJECT_GAP + _FORCES
         + "|" + verb("pull", "bring", "move", "ship") + _OBJECT_GAP + _FORCES + r"\s+(?:[\w'’-]+\s+){0,2}?(?:out|back|home)\b",
         mode=(M.WITHDRAW,), future=CO, cameo="0874", needs=frozenset({"actor"}),
         examples=("Russia pulled its troops out of Kherson", "The United States pulled all of its troops out of Afghanistan",
                   "France withdrew its last soldiers from Mali")),
    Rule("retreat.flee", T.RETREAT,
         # "desert" as a noun ("the desert border") is no desertion
         verb("flee", "escape", "defect", "cross into", "seek refuge", "pour into", "take refuge")
         + r"|desert(?:ed|ing)|deserts?(?=\s+(?:the\s+(?:army|military|ranks|force)|their|his|its|en\s+masse|from)\b)",
         mode=(M.WITHDRAW,), future=CO, cameo="0874", needs=frozenset({"actor", "armed"}),
         of_is_actor=True,
         # "the attackers fled on motorcycles": perpetrators leaving the scene of their crime
         not_after=r"\b(?:attackers|assailants|gunmen|gunman|kidnappers|abductors|robbers|perpetrators"
         r"|killers|bombers|suspects|suspect|hijackers|thieves|looters)(?:\s+(?:then|later|had|have|reportedly|quickly|all|both))?"
         # "shot dead a police officer before fleeing the scene": the attackers get away
         r"|\bbefore",
         examples=("hundreds of Afghan soldiers had fled to neighbouring Tajikistan",)),
    Rule("retreat.surrender", T.RETREAT, verb("surrender", "capitulate", "give up", "lay down arms", "lay down their arms", "lay down weapons", "hand over weapons", "disarm", "demobilize", "demobilise", "yield") + "|" + noun("surrender", "disarmament", "demobilization", "demobilisation"),
         mode=(M.DISARM,), future=CO, cameo="0873", recipient_preps=("to",), of_is_actor=True,
         needs=frozenset({"participant"}),
         # "yielded to the workers' demands", "gave in to pressure": a concession (concede.bow-to)
         unless=r"(?:in\s+)?to\s+(?:[\w'’-]+\s+){0,3}?(?:demands?|pressure|calls?|protests?)\b",
         examples=("some troops reportedly surrendering to the militant group",)),
    Rule("retreat.release", T.RETREAT, verb("release", "free", "set free", "let go", "pardon", "amnesty", "swap prisoners") + "|" + noun("release"),
         mode=(M.RELEASE,), future=CO, cameo="0841",
         needs=frozenset({"actor", "recipient"}),
         examples=("the rebels released 12 hostages", "Iran freed two Americans")),
    Rule("retreat.return-people", T.RETREAT,
         # "North Korea returned two South Korean fishermen", "repatriated 40 prisoners of war"
         verb("return", "hand back", "repatriate", "send back")
         + r"\s+(?:[\w,'’-]+\s+){0,4}?(?:fishermen|sailors|seamen|crew\s+members|crew|prisoners(?:\s+of\s+war)?|POWs|detainees|captives|hostages|abductees|soldiers|servicemen|nationals|citizens)\b",
         mode=(M.RELEASE,), future=CO, cameo="0841", needs=frozenset({"actor"}),
         recipient_preps=("to",),
         examples=("North Korea returned two South Korean fishermen",)),
    Rule("retreat.exchange-prisoners", T.RETREAT,
         # "handed over 15 prisoners each", "exchanged 200 prisoners of war"
         verb("hand over", "exchange", "swap", "return", "hand back") + r"(?=\s+(?:[\w,'’-]+\s+){0,4}?(?:prisoners|hostages|captives|detainees|prisoners\s+of\s+war|POWs)\b)",
         mode=(M.RELEASE,), future=CO, cameo="0841",
         needs=frozenset({"actor", "recipient"}),
         examples=("the two sides exchanged 15 prisoners", "the rebels handed over 20 captives")),
    Rule("retreat.amnesty", T.RETREAT,
         # "granted amnesty to 500 political prisoners": the pardon frees them (CAMEO 0841)
         verb("grant", "give", "extend", "declare", "issue")
         + r"\s+(?:(?:an?|the|general|blanket|full|presidential|royal|mass)\s+){0,2}(?:amnest(?:y|ies)|pardons?)\b(?=\s+(?:to|for)\b)",
         mode=(M.RELEASE,), future=CO, cameo="0841", needs=frozenset({"actor"}), recipient_preps=("to", "for"),
         examples=("The government granted amnesty to 500 political prisoners", "the king issued a royal pardon to the activists")),
    Rule("retreat.amnesty-granted", T.RETREAT,
         # "An amnesty was granted to 300 rebels by the government"
         r"(?:amnest(?:y|ies)|pardons?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:granted|given|extended|issued)(?=\s+(?:to|for)\b)",
         form=Form.NOUN, mode=(M.RELEASE,), future=CO, cameo="0841", needs=frozenset({"actor"}), recipient_preps=("to", "for"),
         examples=("An amnesty was granted to 300 rebels by the government",)),
    Rule("retreat.decommission", T.RETREAT,
         # "decommissioned its weapons", "put its arms beyond use"
         verb("decommission", "destroy", "dismantle") + r"\s+(?:(?:its|their|his|her|the|all|remaining|last)\s+){0,2}(?:weapons|arms|arsenals?|weaponry)\b"
         + r"|put\s+(?:[\w'’,-]+\s+){0,4}?beyond\s+use\b",
         mode=(M.DISARM,), future=CO, cameo="0873", needs=frozenset({"actor"}),
         examples=("The IRA decommissioned its weapons", "the group put its arms beyond use")),
    Rule("retreat.reopen-crossing", T.RETREAT,
         # "reopened the Torkham border crossing", "reopened its airspace": access allowed again
         verb("reopen", "re-open")
         + r"\s+(?:(?:the|its|their|a|an|key|main|vital|two|three|several|all)\s+){0,2}(?:[\w'’-]+\s+){0,2}?(?:border|borders|frontier|crossings?|border\s+crossings?|border\s+posts?|checkpoints?|airspace|corridors?|crossing\s+points?)\b",
         mode=(M.ACCESS,), future=CO, cameo="086", needs=frozenset({"actor"}), recipient_preps=("with", "to", "for"),
         examples=("Pakistan reopened the Torkham border crossing with Afghanistan", "Israel reopened the Erez crossing",
                   "Georgia reopened its airspace to Russian airlines")),
    Rule("retreat.cease-fire", T.RETREAT, verb("cease fire", "hold fire", "stop firing", "halt fire", "silence their guns", "lay down their arms"),
         mode=(M.CEASEFIRE,), future=CO, cameo="0871", needs=frozenset({"participant"}),
         examples=("both sides ceased fire at midnight",)),
    Rule("retreat.halt-operations", T.RETREAT,
         # "troops would suspend offensive operations", "halted air strikes", "stopped the shelling"
         verb("suspend", "halt", "stop", "cease", "end", "pause", "call off", "wind down", "scale back") + r"\s+(?:(?:all|its|their|the|his|her|military|offensive|combat|air|ground|further|cross-border)\s+){0,3}?(?:operations|offensives?|hostilities|bombing|bombardments?|air\s*strikes|airstrikes|shelling|attacks|raids)\b",
         mode=(M.CEASEFIRE,), future=CO, cameo="0871", needs=frozenset({"actor"}),
         examples=("troops would suspend offensive operations against the ELN",
                   "Israel halted its air strikes on Gaza")),
    Rule("retreat.ceasefire", T.RETREAT, r"(?:observ(?:e|es|ed|ing)|respect(?:s|ed|ing)?|implement(?:s|ed|ing)?|hold(?:s|ing)?|held)\s+(?:a\s+|the\s+)?(?:\w+\s+){0,2}?(?:ceasefire|cease-fire|truce)|" + phrase("ceasefire took effect", "ceasefire takes effect", "ceasefire came into force", "truce took effect", "guns fell silent", "ceasefire held"),
         mode=(M.CEASEFIRE,), future=CO, cameo="0871", needs=frozenset(),
         examples=("the ceasefire took effect at midnight",)),
    Rule("retreat.access", T.RETREAT, verb("allow", "grant", "give", "permit") + r"\s+(?:\w+\s+){0,4}?(?:access|entry|passage|in\b(?=\s*+(?:[,.;:)]|$|to\b|through\b|from\b|via\b|across\b)))|" + verb("open") + r"\s+(?:\w+\s+){0,3}?(?:humanitarian\s+corridor|border\s+crossing|crossings?|corridors?)",
         mode=(M.ACCESS,), future=CO, cameo="0843",
         needs=frozenset({"actor"}),
         examples=("Israel allowed aid trucks access", "Kyiv opened a humanitarian corridor")),
    Rule("retreat.let-in-team", T.RETREAT,
         # "allowed a team of United Nations human rights investigators into Darfur": a long
         # "team of ..." before the place let into
         verb("allow", "let", "permit", "admit", "authorise", "authorize")
         + r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:teams?|delegations?|missions?|groups?|convoys?|panels?)\s+of\s+(?:[\w'’.,()-]+\s+){0,6}?"
         r"(?:into|in\s+to|to\s+enter|enter|to\s+visit|visit|to\s+reach|reach|to\s+access|access)\b",
         mode=(M.ACCESS,), future=CO, cameo="0863", needs=frozenset({"actor"}),
         examples=("Sudan allowed a team of United Nations human rights investigators into Darfur",)),
    Rule("retreat.let-in", T.RETREAT,
         # "allowed a team of UN officials into Gaza", "let an aid convoy enter the valley"
         verb("allow", "let", "permit", "admit", "authorise", "authorize")
         + r"\s+(?:[\w'’.,()-]+\s+){0,5}?(?:teams?|officials|inspectors|monitors|observers|investigators|experts|journalists|reporters|aid|convoys?|trucks|lorries|workers|delegations?|missions?|peacekeepers|doctors|medics|envoys?|diplomats|supplies|shipments?|rapporteurs?|staff)"
         + r"\s+(?:[\w'’.,-]+\s+){0,3}?(?:into|in\s+to|to\s+enter|enter|to\s+visit|visit|to\s+reach|reach|to\s+cross(?:\s+into)?|cross(?:\s+into)?|to\s+access|access|through)\b",
         mode=(M.ACCESS,), future=CO, cameo="0863", needs=frozenset({"actor"}),
         examples=("Israel allowed a team of UN officials into Gaza", "The Taliban let an aid convoy enter the Panjshir valley",
                   "Israel allowed aid trucks to enter Gaza")),
    Rule("retreat.lift-blockade", T.RETREAT,
         verb("lift", "end", "ease", "break", "relax", "open") + r"\s+(?:[\w'’,-]+\s+){0,5}?(?<!\b(?:media|information|news|internet|communications?)\s)(?:blockade|siege|closure|cordon|checkpoints?|roadblocks?)",
         mode=(M.ACCESS,), future=EventType.CONCEDE, cameo="0843", needs=frozenset({"actor"}),
         examples=("The Israeli army lifted Friday a day-old blockade on Palestinian lorries",)),
    Rule("retreat.receive-observers", T.RETREAT, verb("receive", "admit", "welcome", "accept") + r"\s+(?:\w+\s+){0,3}?(?:observers|monitors|inspectors|peacekeepers|investigators)",
         mode=(M.ACCESS,), future=CO, cameo="0843",
         needs=frozenset({"actor"}),
         examples=("Kyrgyz Prime Minister Nikolai Tanaev received a mission of observers from the OSCE",)),
    Rule("retreat.return", T.RETREAT, verb("return", "hand back", "give back", "restore") + r"\s+(?:[\w'’-]+\s+){0,4}?(?:weapons|arms|territory|bodies|remains|prisoners|hostages|detainees|equipment|captives)",
         mode=(M.RELEASE,), future=AG, cameo="0841", needs=frozenset({"actor"}),
         examples=("the RUF will return weapons and military equipment seized last year",)),
    Rule("retreat.resign", T.RETREAT, verb("resign", "step down", "quit", "stand down", "abdicate") + "|" + noun("resignation"),
         mode=(M.RESIGN,), future=CO, cameo="0833", needs=frozenset({"actor"}),
         examples=("the prime minister resigned",)),
    Rule("retreat.compensate", T.RETREAT,
         verb("pay compensation", "pay reparations", "compensate", "return property", "return land")
         # "restore order", "restore calm": security forces act, they give nothing back
         + "|" + verb("restore") + r"(?!\s+(?:[\w'’-]+\s+){0,2}?(?:order|calm|peace|security|stability|law|normalcy|normality|control|authority|power|electricity|services|internet|water|confidence|trust|democracy|constitutional)\b)",
         future=CO, cameo="080", needs=frozenset({"actor"}),
         examples=("Uganda said it had paid compensation to 67 British nationals",)),
)
