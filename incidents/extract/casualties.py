"""Killed and injured counts in a sentence: people only, not drones, shells, houses or years.

Rules (ACLED's codebook conventions for fatalities, applied to injured too; conservative):

* A stated number is the count: "killing two civilians" = 2, "the toll rose to 12" = 12. People are
  counted from the words that name them: "a woman and her two children" = 3, "the driver" = 1,
  "an elderly couple" = 2, "a family of four" = 4, "a local farmer" = 1; a headline's bare singular
  ("Ukrainian soldier killed") = 1.
* Qualifiers keep the stated number as the best estimate and say which side it bounds:
  "at least 5" / "more than 20" / "over 20" = low 5 (20), best 5 (20), high unknown; "up to 8" /
  "as many as 8" / "nearly 8" = low unknown, best 8, high 8; "about 8" = best 8 only.
* A range takes its lower end as the best estimate (ACLED codes the most conservative figure):
  "between 5 and 8", "5-8", "5 to 8", "5 or 8" = low 5, best 5, high 8.
* People named are people: "Olena Ivanenko, 45, was killed" = 1, a death notice's "KOVALCHUK, Petro ...,
  killed" = 1 ("SYDORENKO, Hanna and Mykola" = 2); a toll told as a noun counts as its verb would ("the killing
  of two men", "injuries to five civilians").
* Vague words take ACLED's fixed values, with both bounds unknown: "several", "many" = 10, "dozens" =
  12, "hundreds" = 100; in the same spirit (our choice, not ACLED's text): "numerous" = 10, "a dozen"
  = 12, "scores" = 20, "a few" = 3. These are for the dead, which ACLED codes; injured told only by a
  vague word ("injuring several", "dozens were wounded") have no best estimate, only the least the word
  means as their low end (ACLED codes no injured, and nearly every blind writer left them unknown).
* A plural without a number ("civilians were killed", "their children were wounded") is unknown
  (None), and so is any list that contains one. ACLED codes 10 for "plural" fatalities when no other
  report exists; an extracted incident is a first reading that a reviewer completes, so we leave it
  unknown rather than put 10 on the map.
* Nobody: "no casualties", "no casualties were reported", "no one was hurt", "without casualties",
  "no damage was reported" = 0 killed and 0 injured (ACLED codes a report of no fatalities as 0);
  "no one was killed" / "no deaths" = 0 killed; "no one was injured" / "no injuries" = 0 injured. "No information on
  casualties", "no immediate reports of casualties" and "no casualties were immediately reported"
  are unknown, not 0: the report says it does not know yet.
* Civilians killed (``civilians_killed``) only when the nouns say so: "two soldiers and three
  civilians were killed" = 3, "killing five people, including two children" = 2; "people" alone says
  nothing about the split.
* A toll ("the death toll rose to 12", "the number of injured increased to 40") is the total: it
  replaces the counts of the sentence rather than adding to them.
* "Killed and wounded" together is a casualty total, neither a death toll nor an injured count.
  Totals since the start of the war or over a year, and bodies found or exhumed later, are not the
  toll of the incident the sentence reports.
* People named as part of a count already given ("four people, including two children") are not
  added again. Missing, captured, evacuated and displaced people are not casualties.
* Live-blog and agency word orders: "Killed in the attack were a woman and her son" = 2 killed; a
  person's age ("a man (45)", "two women, aged 47 and 69", "a woman, 57,") and an apposition ("the
  driver, a 45-year-old man,") are not counts; "injuring another", "a third was wounded" = 1 more;
  "left two men with shrapnel wounds" = 2 injured.
* People in care ("eleven others remain hospitalised", "14 sought medical help", "treated for
  wounds") and people "among the injured / dead" are the count only when the sentence gives no other
  count of that kind (they are usually part of it).
* "A woman wounded in Thursday's attack later died in hospital" = 1 killed, injured unknown; "a third
  victim died" = a toll of 3 killed; "two more bodies were recovered" are the strike's dead, not bodies
  found later. "Five were injured; one of them later died" / "... the driver later died" = 1 killed and
  4 injured, unless a toll or a count of the dead already includes the death.
* An earlier figure beside the current one is left out ("correcting an earlier toll of four", "up
  from eight", "not four as reported earlier", "initially reported four dead but later revised the
  figure to three"); a revised toll ("revised the death toll up to 11") is the total.
"""

from __future__ import annotations

import re
import sys

from .dates import FULL_DATE, MONTHS, WEEKDAYS
from .gates import fold, folded, has_any
from .numbers import COUNT_STARTS, FEW, ORDINALS, TALLY_OVER_TIME, TENS, UNITS, read_range, word_number

KILLED = {"killed", "killing", "kills", "kill", "dead", "died", "dies", "die", "deaths", "death", "fatalities",
          "fatality", "lives", "perished", "slain", "bodies", "killed,", "kia"}
INJURED = {"injured", "injuring", "wounded", "wounding", "hurt", "hurting", "injuries", "injury", "injures", "injure",
           "wounds", "wound", "hospitalised", "hospitalized", "wia"}
NOT_COUNTED = {"missing", "captured", "prisoners", "abducted", "detained", "evacuated", "displaced"}

# trades and callings an investigator names a civilian victim by
_CIVIL_TRADES = (
    "technician labourer laborer welder plumber carpenter bricklayer roofer repairman handyman caretaker locksmith "
    "instructor trainer jockey "
    "storekeeper pharmacist surgeon physician dispatcher machinist waiter waitress bartender hairdresser accountant "
    "lecturer professor scientist monk nun clergyman housewife retiree adolescent newborn widow widower homeowner "
    "trucker tractorist gardener orderly midwife receptionist dentist caregiver carer surveyor sacristan deacon "
    "chaplain verger sexton organist starosta headman lawyer judge contractor subcontractor docker dockworker "
    "stevedore loader porter passerby passer-by baker apprentice butcher barber tailor florist groundsman "
    "groundskeeper supporter fan player footballer athlete sportsman sportswoman pastor chorister vicar bishop imam "
    "rabbi abbot seminarian singer musician actor actress artist writer poet stallholder storeowner "
    "shopowner helper milkmaid milker chef nanny babysitter housekeeper maid painter decorator stoker railwayman "
    "railwaywoman signalman switchman trackman craneman trumpeter pianist drummer violinist programmer "
    "designer buyer diner tourist hiker jogger barista sorter packer clerk librarian glazier tiler cobbler jeweller "
    "jeweler optician vet veterinarian warden steward stewardess usher tutor logger lumberjack woodcutter sawyer "
    "mason stonemason plasterer gamekeeper ferryman linesman lineworker sweeper teller milkman grocer greengrocer "
    "fishmonger headmaster headteacher gravedigger undertaker mourner collector picker forager farmhand farmworker "
    "milkwoman stablehand groom dairymaid swineherd skipper forwarder supplier dealer haulier distributor"
    ).split()
# people, singular: the plural is built below ("man" -> "men", "child" -> "children", else + "s")
_PERSON_WORDS = (
    "man woman person child girl boy baby infant toddler teenager teen civilian resident driver passenger "
    "pensioner farmer soldier serviceman servicewoman volunteer medic paramedic doctor nurse journalist reporter "
    "photographer cameraman firefighter fireman rescuer worker employee policeman policewoman officer wife husband "
    "son daughter mother father brother sister grandmother grandfather grandson granddaughter militiaman fighter "
    "militant rebel separatist guard commander pilot sapper deminer priest student teacher miner electrician "
    "trooper marine paratrooper conscript mercenary pedestrian cyclist motorist fisherman villager relative "
    "neighbour neighbor colleague citizen official operator engineer lineman pupil schoolboy schoolgirl conductor "
    "gunman assailant attacker insurgent partisan agent protester protestor activist member militia "
    "staffer grandchild grandparent grandson nephew niece aunt uncle cousin partner fiance fiancee stepson "
    "stepdaughter shepherd herdsman herder beekeeper forester hunter mechanic builder cook cleaner vendor trader "
    "seller postman courier janitor watchman participant spectator customer visitor guest patient occupant attendant "
    "cashier owner tenant salesman saleswoman shopkeeper motorcyclist rider angler biker "
    "fitter manager director researcher veteran youth storeman crewman lifeguard ranger inspector assistant "
    "companion friend coworker co-worker evacuee correspondent witness refugee shopper fixer bystander commuter "
    "worshipper parishioner male female adult leader foreman coach bodyguard chairman chairwoman postwoman "
    "sailor seaman seafarer mariner deckhand boatman crewmember "
    "businessman businesswoman elder sister-in-law brother-in-law mother-in-law father-in-law daughter-in-law "
    "son-in-law applicant civ mum mom dad granny grandma grandpa gran nan client mate workmate co-driver"
    ).split() + _CIVIL_TRADES


def _plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith(("ch", "sh", "ss")):  # "coaches", "witnesses"
        return word + "es"
    return {"child": "children", "grandchild": "grandchildren", "person": "people", "wife": "wives", "baby": "babies",
            "militiaman": "militiamen", "youth": "youths", "waitress": "waitresses", "orderly": "orderlies",
            "midwife": "midwives", "passerby": "passersby", "passer-by": "passers-by"}.get(word, word + "s")


_CIVILIAN_WORDS = (
    "civilian resident villager local pensioner child girl boy baby infant toddler teenager teen woman man mother "
    "father wife husband son daughter brother sister grandmother grandfather grandson granddaughter grandchild "
    "grandparent family couple passenger farmer worker employee teacher doctor nurse journalist reporter "
    "photographer cameraman volunteer pedestrian cyclist motorist fisherman pupil student priest schoolboy "
    "schoolgirl relative neighbour neighbor nephew niece aunt uncle cousin shepherd herdsman herder beekeeper forester "
    "mechanic builder cook cleaner vendor trader seller postman courier janitor").split() + _CIVIL_TRADES
CIVILIANS = frozenset(_CIVILIAN_WORDS) | {_plural(w) for w in _CIVILIAN_WORDS} | {"locals", "inhabitants",
                                                                                  "minors", "children"}
PERSONS = frozenset(_PERSON_WORDS)
PERSONS_PLURAL = frozenset(_plural(w) for w in _PERSON_WORDS) | {"persons", "locals", "individuals",
                                                                 "inhabitants", "adults", "minors", "troops",
                                                                 "personnel", "twins", "forces", "staff"}
PEOPLE = PERSONS | PERSONS_PLURAL | {
    "others", "more", "of", "them", "including", "elderly", "were", "was", "have", "has", "been", "had", "and",
    "the", "reportedly", "later", "also", "in", "by", "at", "least", "total", "other", "further", "are", "being",
    "seriously", "severely", "critically", "lightly", "fatally", "mortally", "instantly", "its", "their", "our",
    "his", "her", "ukrainian", "russian", "local", "young", "police", "border", "military", "civilian", "armed",
    "pro-russian", "pro-russia", "ukraine", "russia", "government", "army", "rebel", "separatist", "reported",
    "confirmed", "now", "sustained", "suffered", "received", "minor", "serious", "severe", "shrapnel",
    "inside", "aboard"}  # "two people inside were injured"
# animals, whose dead are no casualties ("killing two calves"); HERDS, their plurals, also tell a sentence of harm to
# animals only (see events.is_violent)
HERDS = ("cows", "calves", "cattle", "horses", "goats", "sheep", "pigs", "piglets", "dogs", "cats", "chickens", "hens",
         "geese", "ducks", "rabbits", "livestock", "poultry", "animals", "bulls", "lambs", "foals", "ponies", "heifers")
ANIMALS = frozenset(HERDS) | {"birds", "calf", "cow", "horse", "goat", "dog", "cat", "animal", "pets", "sows", "bees"}
OBJECTS = {"drones", "drone", "missiles", "missile", "shells", "shell", "rockets", "houses", "homes", "buildings",
           "vehicles", "cars", "tanks", "km", "kilometres", "kilometers", "miles", "metres", "meters", "hours",
           "days", "minutes", "years", "year", "weeks", "months", "times", "percent", "%", "bombs", "uavs",
           "apartments", "floors", "storey", "villages", "settlements", "towns", "regions", "aircraft",
           "shahed", "shaheds", "communities", "community", "positions", "attacks", "strikes",
           "counterattacks", "assaults", "groups", "nine-storey", "floor", "ceasefire", "violations", "enemy",
           "shelling", "incidents", "occasions", "hour", "day", "tonnes", "tons", "tonne", "ton", "hectares",
           "litres", "liters", "heads", "trees", "streets", "blocks", "doors",
           # a register's units ("nobody hurt, 300 t of wheat wet")
           "t", "kg", "g", "m", "cm", "mm", "ha", "l", "kw", "kwh", "mw", "mwh", "bags", "sacks", "pallets",
           "crates", "boxes"} | ANIMALS  # ("lives two streets away")
SUBSET_CUES = {"including", "among"}

_TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|\d{1,3}(?:,\d{3})+|\d+|[.;:]")

# atomic groups and possessive repeats where they find the same matches with less backtracking (Python 3.11+)
_ATOMIC, _PLUS = ("(?>", "++") if sys.version_info >= (3, 11) else ("(?:", "+")


