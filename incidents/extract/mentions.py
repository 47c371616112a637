"""Place mentions in a sentence: "X region", landmarks, and capitalised names the resolver knows."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from gazetteer.geoparse import FIELD_LABELS as _PLACE_LABELS

from .dates import MONTHS
from .events import FACILITY
from .gates import has_any

# "Location: Novoselivka, Kupiansk raion", "hromada: Pivdenne": a record's place field
FIELD_LABELS = _PLACE_LABELS | {"hromada", "community", "village", "town", "city", "locations", "places", "sites"}
# "...: Orikhiv (Orekhov) – artillery, 2 killed": an entry headed by its place, its other spelling and a dash
_ENTRY_DASH_AFTER = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+[–—-]\s")

REGION_MENTION = re.compile(
    r"\b((?:[A-Z][\w'’\-]+\s+){0,2}?[A-Z][\w'’\-]+)(?:\s+|-)(region|Region|oblast|Oblast|obl\b\.?|province|Province|"
    r"district|District|raion|Raion|hromada|Hromada)\b")
INSTITUTION_AFTER = re.compile(r"\s+(?:(?:Military|State|Regional|Civil|Police)\s+)*(?:Administration|Council|"
                               r"Governor|Prosecutor|Police|Department|Court|Directorate|Headquarters)\b", re.I)
# "the head of the Kharkiv regional military administration said", "Kherson City Council": who speaks
SPEAKER_AFTER = re.compile(r"\s+(?:regional|oblast|city|district|raion|municipal)\s+"
                           r"(?:(?:military|state|civil|civilian)\s+)*"
                           r"(?:administration|council|governor|prosecutor'?s?|police|department|head)\b", re.I)
# "the village of X", "the centre of X": X is where it happened
_OF_PLACE = frozenset("village town city settlement outskirts centre center suburbs suburb heart downtown area areas "
                       "port vicinity environs district districts edge quarter quarters neighbourhood neighborhood "
                       "neighbourhoods neighborhoods streets".split())  # ("the northern streets of Kupiansk")
# a site told beside a place ("pine wood by Nizhyn"; not an agent: "hit by Russia")
_BESIDE = frozenset("wood woods forest field fields slope slopes road meadow meadows lake pond river dam farm orchard "
                    "garden gardens dacha dachas camp grove beach quarry block yard village hamlet".split())
_POSTED = frozenset("serves served serving stationed based posted lives lived living dug".split())
_PARTS_OF = frozenset("north south east west north-east north-west south-east south-west northeast northwest southeast "
                      "southwest".split())  # "in the north of Vovchansk" (not "5 km north of Vovchansk")
_FUNCTION_WORDS = frozenset("a an the and or of in on at to by for with from".split())
_REGION_LIST = re.compile(r"\b((?:[A-Z][\w'’-]+(?:\s*,\s*(?:and\s+)?|\s+and\s+))+[A-Z][\w'’-]+)\s+"
                          r"(?:regions|oblasts|Regions|Oblasts)\b")
# "along the Udy on Monday", "a bridge over the Bakhmutka in Bakhmut": a river (not "over the Bryansk and Kursk
# regions")
_AFTER_A_RIVER = frozenset("on in at near to by from with for".split())
_WATER = frozenset(("river", "reservoir", "estuary", "delta", "basin"))  # "the Kakhovka Reservoir" is no place hit
_ROUTE_WORDS = ("train", "highway", "road", "route", "railway", "line", "bus", "motorway", "flight", "service")
_ROUTE = re.compile(r"\b(?-i:[A-Z])[\w'’]+\s*[–—-]\s*(?-i:[A-Z])[\w'’]+(?=\s+(?:[a-z-]+\s+){0,2}?(?:trains?|"
                    r"highway|road|route|railway|line|bus(?:es)?|motorway|flights?|services?)\b)", re.I)
_NOT_THIS = re.compile(r"\(not\b[^()]*\)", re.I)
# the self-proclaimed "Donetsk People's Republic": a region, not the city it is named after
REPUBLIC = re.compile(r"\b(?:Donetsk|Luhansk|Lugansk)\s+People['’]s\s+Republic\b")
# the building of a council or an administration, or an attack on it
_BUILDING_AFTER = re.compile(r"\s+(?:building|buildings|premises)\b", re.I)
_HIT_THE = re.compile(r"\b(?:hit|struck|attacked|targeted|shelled|bombed|damaged|destroyed)\s+the\s+"
                      r"(?:(?:entrance|building|roof|yard|courtyard|premises|offices?|headquarters)\s+of\s+the\s+)?$",
                      re.I)
_OBLAST_BODIES = frozenset(("ova", "rma", "oda", "oma", "ova's", "rma's", "oda's", "oma's", "ova’s", "rma’s"))
_SPEAKER_STARTS = frozenset(("regional", "oblast", "city", "district", "raion", "municipal"))
# one of them ends a REGION_MENTION
_AREA_WORDS = ("region", "oblast", "obl", "province", "district", "raion", "hromada")
# "(Belgorod Oblast)", "(Chuhuiv raion, Kharkiv)": a place's qualifier in brackets right after it
_AREA_IN_BRACKETS = re.compile(r"\s*\((?:[A-Z][\w'’-]+\s+){1,2}(?:oblast|region|raion|district|hromada)\b"
                               r"[^()]{0,30}\)\s*[,:]", re.I)
WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"  # the pipeline's day patterns read them too
# a fact box's entry headed by its place and day: "Belgorod city (Tuesday) — drone hit a minibus"
ENTRY_DAY_AFTER = re.compile(rf"(?:\s+(?:city|town|village))?\s*\((?:{WEEKDAY_NAMES}|"
                             r"\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?|\d{1,2}\s+[a-z]{3,9}|[a-z]{3,9}\s+\d{1,2})\)\s*[—–:-]",
                             re.I)
# what follows a place that heads a snippet: a ticker's separator, or a few words and a colon
# ("Odesa OMA:", "Kyiv Post:" are who speaks; in a ticker written in capitals, "KHERSON UNDER FIRE:" heads it)
_HEADING_AFTER = re.compile(r"(?:\s+(?:city|town|village|region|oblast))?\s*(?:/{2,}|\|(?!\|)|[—–]\s)|"
                            r"(?:\s+[a-z][\w'’-]*){1,4}:\s")
_ITEM_LABEL = re.compile(r"[A-Z]|\d{1,3}")  # the letter or number of a list's item after its noun: "Kit A", "Site 2"
CLOCK = r"[0-2]?\d[:.][0-5]\d"  # a clock time as a log or a slip writes it: "09:20", "8.05"
# a message slip's clock time before its heading: "09:20, Nikopol police: shells hit a minibus ..."
_CLOCK_LEAD = re.compile(rf"\s*{CLOCK}\s*,\s*")
# a sign-in sheet's line: the time, who came (a few words and an age) and the place they came from, then what they
# told: "09:20, man, 58, Zelenodolsk: shells hit his house"
_VISITOR_LEAD = re.compile(_CLOCK_LEAD.pattern + r"(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*\s*,\s*\d{1,3}\s*,\s*")
_CAPS_HEADING_AFTER = re.compile(r"(?:\s+(?!(?:OVA|OMA|MVA|ODA|RMA|MFA|CITY|REGIONAL|OBLAST|POLICE|MAYOR|GOVERNOR|"
                                 r"COUNCIL|ADMINISTRATION|POST|TIMES|NEWS|TV|RADIO)\b)[A-Z][A-Z'’-]*){1,4}:\s")
_DISTRICTS_OF = re.compile(r"(?:\s*(?:,|,?\s+and)\s+[A-Z][\w'’-]+)+\s+(?:districts|neighbou?rhoods|"
                           r"microdistricts)\s+of\s+(?:the\s+city\s+of\s+)?[A-Z]")
_COUNTRY_OF = frozenset(("ukraine's", "ukraine’s", "russia's", "russia’s"))
_COMPASS_ADJ = frozenset(("western", "eastern", "southern", "northern", "central", "northeastern", "northwestern",
                          "southeastern", "southwestern", "north-eastern", "south-eastern", "north-western",
                          "south-western"))
_SEPARATORS = frozenset(":;,()!?\"-–—|/")
# a word does not end in an apostrophe: "claimed advances in 'Krasnoarmeisk'" names Krasnoarmeisk
_WORD = re.compile(r"[A-ZА-ЯІЇЄҐ](?:[\w'’\-]*[\w\-])?|[a-zа-яіїєґ](?:[\w'’\-]*[\w\-])?|\d+|[^\w\s]")
# people's names, which spelling matches would take for villages (Oleksii for Oleshky, Olha for Ol'ga)
FIRST_NAMES = frozenset({
    "dmitry", "volodymyr", "andriy", "donald", "recep", "tayyip", "vladimir", "oleh", "ivan", "serhiy",
    "vadym", "ihor", "mykola", "yuriy", "oleksandr", "oleksiy", "rafael", "grossi",
    "olha", "anna", "olena", "iryna", "natalia", "nataliia", "tetiana", "svitlana", "oksana", "yulia", "yuliia",
    "maria", "mariia", "kateryna", "viktoria", "viktoriia", "andrii", "serhii", "dmytro", "mykhailo",
    "petro", "taras", "yurii", "bohdan", "vasyl", "pavlo", "halyna", "liudmyla", "lyudmyla", "nina", "vira", "lesia",
    "sofiia", "sofia", "maksym", "artem", "denys", "oleksii", "hanna", "daria", "alina", "vitalii", "vitaliy",
    "anatolii", "valentyna", "larysa", "nadiia", "tamara", "inna", "yana", "olesia", "valerii", "yevhen", "yevhenii",
    "kostiantyn", "borys", "hryhorii", "fedir", "ivanna", "khrystyna", "ruslan", "vadim", "sergei",
    "alexander", "alexei", "dmitri", "mikhail", "andrei", "yuri", "olga", "natalya", "tatyana", "svetlana",
    # (other spellings that are also villages' names: "Nataliya, our colour guard mom, says ...")
    "nataliya", "yuliya", "ludmila", "galina", "larisa", "nadiya", "nadezhda", "sofiya", "viktoriya", "mariya",
    "darya", "alla", "lidiya", "marina", "maryna", "vera", "lyubov", "liubov", "nadia", "polina", "yelena", "elena",
    "irina", "anton", "maksim",
})
NOT_PLACES = {
    # a record's field values and adjectives that GeoNames also has as places (Male, Roman in Romania)
    "male", "female", "roman", "catholic", "orthodox", "record", "records", "no", "part",
    "russia", "ukraine", "russian", "ukrainian", "russians", "ukrainians", "the", "a", "an", "in", "on", "at",
    "kremlin", "sbu", "hur", "nato", "un", "eu", "us", "u.s", "europe", "european", "america", "american",
    "united", "states", "white", "house", "zelensky", "zelenskyy", "peskov", "putin", "trump", "erdogan",
    "sybiha", "biden", "shoigu", "gerasimov", "syrskyi", "lavrov", "witkoff", "rubio", "macron", "scholz",
    "klitschko", "klychko",  # Kyiv's mayor (and the footbridge named after his brother and him), not Klitsko
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "according", "meanwhile", "however", "despite", "after", "before", "during", "local", "regional", "air",
    "force", "forces", "army", "general", "staff", "ministry", "defence", "defense", "security", "service",
    "president", "minister", "governor", "mayor", "head", "officials", "police", "emergency", "state",
    "national", "guard", "navy", "military", "reuters", "interfax", "tass", "ukrinform", "telegram", "red",
    "cross", "iaea", "moscow's", "kyiv's", "he", "she", "they", "it", "its", "this", "that", "his", "her", "their",
    "our", "my", "your", "we", "these", "those", "there", "one",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "all", "some", "most",
    "fpv", "mlrs", "s-300", "shliakh", "shlyakh",  # "Poltavskyi Shliakh": a street's word, not the village Shlyakh
    "shahed", "iskander", "kalibr", "kinzhal", "himars", "grad", "storm", "shadow", "atacms", "patriot",
    "geran", "lancet", "kab", "uav", "uavs", "npp", "tpp", "hpp", "ukrenergo", "naftogaz", "energoatom",
    "rosatom", "gazprom", "ukrzaliznytsia", "russian-occupied", "russian-installed", "moscow-installed",
    # cars the reports name ("fired on a Zhiguli", "a white Lada"), not the places of those names
    "lada", "zhiguli", "moskvich", "daewoo", "niva",
    # what a site is called ("School 12", "Market Square", "Hospital No. 3"), which spelling matches would take for
    # a village (Sil', Markeiev)
    "school", "hospital", "church", "market", "station", "factory", "plant", "depot", "port", "library",
    "theatre", "theater", "stadium", "clinic", "office", "park", "square", "street", "avenue", "lyceum",
    "university", "college", "airport", "kindergarten", "warehouse", "substation", "terminal", "museum", "hotel",
    # "the House of Culture", "the Palace of Culture": a village's or a town's cultural centre
    "culture",
    # colours that label notes and cards ("Pink: Lysychansk; ..."), which GeoNames has as towns abroad
    "pink", "orange", "green", "yellow", "blue", "purple", "grey", "gray", "black", "brown",
} | FIRST_NAMES
STRONG_CUES = {"in", "near", "beside", "at", "outside", "around", "inside", "within", "hit", "struck", "shelled",
               "captured", "attacked", "targeted", "seized", "liberated", "freed", "took", "entered", "village", "town",
               "city", "settlement", "outskirts", "recaptured", "retook", "bombed", "pounded", "stormed", "approaches",
               "on", "over", "nearby", "region's", "oblast's", "district's", "raion's", "region’s", "oblast’s",
               # ", hitting Burshtyn", "drone hits Sumy"
               "hitting", "striking", "targeting", "attacking", "pounding", "shelling", "bombing", "hits", "shells",
               "pounds",
               # "troops had retaken Izium", "regained Lyman", "said it had taken Izium"
               "retaken", "regained", "retaking", "recapturing", "capturing", "seizing", "liberating", "taken",
               # "in neighbouring Kramatorsk"
               "neighbouring", "neighboring",
               # "assault troops had 'cleared' Stupochky": a claim in the claimant's word
               "cleared",
               # "soldiers who had infiltrated Kamianka shot two residents"
               "infiltrated",
               # "explosions shook Kyiv early today", "blasts rocked Kharkiv"
               "shook", "rocked", "rattled",
               # "shelling damaged Kherson's power plant": the place of what was hit
               "damaged", "destroyed", "damaging", "destroying",
               # "the rise above Mala Rohan", "the ravine below Bilohorivka": a height or hollow by the place
               "above", "below",
               # "a drone chased a fishing boat off Marhanets": on the water by the place
               "off"}
_OCCUPIERS = {"forces", "troops", "army", "units", "soldiers", "military", "had", "have", "has", "russia", "they"}
# "residents of Kostiantynivka": the people hit are the place's
RESIDENT_NOUNS = {"residents", "resident", "inhabitants", "villagers", "people", "civilians"}
ATTACK_NOUNS = {"shelling", "bombing", "bombardment", "attack", "attacks", "strike", "strikes", "storming",
                "assault", "shellings", "airstrike", "airstrikes", "capture", "seizure", "liberation", "siege",
                "encirclement"}
_FIGHT_NOUNS = {"fighting", "battle", "battles", "fight", "fights", "clashes", "struggle", "assault", "assaults"}
WEAK_CUES = {"of", "from", "towards", "toward", "into", "across", "to", "through"}  # "the road through Stanislav"
NOT_A_PLACE_AFTER = _WATER | {
    # "on Shevchenka street", "Sobornyi avenue": a street named after a place or person
    "street", "st", "str", "avenue", "ave", "prospekt", "prospect", "boulevard", "blvd", "lane", "embankment",
    "vulytsia", "alley", "ulitsa", "park", "square", "gardens",
    # "on the Kupiansk axis": a front's sector, named after a town it is not
    "axis",
    # "the Kolos supermarket chain", "the Nova Poshta company": a business named after a place
    "supermarket", "chain", "company", "brand", "firm", "holding", "corporation"}
_PUSHED = frozenset(("way", "advanced", "advancing", "pushed", "pushing", "fought", "fighting", "attacked",
                     "attacking", "assaults", "assault", "counterattacked", "counter-attacked"))
_TOWNS_PART = frozenset(("street", "avenue", "square", "embankment", "park", "alley"))
# "Bogdan Khmelnitsky Avenue", "Poltavskyi Shliakh": a street whose name starts with a place's (not "Kharkiv's Freedom
# Square", a square of the city)
_NAMED_STREET_AFTER = re.compile(r"(?:\s+(?-i:[A-Z])[\w'’-]+){1,2}\s+(?:street|st|avenue|ave|prospekt|prospect|"
                                 r"boulevard|blvd|lane|shliakh|shlyakh|highway|embankment|square)\b|"
                                 r"\s+(?:shliakh|shlyakh)\b", re.I)
# "the Kursk region town", "the Sumy region border village": a settlement told by its region
_SETTLEMENT_AFTER = re.compile(r"\s+(?:border\s+|frontline\s+|front-line\s+)?(?:town|city|village|settlement)\b"
                               r"(?!\s+of\b)")
_ATTACK_INFINITIVES = frozenset(("strike", "attack", "shell", "bomb", "target", "storm", "capture", "seize"))
_SETTLEMENT_OF = re.compile(r"\s+(?:town|city|village|settlement)\s+of\s+(?-i:[A-Z])", re.I)
_SETTLEMENT_WORDS = frozenset(("town", "city", "village", "settlement"))
# "the Kyiv Independent", "Kharkiv Observer app", "Mykolaiv Today": an outlet named after its city, not the place
MEDIA_AFTER = frozenset(("Independent", "Post", "Observer", "Today", "Now", "News", "Times", "Herald", "Journal",
                         "Daily", "Express", "Gazette", "Insider", "Online", "Telegraph", "Tribune", "Courier"))
# "across the Dnipro", "the Donets": rivers named like towns; a town is not written with "the"
RIVERS = {"dnipro", "dnieper", "donets", "desna", "inhulets", "oskil", "dniester", "dnister", "psel", "vorskla",
          "seim", "seym", "siverskyi donets", "southern bug", "pivdennyi buh", "kalmius", "sula", "danube"}
_HEADING_TOKENS = 10  # a heading that names who posts before the place it posts from: at most so many tokens
NEAR_CUES = {"near", "beside", "outside", "outskirts", "around", "towards", "toward", "approaches", "close", "north",
             "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "above", "below", "off"}


@dataclass
class Mention:
    """A phrase that names a place, where it stands and how it was introduced."""

    text: str
    start: int
    level: str  # "region", "district" or "place"
    cue: int  # 2: introduced by "in", "near", "shelled", "village of"...; 1: by "of", "from"...; 0: none
    near: bool  # "near X", "outside X": the event is close to, not at, the place


# a town's name made an adjective, as a road named after it is ("Kharkivske Highway", "Dniprovske Road")
_ADJECTIVE_END = re.compile(r"(?:sk|tsk|zk|ck)(?:e|a|yi|y|iy|oye|aya)$", re.I)
# the last word of a street's name in an address ("on Stepova Street, Stepnohirsk")
_STREET_WORDS = frozenset(("street", "road", "avenue", "lane", "boulevard", "prospekt", "highway", "square"))


def _heads_after_comma(toks: list[str], at: int) -> bool:
    """Whether the place at token ``at``, after a comma, ends a short heading ("Notice from the board, Kharkiv:"):
    no colon before it but a clock's ("Call-out 15, Saturday 15:40, Chuhuiv:") and no cue word."""
    return toks[at - 1:at] == [","] and at <= _HEADING_TOKENS \
        and not any(t == ":" and not (0 < j < at - 1 and toks[j - 1].isdigit() and toks[j + 1].isdigit())
                    for j, t in enumerate(toks[:at])) \
        and not STRONG_CUES.intersection(t.lower() for t in toks[:at])


