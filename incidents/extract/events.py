"""Event type, sub-type, actors and civilian targeting in ACLED's vocabulary, from trigger words."""

from __future__ import annotations

import re

from ..record import BATTLES, EXPLOSIONS, STRATEGIC, VAC

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
                    r"firefight|storm\w*|advanc\w*|offensive operations?)\b", re.I)
_IED = re.compile(r"\b(explosive device|ied|landmine|land mine|mine|mines|car bomb|booby|sabotage|underwater "
                  r"explosive|naval drone|sea drone|blew up|detonat\w*)\b", re.I)
_AIR = re.compile(r"\b(drones?|uavs?|shahed\w*|geran\w*|fpv|air ?strikes?|airstrikes?|aerial bombs?|glide bombs?|"
                  r"guided bombs?|kabs?|bombers?|aircraft|warplanes?|jets?|lancet|air raid)\b", re.I)
_SHELL = re.compile(r"\b(missiles?|rockets?|ballistic|cruise|iskander\w*|kinzhal\w*|kalibr|s-300|shell\w*|artillery|"
                    r"mortars?|mlrs|grad|himars|uragan|smerch|howitzers?|barrage)\b", re.I)
_GENERIC = re.compile(r"\b(strikes?|struck|attack\w*|hit|hits|bombard\w*|pounded|targeted|explosions?|blasts?|"
                      r"shot dead|opened fire|fired on|fired at|killed|killing|died|wounded|wounding|injured|"
                      r"injuring|dead)\b", re.I)
_VAC = re.compile(r"\b(shot dead|executed|execution|tortur\w*|opened fire on (?:civilians|a car|residents)|"
                  r"shot (?:and killed )?(?:\w+ )?civilians|abducted and killed)\b", re.I)
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


_SIDE = re.compile(r"\b(russia\w*|moscow|kremlin|ukrain\w*|kyiv|sbu)\b", re.I)


def _subject(sentence: str, verb_at: int) -> str:
    """The side named last before the capture verb ("Russia's ministry said its troops took ..."),
    else the first one after it."""
    before = [m for m in _SIDE.finditer(sentence) if m.start() < verb_at]
    side = before[-1] if before else next(_SIDE.finditer(sentence), None)
    if side is None:
        return RUSSIA
    return UKRAINE if side.group(1).lower().startswith(("ukrain", "kyiv", "sbu")) else RUSSIA


def is_violent(sentence: str) -> bool:
    """Does the sentence report violence (not talks about it)?"""
    return bool(_CAPTURE.search(sentence) or _CLASH.search(sentence) or _IED.search(sentence)
                or _AIR.search(sentence) or _SHELL.search(sentence) or _GENERIC.search(sentence)
                or _SHOTDOWN.search(sentence))


def classify(sentence: str, country: str) -> dict:
    """ACLED event type, sub-type, actors and civilian targeting for one sentence about a place in
    ``country`` (where the event happened)."""
    ukr_actor = bool(_UKR_ACTOR.search(sentence))
    capture = _CAPTURE.search(sentence)
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
    weapons = _IED.search(sentence) or _AIR.search(sentence) or _SHELL.search(sentence)
    if _VAC.search(sentence) and not weapons:
        victims = "Civilians (Russia)" if country == "RU" else "Civilians (Ukraine)"
        return {"event_type": VAC, "sub_event_type": "Attack", "actor1": UKRAINE if country == "RU" else RUSSIA,
                "actor2": victims, "civilian_targeting": "Civilian targeting"}
    if _CLASH.search(sentence) and not weapons:
        return {"event_type": BATTLES, "sub_event_type": "Armed clash", "actor1": RUSSIA, "actor2": UKRAINE,
                "civilian_targeting": ""}
    if _IED.search(sentence):
        sub = "Remote explosive/landmine/IED"
    elif _AIR.search(sentence) and not _SHELL.search(sentence):
        sub = "Air/drone strike"
    else:
        sub = "Shelling/artillery/missile attack"
    if _SHOTDOWN.search(sentence) and not re.search(r"\b(killed|injured|wounded|died|dead|damaged|hit|struck)\b",
                                                    sentence, re.I):
        return {"event_type": STRATEGIC, "sub_event_type": "Disrupted weapons use",
                "actor1": UKRAINE if country == "UA" else RUSSIA, "actor2": "", "civilian_targeting": ""}
    attacker = UKRAINE if (ukr_actor or country == "RU") else RUSSIA
    civilians = bool(_CIVILIAN.search(sentence)) and not (_MILITARY_TARGET.search(sentence) and not
                                                          re.search(r"civilian", sentence, re.I))
    victim_country = "Russia" if country == "RU" else "Ukraine"
    return {"event_type": EXPLOSIONS, "sub_event_type": sub, "actor1": attacker,
            "actor2": f"Civilians ({victim_country})" if civilians else "",
            "civilian_targeting": "Civilian targeting" if civilians else ""}