def _trie(words: list[str]) -> str:
    """The alternation of ``words`` longest first (``sorted(words, key=len, reverse=True)``) written as a
    trie ("(?:m(?:en|an)|...)"): the same matches in the same order of preference, but the regex engine
    tries a few first letters at each character instead of every word."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict) -> str:
        alts = [re.escape(ch) + branch(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body  # a word that ends here: after its longer ones

    return "(?:" + branch(tree) + ")"


# --- people named by nouns: "a woman and her two children", "the driver", "a family of four" -------------
_NUM_WORDS = _trie(sorted(set(UNITS) - {"a", "an", "single", "couple", "pair", "zero"} | set(TENS)))
# ACLED's vague counts that stand where a number would: "several civilians were injured" = 10
_VAGUE_WORDS = "several|many|numerous|dozens|scores|hundreds"
_DIGIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"  # after a tens word: "twenty-one"
_NUM = (rf"(?:\d+|(?:{'|'.join(TENS)})-(?:{_DIGIT_WORDS})|{_NUM_WORDS}|"
        rf"{_VAGUE_WORDS})")
_ON_WEEKDAY = rf"\s+on\s+(?:{'|'.join(list(WEEKDAYS)[:7])})\b"  # "wounded on Monday" (the days' full names)
_QUAL = r"(?:(?:at least|more than|over|up to|as many as|about|around|nearly|almost|some)\s+)"
_DET = r"(?:a|an|one|the|his|her|their|its|our|my|your|another|this|that|each|all)"
# a word before the noun. Each is followed by white space, so only a whole word can match: their order does
# not matter (the tries below put "older" before "old"), nor which one matched (an atomic "(?>{_MOD}\s+)" below
# does not try the others), and a letter given back by "[a-z]+" could never be the "-" that follows it (so it
# can be possessive, "[a-z]++")
_MOD_WORDS = ("single more further elderly young old older younger youngest eldest little local pregnant teenage male "
              "female civilian married grown adult "
              "retired former unarmed innocent wounded injured ukrainian russian pro-russian other russian-installed "
              "moscow-installed kremlin-installed russian-appointed moscow-appointed occupation-appointed "
              "russian-backed moscow-backed".split(),
              "tractor taxi bus truck car ambulance police border security rescue aid utility energy railway emergency "
              "humanitarian medical power gas farm factory shop school news tv media military army port station plant "
              "mine hospital hotel market construction road water postal delivery municipal city village dock "
              "lorry van warehouse shipyard steel coal grain cargo office supermarket repair maintenance forestry "
              "field locomotive train tram trolleybus administration council company health healthcare communal grid "
              "electricity telecom social service night day duty shift chief senior junior deputy head crane forklift "
              "excavator machine site store fuel pipeline boxing sports rail harbour harbor airport bakery cafe "
              "restaurant kiosk depot terminal district regional town party ticket petrol tyre flower fish bread "
              "vegetable fruit newspaper pharmacy bank hardware scrap metal".split())  # ("killing a ticket seller")
_MOD = (rf"(?:(?:\d{_PLUS}|[a-z]{_PLUS}(?:-[a-z]{_PLUS})?)-year-old|[a-z]{_PLUS}-year(?!-)|"  # "a first-year student"
        rf"[a-z]{_PLUS}['’]s|"  # "the applicant's parents": whose they are
        + _trie(_MOD_WORDS[0]) + r"|(?-i:[A-Z][A-Za-z]+)|"
        + _trie(_MOD_WORDS[1]) + ")")
_PAIRS = frozenset(("couple", "pair", "parents", "grandparents"))  # two people, whatever the number says
_GROUP_SIZES = {**dict.fromkeys(_PAIRS, 2), "trio": 3}  # ("killing a trio of loaders")
_SING = _trie(sorted(PERSONS | set(_GROUP_SIZES) | {"family", "household", "crew"})) + \
    rf"|(?:\d{_PLUS}|[a-z]{_PLUS}(?:-[a-z]{_PLUS})?)-year-old(?!\s*(?!(?:in|on|at|near|and|or|was|were|is|when|as|after|during|"\
    r"from|with|who|later)\b)[a-z])"  # "injuring a 16-year-old": the age stands for the person
_PLUR = _trie(sorted(PERSONS_PLURAL | {"others"}))  # ("a man and two others")
# noun compounds: "rebel commander", "militia member"; a hyphened compound right before the noun ("a night-shift
# sorter", "a front-line medic")
_MOD = rf"(?:{_MOD}|staff|crew|{_SING}|[a-z]{_PLUS}-[a-z]{_PLUS}(?=\s+(?:{_SING}|{_PLUR})\b))"
_NP = (rf"(?:(?:{_DET}\s+)?(?P<q>{_QUAL})?(?P<num>{_NUM})\s+{_ATOMIC}{_MOD}\s+){{0,3}}(?P<pl>{_PLUR}|{_SING})\b"
       rf"|(?P<det>{_DET})\s+{_ATOMIC}{_MOD}\s+){{0,3}}(?P<sg>{_SING})\b(?!['’]s\b)(?:\s+of\s+(?P<of>{_NUM}))?"
       rf"|(?:{_DET}\s+)?{_ATOMIC}{_MOD}\s+){{0,3}}(?P<bare>{_PLUR})\b"
       rf"|(?P<bsg>{_SING})\b)")  # "his wife and son": the determiner carries over
_NP_RE = re.compile(_NP, re.I)
# a list of people, not running on into who reported them ("wounding three people, officials said", "killing a
# man, the carpenter who sells boxes to the growers wrote")
_REPORTED = r"(?:said|say|says|told|tells|reported|reports|added|adds|wrote|writes|posted|posts)"
_LIST = (rf"{_NP}(?:(?:\s*,\s*(?:and\s+|plus\s+)?|\s+and\s+|\s+as well as\s+|\s+plus\s+)"
         rf"(?!(?:[\w'’-]+\s+){{0,5}}{_REPORTED}\b|(?:the|a|an|our|their|his|her)\s+[\w-]+\s+who\s+[^,.;]{{0,80}}?"
         rf"\b{_REPORTED}\b){_NP})*")
_LIST_PLAIN = re.sub(r"\(\?P<\w+>", "(?:", _LIST)  # the list as a whole, without repeated group names
_BARE = rf"{_ATOMIC}{_MOD}\s+){{0,3}}(?:{_SING})\b"
# headline grammar: "Ukrainian soldier killed", "Rebels say commander is killed"
_BARE_SING = rf"(?:^|(?<=[\-–—:|]\s)|(?<=\bsay\s)|(?<=\bsays\s)|(?<=\bsaid\s))(?:{_BARE})"
# "the head, a man, 71, struck out, killed by shelling": a register's short aside between a person and the harm
_ASIDE_BEFORE_HARM = (r"(?!(?:and|but|or|then|not|never|nobody|none)\b)[a-z]+(?:\s+(?!(?:and|but|or)\b)[a-z]+)?\s*,"
                      r"(?=\s+(?:killed|injured|wounded)\s+(?:by|in|when|at)\b)")
_PASSIVE = (r"(?:\s*,\s*\d+\s*,|"
            rf"\s*,\s+{_ASIDE_BEFORE_HARM}|"
            r"\s*,(?=\s+(?:killed|injured|wounded|dead|survived)\b))?"
            # ("the watchman of a closed grain store in Kupiansk was killed", "four residents of a house in the
            # Samarskyi district of Dnipro injured": up to three short phrases; not "a passenger from Pokrov who was
            # not hurt")
            r"(?:(?:\s+(?:in|from|at|on|of|near|aged|with)\s+[^\s.;,]+(?:\s+(?!(?:not|never)\b)[^\s.;,]+){0,3}?)"
            r"{1,3}"
            # ("a guard checking the fence of a shut factory in Balakliia was injured": up to thirteen words)
            r"|\s+(?!(?:killing|wounding|injuring|hurting|including|during)\b)[a-z]+ing\s+[^\s.;,]+"
            r"(?:\s+(?!(?:not|never)\b)[^\s.;,]+){0,12}?)?"
            # "the driver has died", "two of them have since died": a perfect tense only before "died"
            r"\s+(?:(?:was|were|is|are|has been|have been|had been|got|being)\s+|"
            r"(?:has|have|had)\s+(?=(?:since\s+|now\s+)?died\b))?(?:(?:\w+ly|later|also|then|since|now|found)\s+){0,2}"
            r"(?P<verb>killed|died|dies|die|dead|injured|wounded|hurt|was taken to hospital|taken to hospital|"
            r"hospitali[sz]ed|shot dead|lost (?:his|her|their) lives?|remain(?:s|ed)? in (?:the )?hospital|"
            # "a woman was found dead under the rubble, her husband was pulled out injured"
            r"found dead|pulled (?:out |from the rubble |from the debris )?(?:alive and )?(?:injured|wounded)|"
            r"cut by (?:flying )?(?:glass|fragments|shrapnel|debris|splinters)|concussed|maimed|"
            r"(?:badly |severely )?(?:burned|burnt)(?! (?:out|down|to the ground))|"
            r"survived with (?:a\s+|an\s+)?(?:\w+\s+){0,2}?(?:injur(?:y|ies)|wounds?|burns?)|"
            r"(?:suffered|sustained|received)\s+(?:\w+\s+){0,2}?(?:wounds?|injur(?:y|ies)|burns?|concussions?))\b")
_SUBJECT_FIRST = re.compile(rf"(?P<list>{_LIST_PLAIN}|{_BARE_SING})" + _PASSIVE, re.I)
_VERB_FIRST = re.compile(rf"\b(?P<verb>killing|killed|kills|kill|wounding|wounded|wounds|injuring|injured|injures|"
                         rf"hurting|shot dead|claimed the (?:life|lives) of|took the (?:life|lives) of|"
                         # "shelling hurt a woman" (not the participle: "a man was hurt, his son ...")
                         rf"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bgot\s)"
                         rf"(?<!\bget\s)(?<!\bnot\s)hurt)\s+"
                         rf"(?P<list>{_LIST_PLAIN}|{_BARE})",
                         re.I)
_NOBODY = re.compile(
    rf"\b(?:(?P<who>no one|nobody|none|not (?:a |one )?single [a-z]+|"
    # "no passengers were hurt", "no patients or staff were hurt"
    rf"no (?:other )?{_trie(sorted(PERSONS_PLURAL))}(?:\s+(?:or|and)\s+{_trie(sorted(PERSONS_PLURAL))})?|"
    # ("patients and guests were not hurt")
    r"(?:the\s+)?(?:(?:people|civilians|residents|locals|passengers|workers|employees|patients|guests|pupils|"
    r"students|customers|shoppers|tenants|occupants)(?:\s+and\s+|\s+(?=(?:were|was)\s))){1,2}(?:were|was)\s+not|"
    # "the couple sheltering in the cellar were unhurt", "the family was not hurt"
    r"(?:the|a|his|her|their|its)\s+(?:[\w-]+\s+)?(?:couple|family|pair|crew)\s+(?:were|was)\s+not|"
    # "the three men aboard were not hurt" ("two men were killed and two more were unhurt")
    rf"(?:the\s+|all\s+)?(?:two|three|four|five|six|both|all)\s+(?:(?:[\w-]+\s+)?{_trie(sorted(PERSONS_PLURAL))}|"
    r"more|others)(?:\s+[a-z]+)?\s+(?:were|are)\s+not|"
    # "the driver was not injured", "she was not hurt"
    rf"(?:(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+)?{_trie(sorted(PERSONS))}|he|she)\s+(?:(?:was|is)\s+)?not)\b"
    r"[^.;]{0,30}?\b(?P<verb>killed|injured|hurt|wounded|died|harmed|affected|suffered)"
    r"(?:\s+(?:or|and)\s+(?P<verb2>killed|injured|hurt|wounded|died))?"
    r"|no (?:immediate |other |further )?(?:civilian |staff |human |personnel )?"
    r"(?P<what>dead or injured|dead or wounded|killed or injured|killed or wounded|deaths or injuries|"
    r"injuries or deaths|casualties|victims|fatalities|"
    r"deaths|injuries|damage|"
    # a record's "1 civilian killed (man, 71), no injured"
    r"injured|wounded|dead)\b"
    r"|without (?:causing |leaving |any |civilian )*(?P<without>casualties|victims|loss of life|injuries)"
    # "damaged three houses without hurting anyone"
    r"|without (?P<harming>hurting|harming|injuring|wounding|killing) (?:anyone|anybody|people)"
    # "burned down without anyone being hurt"; "no one else was hit"
    r"|without (?:anyone|anybody) (?:being |getting )?(?P<harmed>hurt|harmed|injured|wounded|killed)"
    r"|(?P<hit>no one|nobody) (?:else )?(?:was )?hit(?=\s*(?:[.;,]|$))"
    r"|(?P<avoided>casualties) (?:were|have been|had been) avoided"
    # "with damage only", "which caused damage only", "caused only material damage": nobody hurt
    r"|(?:with|caused|causing|leaving|leaves|causes)\s+(?:only\s+(?:material\s+)?(?P<only>damage)|"
    r"(?:material\s+)?(?P<only2>damage)\s+only)(?=\s*(?:[.;,)]|$)))", re.I)
_EITHER_HARM = ("hurt", "harmed", "affected", "suffered")  # "nobody suffered": neither killed nor injured
_NOBODY_LOW = folded(_NOBODY)  # its groups are read in lower case
_RANGE_BEFORE = re.compile(rf"(?:between\s+)?\b({_NUM})\s*(?:-|–|\bto\b|\band\b|\bor\b)\s*$", re.I)
_TOLL = re.compile(
    r"\b(?:death toll|toll|number of (?:people |those |civilians |persons )?(?P<what>killed|dead|injured|wounded|"
    r"deaths|fatalities|injuries|victims)|(?P<whatc>injured|wounded|dead|death) (?:count|figure|tally))\b"
    r"[^.;]{0,160}?\b(?:rose|rises|risen|climbed|climbs|increased|increases|"
    r"reached|reaches|grew|grown|jumped|(?:now\s+)?stands at|stood at|is now|revised|corrected|updated|adjusted|"
    r"raised|lowered)\s+"
    r"(?:(?:up|down|upwards?|downwards?)\s+)?(?:to\s+)?(?P<n>(?:at least |more than |over )?"
    r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?))\b|"
    # "officials revised the death toll up to 11", "later corrected the figure to three"
    r"\b(?:revised|revising|corrected|correcting|updated|updating|adjusted|adjusting|raised|lowered)\s+"
    r"(?:(?:the|its|their|his|her)\s+(?P<what3>(?:(?:death|injured|wounded|injury)\s+)?(?:toll|figure|count)|"
    # ("the governor later corrected the injured to four")
    r"number(?: of (?:the )?(?:people |those |civilians |persons )?(?:dead|killed|injured|wounded))?|"
    r"injured|wounded|dead)|"
    # ("the governor first said four were hurt and later corrected it to three": the figure just told)
    r"(?P<it>it))\b[^.;]{0,90}?\b"
    r"(?:(?:up|down|upwards?|downwards?)\s+)?(?:to|at)\s+"
    r"(?P<n3>(?:at least |more than |over )?(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?))\b|"
    # "bringing the death toll to four"
    r"\b(?:bringing|raising|taking|pushing)\s+the\s+(?:(?:death\s+)?toll|number\s+of\s+(?:the\s+)?"
    r"(?:people\s+|civilians\s+)?(?P<what2>dead|killed|"
    r"deaths|fatalities|injured|wounded|injuries))\s+to\s+(?P<n2>(?:at least |more than |over )?"
    r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?))\b", re.I)
# a word each _TOLL match has ("... later corrected the injured to four" names no toll)
_TOLL_WORDS = ("toll", "number", "figure", "count", "revis", "correct", "updat", "adjust", "raised", "lowered")
# "killed and wounded": a total of both, not a death toll
_COMBINED = re.compile(r"\b(?:killed|dead)\s+(?:and|or)\s+(?:wounded|injured)\b|"
                       r"\b(?:wounded|injured)\s+(?:and|or)\s+(?:killed|dead)\b", re.I)
# totals over a war, a year, or bodies found later are not the toll of one incident
_MONTH_NAMES = "|".join(list(MONTHS)[:12])  # the months' full names (their abbreviations follow in MONTHS)
_CUMULATIVE = re.compile(r"\b(?:since (?:the )?(?:start|beginning|outbreak)|since (?:19|20)\d\d|since the (?:war|"
                         r"invasion|conflict)|this year|past year|exhum\w*|mass graves?|"
                         # "his count for the oblast since 1 July", "hurt in the town since the shelling began"
                         rf"since \d{{1,2}} (?:{_MONTH_NAMES})\b(?!\s+\d)|"
                         rf"since (?:{_MONTH_NAMES}) \d{{1,2}}\b(?!,?\s+\d)|"
                         r"since the (?:shelling|attacks?|strikes|bombing|fighting|offensive) (?:began|started)|"
                         r"(?<!more\s)bodies (?:were |have been )?(?:found|recovered|discovered)|"
                         + TALLY_OVER_TIME + r")\b", re.I)
_CUMULATIVE_STEMS = ("since", "year", "exhum", "grave", "bodies", "daily", "weekly", "monthly", "annual", "tally",
                     "total", "count")


_DIGITS = re.compile(r"\d")


# the kind a toll's figure names after it ("... rose to four injured")
_KIND_AFTER = re.compile(r"\s+(?:people\s+|persons\s+|civilians\s+)?(injured|wounded|hurt)\b(?!\s+and\b)", re.I)


def _toll_what(sentence: str, m: re.Match) -> str:
    """The words a :data:`_TOLL` match names its kind by (lower case), or the kind its figure names after it ("the
    Marhanets toll later rose to four injured"); "" when neither is told."""
    what = (m.group("what") or m.group("whatc") or m.group("what2") or m.group("what3")
            or ("figure" if m.group("it") else "")).lower()
    if not what and (named := _KIND_AFTER.match(sentence, m.end())) is not None:
        what = named.group(1).lower()
    return what


def _toll_kind(what: str) -> str:
    """What a toll counts, from the words naming it (lower case): "number of injured" and "the injured
    figure" count the injured; "toll", "death toll" and "figure" the dead."""
    return "injured" if what.endswith(("injured", "wounded", "injuries")) or \
        what.startswith(("injured ", "wounded ", "injury ")) else "killed"


def _toll_kind_told(sentence: str, m: re.Match) -> str:
    """What a :data:`_TOLL` match counts: a bare "figure", "count" or "number" counts the one kind the sentence
    told before it ("wounding four people; the governor later corrected the figure to three")."""
    what = _toll_what(sentence, m)
    if what in ("figure", "count", "number"):
        before = sentence[:m.start()].lower()
        if has_any(before, _KIND_STEMS["injured"]) and not has_any(before, _KIND_STEMS["killed"]):
            return "injured"
    return _toll_kind(what)


# where a clause that may give a tally over time begins: "...; by his count 23 have been killed since 1 December",
# "..., per the oblast head, whose count since 1 July stands at 40 dead"
_TALLY_CLAUSE_START = re.compile(r";\s|,\s+(?:whose|which|by (?:his|her|their|its) count)\b")


def _tally_clause(sentence: str) -> tuple[int, int] | None:
    """Where the sentence gives a total over a war, a year or found bodies (a :data:`_CUMULATIVE` phrase not inside
    an aside without casualty words: "Officials in Pokrovsk, as the town has been called since 2016, said the
    strike wounded five" gives none): the span of the clause that gives it, after a clause of the sentence's own
    ((0, end) when the first clause gives it); None when it gives none."""
    for m in _CUMULATIVE.finditer(sentence):
        if not _cumulative_at(sentence, m):
            continue
        starts = [c.start() for c in _TALLY_CLAUSE_START.finditer(sentence, 0, m.start())]
        stop = sentence.find(";", m.end())
        return (starts[-1] if starts else 0), (stop if stop >= 0 else len(sentence))
    return None


def _cumulative_at(sentence: str, m: re.Match) -> bool:
    """Is the :data:`_CUMULATIVE` phrase ``m`` a total the sentence gives, not one inside an aside with no count?"""
    if ";" in sentence:  # "The building has been closed since 2022; ... nobody was hurt": its own clause
        begin, stop = sentence.rfind(";", 0, m.start()) + 1, sentence.find(";", m.end())
        clause = sentence[begin:stop if stop >= 0 else len(sentence)]
        if not has_any(clause.lower(), _CASUALTY_STEMS):
            return False
    start, end = sentence.rfind(",", 0, m.start()), sentence.find(",", m.end())
    aside = sentence[start:m.start()] + sentence[m.end():end]
    return start < 0 or end < 0 or has_any(aside.lower(), _CASUALTY_STEMS) or _DIGITS.search(aside) is not None


# bodies taken from the rubble of a strike are its dead (bodies exhumed or found later are not)
# (or found when the search at the site ended)
_RUBBLE = re.compile(r"\b(?:rubble|debris|ruins|rescuers?|rescue workers|emergency workers|search(?: and rescue)?)\b",
                     re.I)
# "one of the deadliest attacks since the invasion began", "the largest ... this year": a comparison
_SUPERLATIVE = re.compile(r"\b(?:deadliest|bloodiest|heaviest|biggest|largest|worst|most \w+)\s+(?:[\w-]+\s+){0,6}?"
                          r"(?:since|this year)\b", re.I)
# "19 residents, including five children, were killed": the subset between a count and its verb
_INSERTED_SUBSET = re.compile(r"\s*,\s*(?:(?:including|among them|among whom|[\w-]+ of (?:them|whom))\s+[^,;.]{1,40}|"
                              # "seven people, two teenagers among them, were wounded"
                              r"[^,;.]{1,40}\s+among (?:them|whom)),"
                              r"(?=\s+(?:were|was|are|is|have|has|had|died|perished)\b)|"
                              # ("three people including a child were injured": the subset told without commas)
                              r"(?<=[a-z])\s+including\s+(?:(?:a|an|the|one|two|three|four|five|six|\d+|his|her|their|"
                              r"you|me|us)\b(?:\s+[\w-]+){0,3}?)"
                              r"(?=\s+(?:were|was|are|is|have\s+been|had\s+been|died|perished)\b)", re.I)
# "two boys were wounded, one seriously", "..., one of them in critical condition": how badly some of them were hurt
_HOW_BADLY = re.compile(r"\s*,\s*(?:one|two|three|four|five|\d+)(?:\s+of\s+(?:them|whom))?\s+"
                        r"(?:(?:is|was|were|are)\s+)?(?:seriously|critically|severely|badly|gravely|lightly|slightly|"
                        r"in\s+(?:a\s+)?(?:serious|critical|grave|severe|stable|moderate)\s+condition|"
                        # "both were wounded, one in the stomach": where on the body
                        r"in\s+the\s+(?:stomach|head|chest|leg|legs|arm|arms|back|neck|face|shoulder|hip|abdomen|eye|"
                        r"hand|foot))\b", re.I)
# "two of them were injured, one losing a hand": how one of those counted was hurt, no one more
_LOSING_SOME = re.compile(r"(?:(?<=injured)|(?<=wounded)|(?<=hurt))\s*,\s*(?:one|two|three|\d+)"
                          r"(?:\s+of\s+(?:them|whom))?\s+(?:losing|having\s+lost)\s+(?:an?|one|both|his|her|their)\s+(?:[\w-]+\s+)?(?:hands?|arms?|"
                          r"legs?|foot|feet|eyes?|fingers?)\b", re.I)
# "51 hurt, many at a crossroads", "most in the city centre": where the people counted were, no more people
_WHERE_MOST = re.compile(r"\s*,\s*(?:many|most)(?:\s+of\s+(?:them|whom))?\s+(?:at|in|near|on|inside)\s+[^,;.]{1,50}",
                         re.I)
# absence of information, not of casualties: unknown ("no casualties were reported" is ACLED's 0;
# "no information on casualties" and "no casualties were immediately reported" are not yet known)
_NO_NEWS = re.compile(r"\bno (?:immediate )?(?:reports?|information|word|details|data|news)\s+(?:of|on|about)\b|"
                      r"\bno immediate (?:casualties|victims|injuries|deaths|fatalities)\b|"
                      r"\bno (?:casualties|victims|injuries|deaths|fatalities) (?:were|have been|had been) "
                      r"immediately reported", re.I)


def _other_harm(nobody: str, unknown: str) -> bool:
    """Whether the harm a "no word on ..." leaves unknown is not the one nobody suffered ("nobody was killed, ...,
    giving no word on wounded": killed 0, wounded unknown)."""
    dead = re.search(r"\b(?:killed|died|dead|deaths|fatalities)\b", nobody.lower()) is not None
    hurt = re.search(r"\b(?:injured|wounded|injuries)\b", nobody.lower()) is not None  # ("hurt" is either harm)
    return (dead and not hurt and has_any(unknown, ("wound", "injur", "hurt"))) or \
        (hurt and not dead and has_any(unknown, ("dead", "death", "kill", "fatal")))


_CASUALTY_STEMS = ("kill", "dead", "die", "death", "wound", "injur", "hurt", "hospital", "lives", "fatal", "casualt",
                   "victim", "toll", "kia", "wia", " inj", "no cas", "k/w", "body", "bodies", "perish", "slain",
                   "no one", "nobody", "suffer", " condition",
                   "sustain", "burns", "life of", "no damage", "damage only", "only damage", "only material damage",
                   "lost ", "losing ", "loses ", "hit by", "unharmed",
                   "treated ", "concussion", "concussed", "maimed", "burned", "burnt", "cuts", "cut by", "fracture",
                   "hit in the ", " admitted", "got ", "cut on", "cut in", "bruised", "broken", "fragment", "amputat",
                   "shot in ", "shrapnel", "bullet", "splinter", "glass cut", "debris cut", "with glass",
                   "with flying glass", "with falling glass", "with broken glass", "with shards", "with debris")
_PASSIVE_VERB = re.compile(r"\b(?:killed|died|dies|die|dead|injured|wounded|hurt|hospital|hospitali[sz]ed|lives?|"
                           r"survived|suffered|sustained|received|cut|concussed|maimed|burned|burnt|bruised)\b", re.I)
_PASSIVE_VERB_LOW = folded(_PASSIVE_VERB)
_WORD_START = re.compile(r"\b\w")
_BACKGROUND_BEFORE = re.compile(r"\b(?:after|since|before|ago|like|anniversary|remember\w*|recall\w*)\b", re.I)
# ("shellfire on its centre that killed a man")
_ATTACK_THAT = re.compile(r"\b(?:strikes?|attacks?|shelling|bombs?|missiles?|drones?|shells?|rounds?|rockets?|"
                          r"bombing|raid|explosion|blast|shellfire|gunfire|artillery)"
                          r"(?:\s+(?:on|of|in|at)\s+(?:the\s+|its\s+|a\s+|an\s+)?[\w'’-]+(?:\s+[\w'’-]+)?){0,2}?"
                          # ("a mortar strike on Friday in Petropavlivka, the village just east of Kupiansk, that")
                          r"(?:\s+(?:on|last)\s+\w+)?(?:\s*,\s*[^,;.]{1,60}?\s*,|\s*,)?\s+that\s+$", re.I)
_COUNTED_LIST = re.compile(rf"(?:{_DET}|{_NUM})\s", re.I)  # a list of people that opens on a determiner or a count
_ADJECTIVE_BEFORE = re.compile(rf"\b(?:{_DET}|{_NUM}|several|many|some|more|other|all)\s+$", re.I)
_WORDS = re.compile(r"[a-z]+")
_GROUP_WORDS = set(_GROUP_SIZES) | {"family", "household", "crew"}
_PEOPLE_WORDS = PERSONS | PERSONS_PLURAL | _GROUP_WORDS
# a count is read as killed or injured only beside one of these words (see find_casualty_ranges' token loop)
_TOLL_VERBS = ("rose", "risen", "climbed", "reached", "toll", "stands")
_COUNTED_BY = KILLED | INJURED | set(_TOLL_VERBS) | {"body"}  # "carrying one body out of the rubble"
_CARE = ("hospitalised", "hospitalized", "hospital")  # in care: injured, unless the injured are counted apart

# --- rewrites that put a sentence's people into the forms the patterns above read ---------------------------
_PERSON_ALT = _trie(sorted(PERSONS))
_AGES = r"\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})*"
_ABOUT = r"(?:about|around|approximately|roughly|nearly|almost|some)"  # "a man of about 60": still an age
_YEARS = r"\d{4}(?:\s*(?:,|and|&)\s*\d{4})*"
# "a girl of seven", "a man of 52": an age in words
_AGE_UNITS = sorted(w for w, n in UNITS.items() if 2 <= n <= 19 and w not in ("both", "couple", "pair"))
_SEX = r"(?:m|f|male|female|man|woman|boy|girl)"  # "(m, 39)", "(boy, 15)": a victim's sex before the age
_AGE_WORDS = rf"(?:(?:{'|'.join(TENS)})(?:-(?:{_DIGIT_WORDS}))?|{_trie(_AGE_UNITS)})\b"
_AGE_HINT = re.compile(rf"\(\s*(?:aged\s+|born\s+|{_SEX}\s*,\s*)?\d|"
                       rf"\bborn\s+in\s+\d|\baged\s+\d|"
                       rf",\s*(?:{_ABOUT}\s+)?{_AGES}\s*(?:,|[.;]?\s*$)|\bof\s+(?:{_ABOUT}\s+)?(?:\d|{_AGE_WORDS})|"
                       rf"\baged\s+{_ABOUT}\s+\d|"
                       rf"\bin\s+(?:his|her|their)\s+\S+ties\b", re.I)
# "(male, 58)", "(m, 39)", "(men aged 45 and 50)": an age in brackets that says so, whoever it follows
# ("(m, 38; m, 45; f, 29)", "(boy, 15)", "(m, 50s; f, 70s)": each person's sex and age, several in one bracket)
_BRACKET_AGE = re.compile(rf"\s*\((?:(?:[a-z]+\s+)?aged\s+{_AGES}|"
                          rf"{_SEX}\s*,\s*\d{{1,3}}s?(?:\s*[;,]\s*{_SEX}\s*,\s*\d{{1,3}}s?)*|"
                          rf"{_SEX}\s*,\s*{_AGES}|{_AGES}\s*,\s*{_SEX})\)", re.I)
# "a man (45)", "two women, aged 47 and 69,", "a woman, 57,", "the son, about 17,", "(born 1951 and 1977)":
# the person's age, not a count
_AGE_AFTER = re.compile(rf"(?:\s*\((?:aged\s+)?{_AGES}\)|\s*\(born\s+(?:in\s+)?{_YEARS}\)|"
                        # "a man born in 1968", "two men, born in 1985 and 1990, were injured"
                        rf"(?P<born>\s*,)?\s+born\s+in\s+{_YEARS}(?(born)\s*,?)|"
                        # "a night guard (M, 57)", "(57, F)", "a man of 80"
                        rf"\s*\((?:m|f|male|female)\s*,\s*{_AGES}\)|\s*\({_AGES}\s*,\s*(?:m|f|male|female)\)|"
                        rf"\s+of\s+(?:{_ABOUT}\s+)?(?:\d{{1,3}}|{_AGE_WORDS})(?=\s*(?:,|;|\.|\band\b|\)|$)|"
                        rf"\s+(?:was|were|died|is|has|had|who|[a-z]+ing)\b)|"  # "a boy of 14 collecting scrap"
                        # "a man in his seventies"
                        rf"\s+in\s+(?:his|her|their)\s+(?:early\s+|late\s+|mid-)?(?:twenties|thirties|forties|fifties|"
                        rf"sixties|seventies|eighties|nineties)\b|"
                        rf"(?P<lead>\s*,)?\s+(?:both\s+|all\s+)?aged\s+(?:{_ABOUT}\s+)?{_AGES}"
                        rf"(?:\s+years(?:\s+old)?)?(?(lead)\s*,?)|\s*,\s*(?:{_ABOUT}\s+)?{_AGES}\s*(?:,|(?=[.;]?\s*$))|"
                        # "the driver, male, 47, killed": the person's sex, and the age after it
                        rf"\s*,\s*(?:male|female)(?:\s*,\s*{_AGES})?\s*(?:,|(?=[.;]?\s*$)))", re.I)
_AGE_HINT_LOW = folded(_AGE_HINT)
# "the driver, a 45-year-old man, was killed": the apposition names the same person again
# "the driver and two passengers, women aged 61 and 66, were injured": a bare plural says who they were
# (or ends the sentence: "injuring the driver, a woman aged 70.")
# ("killed the driver, a volunteer I knew.": and who knew them; "killing their neighbour, a man who lived alone")
_APPOSITION = re.compile(rf"\s*,\s+(?:(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{_PERSON_ALT})|(?:{_PLUR}))"
                         r"\s*(?:,|(?=[.;]?\s*$)|(?=\s+(?:I|we|he|she|they)\s+[a-z]+\s*(?:[.;]\s*)?$)|"
                         r"(?=\s+who\s+(?:(?!\band\b)[^,;.]){1,40}(?:[.;]|$)))|"
                         # "a third man, their driver, is in hospital" (only before its verb: not the list "a man, his
                         # wife, and their son")
                         rf"\s*,\s+(?:his|her|their|its|our|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{_PERSON_ALT})\s*,"
                         r"(?=\s+(?:is|was|were|has|had|remains|remained|died|later)\b)|"
                         # "wounded a fisherman, our picker's brother.": whose kin the person is
                         rf"\s*,\s+(?:(?:a|an|the|our|my|his|her|their)\s+)?[\w-]+['’]s\s+(?:[\w-]+\s+)?"
                         rf"(?:{_PERSON_ALT})\s*(?:(?=[.;]?\s*$)|,(?=\s+(?:is|was|were|has|had|remains|remained|died|"
                         r"later)\b))", re.I)
# "killed the saleswoman, her aunt.": one person told twice, by what she did and whose kin she was (a list of two has
# "and": "the driver, his wife and their son")
_KIN_WORDS = ("his ", "her ", "their ", "our ", "my ")  # (the cheap test for the kin-first form)
# ("wounded her sister, the applicant.": or by kin first, then by what she did)
_KIN_APPOSITION = re.compile(rf"\b((?:the|a|an)\s+(?:[\w-]+\s+)?(?:{_PERSON_ALT})),\s+(?:his|her|their|our|my)\s+"
                             rf"(?:[\w-]+\s+)?(?:{_PERSON_ALT})(?=\s*(?:[.;]|$)|,\s+(?:on|in|at|aged|who)\b)|"
                             rf"\b((?:his|her|their|our|my)\s+(?:[\w-]+\s+)?(?:{_PERSON_ALT})),\s+the\s+"
                             rf"(?:[\w-]+\s+)?(?:{_PERSON_ALT})(?=\s*(?:[.;]|$)|,\s+(?:on|in|at|aged|who)\b)", re.I)
# "The owners, a couple, were injured", "the tenants, two sisters, were killed": a head word the count patterns do
# not count, then an apposition that counts its people
_COUNTED_APPOSITION = re.compile(rf"\b(?:the|his|her|their|its)\s+(?:[\w-]+\s+)?[a-z]+s\s*,\s+"
                                 rf"(?P<who>(?:a|an|two|three|four|five|six|both)\s+(?:[\w-]+\s+){{0,2}}?"
                                 rf"(?:couple|pair|{_PERSON_ALT}|{_PLUR})"
                                 # ("a woman and her son", "a couple in their seventies")
                                 rf"(?:\s+and\s+(?:his|her|their|a|an|two|three)\s+(?:[\w-]+\s+)?(?:{_PERSON_ALT}|{_PLUR}))?"
                                 r"(?:\s+in\s+their\s+(?:early\s+|late\s+|mid-)?[a-z]+ties)?)"
                                 r"\s*,(?=\s+(?:were|are|had been|have been)\s)", re.I)
# "a guard checking the fence stepped on a tripwire mine left by the retreating troops and lost a foot": what set
# the mine off, between the person and the harm (after _MAIMED: "... and was injured")
_STEPPED_AND = re.compile(r"\s+(?:stepped\s+on|trod\s+on|drove\s+(?:over|onto)|ran\s+over|set\s+off|triggered)\s+"
                          r"(?:an?|the)\s+[^,.;]{0,40}?\b(?:mine|tripwire|device|grenade|munition|bomblet)\b"
                          r"[^,.;]{0,50}?\s+and(?=\s+was\s+injured\b)", re.I)
# "a boy lost his foot", "a man was hit by shrapnel": injured, said so the count patterns read it
_MAIMED = re.compile(r"\b(?:lost|loses|losing)\s+(?:part\s+of\s+)?(?:his|her|their|a|an|one|both)\s+(?:[\w-]+\s+)?"
                     r"(?:foot|feet|legs?|arms?|hands?|eyes?|sight|limbs?|fingers?)\b|"
                     # "her son burned his hands trying to reach her"
                     r"\b(?:burned|burnt|cut|broke)\s+(?:his|her|their)\s+(?:hands?|arms?|legs?|face|feet|foot)\b|"
                     r"\b(?:was|were)\s+(?:\w+ly\s+)?hit\s+by\s+"
                     # ("was hit by drone fragments", "by shell splinters")
                     r"(?:(?:a|an|the)\s+)?(?:(?:drone|shell|mortar|missile|rocket|bomb|mine|grenade)\s+)?"
                     r"(?:fragments?|shrapnel|splinters?|bullets?|gunfire|(?:flying\s+)?glass)\b|"
                     # "was hit by a second charge and wounded in the leg": the weapon, then the harm
                     r"\b(?:was|were)\s+hit\s+by\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:charges?|shells?|drones?|"
                     r"grenades?|munitions?|rounds?|mines?|rockets?|missiles?)(?=\s+and\s+(?:wounded|injured)\b)|"
                     # "a neighbour was hit in the arm", "his passenger was shot in the arm"
                     r"\b(?:was|were)\s+(?:hit|shot)\s+in\s+(?:the|his|her|both)\s+(?:arm|leg|head|chest|shoulder|back|stomach|hand|foot|neck|hip|"
                     r"face|side|knee|thigh|abdomen|jaw|eye|groin|ankle|wrist|elbow|buttocks?|spine)\b|"
                     # "the boy took a fragment in the shoulder", "caught shrapnel in his back"
                     r"\b(?:took|caught)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:fragments?|bullets?|"
                     r"shrapnel|splinters?|pieces?\s+of\s+shrapnel)\s+(?:in|to)\s+(?:the|his|her|both)\s+[a-z]+\b|"
                     # "the boy came out of it with cuts", "he was released on Wednesday with two broken ribs"
                     # ("the other was taken to Izium with burns")
                     r"\b(?:came|got|escaped|walked|(?:was|were)\s+(?:released|discharged|freed|let\s+go|"
                     r"(?:taken|rushed|evacuated|brought)(?=\s+to\s+(?!(?:a\s+|the\s+)?hospital))))"
                     r"(?:\s+(?:out|away|off))?(?:\s+of\s+it)?(?:\s+[^.;,]{1,30}?)?\s+with\s+(?:only\s+)?"
                     r"(?:(?:minor|light|two|several|a|some|deep)\s+)?(?:cuts|bruises|burns|wounds?|injuries|fractures?|fragments|"
                     r"concussion|broken\s+(?:ribs?|legs?|arms?|nose|jaw|fingers?))\b|"
                     # "the husband, 81, was cut on the neck", "was cut by glass", "was bruised by falling plaster"
                     r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:cut\s+(?:on|in|by|across)|bruised|concussed)\b",
                     re.I)
_LOST_LIFE = re.compile(r"\blost\s+(?:his|her)\s+life\b", re.I)  # "a man lost his life": killed
# "a woman of 60, hit by fragments in her garden": the participle, read as "wounded by"
_HIT_BY_PARTICIPLE = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\bhit\s+by\s+"
                                r"(?=(?:flying\s+)?(?:fragments?|shrapnel|splinters?|glass|bullets?|debris)\b)", re.I)
# "the son has a fragment in his shoulder", "the man had a concussion": a person and the wound they have
_HAS_WOUND = re.compile(rf"\b(?P<who>(?:{_SING}|{_PLUR}))(?P<age>\s*\(\d{{1,3}}\)|,\s+\d{{1,3}},|\s+of\s+\d{{1,3}})?\s+"
                        r"(?:has|had)\s+(?:a\s+|an\s+)?(?:(?:minor|light|severe|serious|shrapnel|fragment|blast|"
                        r"leg|head|bad)\s+)?(?:fragments?|shrapnel|splinters?|burns|wounds?|injur(?:y|ies)|fractures?|"
                        r"concussion)\b", re.I)
# "suffered shrapnel wounds", "sustained injuries": being injured, said so the count patterns read it
# "taken to the district hospital", "rushed to a hospital": taken to hospital
_TO_HOSPITAL = re.compile(r"\b(?:(?:beaten|assaulted|shot|stabbed)\s+and\s+)?(?:taken|rushed|brought)\s+to\s+"
                          r"(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?hospital\b"
                          r"(?!\s+(?:director|staff|chief|head|workers?|building)\b)", re.I)
_ADMITTED = re.compile(r"\b(were|was|been)\s+admitted\b(?!\s+(?:that|to\s+the\s+(?:bar|university|school)))", re.I)
_PATIENTS_ARRIVED = re.compile(r"\b(patients)\s+(?:from\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+)?arrived\b", re.I)
_SUSTAINED = re.compile(r"\b(?:had\s+|has\s+|have\s+)?(?:sustained|suffered|received|got|survived(?!\s+with\b))"
                        r"\s+(?!no\b|any\b|none\b)"
                        r"(?:(?!fatal\b|mortal\b|deadly\b)[\w-]+\s+){0,2}?(?:injur(?:y|ies)|wounds?|burns|concussions?|"
                        r"cuts|fractures|bruises)\b|"
                        # "got a broken arm", "was thrown clear with a broken arm and burns"
                        r"\b(?:(?:sustained|suffered|received|got)\s+(?:a\s+)?|(?:was|were)\s+(?:[\w-]+\s+){0,3}?with\s+"
                        r"(?:a\s+)?)(?:broken|fractured)\s+(?:arms?|legs?|ribs?|jaw|hip|collarbone|back|nose|skull|wrists?|"
                        r"ankles?|pelvis|hands?|feet|foot)\b",
                        re.I)  # "fatal wounds" are deaths, read as such elsewhere; "survived a gunshot wound"
# "... in hospital when it was hit": where people were when the attack came, not care after it
_NOT_THEN = r"(?!\s+(?:when|at the time|during|as|while)\b)"
# "eleven others remain hospitalised", "with 11 people still in hospital", "14 people sought medical help",
# "were treated for shrapnel wounds": people in care
_IN_CARE = re.compile(r"\b(?:remain(?:s|ed|ing)?|still)\s+(?:in\s+(?:the\s+)?hospital|hospitali[sz]ed)\b|"
                      # "the regional head said the three were in hospital" (not "were in the hospital when it was hit")
                      rf"(?<=\s)(?:were|are)\s+(?:now\s+|all\s+)?in\s+hospital\b{_NOT_THEN}|"
                      # "the driver and his helper both in hospital with burns": a note's list, both in care
                      r"(?<=\s)(?:were\s+|are\s+)?both\s+in\s+hospital\b|"
                      r"\b(?:sought|seeking|received|receiving|needed|needing|required)\s+medical\s+(?:help|"
                      r"assistance|attention|care|aid|treatment)\b|"
                      r"\b(?:were|was|being)\s+treated\s+(?:for\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds|burns|"
                      r"concussions?|cuts|fractures|smoke inhalation)|on the spot|at the scene|on site|at home|"
                      # "one worker was treated in hospital", "his wife was treated in Kharkiv for a head wound"
                      r"in\s+(?:a\s+|the\s+)?hospital|in\s+[\w'’-]+\s+for\s+(?:a\s+)?(?:[\w-]+\s+)?"
                      r"(?:wounds?|injur(?:y|ies)|burns|cuts|fractures?|concussions?))\b",
                      re.I)
# "her daughter is in the hospital", "a third man, their driver, is in hospital in Sumy": one person, injured
# (its wound told after it is read there: "is in hospital in Kharkiv with burns")
_IS_IN_CARE = re.compile(r"(?<=\s)is\s+(?:now\s+|still\s+)?in\s+(?:the\s+)?(?:hospital|intensive\s+care)\b"
                         rf"(?!\s+(?:building|grounds|yard|car\s+park)){_NOT_THEN}(?![^.;]{{0,30}}\bwith\b)", re.I)
# "..., six residents in hospital": people counted and where they are, the verb left out (not "were in hospital when
# it was hit")
_N_IN_HOSPITAL = re.compile(rf"(?P<who>\b{_NUM}\s+(?:[\w-]+\s+)?(?:{_PLUR}))\s+(?:now\s+|still\s+)?in\s+hospital\b"
                            rf"{_NOT_THEN}", re.I)
# "she saw the bodies of five neighbours": the dead, counted by their bodies (see _CUMULATIVE for bodies found later)
_BODIES_OF = re.compile(rf"\b(?:the\s+)?bodies\s+of\s+(?P<who>{_NUM}\s+(?:[\w-]+\s+)?(?:{_PLUR}))\b", re.I)
# "pulled out two neighbours, a married couple, who were already dead": people told dead by an adjective
_ALREADY_DEAD = re.compile(rf"(?P<who>\b{_NUM}\s+(?:[\w-]+\s+)?(?:{_PLUR}))(?:\s*,\s*[^,.;:()]{{1,30}},)?\s+who\s+"
                           r"(?:was|were)\s+already\s+dead\b", re.I)
# "medics are treating nine people": people in care, named after the verb (not "treated four people for shock":
# shock is no injury, as "three people were treated for shock" is not)
_TREATING = re.compile(r"\b(?:medics|doctors|paramedics|physicians|rescuers)\s+(?:(?:are|were|have been|had been)\s+"
                       r"(?:treating|helping)|treated)\s+(?P<who>[^,.;:]{1,40}?)(?=\s*(?:[,.;:]|$)|\s+(?:for|at|in|on)\b)"
                       r"(?!\s+for\s+(?:[\w-]+\s+){0,2}?(?:shock|stress|panic|anxiety)\b)", re.I)
# "five passengers (including two children) were taken to hospital": a subset in parentheses
_SUBSET_IN_BRACKETS = re.compile(r"\s*\((?:including|incl\.|among them|(?:[\w-]+ )?of them|(?:[\w-]+ )?of whom)\s"
                                 r"[^()]{1,60}\)|\s+[—–-]\s+(?:including|among them|[\w-]+ of them)\s[^—–.;]{1,60}?"
                                 r"\s+[—–-](?=\s)|"
                                 # "three were wounded (two women and a man)": who they were, right after the verb
                                 r"(?:(?<=killed)|(?<=dead)|(?<=wounded)|(?<=injured)|(?<=hurt))\s*\([^()]{1,160}\)",
                                 re.I)
_A_TOTAL_OF = re.compile(r"\ba total of\s+(?=\d|[a-z]+\s)", re.I)
# "four people are now known to have died", "two are reported to have been wounded"
_KNOWN_TO_HAVE = re.compile(r"\b(?:are|is|were|was)\s+(?:now\s+)?(?:known|reported|confirmed|believed|said|understood)"
                            r"\s+to\s+have\s+(?:been\s+)?", re.I)
# "left two men with shrapnel wounds"
_LEFT_WITH = re.compile(r"\b(left\s+[^.;,]{1,60}?)\s+with\s+(?:[\w-]+\s+){0,2}?(?:wounds?|injur(?:y|ies)|burns?)\b",
                        re.I)
# "the city later added a woman with a concussion to the count", "by evening the city had added a third injured":
# one more person hurt
_ADDED_TO_COUNT = re.compile(r"\b(?:had\s+|has\s+)?added\s+(?P<who>(?:a|an|another|one\s+more)\s+(?:[\w-]+\s+)?"
                             r"(?:man|woman|child|boy|girl|person|resident|teenager))\b[^.;]{0,40}?\s+to\s+the\s+"
                             r"(?:count|list|toll|tally)\b|"
                             r"\b(?:had\s+|has\s+)?added\s+(?P<nth>a\s+(?:second|third|fourth|fifth))\s+"
                             r"(?:injured|wounded)(?:\s+(?:person|man|woman))?\b", re.I)
# "A man of 74, one of the few residents left in the northern district, was killed": who he was, set off by commas
_ONE_OF_ASIDE = re.compile(r",\s+one\s+of\s+(?:the|its|their|our|his|her)\s+[^,;.]{1,70},"
                           r"(?=\s+(?:was|is|had been|has been)\s)", re.I)