def find_mentions(sentence: str, knows) -> list[Mention]:
    """Mentions in ``sentence``; ``knows(phrase)`` tells whether the resolver has such a name."""
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    low = sentence.lower()
    areas = REGION_MENTION.finditer(sentence) if has_any(low, _AREA_WORDS) else ()
    for m in areas:
        if INSTITUTION_AFTER.match(sentence, m.end()):
            continue  # "the Kherson Oblast Military Administration said": who speaks, not where
        if _SETTLEMENT_AFTER.match(sentence, m.end()):
            taken.append(m.span())  # "the Kursk region town": a place told before, by its region
            continue
        words = m.group(1).split()
        while words and words[0].lower() in NOT_PLACES:
            words.pop(0)
        if not words:
            continue
        name = " ".join(words)
        level = "district" if m.group(2).lower() in ("district", "raion", "hromada") else "region"
        start = m.start(1) + m.group(1).index(words[0])
        out.append(Mention(f"{name} {m.group(2)}", start, level, 2, False))
        taken.append((start, m.end()))
    for m in (_ROUTE.finditer(sentence) if ("–" in sentence or "-" in sentence) and has_any(low, _ROUTE_WORDS) else ()):
        taken.append(m.span())  # "the Kherson–Mykolaiv suburban train": a route between places, neither one hit
    for m in (_NOT_THIS.finditer(sentence) if "(not " in low else ()):
        taken.append(m.span())  # "Nikopol (not the village of Nikopol in Kharkiv oblast)": a place it is not
    for m in (REPUBLIC.finditer(sentence) if "republic" in low else ()):
        out.append(Mention(m.group(0), m.start(), "region", 2, False))
        taken.append(m.span())
    found = list(_WORD.finditer(sentence))  # the tokens, where they stand
    toks = list(map(re.Match.group, found))  # and their text (map: no Python loop over the tokens)
    n = len(toks)
    i = 0  # tokens before i are inside a place already found
    for at, word in enumerate(toks):
        if at < i or not word[0].isupper():
            continue
        i, pos = at, found[at].start()
        if (taken and any(a <= pos < b for a, b in taken)) or (
                word.lower().removesuffix("'s").removesuffix("’s") in NOT_PLACES
                # (a town named like a person, where a place stands: "a warehouse in Volodymyr, a Volyn town")
                and not (word.lower() in FIRST_NAMES and at and toks[at - 1].lower() in ("in", "near")
                         and not (at + 1 < n and toks[at + 1][:1].isupper()))):
            continue
        hit = None
        longest = min(5, n - i)
        for k in range(1, longest):  # "Kherson: a woman ...": a name does not run on past a colon or dash
            if toks[i + k] in _SEPARATORS:
                longest = k
                break
        for size in range(longest, 0, -1):
            # a name does not end on an article or a preposition ("Kramatorsk a school": not "Kramatorska")
            if not toks[i + size - 1][0].isalnum() or (size > 1 and toks[i + size - 1] in _FUNCTION_WORDS):
                continue
            if size > 1 and toks[i + size - 1].lower() == "station" \
                    and knows(sentence[pos:found[i + size - 2].end()]):
                continue  # "the Novhorod-Siverskyi station": the town's (a radio's, a railway's) station, the town
            phrase = sentence[pos:found[i + size - 1].end()]
            if knows(phrase):
                hit = (phrase, size)
                break
        if hit is None:
            continue
        phrase, size = hit
        before = [t.lower() for t in toks[max(0, i - 3):i]]
        after = toks[i + size].lower() if i + size < n else ""
        if after and toks[i + size] in MEDIA_AFTER:
            i += size
            continue
        if size <= 2 and i + 2 < n and _ITEM_LABEL.fullmatch(toks[i + 1]) and toks[i + 2] in (":", "("):
            i += 2  # "Kit A (front door): ...", "Site B: ...": an item's label, not a place
            continue
        i += size
        # ("on a Kupiansk street": a street of the town, not one named after it)
        a_towns = before[-1:] in (["a"], ["an"]) and after in _TOWNS_PART
        # ("a car park beside Kharkivske Highway in Zaporizhzhia": a road named after the town it leads to)
        named_road = after in ("highway", "road") and toks[i][0].isupper() \
            and _ADJECTIVE_END.search(phrase) is not None
        if (after in NOT_A_PLACE_AFTER and not a_towns) or named_road or \
                (_NAMED_STREET_AFTER.match(sentence, found[i - 1].end())
                 and not toks[i - 1].endswith(("'s", "’s"))) or \
                before[-3:] == ["bank", "of", "the"] or \
                (before[-2:-1] in (["along"], ["over"], ["across"], ["crossing"], ["beside"], ["into"])
                 and before[-1:] == ["the"] and (not after or after in _AFTER_A_RIVER or (
                     not after[0].isalnum() and after not in (",", "-", "–", "—")))) or \
                before[-1:] in (["st"], ["saint"]) or before[-2:] == ["st", "."] or \
                phrase.rsplit(None, 1)[-1].lower() in _WATER or f"{phrase.lower()} {after}" in RIVERS or (
                before[-1:] == ["the"] and phrase.lower() in RIVERS and after not in _AREA_WORDS
                and after not in _SPEAKER_STARTS):
            continue  # "the Dnipro river", "the left bank of the Dnipro", "across the Dnipro", "the Siverskyi Donets"
        if before[-1:] == ["the"] and after in _SETTLEMENT_WORDS \
                and _SETTLEMENT_OF.match(sentence, found[i - 1].end()):
            continue  # "the Donetsk town of Kostiantynivka": the region of the town named after it
        if after in ("and", ",") and _DISTRICTS_OF.match(sentence, found[i - 1].end()):
            continue  # "the Kyivskyi and Saltivskyi districts of Kharkiv": parts of the city named after them
        if after in _OBLAST_BODIES:
            continue  # "Kharkiv OVA head's summary: ...": the oblast's administration speaks, not where
        if after in _SPEAKER_STARTS and (speaker := SPEAKER_AFTER.match(sentence, found[i - 1].end())):
            if before[-1:] == ["the"] and (before[-2:-1] in (["outside"], ["opposite"], ["beside"])
                                           or before[-3:-1] == ["front", "of"]
                                           or (speaker.group().lower().endswith(("administration", "council"))
                                               and (_BUILDING_AFTER.match(sentence, speaker.end()) is not None
                                                    or _HIT_THE.search(sentence, max(0, pos - 60), pos)
                                                    is not None))):
                # "rallied outside the Dnipro city council": the building stands in its city
                # ("a missile hit the Kharkiv city council building", "a drone hit the entrance of the Kherson
                # regional administration": the building hit)
                out.append(Mention(phrase, pos, "place", 2, False))
                continue
            if at == 0 and after == "city" and sentence[speaker.end():speaker.end() + 2].strip().startswith(":"):
                # "Mykolaiv city council: missiles struck the city": the city whose council posts, weakly
                out.append(Mention(phrase, pos, "place", 1, False))
            continue  # "the Kharkiv regional military administration": who speaks, not where
        words = [w for w in before if w != "the"][-2:]
        if words and words[-1] in _COUNTRY_OF:  # "in western Ukraine's Khmelnytskyi": the cue before the country
            words = [w for w in (t.lower() for t in toks[max(0, i - size - 5):i - size])
                     if w != "the" and w not in _COUNTRY_OF and w not in _COMPASS_ADJ][-2:]
        if words and words[-1] in ("of", "near") and len(words) == 2 and words[0] in _OF_PLACE:
            cue = 2
        elif before[-3:-2] == ["the"] and words[-1:] == ["of"] and len(words) == 2 and words[0] in _PARTS_OF:
            cue = 2  # "street fighting in the north of Vovchansk": a part of the town
        elif words[-1:] == ["of"] and (words[0] in ATTACK_NOUNS or words[0] in RESIDENT_NOUNS):
            cue = 2  # "shelling of Shebekino", "the bombing of Mariupol", "the capture of Starytsia"
        elif len(words) == 2 and words[0] == "to" and words[1] in _ATTACK_INFINITIVES:
            cue = 2  # "returned the next night to strike Odessa", "tried to storm Robotyne"
        elif words[-1:] == ["by"] and len(words) == 2 and (words[0] in _BESIDE or words[0] in _POSTED
                                                           or words[0] in _FIGHT_NOUNS):
            cue = 2  # "a pine wood by Nizhyn", "a chalk slope by Kupiansk": a site beside the place ("serves by
            # Chasiv Yar": where someone is)
        elif words[-1:] == ["for"] and words[0] in _FIGHT_NOUNS:
            cue = 2  # "fighting for Vovchansk", "the battle for Bakhmut"
        elif words[-1:] in (["towards"], ["toward"]) and words[0] in _PUSHED:
            cue = 2  # "fought their way towards Verbove", "advanced towards Robotyne": where the fighting was
        elif words[-1:] == ["occupied"] and words[0] in _OCCUPIERS:
            cue = 2  # "Russian forces occupied Bohdanivka" (not "from occupied Oleshky", what a place is)
        elif set(words[-1:]) & STRONG_CUES or (before[-1:] == [":"] and len(before) >= 2
                                               and before[-2] in FIELD_LABELS) or before[-1:] == ["|"]:
            cue = 2
        elif set(words) & (STRONG_CUES | WEAK_CUES):
            cue = 1
        else:
            cue = 0
        if size == 1 and FACILITY.fullmatch(word.lower()) and (word.isupper() or (
                at == 0 and cue == 0 and i < n and toks[i].isalpha() and toks[i].islower())):
            continue  # "Port infrastructure was damaged", "ATTACK ON PORT": the object hit, not a village called Port
        if cue == 0 and after in ("(", "city", "town", "village") \
                and ENTRY_DAY_AFTER.match(sentence, found[i - 1].end()):
            cue = 2  # "Belgorod city (Tuesday) — drone hit a minibus": a fact box's entry, headed by its place
        elif at == 0 and cue == 0 and after == "(" and _AREA_IN_BRACKETS.match(sentence, found[i - 1].end()):
            cue = 1  # "Grayvoron (Belgorod Oblast), 12 September: a drone hit ...": a note led by its place
        elif cue == 0 and after == ":" and len(before) >= 3 and before[-3] == "(" and before[-1] == ")" \
                and len(before[-2]) <= 2:
            cue = 2  # "(1) Avdiivka: a shell killed a municipal worker": a numbered entry headed by its place
        elif cue == 0 and after in ("(", "–", "—", "-") and before[-1:] == [":"] \
                and _ENTRY_DASH_AFTER.match(sentence, found[i - 1].end()):
            cue = 2  # "Locations, Zaporizhzhia oblast: Orikhiv (Orekhov) – artillery, 2 killed": an entry's place
        elif cue == 0 and after == ":" and _heads_after_comma(toks, at):
            cue = 1  # "Notice from the board, Topol housing cooperative, Kharkiv: a drone hit ...": where it is from
        elif cue == 0 and after == ":" and at and toks[at - 1].endswith(("'s", "’s")) and out \
                and out[-1].start == found[at - 1].start() and not out[-1].cue \
                and (at == 1 or _heads_after_comma(toks, at - 1)):
            # "Call-out 14, Friday, Kharkiv's Saltivka: a missile hit ...": the city whose part heads the entry
            out[-1] = replace(out[-1], cue=1)
        elif cue == 0 and len(before) == 3 and before[-1] in ("–", "—", "-") and (
                (before[0].isdigit() and before[1] in MONTHS) or (before[0] in MONTHS and before[1].isdigit())):
            cue = 2  # "...; 13 December – Kherson, a drone struck a petrol station": a chronology entry's place
        elif (at == 0 or _CLOCK_LEAD.fullmatch(sentence, 0, pos)) and cue == 0 and (
                _HEADING_AFTER.match(sentence, found[i - 1].end()) or (
                phrase.isupper() and _CAPS_HEADING_AFTER.match(sentence, found[i - 1].end()))):
            cue = 1  # "KHARKIV /// MISSILES HIT ...", "Nikopol last night: rockets fell on the city": its heading
        elif cue == 0 and after == ":" and _VISITOR_LEAD.fullmatch(sentence, 0, pos):
            cue = 1  # "09:20, man, 58, Zelenodolsk: shells hit his house": where the visitor's account happened
        elif cue == 0 and before[-1:] == [","] and before[-2:-1] and before[-2] in _STREET_WORDS:
            cue = 2  # "a house on Stepova Street, Stepnohirsk, destroyed by a guided bomb": an address's town
        following = [t.lower() for t in toks[i:i + 3]]
        if following[:1] == [","] and set(following[1:]) & {"village", "town", "city", "settlement", "small"}:
            cue = 2  # "Klishchiivka, a village south of Bakhmut"
        near = bool(set(before) & NEAR_CUES)
        out.append(Mention(phrase, pos, "place", cue, near))
    for m in (_REGION_LIST.finditer(sentence) if ("regions" in low or "oblasts" in low) else ()):
        # "over the Bryansk, Kursk and Belgorod regions": each name is a region
        out = [replace(x, level="region") if x.level == "place" and m.start(1) <= x.start < m.end(1) else x
               for x in out]
    out.sort(key=lambda m: m.start)
    return out
