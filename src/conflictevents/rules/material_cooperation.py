"""Material cooperation: COOPERATE, AID, RETREAT (PLOVER quad class 2)."""

from __future__ import annotations

from typing import Final

from ..codes.plover import EventType, Mode
from . import Form, Rule, noun, phrase, verb

T = EventType
M = Mode
AG = EventType.AGREE
CO = EventType.CONCEDE

RULES: Final[tuple[Rule, ...]] = (
    # --- COOPERATE -------------------------------------------------------------------------------
    Rule("cooperate.share", T.COOPERATE,
         verb("share intelligence", "share information", "share evidence", "exchange intelligence", "exchange prisoners", "cooperate", "collaborate", "coordinate", "partner", "team up", "join forces", "work together", "conduct joint", "hold joint") + "|" + noun("joint patrol", "joint exercise", "joint operation", "prisoner exchange", "prisoner swap"),
         future=AG, cameo="060", recipient_preps=("with",),
         examples=("Israeli intelligence officials have shared evidence with the U.S.",
                   "the two armies conducted joint patrols")),
    Rule("cooperate.joint", T.COOPERATE, r"joint\s+(?:[\w-]+\s+){0,2}?(?:exercises|drills|war\s+games|patrols|operations|manoeuvres|maneuvers|investigation|statement|task\s+force|commission)",
         future=AG, cameo="062", needs=frozenset({"participant"}), recipient_preps=("with",),
         examples=("French and Egyptian warships held joint naval exercises",)),
    Rule("cooperate.extradite", T.COOPERATE, verb("extradite", "hand over", "turn over", "surrender suspects"),
         future=AG, cameo="064", recipient_preps=("to",),
         needs=frozenset({"actor", "recipient"}),
         examples=("Libya handed over the suspects to Britain",)),
    # --- AID -------------------------------------------------------------------------------------
    Rule("aid.give", T.AID,
         verb("provide", "send", "deliver", "donate", "supply", "give", "grant", "airlift", "ship", "extend", "disburse", "allocate", "channel", "dispatch") + r"\s+(?:[\w.,'’-]+\s+){0,8}?(?:aid|assistance|relief|supplies|food|medicine|medical\s+supplies|weapons|arms|ammunition|equipment|funds|funding|loans?|grants?|money|asylum|refuge|intelligence|photographs|information|dollars|euros|\$\s*[\d.,]+(?:\s+(?:million|billion|m|bn))?|tents|vaccines|humanitarian|goods|support\s+package|military\s+support|financial\s+support)",
         future=AG, cameo="070", recipient_preps=("to", "for"),
         needs=frozenset({"actor"}),
         examples=("Doctors from two American aid groups donated goods", "the US sent weapons to Ukraine",
                   "Japan provided $10 million in aid")),
    Rule("aid.noun", T.AID, phrase("aid convoy", "aid convoys", "aid shipment", "aid shipments", "airdrop", "airdrops", "air drops", "food aid", "humanitarian aid", "military aid", "arms deliveries", "weapons deliveries", "relief supplies"),
         form=Form.NOUN, future=AG, cameo="070", recipient_preps=("to", "for"),
         needs=frozenset({"actor"}),
         examples=("an aid convoy reached Gaza",)),
    Rule("aid.train", T.AID, r"aid(?:ed|ing)|" + verb("train", "equip", "arm", "fund", "finance", "bankroll", "evacuate", "rescue", "shelter", "host refugees", "treat the wounded"),
         future=AG, cameo="070", needs=frozenset({"actor", "recipient"}),
         examples=("NATO trained Afghan forces", "the UN evacuated civilians")),
    Rule("aid.evacuation", T.AID, noun("evacuation", "airlift", "rescue operation", "humanitarian corridor"),
         form=Form.NOUN, future=AG, cameo="073", recipient_preps=("of", "for"),
         needs=frozenset({"actor"}),
         examples=("officials announced the evacuation of residents",)),
    Rule("aid.peacekeepers", T.AID, verb("deploy", "send", "dispatch") + r"\s+(?:\w+\s+){0,3}?(?:peacekeepers|peacekeeping\s+(?:troops|force|mission)|observers|monitors|medical\s+teams?|rescue\s+teams?|aid\s+workers)",
         future=AG, cameo="074", recipient_preps=("to", "in"),
         needs=frozenset({"actor"}),
         examples=("the AU deployed peacekeepers to Somalia",)),
    # --- RETREAT ---------------------------------------------------------------------------------
    Rule("retreat.withdraw", T.RETREAT,
         verb("withdraw", "retreat", "evacuate", "vacate", "abandon", "leave", "exit", "pull back", "fall back", "relocate") + "|" + verb("pull", "move", "ship", particle="out") + "|" + noun("withdrawal", "pullout", "pull-out", "retreat", "exit", "departure", "drawdown"),
         mode=(M.WITHDRAW,), future=CO, cameo="0874", needs=frozenset({"actor", "armed"}),
         of_is_actor=True,
         examples=("90 per cent of its troops had withdrawn from the country", "with US troops leaving Afghanistan",
                   "most US troops having pulled out of key areas", "the hasty exit of American and other NATO troops")),
    Rule("retreat.flee", T.RETREAT, verb("flee", "escape", "defect", "desert", "cross into", "seek refuge", "pour into", "take refuge"),
         mode=(M.WITHDRAW,), future=CO, cameo="0874", needs=frozenset({"actor", "armed"}),
         of_is_actor=True,
         examples=("hundreds of Afghan soldiers had fled to neighbouring Tajikistan",)),
    Rule("retreat.surrender", T.RETREAT, verb("surrender", "capitulate", "give up", "lay down arms", "lay down their arms", "lay down weapons", "hand over weapons", "disarm", "demobilize", "demobilise", "yield") + "|" + noun("surrender", "disarmament", "demobilization", "demobilisation"),
         mode=(M.DISARM,), future=CO, cameo="0873", recipient_preps=("to",), of_is_actor=True,
         needs=frozenset({"participant"}),
         examples=("some troops reportedly surrendering to the militant group",)),
    Rule("retreat.release", T.RETREAT, verb("release", "free", "set free", "let go", "pardon", "amnesty", "swap prisoners") + "|" + noun("release"),
         mode=(M.RELEASE,), future=CO, cameo="0841",
         needs=frozenset({"actor", "recipient"}),
         examples=("the rebels released 12 hostages", "Iran freed two Americans")),
    Rule("retreat.cease-fire", T.RETREAT, verb("cease fire", "hold fire", "stop firing", "halt fire", "silence their guns", "lay down their arms"),
         mode=(M.CEASEFIRE,), future=CO, cameo="0871", needs=frozenset({"participant"}),
         examples=("both sides ceased fire at midnight",)),
    Rule("retreat.ceasefire", T.RETREAT, r"(?:observ(?:e|es|ed|ing)|respect(?:s|ed|ing)?|implement(?:s|ed|ing)?|hold(?:s|ing)?|held)\s+(?:a\s+|the\s+)?(?:\w+\s+){0,2}?(?:ceasefire|cease-fire|truce)|" + phrase("ceasefire took effect", "ceasefire takes effect", "ceasefire came into force", "truce took effect", "guns fell silent", "ceasefire held"),
         mode=(M.CEASEFIRE,), future=CO, cameo="0871", needs=frozenset(),
         examples=("the ceasefire took effect at midnight",)),
    Rule("retreat.access", T.RETREAT, verb("allow", "grant", "give", "permit") + r"\s+(?:\w+\s+){0,4}?(?:access|entry|passage|in\b)|" + verb("open") + r"\s+(?:\w+\s+){0,3}?(?:humanitarian\s+corridor|border\s+crossing|crossings?|corridors?)",
         mode=(M.ACCESS,), future=CO, cameo="0843",
         needs=frozenset({"actor"}),
         examples=("Israel allowed aid trucks access", "Kyiv opened a humanitarian corridor")),
    Rule("retreat.lift-blockade", T.RETREAT,
         verb("lift", "end", "ease", "break", "relax", "open") + r"\s+(?:[\w'’,-]+\s+){0,5}?(?:blockade|siege|closure|cordon|checkpoints?|roadblocks?)",
         mode=(M.ACCESS,), future=EventType.CONCEDE, cameo="0843", needs=frozenset({"actor"}),
         examples=("The Israeli army lifted Friday a day-old blockade on Palestinian lorries",)),
    Rule("retreat.receive-observers", T.RETREAT, verb("receive", "admit", "welcome", "accept") + r"\s+(?:\w+\s+){0,3}?(?:observers|monitors|inspectors|peacekeepers|investigators)",
         mode=(M.ACCESS,), future=CO, cameo="0843",
         needs=frozenset({"actor"}),
         examples=("Kyrgyz Prime Minister Nikolai Tanaev received a mission of observers from the OSCE",)),
    Rule("retreat.return", T.RETREAT, verb("return", "hand back", "give back", "restore") + r"\s+(?:[\w'’-]+\s+){0,4}?(?:weapons|arms|property|properties|land|territory|bodies|remains|prisoners|hostages|detainees|equipment|captives|assets|seized)",
         mode=(M.RELEASE,), future=AG, cameo="0841", needs=frozenset({"actor"}),
         examples=("the RUF will return weapons and military equipment seized last year",)),
    Rule("retreat.resign", T.RETREAT, verb("resign", "step down", "quit", "stand down", "abdicate") + "|" + noun("resignation"),
         mode=(M.RESIGN,), future=CO, cameo="0833", needs=frozenset({"actor"}),
         examples=("the prime minister resigned",)),
    Rule("retreat.compensate", T.RETREAT, verb("pay compensation", "pay reparations", "compensate", "return property", "return land", "restore"),
         future=CO, cameo="080", needs=frozenset({"actor"}),
         examples=("Uganda said it had paid compensation to 67 British nationals",)),
)