# "A man planting potatoes in Stanislav, the village on the estuary west of Kherson, was wounded": what the
# place is, set off by commas between the person and the verb
_PLACE_WORDS = ("village", "town", "city", "settlement", "suburb", "hamlet")
_PLACE_ASIDE = re.compile(rf",\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:{'|'.join(_PLACE_WORDS)})\b[^,;.]{{0,60}},"
                          r"(?=\s+(?:was|were|had been|has been|stepped|trod)\s)", re.I)
# "killing one and injuring another", "two were killed and a third was injured": one more person
# ("wounding a third who was unloading bread", "and wounding a third person")
_ANOTHER = re.compile(r"\b(?:another|a (?:second|third|fourth|fifth|sixth))(?:\s+person(?=\s*(?:[,.;:)]|$)))?"
                      r"(?=\s*(?:[,.;:)]|$)|\s+(?:was|is|has|had|died|later|remains|suffered|sustained|who)\b)", re.I)


def _after_person(m: re.Match, skip: tuple[str, ...]) -> str:
    """Nothing for a match that follows a word for people ("two men[ inside]"), else the match."""
    before = m.string[max(0, m.start() - 40):m.start()].split()
    while before and before[-1].lower() in skip:
        before.pop()
    return "" if before and before[-1].lower().strip("\"'’") in _PEOPLE_WORDS else m.group()


def _without_ages(sentence: str) -> str:
    """The sentence with people's ages taken out ("(male, 58)", "a man (45)", "a girl of seven")."""
    return _AGE_AFTER.sub(_age_after, _BRACKET_AGE.sub("", sentence))


# the next person of a list, after an age set off by commas ("a girl, 15, a woman, 42, and a man")
_NEXT_IN_LIST = re.compile(r"\s+(?:a|an|the|his|her|their|its|\d+|two|three|four|five|six|seven|eight|nine|ten)\s",
                           re.I)


def _age_after(m: re.Match) -> str:
    """Nothing for a person's age after a word for people ("a man (45)", "a girl of seven"), else the match; "of"
    after a word for a group gives its size ("a family of four"). An age between two people of a list leaves the
    comma that parts them ("a girl, 15, a woman, 42, and a man": "a girl, a woman and a man")."""
    if m.group().lstrip()[:3].lower() == "of ":
        before = m.string[max(0, m.start() - 20):m.start()].split()
        if before and before[-1].lower() in _GROUP_WORDS:
            return m.group()
    out = _after_person(m, ("inside", "aboard"))
    if not out and m.group().endswith(",") and (
            _NEXT_IN_LIST.match(m.string, m.end())
            # "whose owner, a man, 67, was wounded": an apposition keeps the comma that closes it (not a list's
            # first person: "two people, a man, 45, and a woman")
            or ((apposed := _APPOSED.search(m.string, 0, m.start())) is not None
                and apposed.group(1).lower() in _PEOPLE_WORDS and not _AND_NEXT.match(m.string, m.end()))
            # "a man, 71, struck out, killed by shelling": a register's aside after the age, then the harm
            or _ASIDE_THEN_HURT.match(m.string, m.end())):
        return ","
    return out


_ASIDE_THEN_HURT = re.compile(r"\s+" + _ASIDE_BEFORE_HARM)


# "... owner, a man": a person named again after a comma, just before an age
_APPOSED = re.compile(rf"\b([\w-]+)\s*,\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:{_PERSON_ALT})\s*$", re.I)
_AND_NEXT = re.compile(rf"\s+(?:and|or)(?={_NEXT_IN_LIST.pattern})", re.I)  # "..., and a woman"


# "two people, a man and a woman, were killed", "three people were injured: two women and a man": a count
# followed by the people it is made of; the breakdown is dropped when it adds up to the count
_COUNT_HEAD = re.compile(rf"\b(?P<num>{_NUM})\s+(?:[\w-]+\s+){{0,2}}?(?:{_PLUR})\b"
                         r"(?P<verb>\s+(?:were|was|have been|had been)\s+(?:\w+ly\s+)?"
                         r"(?:killed|injured|wounded|hurt))?", re.I)
_COUNT_HEAD_LOW = folded(_COUNT_HEAD)
_BREAKDOWN_START = re.compile(r"\s*(?:,|:|\(|\s[—–-])\s*")
_BREAKDOWN_END = re.compile(r"\s*(?:\)|,|\s[—–-](?=\s)|(?=[.;]|$))")


# "5 injured: three women, a man and a girl": a count with its verb and no noun, then the breakdown
_COUNT_HEAD_BARE = re.compile(rf"\b(?P<num>{_NUM})\s+(?P<verb>killed|injured|wounded|dead|hurt)\b(?=\s*[:,])", re.I)
_COUNT_HEAD_BARE_LOW = folded(_COUNT_HEAD_BARE)
# "... and a serviceman of the Armed Forces of Ukraine.": who the last of the list serves, still the list
_OF_TAIL = re.compile(r"\s+of\s+(?:the\s+)?[^,.;:()]{1,40}?(?=[.;]|$)")


def _without_breakdown(sentence: str) -> str:
    """The sentence without a list of people that only breaks down the count before it."""
    low = fold(sentence)  # the heads are found there: offsets as in ``sentence``
    # the first count told takes its breakdown ("5 injured: three women ...", "7 injured, six civilians and one
    # serviceman": a list that adds up to the count)
    heads = sorted([*_COUNT_HEAD_LOW.finditer(low), *_COUNT_HEAD_BARE_LOW.finditer(low)], key=lambda m: m.start())
    for head in heads:
        start = _BREAKDOWN_START.match(sentence, head.end())
        if start is None or (head.group("verb") and ":" not in start.group() and "," not in start.group()):
            continue
        people = _LIST_RE.match(sentence, start.end())
        tail = _OF_TAIL.match(sentence, people.end()) if people else None
        end = _BREAKDOWN_END.match(sentence, tail.end() if tail else people.end()) if people else None
        count = read_range([sentence[head.start("num"):head.end("num")]], 0)
        if people is None or end is None or count is None or _list_count(people.group())[0][1] != count[1]:
            continue
        rest = end.group() if end.group().strip() in (",", "") and head.group("verb") else ""
        return sentence[:head.end()] + rest + sentence[end.end():]
    return sentence


# "a resident who was in her yard sustained wounds": where the person was, between the person and the verb
_WHO_WAS = re.compile(r"\s+who\s+(?:was|were|had been|is|are)\s+(?:in|at|on|inside|near|outside|on board|aboard|"
                      r"walking|driving|standing|sitting|working|passing)\b[^,.;:()]{0,50}?"
                      r"(?=\s+(?:sustained|suffered|received|was|were|died|got)\b)", re.I)


# "six workers of a local mining enterprise were injured": whose people they are, between people and verb
# ("a reporter of a local online outlet was hurt")
_PEOPLE_OF = re.compile(rf"\b({_PLUR}|(?<=\ba\s)(?:{_SING})|(?<=\ban\s)(?:{_SING}))\s+of\s+"
                        r"(?:a|an|the|their|his|her|its)\s+(?:[\w'’-]+\s+){0,4}?"
                        r"(?=(?:were|was|had been|have been)\s+(?:[\w-]+\s+)?(?:killed|injured|wounded|hurt|"
                        r"hospitali[sz]ed)\b)", re.I)
# "Posts claiming that two residents had been killed could not be corroborated": a claim the text doubts
_DOUBTED = re.compile(r"\b(?:claim\w*|alleg\w*|rumou?rs?|posts?|unconfirmed|unverified)\b[^.;]*\b(?:could not|"
                      r"cannot|can ?not|were not|was not|have not|has not|had not)\s+(?:yet\s+)?be(?:en)?\s+"
                      r"(?:independently\s+)?(?:corroborated|confirmed|verified|substantiated)\b", re.I)


# "the Russian MoD claimed up to 200 Ukrainian troops killed": a side's claim of its enemy's losses is no toll
# (ACLED codes no belligerent's count of the other side's dead)
_ENEMY_CLAIM = re.compile(r"\bclaim(?:ed|s|ing)?\b[^.;]{0,40}?\b(?:\d+|dozens|hundreds|scores|" + _NUM_WORDS +
                          r")\s+(?:[\w-]+\s+){0,2}?(?:troops|soldiers|servicemen|militants|fighters|personnel|"
                          r"mercenaries|nationalists|occupiers|militiamen)\b[^.;,]{0,30}?\b(?:killed|dead|eliminated|"
                          r"wounded|injured)\b", re.I)


# "08.40 GMT", "at 14:05": a time of day, not a count (with the word before it that makes it one: "around 03:00"
# left as "around" would qualify the count after it)
_CLOCK = re.compile(r"(?:\b(?:at|around|about|after|before|until|till|by|from|since|approximately|circa)\s+)?"
                    r"\b\d{1,2}[.:][0-5]\d\b(?:\s*(?:GMT|UTC|CET|EET|EEST|MSK|Kyiv time|local time|a\.?m\.?|"
                    r"p\.?m\.?|hrs?)\b)?", re.I)
# "two of the 80 passengers were injured": the part, not the whole
# "one killed, three children among the injured": people counted among the hurt, after a toll of another kind
_AMONG_THE_HURT = re.compile(rf"(?<=,\s)(?P<who>{_NUM}\s+(?:[\w-]+\s+)?(?:{_PLUR}))\s+among\s+the\s+"
                             r"(?P<verb>injured|wounded|dead|killed)\b", re.I)


def _among_the_hurt_read(m: re.Match) -> str:
    """"three children among the injured" as "three children injured", or as nothing when the sentence counted that
    kind before ("Twelve were injured, three children among the injured": a part of the twelve)."""
    kind = "killed" if m.group("verb").lower() in ("dead", "killed") else "injured"
    if any(stem in m.string[:m.start()].lower() for stem in _KIND_STEMS[kind]):
        return ""
    return f"{m.group('who')} {m.group('verb')}"


# "she is one of nine people injured": the one among the people counted, who are the toll
_ONE_OF_COUNTED = re.compile(rf"\b(is|was|are|were)\s+one\s+of\s+(?=(?:the\s+)?(?:\d+|{_NUM_WORDS})\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:killed|injured|wounded|hurt|dead)\b)", re.I)
# "a drone hit a car carrying aid workers, killing one of them": one of the people the sentence told of
# ("artillery hit Avdiivka and killed one of the few residents still living there")
_VERB_ONE_OF_THEM = re.compile(r"\b(killing|injuring|wounding|killed|injured|wounded)\s+(one|two|three)\s+of\s+"
                               r"(?:them|the\s+(?:[\w-]+\s+){0,2}?[a-z]+s)\b", re.I)
# "a teacher and three of her pupils were hurt": the pupils counted after the one told first, whose they were left
# out
_N_OF_THEIR = re.compile(rf"(?<=\band\s)(?P<n>(?!one\b){_NUM})\s+of\s+(?:his|her|their|its|our)\s+(?!own\b)"
                         rf"(?=(?:[\w-]+\s+)?(?:{_PLUR})\b)", re.I)
_N_OF_M = re.compile(rf"\b(?P<n>{_NUM})\s+of\s+(?:(?:the\s+|its\s+|their\s+|those\s+|these\s+)?(?:\d+|{_NUM_WORDS})|"
                     r"(?:its|their|our)\s+own)\s+"  # "four of its own men"
                     rf"(?=(?:[\w-]+\s+){{0,2}}?(?:{_PLUR})\b)", re.I)


# a fact check's quoted claim ("A post claims: '19 dead after ...'") and a figure it discusses ("the figure of 19
# dead ... comes from a 2014 fire"): not counts of the event
_QUOTED_CLAIM = re.compile(r"\bclaim(?:s|ed)?\b[^.;]{0,40}?:\s*['\"‘“]|\b(?:the|a)\s+(?:figure|claim)\s+of\s+"
                           r"[\w-]+\s+(?:dead|killed|deaths|injured|wounded)\b", re.I)

# "posts claiming 'dozens dead' have no support": a claim quoted, not a count
_CLAIMED_QUOTE = re.compile(r"\bclaim(?:s|ed|ing)?\s+(?:that\s+)?['\"‘“][^'\"’”]{1,60}['\"’”]", re.I)


# "The watchman, 59, was asleep in the boiler room and was cut by glass": what a person did, then the harm
# ("a farmer stepped on a tripwire and died")
_DID_AND_WAS = re.compile(rf"(?P<who>\b(?:the|a|an|his|her|their|one)\s+(?:[\w-]+\s+)?(?:{_SING})"
                          r"(?:\s*,\s*\d{1,3}\s*,|\s+(?:of|aged)\s+\d{1,3}|\s*\(\d{1,3}\)|"
                          # "one person, a man of 34, ...": the person again, in an apposition
                          r"\s*,\s*(?:a|an)\s+[^,;.]{1,25},)?)"
                          r"\s+(?!and\b|who\b|was\s+(?:killed|injured|wounded|hurt)\b)"
                          # (where it was, set off by commas: "... near Hremiach, close to the border, and died")
                          r"(?:[^,.;:()]|,\s+(?:close\s+to|near|not\s+far\s+from|outside|just\s+outside|on\s+the\s+"
                          r"(?:edge|outskirts)\s+of|(?:north|south|east|west)\w*\s+of)\b[^,.;:()]{1,50},){3,150}?"
                          r"\s+and\s+(?P<verb>(?:was|were)\s+(?:\w+ly\s+)?(?:killed|injured|wounded|hurt)|died|"
                          # "... was blown up by an explosive object and hospitalised with injuries"
                          r"(?:(?:was|were)\s+)?hospitali[sz]ed|"
                          # "... stepped on a tripwire and was taken to hospital with leg wounds"
                          r"(?:was|were)\s+(?:taken|rushed)\s+to\s+(?:a\s+|the\s+)?hospital)\b",
                          re.I)
# "wounded were 3 persons": a translation's word order
_VERB_FIRST_COUNT = re.compile(r"\b(?P<verb>killed|wounded|injured|dead)\s+(?:were|are)\s+(?P<n>\d{1,4})\s+"
                               r"(?P<who>persons|people|civilians|residents|men|women|children)\b", re.I)
# "KAB on Ambarne, 2 houses destroyed, perished an elderly couple": the verb first, as a translation keeps it
_DIED_FIRST = re.compile(rf"(?:^|(?<=[,;:]\s))(?P<verb>perished|died)\s+(?P<who>(?:an?|the|two|three|\d+)\s+"
                         rf"(?:[\w-]+\s+){{0,2}}?(?:{_SING}|{_PLUR})"
                         # ("perished the driver and his brother")
                         rf"(?:\s+and\s+(?:his|her|their|an?|the)\s+(?:[\w-]+\s+)?(?:{_SING}|{_PLUR}))?)\b"
                         r"(?:\s*,\s*(?:aged\s+)?\d{1,3}(?=\s*(?:[.;,]|$)))?", re.I)  # (her age left out)
# "none of the 23 patients was hurt": nobody of a counted group
# "a drone hit the mast; no one was there", "nobody was inside": nobody where the attack fell, so nobody hurt
# ("killing its night guard; no one else was on site": nobody else)
_NOBODY_THERE = re.compile(r"\b(?:no one|no-one|nobody)(?:\s+else)?\s+(?:was|were)\s+(?:inside|there|on site|at home|"
                           r"home|present|around|nearby|aboard|on board|"
                           # ("nobody was on the dam at the time", "no one was in the building")
                           r"(?:in|on|at|inside)\s+(?:the|that)\s+(?:[\w-]+\s+)?(?:[\w-]+\s+at\s+the\s+time|building|"
                           r"house|dam|bridge|shop|school|station|car|bus|site|yard|plant|warehouse|office))\b", re.I)
_ALONE_KILLED = re.compile(r"(?P<head>\b(?:killing|killed)\s+(?:the|a|an|its|his|her)\s+[\w-]+)\s*,\s*who\s+was\s+"
                           # ("killing its driver, who was alone in it")
                           r"alone\s+(?:(?:in|on|at|inside)\s+(?:(?:the|his|her|its)\s+[\w-]+|it)|there)", re.I)
# "tractor on a mine in a field, driver killed, alone aboard": the same, told after the toll
_KILLED_ALONE = re.compile(r"(?P<head>\b(?:killed|dead))\s*,\s*alone\s+(?:aboard|on\s+board|in\s+(?:it|the\s+cab))\b",
                           re.I)
_STOOD_EMPTY = re.compile(r"\s+(?:that|which)\s+(?:had\s+)?(?:stood|been|lain)\s+empty\b[^.;,]*", re.I)
_NONE_OF_N = re.compile(rf"\b(none\s+of\s+(?:the|its|their)\s+)(?:\d+|{_NUM_WORDS})\s+", re.I)  # ("the three guards")
# "hurting both of its owners", "killing all three of the loaders": the count of a group told by whose it is
_ALL_OF_THE = re.compile(rf"\b(both|all\s+(?:\d+|{_NUM_WORDS}))\s+of\s+(?:the|its|their|his|her|our)\s+"
                         r"(?!(?:them|whom)\b)", re.I)
# "The couple who lived there, both in their seventies, were killed": who they were, then how old
_WHO_LIVED = re.compile(r"\s+who\s+(?:lived|worked|stayed|sheltered)\s+[^,.;:()]{1,40}?,\s*(?:both|all|each)\s+"
                        r"(?:in\s+their\s+\w+|aged\s+[^,.;:()]{1,20}),(?=\s+(?:were|was)\b)", re.I)
# "the funeral of a paramedic, 36, of Nikopol, killed on Tuesday", "buried a couple from Bilozerka, killed on
# Thursday": where the dead came from, between them and "killed"
_ORIGIN_ASIDE = re.compile(rf"\b(?P<who>{_SING}|{_PLUR})(?:\s*,\s*\d{{1,3}})?(?:\s*,)?\s+(?:of|from)\s+"
                           r"(?-i:[A-Z])[\w'’-]+(?:[ -](?-i:[A-Z])[\w'’-]+)?\s*,(?=\s+(?:killed|wounded|injured)\b)",
                           re.I)
# a person told by a noun: "the caretaker", "their mother", "a paramedic"
_THE_PERSON = rf"(?P<who>(?:the|his|her|their|a|an)\s+(?:[\w-]+\s+)?(?:{_PERSON_ALT}))"
# "the caretaker, wounded in the yard, who died in hospital on Wednesday": hurt, then dead (one of the dead)
_HURT_THEN_DIED = re.compile(rf"\b{_THE_PERSON}\s*,\s+"
                             r"(?:\w+ly\s+)?(?:wounded|injured|hurt)\b[^,;.]{0,40},\s+(?:who\s+)?(?=(?:later\s+)?died\b)",
                             re.I)
_WHERE_WORDS = r"(?:inside|there|aboard|nearby|present|(?:below|above|beside|behind|next to)\s+(?:her|him|them|it))"
_WHERE_THEY_WERE = re.compile(rf"\b((?:{_SING}|{_PLUR}))\s+{_WHERE_WORDS}\s+(?=(?:was|were)\s)", re.I)
# "Their mother, injured in the legs, was brought from hospital": how a person was hurt, told in an aside
_HURT_ASIDE = re.compile(rf"\b{_THE_PERSON},\s+"
                         r"(?:\w+ly\s+)?(?P<verb>injured|wounded)\s+in\s+the\s+[a-z]+,(?=\s+(?:was|is|had|has)\s)",
                         re.I)
# "A woman and her neighbour, who were cooking on an open fire, were killed": an aside between people and verb
# "a neighbour who witnessed the shooting was hit", "two employees who were inspecting the valve were injured":
# a relative clause between the people and their verb
_WHO_CLAUSE = re.compile(r"\s+who\s+[^,.;:()]{1,60}?(?=\s+(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?"
                         r"(?:killed|injured|wounded|hurt|hit|hospitali[sz]ed)\b)", re.I)
# ("her neighbour, 70, who ran out to help her, was hit": any verb, the aside between commas)
_WHO_ASIDE = re.compile(r"(?:,?\s+who\s+(?:was|were|had been|is|are|had|lives|lived|works|worked)\s+[^,.;:()]{1,60},|"
                        r",?\s+who\s+[a-z]+\s+[^,.;:()]{1,60},)"
                        r"(?=\s+(?:were|was|had|have|has|are|is|died|sustained|suffered)\b)", re.I)


# "rescuers pulled the body of a 72-year-old man from the rubble": one dead, told by the body
# ("the bodies of a nurse, 48, and a patient, 71, were recovered": each person, the ages left out)
_BODY_PERSON = (rf"(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{_PERSON_ALT})\b"
                r"(?:\s*,\s*(?:aged\s+)?\d{1,3}\b(?=\s*,|\s+and\b|\s+(?:was|were)\b))?")
_BODY_OF = re.compile(rf"\b(?:the\s+)?bod(?:y|ies)\s+of\s+({_BODY_PERSON}(?:\s*,?\s+and\s+{_BODY_PERSON})*)",
                      re.I)
_AGE_ASIDE = re.compile(r"\s*,\s*(?:aged\s+)?\d{1,3}\b")
# "police found the body of a woman there the next day", "and police found her body": one dead, the one body found
# (one only: bodies found in numbers are often a tally over time, see _CUMULATIVE)
# ("... was killed by a drone on Wednesday; police found his body the next day": the same person, no more)
_ONE_BODY_FOUND = re.compile(rf"\b(?:found|recovered|discovered)\s+(?:the\s+body\s+of\s+(?P<who>{_BODY_PERSON})|"
                             r"(?:her|his)\s+body)\b(?:\s*,\s*(?:aged\s+)?\d{1,3}\b)?", re.I)


def _one_body_read(m: re.Match) -> str:
    """:data:`_ONE_BODY_FOUND` as the person killed, unless "his/her body" follows the dead told before it."""
    if m.group("who") is None and has_any(m.string[:m.start()].lower(), _KIND_STEMS["killed"]):
        return m.group()
    return f"{_AGE_ASIDE.sub('', m.group('who') or 'one person')} killed"


def _bodies_read(m: re.Match) -> str:
    """"the body of a nurse, 48" as "a nurse killed": the dead, told by their bodies (their ages out)."""
    return f"{_AGE_ASIDE.sub('', m.group(1))} killed"


# "Fifteen civilians were injured, as were two soldiers": more people of the same kind
# "a boy was killed together with his mother", "a man was wounded along with his wife and son", "... together with two
# neighbours": the people
# killed with the one told first
_TOGETHER_WITH = re.compile(r"\b(was|were) (killed|injured|wounded) (?:together|along) with ((?:(?:his|her|their) "
                            r"[\w-]+|(?:two|three|four|five|six|\d+|a|an) [\w-]+(?: [\w-]+)?)"
                            r"(?:(?:,\s*|\s+and\s+)(?:his|her|their\s+)?[\w-]+)*)", re.I)
# "a mother and her daughter were pulled from the rubble of their house with injuries": hurt, rescued alive
_RESCUED_HURT = re.compile(r"\b(were|was)\s+(?:pulled|rescued|dug|taken|freed|carried)\s+(?:out\s+)?(?:alive\s+)?"
                           r"from\s+(?:under\s+)?(?:the\s+)?(?:rubble|debris|ruins)\b[^.;]{0,40}?\bwith\s+"
                           r"(?:\w+\s+)?(?:injuries|wounds)\b", re.I)
# "a woman of 58, injured with her neighbour, 61, when ...": a second person hurt beside the first
_HURT_WITH = re.compile(rf"(?<=,\s)(injured|wounded|killed)\s+with\s+((?:his|her|their)\s+(?:[\w-]+\s+)?"
                        rf"(?:{_PERSON_ALT}))\b", re.I)
# "a man wounded with his wife" (a record: "a man, 44, of Vilniansk, wounded with his wife when ..."): his wife too
_PERSON_HURT_WITH = re.compile(rf"\b((?:a|an|the)\s+(?:{_PERSON_ALT}))\s+(injured|wounded|killed)\s+with\s+"
                               rf"((?:his|her|their)\s+(?:[\w-]+\s+)?(?:{_PERSON_ALT}))\b", re.I)
# "a girl was injured with her mother when a drone ...": her mother too
_WAS_HURT_WITH = re.compile(rf"\b(was) (killed|injured|wounded) with ((?:his|her|their) (?:[\w-]+\s+)?"
                            rf"(?:{_PERSON_ALT}))\b", re.I)
_AS_WERE = re.compile(r"\b(were|was)\s+(killed|injured|wounded|hurt)\s*,\s+as\s+(?:were|was)\s+([^,.;]{1,40}?)"
                      r"(?=\s*[.;,]|$)", re.I)


# "..., injuring 17, a day after a drone strike on the same city killed two": the toll of an earlier attack,
# told for context, is not this incident's
_PRIOR_ATTACK = re.compile(r"(?:,\s*|\s+|^)(?:(?:a|one|two|three|four|five|six|several|a few|\d+)\s+"
                           r"(?:days?|weeks?|hours?)|just|only|hours|days|weeks)\s+after\s+(?:a|an|another|the)\s+(?:[\w'’-]+\s+){0,3}?"
                           r"(?:strike|attack|shelling|bombing|raid|assault|explosion|blast|barrage)s?\b[^,;.]{0,100}",
                           re.I)


# "a tractor driver hit a mine; he was hospitalised": the person the sentence told of, counted once
# "a drone hit a man at a bus stop, killing him": the one person the sentence told of, when no count came first
# ("it went off, injuring him and his grandmother", "wounding her and a neighbour", "the shell wounded her.")
_AND_WHO = r"(?:his|her|a|an|the|two|three|four|five|\d+)"  # the next person of a list after the pronoun
_KILLING_HIM = re.compile(rf"\b(?:(killing|injuring|wounding|hurting)\s+(?:him|her)\b"
                          rf"(?!\s+(?:and|or)\b(?!\s+(?:{_AND_WHO}|injuring|wounding|killing)\s))|"
                          rf"(killed|injured|wounded)\s+(?:him|her)(?=\s*(?:[,.;)]|$)|\s+and\s+{_AND_WHO}\s|"
                          # ("glass injured her when the rockets hit": her, no one of hers)
                          r"\s+(?:when|as|while|after|before|during|in|at|on|near|outside|inside|with|by)\s))", re.I)
# "killing his wife and wounding him": the one told of harmed first is another person
_HARMED_KIN_AND = re.compile(r"\b(?:killing|wounding|injuring|hurting)\s+(?:his|her)\s+[\w-]+(?:\s+[\w-]+)?\s+and\s+$",
                             re.I)
# "killing one and injuring the other", "one was killed, the other wounded", "the older man was killed, the younger
# was wounded": the one person left of a pair
_THE_OTHER = re.compile(r"(?P<verb>\b(?:killing|injuring|wounding)\s+)the other(?: one)?\b(?=\s*(?:[,.;)]|and\b|$))|"
                        r"(?P<comma>[,;]\s+|\s+and\s+)the (?:other(?: one)?|younger|older|elder|second)"
                        # ("; the other, a woman of 45, was taken to hospital with shrapnel wounds")
                        r"(?=(?:\s*,\s+(?:a|an)\s+[^,.;]{1,30},)?\s+(?:(?:was|is|has been)\s+)?(?:[\w-]+ly\s+)?"
                        r"(?:killed|injured|wounded|hurt|"
                        # "one was killed and the other lost a leg", "... the other was taken to Izium with burns"
                        r"hospitali[sz]ed|lost\s+(?:a|an|his|her|both)\s+(?:legs?|arms?|hands?|feet|foot|eyes?)|"
                        r"(?:taken|rushed|evacuated)\s+to\s+[^.;,]{1,30}?\bwith\s+(?:[\w-]+\s+)?(?:burns|wounds|"
                        r"injuries))\b)", re.I)
# "a drone damaged the station, hurting no one": nobody hurt, told by the verb first
_VERB_NOBODY = re.compile(r"\b(hurting|injuring|wounding|harming|killing|killed|injured|wounded|hurt|harmed)\s+"
                          r"(no one|nobody)\b", re.I)
_HARM_VERBS = frozenset(("killing", "injuring", "wounding", "hurting", "killed", "injured", "wounded"))
_PAST = {"hurting": "hurt", "injuring": "injured", "wounding": "wounded", "harming": "harmed", "killing": "killed",
         "killed": "killed", "injured": "injured", "wounded": "wounded", "hurt": "hurt",
         "harmed": "harmed"}  # ("the strike killed no one", "a missile fell in a field and hurt no one")
_PAIR_WORDS = ("the other", "the younger", "the older", "the elder", "the second")
_HURT_BEFORE = re.compile(r"\b(?:kill|dead|die|death|injur|wound|hurt)", re.I)
# "...; he was taken to hospital", "she was killed", "he died before the ambulance arrived": one person
_PRONOUN_AFTER = re.compile(r"\b(?:he|she)(?=\s+(?:(?:was|has been|had been|is)\s+(?:(?!not\b|never\b)[\w-]+\s+)?"
                            r"(?:killed|injured|wounded|hurt|hospitali[sz]ed|taken to hospital)|"
                            r"(?:\w+ly\s+)?di(?:ed|es)|"
                            r"(?:sustained|suffered|received|got|survived\s+with)\s+(?:[\w-]+\s+){0,2}?(?:wounds?|"
                            r"injur(?:y|ies)|burns))\b)", re.I)


def _pronoun_counted(sentence: str, m: re.Match) -> str:
    """What a "he"/"she" told hurt stands for: one person, unless the sentence counted people hurt the same way
    before it ("a couple, both injured ...; she has burns to the hands": one of them, not a third)."""
    killed = _PRONOUN_KILLED.match(sentence, m.end()) is not None
    before = sentence[:m.start()]
    if (_KILLED_BEFORE_PRONOUN if killed else _INJURED_BEFORE_PRONOUN).search(before) and ";" in before:
        return "the same"
    return "one person"


_PRONOUN_KILLED = re.compile(r"[^.;,]{0,40}?\b(?:killed|died|dies|dead)\b", re.I)
_KILLED_BEFORE_PRONOUN = re.compile(r"\b(?:killed|died|dead)\b", re.I)
_INJURED_BEFORE_PRONOUN = re.compile(r"\b(?:injured|wounded|hurt)\b", re.I)


# lower-case forms of the slowest case-insensitive rewrites: several times quicker to search a folded sentence with
_REWRITES_LOW = {id(p): folded(p) for p in (_PEOPLE_OF, _N_OF_M, _IN_CARE)}


def _sub(pattern: re.Pattern[str], repl: str, sentence: str) -> str:
    """``pattern.sub(repl, sentence)``, run only when the pattern's lower-case form finds a match in the folded
    sentence (it finds the same ones: see :func:`folded`); most sentences have none."""
    return pattern.sub(repl, sentence) if _REWRITES_LOW[id(pattern)].search(fold(sentence)) else sentence


