"""Event type, sub-type, actors and civilian targeting in ACLED's vocabulary, from trigger words.

Rules (ACLED codebook):

* Battles: armed clashes and assaults (fighting, clashes, storming, repelled assaults) are "Armed
  clash" even when artillery or drones are also mentioned; a side taking territory is "Non-state actor
  overtakes territory" (foreign forces, as ACLED codes Russia's in Ukraine) or "Government regains
  territory".
* Explosions/Remote violence: attacks from afar with no clash: "Air/drone strike" (aircraft, drones,
  glide bombs), "Remote explosive/landmine/IED" (mines, IEDs, sabotage blasts), else
  "Shelling/artillery/missile attack" (artillery, rockets, missiles, and strikes with no weapon named).
  Damage reports without casualty words ("the theatre was hit", "a kindergarten was destroyed") are
  events with unknown fatalities.
* Strategic developments: interceptions with no damage or casualties ("Disrupted weapons use");
  looting and seizure of goods ("Looting/property destruction"); a withdrawal without fighting
  ("Non-violent transfer of territory").
* Violence against civilians: executions, shootings and torture of civilians with no remote weapon
  ("Attack"); abductions ("Abduction/forced disappearance").
* Not events: floods, outages, evacuations with no attack named; accidents (crashes, drownings,
  gas explosions) with no weapon or fight named; repairs and reconstruction with no casualties;
  anniversaries and commemorations of past attacks.
"""

from __future__ import annotations

import re

from ..record import BATTLES, EXPLOSIONS, PROTESTS, STRATEGIC, VAC

RUSSIA = "Military Forces of Russia"
UKRAINE = "Military Forces of Ukraine"

_CAPTURE = re.compile(
    r"\b(captur\w*|took (?:full )?control|taken (?:full )?control|tak(?:e|es|en|ing) over|seiz\w*|"
    r"occup(?:ied|y)|liberat\w*|recaptur\w*|retook|retaken|regain\w*|took the (?:village|town|settlement)|"
    r"taken the (?:village|town|settlement)|entered the (?:village|town)|"
    r"pushed (?:russian|ukrainian) (?:forces|troops) out)\b",
    re.I)
_RETAKE = re.compile(r"\b(liberat\w*|recaptur\w*|retook|retaken|regain\w*|pushed \w+ (?:forces|troops) out)\b", re.I)
_CLASH = re.compile(r"\b(fighting|clash\w*|battles?|assault\w*|repel\w*|repuls\w*|counter-?attack\w*|"
                    r"firefight|gunfight|shootout|storm(?:ed|ing)|offensive operations?|"
                    r"close combat)\b(?!\s+shadow)", re.I)
# ground fighting told without a clash word: an armed clash when no remote weapon is named
_GROUND = re.compile(r"\b(attack\w*\s+(?:\w+\s+){0,2}?positions|ground (?:attack|assault)\w*|infantry|"
                     r"armou?red vehicles?|advanc(?:ed|ing|es)\s+(?:into|on|towards?|in)|"
                     r"push(?:ed|ing)\s+(?:\w+\s+)?back|tried to (?:advance|break through)|break through)\b", re.I)
# "repelled a drone attack" is air defence, not a clash
_REMOTE_REPEL = re.compile(r"\b(?:repel\w*|repuls\w*)\s+(?:\w+\s+){0,3}?(?:drones?|missiles?|air|aerial|rockets?|"
                           r"shaheds?)\b", re.I)
_IED = re.compile(r"\b(explosive device|ied|landmine|land mine|mine|mines|car bomb|booby|sabotage|underwater "
                  r"explosive|naval drone|sea drone|blew up|blown up|blow(?:ing|s)? (?:it|them|\w+ \w+) up|"
                  r"detonat\w*|anti-tank mine|tripwire)\b", re.I)
_AIR = re.compile(r"\b(drones?|uavs?|shahed\w*|geran\w*|fpv|air ?strikes?|airstrikes?|aerial bombs?|glide bombs?|"
                  r"guided bombs?|kabs?|bombers?|aircraft|warplanes?|jets?|lancet|air raid)\b", re.I)
_SHELL = re.compile(r"\b(missiles?|rockets?|ballistic|cruise|iskander\w*|kinzhal\w*|kalibr|s-300|shell\w*|artillery|"
                    r"mortars?|mlrs|grad|himars|uragan|smerch|howitzers?|barrage|under fire)\b", re.I)
