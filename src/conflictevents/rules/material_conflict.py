"""Material conflict: ASSAULT, COERCE, MOBILIZE, SANCTION, PROTEST (PLOVER quad class 4)."""

from __future__ import annotations

from typing import Final

from ..codes.plover import EventType, Mode
from . import Form, Rule, inflections, noun, phrase, verb

T = EventType
M = Mode
TH = EventType.THREATEN

_LIGHT = r"(?:launch|launches|launched|launching|carr(?:y|ies|ied|ying)\s+out|stag(?:e|es|ed|ing)|mount(?:s|ed|ing)?|conduct(?:s|ed|ing)?|unleash(?:es|ed|ing)?|began|begin|begins|started|starts|start|initiat(?:e|es|ed|ing)|continu(?:e|es|ed|ing))"
# "striking miners", "strike group": the strike word names people on strike or a unit, no attack.
_NOT_STRIKE_NOUN = (
    r"(?!(?<=\bstriking)\s+(?:[\w-]+\s+)?(?:miners|workers|teachers|doctors|nurses|employees|staff|dockers|drivers|students|unions?|pilots|farmers|truckers|journalists|civil\s+servants|labou?rers|protesters|health\s+workers)\b)"
    r"(?!(?<=\bstrike)\s+(?:groups?|forces?|teams?)\b)"
)
# A gap of modifiers before a noun: "an indefinite dusk-to-dawn curfew", "a strict 24-hour curfew".
# Never a preposition or a verb of ending: "extended the deadline for lifting the curfew".
_MODIFIERS = r"(?:\s+(?!(?:for|of|on|to|in|at|lifting|easing|ending|relaxing)\b)[\w'’-]+){0,4}?"
# What is sent, moved or ordered somewhere when forces are mobilised.
_MILITARY_UNITS = (
    r"(?:troops|soldiers|warships|forces|tanks|jets|warplanes|fighter\s+jets|fighters|militants|militiamen"
    r"|aircraft\s+carriers?|(?:aircraft\s+)?carrier(?:\s+strike)?\s+groups?|strike\s+groups?|reinforcements"
    r"|paratroopers|marines|battalions?|brigades?|divisions?|naval\s+vessels|destroyers|frigates|submarines"
    r"|missiles|artillery|armou?red\s+vehicles|armou?r|rocket\s+launchers|air\s+defen[cs]e\s+systems|bombers"
    r"|riot\s+police|police\s+reinforcements|gunmen|armed\s+men|mercenaries|combatants|units|military\s+convoys?"
    r"|armou?red\s+columns?|(?:patrol\s+|naval\s+|coast\s+guard\s+)?(?:ships|vessels|boats)|police(?:men)?"
    r"|(?:naval\s+)?task\s+forces?|flotillas?|squadrons?|fleets?|contingents?|peacekeepers)\b"
)
_DET = r"(?:\s+(?:a|an|the|its|their|his|her|new|fresh|major|large-scale|massive|deadly|fierce|coordinated|surprise|first|second|two|several|multiple|series\s+of|wave\s+of)){0,4}"
# Bodies a state or a member leaves or is expelled from: "withdrew from the G5 Sahel force",
# "expelled from the ruling party". Never a town or a front ("withdrew from Kherson").
_BODIES = (
    r"(?:union|alliance|league|organi[sz]ation|bloc|council|councils|commonwealth|body|grouping|community"
    r"|treaty|pact|accord|agreement|deal|convention|protocol|coalition|regional\s+force|joint\s+force|task\s+force"
    r"|peacekeeping\s+(?:force|mission)|mission|partnership|initiative|forum|criminal\s+court|party|parties|ranks"
    r"|caucus|parliament|assembly|senate|legislature|faction|government|cabinet)\b"
)
# Diplomats and missions ordered out of a country: "ordered the French ambassador to leave".
_ENVOYS = (
    r"(?:diplomats?|ambassadors?|envoys?|embassy\s+staff|attach[eé]s?|consuls?|charg[eé]\s+d'affaires"
    r"|peacekeepers|(?:peacekeeping\s+|UN\s+|observer\s+)?missions?|observers|monitors|representatives?)\b"
)
# Money a state or lender holds back: "suspended disbursements", "froze a $1 billion loan".
_FUNDS = (
    r"(?:aid|assistance|disbursements?|loans?|lending|funding|financing|budget\s+support|grants?"
    r"|payments?|credit\s+lines?|tranches?|bailout|development\s+aid|support\s+programmes?|aid\s+programmes?)\b"
)

# Envoys as the subject of a passive: "diplomats were expelled" is a sanction
# (sanction.diplomats-expelled), not a deportation or an armed expulsion. Plain alternatives
# without groups, so the rows that carry it keep their place in the table order.
_ENVOYS_PASSIVE_BEFORE = (
    r"(?<!diplomats\swere\s|diplomat\swas\s|ambassadors\swere\s|ambassador\swas\s|envoys\swere\s"
    r"|envoy\swas\s|consuls\swere\s|consul\swas\s|diplomats\shave\sbeen\s|diplomats\shad\sbeen\s"
    r"|diplomat\shas\sbeen\s|ambassador\shas\sbeen\s|ambassador\shad\sbeen\s|envoys\shave\sbeen\s)"
)

# "stocks rallied", "the dollar rallied to a two-week high", "rallied behind its candidate":
# markets recovering and supporters closing ranks, no demonstration.
_RALLY = (
    r"(?<!\b(?:stocks|shares|prices|markets?|index|indices|indexes|bonds|equities|futures|currenc(?:y|ies)"
    r"|dollar|euro|yen|yuan|rupee|rouble|ruble|pound|sterling|lira|oil|gold|crude|bourse|yields|investors|Dow|Nasdaq|Nikkei|FTSE)"
    r"\s(?:(?:have|has|had|also|sharply|strongly)\s)?)"
    + r"(?:" + verb("rally") + "|" + noun("rally") + r")"
    + r"(?!\s+(?:behind|around|round|to\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:highs?|records?|peaks?|levels?|close|gains?))\b)"
)
# "in March", "on March 3": the month, no march.
_MARCH = (
    r"(?<!\b(?:in|since|until|till|by|through|from|early|late|mid|last|next|of|on|between|and|or|to|before|after|during)[\s-])"
    + r"(?:" + verb("march") + "|" + noun("march") + r")(?!\s+\d)"
)

# "Brazil attacked down the left flank", "City attacked from the first whistle": play, no
# assault; "Storm Ciaran battered the coast": a named storm, no verb. (Flat alternatives with
# literal spaces: lookarounds should not move their row in the table order.)
_NOT_SPORTS_ATTACK = (
    r"(?! +down +the +left\b| +down +the +right\b| +down +the +middle\b| +down +the +flank\b"
    r"| +down +the +flanks\b| +down +the +wing\b| +down +the +wings\b| +through +the +middle\b"
    r"| +from +the +first +whistle\b| +from +the +opening +whistle\b| +from +the +kick-off\b"
    r"| +from +the +kickoff\b| +on +the +break\b| +on +the +counter\b"
    r"| +on +the +counterattack\b| +\w+ +battered\b| +\w+ +lashed\b| +\w+ +pounded\b"
    r"| +\w+ +swept\b| +\w+ +slammed\b| +\w+ +brought\b| +\w+ +dumped\b"
    r"| +\w+ +made +landfall\b)"
)
# "the storm hit the coast", "Cyclone Mocha battered Myanmar": weather strikes, no one attacks.
_NOT_WEATHER_BEFORE = (
    r"(?<!storm |storms |hurricane |typhoon |cyclone |tornado |tornadoes |earthquake |quake |tremor |tremors |flood |floods "
    r"|floodwaters |tsunami |wildfire |wildfires |blizzard |heatwave |rains |downpours |landslide |winds |drought "
    r"|storm \w+ |hurricane \w+ |typhoon \w+ |cyclone \w+ |earthquake has |storm has |floods have |rains have )"
)

# A participle after "the" or a count describes people, it reports no act: "freed 290 captured
# government fighters", "the abducted schoolgirls" (a year is no count: "in 2014 abducted").
_DESCRIBED_BEFORE: Final = r"(?<!\b(?:the|\d{1,3}(?:,\d{3})*)\s)"

# Every form of the arrest verbs, one alternative each (coerce.arrest-in-raids).
_ARREST_FORMS: Final = (
    *(form for base in ("arrest", "detain", "apprehend", "nab") for form in inflections(base)),
    r"round(?:s|ed|ing)?\s+up",
    r"pick(?:s|ed|ing)?\s+up",
)