# a record's casualty field: "Injured: security guard (male, 52), ...", "Injured residents: 2 (...)", "Killed: none",
# "list of the injured: two teachers and a boy"
_FIELD = re.compile(r"(?:^|(?<=[;|.]\s)|(?<=:\s)(?=(?:a\s+)?list\s+of\b|the\s))\s*"
                    # ("K-2: list of the injured: two teachers and a boy of 5", "The injured: ...")
                    r"(?:(?:a\s+)?list\s+of\s+)?(?:the\s+)?"
                    r"(?P<kind>killed|dead|deaths|fatalities|injured|wounded|injuries|"
                    r"casualties|victims)\b"
                    r"(?P<rest>[^:;|.()]{0,40}?)\s*:\s*"
                    r"(?P<head>(?:none|nil|no one|nobody|\d[\d,]*)(?=\s*(?:[(,;|.]|$))|"
                    r"(?:[^,;|.()]|\([^()]*\)|,\s*plus\s)+?(?=\s*(?:[;|.]|,(?!\s*plus\s)|$)))", re.I)


_FIELD_TAIL = re.compile(r"\s+(?:who|whom|sweeping|helping|waiting|working|standing|walking|driving|riding)\b.*$",
                         re.I)  # what the people named in a field were doing: not more people
_SIZE_TAG = re.compile(r"\[size=[^\]]*\]", re.I)
_AND_UNHURT = re.compile(r",\s+and\s+(?=(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+)?[\w-]+\s+(?:was|were)\s+not\s+"
                         r"hurt\b)|"
                         # ("two men were killed and two more were unhurt")
                         r",?\s+and\s+(?=(?:two|three|four|five|six|both|all)\s+(?:[\w-]+\s+)?[\w-]+\s+(?:was|were)\s+"
                         r"not\s+hurt\b)", re.I)
_DID_AND_UNHURT = re.compile(rf"(?P<who>\b(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:{_PERSON_ALT}))"
                             r"(?:\s*,[^,.;]{1,30},)?\s+(?!was\b|were\b|and\b)[^,.;:]{3,60}?\s+and\s+"
                             r"(?P<verb>was|were)\s+not\s+hurt\b", re.I)
# "the driver escaped unhurt", "both passengers were unharmed": nobody hurt, said as the patterns read it
_WHO_UNHURT = re.compile(rf"\b((?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+)?(?:{_PERSON_ALT})),\s+who\s+was\s+not\s+"
                         r"hurt\b", re.I)
_UNHURT = re.compile(r"\b(?P<verb>was|were|is|are|escaped|remained)\s+"
                     # "the passenger was pulled out unhurt", "both were rescued unharmed"
                     r"(?:(?:pulled|dug|rescued|found|brought|led|carried|got|taken)\s+(?:out\s+|away\s+|free\s+)?)?"
                     r"(?:completely\s+|physically\s+)?"
                     r"(?:unhurt|unharmed|uninjured)\b|"
                     # "the three men aboard swam to shore unhurt", "the driver walked away unharmed"
                     r"\b(?P<verb3>swam|walked|ran|crawled|climbed|got|made\s+it)\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:unhurt|unharmed|uninjured)\b|"
                     # "his helper was thrown down but unhurt"
                     r"\b(?P<verb2>was|were)\s+(?:\w+\s+){1,3}?(?:but|yet)\s+(?:otherwise\s+)?(?:unhurt|unharmed|uninjured)\b|"
                     # "the driver was killed, his passenger unhurt": the verb left out
                     r"(?<=,\s)(?P<who>(?:his|her|their|the)\s+[a-z]+)\s+(?:unhurt|unharmed|uninjured)\b", re.I)


def _field_read(m: re.Match) -> str:
    """A casualty field as the count patterns read it: "Injured: a guard" -> "a guard injured"."""
    kind, head = m.group("kind").lower(), m.group("head")
    nobody = head.lower() in ("none", "nil", "no one", "nobody")
    if kind in ("casualties", "victims"):  # "Casualties: none." is nobody hurt; a number there says neither
        return "no casualties" if nobody else m.group()
    verb = "killed" if kind in ("killed", "dead", "deaths", "fatalities") else "injured"
    # "Wounded: two girls and their grandmother, plus a street sweeper", "4 civilians and 2 soldiers who were helping"
    head = _FIELD_TAIL.sub("", head.replace(", plus ", " and "))
    return f"no one {verb}" if nobody else f"{head} {verb}"


_BREAKDOWN_MARKS = tuple(",(:—–")  # what a breakdown of a count is written after (see _without_breakdown)


# a toll told as a noun: "the killing of two men", "the deaths of a married couple", "injuries to five civilians"
_NOMINAL_TOLL = re.compile(rf"\b(?:the\s+)?(killings?|deaths?|injur(?:y|ies)|wounding)\s+(?:of|to)\s+"
                           rf"(?=(?:at least\s+|some\s+|about\s+)?(?:a|an|one|{_NUM})\s)", re.I)


# where on the body ("to both hands and one eye"): not more people
_PART = r"(?:both|his|her|the|one|each)\s+[a-z]+"
_WHERE_HURT = rf"(?:\s+(?:to|in|on)\s+{_PART}(?:\s+and\s+{_PART})?)?"
_WOUND_NOUNS = "wounds?|cuts|burns|fractures?|injur(?:y|ies)|concussion"
_BODY_PARTS = "foot|feet|legs?|arms?|hands?|eyes?|sight|fingers?|toes?"
_WOUND_WORDS = re.compile(rf"\b(?:{_WOUND_NOUNS}|fragments?|shrapnel|{_BODY_PARTS})\b")
_HAS_WOUNDS = re.compile(r"\b(?:has|had)\s+(?:(?:a|an|deep|minor|light|severe|serious|multiple|shrapnel|fragment|glass|"
                         rf"head|chest|leg|arm|shoulder|back|burn|blast|\w+-\w+)\s+){{0,3}}(?:{_WOUND_NOUNS}|"
                         r"fragments\s+in)\b" + _WHERE_HURT + r"|"
                         # "he has a broken pelvis and burns"
                         r"\b(?:has|had)\s+(?:a\s+)?broken\s+(?:pelvis|legs?|arms?|ribs?|jaw|hip|collarbone|back|nose|"
                         r"skull|wrist|ankle)\b|"
                         r"\b(?:(?:has|had)\s+)?lost\s+(?:(?:his|her|their|a|an|two|three|both|several|"
                         r"the\s+sight\s+of\s+(?:his|her))\s+)?"
                         rf"(?:(?:right|left|lower)\s+)?(?:{_BODY_PARTS})\b" + _WHERE_HURT, re.I)
# a first name opening the clause ("Artem died at the scene"), "she and her sister-in-law were injured": one person
_NAMED_TOLL = re.compile(r"(?:^|(?<=[;:]\s))(?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|"
                           r"Another|Both|All|Many|Several|Some|Most|Nobody|None|Others|Dozens|Scores|Hundreds|"
                           r"Everyone|It|This|That|Who|Which)\b)"
                         r"(?-i:[A-Z][a-z]{2,})(?=\s+(?:died|was\s+(?:killed|wounded|injured|cut\s+(?:on|by)\s+(?:her|his|glass|flying|"
                         r"fragments|shrapnel|the\s+(?:face|head|neck|arms?|legs?|hands?)))))\b|"
                         # "the younger died at the scene": one of a pair told before
                         r"\bthe\s+(?:younger|older|elder|eldest|youngest)(?=(?:\s*,[^,;.]{1,30},)?"
                         r"(?:\s+[^,;.]{1,40}?\s+and)?\s+(?:died|was\s+(?:killed|wounded|injured))\b)|"
                         r"\b(?:he|she)(?=\s+and\s+(?:his|her)\s)|"
                         # "he and two others were wounded": he, then the others
                         rf"\b(?:he|she)(?=\s+and\s+{_NUM}\s+other(?:s\b|\s))|"
                         # "a drone chased a cyclist, and he survived with leg wounds": the one person it tells of
                         r"(?<=\band\s)(?:he|she)(?=\s+survived\s+with\b)",
                         re.I)
# ("survived with injuries, wounds or burns" the patterns read as they are)
_CARED_WITH = re.compile(r"\b(?:survived(?=\s+with\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:concussion|fractures?|cuts|"
                         r"fractured|broken)\b)|"
                         r"is\s+(?:still\s+)?in\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?hospital|"
                         # "was pulled from the rubble alive with a head wound", "was dug out with a broken leg",
                         # "two men were admitted on Monday with burns"
                         r"(?:was|were)\s+(?:pulled|dug|rescued|carried|freed)(?:\s+out)?(?:\s+alive)?(?:\s+from\s+"
                         r"(?:under\s+)?the\s+(?:rubble|debris|ruins))?(?:\s+alive)?|"
                         # ("a woman was brought in with a mortar fragment in her shoulder")
                         r"(?:was|were)\s+(?:admitted|brought\s+in)(?:\s+(?:on|at|in)\s+[^.;,]{1,30}?)?)\s+with\s+"
                         rf"(?:a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_WOUND_NOUNS}|fractured\s+\w+|broken\s+\w+|"
                         r"fragments?\s+in)\b" + _WHERE_HURT,
                         re.I)
_WHO_HURT = re.compile(rf"(?P<who>\b(?:{_DET}\s+)?(?:[a-z-]+\s+)?(?:{_SING}))"
                       r"(?:\s*,\s*\d{1,2}\s*,|\s+aged\s+\d{1,3})?"
                       # ("a cyclist in Tiahynka, up the river, who was wounded": where, and an aside)
                       r"(?:\s+(?:in|at|near|outside)\s+(?-i:[A-Z])[\w'’-]+(?:[\s-](?-i:[A-Z])[\w'’-]+)?"
                       r"(?:\s*,\s*[a-z][^,.;:()\d]{1,30}(?=,))?)?"
                       r"\s*,?\s+who\s+"
                       r"(?P<verb>was\s+(?:\w+ly\s+)?(?:killed|injured|wounded|hurt)|died)\b"
                       # (not "a teenager who was injured in the attack has died": the one who was hurt, now dead)
                       r"(?![^.;]*\b(?:died|succumbed|killed)\b)", re.I)
# "bombs wounded a girl, 15, a woman, 42, and a man, 70, who died in hospital the next day": the last of the people
# wounded died of it, as "...; one of them later died" reads (not after "killed": "... killed a man, who died at once")
# ("a shell wounded a man who died in hospital": the one person wounded, killed)
_WOUNDED_WHO_DIED = re.compile(rf"\b(?P<verb>wounded|wounding|injured|injuring|hurt|hurting)\s+"
                               rf"(?P<who>(?:(?!\bkill)[^.;]){{0,120}}?\b(?:{_SING}))"
                               r"(?:\s*,\s*\d{1,3}\s*,|\s+aged\s+\d{1,3})?\s*,?\s+who\s+"
                               r"(?:later\s+|then\s+|subsequently\s+)?died\b", re.I)
# "a drone on a man at a bus stop in the Korabelnyi district, wounded": one person, a participle closing the clause
_PERSON_THEN_HARM = re.compile(rf"\bon\s+(?P<who>(?:a|an|one)\s+(?:[\w-]+\s+)?(?:{_PERSON_ALT}))\b"
                               r"(?P<rest>\s[^.;,]{1,70}),\s+(?P<verb>killed|wounded|injured|hurt)\b"
                               r"(?=\s*(?:[.;,]|$|\s+(?:on\s+the\s+spot|outright|at\s+once|instantly)\b))", re.I)
# "fatally wounded", "mortally injured": killed
_FATALLY = re.compile(r"\b(?:fatally|mortally)\s+(?P<verb>wounded|wounding|injured|injuring|hurt|hurting)\b", re.I)


# "the prosecutor's office later added a wounded woman, 66": one more person hurt, told by an adjective
_ADDED_HURT = re.compile(r"\b(?P<verb>added|adds|listed|registered|recorded)\s+"
                         rf"(?P<who>(?:a|an|one|two|three|four|five|\d+)\s+)(?P<adj>wounded|injured|dead)\s+"
                         rf"(?P<noun>{_PERSON_ALT})\b"
                         r"(?:\s*,\s*(?:aged\s+)?\d{1,3}\b(?!\s*(?:people|persons|killed|injured|wounded|dead)))?",
                         re.I)
# "two others in the queue were hurt": other people, where they were told before the verb
_OTHERS_WHERE = re.compile(r"\bothers(?=\s+(?:in|at|on|near|by|outside|inside)\s+(?:the|a|an|their|his|her)\s+[\w-]+"
                           r"(?:\s+[\w-]+)?\s+(?:were|was|had\s+been|have\s+been)\s)", re.I)
_PARTED = ("(", ",", ";", ":")  # what parts a count from the month before it
_ALSO_BEEN = re.compile(r"\b(had|has|have)\s+(?:also|since|later|then|too|likewise)\s+been\b", re.I)
# "flying glass cut four residents", "shards of glass cutting two passers-by": hurt by the glass
_GLASS_CUT = re.compile(r"\b(?P<what>glass|shards?(?:\s+of\s+glass)?|splinters?|debris|shrapnel|fragments?)\s+"
                        r"(?:also\s+)?(?P<verb>cut|cutting)\s+(?!(?:off|out|power|through|across|into|the\s+(?:power|"
                        r"lines?|cables?|road|supply))\b)", re.I)

# "a guided bomb wrecked the balconies and cut three residents with glass": hurt by the glass, told after them
_CUT_WITH = re.compile(r"\b(?:cut|cutting)\s+(?=(?:[\w-]+\s+){1,4}?with\s+(?:flying\s+|falling\s+|broken\s+)?"
                       r"(?:glass|shards|fragments|shrapnel|splinters|debris)\b)", re.I)


def _glass_cut_read(m: re.Match) -> str:
    return f"{m.group('what')} {'injuring' if m.group('verb').lower() == 'cutting' else 'injured'} "


def _fatally_read(m: re.Match) -> str:
    return "killing" if m.group("verb").lower().endswith("ing") else "killed"


def _wounded_who_died_read(m: re.Match) -> str:
    """:data:`_WOUNDED_WHO_DIED` as the people wounded of whom one later died, or one person killed."""
    who = m.group("who")
    if "," in who or " and " in who:
        return f"{m.group('verb')} {who}; one of them later died"
    return f"{_fatally_read(m)} {who}"
_SUBSET_AFTER = re.compile(r",\s*(?:[\w'’-]+\s+){1,5}among (?:them|whom)(?:\s*,(?=\s+(?:were|was|are|is|have|has|had|"
                           r"died)\b)|(?=\s*(?:[,;.]|$)))", re.I)
_SHORTHAND = re.compile(r"\b(inj|cas|wia|kia)\b\.?", re.I)
_SHORTHAND_WORDS = {"inj": "injured", "cas": "casualties", "wia": "wounded", "kia": "killed"}
_BETWEEN_VERB = re.compile(rf"\b(?P<verb>killing|killed|kills|wounding|wounded|wounds|injuring|injured|injures|hurting)"
                          rf"\s+between\s+"
                          rf"(?P<a>{_NUM})\s+and\s+(?P<b>{_NUM})\b", re.I)


# a coder's killed/wounded tally: "K/W 2/5", "KIA/WIA 1/-", "killed/wounded: 0/3" ("-" or "?": not known)
_SLASH_TALLY = re.compile(r"\b(?:K/W|KIA/WIA|killed/wounded|killed/injured|dead/injured|dead/wounded)\b:?\s*"
                          r"(\d+|-|\?)\s*/\s*(\d+|-|\?)(?![\d/])", re.I)


# ("... claimed the life of a man and sent two women to hospital")
_LEFT_IN_HOSPITAL = re.compile(r"\b(?:left\s+(?P<who>(?:[\w-]+\s+){1,3}?)in\s+(?:(?:a\s+|the\s+)?hospital|"
                               # "left a woman in serious condition"
                               r"(?:a\s+)?(?:serious|critical|grave|severe|stable|moderate)\s+condition)|"
                               r"sent\s+(?P<sent>(?:[\w-]+\s+){1,3}?)to\s+(?:(?:a|the)\s+)?(?:[\w-]+\s+)?hospital)\b",
                               re.I)
_WOUNDS = (r"with\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:injuries|wounds?|burns|concussion|fractures?|cuts|"
           r"broken\s+(?:arms?|legs?|ribs?|hands?|noses?|jaws?|hips?|collarbones?))\b")
_LEFT_WITH_WOUNDS = re.compile(rf"(?<=\bleft\s)(?P<who>(?:[\w-]+\s+){{1,3}}?){_WOUNDS}", re.I)
_DEAD_AND_IN_HOSPITAL = re.compile(r"\b(dead|killed)\s+and\s+((?:[\w-]+\s+){1,2}?)in\s+(?:(?:a|the)\s+)?hospital\b",
                                   re.I)
_UNKNOWN_WHETHER = re.compile(r"\b(?:(?:did|does|do)\s+not|didn['’]t|doesn['’]t|don['’]t)\s+know\s+(?:whether|if)\b"
                              r"[^.;]*|\b(?:unclear|not\s+known|unknown|not\s+clear)\s+(?:whether|if)\b[^.;]*", re.I)


# a victim named by initials and age, as case notes do: "O.H., 71, and her husband, M.H., 74, were killed" (after a
# noun, the initials restate the person it names)
_INITIALS = re.compile(r"(?<![\w.])(?P<after>(?<=,\s))?[A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?(?=,\s*\d{1,3}\b)")


# "two of them, a woman of 33 and her father, were wounded", "her husband, walking behind her, was hit in the arm",
# "the passenger, a woman delivering medicine, has a fragment wound": an aside between the people and their verb
_ASIDE_BEFORE_VERB = re.compile(rf"\b(?P<head>(?:{_PLUR}|{_SING}|them)(?:\s+{_WHERE_WORDS})?"
                                # ("a woman of 55 from Shakhtarske, the mining town west of Mezhova, was hit")
                                r"(?:\s+of\s+\d{1,3})?"
                                # ("two residents of Bilozerka, west of the city, were wounded": where they live)
                                r"(?:\s+(?:of|from|in)\s+(?-i:[A-Z])[\w'’-]+(?:[ -](?-i:[A-Z])[\w'’-]+)?)?"
                                # ("his helper, 23, walking behind, was killed": the age stays)
                                r"(?:\s*,\s*\d{1,3})?)"
                                # (not an aside that tells the harm: "a paramedic, killed on Tuesday, was buried")
                                r"\s*,\s+(?!(?:and|who|which|but|while|as|when|one|two|three|four|five|six|\d+|"
                                r"killed|injured|wounded)\b)"
                                r"[^,;.()]{3,60}?,\s+(?=(?:was|were|has|have|had)\s)", re.I)


_DECEASED_FIELD = re.compile(r"\b[Dd]eceased:\s+(?=(?:an?\s+)?(?:unidentified\s+)?(?:man|woman|boy|girl|male|"
                             r"female|child|person)\b)")
# "officials have revised to five the number of people injured": the count put before what it counts
_TO_N_THE_NUMBER = re.compile(rf"\b(?:revised|raised|lowered|put|brought|increased|reduced|corrected)\s+"
                              rf"(?:up\s+|down\s+)?to\s+(?P<n>{_NUM})\s+the\s+(?:number|toll|count)\s+of\s+"
                              r"(?P<who>(?:[\w-]+\s+){0,2}?)(?P<verb>killed|injured|wounded|dead|hurt)\b", re.I)


# "two men set off a mine; one, 63, was killed": one of them, told with his age
_ONE_AGED = re.compile(r"(?:^|(?<=[;:]\s))\s*\bone\s*,\s*(?:aged\s+)?\d{1,3}\s*,(?=\s+(?:was|is|had been|has been)\s)",
                       re.I)
# "Three, two men and a woman, were killed": a count, then who they were
_COUNT_APPOSED = re.compile(r"(?:^|(?<=[;:.]\s))\s*(?P<n>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix)\s*,\s*"
                            r"(?:[\w-]+\s+){1,5}?[\w-]+\s*,(?=\s+(?:were|had been|have been)\s)")
# "both, aged 14 and 16, were wounded": the people counted, their ages told after them
_COUNTED_AGES = re.compile(rf"\b(?P<who>both|the two|the three|all three)\s*,\s*(?:aged\s+)?{_AGES}\s*,", re.I)
# "One of the passengers, a woman of 62, was wounded", "one of them had been wounded": one person of a group
# ("one of them stepped on a mine and lost his foot": what the one did, then how hurt)
_ONE_OF_THE = re.compile(r"(?:^|(?<=[;:]\s)|(?<=\bwhen\s))\s*(?P<n>one|two|three)\s+of\s+(?:them|whom|"
                         r"(?:the|those|these)\s+(?:[\w-]+\s+)?[a-z]+s)"
                         r"(?=(?:\s*,[^,;.]{1,40},)?(?:\s+(?:stepped|drove|walked|ran)\s+[^,;.]{1,40}?\s+and)?"
                         r"\s+(?:(?:was|were|had been|has been|have been|later)\s+)?"
                         r"(?:\w+ly\s+)?(?:killed|injured|wounded|hurt|lost\s+(?:his|her|a|an|one|both)\s+"
                         r"(?:foot|feet|leg|legs|arm|arms|hand|hands|eye|eyes)\b))", re.I)


# "of the two injured, one, a man of 73, died": the injured counted, then who of them died ("two injured, one of
# them died")
_OF_THE_N_HURT = re.compile(r"\bof the (?P<n>two|three|four|five|six|seven|\d+) (?P<kind>injured|wounded),\s+"
                            r"(?P<k>one|two)\b(?=(?:\s*,[^,.;]{1,40},)?\s+(?:later\s+|then\s+)?(?:died|succumbed)\b)",
                            re.I)


def _one_of_the_read(m: re.Match) -> str:
    """"one of them" as one person, unless a toll told before it in the sentence counted the group ("two were
    injured, and one of them later died": one of those two)."""
    if _HURT_BEFORE.search(m.string, 0, m.start()):
        return m.group()
    return "one person" if m.group("n").lower() == "one" else f"{m.group('n')} people"


# "wounding the four-man night shift", "a three-member crew": a group counted by its size
_N_MAN_GROUP = re.compile(rf"\b(?:the|a|an|its|their)\s+(?P<n>{_NUM})-(?:man|member|person|strong)\s+"
                          r"(?:[\w-]+\s+)?(?:crew|team|shift|family|group|unit|squad|brigade|patrol)\b", re.I)
# "two of the crew were wounded", "three of the family": a count of a group's people
_N_OF_GROUP = re.compile(rf"\b(?P<n>{_NUM})\s+of\s+(?:the|its|their|our|his|her)\s+(?:[\w-]+\s+)?"
                         r"(?:crew|team|staff|family|group|brigade|unit|shift|household)\b", re.I)


def _initials_read(m: re.Match) -> str:
    return "" if m.group("after") is not None else "a person"


# "..., replacing its first figure of one dead", "revised from one dead": a superseded figure, not more people
_SUPERSEDED_FIGURE = re.compile(r",?\s*(?:replacing|superseding|revised\s+(?:up\s+|down\s+)?from|corrected\s+from|"
                                # "the oblast head, who had first given four wounded and corrected it"
                                r"(?:had\s+)?(?:first|initially|originally)\s+(?:given|gave|put)(?=\s+\w+\s+"
                                r"(?:people\s+)?(?:killed|dead|wounded|injured|hurt)\b[^;.]*\b(?:corrected|revised|"
                                r"changed|amended)\b))\s+"
                                r"(?:(?:its|the|an?|their|his|her)\s+)?(?:(?:first|earlier|initial|previous|old)\s+)?"
                                r"(?:(?:figure|count|toll|report|estimate)\s+of\s+)?[^,.;]{1,40}", re.I)
# "the 'dozens hurt' from a channel replaced by the hospital's count of three injured": the figure replaced, from its
# clause's start
_REPLACED_BY = re.compile(r"(?:^|(?<=[:;,(]))[^:;,()]{0,80}?\b(?:(?:was|were|is|are|has been|have been)\s+)?"
                          r"replaced\s+by\b", re.I)
# "corrected the toll to 2 dead and 14 injured, from the 1 dead and 17 injured first reported", "revised the toll
# from 1 dead and 17 injured to ...": the figures a revision replaced, not more people
_REVISED_FROM = re.compile(r",?\s*\bfrom\s+(?:(?:the|its|an?|their)\s+)?"
                           r"(?:(?:first|earlier|initial|previous|original)\s+)?(?:(?:figure|count|toll|tally|estimate)\s+of\s+)?(?:[\w-]+\s+(?:people\s+)?"
                           r"(?:dead|killed|deaths?|injured|wounded|hurt)(?:\s*,\s*|\s+and\s+)?){1,2}"
                           r"(?:(?:as\s+)?(?:first|initially|earlier|originally|previously)\s+"
                           r"(?:reported|given|announced|said|stated|told))?", re.I)
_REVISING = ("revised", "corrected", "updated", "amended", "adjusted", "revising", "correcting", "updating")
# "he was first listed as wounded and died in hospital on Monday": dead, not wounded
_LISTED_THEN_DIED = re.compile(r"\b(?:was|were)\s+(?:first\s+|initially\s+)?(?:listed|reported|counted|recorded)\s+"
                               r"(?:as\s+)?(?:wounded|injured)\s+(?:and|but)\s+(?:later\s+)?(?=died\b)", re.I)
# "the police report lists the hotel's night guard, 62, as injured": the people a record names, and how hurt
_LISTED_AS = re.compile(rf"\b(?:lists?|listed|names?|named|records?|recorded)\s+(?P<who>(?:(?:the|a|an|his|her|their|"
                        rf"its)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{_PERSON_ALT}|{_PLUR})\b(?:\s*,\s*\d{{1,3}}\s*,)?)"
                        r"\s+as\s+(?P<verb>injured|wounded|killed|dead)\b", re.I)
# "the woman of 80 he was taking out of the town was killed": a relative clause without "who" between the person
# and the verb; "the volunteer driving, 33, was wounded": what the person was doing, before the age
_NO_WHO_CLAUSE = re.compile(rf"(?P<who>\b(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{_PERSON_ALT})(?:\s+of\s+\d{{1,3}})?)"
                            r"\s+(?:he|she|they|we)\s+[^,.;:()]{2,60}?"
                            r"(?=\s+(?:was|were)\s+(?:\w+ly\s+)?(?:killed|injured|wounded|hurt)\b)", re.I)
# "the couple sheltering in the cellar were unhurt", "two women queuing at the kiosk were hurt": where the people
# were, between the people and their verb (or where they were found, before "dead")
_DOING_WORDS = ("sheltering ", "hiding ", "sleeping ", "staying ", "waiting ", "queuing ", "queueing ", "standing ",
                "sitting ", "living ", "working ", "walking ")
_FOUND_WORDS = ("pulled ", "dug ", "taken ", "carried ", "brought ", "recovered ", "rescued ")
_DOING_WHERE = re.compile(rf"\b(?P<who>(?:{_SING}|{_PLUR}))\s+(?:{'|'.join(w.strip() for w in _DOING_WORDS)})\s+"
                          r"(?:in|at|inside|under|near|on|outside|by|beside)"
                          r"\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=\s+(?:were|was|had been|have been)\b)|"
                          # "a girl pulled from the rubble on Sunday morning was dead"
                          rf"\b(?P<found>(?:{_SING}|{_PLUR}))\s+(?:{'|'.join(w.strip() for w in _FOUND_WORDS)})\s+"
                          r"(?:out\s+)?(?:from|out of)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+"
                          r"(?=\s+(?:were|was)\s+dead\b)", re.I)
# what one of a pair of victims was doing, told between them: "wounded a lorry driver waiting at a port gate and a local
# guard" (the guard is the second person)
_DOING_BETWEEN = re.compile(rf"\b(?P<who>{_PERSON_ALT})\s+[a-z]+ing\s+(?:at|in|on|by|near|outside|inside|beside|for|to|"
                            r"from)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+"
                            r"(?=\s+and\s+(?:an?|the|his|her|their)\s)", re.I)
_DOING_BEFORE_AGE = re.compile(rf"\b(?P<who>{_PERSON_ALT})\s+[a-z]+ing(?=\s*,\s*\d{{1,3}}\s*,\s+(?:was|were)\b)", re.I)
# who told it, after the toll at the sentence's end: no more people
# ("..., the ship's agent in Belize City said", "..., the port's director told reporters")
# (a teller told by a longer phrase: "..., an Odesa grocer who imports olive oil told the pressers", not one hurt)
_TELLER_AFTER = re.compile(r",\s+(?!(?:[\w'’-]+\s+){0,16}?(?:wounded|injured|hurt|killed)\b)(?:[\w'’-]+\s+){1,16}?"
                           r"(?:said|says|added|wrote|told(?:\s+[\w'’-]+){1,2})"
                           # ("..., a Kharkiv stonemason ... wrote to them")
                           r"(?:\s+to\s+(?:them|him|her|us|me|friends|the\s+[\w'’-]+))?"
                           r"(?:\s+on\s+[A-Z]\w+)?\s*[.!]?\s*$")
_TELLER_ENDS = tuple(f"{verb}{end}" for verb in ("said", "says", "added", "wrote") for end in ("", ".", " ."))


# a witness counting themself among the hurt ("me and two lorry drivers were cut by the glass", "my wife and I were
# injured", "I was wounded in the leg"): one more person, written as such so the count patterns read it
_FIRST_PERSON = re.compile(r"(?-i:\b(?:I|[Mm]e)\s+and\s+(?=\S))|"
                           r"(?<=\sand\s)(?-i:I|me)(?=\s+(?:were|both|all)\b)|"
                           r"(?:^|(?<=[.;:,]\s)|(?<=\band\s))(?-i:I)(?=\s+(?:was|got)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt|"
                           r"cut|burned|burnt|hit|shot|concussed)\b)", re.I)


_DAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTH_OR_DAY = "January|February|March|April|May|June|July|August|September|October|November|December|" + _DAY_NAMES
# people named by a first name only: "her husband Petro was wounded" (the name after the person), "Mariia and her
# husband were wounded" (a name joined to a relative)
_NAME_AFTER_PERSON = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?|[Mm]y|[Oo]ur)\s+(?:[\w-]+\s+)?"
                                r"(?P<who>[a-z]+)"
                                rf"(?P<name>\s+(?!(?:{_MONTH_OR_DAY})\b)[A-Z][a-z]{{2,}})\b"
                                r"(?=\s*(?:[,;)]|and\b|was\b|were\b|who\b|had\b|died\b))")


_NAME_AND_KIN = re.compile(rf"(?:^|(?<=[:;,]\s))(?!(?:{_MONTH_OR_DAY})\b)(?-i:[A-Z][a-z]{{2,}})"
                           r"(?=\s+and\s+(?:his|her)\s)")