_GENERIC = re.compile(r"\b(strikes?|struck|attack\w*|hit|hits|bombard\w*|pounded|targeted|explosions?|blasts?|"
                      r"shot dead|opened fire|fired on|fired at|killed|killing|kills?|died|dies|wounded|wounding|"
                      r"injured|injuring|dead|sank|sunk|sniper|gunfire|kia|wia)\b", re.I)
_VAC = re.compile(r"\b(shot dead|executed|execution|tortur\w*|opened fire on (?:civilians|a car|residents)|"
                  r"shot (?:and killed )?(?:\w+ )?civilians|abducted and killed)\b", re.I)
_DAMAGE = re.compile(r"\b(destroyed|damaged|ruined|razed|gutted|burn(?:ed|t) down|set (?:on fire|ablaze)|"
                     r"caught fire|hit|struck|shelled|bombed|reduced to rubble)\b", re.I)
FACILITY = re.compile(r"\b(buildings?|houses?|homes?|school|kindergarten|hospital|clinic|theat(?:re|er)|church|"
                       r"cathedral|museum|station|plant|factory|warehouse|depot|bridge|substation|infrastructure|"
                       r"apartment|block|market|shop|supermarket|mall|shopping cent(?:re|er)|port|dam|university|"
                       r"library|stadium|hotel|enterprise|farm|granary|silo|facility|"
                       r"facilities|railway|train|bus|car|vehicle|tower|pipeline|refinery)\b", re.I)
# what a sentence is about when it is not an attack
_NOT_EVENT = re.compile(r"\b(anniversar\w*|commemorat\w*|memorial|mourn\w*|years? ago|"
                        r"honou?r(?:ed|ing)? the (?:victims|memory))\b", re.I)
_REPAIR = re.compile(r"\b(repair\w*|rebuil\w*|reconstruct\w*|restor\w*|reopen\w*)\b", re.I)
_WEAK_NOT_EVENT = re.compile(r"\b(flood\w*|outages?|blackouts?|power cuts?|without (?:power|electricity|water|"
                             r"heating)|evacuat\w*|storms?|rain\w*|snow\w*|weather|heatwave|wildfires?)\b", re.I)
# accidents kill too, but are not political violence unless a weapon or a fight is named
_ACCIDENT = re.compile(r"\b(accidents?|crash\w*|collision|drown\w*|road traffic|gas (?:leak|explosion)|"
                       r"carbon monoxide|(?:a|the) fire|fire broke out|blaze|short circuit|collapsed? due to)\b", re.I)
_ATTACK = re.compile(r"\b(attack\w*|strikes?|struck|shell\w*|bombard\w*|shot|fired|explo\w*|blasts?|killed|"
                     r"killing|wounded|injured|dead|died)\b", re.I)
_REPEL = re.compile(r"\b(repel\w*|repuls\w*|beat back|fought off|thwart\w*)\b", re.I)
_UKR_ASSAULT = re.compile(r"\bukrain\w* (?:forces|troops|units|soldiers|army)? ?(?:counter-?attack\w*|"
                          r"counter-?offensive|assault\w*|attack(?:ed|ing)|advanc\w*|storm\w*)", re.I)
_GENERIC_STRIKE = re.compile(r"\b(strikes?|struck|hit|attack\w*|bomb\w*|explo\w*|drones?)\b", re.I)
_HOSTILE = re.compile(r"\b(shell\w*|strikes?|struck|attack\w*|shot)\b", re.I)
_LOOT = re.compile(r"\b(loot\w*|plunder\w*|pillag\w*|ransack\w*|seiz\w* (?:\w+ ){0,3}?(?:grain|goods|property|"
                   r"equipment|vehicles?|cars?|cargo|ships?|vessels?|tankers?|weapons|ammunition|humanitarian aid))\b",
                   re.I)
_WITHDRAW = re.compile(r"\b(withdr[ae]w\w*|pulled out|retreated|without a fight|handed over)\b", re.I)
_ABDUCT = re.compile(r"\b(abduct\w*|kidnap\w*|forcibly (?:disappeared|deported|taken)|"
                    r"(?:took|taken|taking|brought) (?:\w+ ){0,2}to an unknown (?:location|destination)|"
                    r"whereabouts (?:are|is|remain\w*) unknown)\b", re.I)
_ARREST = re.compile(r"\b(detain\w*|arrest\w*)\b", re.I)
_PROTEST = re.compile(r"(?<!lodged a )(?<!diplomatic )\b(rall(?:y|ies)|protests?(?! (?:to|note|with))|protesters|"
                      r"protestors|demonstrations?|demonstrators|picket\w*|took to the streets)\b", re.I)