RULES: Final[tuple[Rule, ...]] = (
    # --- ASSAULT ---------------------------------------------------------------------------------
    Rule("assault.launch-attack", T.ASSAULT,
         _LIGHT + _DET + r"\s+(?:attacks?|assaults?|offensives?|raids?|strikes?|air\s*strikes?|airstrikes?|bombings?|ambush(?:es)?|counter-?offensives?|incursions?|operations?\s+against|(?:military|ground|air|counter-?terrorism|counter-?insurgency|anti-terror(?:ist|ism)?)\s+operations?)",
         form=Form.NOUN, recipient_preps=("on", "against", "in", "near"), future=TH, cameo="190",
         # "launched an operation against smuggling networks": policing crimes, no attack
         unless=r"(?:[\w-]+\s+){0,2}?(?:smuggling|trafficking|crime|corruption|poaching|illegal\s+\w+"
         r"|money\s+laundering|tax\s+evasion|fraud|counterfeit\w*|deforestation|tax\s+dodging)\b",
         examples=("Taliban on Wednesday launched an attack on Qala-i-Naw",
                   "the army carried out air strikes on rebel positions")),
    Rule("assault.invade", T.ASSAULT, verb("invade") + "|" + noun("invasion"),
         future=TH, cameo="190", needs=frozenset({"participant"}), recipient_preps=("of",),
         examples=("Russian troops invaded Ukraine", "the invasion of Kuwait")),
    Rule("assault.fire-at", T.ASSAULT,
         verb("fire", "launch", "lob", "hurl") + r"\s+(?:[\w-]+\s+){0,3}?(?:rockets?|missiles?|shells?|mortars?|mortar\s+rounds?|artillery)\b",
         mode=(M.HEAVY_WEAPONS,), future=TH, cameo="195", recipient_preps=("at", "on", "into", "toward", "towards"),
         # "launched artillery drills", "fired missiles in a test": practice, no attack
         unless=r"(?:[\w-]+\s+)?(?:drills?|exercises?|manoeuvres|maneuvers|tests?|practice|training)\b",
         examples=("Hezbollah fired rockets at Israel", "militants launched mortar rounds into the base")),
    Rule("assault.attack", T.ASSAULT, verb("attack", "assault", "storm", "raid", "ambush", "overrun") + _NOT_SPORTS_ATTACK,
         future=TH, cameo="190",
         examples=("Gunmen attacked a police station", "militants stormed the hotel",
                   "the convoy was ambushed by al-Shabaab fighters")),
    Rule("assault.attack-noun", T.ASSAULT,
         noun("attack", "assault", "raid", "ambush", "incursion", "offensive", "onslaught",
              "counteroffensive", "counter-offensive"),
         form=Form.NOUN, recipient_preps=("on", "against", "in"), future=TH, cameo="190",
         needs=frozenset({"actor", "recipient"}),
         examples=("the Taliban's first assault on a provincial capital", "an attack by ISWAP on troops")),
    Rule("assault.kill", T.ASSAULT,
         verb("kill", "murder", "massacre", "slaughter", "slay", "execute", "assassinate", "behead",
              "lynch", "gun down", "shoot dead", "shoot and kill")
         # (the verb table does not double the consonant of "gun": "gunned down")
         + r"|gunn(?:ed|ing)\s+down",
         mode=(M.TARGETED,), future=TH, cameo="190",
         examples=("Gunmen killed five villagers", "two soldiers were killed by a roadside bomb",
                   "the journalist was shot dead")),
    Rule("assault.neutralise", T.ASSAULT,
         # military speech for killing; a bomb, a mine or a threat that is neutralised is not
         verb("neutralise", "neutralize") + r"(?!\s+(?:an?\s+|the\s+|two\s+|several\s+)?(?:[\w-]+\s+){0,2}?(?:bombs?|explosives?|(?:explosive\s+)?devices?|IEDs?|mines?|threats?|effects?|risks?|impact|acid|poison|toxins?)\b)",
         mode=(M.TARGETED,), future=TH, cameo="190", needs=frozenset({"actor", "recipient"}),
         examples=("Israeli troops neutralised two gunmen", "the army said it neutralized 20 terrorists")),
    Rule("assault.shoot", T.ASSAULT, verb("shoot", "open fire", "fire on", "fire at", "snipe"),
         mode=(M.FIREARMS,), future=TH, cameo="190",
         examples=("police opened fire on protesters", "soldiers fired at the crowd")),
    Rule("assault.bomb", T.ASSAULT,
         verb("bomb", "blow up", "detonate", "car-bomb") + r"|" + noun("bombing", "explosion", "blast", "car bomb", "roadside bomb", "IED"),
         mode=(M.EXPLOSIVES,), future=TH, cameo="183",
         examples=("a roadside bombing near Samarra killed one soldier", "militants bombed a market")),
    Rule("assault.violate-ceasefire", T.ASSAULT,
         # "Indian troops violated the ceasefire along the Line of Control" (CAMEO 196)
         verb("violate", "breach", "break") + r"\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:ceasefire|cease-fire|truce)s?\b",
         future=TH, cameo="196", needs=frozenset({"actor"}),
         examples=("Indian troops had violated the ceasefire along the Line of Control",
                   "the rebels breached a fragile truce")),
    Rule("assault.suicide", T.ASSAULT, phrase("suicide bomber", "suicide bombers", "suicide bombing",
                                              "suicide bombings", "suicide attack", "suicide attacks",
                                              "blew himself up", "blew themselves up", "blew herself up"),
         mode=(M.SUICIDE_ATTACK,), future=TH, cameo="1831",
         needs=frozenset(),
         examples=("a suicide bomber killed 12 people", "they blew themselves up in Tel Aviv")),
    Rule("assault.shell", T.ASSAULT,
         r"shell(?:ed|ing)|" + verb("bombard", "pound") + "|" + noun("shelling", "bombardment", "artillery fire", "rocket fire", "missile strike", "rocket attack", "mortar attack", "mortar fire"),
         mode=(M.HEAVY_WEAPONS,), future=TH, cameo="195",
         examples=("Russian forces shelled Kharkiv", "rocket fire from Gaza")),
    Rule("assault.airstrike", T.ASSAULT,
         noun("airstrike", "air strike", "air raid", "air attack") + "|" + verb("airstrike", "air-strike"),
         mode=(M.AERIAL,), future=TH, cameo="195",
         examples=("Israeli airstrikes on Gaza", "an air strike killed 7")),
    Rule("assault.drone", T.ASSAULT, noun("drone strike", "drone attack", "kamikaze drone"),
         mode=(M.DRONE,), future=TH, cameo="195",
         examples=("a US drone strike killed a commander",)),
    Rule("assault.strike", T.ASSAULT,
         # "striking miners" is an adjective, "a carrier strike group" a noun
         _NOT_WEATHER_BEFORE + verb("strike", "hit", "target", "pummel", "batter") + _NOT_STRIKE_NOUN,
         future=TH, cameo="190", needs=frozenset({"actor", "recipient"}),
         examples=("missiles struck the city", "Russian drones hit energy facilities")),
    Rule("coerce.seize-vessel", T.COERCE,
         # a state seizing a ship or goods confiscates property (PLOVER COERCE seize); tried
         # before the assault rows, which code armed seizures
         verb("seize", "confiscate", "impound", "commandeer") + r"\s+(?:[\w'’-]+\s+){0,4}?(?:tankers?|ships?|vessels?|boats?|cargo(?:es)?|shipments?|aircraft|planes?|property|properties|farms?|farmland|lorries|trucks)\b",
         mode=(M.SEIZE,), future=TH, cameo="1711", needs=frozenset({"actor", "state"}),
         examples=("Iran seized a British-flagged oil tanker in the Gulf",)),
    Rule("assault.seize-vessel", T.ASSAULT,
         # pirates or rebels seizing a ship hijack it (the state's seizure is the row above)
         verb("seize", "commandeer", "take over") + r"\s+(?:[\w'’-]+\s+){0,4}?(?:tankers?|ships?|vessels?|boats?|trawlers?|ferry|ferries|freighters?|yachts?|aircraft|planes?|airliners?)\b",
         mode=(M.ABDUCT,), future=TH, cameo="181", needs=frozenset({"actor"}),
         examples=("Somali pirates seized a Greek cargo ship",)),
    Rule("assault.came-under", T.ASSAULT,
         # "the convoy came under fire from rebels": the subject is attacked (events.py swaps the
         # slots for this row: the attacker follows "from" or "by")
         r"(?:c[oa]me|comes|coming)\s+under\s+(?:(?:heavy|sustained|intense|renewed|fresh|rocket|mortar|artillery|sniper|machine-gun|gun)\s+){0,2}(?:fire|attack|shelling|bombardment|assault)",
         future=TH, cameo="190", needs=frozenset({"participant"}),
         examples=("the convoy came under fire from rebels", "Army posts came under heavy attack")),
    Rule("assault.abduct", T.ASSAULT,
         _DESCRIBED_BEFORE + "(?:" + verb("abduct", "kidnap", "hijack", "take hostage", "seize hostage") + ")|" + noun("abduction", "kidnapping", "hijacking")
         # "took about 240 people hostage", "were taken captive"
         + "|" + verb("take", "seize") + r"\s+(?:[\w,'’-]+\s+){1,6}?(?:hostages?|captives?)\b"
         # "seized nine guards and held them hostage"
         # ("hold the country hostage": a figure of speech)
         + "|" + verb("hold") + r"\s+(?![\"“'‘]?(?:the\s+|this\s+|our\s+|its\s+|their\s+)?(?:country|nation|economy|process|peace\s+process|people|city|region|world|talks|negotiations|parliament|government|state)\s+hostage)(?:[\w,'’-]+\s+){1,6}?hostage\b",
         mode=(M.ABDUCT,), future=TH, cameo="181",
         examples=("Boko Haram abducted 300 schoolgirls", "gunmen kidnapped an aid worker")),
    Rule("assault.capture", T.ASSAULT,
         _DESCRIBED_BEFORE + "(?:" + verb("capture", "seize", "take control of", "take over", "overrun", "conquer", "occupy", "recapture", "retake", "liberate", "gain control of", "seize control of", "wrest control of") + ")",
         future=TH, cameo="190", needs=frozenset({"actor", "armed"}),
         recipient_preps=("of", "from"),
         examples=("Burmese troops have captured part of a Karen guerrilla stronghold",
                   "the rebels seized control of the town", "M23 took control of Goma")),
    Rule("assault.enter", T.ASSAULT, verb("enter", "advance on", "advance into", "march into", "push into", "close in on", "encircle", "surround", "besiege", "lay siege to"),
         future=TH, cameo="190", needs=frozenset({"actor", "armed"}),
         # "warplanes encircled Taiwan in large-scale drills": an exercise, no assault
         unless=r"(?:[\w'’-]+\s+){0,3}?(?:in|during|for)\s+(?:[\w-]+\s+){0,3}?(?:drills|exercises|war\s+games|manoeuvres|maneuvers)\b",
         examples=("the Taliban have entered Badghis city", "troops advanced into the town")),
    Rule("assault.push-back", T.ASSAULT, verb("push", "drive", "force", "beat", particle="back") + "|" + verb("repel", "repulse", "rout", "defeat", "drive out", "push out") + "|" + _ENVOYS_PASSIVE_BEFORE + verb("expel from") + r"(?!\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?" + _BODIES + ")",
         # "helping Mogadishu to defeat terrorism": an abstract foe, no attack
         unless=r"(?:the\s+)?(?:terrorism|extremism|radicalism|insurgency|corruption|poverty|crime|hunger|the\s+virus|covid|the\s+pandemic|inflation|racism|hatred)\b",
         future=TH, cameo="190",
         examples=("after being pushed back by the Taliban", "the army repelled an attack")),
    Rule("assault.clash", T.ASSAULT,
         verb("clash", "fight", "battle", "engage", "exchange fire", "trade fire", "exchange gunfire")
         # "to help fight wildfires", "fighting corruption", "will fight the charges": no violence
         + r"(?!(?<=\b(?:fight|fights|fought|fighting|battle|battled|battling))\s+(?:(?:the|a|an|its|their|his|her|forest|bush|raging|deadly|spreading)\s+){0,2}(?:fires?|wildfires?|blazes?|flames|corruption|poverty|hunger|famine|diseases?|epidemics?|outbreaks?|malaria|cholera|ebola|covid|pandemics?|inflation|crime|drug\s+trafficking|climate\s+change|charges?|case|ruling|extradition|deportation|for\s+(?:their|his|her|its)\s+(?:lives?|survival))\b)"
         + "|" + noun("clash", "fighting", "battle", "firefight", "gunfight", "gun battle", "skirmish", "hostilities", "exchange of fire")
         # "combat troops", "a combat mission", "combat aircraft": a modifier, no fight
         + r"|combat(?!\s+(?:troops|units?|forces|soldiers|aircraft|planes|jets|helicopters|drones|missions?|operations|roles?|brigades?|battalions?|vehicles|boots|engineers|experience|readiness|zones?|gear|uniforms?|medics?|duty|deployments?|power|capabilit(?:y|ies)|training)\b)",
         recipient_preps=("with", "against", "between"), future=TH, cameo="190",
         needs=frozenset({"participant"}),
         examples=("fierce fighting with Afghan troops", "troops clashed with rebels",
                   "clashes between the army and the RSF")),
    Rule("assault.throw-explosive", T.ASSAULT,
         verb("throw", "hurl", "lob", "toss") + r"\s+(?:[\w'’-]+\s+){0,2}?(?:grenades?|explosives?|bombs?|explosive\s+devices?|hand\s+grenades?)\b",
         mode=(M.EXPLOSIVES,), future=TH, cameo="183", needs=frozenset({"participant"}),
         examples=("Militants hurled grenades at a police station", "an attacker threw a hand grenade into the crowd")),
    Rule("assault.beat", T.ASSAULT, verb("beat", "assault physically", "whip", "flog", "stone", "torture", "rape", "sexually assault", "stab")
         # (the verb table does not double "whip" and "flog": "whipped", "flogged")
         + r"|(?:whipp|flogg)(?:ed|ing)",
         mode=(M.BEAT,), future=TH, cameo="182",
         needs=frozenset({"recipient"}),
         examples=("police beat protesters", "villagers were stabbed")),
    Rule("assault.burn", T.ASSAULT, verb("burn", "torch", "set fire to", "set ablaze", "raze", "destroy", "demolish", "loot", "ransack", "vandalise", "vandalize", "blow up"),
         mode=(M.DESTROY,), future=TH, cameo="190",
         needs=frozenset({"actor"}),
         # protesters "burning tyres", "burned an effigy of the president": symbols, no attack
         unless=r"(?:(?:the|a|an|old|car|U\.S\.|US|\w+an|\w+ish|\w+i)\s+){0,2}(?:tyres|tires|effig(?:y|ies)"
         r"|flags?|posters|pictures|portraits|photos|banners|copies)\b",
         examples=("militants torched houses", "the group burned a church")),
    Rule("assault.set-on-fire", T.ASSAULT,
         # "set the party's offices on fire", "set them ablaze": the object sits inside
         # (tyres, effigies and cars set alight in a riot are part of the protest)
         r"(?:set|sets|setting)\s+(?!(?:[\w'’-]+\s+){0,2}?(?:tyres|tires|effig(?:y|ies)|flags?|posters"
         r"|pictures|portraits|banners|copies|cars|vehicles|bins|rubbish|garbage)\b)"
         r"(?:[\w'’-]+\s+){1,5}?(?:on\s+fire|ablaze|alight)\b",
         mode=(M.DESTROY,), future=TH, cameo="190", needs=frozenset({"actor"}),
         examples=("masked men set the party offices on fire", "militants set a school ablaze")),
    Rule("assault.crowd-control", T.ASSAULT, phrase("tear gas", "teargas", "water cannon", "water cannons", "rubber bullets", "stun grenades"),
         mode=(M.CROWD_CONTROL,), cameo="175", needs=frozenset({"actor"}),
         examples=("police fired tear gas at demonstrators",)),
    Rule("assault.batons", T.ASSAULT, phrase("batons", "truncheons", "baton charge", "baton-charged", "baton charged"),
         mode=(M.CROWD_CONTROL,), cameo="175", needs=frozenset({"actor"}),
         examples=("police used batons to disperse the crowd", "police baton-charged protesters")),
    Rule("assault.wound", T.ASSAULT,
         # "wound up a visit" is the past of "wind up" (finish), not an injury
         verb("wound", "injure", "maim") + r"(?!(?<=\bwound)\s+up\b(?!\s+to\b))",
         future=TH, cameo="190", needs=frozenset({"actor"}),
         # "lists of the dead and wounded", "treated the injured": people, no act
         not_after=r"\b(?:the|dead\s+and|killed\s+and|and\s+the)",
         examples=("the blast wounded 30 people", "the blast wounded up to 30 people")),
    Rule("assault.blast-through", T.ASSAULT,
         # "a car bomb ripped through a market", "an explosion rocked the capital": the bomb acts
         # and no attacker need be named; a gas or mine explosion is an accident
         r"(?<!\b(?:gas|boiler|fuel|chemical|industrial|factory|pipeline|mine|methane|tanker)\s)"
         r"(?:(?:car|truck|roadside|suicide|parcel|motorcycle|bicycle)\s+)?(?:bombs?|bomb\s+blasts?|blasts?|explosions?|explosives?|IEDs?|suicide\s+bombers?)"
         r"\s+(?:have\s+|had\s+)?(?:ripped|rip|rips|ripping|tore|tear|tears|tearing|rocked|rock|rocks|rocking|shook|shake|shakes|hit|hits|struck|strikes)"
         r"(?:\s+through)?(?=\s+(?:an?|the|two|three|several|\d+|busy|crowded|central|downtown|(?-i:\p{Lu}))\b)",
         mode=(M.EXPLOSIVES,), future=TH, cameo="183", needs=frozenset(),
         examples=("A car bomb ripped through a busy market in Baghdad", "Two explosions rocked the capital")),
    Rule("assault.projectile-hit", T.ASSAULT,
         # "mortar rounds slammed into a market", "rockets fired by Hamas slammed into Sderot": the
         # projectile is the trigger (a noun: "by X" after it names the attacker), its landing the
         # lookahead
         r"(?:rockets?|missiles?|shells?|mortars?|mortar\s+(?:rounds?|bombs?|shells?)|artillery\s+(?:rounds?|shells?)|projectiles?|grenades?)"
         # the launch site is no target: "rockets fired from the Gaza Strip by Hamas slammed into"
         r"(?:\s+(?:fired|launched|lobbed)\s+from(?:\s+[\w'’.-]+){1,4}?(?=\s+by\b|,?\s+(?:slammed|slams?|crash|smash|plough|plow|rain|land|fell|explode)))?"
         r"(?=(?:\s+(?!(?:and|but|as|while|after|when|which|that)\b)[\w'’,-]+){0,10}?\s+(?:have\s+|had\s+)?"
         # (no -ing forms: "as shells continued crashing into the port" is the scene, not a report)
         r"(?:slammed|slams?|crash(?:ed|es)?|smash(?:ed|es)?|plough(?:ed|s)?|plow(?:ed|s)?|rain(?:ed|s)?(?:\s+down)?|land(?:ed|s)?|fell|exploded|explode)"
         r"\s+(?:into|on|onto|in|near|across|over)\b)",
         form=Form.NOUN, mode=(M.HEAVY_WEAPONS,), future=TH, cameo="195", needs=frozenset(),
         examples=("Mortar rounds slammed into a market in Mogadishu", "rockets rained down on Sderot")),
    Rule("mobilize.missile-sea", T.MOBILIZE,
         # "fired two ballistic missiles into the sea": a show of force, not an attack (fire-at)
         verb("fire", "launch", "test", "test-fire", "lob") + r"\s+(?:[\w'’,-]+\s+){0,4}?(?:missiles?|rockets?|projectiles?)"
         + r"(?:\s+[\w'’,-]+){0,4}?\s+(?:into|off|over|toward|towards|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:sea|waters|ocean)\b",
         mode=(M.WEAPONS,), future=TH, cameo="152", needs=frozenset({"actor"}),
         examples=("North Korea fired two short-range ballistic missiles into the sea",
                   "Pyongyang launched a missile off its east coast into the Sea of Japan")),
    Rule("assault.blast", T.ASSAULT,
         # "Israeli jets blasted Hamas positions": armed forces that blast attack (a speaker who
         # blasts criticises: accuse.blast)
         r"blast(?:ed|ing)(?!\s+(?:off|away|out|music|open)\b)",
         future=TH, cameo="190", needs=frozenset({"actor", "armed", "recipient"}),
         examples=("Israeli jets blasted Hamas positions in Gaza",)),
    Rule("assault.tear-gas", T.ASSAULT,
         # "police tear-gassed protesters", "protesters were tear-gassed by riot police"
         r"tear[\s-]?gass(?:ed|es|ing)|teargass(?:ed|es|ing)",
         mode=(M.CROWD_CONTROL,), cameo="175", needs=frozenset({"participant"}),
         examples=("Police tear-gassed protesters in Nairobi", "demonstrators were teargassed")),
    Rule("assault.retaliate", T.ASSAULT,
         # "Israel retaliated with air strikes", "Iran said it would retaliate": a threat when
         # announced; retaliation by sanctions or expulsions is coded by those rows
         verb("retaliate", "strike back")
         + r"(?!\s+(?:with|by|through)\s+(?:[\w'’-]+\s+){0,3}?(?:sanctions?|tariffs?|duties|expel\w*|expulsions?|measures|bans?|banning|restrictions?|restricting|imposing|suspending|cutting|recalling|summoning|closing|freezing|boycotts?|countermeasures|protests?|statements?|reciprocal|diplomatic|economic|legal|trade)\b)",
         future=TH, cameo="190", needs=frozenset({"actor"}),
         examples=("Israel retaliated with air strikes on Gaza", "Iran said it would retaliate")),
    # --- COERCE ----------------------------------------------------------------------------------
    Rule("coerce.held-incommunicado", T.COERCE,
         # "has been held incommunicado since March", "detainees held without charge"
         verb("hold", "keep") + r"\s+(?:[\w'’,.-]+\s+){0,5}?(?:incommunicado|without\s+(?:charge|trial|access\s+to\s+(?:a\s+)?lawyers?)|in\s+(?:pre-?trial\s+|secret\s+|solitary\s+|administrative\s+|indefinite\s+|police\s+)?(?:detention|custody|confinement))\b",
         mode=(M.ARREST,), future=TH, cameo="173", needs=frozenset({"participant"}),
         examples=("The journalist has been held incommunicado since March",
                   "Israel holds 1,000 Palestinians in administrative detention")),
    Rule("coerce.house-arrest", T.COERCE,
         verb("place", "put", "keep") + r"\s+(?:[\w'’.,-]+\s+){0,6}?under\s+(?:house\s+)?arrest\b",
         mode=(M.ARREST,), future=TH, cameo="173", needs=frozenset({"participant"}),
         examples=("Police placed the opposition leader under house arrest",
                   "the former president was put under house arrest")),
    Rule("coerce.arrest-in-raids", T.COERCE,
         # "detained 43 people in dawn raids across Istanbul": the raids are the arrests, no
         # separate assault (the trigger runs through "raids" so that no attack row reads them; one
         # alternative per verb form, so that the row is tried before coerce.arrest)
         # (not a passive's agent: "were detained by Turkish police in dawn raids")
         "|".join(form + r"\s+(?!by\b)(?:[\w'’,.-]+\s+){1,12}?in\s+(?:(?:dawn|pre-dawn|predawn|overnight|night|night-time|early-morning|morning|house|coordinated|simultaneous|police|security|a\s+series\s+of|a\s+wave\s+of)\s+){0,2}raids?\b"
                  for form in _ARREST_FORMS),
         mode=(M.ARREST,), future=TH, cameo="173", needs=frozenset({"participant"}),
         examples=("Police arrested the party's secretary-general and 11 other officials in overnight raids",
                   "Uzbek police detained at least 30 opposition activists in pre-dawn raids")),
    Rule("coerce.arrest", T.COERCE,
         # "released from house arrest", "remains under arrest": a state, not an arrest
         r"(?<!\b(?:from|under|in)\s(?:house\s|police\s|military\s|pre-?trial\s|administrative\s)?)(?:"
         + verb("arrest", "detain", "imprison", "round up", "apprehend", "take into custody", "nab", "incarcerate")
         + "|" + noun("arrest", "detention") + ")"
         # "held in Israeli jails", "in jail": the noun is a place, not an arrest
         # "Jailed Bahraini activist X has been on hunger strike", "the jailed opposition leader":
         # the participle before a noun describes someone, it reports no arrest (a capital J
         # opens a sentence, where the participle is such a description)
         + r"|(?-i:(?!J))(?<!\b(?:the|a|an|of|for|with|free|freed|release|released|releasing|freeing)\s)jailed|jailing"
         + r"|(?<!\b(?:in|into|from|of|inside|out\s+of)\s(?:[\w'’-]+\s){0,2})(?<!\b(?:the|a|an|its|their|his|her)\s)jails?",
         mode=(M.ARREST,), future=TH, cameo="173",
         needs=frozenset({"participant"}),
         examples=("Police arrested ten protesters", "the activist was detained by security forces",
                   "a court jailed the activist")),
    Rule("sanction.expel-diplomats", T.SANCTION,
         verb("expel", "order out", "declare persona non grata", "kick out") + r"\s+(?:[\w'’-]+\s+){0,4}?(?:diplomats?|ambassadors?|envoys?|embassy\s+staff|attach[eé]s?|consuls?|military\s+attach[eé]s?)\b",
         mode=(M.EXPEL,), future=TH, cameo="166", needs=frozenset({"actor"}),
         examples=("Russia expelled ten Polish diplomats", "Mali expelled the French ambassador")),
    Rule("sanction.order-diplomat-out", T.SANCTION,
         # "ordered the first secretary of the Cambodian embassy to leave the country within 48 hours"
         verb("order", "tell", "give", "ask", "instruct") + r"\s+(?:[\w'’.,-]+\s+){0,4}?(?:diplomats?|ambassadors?|envoys?|attach[eé]s?|consuls?|charg[eé]\s+d'affaires|(?:first|second|third)\s+secretary|embassy\s+staff)\b"
         + r"(?:\s+[\w'’.,-]+){0,8}?\s+(?:to\s+leave|\d+\s+hours\s+to\s+leave)\b",
         mode=(M.EXPEL,), future=TH, cameo="166", needs=frozenset({"actor"}),
         examples=("The Thai foreign ministry ordered the first secretary of the Cambodian embassy in Bangkok to leave the country",
                   "Kinshasa gave the Belgian ambassador 48 hours to leave")),
    Rule("sanction.persona-non-grata", T.SANCTION,
         verb("declare", "name") + r"\s+(?:[\w'’,-]+\s+){0,6}?persona\s+non\s+grata"
         # "ordered the French ambassador to leave", "gave the envoy 48 hours to leave"
         + "|" + verb("order", "tell", "instruct", "give") + r"\s+(?:[\w'’,-]+\s+){0,5}?" + _ENVOYS
         + r"\s+(?:(?:\d+|twenty-four|forty-eight|seventy-two|\w+)\s+(?:hours|days)\s+)?to\s+(?:leave|quit|depart)\b"
         # "the French ambassador was ordered to leave"
         + r"|(?<=" + _ENVOYS + r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+)(?:ordered|told|instructed|given\s+\w+\s+(?:hours|days))\s+to\s+(?:leave|quit|depart)\b",
         mode=(M.EXPEL,), future=TH, cameo="166", needs=frozenset({"participant"}),
         examples=("Moldova declared two Russian diplomats persona non grata",
                   "the junta ordered the French ambassador to leave the country",
                   "the envoy was ordered to leave")),
    Rule("sanction.expulsion-diplomats", T.SANCTION,
         # "announced the expulsion of two Estonian diplomats": envoys expelled are a sanction
         # (CAMEO 166), not a deportation (coerce.deport)
         # (one alternative per envoy noun, so that the row is tried before coerce.deport)
         "|".join(noun("expulsion") + r"\s+of\s+(?:[\w'’,-]+\s+){0,4}?" + envoy + r"\b"
                  for envoy in ("diplomats?", "ambassadors?", "envoys?", "embassy\\s+staff", "attach[eé]s?", "consuls?")),
         mode=(M.EXPEL,), future=TH, cameo="166", needs=frozenset({"actor"}),
         examples=("Moscow announced the expulsion of two Estonian diplomats",)),
    Rule("sanction.diplomats-expelled", T.SANCTION,
         # "Three French diplomats were expelled from Mali": the passive of the row above; the
         # expelling state follows "from" or "by"
         r"(?<=\b(?:diplomats?|ambassadors?|envoys?|embassy\s+staff|attach[eé]s?|consuls?)\s+(?:was|were|has\s+been|have\s+been|had\s+been|being)\s+)"
         r"(?:expelled|kicked\s+out|thrown\s+out|ordered\s+out|declared\s+persona\s+non\s+grata)",
         mode=(M.EXPEL,), future=TH, cameo="166", needs=frozenset({"participant"}),
         examples=("Three French diplomats were expelled from Mali",
                   "two Russian diplomats have been expelled by Poland")),
    Rule("sanction.suspension-imports", T.SANCTION,
         # "China's suspension of imports of Taiwanese pineapples": the noun of sanction.ban-imports
         r"(?:suspension|halt|halting|freeze|freezing|suspending|banning)\s+of\s+(?:all\s+|further\s+)?(?:imports?|purchases?)\s+(?:of|from)(?=\s+(?:the\s+)?(?-i:\p{Lu}))",
         form=Form.NOUN, mode=(M.DISCONTINUE,), future=TH, cameo="163", needs=frozenset({"actor"}),
         examples=("China's suspension of imports of Taiwanese pineapples",)),
    Rule("sanction.expel-high-commissioner", T.SANCTION,
         # Commonwealth envoys: "expelled its high commissioner", "expelled India's deputy high commissioner"
         # (one alternative per verb form, so that the row is tried before coerce.deport)
         "|".join(form + r"\s+(?:[\w'’-]+\s+){0,4}?high\s+commissioners?\b" for form in inflections("expel")),
         mode=(M.EXPEL,), future=TH, cameo="166", needs=frozenset({"actor"}),
         examples=("Pakistan expelled India's high commissioner",)),
    Rule("sanction.recall-high-commissioner", T.SANCTION,
         # "recalled its high commissioner from New Delhi for consultations"
         verb("recall", "withdraw", "pull out") + r"\s+(?:its\s+|their\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?high\s+commissioners?\b"
         + r"(?:\s+(?:from|in|to)\s+(?:[\w'’-]+\s+){0,2}?(?:[\w'’-]+\s+)?for\s+consultations\b)?",
         mode=(M.DISCONTINUE,), future=TH, cameo="161", needs=frozenset({"actor"}),
         examples=("Pakistan recalled its high commissioner from New Delhi for consultations",)),
    Rule("sanction.ban-imports", T.SANCTION,
         # a state barring another's goods embargoes it (CAMEO 163): "banned imports of Japanese
         # seafood", "imposed a ban on Russian oil imports"; the goods' nationality names the
         # recipient, and a ban on its own exports names none and codes nothing
         verb("ban", "halt", "suspend", "block", "bar") + r"\s+(?:all\s+|further\s+)?(?:imports?|purchases?)\s+(?:of|from)(?=\s+(?:the\s+)?(?-i:\p{Lu}))"
         # "China's ban on imports of Taiwanese pineapples", "an import ban on Russian oil"
         + r"|(?:ban|embargo|halt|suspension)\s+on\s+(?:all\s+|further\s+)?(?:imports?|purchases?)\s+(?:of|from)(?=\s+(?:the\s+)?(?-i:\p{Lu}))"
         + r"|import\s+(?:ban|embargo)\s+on(?=\s+(?:the\s+)?(?-i:\p{Lu}))"
         + "|" + verb("impose", "place", "slap", "announce", "introduce", "order", "declare", "extend")
         + r"\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:bans?|embargo(?:es)?|moratorium)\s+on(?:\s+(?:all|the|further|new))?"
         + r"(?:\s+(?:imports?|purchases?|sales?|shipments?)\s+(?:of|from))?(?=\s+(?:the\s+)?(?-i:\p{Lu}))",
         mode=(M.DISCONTINUE,), future=TH, cameo="163", needs=frozenset({"actor", "recipient"}),
         examples=("China banned imports of Japanese seafood",
                   "The European Union imposed a ban on Russian oil imports")),
    Rule("coerce.deport", T.COERCE, _ENVOYS_PASSIVE_BEFORE + "(?:" + verb("deport", "expel", "banish", "exile", "forcibly return") + ")" + "|" + noun("deportation", "expulsion"),
         mode=(M.DEPORT,), future=TH, cameo="174",
         examples=("the government deported 200 migrants", "Russia expelled diplomats")),
    Rule("coerce.close-border", T.COERCE,
         # "closed the border to new arrivals", "shut its airspace to Indian flights"
         verb("close", "shut", "seal", "shut down", "seal off") + r"\s+(?:(?:its|their|the|his|her|all|country's|nation's|land|air|sea|and|main|northern|southern|eastern|western)\s+){0,5}(?:borders?|frontiers?|airspace|border\s+crossings?|crossings?|ports?|airports?)\b",
         mode=(M.RESTRICT,), future=TH, cameo="172", needs=frozenset({"actor"}),
         examples=("Chadian authorities closed the border to new arrivals", "Pakistan closed its airspace to Indian flights")),
    Rule("coerce.curfew", T.COERCE, r"(?:impos(?:e|es|ed|ing)|declar(?:e|es|ed|ing)|extend(?:s|ed|ing)?)" + _MODIFIERS + r"\s+curfews?"
         # "a curfew was imposed by Indian authorities on Srinagar": the agent follows
         + r"|(?<=\bcurfews?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+)(?:imposed|declared|clamped|slapped)",
         mode=(M.CURFEW,), future=TH, cameo="1723",
         examples=("authorities imposed a curfew in the city",
                   "imposed an indefinite dusk-to-dawn curfew on the town")),
    Rule("coerce.martial-law", T.COERCE, r"(?:impos(?:e|es|ed|ing)|declar(?:e|es|ed|ing)|extend(?:s|ed|ing)?)" + _MODIFIERS + r"\s+(?:martial\s+law|state\s+of\s+emergency|emergency\s+rule)",
         mode=(M.MARTIAL_LAW,), future=TH, cameo="1724",
         examples=("the president declared a state of emergency",)),
    Rule("coerce.ban", T.COERCE, verb("ban", "outlaw", "prohibit", "dissolve", "proscribe", "forbid", "suspend") ,
         mode=(M.RESTRICT,), future=TH, cameo="172",
         needs=frozenset({"actor", "recipient"}),
         examples=("the junta banned political parties",)),
    Rule("coerce.disperse", T.COERCE,
         verb("prevent", "block", "ban", "break up", "disperse", "stop", "forbid", "cancel", "crush", "suppress", "quell") + r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:demonstrations?|protests?|rall(?:y|ies)|march(?:es)?|meetings?|gatherings?|sit-ins?|strikes?|crowds?|demonstrators|protesters|marchers|unrest|uprising|rebellion|dissent|riots?)\b",
         mode=(M.RESTRICT,), future=TH, cameo="175", needs=frozenset({"actor"}),
         examples=("Turkish police prevented the demonstration staged by students",
                   "riot police dispersed the crowd")),
    Rule("coerce.order-close", T.COERCE,
         verb("order", "force", "compel") + r"\s+(?:[\w'’.-]+\s+){0,6}?to\s+(?:suspend|stop|halt|cease|close|shut)\b",
         mode=(M.RESTRICT,), future=TH, cameo="172", needs=frozenset({"actor"}),
         examples=("the government ordered the opposition newspaper La Prensa to suspend publication",)),
    Rule("coerce.censor", T.COERCE, verb("censor", "block access to", "shut down the internet", "cut off the internet", "blackout") + "|" + phrase("internet shutdown", "internet blackout"),
         mode=(M.CENSOR,), future=TH, cameo="1721",
         examples=("the government shut down the internet",)),
    Rule("coerce.pull-plug-media", T.COERCE,
         # "pulled the plug on RCTV, the country's oldest private television station"
         r"pull(?:s|ed|ing)?\s+the\s+plug\s+on\s+(?:[\w'’,.-]+\s+){0,8}?(?:newspapers?|(?:television|TV|radio)\s+(?:stations?|channels?|networks?)|broadcasters?|news\s+(?:agenc(?:y|ies)|websites?|channels?)|media\s+outlets?|stations?|channels?)\b",
         mode=(M.CENSOR,), future=TH, cameo="1721", needs=frozenset({"actor"}), recipient_preps=("on",),
         examples=("Venezuela's government pulled the plug on RCTV, the country's oldest private television station",)),
    Rule("coerce.close-media", T.COERCE,
         verb("close", "shut", "shut down", "close down", "suspend", "ban", "take off the air", "pull off the air",
              "block", "block access to", "restrict access to", "take down", "take offline")
         + r"\s+(?:[\w'’,-]+\s+){0,4}?(?:newspapers?|news\s*papers?|media\s+outlets?|(?:news\s+)?outlets|(?:television|TV|radio)\s+(?:stations?|channels?)|broadcasters?|news\s+(?:agenc(?:y|ies)|websites?|sites?|channels?|portals?)|publications?|magazines?|weeklies|dailies"
         # "blocked the news website Meduza", "blocked independent media websites"
         r"|(?:news|media|opposition|independent|online|web)\s+(?:[\w-]+\s+)?(?:websites?|sites?|portals?|platforms?)|websites?|web\s+portals?|news\s+portals?)\b",
         mode=(M.CENSOR,), future=TH, cameo="1721", needs=frozenset({"actor"}),
         examples=("The junta closed three newspapers", "authorities shut down two independent media outlets")),
    Rule("coerce.revoke-licence", T.COERCE,
         verb("revoke", "withdraw", "cancel", "suspend", "strip") + r"\s+(?:[\w'’,-]+\s+){0,5}?(?:licen[cs]es?|accreditations?|press\s+cards?|operating\s+permits?|broadcasting\s+rights)\b",
         mode=(M.CENSOR,), future=TH, cameo="1721", needs=frozenset({"actor"}),
         examples=("the regulator revoked the licences of two radio stations",
                   "the junta revoked the licenses of five media outlets")),
    Rule("coerce.communications-cut-across", T.COERCE,
         # a longer subject than coerce.communications-cut allows: "Internet and telephone services
         # across Tigray were cut off by the federal government"
         r"(?<=\b(?:internet|(?:tele)?phone|mobile|communications|telecommunications?)\s(?:[\w'’,.-]+\s){0,8}?(?:were|was|have\s+been|has\s+been|had\s+been)\s)"
         r"(?:cut(?:\s+off)?|shut\s+(?:down|off)|switched\s+off|suspended|blocked|severed)\b",
         mode=(M.CENSOR,), future=TH, cameo="1721", needs=frozenset({"participant"}),
         examples=("Internet and telephone services across Ethiopia's Tigray region were cut off by the federal government",)),
    Rule("coerce.suspend-activities", T.COERCE,
         # "suspended all activities of the main opposition party": a ban on an organisation
         verb("suspend", "ban", "halt", "freeze", "outlaw", "prohibit") + r"\s+(?:all\s+(?:the\s+)?)?(?:political\s+|public\s+)?activities\s+of\b",
         mode=(M.RESTRICT,), future=TH, cameo="172", needs=frozenset({"actor"}), recipient_preps=("of",),
         examples=("the interior ministry suspended all activities of the main opposition party",)),
    Rule("coerce.cut-communications", T.COERCE,
         verb("cut", "cut off", "shut down", "shut off", "switch off", "suspend", "block", "disrupt", "restrict", "sever")
         + r"\s+(?:access\s+to\s+(?:the\s+)?|(?:(?!(?:on|for|of|from|in|at|by|with)\b)[\w'’,-]+\s+){0,3}?)(?:internet|mobile(?:\s+phone)?\s+(?:services|networks?|data)|(?:tele)?phone\s+(?:services|lines|networks?)|telecommunications?|communications|social\s+media|messaging\s+services|text\s+messaging)\b",
         mode=(M.CENSOR,), future=TH, cameo="1721", needs=frozenset({"actor"}),
         examples=("Authorities cut off internet and mobile phone services in Tigray",
                   "Iran cut off mobile internet services")),
    Rule("coerce.communications-cut", T.COERCE,
         # "Internet access has been cut across the country": the authority goes unnamed
         r"(?<=\b(?:internet|internet\s+access|access\s+to\s+the\s+internet|(?:mobile\s+)?(?:internet|phone|data)(?:\s+(?:services|networks?|access))?|mobile\s+(?:services|networks?)|phone\s+lines|social\s+media|telecommunications)\s+(?:has|have|had|was|were)\s+(?:also\s+)?been\s+)"
         + r"(?:cut(?:\s+off)?|blocked|shut\s+down|shut\s+off|suspended|restricted|disrupted)",
         mode=(M.CENSOR,), future=TH, cameo="1721", needs=frozenset(),
         examples=("Internet access has been cut across the country since Wednesday",)),
    Rule("coerce.seal-off", T.COERCE, verb("seal", "cordon", particle="off") + "|" + verb("lock down"),
         mode=(M.RESTRICT,), future=TH, cameo="172", needs=frozenset({"actor"}),
         examples=("Israeli forces sealed off the town of Hebron", "troops sealed the area off")),
    Rule("coerce.dissolve", T.COERCE,
         verb("order", "decree", "announce", "approve", "rule for", "vote for") + r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:dissolution|disbanding|banning|closure|liquidation)\s+of\b"
         + "|" + verb("dissolve", "disband", "outlaw", "proscribe", "ban", "liquidate", "deregister") + r"\s+(?:[\w'’,-]+\s+){0,4}?(?:part(?:y|ies)|groups?|movements?|organi[sz]ations?|associations?|unions?|NGOs?|charit(?:y|ies)|societ(?:y|ies)|fronts?|coalitions?|alliances?|militias?)\b",
         mode=(M.RESTRICT,), future=TH, cameo="172", needs=frozenset({"actor"}),
         examples=("the court ordered the dissolution of the opposition party",
                   "The court dissolved the main opposition party")),
    Rule("coerce.freeze-funds", T.COERCE,
         verb("freeze") + r"\s+(?:[\w'’,-]+\s+){0,4}?(?:funds|bank\s+accounts|accounts)\b",
         mode=(M.SEIZE,), future=TH, cameo="1711", needs=frozenset({"actor"}),
         examples=("Turkish authorities froze the funds of the charity", "the government froze its funds")),
    Rule("coerce.seize", T.COERCE, verb("confiscate", "impound", "requisition", "search", "raid the home of", "raid the offices of"),
         mode=(M.SEIZE,), future=TH, cameo="1711",
         examples=("Palestinian police confiscated weapons",)),
    Rule("coerce.crackdown", T.COERCE, noun("crackdown") + "|" + verb("crack down"),
         mode=(M.RESTRICT,), future=TH, cameo="175", needs=frozenset({"actor"}),
         examples=("a crackdown on dissent", "the regime cracked down on protesters")),
    Rule("coerce.cyber", T.COERCE, noun("cyberattack", "cyber attack", "cyber-attack", "hacking attack", "ransomware attack", "cyber assault", "cyber-assault", "cyber operation", "DDoS attack", "denial-of-service attack") + "|" + verb("hack"),
         mode=(M.CYBER,), future=TH, cameo="170", recipient_preps=("on", "against"),
         needs=frozenset({"participant"}),
         examples=("a cyberattack on the ministry",)),
    Rule("coerce.withhold-aid", T.COERCE,
         # "blocked food and medicine convoys", "prevented aid from reaching El Fasher"
         verb("block", "obstruct", "prevent", "stop", "halt", "hold up", "bar", "turn back", "turn away", "impede", "hinder", "restrict", "withhold", "deny entry to", "seize", "loot", "divert")
         + r"\s+(?:the\s+|an?\s+|all\s+|any\s+|some\s+|dozens\s+of\s+|hundreds\s+of\s+|\d+\s+|badly\s+needed\s+|vital\s+|urgently\s+needed\s+){0,2}"
         + r"(?:(?:aid|relief|humanitarian|food|medicines?|medical|fuel|UN|WFP|Red\s+Cross|ICRC)\s+(?:and\s+|,\s*)?){1,4}"
         + r"(?:(?:[\w-]+\s+){0,2}?(?:convoys?|trucks|lorries|shipments?|deliveries|supplies|assistance|aid|teams?|workers)\b|(?<=(?:aid|food|relief|medicines?|fuel)\s)from\s+(?:reaching|entering|getting|crossing|being)\b)"
         # the convoys' destination is no attack: "blocked aid convoys from entering Gaza"
         + r"(?:\s+(?:[\w'’-]+\s+){0,3}?from\s+(?:reaching|entering|getting\s+into|crossing\s+into|going\s+into)\b)?",
         mode=(M.WITHHOLD,), future=TH, cameo="191", needs=frozenset({"actor"}),
         examples=("Israeli forces blocked food and medicine convoys", "RSF fighters blocked aid convoys bound for El Fasher",
                   "the army prevented aid from reaching the town")),
    Rule("coerce.bar-from-office", T.COERCE,
         # "barred the opposition leader from running", "was banned from holding office for five years"
         verb("bar", "ban", "disqualify", "prohibit", "block", "exclude", "prevent", "stop", "debar", "forbid", "strike off")
         + r"\s+(?:[\w'’.,-]+\s+){0,6}?from\s+(?:(?:running|standing|contesting|competing|campaigning|taking\s+part|participating|holding|seeking|serving|returning\s+to\s+politics)\b"
         + r"|(?:the\s+|next\s+|this\s+|upcoming\s+|any\s+)?(?:[\w'’-]+\s+){0,2}?(?:elections?|polls?|ballot|race|public\s+office|office|politics|political\s+life|parliament)\b)"
         + "|" + verb("disqualify") + r"(?=\s+(?:[\w'’.,-]+\s+){0,4}?(?:candidates?|candidac(?:y|ies)|contenders?|lists?|opposition)\b)",
         mode=(M.RESTRICT,), future=TH, cameo="1722", needs=frozenset({"participant"}),
         examples=("The electoral commission barred the opposition leader from running in the election",
                   "Khan was barred from holding public office", "the commission disqualified 15 opposition candidates")),
    Rule("coerce.hack", T.COERCE,
         # "hackers broke into the networks of the defence ministry"
         verb("break into", "hack into", "infiltrate", "breach", "penetrate", "compromise", "get into", "gain access to", "access")
         + r"\s+(?:[\w'’.,-]+\s+){0,5}?(?:(?:computer|IT|email|e-mail|internal|secure|classified|government|military)\s+)?(?:networks?|systems|servers?|computers?|databases?|e-?mail\s+accounts?|e-?mails|websites?|accounts|data\s+centres?|data\s+centers?|infrastructure)\b"
         + r"(?<!\b(?:road|rail|transport|water|electricity|power|health|school|irrigation|tunnel)\s(?:networks?|systems|infrastructure))",
         mode=(M.CYBER,), future=TH, cameo="170", needs=frozenset(),
         examples=("Hackers broke into the networks of the defence ministry",
                   "Russian hackers breached the computer systems of the parliament")),
    Rule("coerce.blockade", T.COERCE, verb("blockade", "cut off supplies to", "cut off water to", "cut off electricity to", "besiege economically") + "|" + noun("blockade", "siege"),
         mode=(M.WITHHOLD,), future=TH, cameo="191",
         needs=frozenset({"actor"}),
         examples=("the army imposed a blockade on the port",)),
    # --- MOBILIZE --------------------------------------------------------------------------------
    Rule("mobilize.named-drills", T.MOBILIZE,
         # "kicked off their annual Freedom Shield exercises": a named exercise (as mobilize.drills)
         verb("begin", "start", "launch", "hold", "stage", "conduct", "carry out", "kick off")
         + r"\s+(?:(?:their|its|the|an?|this\s+year's|annual|biennial|yearly|large-scale|major)\s+){0,3}(?-i:\p{Lu}[\w-]*\s+){1,3}(?:drills|exercises|manoeuvres|maneuvers|war\s+games)\b",
         mode=(M.TROOPS,), future=TH, cameo="152", needs=frozenset({"actor"}),
         examples=("South Korean and U.S. forces kicked off their annual Freedom Shield exercises",)),
    Rule("mobilize.drills", T.MOBILIZE,
         # one side's drills are a show of force; joint exercises are cooperation (cooperate.joint)
         verb("begin", "start", "launch", "hold", "stage", "conduct", "carry out", "kick off")
         + r"\s+(?:(?!joint\b)[\w'’,-]+\s+){0,4}?(?:live-fire|military|naval|air|missile|artillery|combat|large-scale|snap)\s+(?:drills|exercises|manoeuvres|maneuvers|war\s+games)\b",
         mode=(M.TROOPS,), future=TH, cameo="152", needs=frozenset({"actor"}),
         examples=("China's People's Liberation Army began a week of live-fire drills in the Taiwan Strait",)),
    Rule("mobilize.order-troops", T.MOBILIZE,
         # "ordered the army to help police guard fuel depots", "called in the military to
         # restore order": whoever gives the order mobilises (the forces are the recipient)
         verb("order", "instruct", "direct", "call in", "call out", "bring in", "send in") + r"\s+(?:the\s+|its\s+)?(?:army|military|troops|soldiers|armed\s+forces|national\s+guard|security\s+forces|navy)\s+(?:to\s+)?(?:help|guard|patrol|deploy|secure|protect|restore|reinforce|take\s+over|(?:on|in)to\s+the\s+streets)\b",
         mode=(M.TROOPS,), future=TH, cameo="154", needs=frozenset({"actor"}),
         examples=("President Hector Villalba ordered the army to help police guard fuel depots",
                   "the governor called in the National Guard to restore order")),
    Rule("mobilize.troops", T.MOBILIZE,
         "(?:" + verb("mobilize", "mobilise", "deploy", "amass", "reinforce", "strengthen its forces", "beef up", "call up", "draft in", "draft into", "rush in", "rush into")
         # trainers deployed to another army are military aid (aid.military-advisers)
         + r")(?!\s+(?:[\w'’,-]+\s+){0,3}?(?:instructors|advisers|advisors|trainers|training\s+(?:missions?|teams?))\b)|station(?:ed|ing)|stations?(?=\s+(?:\d|troops|soldiers|forces|its|their|more|additional|some|up\s+to)\b)" + "|" + noun("mobilization", "mobilisation", "deployment", "troop buildup", "military buildup", "build-up", "buildup", "reinforcements", "call-up"),
         mode=(M.TROOPS,), future=TH, cameo="154",
         needs=frozenset({"actor"}), of_is_actor=True,  # "troops were deployed": they mobilise
         examples=("ordered the mobilization of 20,000 reservists", "Russia deployed troops to the border",
                   "Israel has strengthened its forces in Lebanon")),
    Rule("mobilize.fly-over", T.MOBILIZE,
         # "flew two B-1B strategic bombers over South Korea", "flies fighter jets near the border"
         verb("fly") + r"\s+(?:[\w,'’-]+\s+){0,4}?(?:bombers|warplanes|war\s+planes|fighter\s+jets|fighters|jets|military\s+aircraft|drones)"
         r"\s+(?:over|near|along|around|close\s+to|into|across)\b",
         mode=(M.TROOPS,), future=EventType.THREATEN, cameo="150", needs=frozenset({"actor"}),
         recipient_preps=("over", "near", "into", "across"),
         # "flew jets over Georgetown in a joint exercise with Guyana": cooperation
         unless=r"(?:[\w'’,-]+\s+){0,4}?in\s+(?:a\s+|an\s+)?joint\b",
         examples=("The United States flew two B-1B strategic bombers over South Korea",)),
    Rule("mobilize.send", T.MOBILIZE,
         r"(?:" + verb("send", "dispatch", "move", "rush", "deploy", "station", "redeploy") + r"|mass(?:ed|es|ing)"
         # ("positioned troops"; "positions" is the noun: "fire on Armenian positions, killing
         # two soldiers")
         + r"|position(?:ed|ing)?)"
         + r"\s+(?:[\w,'’-]+\s+){0,4}?" + _MILITARY_UNITS
         # "ordered troops onto the streets", "ordered the army into the city"
         + "|" + verb("order") + r"\s+(?:[\w,'’-]+\s+){0,3}?(?:" + _MILITARY_UNITS + r"|army\b|military\b)\s+(?:onto|into)\b",
         mode=(M.TROOPS,), future=EventType.THREATEN, cameo="154", needs=frozenset({"actor"}),
         recipient_preps=("to", "into", "toward", "towards"),
         examples=("China sent warships to the strait", "Russia moved tanks and troops toward the border",
                   "Russia massed troops along the border", "Hezbollah moved fighters into southern Syria")),
    Rule("mobilize.mass", T.MOBILIZE,
         # intransitive: "militiamen massed on the outskirts", "soldiers have been massing along the frontier"
         verb("mass", "amass", "concentrate", "build up", "muster", "regroup")
         + r"(?=\s+(?:on|along|near|at|outside|around|in|across|close\s+to|just)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:outskirts|borders?|frontiers?|front\s*lines?|boundary|line|edge|gates|perimeter|approaches|(?-i:\p{Lu}))|\s+(?:on|along|near|outside)\b)",
         mode=(M.TROOPS,), future=TH, cameo="154", needs=frozenset({"actor", "armed"}),
         examples=("Militiamen massed on the outskirts of Tripoli", "soldiers have been massing along the frontier")),
    Rule("mobilize.units-sent", T.MOBILIZE,
         # the passive of mobilize.send: "two additional brigades had been moved to the Jammu
         # sector", "thousands of troops were sent to the border"
         r"(?<=" + _MILITARY_UNITS + r"\s+(?:had|have|has|were|was|are|is|will|would)\s+(?:also\s+)?(?:been\s+|being\s+|be\s+)?)"
         r"(?:moved|sent|rushed|dispatched|redeployed|transferred|shifted|airlifted|flown|ferried)\s+(?:in\s+)?(?:to|into|towards?)\b",
         mode=(M.TROOPS,), future=TH, cameo="154", needs=frozenset({"participant"}), of_is_actor=True,
         examples=("two additional brigades had been moved to the Jammu sector", "thousands of troops were sent to the border")),
    Rule("mobilize.move-closer", T.MOBILIZE,
         # "moved units closer to the border", "troops edged closer to the frontier"
         verb("move", "edge", "inch", "bring", "shift", "reposition")
         + r"\s+(?:[\w'’,-]+\s+){0,4}?(?:closer|nearer)\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:borders?|frontiers?|front(?:\s*lines?)?|boundary|line\s+of\s+control|demarcation\s+line|ceasefire\s+line)\b",
         mode=(M.TROOPS,), future=TH, cameo="154", needs=frozenset({"actor"}),
         examples=("Russia moved units closer to the Ukrainian border", "troops edged closer to the frontier")),
    Rule("mobilize.order-to", T.MOBILIZE,
         # "ordered an aircraft carrier group to the eastern Mediterranean": to a place, not to act
         verb("order") + r"\s+(?:[\w,'’-]+\s+){0,4}?" + _MILITARY_UNITS
         + r"(?=\s+(?:into|toward|towards|to\s+(?:the|a|an|its|their|(?-i:\p{Lu}))))",
         mode=(M.TROOPS,), future=EventType.THREATEN, cameo="154", needs=frozenset({"actor"}),
         recipient_preps=("to", "into", "toward", "towards"),
         examples=("The Pentagon ordered an aircraft carrier group to the eastern Mediterranean",
                   "Beijing ordered warships to the Taiwan Strait")),
    Rule("mobilize.alert", T.MOBILIZE, r"(?:put|puts|putting|placed|place|places|placing)\s+(?:\w+\s+){0,4}?on\s+(?:an?\s+)?(?:high\s+|full\s+|maximum\s+|combat\s+)?(?:alert|standby|war\s+footing)|"
         # "placed its forces on the highest level of combat readiness", "brought troops to full readiness"
         r"(?:put|puts|putting|placed|place|places|placing|brought|bring(?:s|ing)?)\s+(?:[\w'’-]+\s+){0,4}?(?:on|to|into)\s+(?:(?:the|a|its|their)\s+)?(?:(?:highest|higher|high|full|maximum|top|heightened|increased)\s+)?(?:(?:level|state|degree)\s+of\s+)?(?:(?:combat|military|nuclear|war|battle|operational)\s+)?(?:readiness|alert|preparedness)|(?:remain(?:s|ed)?|stay(?:s|ed)?|are|were|was|is|be|been|went|go|goes)\s+on\s+(?:high\s+|full\s+|maximum\s+|combat\s+|heightened\s+)?(?:alert|standby|war\s+footing)|" + phrase("raised alert level", "heightened alert", "high alert", "combat readiness", "missile test", "test-fired", "test-fires", "test-fire", "military drills", "military exercises", "war games")
         # a missile fired at a target is an attack (assault.fire-at), not a test
         + "|" + phrase("fired a ballistic missile") + r"(?!\s+(?:at|on|toward|towards|against)\b|\s+into\s+(?!(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:sea|waters|ocean)\b))",
         mode=(M.WEAPONS,), future=TH, cameo="152",
         needs=frozenset({"actor"}), of_is_actor=True,  # "forces were put on alert": they mobilise
         examples=("the army was put on high alert", "North Korea test-fired a missile")),
    # --- SANCTION --------------------------------------------------------------------------------
    Rule("sanction.impose", T.SANCTION,
         verb("sanction", "impose sanctions on", "impose sanctions against", "slap sanctions on", "embargo", "blacklist", "freeze the assets of") + "|" + noun("sanction", "embargo", "arms embargo", "trade embargo", "asset freeze", "travel ban"),
         mode=(M.DISCONTINUE,), future=TH, cameo="163",
         needs=frozenset({"actor"}),
         examples=("the EU imposed sanctions on Russia", "Washington blacklisted the firm")),
    Rule("sanction.slap", T.SANCTION,
         verb("slap", "impose", "place", "clamp", "enforce", "tighten", "widen", "expand", "extend", "reimpose", "re-impose")
         + r"\s+(?:[\w'’,-]+\s+){0,5}?(?:embargo(?:es)?|sanctions|asset\s+freezes?|travel\s+bans?|trade\s+restrictions|export\s+controls)\b",
         mode=(M.DISCONTINUE,), future=TH, cameo="163", needs=frozenset({"actor"}),
         recipient_preps=("on", "against"),
         examples=("The United States slapped an oil and arms embargo on Libya",
                   "the EU imposed new sanctions on Russia")),
    Rule("sanction.freeze-assets", T.SANCTION,
         verb("freeze") + r"\s+(?:[\w'’,$.-]+\s+){0,6}?(?:assets|reserves|holdings|loans|credits?|credit\s+lines)\b",
         mode=(M.DISCONTINUE,), future=TH, cameo="163", needs=frozenset({"actor"}),
         recipient_preps=("to", "of"),
         examples=("Britain froze the assets of the Libyan central bank", "The EU froze Russia's central bank assets",
                   "The World Bank froze loans to Myanmar")),
    Rule("sanction.order-boycott", T.SANCTION,
         # a government that orders a boycott of a country's goods sanctions it; crowds that
         # boycott protest (protest.boycott)
         verb("order", "decree", "impose", "enforce") + r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?boycotts?\s+(?:of|on)\s+(?:[\w'’-]+\s+){0,3}?(?:goods|products|imports|exports|companies|firms|brands|produce|trade)\b",
         mode=(M.DISCONTINUE,), future=TH, cameo="163", needs=frozenset({"actor"}),
         examples=("The Chinese commerce ministry ordered a boycott of Lithuanian goods",)),
    Rule("sanction.cut-ties", T.SANCTION,
         verb("sever", "break off", "cut", "suspend", "halt", "freeze", "end", "terminate", "downgrade", "recall") + r"\s+(?:\w+\s+){0,3}?(?:diplomatic\s+)?(?:ties|relations|aid|assistance|cooperation|contacts|talks|negotiations|mediation|ambassador|envoy|funding|military\s+aid|trade|imports|exports)",
         mode=(M.DISCONTINUE,), future=TH, cameo="161",
         needs=frozenset({"actor"}),
         examples=("The United States suspended part of a military aid program",
                   "Syrian officers ended mediation efforts", "Morocco severed ties with Iran")),
    Rule("sanction.end-agreement", T.SANCTION,
         # "revoked a military cooperation agreement with the United States", "tore up the
         # treaty": ending a pact with another state discontinues relations (CAMEO 161)
         r"(?:scrapp(?:ed|ing)|cancell(?:ed|ing)|annull(?:ed|ing)|" + verb("revoke", "cancel", "terminate", "scrap", "tear up", "annul", "abrogate", "renounce", "rescind") + r")\s+(?:[\w'’.-]+\s+){0,4}?(?:agreements?|accords?|treaty|treaties|pacts?|deals?|memorandum)\b",
         mode=(M.DISCONTINUE,), future=TH, cameo="161", needs=frozenset({"actor", "state"}),
         recipient_preps=("with",),
         examples=("Niger's junta revoked a military cooperation agreement with the United States",
                   "Pyongyang scrapped the 2018 military pact")),
    Rule("sanction.suspension", T.SANCTION, r"(?:suspension|severing|severance|cutoff|cut-off|freezing|freeze|halt|termination|downgrading|breaking\s+off)\s+of\s+(?:[\w-]+\s+){0,3}?(?:ties|relations|links|aid|flights|talks|cooperation|trade|contacts|assistance|funding)",
         mode=(M.DISCONTINUE,), future=TH, cameo="161", needs=frozenset({"actor"}),
         examples=("Italy announced a suspension of air links with Serbia",)),
    Rule("sanction.expel", T.SANCTION, r"(?:expel(?:s|led|ling)?|suspend(?:s|ed|ing)?|kick(?:s|ed|ing)?\s+out|throw(?:s|n|ing)?\s+out|threw\s+out|oust(?:s|ed|ing)?)\s+(?:[\w'’.-]+\s+){0,5}?from\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,3}?(?:" + _BODIES + r"|group|activities|membership|meetings|summits?|institutions|decision-making\s+bodies)\b"
         # "the party expelled three lawmakers"
         r"|expel(?:s|led|ling)?\s+(?:[\w'’,-]+\s+){0,4}?(?:members|lawmakers|MPs|legislators|deputies|senators|councillors|councilors|parliamentarians|dissidents)\b(?!\s+of\s+(?:the\s+)?(?:foreign\s+)?(?:press|media))"
         r"|(?:suspend(?:s|ed|ing)?|revok(?:e|es|ed|ing))\s+(?:[\w'’-]+\s+){0,3}?membership\b",
         mode=(M.EXPEL,), future=TH, cameo="166",
         examples=("the AU suspended Mali from the union", "ECOWAS suspended Mali from its activities",
                   "the AU suspended Niger from membership", "the bloc suspended Russia's membership")),
    Rule("sanction.leave-body", T.SANCTION,
         # a state leaving a bloc, a regional force or a treaty withdraws (PLOVER SANCTION withdraw),
         # it does not retreat: "Mali withdrew from the G5 Sahel force", "pulled out of ECOWAS"
         r"(?:" + verb("withdraw", "pull out", "drop out", "opt out", "walk away") + r"|quit(?:s|ting)?|exit(?:s|ed|ing)?)"
         + r"\s+(?:(?:itself|themselves|formally|officially|completely)\s+)?(?:from|of)\s+(?:the\s+)?"
         + r"(?:(?:(?-i:\p{Lu}[\w'’.-]*)|[\w'’-]+-(?:led|based|backed)|regional|international|multinational|joint|military|defen[cs]e|economic|political|trade|nuclear|arms|climate|peace|landmark|bilateral)\s+){0,5}?"
         + r"(?:" + _BODIES + r"|(?-i:\p{Lu}{2,}\w*)(?!\s+(?:troops|forces|soldiers|fighters|rebels|militants)\b))"
         # "quit the Paris agreement", "left the alliance": a bloc named as the object
         + r"|(?:quit(?:s|ting)?|exit(?:s|ed|ing)?|left|leaves?|leaving|renounc(?:e|es|ed|ing))\s+(?:the\s+)?"
         + r"(?:(?:(?-i:\p{Lu}[\w'’.-]*)|[\w'’-]+-(?:led|based|backed)|regional|international|multinational|joint|defen[cs]e|economic|trade|nuclear|arms|climate|peace|landmark|bilateral)\s+){0,5}?"
         + r"(?:(?:union|alliance|league|bloc|commonwealth|treaty|pact|accord|agreement|deal|convention|coalition|regional\s+force|joint\s+force|peacekeeping\s+(?:force|mission)|criminal\s+court)\b"
         + r"|(?-i:(?:EU|NATO|ECOWAS|OPEC|ICC|WHO|UNESCO|UNHRC|CSTO|OAS|SADC|IGAD|CIS|ASEAN|SCO|AU|G5|OSCE|INF|JCPOA|TPP|UNRWA))\b)"
         + "|" + noun("withdrawal", "exit", "pullout", "pull-out") + r"\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:" + _BODIES + r"|(?-i:\p{Lu}{2,}\w*))",
         mode=(M.WITHDRAW,), future=TH, cameo="161", needs=frozenset({"actor"}), of_is_actor=True,
         examples=("Mali withdrew from the G5 Sahel regional force", "Burkina Faso pulled out of ECOWAS",
                   "Russia withdrew from the Treaty on Conventional Armed Forces", "its withdrawal from the regional bloc")),
    Rule("sanction.freeze-amount", T.SANCTION,
         # an amount before the money: "froze 5 million euros in aid to Rwanda", "suspended $95
         # million of military assistance"
         verb("suspend", "freeze", "halt", "cut", "cut off", "withhold", "block", "pause")
         + r"\s+(?:(?:some|about|around|nearly|almost|over|up\s+to)\s+)?[$€£]?\s?\d[\d.,]*\s+(?:(?:million|billion|bn|m|thousand)\s+)?"
         r"(?:(?:euros?|dollars?|pounds?|francs?|kroner|kronor|yen|rupees|shillings)\s+)?(?:in|of|worth\s+of)\s+(?:[\w-]+\s+){0,2}?" + _FUNDS,
         mode=(M.DISCONTINUE,), future=TH, cameo="161", needs=frozenset({"actor"}), recipient_preps=("to", "for"),
         examples=("The Netherlands froze 5 million euros in aid to Rwanda",
                   "Washington suspended $95 million of military assistance to Egypt")),
    Rule("sanction.suspend-funds", T.SANCTION,
         # "suspended disbursements to Uganda", "froze a $1 billion loan", "halted budget support"
         verb("suspend", "freeze", "halt", "cut", "cut off", "stop", "pause", "withhold", "block")
         + r"\s+(?:(?:(?!(?:to|for|from|on|after|over|amid|by|in)\b)[\w$€£.,'’-]+\s+){0,6}?"
         # "suspended 4.7 million dollars in military assistance"
         + r"|(?:[\w$€£.,'’-]+\s+){1,4}?in\s+(?:[\w-]+\s+){0,2}?)" + _FUNDS
         + r"(?!\s+(?:workers|agencies|groups|convoys?|trucks|lorries|deliveries|shipments)\b)",
         mode=(M.DISCONTINUE,), future=TH, cameo="161", needs=frozenset({"actor"}), recipient_preps=("to", "for"),
         examples=("The World Bank suspended disbursements to Uganda", "The IMF froze a $1 billion loan to Sri Lanka",
                   "Germany has frozen development assistance to Burundi")),
    Rule("sanction.withdraw", T.SANCTION, r"(?:peacekeepers|observers|monitors|inspectors|diplomats|envoys|aid\s+workers|humanitarian\s+workers)\s+(?:were|was|have\s+been|had\s+been|are\s+being|are\s+to\s+be)\s+(?:shipped|pulled|withdrawn|recalled|evacuated)(?:\s+out)?|(?:withdr(?:aw|ew|awn|awing|aws)|pull(?:s|ed|ing)?\s+out|recall(?:s|ed|ing)?)\s+(?:its\s+|their\s+|the\s+)?(?:\w+\s+){0,2}?(?:peacekeepers|observers|monitors|inspectors|diplomats|ambassador|envoy|aid\s+workers|humanitarian\s+workers|mission|staff)",
         mode=(M.WITHDRAW,), future=TH, cameo="166",
         needs=frozenset({"participant"}),
         examples=("Eighty UN peacekeepers were shipped out of Gorazde", "France recalled its ambassador")),
    Rule("sanction.find-guilty-named", T.SANCTION,
         # a long name between "found" and "guilty": "found opposition politician Anatoly Lebedko guilty"
         r"found\s+(?:(?!not\b)[\w'’.-]+\s+){3,6}?guilty\b",
         mode=(M.CONVICT,), cameo="160", needs=frozenset({"participant"}),
         examples=("A court found opposition politician Anatoly Lebedko guilty",)),
    Rule("sanction.fine", T.SANCTION,
         # a court or regulator fining someone: "fined him the equivalent of $3,000"
         r"fined\b|fining\b|" + verb("impose a fine", "slap a fine", "levy a fine"),
         mode=(M.CONVICT,), cameo="160", needs=frozenset({"participant"}), recipient_preps=("on",),
         examples=("a court fined the opposition politician", "the regulator imposed a fine on the broadcaster")),
    Rule("sanction.convict", T.SANCTION, verb("convict", "sentence", "jail for", "find guilty") + r"|found\s+(?:\w+\s+){0,2}?guilty|" + noun("conviction", "death sentence", "prison sentence"),
         mode=(M.CONVICT,), cameo="160",
         needs=frozenset({"participant"}),
         examples=("a court sentenced the opposition leader", "he was found guilty of treason")),
    # --- PROTEST ---------------------------------------------------------------------------------
    Rule("protest.demonstrate", T.PROTEST,
         verb("protest", "demonstrate", "take to the streets", "picket", "stage a sit-in", "gather to protest") + "|" + noun("protest", "demonstration", "sit-in")
         + "|" + _RALLY + "|" + _MARCH
         # "chanted slogans against the government"
         + "|" + verb("chant", "shout") + r"\s+(?:[\w'’-]+\s+){0,2}?slogans\b",
         mode=(M.DEMO,), future=TH, cameo="141", of_is_actor=True,
         needs=frozenset({"actor"}),
         examples=("Thousands of Iraqi Kurds demonstrated in Kirkuk", "protesters rallied outside parliament")),
    Rule("protest.gather", T.PROTEST,
         # "relatives gathered outside the prison gates, demanding lists of the dead": a crowd
         # that gathers to demand, chant or protest demonstrates
         verb("gather", "assemble", "converge", "congregate", "mass")
         + r"(?=\s+(?:[\w'’,-]+\s+){0,10}?(?:demanding|to\s+demand|chanting|protesting|to\s+protest|calling\s+for|denouncing|waving\s+placards|holding\s+placards|carrying\s+placards)\b)",
         mode=(M.DEMO,), future=TH, cameo="141", needs=frozenset({"actor"}),
         examples=("Dozens of relatives gathered outside the prison gates, demanding lists of the dead",)),
    Rule("protest.erupt", T.PROTEST,
         r"(?:riots?|protests?|demonstrations?|unrest|street\s+protests?)\s+(?:have\s+|had\s+)?(?:broke|break|breaks|broken|erupted|erupt|erupts|flared|flare|flares|spread|spreads|swept|sweep|sweeps|rocked|rock|rocks)\b",
         mode=(M.DEMO,), future=TH, cameo="141", needs=frozenset(), of_is_actor=True,
         examples=("Riots broke out in the capital", "protests erupted across the country")),
    Rule("assault.erupt", T.ASSAULT,
         r"(?:clashes|fighting|heavy\s+fighting|gunfire|gun\s+battles?|violence)\s+(?:have\s+|had\s+)?(?:broke|break|breaks|broken|erupted|erupt|erupts|flared|flare|flares)\b",
         future=TH, cameo="190", needs=frozenset(),
         examples=("Clashes erupted between rival militias", "heavy fighting broke out in the city")),
    Rule("protest.riot", T.PROTEST, r"riot(?:ed|ing)|riots?(?!\s+(?:police|gear|squad|control|officers?|units?))|" + noun("unrest", "violent protest", "violent demonstration"),
         mode=(M.RIOT,), future=TH, cameo="145", of_is_actor=True,
         needs=frozenset({"actor"}),
         examples=("Palestinian riots against Israeli military policies",)),
    Rule("protest.riot-stones", T.PROTEST,
         # unarmed crowds throwing stones or petrol bombs riot; armed groups that do it attack
         verb("throw", "hurl", "pelt", "lob") + r"\s+(?:[\w'’-]+\s+){0,2}?(?:stones|rocks|bricks|bottles|petrol\s+bombs|fire\s*bombs|molotov\s+cocktails)\b",
         mode=(M.RIOT,), future=TH, cameo="145", needs=frozenset({"actor", "unarmed"}),
         examples=("A group of young men threw stones at the French embassy",
                   "protesters hurled petrol bombs at police")),
    Rule("protest.riot-burn", T.PROTEST,
         # a crowd that burns or loots riots (PLOVER PROTEST riot); armed groups that do it attack
         r"(?<=\b(?:rioters|protesters|protestors|demonstrators|mobs?|crowds?|supporters|youths|students|strikers|mourners|(?:angry|rioting|protesting)\s+(?:youths?|residents|students|supporters|villagers|men))\s+(?:[\w'’,-]+\s+){0,4}?)"
         + verb("burn", "torch", "set fire to", "set ablaze", "set alight", "firebomb", "loot", "ransack", "pillage", "smash", "trash", "storm", "burn down")
         # "buildings were torched by rioters"
         + r"|(?:burn(?:ed|t)|torched|set\s+(?:on\s+fire|ablaze|alight)|looted|ransacked|pillaged|smashed|trashed)"
         + r"(?=\s+(?:[\w'’-]+\s+){0,3}?by\s+(?:angry\s+|rampaging\s+)?(?:rioters|protesters|protestors|demonstrators|mobs?|crowds?)\b)",
         mode=(M.RIOT,), future=TH, cameo="145", needs=frozenset({"actor"}),
         examples=("Rioters set fire to a police station", "an angry mob burned down a church",
                   "Protesters torched the offices of the ruling party", "shops were looted by rioters")),
    Rule("protest.vandalize", T.PROTEST,
         verb("topple", "pull down", "tear down", "bring down", "deface", "vandalise", "vandalize", "desecrate",
              "smash", "behead", "daub", "spray-paint", "spray paint", "dismantle", "knock over", "throw paint on")
         + r"\s+(?:(?!(?:from|by|after|as)\b)[\w'’,-]+\s+){0,4}?(?:statues?|monuments?|memorials?|busts?|plaques?|graves?|gravestones|tombstones|cemeter(?:y|ies)|murals?|shrines?|effig(?:y|ies)|obelisks?|war\s+memorials?)\b",
         mode=(M.VANDALIZE,), future=TH, cameo="145", needs=frozenset({"actor"}),
         examples=("Protesters toppled a statue of Cecil Rhodes", "Demonstrators defaced a monument to Soviet soldiers",
                   "vandals desecrated Jewish graves")),
    Rule("sanction.walk-out-session", T.SANCTION,
         # a delegation leaving a session of talks halts them (CAMEO 164), as sanction.halt-talks:
         # "the Kosovo delegation walked out of a session", "left the negotiating room in protest"
         # (a walkout of parliament or of a job is a protest: protest.strike)
         # (one alternative per verb form, so that the row is tried before protest.strike)
         "|".join(form + r"\s+out\s+of\s+(?:(?:the|a|an|its|their|his|her|this|that|last|final|closing|opening|[\w'’-]+-(?:hosted|brokered|led|sponsored))\s+){0,3}"
                  r"(?:[\w'’-]+\s+){0,2}?(?:sessions?|meetings?|summit|negotiating\s+room|negotiations\s+room|round\s+of\s+talks|plenary)\b"
                  for form in (*inflections("walk"), *inflections("storm")))
         + "|" + "|".join(form + r"\s+the\s+(?:negotiating|negotiation|negotiations)\s+(?:room|table)\b"
                          for form in (*inflections("leave"), *inflections("quit"))),
         mode=(M.WITHDRAW,), future=TH, cameo="164", needs=frozenset({"actor"}),
         examples=("the Kosovo delegation walked out of a session on the rights of ethnic Serbs",
                   "Kurti and his team left the negotiating room in protest")),
    Rule("protest.paralyse-with", T.PROTEST,
         # "transport workers paralysed the country with a strike", "dockers paralysed the ports
         # with a 48-hour stoppage"
         r"paraly[sz](?:ed|es|ing|e)\s+(?:[\w'’-]+\s+){1,4}?with\s+(?:an?\s+|their\s+|a\s+series\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:strikes?|stoppages?|walkouts?)\b",
         mode=(M.STRIKE,), future=TH, cameo="143", needs=frozenset({"actor"}),
         examples=("transport workers paralysed the country with a strike",
                   "dockers paralysed the ports with a 48-hour stoppage")),
    Rule("protest.strike-on", T.PROTEST,
         # "went on an indefinite strike", "are going on a 48-hour strike" (not a hunger strike)
         r"(?:go|goes|went|gone|going)\s+on\s+(?:an?\s+)?(?:(?!hunger\b)[\w-]+\s+){1,3}?strikes?\b",
         mode=(M.STRIKE,), future=TH, cameo="143", needs=frozenset({"actor"}),
         examples=("Thousands of miners went on an indefinite strike", "doctors are going on a 48-hour strike")),
    Rule("protest.counter-demonstration", T.PROTEST,
         # "held a counter-demonstration nearby"
         noun("counter-demonstration", "counterdemonstration", "counter-protest", "counterprotest", "counter-rally", "counter-march"),
         form=Form.NOUN, mode=(M.DEMO,), future=TH, cameo="141", of_is_actor=True, needs=frozenset({"actor"}),
         examples=("A smaller group of Serbs held a counter-demonstration nearby",)),
    Rule("protest.strike", T.PROTEST,
         r"(?:(?:go|went|gone|going|goes)\s+on\s+(?:a\s+)?(?:general\s+|nationwide\s+)?strike(?!\s+hunger)|(?:general|nationwide|national|labour|labor|workers'?|teachers'?|doctors'?|transport)\s+strikes?|(?:call(?:s|ed|ing)?(?!\s+off\b)|stag(?:e|es|ed|ing)|launch(?:es|ed|ing)?|hold|held|holds|begin|began|start(?:s|ed|ing)?)\s+(?:a\s+|an\s+|the\s+|their\s+)?(?:(?!hunger\b)[\w-]+\s+){0,2}?(?<!hunger\s)strike|walk(?:ed|s|ing)?\s+off\s+(?:the|their|his|her)\s+jobs?\b|walk(?:ed|s|ing)?\s+out(?!\s+of\s+(?:(?:the|its|their|all|further|peace|direct|bilateral|national|\w+-brokered)\s+){0,3}(?:talks|negotiations|dialogue|peace\s+process|peace\s+conference)\b)|walkouts?)",
         mode=(M.STRIKE,), future=TH, cameo="143",
         needs=frozenset({"actor"}),
         examples=("workers went on strike", "unions called a general strike")),
    Rule("protest.on-strike", T.PROTEST,
         # "fishermen stayed on strike for a third day", "teachers remain on strike"
         r"(?:stay(?:s|ed|ing)?|remain(?:s|ed|ing)?)\s+on\s+(?:an?\s+)?(?:(?:general|indefinite|open-ended)\s+)?strike\b(?!\s+hunger)",
         mode=(M.STRIKE,), future=TH, cameo="143", needs=frozenset({"actor"}),
         examples=("fishermen stayed on strike for a third day",)),
    Rule("protest.hunger", T.PROTEST,
         # "have gone on hunger strike", "have been on a hunger strike since May": the verb carries it
         r"(?:" + verb("go") + r"|(?:is|are|was|were|been|remain(?:s|ed)?|stay(?:s|ed)?)|(?-i:\p{Ll}+)(?<=\bstill))\s+on\s+(?:an?\s+)?(?:[\w-]+\s+)?hunger[\s-]+strikes?"
         + "|" + phrase("hunger strike", "hunger strikes", "hunger-strike", "hunger strikers", "hunger striker"),
         mode=(M.HUNGER,), future=TH, cameo="1421", needs=frozenset({"actor"}),
         examples=("detainees began a hunger strike",)),
    Rule("protest.boycott", T.PROTEST, verb("boycott") + "|" + noun("boycott")
         # "stayed away from the polls", "shunned the vote"
         + "|" + verb("stay away from", "keep away from", "shun", "snub", "sit out", "abstain from")
         + r"\s+(?:the\s+|this\s+|next\s+|its\s+|their\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:elections?|polls?|vote|ballot|referendum|parliament|sessions?|sittings?|assembly|inauguration|swearing-in|talks|census)\b",
         mode=(M.BOYCOTT,), future=TH, cameo="143",
         needs=frozenset({"actor"}),
         examples=("the opposition boycotted the election", "they would boycott all official contact")),
    Rule("protest.snub", T.PROTEST,
         # (the verb table does not double "snub": "snubbed the election")
         r"snubb(?:ed|ing)\s+(?:the\s+|this\s+|next\s+|its\s+|their\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:elections?|polls?|vote|ballot|referendum|parliament|sessions?|sittings?|assembly|inauguration|swearing-in|talks|census)\b",
         mode=(M.BOYCOTT,), future=TH, cameo="143", needs=frozenset({"actor"}),
         examples=("Opposition parties snubbed the election",)),
    Rule("protest.obstruct", T.PROTEST, verb("block", "barricade", "blockade", "occupy", "block off", "shut", "seal") + r"\s+(?:[\w'’-]+\s+){0,4}?(?:streets?|roads?|highways?|motorways?|bridges?|roadways?|access|entrances?|traffic|railways?|rail\s+(?:lines?|tracks?)|railway\s+lines?|tracks|the\s+border|(?:border\s+)?crossings?|border\s+(?:posts?|points?)|checkpoints|ports?|harbou?rs?|terminals?|junctions|intersections|roundabouts|ring\s+roads?)\b(?!\s+(?:police|officials|authorities)\b)",
         mode=(M.OBSTRUCT,), future=TH, cameo="144",
         examples=("Hundreds of thousands of people blocked streets in Hong Kong",
                   "farmers would blockade Paris roads")),
)