# "For repose: Hryhorii, 73, of Kostiantynivka, killed by rockets", "Tetiana and Nina, of Zolochiv, wounded by a
# bomb": a record's person told by a first name (and an age), then hurt: one person, or two named together
_NAMED_HURT = re.compile(rf"(?:^|(?<=[;:]\s))(?!(?:{_MONTH_OR_DAY})\b)(?-i:[A-Z][a-z]{{2,}})"
                         rf"(?P<second>\s+and\s+(?!(?:{_MONTH_OR_DAY})\b)(?-i:[A-Z][a-z]{{2,}}))?"
                         r"(?=(?:\s*,\s*\d{1,3})?(?:\s*,\s*(?:of|from)\s+(?-i:[A-Z])[^,;.]{1,40})?\s*,\s+"
                         r"(?:killed|wounded|injured|hurt)\s+(?:by|in|when|at|on)\b)")


_HURT_PARTICIPLES = ("killed", "wounded", "injured", "hurt")  # (the cheap test before _NAMED_HURT)


def _name_after_person_dropped(m: re.Match) -> str:
    return m.group()[:m.start("name") - m.start()] if m.group("who") in PERSONS else m.group()


def _first_person_read(m: re.Match) -> str:
    return "one person and " if m.group().endswith(" ") else "one person"


# "one man killed, not the 'dozens hurt' claimed by the channel": a quoted figure the sentence denies
_NOT_QUOTED = re.compile(r",?\s+not\s+(?:the\s+)?['‘\"“][^'’\"”]{1,40}['’\"”]"
                         r"(?:\s+(?:as\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:claimed|reported|said|posted|wrote|claims|"
                         r"reports|says)(?:\s+by\s+[^,.;]{1,40})?)?")


# a citation mark: "[1]", "[2][3]", "[1, 2]"
_CITATION = re.compile(r"(?:\s*\[\d{1,2}(?:\s*,\s*\d{1,2})*\])+")
# a casualty figure in quotes, and the words that reject it ("'ten wounded' - not confirmed, the police figure stays")
_QUOTED_FIGURE = re.compile(r"['‘\"“](?=[^'’\"”]{0,30}?\b(?:dead|killed|wounded|injured|hurt|deaths|casualties)\b)"
                            r"[^'’\"”]{1,40}['’\"”]", re.I)
_FIGURE_DENIED = ("wrong", "not confirmed", "unconfirmed", "false", "fake", "inflated", "exaggerated", "debunked",
                  "duplicate", "disputed", "not verified", "unverified")


# each kind of figure, by its words and by a count of it ("1 killed", "two people dead")
_FIGURE_KINDS = tuple((words, re.compile(rf"\b(?:\d+|{_NUM_WORDS})\s+(?:people\s+)?(?:{'|'.join(words)})\b", re.I))
                      for words in (("dead", "killed", "deaths"), ("wounded", "injured", "hurt")))
_QUOTE_MARKS = ("'", '"', "‘", "“")


def _superseded(quoted: re.Match, sentence: str) -> str:
    """The quoted figure, or a blank when the sentence after its quotes gives a number of the same kind."""
    low = quoted.group().lower()
    for words, count in _FIGURE_KINDS:
        if has_any(low, words) and count.search(sentence, quoted.end()):
            return " "
    return quoted.group()


# "the tenant of flat 4 was cut by glass": a flat's, a room's or a ward's number, no count of people
_ROOM_NUMBER = re.compile(r"\b(flat|apartment|room|ward|entrance|unit|cell|bed)\s+(?:no\.?\s*)?\d{1,4}[a-z]?\b", re.I)


# "this man is its only fatality", "the driver was the only fatality": one dead
_ONLY_FATALITY = re.compile(r"\b(?:is|was)\s+(?:its|the|their|the\s+attack['’]s|the\s+strike['’]s)\s+(?:only|sole)\s+"
                            r"(?:fatality|death|dead)\b", re.I)


# "2 hurt; the hospital later said one of the two died, so log 1 dead, 1 hurt": the figures the writer settles on
_LOG_FIGURES = re.compile(rf"[;,:]\s+(?:so\s+|and\s+)?(?:log|code|record|enter|file)\s+(?:it\s+as\s+)?"
                          rf"(?=(?:\d+|{_NUM_WORDS})\s+(?:people\s+)?(?:dead|killed|hurt|injured|wounded)\b)", re.I)


# people the writer leaves out of the toll, told as such: "and a man hurt in a crush at the welcome is not counted",
# "a man who died of a heart attack during the shelling was listed apart"; and a death of natural causes ("who died of
# a heart attack during an alert")
_LEFT_OUT = re.compile(r"(?:(?:,|;|\band)\s+|^)(?:(?:a|an|the|one|two|three|\d+)\s)[^,.;]{0,100}?"
                       r"\b(?:is|are|was|were)\s+(?:not\s+(?:counted|coded|included|added)|listed\s+(?:apart|separately)|counted\s+apart|"
                       r"left\s+out)\b|"
                       r"\b(?:who\s+)?died\s+of\s+(?:an?\s+)?(?:heart\s+attack|stroke|heart\s+failure|natural\s+causes)",
                       re.I)


# one victim named by a calling the word lists do not hold, right after the verb and ending its clause: "wounding a
# grower, the regional administration said", "killing an asphalt layer." (not a quantity, an animal or a thing)
# ("wounding a grader driver and an asphalt layer": two such)
_ONE_BY_CALLING = re.compile(r"\b(?P<verb>killing|wounding|injuring|hurting)\s+"
                             r"(?:an?\s+(?P<first>(?:[a-z][\w-]*\s+){0,2}?[a-z][a-z-]{3,})\s+and\s+)?"
                             r"an?\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][a-z-]{3,})(?=\s*(?:[,.;)]|$))")
_NOT_A_CALLING = frozenset(("number", "dozen", "score", "handful", "few", "total", "third", "quarter", "half",
                            "couple", "family", "group", "crowd")) | ANIMALS | OBJECTS


def _one_by_calling_read(m: re.Match) -> str:
    nouns = [m.group("noun")] + ([m.group("first").split()[-1]] if m.group("first") else [])
    words = [w for w in m.group().split()[1:] if w not in ("a", "an", "and")]
    if all(noun in PERSONS for noun in nouns) or any(noun.endswith(("s", "ing", "ed", "ly", "people"))
                                                     for noun in nouns) or any(
            w in _NOT_A_CALLING or w in UNITS or w in PERSONS_PLURAL for w in words):
        return m.group()
    return f"{m.group('verb')} {'two people' if len(nouns) == 2 else 'one person'}"


# a body part hurt, in a record or clause of its own: "a man, 57, of Balakliia, left foot lost to a mine", "leg
# amputated after Wednesday's strike", "both legs hurt by cluster rockets", "his hands are burned": one person hurt
# (the owner's pronoun, else the person named before)
_BODY = (r"(?:foot|feet|legs?|arms?|hands?|eyes?|head|face|hips?|knees?|shoulders?|fingers?|ribs?|jaw|spine|"
         r"pelvis|skull|eardrums?)")
_BODY_HARMED = (r"\s+(?:(?:was|were|is|are)\s+)?(?:badly\s+|severely\s+)?"
                r"(?:lost|amputated|hurt|burned|burnt|broken|crushed|shattered|torn|ruptured)")  # what befell it
_BODY_HURT_WORD = re.compile(rf"\b{_BODY}{_BODY_HARMED}\b", re.I)  # (the cheap test for _BODY_HURT)
_BODY_HURT = re.compile(rf"(?:(?<=,\s)|(?<=;\s)|(?<=\band\s))(?P<whose>(?:his|her|their)\s+)?"
                        rf"(?:(?:an?|one|left|right|lower|upper|both)\s+)?{_BODY}{_BODY_HARMED}"
                        r"(?=\s+(?:to|by|in|after|when|from|on)\b|\s*[,;.]|$)", re.I)


# hurt told by how: "a woman, 62, of Shostka, cut by glass when ...", "deafened by Monday's shelling", "the rockets
# broke her windows and cut her arm": a person hurt (not "power was cut by the strike")
_HURT_HOW = re.compile(r"\b(?:(?:cut|grazed|slashed)(?=\s+by\s+(?:flying\s+|broken\s+|shattered\s+|window\s+)?"
                       r"(?:glass|shrapnel|debris|splinters|fragments)\b)|deafened(?=\s+by\b)|concussed(?=\s+by\b)|"
                       r"cut\s+(?P<whose>his|her|their)\s+(?:arms?|legs?|hands?|face|head|foot|feet|neck|shoulders?|"
                       r"back|cheeks?|chin|scalp|lips?|knees?|thighs?|eyes?|fingers?|ears?)\b)", re.I)


# what a strike could have done, not what it did: "it could have killed dozens, but only a caretaker was hurt"
_COULD_HAVE = re.compile(r"\b(?:could|would|might)\s+(?:well\s+|easily\s+)?have\s+"
                         r"(?:killed|injured|wounded|hurt|maimed)\b[^,;.]*", re.I)

# animals killed, told beside people or alone: "killing dozens of pigs and wounding two workers" (no person killed),
# "killing two goats and the farmer" (the farmer)
_BEAST_WORDS = ANIMALS | {"pig", "lamb", "bull", "chicken", "hen", "goose", "duck", "rabbit", "pony", "foal", "heifer",
                          "sow"}
_BEAST = (r"(?:(?:his|her|their|its|the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|some|"
          r"dozens\s+of|scores\s+of|hundreds\s+of|a\s+(?:herd|flock|dozen|pair)\s+of)\s+)(?:[\w-]+\s+)?"
          rf"(?:{'|'.join(sorted(_BEAST_WORDS, key=lambda w: (-len(w), w)))})")
_BEASTS_KILLED = re.compile(rf"\b(?P<verb>killing|killed)\s+{_BEAST}\s+and\s+(?:"
                            r"(?P<more>(?=(?:the|a|an|his|her|their|two|three|four|five|\d+)\s))|"
                            r"(?P<hurt>wounding|injuring|hurting|wounded|injured|hurt)\b)", re.I)


def _beasts_killed_read(m: re.Match) -> str:
    """The killing verb without the animals: before the people killed with them, or as nobody killed."""
    if m.group("more") is not None:
        return f"{m.group('verb')} "  # the people killed with them
    return f"{m.group('verb')} no one, and {m.group('hurt')}"  # people hurt, none killed


_HURT_HOW_WORDS = ("cut", "deafened", "concussed", "grazed", "slashed")  # (the cheap test for _HURT_HOW)


def _hurt_how_read(m: re.Match) -> str:
    """The harm as "injured" (and whom, for "cut her arm")."""
    whose = (m.group("whose") or "").lower()
    return "injured" if not whose else {"his": "injured him", "her": "injured her"}.get(whose, "injured them")


def _body_hurt_read(m: re.Match) -> str:
    whose = (m.group("whose") or "").strip().lower()
    if whose:
        return {"his": "he was injured", "her": "she was injured"}.get(whose, "they were injured")
    return "was injured"  # the record's person, named before: "a man, 57, of X, was injured to a mine"


# where a person counted by age comes from, between the age and the harm: "man, 49, from Zolochiv, north-west of
# Kharkiv, wounded with his wife" (the same person)
_FROM_ASIDE = re.compile(r"(?<=\d,)\s+(?:from|in|of)\s+(?-i:[A-Z])[\w'’-]+(?:[\s-](?-i:[A-Z])[\w'’-]+)?"
                         r"(?:,\s+(?:north|south|east|west)[\w-]*\s+of\s+(?:(?-i:[A-Z])[\w'’-]+|"
                         r"the\s+(?:town|city|village)))?,"
                         r"(?=\s+(?:was\s+|were\s+)?(?:wounded|injured|killed|hurt)\b)", re.I)


# "Pension for a man, 77, Raihorodok: killed on Sunday when a bomb hit his yard": a list's entry headed by the
# person, their age and their town, the harm told after the colon
# "Application 401: a man, 80, of Nikopol, pension loan; wounded by Monday's shelling": a register's entry that
# tells its person, then, after a semicolon, how they were hurt, with no subject of its own
_LONE_PARTICIPLE = re.compile(r"(?<=;\s)(?P<verb>killed|wounded|injured|hurt)(?=\s+(?:by|when|as|in)\s)")
_ENTRY_PERSON = re.compile(rf"\b(?:a|an)\s+(?:[\w-]+\s+)?(?:{_PERSON_ALT})\b", re.I)


def _lone_participle_read(sentence: str, m: re.Match) -> str:
    """The participle as the one person of its entry hurt, when the entry before it (from its last colon) tells one
    person by a noun and no harm."""
    entry = sentence[sentence.rfind(":", 0, m.start()) + 1:m.start()]
    if len(_ENTRY_PERSON.findall(entry)) != 1 or _HURT_BEFORE.search(entry):
        return m.group()
    return f"one person was {m.group('verb')}"


_PERSON_HEAD = re.compile(rf"\b(?P<who>(?:a|an)\s+(?:[\w-]+\s+)?(?:{_SING})),\s+\d{{1,3}},\s+"
                          r"(?-i:[A-Z])[\w'’-]+(?:[\s-](?-i:[A-Z])[\w'’-]+)?\s*:\s+(?P<verb>killed|wounded|injured|hurt)\b",
                          re.I)


# "a man next door was wounded", "two women in the queue were hurt": where the people were, between them and the verb
_PEOPLE_AT = re.compile(rf"\b(?P<who>(?:a|an|the|two|three|four|five|\d+)\s+(?:[\w-]+\s+)?(?:{_SING}|{_PLUR}))\s+"
                        r"(?:next\s+door|nearby|across\s+the\s+(?:street|road)|in\s+the\s+(?:yard|street|garden|queue|"
                        r"house|car|flat)|on\s+the\s+(?:street|road|pavement|balcony))"
                        r"(?=\s+(?:was|were)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt)\b)", re.I)


# "wounded a couple in Rylsk and a neighbour who ran to help them": a list of people with their place inside it
_PLACE_IN_LIST = re.compile(r"\b(?P<head>(?:killed|wounded|injured|hurt|killing|wounding|injuring|hurting)\s+"
                            r"(?:a|an|the|two|three|his|her|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+in\s+"
                            r"(?-i:[A-Z])[\w'’-]+(?=\s+and\s+(?:a|an|the|his|her|their|two|three)\s)", re.I)


# "the tenant of flat 4", "the family in apartment 12": an address, no count
_ADDRESS_NUMBER = re.compile(r"\s+(?:of|from|in)\s+(?:flat|apartment|apt\.?|room|unit|house|block|entrance)\s+"
                             r"(?:no\.?\s*|number\s+|#)?\d+[a-z]?\b", re.I)


# "a mine left from 2022 killed a woodcutter": a year, no count (but "a man born in 1957" is a person)
# ("since 2024" is left to the totals it starts: see _CUMULATIVE)
_YEAR_AFTER_WORD = re.compile(r"(?<!born )\b((?:in|from|of|during|until|till)\s+)(?:19[5-9]\d|20[0-4]\d)\b"
                              r"(?![.,/:]\d)", re.I)


# "one (1) man killed and two (2) wounded": a number written out and then in figures, as deeds write them (once)
_FIGURE_AFTER_WORD = re.compile(rf"\b(?P<word>{_NUM_WORDS}|zero)\s+\((?P<n>\d{{1,3}})\)", re.I)
# "zero (0) casualties", "zero deaths": nobody
_ZERO_HARM = re.compile(r"\bzero\s+(?=(?:casualties|deaths|dead|fatalities|injuries|injured|wounded|victims|"
                        r"people\s+(?:hurt|injured|wounded|killed))\b)", re.I)


# "one of the two wounded on Monday died", "One of the two died on 26 January": one of the wounded told before
_AT_PLACE = r"(?:\s+(?:in|at|near)\s+(?-i:[A-Z])[\w'’-]+)"  # "in Kharkiv"
_ONE_OF_THE_FEW_DIED = re.compile(rf"\b(?P<n>one|two|three)(?:\s*\(\d\))?\s+of\s+the\s+{FEW}(?:\s*\(\d{{1,2}}\))?"
                                  rf"(?:\s+(?:injured|wounded|hurt))?{_AT_PLACE}?(?=(?:\s*,[^,.;]{{1,40}},)?"
                                  rf"(?:{_ON_WEEKDAY})?"
                                  r"\s+(?:(?:later|since|then|has|have|had)\s+)*died\b)", re.I)


# "one guard hurt, two staff treated for stress and not counted", "two others were treated for stress only": people
# treated for shock or stress, who are no injured (as "three people were treated for shock" is not)
_STRESS_ONLY = re.compile(rf"(?:,\s*(?:and\s+)?|\s+and\s+)?\b{_NUM}\s+(?:[\w-]+\s+){{0,2}}?(?:(?:were|was)\s+)?"
                          r"(?:only\s+)?treated\s+for\s+(?:[\w-]+\s+){0,2}?(?:stress|shock|panic|anxiety)\b"
                          r"(?:\s+reactions?)?(?:\s+only)?(?:,?\s+and\s+(?:are\s+|were\s+)?not\s+counted)?", re.I)


# coders' shorthand for the dead and hurt: "†2" (a dagger for each death, as parish books mark them), "no †", "one
# fatal and two non-fatal cases" (an injury-surveillance count), "no cases", "2 pax wounded" (people, as crews
# count them), "killed nil, wounded 4" (a bookkeeper's nil)
_DAGGER = re.compile(r"\bno\s+†|†\s*(\d{1,3})\b")
_CASES = re.compile(rf"\b(?P<n>{_NUM}|no)\s+(?P<non>non-?)?fatal(?:\s+(?:cases?|ones?))?"
                    r"(?=\s*(?:[,.;:)]|$|and\b|or\b))", re.I)
_NO_CASES = re.compile(r"\bno\s+cases(?=\s*(?:[,.;)]|$))", re.I)
_PAX = re.compile(r"\bpax\b", re.I)
_NIL = re.compile(r"\b(killed|dead|deaths|wounded|injured|hurt|injuries)(\s*:?\s+)nil\b", re.I)


def _cases_read(m: re.Match) -> str:
    """:data:`_CASES` as the words the counts are read by ("one killed", "no injuries")."""
    if m.group("n").lower() == "no":
        return "no injuries" if m.group("non") else "no deaths"
    return f"{m.group('n')} {'injured' if m.group('non') else 'killed'}"


def _shorthand_read(sentence: str) -> str:
    """The sentence with coders' shorthand for the dead and hurt written out (see :data:`_DAGGER`)."""
    if "†" in sentence:
        sentence = _DAGGER.sub(lambda m: f"{m.group(1)} killed" if m.group(1) else "no deaths", sentence)
    lowered = sentence.lower()
    if "fatal" in lowered:
        sentence = _CASES.sub(_cases_read, sentence)
    if "cases" in lowered:
        sentence = _NO_CASES.sub("no casualties", sentence)
    if "pax" in lowered:
        sentence = _PAX.sub("people", sentence)
    if "nil" in lowered:
        sentence = _NIL.sub(r"\1\g<2>0", sentence)
    return sentence


def _figure_after_word_read(m: re.Match) -> str:
    """:data:`_FIGURE_AFTER_WORD` as the word alone when the figure repeats it, else as it stands."""
    word = m.group("word")
    return word if word_number(word) == int(m.group("n")) else m.group()