_PROTEST_FORCE = re.compile(r"\b(kill\w*|injur\w*|wound\w*|beat\w*|gunfire|shot|stun grenades?|tear gas|"
                            r"rubber bullets)\b", re.I)
_PROTEST_HELD = re.compile(r"\b(dispers\w*|detain\w*|arrest\w*|broke up|break up)\b", re.I)
_ARSON = re.compile(r"\b(set (?:fire to|on fire|ablaze)|arson\w*|torch(?:ed|ing)|burn(?:ed|t) down)\b", re.I)
_SHOTDOWN = re.compile(r"\b(shot down|intercepted|downed|destroyed in the air|neutrali[sz]ed)\b", re.I)
_CIVILIAN = re.compile(r"\b(civilians?|residents?|children|child|girl|boy|woman|women|man|men|elderly|pensioners?|"
                       r"passengers?|drivers?|pedestrians?|passers-by|bus|market|apartment|residential|homes?|"
                       r"houses?|hospital|school|kindergarten|shop|supermarket|café|cafe|restaurant|playground|"
                       r"workers?|employees?|farmers?|tractor|"
                       r"city cent(?:re|er)|volunteers?|medics?|journalists?|people)\b", re.I)
_MILITARY_TARGET = re.compile(r"\b(positions?|troops|soldiers|servicemen|military (?:target|facility|facilities|"
                              r"equipment|base)|airfield|air base|ammunition|depot|command post|bridge|refinery|"
                              r"oil depot|pillar|radar|headquarters|fleet|warships?|brigade|units?)\b", re.I)
_UKR_ACTOR = re.compile(r"\b(ukrain\w+ (?:forces|troops|army|military|drones?|missiles?|strikes?|attack|"
                        r"units?|defen[cs]e forces|navy|soldiers|sabotage)|ukraine's (?:military|army|forces|"
                        r"sbu|navy|general staff|security service)|sbu|hur|kyiv claimed|ukraine claimed|"
                        r"ukrainian special|security service of ukraine)\b", re.I)
_RUS_ACTOR = re.compile(r"\b(russia\w*|moscow|kremlin)\b", re.I)
DIPLOMACY = re.compile(r"\b(talks|negotiat\w*|summit|delegation|memorand\w*|ceasefire|truce|sanctions?|"
                       r"prisoner (?:swap|exchange)|peace (?:plan|proposal|deal)|diplomat\w*)\b", re.I)


_CASUALTY = re.compile(r"\b(kill\w*|dead|died|wound\w*|injur\w*|shot|executed|tortur\w*|beat(?:en)?)\b", re.I)
_SIDE = re.compile(r"\b(russia\w*|moscow|kremlin|ukrain\w*|kyiv|sbu)\b", re.I)


def _subject(sentence: str, verb_at: int) -> str:
    """The side named last before the capture verb ("Russia's ministry said its troops took ..."),
    else the first one after it."""
    before = [m for m in _SIDE.finditer(sentence) if m.start() < verb_at]
    side = before[-1] if before else next(_SIDE.finditer(sentence), None)
    if side is None:
        return RUSSIA
    return UKRAINE if side.group(1).lower().startswith(("ukrain", "kyiv", "sbu")) else RUSSIA


def _looting(sentence: str) -> bool:
    low = sentence.lower()
    return any(w in low for w in ("loot", "plunder", "pillag", "ransack", "seiz")) and bool(_LOOT.search(sentence))


def _abduction(sentence: str) -> bool:
    low = sentence.lower()
    return any(w in low for w in ("abduct", "kidnap", "forcibly", "unknown", "whereabouts")) and \
        bool(_ABDUCT.search(sentence))


def _other_event(sentence: str) -> bool:
    """An arrest, a protest or an arson attack: events ACLED codes though nothing is fired."""
    low = sentence.lower()
    return (any(w in low for w in ("detain", "arrest")) and bool(_ARREST.search(sentence))) or \
        (any(w in low for w in ("rall", "protest", "demonstrat", "picket", "streets")) and
         bool(_PROTEST.search(sentence)) and not DIPLOMACY.search(sentence)) or \
        (any(w in low for w in ("fire", "arson", "torch", "burn")) and bool(_ARSON.search(sentence)))


_EXCLUSION_STEMS = ("anniversar", "commemorat", "memorial", "mourn", "ago", "honou", "honor", "repair", "rebuil",
                    "reconstruct", "restor", "reopen", "flood", "outage", "blackout", "power cut", "without",
                    "evacuat", "storm", "rain", "snow", "weather", "heatwave", "wildfire", "accident", "crash",
                    "collision", "drown", "road traffic", "gas ", "carbon monoxide", "fire", "blaze",
                    "short circuit", "collapse")
