"""Killed and injured counts in a sentence: people only, not drones, shells, houses or years."""

from __future__ import annotations

import re

from .numbers import COUNT_STARTS, read_count

KILLED = {"killed", "killing", "kills", "dead", "died", "dies", "deaths", "death", "fatalities", "lives",
          "perished", "slain", "bodies", "killed,"}
INJURED = {"injured", "injuring", "wounded", "wounding", "hurt", "injuries", "injures", "wounds",
           "hospitalised", "hospitalized"}
NOT_COUNTED = {"missing", "captured", "prisoners", "abducted", "detained", "evacuated", "displaced"}
PEOPLE = {"people", "persons", "person", "civilians", "civilian", "residents", "resident", "children", "child",
          "soldiers", "servicemen", "troops", "men", "women", "man", "woman", "girls", "girl", "boys", "boy",
          "others", "more", "passengers", "passenger", "workers", "worker", "employees", "firefighters",
          "rescuers", "medics", "police", "officers", "teenagers", "teenager", "minors", "adults", "villagers",
          "pensioners", "drivers", "driver", "volunteers", "journalists", "locals", "individuals", "of",
          "them", "including", "inhabitants", "elderly", "were", "was", "have", "has", "been", "had", "and",
          "the", "reportedly", "later", "also", "in", "by", "at", "least", "total", "other", "further",
          "are", "being", "seriously", "severely", "critically", "lightly", "fatally", "mortally", "instantly",
          "its", "their", "our", "his", "her", "ukrainian", "russian", "local", "young"}
OBJECTS = {"drones", "drone", "missiles", "missile", "shells", "shell", "rockets", "houses", "homes", "buildings",
           "vehicles", "cars", "tanks", "km", "kilometres", "kilometers", "miles", "metres", "meters", "hours",
           "days", "minutes", "years", "year", "weeks", "months", "times", "percent", "%", "bombs", "uavs",
           "apartments", "floors", "storey", "villages", "settlements", "towns", "regions", "aircraft",
           "shahed", "shaheds", "communities", "community", "positions", "attacks", "strikes",
           "counterattacks", "assaults", "groups", "nine-storey", "floor"}
SINGLE = re.compile(r"\b(?:a|an|one|the|his|her|their|another)\s+(?:\d+-year-old\s+|[a-z]+-year-old\s+|local\s+|"
                    r"young\s+|elderly\s+|older\s+|tractor\s+|taxi\s+|bus\s+|car\s+|truck\s+)?(man|woman|person|child|girl|boy|civilian|driver|passenger|"
                    r"resident|pensioner|teenager|soldier|serviceman|volunteer|medic|journalist|firefighter|"
                    r"rescuer|worker|wife|husband|son|daughter|mother|father)\b([^.;]{0,60}?)\b(was killed|"
                    r"were killed|died|was injured|were injured|was wounded|were wounded|was hurt|suffered|"
                    r"was taken to hospital|was hospitali[sz]ed|with (?:shrapnel )?wounds|killed|injured|wounded)",
                    re.I)
_TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|\d{1,3}(?:,\d{3})+|\d+|[.;:]")
NOBODY = re.compile(r"\b(no one|nobody|no people|no civilians)\b[^.;]{0,30}\b(killed|injured|hurt|wounded|died|harmed)",
                    re.I)
PERSON = (r"(man|woman|person|child|girl|boy|civilian|driver|passenger|resident|pensioner|teenager|soldier|"
          r"serviceman|volunteer|medic|journalist|firefighter|rescuer|worker|grandmother|grandfather|mother|father)")
VERB_FIRST = re.compile(r"\b(killing|killed|wounding|wounded|injuring|injured|hurting|shot dead)\s+(?:a|an|one)\s+"
                        r"(?:[\w-]+-year-old\s+|elderly\s+|young\s+|local\s+)?" + PERSON +
                        r"(\s+and\s+(?:his|her|their|a|an)\s+(?:[\w-]+\s+)?" + PERSON + r")?", re.I)


def _kind(word: str) -> str | None:
    w = word.lower()
    if w in KILLED:
        return "killed"
    if w in INJURED:
        return "injured"
    return None


def find_casualties(sentence: str) -> dict[str, int]:
    """``{"killed": n, "injured": m}`` with only the counts the sentence states."""
    tokens = _TOKEN.findall(sentence)
    low = [t.lower() for t in tokens]
    out: dict[str, int] = {}
    used: set[int] = set()
    n = len(tokens)
    i = 0
    while i < n:
        if not (low[i][0].isdigit() or low[i].split("-")[0] in COUNT_STARTS) or (i and low[i - 1] == "no"):
            i += 1
            continue
        count = read_count(tokens, i) if low[i] not in ("a", "an", "one", "no") or i + 1 < n else None
        if count is None or (low[i] in ("one",) and i + 1 < n and low[i + 1] == "of"):
            i += 1
            continue
        value, size = count
        if low[i] in ("a", "an") and size == 1:  # a bare article is not a count
            i += 1
            continue
        j = i + size
        if (j < n and low[j] in ("-year-old", "year-old")) or (j < n and "year" in low[j]):
            i = j
            continue
        kind = None
        # "<N> (people ...)? (were)? killed"
        k = j
        while k < n and k - j < 6 and low[k] in PEOPLE | {"seven-year-old"} and low[k] not in OBJECTS:
            k += 1
        if k < n and _kind(low[k]) and (k == j or low[k - 1] not in ("and",)):
            kind = _kind(low[k])
            if low[k] in ("death", "deaths") and k + 1 < n and low[k + 1] == "of":
                kind = None
        if j < n and low[j] in OBJECTS | NOT_COUNTED:
            kind = None
        # "killed|wounding <N>": look back
        if kind is None and i > 0:
            back = i - 1
            while back >= 0 and i - back <= 3 and low[back] in ("at", "least", "another", "a", "further",
                                                                 "and", "up", "to", "some", "more", "than"):
                back -= 1
            shot_dead = back >= 1 and low[back] == "dead" and low[back - 1] == "shot"
            if back >= 0 and _kind(low[back]) and (low[back] not in ("dead", "deaths", "death") or shot_dead):
                if not (j < n and low[j] in OBJECTS | NOT_COUNTED):
                    kind = _kind(low[back])
            # "the toll rose to <N>"
            elif back >= 1 and low[back] in ("to", "of", "at") and low[back - 1] in ("rose", "risen", "climbed",
                                                                                    "reached", "toll", "stands"):
                kind = "killed"
        # "Among the <N> injured"
        if kind is None and j < n and _kind(low[j]):
            kind = _kind(low[j])
        if kind and value < 100000:
            out[kind] = out.get(kind, 0) + value if i not in used else out.get(kind, 0)
            used.update(range(i, j))
        i = j
    for m in VERB_FIRST.finditer(sentence):
        verb = m.group(1).lower()
        kind = "killed" if verb.startswith("kill") or verb == "shot dead" else "injured"
        out.setdefault(kind, 2 if m.group(3) else 1)
    for m in SINGLE.finditer(sentence):
        verb = m.group(3).lower()
        kind = "killed" if ("killed" in verb or "died" in verb) else "injured"
        out.setdefault(kind, 1)
    nobody = NOBODY.search(sentence)
    if nobody:
        word = nobody.group(2).lower()
        kinds = ["killed", "injured"] if word in ("hurt", "harmed") else ["killed" if word in ("killed", "died")
                                                                           else "injured"]
        for kind in kinds:
            out.setdefault(kind, 0)
    return out