def _normalised(sentence: str) -> str:
    """The sentence with ages, appositions and words for care rewritten (see the patterns above)."""
    if "(" in sentence and _FIGURE_AFTER_WORD.search(sentence):
        sentence = _FIGURE_AFTER_WORD.sub(_figure_after_word_read, sentence)
    if " of the " in sentence and "died" in sentence and _ONE_OF_THE_FEW_DIED.search(sentence):
        sentence = _ONE_OF_THE_FEW_DIED.sub(r"\g<n> of the wounded", sentence)
    if " treated for " in sentence and _STRESS_ONLY.search(sentence):
        sentence = _STRESS_ONLY.sub("", sentence)
    if "zero " in sentence.lower():
        sentence = _ZERO_HARM.sub("no ", sentence)
    if _DIGITS.search(sentence) and FULL_DATE.search(sentence):  # "on 19.05.2025 killed a man": no count
        sentence = FULL_DATE.sub("", sentence)
    if _DIGITS.search(sentence) and (" 19" in sentence or " 20" in sentence):
        sentence = _YEAR_AFTER_WORD.sub(r"\1", sentence)
    if (" flat " in sentence or " apartment " in sentence or " apt" in sentence or " room " in sentence
            or " unit " in sentence or " house " in sentence or " block " in sentence or " entrance " in sentence) \
            and _ADDRESS_NUMBER.search(sentence):
        sentence = _ADDRESS_NUMBER.sub("", sentence)
    if " in " in sentence and " and " in sentence and _PLACE_IN_LIST.search(sentence):
        sentence = _PLACE_IN_LIST.sub(r"\g<head>", sentence)
    if (", her " in sentence or ", his " in sentence or ", their " in sentence or ", our " in sentence
            or ", my " in sentence or (", the " in sentence and has_any(sentence, _KIN_WORDS))) \
            and _KIN_APPOSITION.search(sentence):
        sentence = _KIN_APPOSITION.sub(lambda m: m.group(1) or m.group(2), sentence)
    if (" next door" in sentence or " nearby" in sentence or " across the " in sentence or " in the " in sentence
            or " on the " in sentence) and _PEOPLE_AT.search(sentence):
        # ("two others in the queue were hurt": the others are read with where they were, see _OTHERS_WHERE)
        sentence = _PEOPLE_AT.sub(lambda m: m.group() if m.group("who").lower().endswith("others") else m.group("who"),
                                  sentence)
    if ":" in sentence and _PERSON_HEAD.search(sentence):
        sentence = _PERSON_HEAD.sub(r"\g<who> was \g<verb>", sentence)
    if _BODY_HURT_WORD.search(sentence):  # "left foot lost to a mine", "his arm is broken": a person hurt
        sentence = _BODY_HURT.sub(_body_hurt_read, sentence)
    if has_any(sentence, _HURT_HOW_WORDS):
        sentence = _HURT_HOW.sub(_hurt_how_read, sentence)
    if "; " in sentence and _LONE_PARTICIPLE.search(sentence):
        sentence = _LONE_PARTICIPLE.sub(lambda m: _lone_participle_read(sentence, m), sentence)
    if " have " in sentence and _COULD_HAVE.search(sentence):
        sentence = _COULD_HAVE.sub("", sentence)
    if "kill" in sentence and _BEASTS_KILLED.search(sentence):
        sentence = _BEASTS_KILLED.sub(_beasts_killed_read, sentence)
    if (" from " in sentence or " in " in sentence or " of " in sentence) and _FROM_ASIDE.search(sentence):
        sentence = _FROM_ASIDE.sub("", sentence)
    if ("killing a" in sentence or "wounding a" in sentence or "injuring a" in sentence or "hurting a" in sentence) \
            and _ONE_BY_CALLING.search(sentence):  # (before the words for people are read: "one person")
        sentence = _ONE_BY_CALLING.sub(_one_by_calling_read, sentence)
    if (settled := _LOG_FIGURES.search(sentence)) is not None:
        sentence = sentence[settled.end():]
    if ("not " in sentence or "apart" in sentence or "separately" in sentence or "left out" in sentence
            or " of " in sentence) and _LEFT_OUT.search(sentence):
        sentence = _LEFT_OUT.sub(" ", sentence)
    if _DIGITS.search(sentence) and _ROOM_NUMBER.search(sentence):
        sentence = _ROOM_NUMBER.sub(r"\1", sentence)
    if "only" in sentence or "sole" in sentence:
        sentence = _ONLY_FATALITY.sub("was killed", sentence)
    if ("I " in sentence or "me and " in sentence or "Me and " in sentence) and _FIRST_PERSON.search(sentence):
        sentence = _FIRST_PERSON.sub(_first_person_read, sentence)
    if " and h" in sentence:
        sentence = _NAME_AND_KIN.sub("one person", sentence)
    if ", " in sentence and has_any(sentence, _HURT_PARTICIPLES) and _NAMED_HURT.search(sentence):
        sentence = _NAMED_HURT.sub(lambda m: "two people" if m.group("second") else "one person", sentence)
    sentence = _NAME_AFTER_PERSON.sub(_name_after_person_dropped, sentence)
    if "." in sentence and _INITIALS.search(sentence):
        sentence = re.sub(r",\s+,", ",", _INITIALS.sub(_initials_read, sentence))
    if " not " in sentence and _NOT_QUOTED.search(sentence):
        sentence = _NOT_QUOTED.sub(" ", sentence)  # "..., not the 'dozens hurt' claimed by the channel": denied
    if has_any(sentence.lower(), _FIGURE_DENIED) and _QUOTED_FIGURE.search(sentence):
        # "A channel's repost of the same shelling with '6 dead' – wrong figure, duplicate.": a figure the writer
        # quotes to reject
        sentence = _QUOTED_FIGURE.sub(" ", sentence)
    elif has_any(sentence, _QUOTE_MARKS) and _QUOTED_FIGURE.search(sentence):
        # "a channel said 'two dead', police say 1 killed": a quoted figure that an unquoted one of its kind replaces
        sentence = _QUOTED_FIGURE.sub(lambda m: _superseded(m, sentence), sentence)
    if "[" in sentence and _CITATION.search(sentence):  # "2 port workers were injured [1][2]": sources, no counts
        sentence = _CITATION.sub("", sentence)
    if " | " in sentence:  # a table's fields: "killed 1 | injured 8" are two counts, not "1 injured"
        sentence = sentence.replace(" | ", "; ")
    if "eceased:" in sentence:  # a post-mortem's "Deceased: man, 72, ...": one dead, as "Dead: a man"
        sentence = _DECEASED_FIELD.sub("Dead: ", sentence)
    if "[size=" in sentence:  # ACLED's "[size=around 300]": how many took part, no toll
        sentence = _SIZE_TAG.sub(" ", sentence)
    if "/" in sentence and (tally := _SLASH_TALLY.search(sentence)) is not None:  # "K/W 2/5": 2 killed, 5 wounded
        told = [f"{n} {verb}" for n, verb in ((tally.group(1), "killed"), (tally.group(2), "injured")) if n.isdigit()]
        sentence = f"{sentence[:tally.start()]}{' and '.join(told) or ' '}{sentence[tally.end():]}"
    lowered = sentence.lower()
    if has_any(lowered, (" added ", " adds ", " listed ", " registered ", " recorded ")) \
            and _ADDED_HURT.search(sentence):  # "later added a wounded woman, 66": "added a woman wounded"
        sentence = _ADDED_HURT.sub(lambda m: f"{m.group('verb')} {m.group('who')}{m.group('noun')} {m.group('adj')}",
                                   sentence)
        lowered = sentence.lower()
    if " others " in lowered and _OTHERS_WHERE.search(sentence):  # "two others in the queue were hurt"
        sentence = _OTHERS_WHERE.sub("other people", sentence)
        lowered = sentence.lower()
    if " been " in lowered and _ALSO_BEEN.search(sentence):  # "her husband had also been hurt": "had been hurt"
        sentence = _ALSO_BEEN.sub(r"\1 been", sentence)
        lowered = sentence.lower()
    if " cut" in lowered:  # "flying glass cut four residents": hurt
        sentence = _CUT_WITH.sub(lambda m: "injuring " if m.group().lower().startswith("cutting") else "injured ",
                                 _GLASS_CUT.sub(_glass_cut_read, sentence))
        lowered = sentence.lower()
    if "fatally " in lowered or "mortally " in lowered:  # "a shell fatally wounded a man": killed
        sentence = _FATALLY.sub(_fatally_read, sentence)
        lowered = sentence.lower()
    if has_any(lowered, ("replacing ", "superseding ", "revised ", "corrected from", "first given ", "first gave ",
                         "first put ", "initially given ", "initially gave ", "initially put ", "originally given ",
                         "originally gave ", "originally put ")):
        sentence = _SUPERSEDED_FIGURE.sub("", sentence)
        lowered = sentence.lower()
    if " replaced by " in lowered:
        sentence = _REPLACED_BY.sub(" ", sentence)
        lowered = sentence.lower()
    if " from " in lowered and has_any(lowered, _REVISING):
        sentence = _REVISED_FROM.sub(" ", sentence)
        lowered = sentence.lower()
    if " listed as " in lowered or " reported as " in lowered or " counted as " in lowered \
            or " recorded as " in lowered:
        sentence = _LISTED_THEN_DIED.sub("", sentence)
        lowered = sentence.lower()
    if " as " in lowered and has_any(lowered, ("list", "name", "record")):
        sentence = _LISTED_AS.sub(lambda m: f"{_AGE_ASIDE.sub('', m.group('who')).rstrip(' ,')} {m.group('verb')}",
                                  sentence)
        lowered = sentence.lower()
    if lowered.endswith(_TELLER_ENDS) or " told " in lowered or " to " in lowered:
        # "..., injuring a couple and their son, Ukraine's border guards said."
        sentence = _TELLER_AFTER.sub("", sentence)
        lowered = sentence.lower()
    if "-man " in lowered or "-member " in lowered or "-person " in lowered or "-strong " in lowered:
        sentence = _N_MAN_GROUP.sub(r"\g<n> people", sentence)
        lowered = sentence.lower()
    if " whether " in lowered or " if " in lowered:
        # "He did not know whether the night guard was hurt": a question, no count
        sentence = _UNKNOWN_WHETHER.sub(" ", sentence)
        lowered = sentence.lower()
    if has_any(lowered, ("both", "the two", "the three", "all three")):
        sentence = _COUNTED_AGES.sub(r"\g<who>", sentence)
        lowered = sentence.lower()
    if ", " in lowered and (" one, " in lowered or lowered.startswith("one, ")):
        sentence = _ONE_AGED.sub("one person", sentence)
        lowered = sentence.lower()
    if ", " in lowered and _COUNT_APPOSED.search(sentence):
        sentence = _COUNT_APPOSED.sub(r"\g<n> people", sentence)
        lowered = sentence.lower()
    if " of " in lowered:
        sentence = _ONE_OF_THE.sub(_one_of_the_read, _N_OF_GROUP.sub(r"\g<n> people", sentence))
        lowered = sentence.lower()
    if "of the " in lowered and ("died" in lowered or "succumbed" in lowered):
        sentence = _OF_THE_N_HURT.sub(r"\g<n> \g<kind>, \g<k> of them", sentence)
        lowered = sentence.lower()
    if " the number of " in lowered or " the toll of " in lowered or " the count of " in lowered:
        sentence = _TO_N_THE_NUMBER.sub(r"\g<n> \g<who>\g<verb>", sentence)
        lowered = sentence.lower()
    if " died" in lowered and ("wounded" in lowered or "injured" in lowered or "hurt" in lowered):
        sentence = _HURT_THEN_DIED.sub(r"\g<who> ", sentence)
    if (" of " in lowered or " from " in lowered) and (", killed" in lowered or ", wounded" in lowered
                                                       or ", injured" in lowered):
        sentence = _ORIGIN_ASIDE.sub(r"\g<who>,", sentence)
    if lowered.count(",") >= 2 and (" was " in lowered or " were " in lowered or " ha" in lowered):
        if "ed in " in lowered:
            sentence = _HURT_ASIDE.sub(r"\g<who> was \g<verb>,", sentence)
        sentence = _COUNTED_APPOSITION.sub(r"\g<who>", sentence)
        sentence = _ASIDE_BEFORE_VERB.sub(lambda m: m.group("head") + ("," if m.group("head")[-1].isdigit() else "")
                                          + " ", sentence)
        lowered = sentence.lower()
    if has_any(lowered, (" there was ", " there were ", " inside w", " her w", " him w", " them w", " it w",
                         " nearby w", " aboard w", " present w")):
        sentence = _WHERE_THEY_WERE.sub(r"\1 ", sentence)  # "the night watchman there was killed"
        lowered = sentence.lower()
    if " were " in lowered or " are " in lowered:  # "wounded were 3 persons": a translation's word order
        sentence = _VERB_FIRST_COUNT.sub(r"\g<n> \g<who> were \g<verb>", sentence)
        lowered = sentence.lower()
    if "perished " in lowered or "died " in lowered:
        sentence = _DIED_FIRST.sub(r"\g<who> died", sentence)
        lowered = sentence.lower()
    if has_any(lowered, ("no one ", "nobody ", "no-one ")) and _NOBODY_THERE.search(sentence):
        sentence = _NOBODY_THERE.sub("no one was hurt", sentence)
        lowered = sentence.lower()
    if " alone" in lowered and (_ALONE_KILLED.search(sentence) or _KILLED_ALONE.search(sentence)):
        # "killing the driver, who was alone in the car": the one person there, and no one else hurt
        sentence = _KILLED_ALONE.sub(r"\g<head>, and no one else was hurt",
                                     _ALONE_KILLED.sub(r"\g<head>, and no one else was hurt", sentence))
        lowered = sentence.lower()
    if " of " in lowered and _ALL_OF_THE.search(sentence):  # "hurting both of its owners": both owners
        sentence = _ALL_OF_THE.sub(r"\1 ", sentence)
        lowered = sentence.lower()
    if "none of " in lowered:  # "none of the 23 patients was hurt": nobody, not 23 people
        sentence = _NONE_OF_N.sub(r"\1", sentence)
        lowered = sentence.lower()
    if "unhurt" in lowered or "unharmed" in lowered or "uninjured" in lowered:
        sentence = _UNHURT.sub(lambda m: f"{m.group('who')} was not hurt" if m.group("who") else "were not hurt"
                               if (m.group("verb") or m.group("verb2") or "").lower() in ("were", "are")
                               or m.group("verb3") else "was not hurt", sentence)
        # "question the passenger, who was unhurt": that person unhurt
        sentence = _WHO_UNHURT.sub(r"\1 was not hurt", sentence)
        # "its guard, alone on site, sheltered in a pit and was unhurt": what they did, then unhurt
        sentence = _DID_AND_UNHURT.sub(r"\g<who> \g<verb> not hurt", sentence)
        # "a shell killed a woman, and the guard was unhurt": the guard is no second dead of the list
        sentence = _AND_UNHURT.sub("; ", sentence)
        lowered = sentence.lower()
    if ":" in sentence and has_any(lowered, ("killed", "dead", "deaths", "fatalities", "injur", "wounded", "casualties",
                                             "victims")):
        if _AGE_HINT_LOW.search(fold(sentence)):  # "Injured: a doctor, 61, and two patients": ages out first
            sentence = _without_ages(sentence)
        sentence = _FIELD.sub(_field_read, sentence)
        lowered = sentence.lower()
    if ":" in sentence or "." in sentence:
        sentence = _CLOCK.sub(" ", sentence)
    if ("left " in lowered or "sent " in lowered) and ("hospital" in lowered or " condition" in lowered):
        # "a drone attack on a depot left two drivers in hospital": hurt
        sentence = _LEFT_IN_HOSPITAL.sub(lambda m: f"injured {m.group('who') or m.group('sent')}", sentence)
        if " and " in sentence:  # "left one person dead and three in hospital": the three hurt
            sentence = _DEAD_AND_IN_HOSPITAL.sub(r"\1 and \2injured", sentence)
    if "left " in lowered and " with " in lowered:
        # "the blast left a woman with a broken arm", "left two men with blast injuries"
        sentence = _LEFT_WITH_WOUNDS.sub(lambda m: f"injured {m.group('who')}", sentence)
    if has_any(lowered, ("has ", "had ", "lost ", "with ")) and _WOUND_WORDS.search(lowered):
        # "the granddaughter has deep glass cuts to both arms", "she lost her right foot": hurt
        sentence = _HAS_WOUNDS.sub("was injured", sentence)
        if " with " in lowered:
            # "survived with a concussion", "in the town hospital with a chest wound": hurt
            sentence = _CARED_WITH.sub("was injured", sentence)
    pronoun = " he " in lowered or " she " in lowered or lowered.startswith(("he ", "she "))
    if pronoun or " died" in lowered or has_any(lowered, ("was killed", "was wounded", "was injured", "was cut ")):
        sentence = _NAMED_TOLL.sub("one person", sentence)
    if ", killed" in lowered or ", wounded" in lowered or ", injured" in lowered or ", hurt" in lowered:
        # "a drone on a man at a bus stop, wounded", "... a man cycling home, killed on the spot": the person, then
        # what befell them
        sentence = _PERSON_THEN_HARM.sub(lambda m: f"{m.group('verb')} {m.group('who')}{m.group('rest')}", sentence)
    if " who " in lowered and " died" in lowered:
        sentence = _WOUNDED_WHO_DIED.sub(_wounded_who_died_read, sentence)
    if " who w" in lowered or " who d" in lowered:  # "her cousin, 10, who was wounded in the shoulder": the person,
        # hurt ("Serhii Oliinyk, 38, who died at the scene": dead)
        sentence = _WHO_HURT.sub(r"\g<who> \g<verb>", sentence)
    if " among them" in lowered or " among whom" in lowered:  # "..., three students among them": a subset, out
        sentence = _SUBSET_AFTER.sub("", sentence)
    if has_any(lowered, (" inj", " cas", " wia", " kia")):  # a coder's shorthand: "1 civ inj.", "no cas."
        sentence = _SHORTHAND.sub(lambda m: _SHORTHAND_WORDS[m.group(1).lower()], sentence)
    if "between " in lowered:  # "wounding between nine and 12": the range as "nine to 12"
        sentence = _BETWEEN_VERB.sub(r"\g<verb> \g<a> to \g<b>", sentence)
    if ("body of" in lowered or "bodies of" in lowered) and _RUBBLE.search(sentence):
        sentence = _BODY_OF.sub(_bodies_read, sentence)
        lowered = sentence.lower()
    elif " body" in lowered:
        sentence = _ONE_BODY_FOUND.sub(_one_body_read, sentence)
        lowered = sentence.lower()
    if " as were " in lowered or " as was " in lowered:
        sentence = _AS_WERE.sub(r"\1 \2, and \3 were \2", sentence)
        lowered = sentence.lower()
    if "ed with " in lowered:
        sentence = _PERSON_HURT_WITH.sub(r"\1 \2, and \3 was \2",
                                         _HURT_WITH.sub(r"\1, and \2 was \1", sentence))
        lowered = sentence.lower()
    if " with " in lowered and (" together " in lowered or " along " in lowered):
        sentence = _TOGETHER_WITH.sub(r"\1 \2, and \3 were \2", sentence)
        lowered = sentence.lower()
    elif "ed with " in lowered:
        sentence = _WAS_HURT_WITH.sub(r"\1 \2, and \3 was \2", sentence)
        lowered = sentence.lower()
    if " of " in lowered or " to " in lowered:
        # "documented the killing of two men", "the deaths of a married couple", "injuries to five civilians"
        sentence = _NOMINAL_TOLL.sub(lambda m: "injuring " if m.group(1).lower().startswith(("inj", "wou"))
                                     else "killing ", sentence)
        lowered = sentence.lower()
    if " after " in lowered:
        sentence = _PRIOR_ATTACK.sub("", sentence)
        lowered = sentence.lower()
    if (" him" in lowered or " her" in lowered) and (m := _KILLING_HIM.search(sentence)) \
            and (not _HURT_BEFORE.search(sentence, 0, m.start())
                 or _HARMED_KIN_AND.search(sentence, max(0, m.start() - 60), m.start())):
        sentence = f"{sentence[:m.start()]}{m.group(1) or m.group(2)} one person{sentence[m.end():]}"
        lowered = sentence.lower()
    if ("no one" in lowered or "nobody" in lowered) and (" hurting " in lowered or "ing no" in lowered
                                                         or "ed no" in lowered or "hurt no" in lowered):
        sentence = _VERB_NOBODY.sub(lambda m: f"{m.group(2)} was {_PAST[m.group(1).lower()]}", sentence)
        lowered = sentence.lower()
    if has_any(lowered, _PAIR_WORDS) and (m := _THE_OTHER.search(sentence)) \
            and _HURT_BEFORE.search(sentence, 0, m.start()):
        sentence = f"{sentence[:m.start()]}{m.group('verb') or m.group('comma')}one person{sentence[m.end():]}"
        lowered = sentence.lower()
    if has_any(lowered, ("lost ", "losing ", "loses ", " hit by ", " hit in ", " shot in ", " cut ", "bruised",
                         "concussed", " with ", "burned ", "burnt ", "broke ", "fragment", "shrapnel", "bullet",
                         "splinter")):
        if "losing " in sentence or "lost " in sentence:
            sentence = _LOSING_SOME.sub("", sentence)  # "two were injured, one losing a hand": one of the two
        sentence = _LOST_LIFE.sub("was killed", _MAIMED.sub("was injured", sentence))
        if " hit by " in sentence:
            sentence = _HIT_BY_PARTICIPLE.sub("wounded by ", sentence)
        if has_any(sentence, (" has ", " had ")):
            sentence = _HAS_WOUND.sub(r"\g<who>\g<age> was injured", sentence)
    if has_any(lowered, _PLACE_WORDS):
        sentence = _PLACE_ASIDE.sub("", sentence)
    if " and was " in sentence or " and were " in sentence or " and died" in sentence or " and hospitali" in sentence:
        # "The watchman, 59, was asleep in the boiler room and was cut by glass": what they did, then the harm
        sentence = _DID_AND_WAS.sub(r"\g<who> \g<verb>", sentence)
    if pronoun or " they " in lowered or " we " in lowered:
        sentence = _NO_WHO_CLAUSE.sub(r"\g<who>", sentence)
    if "ing, " in lowered:
        sentence = _DOING_BEFORE_AGE.sub(r"\g<who>", sentence)
    if "ing " in lowered and " and " in lowered:
        sentence = _DOING_BETWEEN.sub(r"\g<who>", sentence)
    if has_any(lowered, _DOING_WORDS) or (" dead" in lowered and has_any(lowered, _FOUND_WORDS)):
        sentence = _DOING_WHERE.sub(lambda m: m.group("who") or m.group("found"), sentence)
    if pronoun:
        sentence = _PRONOUN_AFTER.sub(lambda m: _pronoun_counted(sentence, m), sentence)
        lowered = sentence.lower()
    if " who " in lowered:
        sentence = _WHO_WAS.sub("", sentence)
        lowered = sentence.lower()
    if _AGE_HINT_LOW.search(fold(sentence)):
        sentence = _without_ages(sentence)
    if ", " in lowered:
        sentence = _APPOSITION.sub(lambda m: _after_person(m, ()), sentence)
    if " who " in lowered:
        sentence = _WHO_CLAUSE.sub("", _WHO_ASIDE.sub("", _WHO_LIVED.sub("", sentence)))
    if " among the " in lowered:  # "one killed, three children among the injured": at least three hurt
        sentence = _AMONG_THE_HURT.sub(_among_the_hurt_read, sentence)
    if " one of " in lowered:
        sentence = _ONE_OF_COUNTED.sub(r"\1 among ", sentence)
    if " of them" in lowered or " of the " in lowered:
        sentence = _VERB_ONE_OF_THEM.sub(r"\1 \2", sentence)
    if has_any(lowered, (" of his ", " of her ", " of their ", " of its ", " of our ")):
        sentence = _N_OF_THEIR.sub(r"\g<n> ", sentence)
    if " of " in lowered:
        sentence = _sub(_N_OF_M, r"\g<n> ", _sub(_PEOPLE_OF, r"\1 ", sentence))
    if " with " in lowered and _RUBBLE.search(sentence):
        sentence = _RESCUED_HURT.sub(r"\1 injured", sentence)  # "were pulled from the rubble with injuries"
    if has_any(lowered, ("sustained", "suffered", "received", "survived", "got ", "broken ", "fractured ")):
        sentence = _SUSTAINED.sub("were injured", sentence)
    if has_any(lowered, ("hospital", "medical", "treated")):
        sentence = _sub(_IN_CARE, "hospitalised", _TO_HOSPITAL.sub("taken to hospital", sentence))
        if " is " in sentence:
            sentence = _IS_IN_CARE.sub("was injured", sentence)
        if " in hospital" in sentence:  # "two killed, six residents in hospital": the six in care
            sentence = _N_IN_HOSPITAL.sub(r"\g<who> hospitalised", sentence)
    if " admitted" in lowered and has_any(lowered, ("patient", "hospital", "clinic", "trauma", "ward")):
        sentence = _ADMITTED.sub(r"\1 hospitalised", sentence)  # "three patients were admitted from Kupiansk"
    if " arrived" in lowered and "patients" in lowered:  # "Five patients from Bilopillia arrived ... after mortar fire"
        sentence = _PATIENTS_ARRIVED.sub(r"\1 were hospitalised", sentence)
    if "treat" in lowered:  # "Medics are treating 9 people", "medics treated three soldiers": the people in care
        sentence = _TREATING.sub(lambda m: f"{m.group('who')} were hospitalised", sentence)
    if "bodies of " in lowered:  # "the bodies of five neighbours": five dead
        sentence = _BODIES_OF.sub(r"\g<who> were killed", sentence)
    if "already dead" in lowered:  # "two neighbours, a married couple, who were already dead"
        sentence = _ALREADY_DEAD.sub(r"\g<who> were killed", sentence)
    if "(" in sentence or " of them " in lowered or "includ" in lowered:
        sentence = _SUBSET_IN_BRACKETS.sub("", sentence)
    if "a total of" in lowered:
        sentence = _A_TOTAL_OF.sub("", sentence)
    if has_any(sentence, _BREAKDOWN_MARKS) or " - " in sentence:
        sentence = _without_breakdown(sentence)
    if "to have" in lowered:
        sentence = _KNOWN_TO_HAVE.sub("were ", sentence)
    if "left " in lowered and " with " in lowered:
        sentence = _LEFT_WITH.sub(r"\1 wounded", sentence)
    if "another" in lowered or has_any(lowered, ("second", "third", "fourth", "fifth", "sixth")):
        sentence = _ANOTHER.sub("another person", sentence)
    if ", one of " in lowered:
        sentence = _ONE_OF_ASIDE.sub("", sentence)
    if " with " in lowered and _WITH_WOUND.search(sentence):  # "a surgeon with a neck wound had been taken to ..."
        sentence = _WITH_WOUND.sub(r"\g<who> was injured,", sentence)
    if " names" in lowered and " of the " in lowered:
        # "list of the dead, three names, and of the injured, eleven names": the people listed
        sentence = _NAMES_OF_THE.sub(r"\g<n> \g<kind>", sentence)
    if " and was injured" in sentence:
        sentence = _STEPPED_AND.sub("", sentence)
    if " of the " in sentence and ("died" in sentence or "succumbed" in sentence) \
            and has_any(lowered, ("injur", "wound")):  # "three injured, ... one of the seven died": of the injured
        sentence = _ONE_OF_THE_N_DIED.sub(r"\1 of the injured", sentence)
    if "added " in lowered:
        sentence = _ADDED_TO_COUNT.sub(lambda m: f"{m.group('who') or 'another person'} was injured", sentence)
    return sentence


# a figure as first reported, beside the current one: "not four as reported earlier", "correcting an
# earlier toll of four", "up from eight", "the governor initially reported four dead but ..."
_EARLIER_HINT = re.compile(r"\b(?:earlier|initially|previously|originally|initial|previous|original|at first|"
                           r"first (?:[\w-]+\s+)?(?:reports?|figure)|early reports?|preliminary|"
                           r"(?:early|initial|first)\s+['‘\"“]|"
                           r"first (?:count|toll|tally|estimate)|"
                           r"(?:figure|toll|count|tally|estimate)\s+had\s+been|,\s+was\s+(?=\w+\s+(?:killed|dead)\b)|"
                           r"(?:up|down) from|not\s+\S+\s+(?:\S+\s+)?as|toll\s+from)\b", re.I)
_EARLIER_HINT_LOW = folded(_EARLIER_HINT)
# "..., raising the toll from one dead", "bringing the toll from two to five": the figure the toll rose from
_TOLL_FROM = re.compile(r"(?<=\btoll)\s+from\s+[\w-]+(?:\s+(?:people\s+)?(?:dead|killed|deaths|injured|wounded))?"
                        r"(?=\s+to\b|\s*[.;,()]|\s*$)", re.I)
_EARLIER_FIGURE = re.compile(
    r"\b(?:(?:earlier|initially|previously|originally|at first)\s*,?\s+(?:[\w-]+\s+){0,3}?(?:had\s+)?"
    r"(?:reported|said|put|gave|stated|announced|spoke|reports?)\b"
    # ("the first police report had three injured", "the first media figure for Sumy, 'eight injured'")
    r"|(?:an?|the|its|their)\s+(?:earlier|initial|previous|original|first)\s+"
    r"(?:death\s+|[a-z]+\s+(?=(?:reports?|figure|toll|count|estimate)\b))?"
    r"(?:toll|figure|count|estimate|number|reports?)\b"
    # "; the OVA's morning figure had been four injured": a figure the current one replaced
    r"|\b(?:figure|toll|count|tally|estimate)\s+had\s+been\b"
    # "toll now 2 killed and 8 injured, was 1 killed and 5 injured"
    r"|(?<=,\s)was\s+(?=\w+\s+(?:killed|dead)\b)"
    r"|(?:up|down)\s+from\b"
    # "the city council's early 'several wounded' is superseded": a figure quoted as the first one
    r"|(?:an?|the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:early|initial|first|earlier)\s+['‘\"“]"
    # "Initial police reports spoke of two dead; the governor later gave ..."
    r"|\b(?:initial|first|early|preliminary)\s+(?:[\w-]+\s+)?(?:reports?|figures?|estimates?|counts?|tolls?)\s+"
    r"(?:spoke of|said|put|gave|mentioned|reported|indicated|suggested)\b"
    r"|not\s+[\w-]+\s+(?:(?:dead|killed|injured|wounded|hurt|people)\s+)?as\s+(?:\w+\s+)?"
    r"(?:reported|announced|stated|said)\b)"
    r"[^.;,()]*?(?=\s*(?:[.;,()]|\bbut\b|$))", re.I)

# "Killed in the overnight attack on Kharkiv were a woman and her son": the verb first, its people last
_INVERTED = re.compile(r"(?:^|(?<=[.;:]\s)|(?<=\s[-–—]\s))(?P<verb>killed|dead|injured|wounded|hurt|"
                       r"hospitali[sz]ed)\s+(?!and\b|or\b)(?:(?!\b(?:killed|injured|wounded|hurt|died)\b)[^.;])"
                       r"{0,150}?(?:\s(?:were|was|are|is)\s+|:\s+)(?=\S)", re.I)
_INVERTED_LOW = folded(_INVERTED)
# "A 15-year-old girl was among the injured", "Among the dead are two children": at least these
_AMONG_AFTER = re.compile(r"\s+(?:was|were|is|are)\s+(?:also\s+)?among\s+(?:the|those)\s+(?P<verb>injured|wounded|"
                          r"hurt|dead|killed)\b", re.I)
# "A child was among three people injured": the count after "among" is the total
_AMONG_TOTAL = re.compile(rf"\bamong\s+(?:the\s+)?(?P<num>(?:{_QUAL})?{_NUM})\s+(?:[\w-]+\s+){{0,2}}?"
                          rf"(?:(?:were|was)\s+)?(?P<verb>injured|wounded|hurt|killed|dead)\b", re.I)
_LINK_BEFORE = re.compile(r"\s+(?:was|were|is|are)\s+(?:also\s+)?$", re.I)
_AMONG_FIRST = re.compile(r"\bamong\s+(?:the|those)\s+(?P<verb>injured|wounded|hurt|dead|killed)\s+(?:were|was|are|is|"
                          r"included?)\s+", re.I)
# "A woman wounded in Thursday's attack later died in hospital": the wounded person is dead
# (not "a woman wounded in the shelling of Myropillia, where no one died": nobody died)
_WOUNDED_THEN_DIED = re.compile(r"\s+(?:who\s+(?:was|were|had been)\s+)?(?:wounded|injured|hurt)\b[^.;]{0,100}?\b"
                                r"(?<!\bno one )(?<!\bnobody )(?<!\bnone )"
                                r"(?:(?:later|subsequently|has|have|had|also|then)\s+)*(?:died|succumbed)\b|"
                                # "a woman was wounded and later died in hospital"
                                r"\s+(?:was|were)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt)\b(?:[^.;,]{0,60}?)?\s+(?:and|but)\s+"
                                r"(?:(?:later|subsequently|then)\s+)*(?:died|succumbed)\b", re.I)
_LIST_RE = re.compile(_LIST_PLAIN, re.I)
# "one of them later died", "the driver later died": a death among the injured the sentence counted
# ("wounded two men; one, in critical condition, died on Monday": "one" right after the toll's semicolon)
_DIED_OF_INJURED = re.compile(r"\b(?P<n>one|two|three|[1-3](?![\d,.]\d))"
                              r"(?:\s+of\s+(?:them|whom|the\s+(?:injured|wounded|victims)\b"
                              rf"(?:{_ON_WEEKDAY})?)|"
                              r"(?<=;\sone)|(?<=;\stwo)|(?<=;\sthree))"
                              r"(?:\s*,[^,.;]{1,40},)?\s+(?:(?:later|subsequently|has|have|had|also|then|since|now)\s+)*"
                              r"(?:died|succumbed)\b", re.I)
_HARM_WORD = re.compile(r"\b(?:injur|wound|hurt|kill|dead|died)", re.I)

_WITH_WOUND = re.compile(rf"\b(?P<who>(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+)?(?:{_PERSON_ALT}))\s+with\s+"
                         r"(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:wounds?|injur(?:y|ies)|burns|fractures?|concussion)\b"
                         r"(?=\s+(?:had|has|was|were|is)\b)", re.I)
_NAMES_OF_THE = re.compile(rf"\bof\s+the\s+(?P<kind>dead|killed|injured|wounded)\s*,\s*(?P<n>{_NUM})\s+names\b", re.I)
# "first said three injured, then seven, and in the evening one of the seven died": one of the injured counted
_ONE_OF_THE_N_DIED = re.compile(rf"\b(one|two|three)\s+of\s+the\s+(?:{_NUM})\b(?=\s+(?:(?:later|subsequently|also|then|"
                                r"since|now)\s+)*(?:died|succumbed)\b)", re.I)


# "... three injured, and on Wednesday one of the injured died": the toll's clause, then a day after it
_AND_THEN = re.compile(r",\s+and\s+(?:(?:on|by)\s+[A-Z][a-z]+day\s+|later\s+|then\s+|since\s+)?$")


def _right_after_toll(sentence: str, at: int) -> bool:
    """Does the clause at ``at`` follow its sentence's toll right after a semicolon ("..., injuring 6; one of the
    injured, a woman, died in hospital")? The sentence's own count then tells who died, not an update."""
    return (";" in sentence[max(0, at - 3):at] or _AND_THEN.search(sentence, max(0, at - 30), at) is not None) \
        and bool(_HARM_WORD.search(sentence, 0, at))


def _of_the_injured(sentence: str, m: re.Match) -> bool:
    """The people a :data:`_DIED_OF_INJURED` match counts from, "them" or "whom", are the injured counted just
    before ("wounding 17, two of whom ...")."""
    if re.search(r"injured|wounded|victims", m.group(0), re.I) and not _right_after_toll(sentence, m.start()):
        return False  # ("one of the wounded died": what a later clause updates, see casualty_update)
    words = _HARM_WORD.findall(sentence, max(0, m.start() - 60), m.start())
    if not words or words[-1].lower() not in ("injur", "wound", "hurt"):
        return False
    # ("..., two of whom later died: five dead in all": the dead counted again after them, with them)
    return not any(w.lower() in ("kill", "dead") for w in _HARM_WORD.findall(sentence, m.end()))


# "one of the wounded, a woman, had died in hospital", "one more injured man died": the injured are fewer by them
# ("one of the two wounded on Monday died in hospital": of the two told hurt that day)
# ("One of the two died on Monday": of the two told hurt)
_INJURED_DIED = re.compile(r"\b(?P<n>one|two|three|four|five)(?:\s*\(\d\))?\s+(?:more\s+)?(?:(?:of\s+the\s+"
                           # ("one of the two neighbours hurt on Thursday died")
                           rf"(?:{FEW}(?:\s*\(\d{{1,2}}\))?\s+(?:[a-z]+\s+)?)?)?(?:injured|wounded|hurt)\b|"
                           rf"of\s+the\s+{FEW}\b"
                           # ("One of the two in Kharkiv died on Tuesday": the two told hurt there)
                           rf"(?:\s*\(\d{{1,2}}\))?(?={_AT_PLACE}?\s+(?:later\s+|since\s+|then\s+)?died\b))"
                           # ("one of the two hurt in Ochakiv on Thursday died")
                           rf"{_AT_PLACE}?(?:{_ON_WEEKDAY}|\s+[a-z]+)?"
                           r"(?:\s*,[^,.;]{1,40},)?\s+"
                           r"(?:(?:later|subsequently|has|have|had|also|then|since|now)\s+)*(?:died|succumbed)\b", re.I)
# "the driver has died of his wounds", "a man injured in the attack died in hospital", "the driver later died":
# someone the text counted among the injured is dead
_HURT_DIED = re.compile(r"\b(?:died|succumbed)\s+(?:later\s+)?(?:of|from|to)\s+(?:his|her|their|the)\s+"
                        r"(?:wounds|injuries)\b|"
                        r"\b(?:injured|wounded|hurt)\s+(?:in|during|by|when|at)\b[^.;]{0,80}?\b"
                        r"(?:(?:later|subsequently|has|have|had|also|then|since)\s+)*(?:died|succumbed)\b|"
                        rf"\bthe\s+(?:[\w-]+\s+)?(?:{_PERSON_ALT})\s+(?:(?:later|subsequently|has|have|had|since)\s+)+died\b|"
                        # "the Nikopol man died in hospital on Monday"
                        rf"\bthe\s+(?:[\w-]+\s+)?(?:{_PERSON_ALT})\s+died\s+in\s+(?:the\s+)?hospital\b|"
                        # "the Myrnohrad neighbour, hurt on Monday, died in hospital"
                        rf"\bthe\s+(?:[\w-]+\s+)?(?:{_PERSON_ALT}),\s+(?:hurt|injured|wounded)\b[^,.;]{{0,40}},\s+"
                        r"(?:(?:later|since|then)\s+)?died\b",
                        re.I)
_LATER_DIED = re.compile(r"^(?:the|one of)\b.*\b(?:later|subsequently)\b|\bdied\s+(?:later|in\s+(?:the\s+)?hospital|"
                         # "wounded a local man and an aid worker, and the local man died that night"
                         r"overnight|(?:that|the\s+same|the\s+following|the\s+next)\s+(?:night|evening|day|morning|"
                         r"afternoon))", re.I)
_ORDINALS = {w: n for w, n in ORDINALS.items() if 2 <= n <= 10}  # "a second" .. "a tenth"
_ORDINALS.update({f"{n}{'nd' if n == 2 else 'rd' if n == 3 else 'th'}": n for n in range(2, 11)})  # "a 3rd"
_ORDINAL_WORDS = tuple(_ORDINALS)
_NTH = "|".join(_ORDINALS)
# "a third victim died in hospital", "a fourth person has died": the toll is now the ordinal
_ORDINAL_DEATH = re.compile(rf"\ba\s+(?P<nth>{_NTH})\s+(?:(?:{_PERSON_ALT}|victim)\s+"
                            r"(?:(?:of|from|in)\s+[^.;,]{0,40}?\s+)?)?"
                            # ("killing two, with a third dying in hospital the next day")
                            r"(?:(?:has|had|later|also|then|subsequently)\s+)*(?:died|dying|succumbed|was\s+killed|"
                            r"(?:has|had)\s+been\s+killed)\b", re.I)
# "injuring three people. A fourth was hurt by falling glass": one more hurt
_ORDINAL_HURT = re.compile(rf"\ba\s+(?P<nth>{_NTH})(?:\s+(?:{_PERSON_ALT}|victim))?\s+"
                           # ("A fourth person was found hurt in a garage later that evening")
                           r"(?:(?:was|has\s+been|had\s+been)\s+(?:also\s+)?(?:found\s+)?(?:\w+ly\s+)?"
                           r"(?:hurt|injured|wounded)|"
                           r"suffered\s+(?:\w+\s+)?(?:injuries|wounds))\b", re.I)
# the body of one more found ("rescuers found a second body", "the body of a 3rd was found under a shed"): one more
# dead, whoever the ordinal counted before (the dead, or the dead and the hurt)
_NTH_BODY = re.compile(rf"\b(?:found|recovered|pulled\s+out|retrieved)\s+"
                       rf"(?:the\s+body\s+of\s+a\s+(?P<a>{_NTH})(?![\w-])"
                       rf"(?!\s+(?:floor|storey|story|house|block|building|entrance)\b)|a\s+(?P<b>{_NTH})\s+body)\b|"
                       rf"\b(?:the\s+body\s+of\s+a\s+(?P<c>{_NTH})(?:\s+(?:{_PERSON_ALT}|victim))?|"
                       rf"a\s+(?P<d>{_NTH})\s+body)"
                       r"\s+(?:was|has\s+been|had\s+been)\s+(?:found|recovered|pulled\s+out|retrieved)\b", re.I)
_NTH_FOUND_DEAD = re.compile(rf"\ba\s+(?:{_NTH})\s+(?:{_PERSON_ALT}|victim)\s+"
                             r"(?:(?:of|from|in|at)\s+[^.;,]{0,40}?\s+)?(?:was|has\s+been|had\s+been)\s+"
                             r"found\s+dead\b", re.I)
# (not when the sentence gives the toll: "Toll raised from 1/4 after a second body was found", the body told as why)
_TOLL_TOLD = ("toll", "raise", "revis", "count", "figure", "number")