_ANY_EXCLUSION = re.compile("|".join(f"(?:{p.pattern})" for p in (_NOT_EVENT, _REPAIR, _WEAK_NOT_EVENT, _ACCIDENT)),
                            re.I)


def is_violent(sentence: str) -> bool:
    """Does the sentence report violence (not talks about it, nor floods, repairs or anniversaries)?"""
    if not (_CAPTURE.search(sentence) or _CLASH.search(sentence) or _IED.search(sentence) or _AIR.search(sentence)
            or _SHELL.search(sentence) or _GENERIC.search(sentence) or _SHOTDOWN.search(sentence)
            or _looting(sentence) or _abduction(sentence) or (_DAMAGE.search(sentence) and FACILITY.search(sentence))
            or _other_event(sentence)):
        return False
    low = sentence.lower()
    if not any(w in low for w in _EXCLUSION_STEMS) or not _ANY_EXCLUSION.search(sentence):
        return True  # the rules below only when an exclusion word occurs
    weapons = _IED.search(sentence) or _AIR.search(sentence) or _SHELL.search(sentence)
    if _NOT_EVENT.search(sentence) or (_REPAIR.search(sentence) and not _CASUALTY.search(sentence)):
        return False
    if _WEAK_NOT_EVENT.search(sentence) and not (weapons or _ATTACK.search(sentence) or _CLASH.search(sentence)):
        return False
    return not (_ACCIDENT.search(sentence) and not (weapons or _CLASH.search(sentence) or _SHOTDOWN.search(sentence)
                                                    or _HOSTILE.search(sentence)))


_DEBRIS = re.compile(r"\b(debris|wreckage|fragments of (?:a|the|an) (?:downed|intercepted))\b", re.I)
_HARM = re.compile(r"\b(kill\w*|injur\w*|wound\w*|died|dead|casualt\w*|victims?)\b", re.I)
_HIT = re.compile(r"\b(damag\w*|hit|struck|destroy\w*)\b", re.I)
# "without causing casualties or damage", "no damage was reported": what did not happen
_NEGATED = re.compile(r"\b(?:no|without(?: causing)?|not cause|caused no|causing no)\s+(?:\w+\s+){0,1}?"
                      r"(?:damage|casualties|injuries|victims|deaths)(?:\s+(?:or|and)\s+(?:damage|casualties|"
                      r"injuries|victims|deaths))?\b", re.I)


def names_method(sentence: str) -> bool:
    """Does the sentence itself say how the violence was done (a weapon, a clash, a capture, an
    arrest...)? "A man was killed in X" does not: it continues the attack told before it."""
    return bool(_IED.search(sentence) or _AIR.search(sentence) or _SHELL.search(sentence)
                or _CLASH.search(sentence) or _GROUND.search(sentence) or _CAPTURE.search(sentence)
                or _VAC.search(sentence) or _SHOTDOWN.search(sentence) or _PROTEST.search(sentence)
                or _ARREST.search(sentence) or _looting(sentence) or _abduction(sentence)
                or (_ARSON.search(sentence) and not _CASUALTY.search(sentence)))