def _one_more_body(sentence: str, lowered: str, toll_told: bool = False) -> int:
    """The ordinal of one more body found (:data:`_NTH_BODY`) when the sentence tells no toll word (``toll_told``:
    when it does, "corrects the Novohrodivka figure: a fourth body was found"), else 0."""
    if not has_any(lowered, _ORDINAL_WORDS) or has_any(lowered, _TOLL_TOLD) != toll_told:
        return 0
    m = _NTH_BODY.search(sentence)
    return 0 if m is None else _ORDINALS[next(g for g in m.groups() if g).lower()]


def _list_before(sentence: str, end: int) -> re.Match | None:
    """The longest list of people that ends at ``end``."""
    for start in _WORD_START.finditer(sentence, max(0, end - 80), end):
        m = _LIST_RE.match(sentence, start.start(), end)
        if m is not None and m.end() == end:
            return m
    return None


def _subjects(sentence: str):
    """Matches of :data:`_SUBJECT_FIRST`, tried only at word starts shortly before a verb (a plain
    ``finditer`` tries the long noun alternations at every character and is slow), and only where a
    match can start (see :func:`_may_start_subject`)."""
    done = 0
    lowered = sentence.lower()
    low = fold(sentence)
    any_word = "year-old" in low  # "a 45-year-old": any word can start such a list
    for verb in _PASSIVE_VERB_LOW.finditer(low):
        if verb.end() <= done:
            continue
        window = max(done, verb.start() - 110)
        if not _PEOPLE_WORDS.intersection(_WORDS.findall(lowered, window, verb.start())):
            continue  # a list of people ends with a word for people
        first = None  # the longest list; a later start when the longest has no count ("Rebels ... say
        for start in _WORD_START.finditer(sentence, window, verb.start()):  # commander is killed")
            if not any_word and not _may_start_subject(sentence, low, start.start()):
                continue
            m = _SUBJECT_FIRST.match(sentence, start.start(), verb.end() + 30)
            if m is not None and m.start("verb") <= verb.start() < m.end("verb") + 1:
                first = first or m
                if _list_count(m.group("list"))[0][1] is not None:
                    first = m
                    break
        if first is not None:
            yield first
            done = first.end()


# the words a list of people can start with (its determiners, qualifiers, numbers, modifiers and nouns): a
# match of _SUBJECT_FIRST starts with one of them, a number, a capitalised word or an age ("45-year-old")
_SUBJECT_WORDS = frozenset(re.findall(r"[a-z]+", " ".join(
    [_DET, _QUAL, _VAGUE_WORDS, *UNITS, *TENS, *_MOD_WORDS[0], *_MOD_WORDS[1], "staff crew couple family pair",
     *PERSONS, *PERSONS_PLURAL])))
_RUN = re.compile(r"\w+")


def _may_start_subject(sentence: str, low: str, at: int) -> bool:
    """Can a match of :data:`_SUBJECT_FIRST` start at the word start ``at``? False only where its
    first word (``low`` is the folded sentence) is none of the pattern's words, no number and not
    capitalised (its ages, "45-year-old", are left to the caller)."""
    run = _RUN.match(low, at)
    word = run.group() if run else ""
    return word in _SUBJECT_WORDS or word[:1].isdigit() or "A" <= sentence[at] <= "Z"


# where a match of _VERB_FIRST can start: the beginnings of its verbs, in the folded sentence
_VERB_FIRST_AT = re.compile(r"\b(?:kill|wound|injur|hurt|shot dead|claimed the|took the)")
# the verb and the white space after it (the pattern up to its list): where the list of people must start
_VERB_FIRST_HEAD = re.compile(_VERB_FIRST.pattern[:_VERB_FIRST.pattern.index("(?P<list>")], re.I)
assert _VERB_FIRST_HEAD.pattern.endswith(r")\s+"), "the list of _VERB_FIRST follows its verb's white space"


def _verb_first(sentence: str):
    """The matches of :data:`_VERB_FIRST`, as ``finditer`` finds them, tried only where one of its
    verbs starts (its long noun alternations are slow to try at every character) and is followed by
    a word a list of people can start with (see :func:`_may_start_subject`)."""
    end = 0
    low = fold(sentence)
    any_word = "year-old" in low  # "a 45-year-old": any word can start such a list
    for at in _VERB_FIRST_AT.finditer(low):
        if at.start() < end:
            continue
        head = _VERB_FIRST_HEAD.match(sentence, at.start())
        if head is None or head.end() == len(sentence) or \
                (not any_word and not _may_start_subject(sentence, low, head.end())):
            continue  # "killed in ...", "wounded.": no list of people can follow
        m = _VERB_FIRST.match(sentence, at.start())
        if m is not None:
            end = m.end()
            yield m


def _last_word(sentence: str, end: int) -> int:
    """Where the last word before ``end`` starts (after the white space before ``end``): the only
    place a match of :data:`_ADJECTIVE_BEFORE` (a word, then white space up to ``end``) can start."""
    head = sentence[:end].rstrip()
    return len(head) - len(head.rsplit(None, 1)[-1]) if head else 0


def word_kind(word: str) -> str | None:
    """"killed" or "injured" for a word that says which ("died", "wounded"), else None."""
    w = word.lower()
    if w in KILLED:
        return "killed"
    if w in INJURED:
        return "injured"
    return None


def _verb_kind(verb: str) -> str:
    v = verb.lower()
    if v.startswith(("suffered", "sustained", "received")):
        return "killed" if "fatal" in v or "mortal" in v else "injured"
    return "killed" if v.startswith(("kill", "die", "dead", "shot", "claimed", "took", "lost", "found", "bodies")) \
        else "injured"


def _in_care(verb: str) -> bool:
    """"hospitalised", "taken to hospital", "remain in hospital": a count of people in care."""
    return "hospital" in verb.lower()


def _np_count(m: re.Match) -> tuple[int | None, int | None, int | None]:
    """(low, best, high) of one noun phrase."""
    if m.group("bare"):
        return None, None, None  # "civilians": a plural without a number
    if m.group("num"):
        rng = read_range([*(m.group("q") or "").split(), m.group("num")], 0)
        return (rng[0], rng[1], rng[2]) if rng else (None, None, None)
    if m.group("bsg"):
        size = _GROUP_SIZES.get(m.group("bsg").lower(), 1)
        return size, size, size
    noun = m.group("sg").lower()
    if m.group("of") and noun in ("family", "household", "crew", "group", "couple"):  # "a man of 70" is his age
        of = read_range([m.group("of")], 0)
        value = of[1] if of else None
        return value, value, value
    if noun in _GROUP_SIZES:
        return _GROUP_SIZES[noun], _GROUP_SIZES[noun], _GROUP_SIZES[noun]
    if noun in ("family", "household", "crew"):
        return None, None, None
    return 1, 1, 1


_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|plus\s+)?|\s+and\s+|\s+as well as\s+|\s+plus\s+", re.I)
_BARE_RE = re.compile(_BARE, re.I)


def _is_civilian(phrase: str) -> bool:
    words = re.findall(r"[a-z]+", phrase.lower())
    return bool(words) and words[-1] in CIVILIANS


# a group counted by its size, whose members a list may name after it
_GROUP_HEAD = re.compile(r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:family|household)\s+of\s+\w+\s*,|"
                         r"[\w-]+\s+(?:people|persons|civilians|residents|relatives|family\s+members)\s*,", re.I)


def _list_count(text: str) -> tuple[tuple[int | None, int | None, int | None], int]:
    """(low, best, high) of a list of noun phrases, and how many of them the nouns call civilians."""
    counts, civilians = [], 0
    for part in _SEPARATOR.split(text.strip()):
        m = _NP_RE.fullmatch(part)
        if m is not None:
            counts.append(_np_count(m))
        elif _BARE_RE.fullmatch(part):  # "Ukrainian soldier", "militia member"
            counts.append((1, 1, 1))
        else:
            return (None, None, None), 0
        if counts[-1][1] is not None and _is_civilian(part):
            civilians += counts[-1][1]
    if not counts or any(c[1] is None for c in counts):
        return (None, None, None), 0
    if len(counts) > 2 and _GROUP_HEAD.match(text.strip()) and counts[0][1] == sum(c[1] or 0 for c in counts[1:]):
        return counts[0], civilians  # "a family of three, parents and a teenage son": the group, then its members
    low = None if any(c[0] is None for c in counts) else sum(c[0] or 0 for c in counts)
    high = None if any(c[2] is None for c in counts) else sum(c[2] or 0 for c in counts)
    return (low, sum(c[1] or 0 for c in counts), high), civilians


def _add(out: dict, kind: str, rng: tuple) -> None:
    if kind not in out:
        out[kind] = tuple(rng)
        return
    old = out[kind]
    out[kind] = tuple(None if a is None or b is None else a + b for a, b in zip(old, rng, strict=True))


# a person named with an age: "Olena Ivanenko, 45, was killed", "Vira LYSENKO, 68, and her grandson Maksym, 15,"
# ("Oksana P., 33, hurt in Ochakiv": a first name and an initial)
_AGED_NAME = re.compile(r"\b(?-i:(?:[A-Z][a-z]+\s+)?[A-Z][A-Za-z'’-]+|[A-Z][a-z]+\s+[A-Z]\.),\s+(\d{1,2}),"
                        r"(?=\s+(?:was|were|is|killed|died|"
                        r"injured|wounded|hurt|and|a|an|the|his|her|who)\b)")
_NOT_NAMES = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                        "february", "march", "april", "may", "june", "july", "august", "september", "october",
                        "november", "december", "total", "killed", "injured", "wounded", "dead", "aged", "age"))
# a death notice's heading: "KOVALCHUK, Petro Andriiovych, ...", "SYDORENKO, Hanna and Mykola, a couple ..."
_OBITUARY = re.compile(r"^\s*(?-i:[A-Z]{3,}[A-Z'’-]*),\s+(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?"
                       r"(?P<and>\s+and\s+(?-i:[A-Z][a-z]+))?,")
# ("two brothers, Oleksii, 17, and Denys, 14, killed": a counted group, then its people by name)
_KIN_BEFORE_NAMED = re.compile(r"\b(?:(?:his|her|their)\s+[a-z]+s\s+|"
                               r"(?:two|three|four|five|six|both)\s+(?:[\w-]+\s+){0,2}?[a-z]+s\s*,\s+)"
                               r"(?=a person aged)")
_OBITUARY_VERB = re.compile(r"\b(?:killed|died)\b", re.I)


def _named_people(sentence: str) -> str:
    """People named with their age read as people ("Olena Ivanenko, 45, was killed" -> "a person aged 45 was
    killed"), so that they are counted."""
    def person(m: re.Match) -> str:
        name = m.group().split(",")[0].split()
        if name[-1].lower() in _NOT_NAMES or name[0].lower() in ("in", "at", "on", "near", "from") \
                or sentence[max(0, m.start() - 3):m.start()].lower() in ("in ", "at "):
            return m.group()  # "On Monday, 5, ...", "In Kherson, 12, ...": a day or place, not a name
        return f"a person aged {m.group(1)}"

    def aside(m: re.Match) -> str:  # "a couple from Bilozerka, Andrii and Iryna D., killed": the people, named
        before = [w.lower().strip(",.") for w in m.string[max(0, m.start() - 40):m.start()].split()[-3:]]
        return "" if any(w in _PEOPLE_WORDS for w in before) else m.group()

    sentence = _NAMES_ASIDE.sub(aside, sentence)
    named = _AGED_NAME.sub(person, sentence)
    # "her grandsons Maksym, 15, and Artem, 13": the relatives are the people named after them
    return _KIN_BEFORE_NAMED.sub("", named) if named != sentence else named


# ", Andrii and Iryna D., killed", ", Oksana K., was injured": first names (an initial after) set off before the verb
_NAMES_ASIDE = re.compile(r",\s+[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+and\s+[A-Z][a-z]+(?:\s+[A-Z]\.)?)?\s*,"
                          r"(?=\s+(?:killed|injured|wounded|hurt|died|was|were|who)\b)")


_REVISED_TO = re.compile(r"\b(?:revis|updat|correct|rais|lower)(?:es|ed|ing|e)\s+(?:it|them|this|that)\s+"
                         r"(?:(?:up|down|upwards?|downwards?)\s+)?to\b|"
                         # "the city had three dead; its evening update says seven dead": a later figure
                         r"\b(?:update|updated figures?|later figures?|latest figures?|revised figures?)\s+"
                         r"(?:says|said|gives|gave|puts|put|lists|listed|reports|reported|shows|showed)\b|"
                         # "a second woman died of her wounds, which makes two killed and two wounded", "a further
                         # wounded man was added, so wounded 4": a running total
                         r"\b(?:which|that|this)\s+makes\b|,\s+so\s+(?=(?:killed|wounded|injured|dead)\s+\d)", re.I)


# "first given as three wounded and corrected to two", "injuring four; the governor raised that to six": a figure
# revised with no word for whom, which is the count told just before it
_REVISED_BARE = re.compile(rf"\b(?:revis|correct|rais|lower|updat)(?:es|ed|ing|e)\s+"
                           r"(?:(?:it|them|this|that|the\s+(?:figure|count|number))\s+)?"
                           rf"(?:(?:up|down|upwards?|downwards?)\s+)?to\s+(?P<n>\d{{1,3}}|{_NUM_WORDS})\b"
                           r"(?:\s*\(\d{1,3}\))?(?![^.;]*\b(?:dead|killed|died|injured|wounded|hurt|casualties)\b)",
                           re.I)
_COUNT_BEFORE = re.compile(rf"\b(?P<n>(?:\d{{1,3}}|{_NUM_WORDS})(?:\s*\(\d{{1,3}}\))?)\s+(?:people\s+|persons\s+)?"
                           r"(?:dead|killed|died|injured|wounded|hurt)\b|"
                           rf"\b(?:killing|injuring|wounding|hurting)\s+(?P<n2>(?:\d{{1,3}}|{_NUM_WORDS})"
                           r"(?:\s*\(\d{1,3}\))?)(?=\s*[,;])", re.I)


def _count_kind(count: re.Match) -> str | None:
    """"killed" or "injured": the kind of a :data:`_COUNT_BEFORE` count."""
    return word_kind(count.group().split()[-1 if count.group("n") else 0])


def _count_value(count: re.Match) -> int | None:
    """The figure of a :data:`_COUNT_BEFORE` count ("three (3)" is three)."""
    return word_number((count.group("n") or count.group("n2")).split()[0])


def _revised_bare_read(sentence: str, bare: re.Match) -> str:
    """The sentence with the last count before :data:`_REVISED_BARE` given its revised figure, and the revision
    itself dropped; the sentence as it stands when no count comes before it."""
    counts = list(_COUNT_BEFORE.finditer(sentence, 0, bare.start()))
    if not counts:
        return sentence
    last = counts[-1]
    if len(counts) > 1 and _count_kind(counts[-2]) == _count_kind(last) \
            and _count_value(counts[-2]) == word_number(bare.group("n")):
        # "3 wounded; first given as 4 wounded and corrected to 3": the revision ends on the count already told
        return sentence[:last.start()] + sentence[bare.end():]
    n = "n" if last.group("n") else "n2"
    return (sentence[:last.start(n)] + bare.group("n") + sentence[last.end(n):bare.start()]
            + sentence[bare.end():])


# a coder's field written as key=value ("[fatalities=1] [injured=3]"): the count of that kind, whatever the prose says
_FIELD_TAG = re.compile(r"\[?\b(?P<key>fatalities|killed|deaths|dead|injured|wounded|injuries)\s*=\s*"
                        r"(?P<n>\d{1,5})\b\]?", re.I)


# a list's item label: "(2) Two residents were killed", "3) a drone hit ...", "...; (4) shelling killed one"
_LIST_LABEL = re.compile(r"(?:^|(?<=[;:.]\s))\s*\(?\d{1,2}\)\s+")


# vague words for a count ("several", "dozens"), and the least each can mean
_VAGUE_LEAST = {"several": 2, "many": 2, "numerous": 2, "a number of": 2, "a few": 2, "few": 2, "dozens": 24,
                "scores": 40, "hundreds": 200, "tens": 20}
_VAGUE_INJURED = re.compile(r"\b(several|many|numerous|a number of|a few|dozens|scores|hundreds|tens)\b(?:\s+of)?"
                            r"(?:\s+[a-z-]+['’\"”]?){0,2}?\s+(?:(?:were|have been|had been|was)\s+)?"
                            # ("'several residents' were cut by glass")
                            r"(?:injured|wounded|hurt|cut)\b|"
                            r"\b(?:injuring|wounding|injured|wounded|hurting|hurt)\s+"
                            r"(several|many|numerous|a number of|a few|dozens|scores|hundreds|tens)\b", re.I)


def find_casualty_ranges(sentence: str) -> dict[str, tuple[int | None, int | None, int | None]]:
    """``{"killed": (low, best, high), "injured": (...)}`` with only the counts the sentence states.
    A figure given as an earlier report ("not four as reported earlier", "correcting an earlier toll of
    four") is left out when the sentence states a current one. Injured told only by a vague word ("injuring
    several", "dozens were wounded") have no best estimate, only the least the word means: ACLED's values for
    vague numbers are for fatalities, which it codes, not for the injured, which it does not."""
    found = _casualty_ranges(sentence)
    injured = found.get("injured")
    if injured is not None and injured[0] is None and injured[2] is None and injured[1] is not None \
            and (vague := _VAGUE_INJURED.search(sentence)) is not None:
        word = (vague.group(1) or vague.group(2)).lower()
        found["injured"] = (_VAGUE_LEAST.get(word, 2), None, None)
    told = [k for k in ("killed", "injured") if k in found]
    if (" only " in sentence or " sole " in sentence) and len(told) == 1 and found[told[0]][1] \
            and _ONLY_VICTIM.search(sentence):
        # "killed the tractor driver, its only victim": nobody was hurt the other way
        found["injured" if told[0] == "killed" else "killed"] = (0, 0, 0)
    return found


_ONLY_VICTIM = re.compile(r"\b(?:its|the|their|the\s+attack['’]s|the\s+strike['’]s)\s+(?:only|sole)\s+"
                          r"(?:victim|casualty)\b", re.I)


def _casualty_ranges(sentence: str) -> dict[str, tuple[int | None, int | None, int | None]]:
    """:func:`find_casualty_ranges` before the vague injured are read as unknown."""
    if "=" in sentence and (tags := list(_FIELD_TAG.finditer(sentence))):
        found = find_casualty_ranges(_FIELD_TAG.sub(" ", sentence))
        for tag in tags:
            n = int(tag.group("n"))
            found[word_kind(tag.group("key")) or "injured"] = (n, n, n)
        return found
    if ")" in sentence and _LIST_LABEL.search(sentence) is not None:
        sentence = _LIST_LABEL.sub(" ", sentence)  # "(2) Two residents were killed": two, not four
    sentence = _shorthand_read(sentence)
    lowered = sentence.lower()
    if " stood empty" in lowered and not _PASSIVE_VERB.search(sentence) and _STOOD_EMPTY.search(sentence):
        # "burning four houses that had stood empty since the summer": nobody there, so nobody hurt
        sentence = _STOOD_EMPTY.sub(", and no one was hurt", sentence)
        lowered = sentence.lower()
    ordinal = _ORDINAL_DEATH.search(sentence) if has_any(lowered, _ORDINAL_WORDS) else None
    if ordinal is None and not has_any(lowered, _CASUALTY_STEMS) and "medical" not in lowered \
            and "treating" not in lowered and not ("patients" in lowered and " arrived" in lowered) \
            and not (has_any(lowered, _HURT_HOW_WORDS) and _HURT_HOW.search(sentence)):
        return {}  # no word of casualties, and none the rewriting below could bring ("sought medical help")
    if ";" in sentence and has_any(lowered, _TELLER_WORDS) and (told := _tellers_figures(sentence)) is not None:
        return told
    if has_any(lowered, ("revis", "updat", "correct", "raise", "raising", "lower", " makes ", " so ")):
        # "gives the toll as two dead and seven injured; 19:05 — the city revises it to three dead": the revised one
        revised = [m.start() for m in _REVISED_TO.finditer(sentence)]
        if revised and has_any(sentence[revised[-1]:].lower(), ("dead", "kill", "injur", "wound", "died", "hurt",
                                                                "casualt")):
            if revised[-1]:
                # (a kind the revision does not tell stands as told before it: "†2, 3 wounded; the evening update
                # gave †2")
                tail = _casualty_ranges(sentence[revised[-1]:])
                head = _casualty_ranges(sentence[:revised[-1]])
                return {**{k: v for k, v in head.items() if k not in tail}, **tail}
        elif (bare := _REVISED_BARE.search(sentence)) is not None:
            sentence = _revised_bare_read(sentence, bare)
    obituary = _OBITUARY.match(sentence)
    if "," in sentence:
        sentence = _named_people(sentence)
    sentence = _normalised(sentence)
    if obituary is not None and _OBITUARY_VERB.search(sentence, obituary.end()):
        # "KOVALCHUK, Petro, ..., killed on Monday when ...": the one (or two) the notice names, unless counted
        found = _earlier_left_out(sentence)
        if found.get("killed", (None, None, None))[1] is None:
            named = 2 if obituary.group("and") else 1
            found["killed"] = (named, named, named)
        return found
    if ordinal is None and (nth := _one_more_body(sentence, lowered)):
        found = _earlier_left_out(sentence)  # "rescuers found a second body": one more dead
        so_far = found.get("killed", (None, 0, None))[1]
        if not so_far:
            found["killed"] = (1, 1, None)
        elif so_far < nth:  # "killing one man; a second body was found next morning": the dead number two now
            found["killed"] = (nth, nth, None)
        return found
    if ordinal is None and (nth := _one_more_body(sentence, lowered, toll_told=True)):
        found = _earlier_left_out(sentence)  # "corrects the figure: a fourth body was found": the dead number four
        if found.get("killed") is None:
            found["killed"] = (nth, nth, None)
        return found
    if ordinal is not None:  # "a third victim died": the dead number three now
        found = _earlier_left_out(sentence)
        value = _ORDINALS[ordinal.group("nth").lower()]
        if (found.get("killed", (None, 0, None))[1] or 0) < value:
            found["killed"] = (value, value, None)
        return found
    return _earlier_left_out(sentence)


# "The prosecutor counts two dead; the butcher says three died": several tellers' figures for one toll
_TELLER_WORDS = ("says", "said", "count", "figure", "gives", "gave", "reports", "reported", "according to", "puts")
_TELLER = re.compile(r"\b(?:says|said|counts?|counted|figure|gives|gave|reports|reported|according to|puts)\b", re.I)
# ("first said two had died; by evening it counted three", "now says six are dead; an earlier count gave three": a
# figure revised, the current one stands)
_EARLIER_TOLD = re.compile(r"\b(?:first|initial|initially|earlier|previously|originally)\b", re.I)


def _tellers_figures(sentence: str) -> dict[str, tuple[int | None, int | None, int | None]] | None:
    """One toll told by several tellers, one to a clause ("the prosecutor counts two dead and six wounded; the
    butcher says three died"): the most conservative figure of each kind, as ACLED codes conflicting reports, or
    the latest when the text revises it ("first said two had died; by evening it counted three"); None when the
    clauses are not each a teller's figure of the same kind."""
    parts = [p for p in sentence.split(";") if p.strip()]
    if len(parts) < 2 or sum(1 for p in parts if _TELLER.search(p)) < 2:
        return None
    each = [find_casualty_ranges(p) for p in parts]
    earlier = [_EARLIER_TOLD.search(p) is not None for p in parts]
    out: dict[str, tuple[int | None, int | None, int | None]] = {}
    told_twice = False
    for kind in ("killed", "injured"):
        figures = [(e[kind], old) for e, old in zip(each, earlier, strict=True) if e.get(kind) and e[kind][1]]
        if len(figures) >= 2:
            told_twice = True
            current = [f for f, old in figures if not old]
            out[kind] = current[-1] if any(old for _, old in figures) and current else \
                min((f for f, _ in figures), key=lambda f: f[1] or 0)
        elif kind in (found := next((e for e in each if e.get(kind)), {})):
            out[kind] = found[kind]
    return out if told_twice else None


# a clause that gives a later figure for the toll told before it in the same sentence ("the city first said three
# dead, and its evening update says seven dead", "officials first reported three dead, later raising it to seven")
_LATER_FIGURE = re.compile(r"[,;]\s+(?:and\s+|but\s+)?(?:[\w'’-]+\s+){0,4}?(?:later|subsequently|now|then|"
                           r"by\s+(?:the\s+)?"
                           rf"(?:evening|morning|afternoon|nightfall|midday|noon|night)|(?:by|on)\s+(?:{_DAY_NAMES})|"
                           r"(?:[\w'’-]+\s+){0,2}?"
                           r"(?:update|updated\s+figure|revised\s+figure|latest\s+figure|new\s+figure))\b", re.I)
_THEN_N = re.compile(rf"\s*then\s+(?P<n>{_NUM})(?=\s*(?:[.;,)]|$))", re.I)
_FIRST_FIGURE = re.compile(r"\b(?:first|initially|at first|earlier|originally)\b", re.I)
# ("the first police post said three injured, and the hospital's list now has four")
_FIGURE_TO = re.compile(rf"\b(?:figure|number|toll|count|tally|it|list)\b[^.;,]{{0,40}}?\b(?:to|at|has|have|gives)\s+"
                        rf"(?P<n>(?:at least\s+)?{_NUM})(?=\s*(?:[.;,)]|$))", re.I)
# "..., on Monday they raised the injured to 13": the kind named after the verb
_KIND_TO = re.compile(rf"\b(?:raised|revised|updated|corrected|increased|lowered|put)\s+the\s+(?P<kind>injured|wounded|"
                      rf"dead|death toll)\s+(?:figure\s+|count\s+|toll\s+)?to\s+(?P<n>(?:at least\s+)?{_NUM})\b", re.I)
_ADDED = re.compile(r"\b(?:more|another|further|additional|second|third|also|other)\b", re.I)


def _later_figure(sentence: str) -> dict[str, tuple[int | None, int | None, int | None]] | None:
    """The counts of a sentence that first gives a figure and then a later one for the same toll, the later
    replacing the first kind by kind; None when the sentence does not read so."""
    later = [m for m in _LATER_FIGURE.finditer(sentence) if _FIRST_FIGURE.search(sentence, 0, m.start())]
    if not later:
        return None
    cut = later[-1].start()
    tail_text = sentence[cut + 1:]
    if _ADDED.search(tail_text) or _ALSO_HURT.search(tail_text):
        return None  # "..., and later two more died", "the driver was hurt too": people added, not a figure revised
    head, tail = _ranges(sentence[:cut]), _ranges(tail_text)
    if (named := _KIND_TO.search(tail_text)) is not None and \
            (value := read_range(named.group("n").split(), 0)) is not None and value[1] is not None:
        tail["killed" if named.group("kind").lower().startswith("dea") else "injured"] = value[:3]
    if len(head) == 1 and (then := _THEN_N.match(tail_text)) is not None:
        # "the regional head first said three injured, then seven": the one kind told before, now this many
        value = read_range(then.group("n").split(), 0)
        if value is not None and value[1] is not None:
            tail[next(iter(head))] = value[:3]
            died = _DIED_OF_INJURED.search(_normalised(tail_text)) if "injured" in head else None
            gone = (word_number(died.group("n")) or 0) if died is not None else 0
            if gone and value[1] > gone:  # "..., and one of the seven died"
                low, best, high = (None if v is None else v - gone for v in value[:3])
                tail["injured"] = (low, best, high)
    if len(head) == 1 and next(iter(head)) not in tail and (bare := _FIGURE_TO.search(tail_text)) is not None:
        # "..., later raising the figure to seven": the one kind told before
        value = read_range(bare.group("n").split(), 0)
        if value is not None and value[1] is not None:
            tail[next(iter(head))] = value[:3]
    if not any(k in head and k in tail for k in ("killed", "injured")):
        return None
    return {**head, **tail}


# "..., injuring 23, a figure raised to 26 the next day", "; the figure was later revised to 17 injured"
_FIGURE_RAISED = re.compile(rf"[,;]\s+(?:and\s+)?(?:a|the|that|this)\s+(?:figure|toll|count|number|tally)\s+"
                            rf"(?:that\s+)?"
                            rf"(?:(?:was|has been|had been|is|since|later|subsequently|then|now)\s+){{0,3}}"
                            rf"(?:raised|revised|updated|corrected|increased|lowered|put|rose|risen)\s+"
                            rf"(?:(?:up|down|upwards?|downwards?)\s+)?to\s+(?P<n>(?:at least\s+)?{_NUM})\b", re.I)
# "; police count one dead and six injured in that strike", "; the city's figure for that attack is two dead"
_TOTAL_FOR_EVENT = re.compile(r";[^;]*\b(?:counts?|counted|figures?|tally|toll)\b[^;.]*?\b(?:in|for|from)\s+"
                              r"(?:that|this|the same|the whole)\s+(?:strike|attack|shelling|bombing|blast|"
                              r"explosion|raid|barrage)\b", re.I)
_KIND_STEMS = {"killed": ("kill", "dead", "died", "death"), "injured": ("injur", "wound", "hurt")}


def _figure_replacing(sentence: str, cut: int, at: int) -> dict[str, tuple[int | None, int | None, int | None]] | None:
    """The counts of ``sentence`` before ``cut``, with those of a later figure (at ``at``) in place of them: the
    kind it names, or else the kind told last before it; None when either part counts nobody."""
    head, tail = _ranges(sentence[:cut]), _ranges(sentence[at:])
    value = read_range(sentence[at:].split(), 0)
    kinds = [kind for kind in head if kind in _KIND_STEMS]
    if kinds and not tail and value is not None and value[1] is not None:
        told = sentence[:cut].lower()
        tail = {max(kinds, key=lambda kind: max(told.rfind(w) for w in _KIND_STEMS[kind])): value[:3]}
    return {**head, **tail} if head and tail else None


# ", so the row holds five wounded", ", so Kherson keeps two wounded", "; ..., so 1 killed and 3 wounded": a coder
# restates the total after the counts it adds up (not "so far", "so that")
_RESTATED = re.compile(rf"[,;]\s+so\s+(?:(?:(?:the\s+)?(?:row|entry|record|total|tally|event|line)|"
                       rf"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+(?:now\s+)?"
                       rf"(?:holds|keeps|has|gets|takes|carries|records|shows|stands\s+at|reads|is|goes\s+to)\s+"
                       rf"(?P<n>(?:at least\s+)?{_NUM})\b(?!\s+(?:of|per|more|others|other|and)\b)|"
                       rf"(?P<n2>{_NUM})\s+(?:killed|dead|wounded|injured|hurt)\b)", re.I)


def _earlier_left_out(sentence: str) -> dict[str, tuple[int | None, int | None, int | None]]:
    """:func:`_ranges` of the sentence without a figure it gives as an earlier report, if it states a
    current one."""
    if _FIRST_FIGURE.search(sentence) and (revised := _later_figure(sentence)) is not None:
        return revised
    current = _TOLL_FROM.sub("", _EARLIER_FIGURE.sub("", sentence)) if _EARLIER_HINT_LOW.search(fold(sentence)) \
        else sentence
    if current != sentence:
        found = _ranges(current)
        if any(k in found for k in ("killed", "injured")):
            return found
    if ";" in sentence and (total := _TOTAL_FOR_EVENT.search(sentence)) is not None:
        # "two women were injured when a bomb hit the shop; police count one dead and six injured in that strike":
        # the toll of the whole attack, the people told before among them
        cut = total.start()
        head, tail = _ranges(sentence[:cut]), _ranges(sentence[cut + 1:])
        if head and tail:
            return {**head, **tail}
    if " so " in sentence and (restated := _RESTATED.search(sentence)) is not None \
            and (totals := _figure_replacing(sentence, restated.start(),
                                             max(restated.start("n"), restated.start("n2")))) is not None:
        # "..., and a second barrage hurt a further three, so the row holds five wounded": a coder's total
        return totals
    if (raised := _FIGURE_RAISED.search(sentence)) is not None \
            and (totals := _figure_replacing(sentence, raised.start(), raised.start("n"))) is not None:
        # "killing four and injuring 23, a figure raised to 26 the next day"
        return totals
    if "toll" in sentence:
        # "one was killed and 28 injured; the next day the toll rose to two dead and 41 injured": the risen
        # toll replaces the counts told before it, kind by kind
        m = _TOLL.search(sentence)
        cut = max(sentence.rfind(";", 0, m.start()), sentence.rfind(",", 0, m.start())) if m else -1
        if cut > 0:
            head, tail = _ranges(sentence[:cut]), _ranges(sentence[cut + 1:])
            if head and tail:
                return {**head, **tail}
    return _ranges(sentence)


_OWN_VERB_AFTER = frozenset(("were", "was", "are", "is", "had", "have", "has", "left", "fled"))
_AUXILIARY = re.compile(r"\b(?:was|were|is|are|been|being|got|has|have|had)\b", re.I)
_ACTIVE_VERBS = ("killed", "shot dead", "wounded", "injured", "hurt")


def _agent(sentence: str, m: re.Match) -> bool:
    """Is a subject read before a bare participle the doer of an active verb whose people follow it ("A soldier
    killed a man", "A sniper wounded two women"), not the people killed (headline "Soldier killed in shelling")?"""
    if m.group("verb").lower() not in _ACTIVE_VERBS or _AUXILIARY.search(sentence, m.end("list"), m.start("verb")):
        return False
    after = _LIST_RE.match(sentence, m.end("verb") + 1) if sentence[m.end("verb"):m.end("verb") + 1] == " " else None
    return after is not None and _list_count(after.group())[0][1] is not None


def _ranges(sentence: str) -> dict[str, tuple[int | None, int | None, int | None]]:
    """:func:`find_casualty_ranges` of a normalised sentence."""
    out: dict[str, tuple] = {}
    fallback: dict[str, tuple] = {}  # people in care, or among the dead: counts when no other count says so
    died_of_injured = 0  # "...were injured; the driver later died": one of the injured is dead
    spans: list[tuple[int, int]] = []
    civ = subset_civ = 0  # killed people the sentence calls civilians; those named within a total
    lowered = sentence.lower()
    recovered = ("bod" in lowered and _RUBBLE.search(sentence) is not None
                 and "exhum" not in lowered and "grave" not in lowered)
    # (whether the sentence gives a tally over time, read once)
    tally = _tally_clause(sentence) if not recovered and has_any(lowered, _CUMULATIVE_STEMS) else None
    if tally is not None and tally[0] > 0 and has_any(sentence[:tally[0]].lower(), _CASUALTY_STEMS):
        # "a drone wounded the driver; the city says 112 have been wounded there since the start of autumn": the
        # clause before the tally tells the attack's own
        sentence = sentence[:tally[0]] + sentence[tally[1]:]
        lowered = sentence.lower()
        tally = _tally_clause(sentence) if has_any(lowered, _CUMULATIVE_STEMS) else None
    if not has_any(lowered, _CASUALTY_STEMS) or (tally is not None and not _SUPERLATIVE.search(sentence)) or (
            has_any(lowered, ("corroborat", "confirm", "verif", "substantiat")) and _DOUBTED.search(sentence)) or (
            has_any(lowered, ("claim", "figure of")) and _QUOTED_CLAIM.search(sentence)):
        return out
    if "claim" in lowered:
        sentence = _CLAIMED_QUOTE.sub("", _ENEMY_CLAIM.sub("", sentence))
        lowered = sentence.lower()
    if "ly" in lowered or "condition" in lowered or " in the " in lowered:
        sentence = _HOW_BADLY.sub("", sentence)
        lowered = sentence.lower()
    if ", many " in lowered or ", most " in lowered:
        sentence = _WHERE_MOST.sub("", sentence)
        lowered = sentence.lower()
    if "includ" in lowered or "among" in lowered or " of " in lowered:
        sentence = _INSERTED_SUBSET.sub("", sentence)
        lowered = sentence.lower()
    combined = [m.span() for m in _COMBINED.finditer(sentence)] if (" and " in lowered or " or " in lowered) else []
    verb_first = has_any(lowered, ("kill", "wound", "injur", "hurt", "shot dead", "lives of", "life of"))
    inverted = _INVERTED_LOW.finditer(fold(sentence)) if verb_first or "dead" in lowered or "hospital" in lowered \
        else ()
    for m in inverted:  # offsets and verb as in ``sentence`` (the verb is read in lower case)
        people = _LIST_RE.match(sentence, m.end())  # "Injured ... were two women and a man"
        rng = _list_count(people.group())[0] if people else (None, None, None)
        if people and rng[1] is not None:
            spans.append(people.span())
            _add(fallback if _in_care(m.group("verb")) else out, _verb_kind(m.group("verb")), rng)
    if "among" in lowered:
        for m in _AMONG_AFTER.finditer(sentence):
            people = _list_before(sentence, m.start())
            rng = _list_count(people.group())[0] if people else (None, None, None)
            if people and rng[1] is not None:
                spans.append(people.span())
                _add(fallback, _verb_kind(m.group("verb")), rng)
        for m in _AMONG_TOTAL.finditer(sentence):
            total = read_range(m.group("num").split(), 0)
            if total is not None:
                link = _LINK_BEFORE.search(sentence, max(0, m.start() - 20), m.start())
                people = _list_before(sentence, link.start()) if link else None
                spans.append((people.start() if people else m.start(), m.end()))
                _add(out, _verb_kind(m.group("verb")), total[:3])
        for m in _AMONG_FIRST.finditer(sentence):
            people = _LIST_RE.match(sentence, m.end())
            rng = _list_count(people.group())[0] if people else (None, None, None)
            if people and rng[1] is not None:
                spans.append(people.span())
                _add(fallback, _verb_kind(m.group("verb")), rng)
    if ("died" in lowered or "succumbed" in lowered) and verb_first:
        for m in _WOUNDED_THEN_DIED.finditer(sentence):
            people = _list_before(sentence, m.start())
            rng = _list_count(people.group())[0] if people else (None, None, None)
            if people and rng[1] is not None and not any(x < m.end() and people.start() < y for x, y in spans):
                spans.append((people.start(), m.end()))
                _add(out, "killed", rng)
    for pattern in (_VERB_FIRST, _SUBJECT_FIRST):
        if pattern is _VERB_FIRST and not verb_first:
            continue
        for m in (_verb_first(sentence) if pattern is _VERB_FIRST else _subjects(sentence)):
            if pattern is _VERB_FIRST and \
                    (adjective := _ADJECTIVE_BEFORE.search(sentence, _last_word(sentence, m.start()), m.start())) \
                    and not (adjective.group().lower().startswith("that") and _verb_kind(m.group("verb")) == "killed"
                             and _COUNTED_LIST.match(m.group("list"))
                             and _ATTACK_THAT.search(sentence, max(0, m.start() - 130), m.start())
                             and not _BACKGROUND_BEFORE.search(sentence, max(0, m.start() - 60), m.start())):
                # ("a glide bomb on Tuesday that killed the owner", "the shelling of Bilopillia that killed the
                # postman": the verb of a relative clause on the attack, unless the attack is told as the time of
                # another: "a week after the strike that killed a teacher")
                continue  # "two wounded soldiers", "the injured driver": an adjective, not a verb
            a, b = m.span("list")
            if any(x < b and a < y for x, y in spans) or any(x <= m.start("verb") < y for x, y in combined):
                continue
            before = sentence[max(0, a - 12):a].lower()
            if pattern is _SUBJECT_FIRST and re.search(r"\b(including|among(?: them)?|of whom)\s*$", before):
                continue
            if pattern is _SUBJECT_FIRST and _agent(sentence, m):
                continue  # "A soldier shot dead a civilian": who did it, not who died
            if re.search(r"(?:^|\s)(?:no|not|not one)\s+$", before) or re.match(r"(?:no|not)\s", m.group("list"), re.I):
                spans.append((a, b))  # "No child was hurt": nobody, read by the negations below
                continue
            rng, civilians = _list_count(m.group("list"))
            lead = _RANGE_BEFORE.search(sentence, max(0, a - 24), a)
            if lead and rng[1] is not None and (lead.group(0).lower().startswith("between") or "and" not in
                                                lead.group(0).lower()):
                lead_range = read_range([lead.group(1)], 0)
                first = lead_range[1] if lead_range else None
                rng, a = (first, first, rng[2]), lead.start()
            spans.append((a, b))
            if rng[1] is not None:
                _add(fallback if _in_care(m.group("verb")) else out, _verb_kind(m.group("verb")), rng)
                if pattern is _SUBJECT_FIRST and m.group("verb").lower().startswith("die") and \
                        _LATER_DIED.search(sentence[a:m.end() + 20]) and m.group("list").lower().startswith("the "):
                    died_of_injured += rng[1]
                if civilians and _verb_kind(m.group("verb")) == "killed":
                    civ += civilians
    matches = list(_TOKEN.finditer(sentence))  # the tokens and where they stand, read once
    tokens = list(map(re.Match.group, matches))
    low = [t.lower() for t in tokens]
    n = len(tokens)
    # a count is read as killed or injured only beside such a word: without one, the loop would add nothing
    counted = "killed" in out or not _COUNTED_BY.isdisjoint(low)
    i = 0  # tokens before i are read
    # only a number or a number word starts a count: the others are passed over
    for at in [k for k, w in enumerate(low) if w[0].isdigit() or w.split("-")[0] in COUNT_STARTS] if counted else ():
        if at < i:
            continue
        i = at
        if (i and low[i - 1] == "no") or any(x <= matches[i].start() < y for x, y in spans):
            i += 1
            continue
        # (a clause's last word: "a", "one" count only after a verb of harm: "..., killing one")
        count = read_range(tokens, i) if low[i] not in ("a", "an", "one", "no") or i + 1 < n or \
            (low[i] == "one" and i and low[i - 1] in _HARM_VERBS) else None
        if count is None or (low[i] in ("one",) and i + 1 < n and low[i + 1] == "of"):
            i += 1
            continue
        c_low, value, c_high, size = count
        if low[i] in ("a", "an") and size == 1:  # a bare article is not a count
            i += 1
            continue
        j = i + size
        if low[i] == "both" and j < n and any(x <= matches[j].start() < y for x, y in spans):
            i = j  # "a girl died and both her parents were injured": the word before a list already counted
            continue
        if (j < n and low[j] in ("-year-old", "year-old")) or (j < n and "year" in low[j]):
            i = j
            continue
        # (not across a bracket or a comma: "on 25 January (one killed, two wounded)")
        if (i and low[i - 1] in MONTHS and not has_any(sentence[matches[i - 1].end():matches[i].start()], _PARTED)) \
                or (j < n and low[j] in MONTHS) or \
                (i >= 3 and low[i - 1] in ("to", "into", "-", "–") and low[i - 3] in MONTHS) or \
                (low[i].isdigit() and len(low[i]) == 4 and 1900 <= int(low[i]) <= 2100):
            i = j  # "3 June 2024", "June 3": a date, not a count
            continue
        if j + 1 < n and low[j] == "of" and low[j + 1] in ("them", "whom", "those") and \
                "," not in sentence[matches[j - 1].end():matches[j].start()] and \
                any(w[0].isdigit() or (w.split("-")[0] in COUNT_STARTS and w not in ("a", "an")) for w in low[:i]):
            # (an article is no count: "a Shahed hit a sanatorium; it housed guests, and two of them were injured")
            # (not when no count came before: "residents came out; two of them were wounded by glass")
            i = j + 2  # "12 people were killed, 5 of them children": part of a count already given
            continue
        # a range: "30-35 killed", "between 5 and 8", "5 to 8"
        if j < n and low[j][0].isdigit() and sentence[matches[j - 1].end():matches[j].start()].strip() in ("-", "–"):
            c_high, j = int(low[j].replace(",", "")), j + 1
            c_low = value if c_low is not None else None
        elif j + 1 < n and low[j] in ("to", "and", "or") and low[j + 1][0].isdigit() and \
                (low[j] != "and" or (i and low[i - 1] == "between")) and int(low[j + 1].replace(",", "")) > value:
            c_high, j = int(low[j + 1].replace(",", "")), j + 2
        elif j + 1 < n and low[j] in ("to", "and", "or") and low[j + 1].split("-")[0] in COUNT_STARTS \
                and low[j + 1] not in ("a", "an", "one") and (low[j] != "and" or (i and low[i - 1] == "between")) \
                and (upper := read_range(tokens, j + 1)) is not None and upper[1] is not None \
                and upper[0] == upper[1] == upper[2] and upper[1] > value:
            # "between nine and eleven were injured", "three or four were wounded"
            c_high, j = upper[1], j + 1 + upper[3]
        kind = word = None
        # "<N> (people ...)? (were)? killed"
        k = j
        while k < n and k - j < 6 and "," not in sentence[matches[k - 1].end():matches[k].start()] \
                and (low[k] in PEOPLE or (tokens[k][0].isupper() and not word_kind(low[k]))) \
                and low[k] not in OBJECTS:
            k += 1
        if k < n and word_kind(low[k]) and (k == j or low[k - 1] not in ("and",)) \
                and "," not in sentence[matches[k - 1].end():matches[k].start()]:
            kind, word = word_kind(low[k]), low[k]
            if low[k] in ("death", "deaths") and k + 1 < n and low[k + 1] == "of":
                kind = None
        if j < n and low[j] in OBJECTS | NOT_COUNTED:
            kind = None
        # "killed|wounding <N>": look back
        if kind is None and i > 0:
            back = i - 1
            while back >= 0 and i - back <= 3 and low[back] in ("at", "least", "another", "a", "further",
                                                                 "and", "up", "to", "some", "more", "than", ":"):
                back -= 1
            shot_dead = back >= 1 and low[back] == "dead" and low[back - 1] == "shot"
            labelled = low[i - 1] == ":"  # "Dead: 2", "Death toll: 5"
            if "and" in low[back + 1:i] and not _OWN_VERB_AFTER.isdisjoint(low[j:j + 3]) \
                    and (j >= n or low[j] not in ("others", "more", "other")):
                pass  # "two officers were injured and four protesters were detained": a subject with a verb of its own
            elif labelled and back >= 0 and low[back] == "toll":
                kind, word = "killed", "toll"
            elif back >= 0 and word_kind(low[back]) and (low[back] not in ("dead", "deaths", "death") or shot_dead
                                                     or labelled):
                # (not across a comma to things: "one dock worker injured, two cranes and a warehouse damaged")
                if not (j < n and low[j] in OBJECTS | NOT_COUNTED) and not (
                        j < n and low[j] not in PEOPLE and low[j].endswith("s") and low[j] != "others"
                        and not word_kind(low[j]) and "," in sentence[matches[back].end():matches[i].start()]):
                    kind, word = word_kind(low[back]), low[back]
            elif recovered and back >= 1 and low[back] == "of" and low[back - 1] == "bodies":
                kind = "killed"  # "rescuers recovered the bodies of eight people"
            # "the toll rose to <N>"
            elif back >= 1 and low[back] in ("to", "of", "at") and low[back - 1] in _TOLL_VERBS:
                kind = "killed"
        # "Among the <N> injured" (not "Artem, 13, killed": an age between commas)
        if kind is None and j < n and word_kind(low[j]) \
                and "," not in sentence[matches[j - 1].end():matches[j].start()]:
            kind, word = word_kind(low[j]), low[j]
        if kind is None and recovered and j < n and low[j] in ("body", "bodies"):
            kind = "killed"  # "carrying one body out of the rubble"
        subset = i and low[i - 1] in SUBSET_CUES
        civilian = any(w in CIVILIANS for w in low[j:max(k, j + 1)])
        if k < n and any(x <= matches[k].start() < y for x, y in combined):
            kind = None  # "100 soldiers killed and wounded": casualties, not deaths
        if matches[i].end() < len(sentence) - 1 and sentence[matches[i].end()] == "-" and \
                sentence[matches[i].end() + 1].isalpha():
            kind = None  # "UPDATE 2-Dozens killed": a version number
        if kind and low[i] == "both" and kind in out:
            kind = None  # "K.P. and her son were injured ...; both were cut by glass": the two already counted
        if kind and value < 100000 and not subset:
            _add(fallback if word in _CARE else out, kind, (c_low, value, c_high))
            if kind == "killed" and civilian:
                civ += value
        elif subset and civilian and "killed" in out and "injured" not in out:  # "..., including two children"
            subset_civ += value
        i = j
    tolls = _TOLL.finditer(sentence) if has_any(lowered, _TOLL_WORDS) else ()
    told_toll = False  # a toll the sentence gives, which counts the injured who died since
    for m in tolls:  # a toll is the total so far: it replaces, never adds
        toll = read_range((m.group("n") or m.group("n2") or m.group("n3")).split(), 0)
        if toll is None or toll[1] >= 100000:
            continue
        out[_toll_kind_told(sentence, m)] = toll[:3]
        told_toll = True
    for kind, rng in fallback.items():
        out.setdefault(kind, rng)
    for m in _DIED_OF_INJURED.finditer(sentence) if "died" in lowered else ():
        died = word_number(m.group("n")) or 0
        if "killed" not in out:
            out["killed"] = (died, died, died)
        elif " of " not in m.group(0) and _of_the_injured(sentence, m):
            pass  # ("wounded two men; one died": the one dead is read as such already, and is one of the two)
        elif told_toll or not _of_the_injured(sentence, m):
            continue  # (a toll already includes them; "two dead, one of whom died in hospital": one of the dead)
        else:  # "killing three outright and wounding 17, two of whom have since died": dead besides the dead told
            out["killed"] = tuple(None if v is None else v + died for v in out["killed"])
        died_of_injured += died
    injured = out.get("injured", (None, None, None))[1]
    if died_of_injured and injured is not None and injured > died_of_injured:
        out["injured"] = tuple(None if v is None else v - died_of_injured for v in out["injured"])
    # ("no deaths and no injuries": each kind its own "no")
    nobodies = _NOBODY_LOW.finditer(fold(sentence)) if len(out) < 2 and any(
        w in lowered for w in ("no ", "nobody", "none", "without", "not ", "avoided", "only")) else iter(())
    for nobody in nobodies:
        if len(out) == 2:
            break
        if (no_news := _NO_NEWS.search(sentence)) is None or _other_harm(nobody.group(), sentence[
                no_news.end():no_news.end() + 30].lower()):
            if nobody.group("who"):
                kinds = []
                for word in (nobody.group("verb"), nobody.group("verb2")):
                    word = (word or "").lower()
                    kinds += [] if not word else ["killed", "injured"] if word in _EITHER_HARM \
                        else ["killed" if word in ("killed", "died") else "injured"]
            else:
                word = (nobody.group("what") or nobody.group("without") or nobody.group("avoided")
                        or nobody.group("harming") or nobody.group("harmed") or nobody.group("hit")
                        or nobody.group("only") or nobody.group("only2")).lower()
                kinds = ["killed"] if word in ("fatalities", "deaths", "loss of life", "dead", "killing", "killed") \
                    else ["injured"] if word in ("injuries", "injured", "wounded", "injuring", "wounding") \
                    else ["killed", "injured"]
            for kind in kinds:
                out.setdefault(kind, (0, 0, 0))
    civ = min(max(civ, subset_civ), out["killed"][1] or 0) if "killed" in out else 0
    if civ:
        out["civilians_killed"] = (civ, civ, civ)
    return out


def find_casualties(sentence: str) -> dict[str, int]:
    """``{"killed": n, "injured": m}`` with only the counts the sentence states (best estimates)."""
    return {k: v[1] for k, v in find_casualty_ranges(sentence).items() if v[1] is not None and k != "civilians_killed"}


# "killing three people in Odesa and two in Izmail": the second count shares the verb of the first
_SHARED_VERB = re.compile(rf"\b(?P<verb>killing|wounding|injuring|killed|wounded|injured)\b(?P<first>[^.;:]{{1,80}}?)"
                          rf"(?P<and>,?\s+and\s+)(?=(?:another\s+|at\s+least\s+)?(?:{_NUM})\s+(?:more\s+|other\s+|"
                          rf"others\s+|people\s+|civilians\s+|residents\s+)?(?:in|near|at)\s+(?:the\s+)?"
                          rf"(?:(?:town|city|village|settlement)\s+of\s+|nearby\s+)?[A-Z])", re.I)


def shared_toll_verb(sentence: str) -> str:
    """The sentence with a count that shares the verb of the count before it given its own verb,
    so that each clause names its place and its toll ("killing three people in Odesa and two in
    Izmail" -> "... and killing two in Izmail")."""
    if " and " not in sentence:
        return sentence
    return _SHARED_VERB.sub(lambda m: m.group() if _RANGE_OPEN.search(m.group("first")) else  # "between four and six"
                            f"{m.group('verb')}{m.group('first')}{m.group('and')}{m.group('verb')} ", sentence)


_RANGE_OPEN = re.compile(rf"\bbetween\s+(?:{_NUM})\s*$", re.I)


# a later sentence that adds to the toll told before it ("Two more died in hospital", "Another five were
# wounded") or replaces it ("The toll was later revised down to three")
_MORE = re.compile(rf"\b(?:(?:another|a further|further|additional)\s+(?:{_NUM}\s+)?|(?:{_NUM})\s+(?:more|additional|"
                   rf"further)\s+)(?:[\w-]+\s+){{0,3}}?(?:(?:were|was|have|has|had|are|is)\s+)?(?:been\s+)?(?:\w+ly\s+)?"
                   rf"(?P<verb>killed|died|dead|injured|wounded|hurt|bodies)\b", re.I)


# "... one killed and five injured" after a toll's number; "leaving one dead and ten injured"
_BOTH_AFTER = re.compile(r"\s+(?:people\s+)?(?:killed|dead)\b[^.;]{0,20}?\b(?:and|,)\s+\S+\s+(?:people\s+)?"
                         r"(?:injured|wounded|hurt)\b", re.I)
_LEAVING = re.compile(r"\bleaving\s+\S+" + _BOTH_AFTER.pattern, re.I)
# "a neighbour was injured by another mine", "a second drone wounded two women": new people hit by a new blow
_ANOTHER_BLOW = re.compile(r"\b(?:another|a (?:second|third|further)|more)\s+(?:[\w-]+\s+)?(?:mines?|drones?|strikes?|"
                           r"missiles?|shells?|rockets?|bombs?|explosions?|blasts?|attacks?|rounds?)\b", re.I)
_LATER_ACCOUNT = re.compile(r"\b(?:later|subsequently|now)\s+(?:said|says|reported|reports|confirmed|confirms|"
                            r"clarified|corrected|updated|announced|stated|puts?|gives?)\b", re.I)


# "two were wounded in Lozova, not one": a figure told before, corrected
_NOT_AS_TOLD = re.compile(rf"\b(?:{_NUM})\s+(?:people\s+)?(?:(?:were|was)\s+)?"
                          r"(?P<verb>killed|dead|wounded|injured|hurt)\b"
                          rf"[^.;,]{{0,40}},\s+not\s+(?:{_NUM})\b", re.I)


def corrects_figure(sentence: str) -> bool:
    """Does the sentence correct a figure told before ("two were wounded in Lozova, not one")?"""
    return ", not " in sentence and _NOT_AS_TOLD.search(sentence) is not None


# "the driver was hurt too", "his wife was also wounded": one more hurt than the toll told before
_ALSO_HURT = re.compile(rf"\b(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+)?(?:{_PERSON_ALT})\s+(?:was|had\s+been)\s+"
                        r"(?:also\s+(?P<verb>hurt|injured|wounded|killed)\b|(?P<verb2>hurt|injured|wounded|killed)\s+"
                        r"(?:too|as\s+well)\b)", re.I)


# a conclusion, not what the writer saw ("; we count at least three wounded being carried to ambulances"), or the
# final count after the first ("the city's figure was three dead; ... the final count is four dead")
_OUR_COUNT = re.compile(r"(?:^\W*|\b(?:so|and|therefore|thus)\s+)we\s+(?:therefore\s+|now\s+)?"
                        r"(?:count|record|log|code|use|keep|list|publish|enter|map|show)\b|"
                        r"\bfinal\s+(?:count|figure|toll|tally)\b(?:,[^,;.]{1,30},)?\s+(?:is|was|stands\s+at|stood\s+at)\b|"
                        # "Update 16 June: both died in hospital – Lyptsi row now 2 killed, 0 injured"
                        r"\b(?:row|entry|toll|count|figure|tally)\s+(?:is\s+|stands\s+)?now\b",
                        re.I)
_OUR_COUNT_WORDS = ("we ", "final ", " now ")


def counted_ranges(sentence: str) -> dict:
    """The casualty ranges of a sentence, read from the writer's own count ("He was not among the five injured
    listed, so we count three killed and five injured") or the final one when it gives one, else from the whole
    sentence (each read once)."""
    low = sentence.lower()
    ours = _OUR_COUNT.search(sentence) if has_any(low, _OUR_COUNT_WORDS) else None
    counted = find_casualty_ranges(sentence[ours.end():]) if ours is not None else None
    return counted or find_casualty_ranges(sentence)


def casualty_update(sentence: str) -> dict[str, str]:
    """How a sentence's counts update the ones told before it, by kind: ``"add"`` for more people
    ("Two more died in hospital", "Another five were wounded"), ``"replace"`` for a toll ("the toll
    was later revised down to three", "a third victim died"), ``"earlier"`` for a figure as first
    reported ("Earlier reports had spoken of six injured"), ``"died N"`` for the injured of whom N
    died ("one of the wounded had died"); kinds not named keep the larger count."""
    lowered = sentence.lower()
    out: dict[str, str] = {}
    if has_any(lowered, ("more", "another", "further", "additional")):
        for m in _MORE.finditer(sentence):
            out[_verb_kind(m.group("verb"))] = "add"
    if has_any(lowered, ("another", "second", "third", "further", "more")) and _ANOTHER_BLOW.search(sentence):
        counts = find_casualties(sentence)
        for kind in ("killed", "injured"):
            if counts.get(kind):
                out.setdefault(kind, "add")
    if ("died" in lowered or "succumbed" in lowered) and (died := _INJURED_DIED.search(sentence)):
        if not (_DIED_OF_INJURED.match(sentence, died.start()) and _right_after_toll(sentence, died.start())):
            out["injured"] = f"died {UNITS[died.group('n').lower()]}"
    elif ("died" in lowered or "succumbed" in lowered) and " of them" in lowered \
            and (died := _DIED_OF_INJURED.search(sentence)) is not None and " of them" in died.group().lower() \
            and not _HARM_WORD.search(sentence, 0, died.start()):
        # "... injuring four. One of them, the driver, died in hospital": of the injured the sentence before told
        out["injured"] = f"died {word_number(died.group('n'))}"
    elif ("died" in lowered or "succumbed" in lowered) and _HURT_DIED.search(sentence):
        counts = find_casualties(sentence)
        # the dead the sentence counts, or one when it gives the new toll instead ("..., bringing the toll to three")
        gone = counts.get("killed") if "toll" not in lowered else 1
        if gone and "injured" not in counts:
            out["injured"] = f"died {gone}"
    if ", not " in lowered and (corrected := _NOT_AS_TOLD.search(sentence)) is not None:
        out[_verb_kind(corrected.group("verb"))] = "replace"  # "two were wounded in Lozova, not one": the figure now
    if has_any(lowered, _TOLL_WORDS):
        for m in _TOLL.finditer(sentence):
            what = _toll_what(sentence, m)
            out[_toll_kind_told(sentence, m)] = "replace"
            # "the toll now stands at one killed and five injured": both
            if not what and _BOTH_AFTER.match(sentence, m.end()):
                out["injured"] = "replace"
    if "leaving" in lowered and _LEAVING.search(sentence):  # "..., leaving one dead and ten injured"
        out["killed"] = out["injured"] = "replace"
    if "later" in lowered or "subsequently" in lowered or "now " in lowered:
        # "Regional authorities later said two people were killed": a later account replaces what it counts
        for m in _LATER_ACCOUNT.finditer(sentence):
            for kind in ("killed", "injured"):
                if find_casualty_ranges(sentence[m.end():]).get(kind) is not None:
                    out[kind] = "replace"
    if (" too" in lowered or " also " in lowered or " as well" in lowered) and (also := _ALSO_HURT.search(sentence)):
        # "the driver was hurt too": one more, whatever a later account says
        out[_verb_kind(also.group("verb") or also.group("verb2"))] = "add"
    if has_any(lowered, _OUR_COUNT_WORDS) and _OUR_COUNT.search(sentence) is not None:
        # "..., so we count three killed and five injured": the writer's own count, after the figures it weighed
        counted = counted_ranges(sentence)
        for kind in ("killed", "injured"):
            if counted.get(kind) is not None:
                out[kind] = "replace"
    if has_any(lowered, _ORDINAL_WORDS) and _ORDINAL_HURT.search(sentence):
        out["injured"] = "add"  # ("A fourth was hurt by falling glass": one more person hurt, whoever the ordinal
        # counted before, the hurt or the dead and the hurt)
    if has_any(lowered, _ORDINAL_WORDS) and _ORDINAL_DEATH.search(sentence):
        out["killed"] = "replace"
    elif _one_more_body(sentence, lowered) or (has_any(lowered, _ORDINAL_WORDS) and "found dead" in lowered
                                                and _NTH_FOUND_DEAD.search(sentence)):
        out["killed"] = "add"  # ("a second worker from the farm was found dead": one more dead)
    elif _one_more_body(sentence, lowered, toll_told=True) and find_casualties(sentence).get("killed"):
        out["killed"] = "replace"  # "corrects the Novohrodivka figure: a fourth body was found under the rubble"
    if not out and _EARLIER_HINT_LOW.search(fold(sentence)) and _EARLIER_FIGURE.search(sentence):
        # "Earlier reports had spoken of six injured.": a figure superseded, never the toll
        out["killed"] = out["injured"] = "earlier"
    return out