def classify(sentence: str, country: str) -> dict:
    """ACLED event type, sub-type, actors and civilian targeting for one sentence about a place in
    ``country`` (where the event happened)."""
    ukr_actor = bool(_UKR_ACTOR.search(sentence))
    people = "Russia" if country == "RU" else "Ukraine"  # whose civilians, protesters, armed groups
    victims = f"Civilians ({people})"
    if _looting(sentence) and not _CASUALTY.search(sentence):
        return {"event_type": STRATEGIC, "sub_event_type": "Looting/property destruction",
                "actor1": UKRAINE if (ukr_actor and country == "RU") else RUSSIA if country == "UA" else UKRAINE,
                "actor2": victims, "civilian_targeting": ""}
    if _abduction(sentence) and not _CASUALTY.search(sentence):
        return {"event_type": VAC, "sub_event_type": "Abduction/forced disappearance",
                "actor1": UKRAINE if country == "RU" else RUSSIA, "actor2": victims,
                "civilian_targeting": "Civilian targeting"}
    weapons = _IED.search(sentence) or _AIR.search(sentence) or _SHELL.search(sentence)
    if _PROTEST.search(sentence) and not weapons and not DIPLOMACY.search(sentence):
        forced = _PROTEST_FORCE.search(sentence)
        sub = "Excessive force against protesters" if forced else \
            "Protest with intervention" if _PROTEST_HELD.search(sentence) else "Peaceful protest"
        return {"event_type": PROTESTS, "sub_event_type": sub,
                "actor1": f"Protesters ({people})",
                "actor2": "" if sub == "Peaceful protest" else (UKRAINE if country == "RU" and ukr_actor else RUSSIA),
                "civilian_targeting": "Civilian targeting" if forced else ""}
    if _ARSON.search(sentence) and not weapons and not _GENERIC_STRIKE.search(sentence):
        return {"event_type": STRATEGIC, "sub_event_type": "Looting/property destruction",
                "actor1": f"Unidentified Armed Group ({people})",
                "actor2": "", "civilian_targeting": ""}
    if _ARREST.search(sentence) and not weapons and not _CASUALTY.search(sentence) and not _CLASH.search(sentence):
        return {"event_type": STRATEGIC, "sub_event_type": "Arrests",
                "actor1": UKRAINE if ukr_actor else RUSSIA, "actor2": victims, "civilian_targeting": ""}
    capture = _CAPTURE.search(sentence)
    withdrawal = _WITHDRAW.search(sentence) if capture else None
    if withdrawal and not (_CLASH.search(sentence) or _CASUALTY.search(sentence)):
        leaver = _subject(sentence, withdrawal.start())
        return {"event_type": STRATEGIC, "sub_event_type": "Non-violent transfer of territory",
                "actor1": UKRAINE if leaver == RUSSIA else RUSSIA, "actor2": leaver, "civilian_targeting": ""}
    if capture:
        taker = _subject(sentence, capture.start())
        if country == "RU" and taker == RUSSIA:  # Russia retaking its own territory
            sub = "Government regains territory"
        elif taker == UKRAINE:
            sub = "Government regains territory" if country == "UA" else "Non-state actor overtakes territory"
        else:
            sub = "Non-state actor overtakes territory"
        other = RUSSIA if taker == UKRAINE else UKRAINE
        return {"event_type": BATTLES, "sub_event_type": sub, "actor1": taker, "actor2": other,
                "civilian_targeting": ""}
    if _VAC.search(sentence) and not weapons:
        return {"event_type": VAC, "sub_event_type": "Attack", "actor1": UKRAINE if country == "RU" else RUSSIA,
                "actor2": victims, "civilian_targeting": "Civilian targeting"}
    clash = _CLASH.search(sentence) or (None if weapons else _GROUND.search(sentence))
    if clash and _REMOTE_REPEL.search(sentence) and not any(
            m.group(1).lower()[:4] not in ("repe", "repu") for m in _CLASH.finditer(sentence)):
        clash = None  # only "repelled a drone attack": air defence
    if clash:
        # the side that repelled an assault defended: the other side attacked (ACLED's actor1)
        repel = _REPEL.search(sentence)
        attacker = RUSSIA
        if repel:
            attacker = UKRAINE if _subject(sentence, repel.start()) == RUSSIA else RUSSIA
        elif _UKR_ASSAULT.search(sentence):
            attacker = UKRAINE
        return {"event_type": BATTLES, "sub_event_type": "Armed clash", "actor1": attacker,
                "actor2": UKRAINE if attacker == RUSSIA else RUSSIA, "civilian_targeting": ""}
    if _IED.search(sentence):
        sub = "Remote explosive/landmine/IED"
    elif _AIR.search(sentence) and not _SHELL.search(sentence):
        sub = "Air/drone strike"
    else:
        sub = "Shelling/artillery/missile attack"
    intercepted = _SHOTDOWN.search(sentence) or _REMOTE_REPEL.search(sentence)
    debris = _DEBRIS.search(sentence)
    told = _NEGATED.sub("", sentence) if (intercepted or debris) else sentence
    # shot down, or only its debris fell: disrupted, unless people were hurt (or, without debris, a hit)
    if (intercepted or debris) and not _HARM.search(told) and (debris or not _HIT.search(told)):
        return {"event_type": STRATEGIC, "sub_event_type": "Disrupted weapons use",
                "actor1": UKRAINE if country == "UA" else RUSSIA, "actor2": "", "civilian_targeting": ""}
    attacker = UKRAINE if (ukr_actor or country == "RU") else RUSSIA
    civilians = bool(_CIVILIAN.search(sentence)) and not (_MILITARY_TARGET.search(sentence) and not
                                                          re.search(r"civilian", sentence, re.I))
    return {"event_type": EXPLOSIONS, "sub_event_type": sub, "actor1": attacker,
            "actor2": victims if civilians else "",
            "civilian_targeting": "Civilian targeting" if civilians else ""}
