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

The patterns are written in lower case and read a sentence :func:`fold`-ed once (quicker than
case-insensitive matching); a :class:`Cues` keeps each pattern's match, so :func:`is_violent` and
:func:`classify` search a sentence for each pattern at most once.
"""

from __future__ import annotations

import re

from ..record import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, STRATEGIC, VAC
from .casualties import HERDS
from .gates import first_words, fold, has_any, word_starts
from .numbers import TALLY_OVER_TIME

RUSSIA = "Military Forces of Russia"
UKRAINE = "Military Forces of Ukraine"


class Cues:
    """One sentence as written (``text``) and folded (``low``), with the match of each pattern
    asked about, searched once."""

    __slots__ = ("_found", "_starts", "low", "text")

    def __init__(self, sentence: str) -> None:
        self.text = sentence
        self.low = fold(sentence)
        # keyed by id(pattern): hashing a compiled pattern hashes its whole program, every time
        self._found: dict[int, re.Match[str] | None] = {}
        self._starts: frozenset[str] | None = None

    def search(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """First match of the lower-case ``pattern`` (offsets valid in ``text``), or None."""
        found, key = self._found, id(pattern)
        if key in found:
            return found[key]
        stems = _FIRST_WORDS.get(key)
        if stems is not None:  # no word of the sentence begins as a match would: no search
            if self._starts is None:
                self._starts = word_starts(self.low)
            if self._starts.isdisjoint(stems):
                found[key] = None
                return None
        gate = _GATES.get(key)
        found[key] = match = None if gate and not self.has(*gate) else pattern.search(self.low)
        return match

    def has(self, *words: str) -> bool:
        """Does any of ``words`` (lower case) occur in the sentence? A cheap gate before a pattern."""
        return has_any(self.low, words)


def cues(sentence: str | Cues) -> Cues:
    """``sentence`` as :class:`Cues` (made once by a caller that asks several rules about it)."""
    return sentence if isinstance(sentence, Cues) else Cues(sentence)


# taking back ground: a capture, by the side whose ground it was
# (not the adjective: "shelling of recaptured Balakliia", "in the liberated city")
_RETAKE_WORDS = (r"(?<!of )(?<!the )(?<!in )(?<!newly )(?<!recently )(?:liberated|recaptured)|liberat(?!ed\b)\w*|"
                 r"recaptur(?!ed\b)\w*|retook|retaken|regain\w*|pushed \w+ (?:forces|troops) out|"
                 r"raised the (?:national|ukrainian|state) flag|"
                 # "Balakliia was freed on 8 September" (not people: "two people were freed from the rubble"), "the
                 # town is back in Ukrainian hands"
                 r"(?:(?<=was )|(?<=were )|(?<=been ))freed(?!\s+(?:from|after|in\s+(?:a|an|the)\s+(?:swap|exchange)))|"
                 r"(?<=troops )freed|(?<=forces )freed|back (?:in|under) ukrainian (?:hands|control)")
_CAPTURE = re.compile(
    r"\b(captur\w*|took (?:full )?control|taken (?:full )?control|tak(?:e|es|en|ing) over|seiz\w*|"
    # "established full control over Lisichansk"; "declared Avdeevka fully under the control of the Tsentr group"
    r"establish(?:ed|es)? (?:full |complete )?control (?:over|of)|"
    # "its forces had driven Ukrainian marines out of Krynki"
    r"(?:drove|driven|forced|kicked|pushed)\s+(?:[\w-]+\s+){1,3}?out\s+of|"
    # "claimed on Saturday full control of Avdeyevka", "announced full control over the city of Lysychansk"
    r"(?:claim|announc|declar|report|confirm)\w* (?:on \w+ )?(?:full|complete) control(?: (?:over|of)|(?=\s*[.;]))|"
    # "says the village is taken", "assault troops had 'cleared' Stupochky": a claim in the claimant's words
    r"the (?:village|town|city|settlement) (?:is|was|had been|has been) (?:now )?taken|"
    r"(?<=['‘’\"“])cleared(?=['‘’\"”])|"
    r"(?:fully|completely|now) under (?:the |its |their )?(?:full |complete )?control|"
    # "claim that the town is fully taken"
    r"(?:is|was|are|were|been)\s+(?:now\s+)?(?:fully|completely)\s+taken|"
    # "claimed to have taken Myropillia", "said its troops had taken the town"
    r"(?:to have|had|has|have) taken(?! (?:the |a |an |\w+ )?(?:injured|wounded|hurt|victims?|bod(?:y|ies)|people|"
    r"them|him|her|it|part|place|shelter|cover|measures|steps|hospital|residents|civilians|children)\b)|"
    r"(?<![-\w])occup(?:ied|y)|took the (?:village|town|settlement)|taken the (?:village|town|settlement)|"
    rf"entered the (?:village|town|(?:centre|center) of)|"
    # "its 1st Guards Tank Army took Zahryzove", "Russian troops took the village"
    r"(?:forces|troops|units|army|brigade|battalion|regiment|marines|paratroopers|group)\s+(?:\w+\s+)?took"
    r"(?! (?:the |a |an |\w+ )?(?:injured|wounded|hurt|victims?|bod(?:y|ies)|people|them|him|her|it|part|place|"
    r"shelter|cover|measures|steps|hospital|residents|civilians|children|prisoners?|captives?|hostages?|up|away|"
    r"over\s+(?:the\s+)?(?:guard|duty|watch)|positions?)\b)|"
    # "UA forces entered Balakleya on 8 September"
    rf"(?:forces|troops|units|soldiers|marines|paratroopers)\s+(?:had\s+|have\s+)?entered|{_RETAKE_WORDS})\b")
# "occupied" as a verb ("forces occupied the village"), not the adjective of "Russian-occupied X" or "in (the)
# occupied areas"
_OCCUPY_VERB = re.compile(r"(?<![-\w(])(?<!the )(?<!in )(?<!of )(?<!from )(?<!on )(?<!across )(?<!temporarily )"
                          # after any other preposition too: "aircraft flying over occupied areas near X"
                          r"(?<!over )(?<!into )(?<!to )(?<!through )(?<!within )(?<!near )(?<!around )(?<!at )"
                          r"(?<!towards )(?<!toward )(?<!inside )(?<!along )(?<!, )"
                          # "civilians trying to leave occupied Izyum": a place left, fled or reached
                          r"(?<!leave )(?<!left )(?<!leaving )(?<!flee )(?<!fled )(?<!fleeing )(?<!escape )"
                          r"(?<!escaped )(?<!reached )(?<!reach )"
                          # "occupied territory", "the occupied left bank": what is held, not a capture
                          # ("Kherson (occupied): ...": a note's qualifier)
                          r"occup(?:ied|y)\b(?!\s*\))(?!\s+(?:left|right|territor\w*|areas?|parts?|zones?|bank|regions?|"
                          r"city|town|villages?|settlements?|lands?|south|east|north|west|crimea|donbas)\b)")
# "occupied until 2022": how long a place was held, no capture told
_HELD_UNTIL = re.compile(r"\s+(?:until|till|from|since|in)\s+(?:\w+\s+)?(?:19|20)\d\d\b")
_BACKGROUND_BEFORE = re.compile(r"\b(?:recently|previously|newly|already|once)\s+$|"
                                # "a month after the village was retaken": a time told by the capture
                                # ("for the first time since the city was freed")
                                r"\b(?:(?:days?|weeks?|months?|shortly|soon|long)\s+after|since)\s+(?:the\s+)?"
                                r"(?:[\w'’-]+\s+){1,2}"
                                r"(?:was|were|had been)\s+$|"
                                r"\b(?:area|territory|village|town|city|region|district)\s+(?:that|which)\s+"
                                r"(?:was|were|had been|has been)\s+(?:\w+\s+)?$")
# "Balakliia, retaken days earlier: a mine blew up", "a village liberated last week": when the place changed hands,
# told as what it is
_ASIDE_BEFORE = re.compile(r"(?:,|\b(?:village|town|city|settlement))\s+(?:(?:only|just|recently)\s+)?$")
_TAKEN_AGO = re.compile(r"\s+(?:by\s+(?:[\w'’-]+\s+){1,3}?(?=(?:in|last|earlier)\s))?"
                        # "Kupiansk, retaken by Ukraine in September, ...": when, as an aside
                        r"(?:in\s+(?:january|february|march|april|may|june|july|august|september|october|november|"
                        r"december|(?:19|20)\d\d)\b|"
                        r"(?:(?:only|just|some)\s+)?(?:(?:a|one|two|three|four|five|a few|few|several|\d+)\s+)?"
                        r"(?:days?|weeks?|months?)\s+(?:earlier|ago|before)\b|"
                        r"(?:last|earlier this|earlier that|the previous)\s+(?:week|month|year|autumn|spring|summer|"
                        r"winter)\b)")
_RELATIVE_BEFORE = re.compile(r",\s+(?:which|that|whom)\s+(?:[\w-]+\s+){0,3}$")
_PICTURE_BEFORE = re.compile(r"\b(?:imagery|images?|footage|videos?|photos?|photographs?|pictures?|cameras?|"
                             r"satellites?|cctv|clips?|recordings?|archive|audio)\s+(?:\w+\s+){0,5}?"
                             r"(?:was\s+|were\s+|been\s+)?$")  # ("recordings from two residents capture five blasts")
# "a video ... captures two distant thumps": a recording's, not ground taken
_SOUND_AFTER = re.compile(r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:sounds?|moments?|blasts?|explosions?|thumps?|noises?|"
                          r"whistles?|flashes?|impacts?|roar)\b")
_RETAKE = re.compile(rf"\b({_RETAKE_WORDS})\b")
# troops engaged in a place: "an infiltration group was engaged by the border guards", "they were engaged among the
# high-rise blocks" (also a clause's own fighting: see pipeline._OWN_FIGHT)
ENGAGED = r"(?:was|were|been)\s+engaged\s+(?:by|on|at|near|in|among|there|inside)"
_CLASH = re.compile(r"\b(fighting|fought|clash\w*|battl(?:es?|ed|ing)|assault\w*|repel\w*|repuls\w*|counter-?attack\w*|"
                    r"firefight|gunfight|shootout|storm(?:ed|ing)|(?:to|tried to|trying to|attempt(?:s|ed)? to) storm|"
                    r"were pushed back|offensive operations?|"
                    # "... was engaged by the border guards and driven back", "were beaten back"
                    rf"{ENGAGED}|(?:driven|beaten)\s+back|"
                    # "units were clearing Russian infiltration groups from the town's north"
                    r"clear(?:ed|ing|s)?\s+(?:[\w-]+\s+){0,3}?(?:infiltration|sabotage|assault|reconnaissance)\s+groups?|"
                    r"close combat|"
                    # "a Ukrainian raid met Russian infantry", "a patrol ran into an assault group"
                    r"(?:raids?|patrols?|squads?|units?)\s+(?:met|ran\s+into|engaged)\s+(?:[\w-]+\s+){0,2}?(?:infantry|"
                    r"troops|forces|soldiers|units|(?:assault\s+)?groups?|positions)|"
                    # "Russia threw tanks and armoured vehicles at Avdiivka again"
                    r"thr(?:ew|own|ows)\s+(?:[\w-]+\s+){0,4}?(?:tanks|troops|armou?r|vehicles|forces|reserves|infantry)\s+"
                    r"(?:again\s+)?at|"
                    # "exchanges of mortar and tank fire", "exchanged small-arms fire", "fire between X and Y units"
                    r"exchang\w*\s+(?:of\s+)?(?:[\w-]+,?\s+(?:and\s+)?){0,4}?fire|fire\s+between|"
                    # "Russian troops pushed into the eastern part of Huliaipole", "forces probed the lines around X": a
                    # ground advance, fought for
                    r"(?:troops|forces|units|soldiers|infantry|marines|paratroopers)\s+(?:[\w-]+\s+){0,2}?"
                    r"(?:pushed|advanced|broke|forced\s+(?:their|its)\s+way)\s+into|"
                    r"probed\s+(?:the\s+)?(?:[\w-]+\s+)?(?:lines|defen[cs]es|positions))\b(?!\s+shadow)")
# ground fighting told without a clash word: an armed clash when no remote weapon is named
_GROUND = re.compile(r"\b(attack\w*\s+(?:\w+\s+){0,2}?positions|(?:stepped up|intensified|pressed|continued) "
                     r"(?:their |its )?(?:attacks|offensive|advance)|ground (?:attack|assault)\w*|infantry|"
                     r"armou?red vehicles?|advanc(?:ed|ing|es)\s+(?:into|on|towards?|in)|"
                     r"push(?:ed|ing)\s+(?:\w+\s+)?back|(?:tried|attempted) to (?:advance|break through)|break through|"
                     # "Russian forces attacked near Pokrovsk": the war analysts' words for a ground assault; "Russian
                     # armour attacked Stepove", "Wagner units attacked towards Kodema": ground forces' own attack
                     r"(?:forces|troops|units)\s+(?:were\s+|are\s+|have\s+been\s+)?(?:also\s+|reportedly\s+|"
                     r"continued to\s+)?attack(?:ed|ing)?\s+near|"
                     r"(?:armou?r|assault (?:groups?|units|troops)|infantry|tanks|marines|paratroopers|units|troops)\s+"
                     r"(?:also\s+|again\s+)?attacked)\b")
_SUPPORTED_BY = re.compile(r"\b(?:with the support of|with (?:\w+ )?support from|supported by|backed by|"
                           r"(?:under|with) (?:the )?cover of)\s+[^.;]*")
# "repelled a drone attack" is air defence, not a clash
_REMOTE_REPEL = re.compile(r"\b(?:repel\w*|repuls\w*)\s+(?:\w+\s+){0,3}?(?:drones?|uavs?|missiles?|air|aerial|"
                           r"rockets?|shaheds?)\b|"
                           # "an attack by enemy UAVs on Bryansk was repelled"
                           r"\b(?:attacks?|raids?)\s+(?:by|of)\s+(?:\w+\s+){0,2}?(?:drones?|uavs?|missiles?)\b[^.;]{0,40}?"
                           r"\b(?:was|were|has been|have been)\s+(?:repelled|repulsed)\b")
# a mine that explodes, not a coal or salt mine ("salt-mine workers", "the Kalinina mine", "mine workers")
_IED = re.compile(r"\b(explosive device|ied|landmine|land mine|(?<!salt-)(?<!coal-)(?<!coal )(?<!salt )"
                  r"mines?(?!\s+(?:workers?|shafts?|entrance|complex|administration|management)\b)|car bomb|booby|"
                  r"sabotage|underwater "
                  r"explosive|naval drone|sea drone|blew up|blown up|blow(?:ing|s)? (?:it|them|\w+ \w+) up|"
                  r"detonat\w*|anti-tank mine|tripwire|"
                  # "a device he had not seen exploded under the mower", "a small metal object ... went off"
                  r"(?:device|object)\b[^.;]{0,60}?\b(?:exploded|went off)|"
                  # "a bomb fixed under a car went off", "a charge attached to his car": a device set for its victim
                  r"(?:planted|fixed|placed|attached|hidden|rigged)\s+(?:under|beneath|in|to|on)\s+(?:a|an|the|his|her|"
                  r"their)\s+(?:[\w-]+\s+)?(?:car|vehicle|van|suv|jeep|truck)\b|"
                  # "killed by a bomb planted in the lift of his block"
                  r"(?:bomb|device|explosives?|charge)\s+(?:that\s+)?(?:was\s+|had\s+been\s+)?(?:planted|hidden|rigged)\b|"
                  # "an unexploded cluster submunition went off in a schoolyard"
                  r"(?:unexploded|uxo)\b[^.;]{0,40}?\b(?:exploded|went off|detonated)|"
                  # "a grenade left in his shed by soldiers in 2022 went off", "picked up a cluster submunition in the
                  # garden; it went off": a remnant of war
                  r"(?:grenades?|submunitions?|bomblets?)\s+(?:left|lying|abandoned)\b[^.;]{0,60}?\b(?:went off|"
                  r"exploded|detonated)|"
                  r"picked up (?:an? |the )?(?:[\w-]+ ){0,2}?(?:submunitions?|grenades?|bomblets?)\b[^.]{0,40}?\b"
                  r"(?:went off|exploded|detonated)|"
                  # "struck an unexploded submunition with a shovel": a remnant of war set off, not an attack
                  r"(?:struck|touched|picked up|handled|stepped on|set off|triggered|found) (?:an? |the )?"
                  r"(?:unexploded|uxo|submunitions?|explosive remnants?)|"
                  # "a boy collecting scrap metal was killed by UXO"
                  r"(?:killed|injured|wounded|hurt) by (?:an? )?(?:uxo|unexploded (?:ordnance|shell|munition|bomb))|"
                  # "a man cutting open an old artillery shell for its brass ... was wounded when it exploded"
                  r"(?:cutting|sawing|dismantling|taking apart|disassembling|opening|hammering)\s+(?:open\s+)?"
                  r"(?:an?\s+|the\s+)?(?:old\s+|unexploded\s+|spent\s+)?(?:artillery\s+|mortar\s+|tank\s+)?"
                  r"(?:shell|munition|round|mine|grenade)s?\b[^.;]{0,80}?\b(?:exploded|went off|detonated)|"
                  r"(?:old|leftover|left-over|abandoned)\s+(?:artillery\s+|mortar\s+|tank\s+)?(?:shells?|rounds?|"
                  r"munitions?)\b[^.;]{0,60}?\b(?:exploded|went off|detonated))\b")
# "treated four people for shock, not counted as injured": people the writer leaves out of the toll
_NOT_COUNTED_AS = re.compile(r"\bnot\s+counted\s+(?:as|among)\s+(?:the\s+)?(?:injured|wounded|hurt|casualties|victims|"
                             r"dead|killed)\b")
# "a man stepped on a drone-dropped mine by a well": a mine its victim set off, however it was laid
_STEPPED_ON_MINE = re.compile(r"\b(?:(?:stepped|stepping|trod|treading|drove|driving|ran)\s+(?:on|onto|over)|"
                              # ("a verge mower set off a mine that a drone had dropped earlier")
                              r"set\s+off|setting\s+off|triggered|triggering)\s+"
                              r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?mines?\b")
# "of a mine in Toretsk", "a mine bathhouse", "a mine workshop", "a mine outside Shakhtarske": a mine as a site, when
# a weapon hit it
_MINE_SITE = re.compile(r"\s+(?:in|at|outside|near|on\s+the\s+(?:edge|outskirts)|bathhouse|hostel|building|yard|site|"
                        r"canteen|office|workshops?|warehouses?|garages?|depot|dormitory|substation|headframe|"
                        r"no\.?\s*\d)\b")
_MINE_SITE_BEFORE = re.compile(r"\b(?:a|the|of a|of the)\s+(?:[\w-]+\s+)?$")
_MINE_BESIDE = re.compile(r"\b(?:near|beside|behind|outside|by|next to)\s+the\s+(?:coal\s+)?$")
# "two helicopters fired unguided rockets at X", "Su-25s fired rocket pods at", "a Ka-52 rocket killed": rockets and
# missiles an attack aircraft fires are its air strike (not a bomber's cruise missiles)
_AIRCRAFT = (r"(?:helicopters?|(?:ground-attack\s+|attack\s+)?jets?|gunships?|su-2[45]\w*|su-3[45]\w*|ka-5[02]\w*|"
             r"mi-(?:8|24|28|35)\w*)")
_AIRCRAFT_FIRED = re.compile(rf"\b{_AIRCRAFT}\b[^.;]{{0,50}}?\b(?:fired|launched|firing|launching|fire|fires|"
                             r"launch|launches)\s+(?:[\w-]+\s+){0,2}?(?:rockets?|missiles?|rocket\s+pods)\b|"
                             rf"\b{_AIRCRAFT}['’]?s?\s+(?:rockets?|missiles?)\b")
_AIRCRAFT_STEMS = ("helicopter", "jet", "gunship", "su-", "ka-5", "mi-")
# ("drone footage" shows, it does not strike)
_AIR = re.compile(r"\b(drones?(?!\s+(?:footage|videos?|images?|imagery|recordings?|surveys?)\b)|uavs?|quadcopters?|"
                  r"loitering munitions?|shahed\w*|geran\w*|fpv|air ?strikes?|airstrikes?|"
                  r"aerial bombs?|(?:glide|guided)[ -]bombs?|(?:guided\s+)?avia-?bombs?|kabs?|kaby|fab(?:-\d+)?|umpk|"
                  # ("mopeds on a garage block": the Shaheds, as Ukrainians call them)
                  r"mopeds?(?=\s+(?:on|hit|struck|over|flew)\b)|"
                  r"bombers?|aircraft|warplanes?|"
                  r"jets?|lancet|"
                  # "another drop on Tuesday hit a yard", "a day later another drop killed a man": a drone's drop
                  r"(?<=another )drops?(?=\s+(?:on|hit|killed|injured|wounded|struck|landed)\b)|"
                  r"air raid(?! alerts?\b| sirens?\b| warnings?\b)|aviation|helicopters?|gunships?|su-2[45]\w*|"
                  r"ka-5[02]\w*|"
                  # "a second bomb fell near the bridge" (not a bomb shelter, threat or disposal squad)
                  r"bombs?(?!\s+(?:shelters?|threats?|disposal|squads?|technicians?|scares?)\b))\b")
# (not a sea creature's shell: "dived for pearl shell", "oyster shells", "shellfish")
_SHELL = re.compile(r"\b(missiles?|rockets?|ballistic|cruise|iskander\w*|kinzhal\w*|kalibr|s-300|"
                    r"(?<!pearl )(?<!oyster )(?<!snail )(?<!turtle )(?<!tortoise )(?<!conch )(?<!mussel )(?<!clam )"
                    r"(?<!sea )(?<!egg )(?<!nut )shell(?!fish)\w*|artillery|"
                    r"arty|mortars?|mlrs|grad|himars|uragan|smerch|howitzers?|barrage|under fire|"
                    # "submunitions set two barns on fire": cluster rockets' and shells' load
                    r"submunitions|cluster (?:munitions?|rockets?|shells?)|"
                    # "a TOS-1A salvo burned three houses": heavy flamethrower systems' thermobaric rockets
                    r"tos-1a?|tos|solntsepy?ok|buratino|thermobaric|(?<!opening )salvos?|"
                    # "tanks fired from across the border at Myropillia"
                    r"tanks? (?:fired|firing)(?= (?:[\w-]+ ){0,5}?(?:at|on) )|"
                    # "tanks fired from across the border at Myropillia", "tank fire on the houses"
                    # missiles by their model: "a Kh-59 hit the bridge", "two Tochka-U"
                    r"kh-\d\d+[a-z]*|tochka\w*|oniks|onyx|zircon|tsirkon|atacms|storm shadow|neptunes?|s-400)\b")
_GENERIC = re.compile(r"\b(strikes?|struck|attack\w*|hit|hits|bombard\w*|pounded|targeted|explosions?|blasts?|"
                      r"shot dead|opened fire|fired on|fired at|killed|killing|kills?|died|dies|wounded|wounding|"
                      r"injured|injuring|dead|sank|sunk|sniper|gunfire|kia|wia|"
                      # "pulled from the rubble of their house with injuries": hurt in an attack
                      r"from (?:under )?(?:the )?(?:rubble|ruins)\b[^.;]{0,40}?\bwith (?:\w+ )?(?:injuries|wounds))\b")
_VAC = re.compile(r"\b(shot dead|executed|execution|tortur\w*|opened fire on (?:civilians|a car|residents)|"
                  # "the occupiers open fire on a man walking to a water point": soldiers firing on a person
                  r"(?:opened|open|opens) fire on (?:a|an|the|two|three) (?:[\w-]+ )?(?:man|woman|men|women|boy|girl|"
                  r"civilian|resident|pensioner|cyclist|farmer|driver|family|couple)\b|"
                  # "a car carrying a family was fired upon at a Russian checkpoint", "soldiers at a roadblock fired
                  # on a hatchback"
                  r"(?:checkpoint|roadblock)\b[^.;]{0,60}?\b(?:opened fire|fired|shot)\b|"
                  r"(?:opened fire|fired (?:up)?on|shot at)\b[^.;]{0,60}?\b(?:checkpoint|roadblock)|"
                  # "an armoured vehicle fired on a private house where two families were sheltering"
                  r"(?:opened fire on|fired (?:up)?on|shot at) (?:a |an |the )?(?:private |residential )?"
                  r"(?:houses?|homes?|yards?)\b|"
                  # "three drunk soldiers fired into the windows of her house", "a patrol shot at his car"
                  # ("soldiers on the left bank fired a machine gun at a car")
                  r"(?:soldiers?|troops|servicemen|patrol|occupiers|sniper)\b[^.;]{0,70}?\b(?:opened fire|fired|shot)"
                  r"(?:\s+(?:a|an|the|their)\s+(?:machine[- ]gun|rifle|gun|weapon|burst)s?)?\s+(?:at|on|into)\s+"
                  r"(?:the\s+windows\s+of\s+)?(?:a |an |the |his |her |their )?(?:[\w-]+ )?"
                  r"(?:cars?|vehicles?|houses?|homes?|flats?|yards?|windows|gates?|bicycles?|lada|zhiguli|"
                  r"daewoo|niva|moskvich|minibus|van)\b|"
                  # "soldiers on an armoured vehicle by the crossing fired on it as it tried to leave"
                  r"(?:soldiers|troops|servicemen|patrol|occupiers)\b[^.;]{0,60}?\b(?:opened fire|fired|shot)\s+"
                  r"(?:at|on)\s+(?:it|them)\b|"
                  # "an armoured vehicle opening fire on it", "raked by fire from an armoured vehicle": a car fired
                  # on by a vehicle (not a battle: no one fired back)
                  r"(?:car|hatchback|sedan|van|minibus|bus|lada|zhiguli|daewoo|niva|moskvich)\b[^.;]{0,80}?"
                  r"\b(?:armou?red vehicle|apc|bmp|btr|tank)\b[^.;]{0,15}?\b(?:opened|opening|opens) fire on\b|"
                  r"\braked (?:by|with) (?:machine-gun |gun)?fire from (?:a |an |the )?(?:[\w-]+ )?"
                  r"(?:armou?red vehicle|apc|bmp|btr|tank|checkpoint|soldiers)\b|"
                  # "beaten with rifle butts", "was beaten by soldiers"
                  r"beaten(?: up)? with\b|"
                  # "a gunman shot an installed village head outside his flat"
                  r"gunm[ae]n\b[^.;]{0,40}?\b(?:shot|opened fire|fired)\b|"
                  # "the man shot by a Russian patrol near the port"
                  r"shot (?:dead )?by (?:a |an |the )?(?:russian |ukrainian |drunk )?(?:patrol|soldiers?|troops|"
                  r"servicem[ae]n|sniper|occupiers|guards?)\b|"
                  r"(?:was|were|been) beaten(?: up)? by (?:soldiers|troops|servicemen|a patrol|the patrol|occupiers|"
                  r"guards|police)|"
                  r"opened fire on (?:a |an |the )?(?:civilian|private|evacuation) "
                  r"(?:cars?|vehicles?|bus|minibus|convoy)|"
                  r"shot (?:and killed )?(?:\w+ )?civilians|abducted and killed|"
                  # "soldiers beating a civilian and then shooting him"
                  r"beat(?:ing|en)? (?:up )?(?:a |an |the |two |three )?(?:\w+ )?(?:civilians?|residents?|villagers?|"
                  r"detainees?|pensioners?|man|men|woman|women|boys?|girls?|teenagers?|farmers?|drivers?)|"
                  r"shooting (?:him|her|them)|shot (?:him|her|them)|"
                  # "soldiers who had entered her street shot her husband, 66, at their gate", "a patrol shot oleh, 27"
                  r"(?:soldiers|troops|servicemen|patrol|occupiers|gunmen)\b[^.;]{0,80}?\bshot\s+(?:(?:her|his|their|a|an|"
                  r"the)\s+)?(?:husband|wife|son|daughter|neighbou?r|father|mother|brother|sister|nephew|niece|cousin|"
                  r"friend|man|woman|boy|girl|[a-z]+,\s+\d{1,2}\b)|"
                  # "soldiers shot five local men"
                  r"shot (?:[\w-]+ ){1,2}(?:men|women|people|residents|villagers|civilians|boys|teenagers)|"
                  # "soldiers at a checkpoint fired at her neighbour, a man of 49"
                  r"fired (?:at|on) (?:a |an |the |his |her |their )?(?:\w+ )?(?:neighbou?r|civilian|resident|"
                  r"villager|man|woman|boy|girl|pensioner|cyclist|pedestrian|driver|farmer)s?|"
                  # "a drunk soldier of the garrison fired at people in a courtyard"
                  r"(?:soldiers?|troops|servicem[ae]n|occupiers|gunm[ae]n)\b[^.;]{0,40}?\b(?:opened fire on|"
                  r"fired (?:at|on|into)|shot at)\s+(?:a\s+group\s+of\s+)?(?:people|men|women|residents|villagers|"
                  r"civilians|a crowd|passers-by)\b|"
                  # "soldiers at a checkpoint fired on a Lada carrying a family", "were fired on by soldiers"
                  r"fired (?:at|on) (?:a |an |the )?(?:\w+ ){0,2}?carrying (?:a |an |the |two |three )?(?:family|"
                  r"families|civilians|residents|evacuees|passengers)|"
                  r"(?:was|were) (?:fired (?:at|on)|shot at) by (?:a |an |the )?(?:russian |ukrainian )?(?:soldiers|"
                  r"servicemen|troops|occupiers|patrol|sniper))\b")
_DAMAGE = re.compile(r"\b(destroyed|damaged|ruined|razed|gutted|burn(?:ed|t) down|set (?:on fire|ablaze)|"
                     r"caught fire|hit|struck|shelled|bombed|reduced to rubble)\b")
FACILITY = re.compile(r"\b(buildings?|houses?|homes?|school|kindergarten|hospital|clinic|theat(?:re|er)|church|"
                       r"(?:post|ticket|enlistment|recruitment|registry) office|pick-?up point|"
                       r"cathedral|museum|station|plant|factory|warehouse|depot|bridge|substation|infrastructure|"
                       r"apartment|block|market|shop|supermarket|mall|shopping cent(?:re|er)|port|dam|university|"
                       r"library|stadium|hotel|enterprise|farm|granary|silo|facility|"
                       r"facilities|railway|train|bus|car|vehicle|tower|pipeline|refinery)\b")
# those who clear ordnance ("sappers removed a grenade", "deminers destroyed a bomb found on a building site")
DEMINERS = r"(?:sappers|deminers|pyrotechnicians|bomb disposal (?:experts|teams?|specialists|squads?))"
# what a sentence is about when it is not an attack
_NOT_EVENT = re.compile(r"\b(anniversar\w*|commemorat\w*|mourn\w*|years? ago|sentenced|in[ -]absentia|"
                        # ("students have returned to Dnipro, two years after they were evacuated when missiles struck")
                        r"(?:two|three|four|five|\d+)\s+years\s+after|"
                        # a memorial held, not one that stands ("we match the blue fence and the war memorial")
                        r"memorials?(?!\s+(?:and|or|by|near|opposite|beside)\b)(?<!war memorial)"
                        r"(?<!war memorials)|unveil\w*|"
                        r"verdict|convicted|found guilty|pleaded guilty|trial of|adjourned|held (?:a )?training|"
                        # ("a car to the appeal court for a 2022 looting case from Kherson oblast")
                        r"appeal court|court of appeal|(?:19|20)\d\d\s+[\w-]+\s+(?:case|file)\b|"
                        r"training (?:for|of|exercises?)|drills?|military exercises?|"
                        # "sappers removed a tripwire grenade from a yard": ordnance cleared, no attack
                        rf"{DEMINERS}\s+(?:removed|cleared|defused|neutrali[sz]ed)|"
                        # "a demining team cleared 40 hectares of farmland, finding 14 anti-tank mines"
                        r"demining (?:team|teams|crews?|company|companies|organi[sz]ations?|charity)\b(?![’']s)"
                        r"[^.;]{0,30}?\b(?:cleared|surveyed)\b|"
                        r"honou?r(?:ed|ing)? the (?:victims|memory)|vigils?|fundrais\w*|"
                        # "we have no single incident there to report", "front-line reporting with no single event"
                        r"no (?:single|new|specific|separate) (?:incident|event|case|attack)s?\b|"
                        # "a viral photo of a 'destroyed Sumy school' is from 2022": an old picture, no news
                        r"(?:photo|video|image|clip|footage|picture)s?\b[^.;]{0,60}?\b(?:is|are|was|were|dates?)\s+"
                        r"from\s+(?:[a-z]+\s+)?(?:19|20)\d\d|"
                        # "whose wife was killed when a missile hit their block last spring", "whose office lost its
                        # windows to a drone last summer": harm of a past season or month
                        r"(?:killed|died|destroyed|damaged|hit|struck|shelled|wounded|injured|bombed|burned|burnt|"
                        r"lost)\s+(?:[\w'’-]+\s+){0,5}?last\s+(?:year|spring|summer|autumn|fall|winter|january|"
                        # (not a day of it: "hit the bridge at Zatoka last April 26", as Filipino English dates)
                        r"february|march|april|june|july|august|september|october|november|december)\b(?!\s+\d)|"
                        r"(?:charity|benefit) (?:concert|event|run|auction|match|fair|gala|evening)s?|"
                        r"raised (?:money|funds)|"
                        # "the shelling of Orikhiv through the month, with no single day": attacks over a period
                        # ("a rehabilitation centre where most patients were wounded in shelling over the past year")
                        r"(?:over|in|during)\s+the\s+(?:past|last)\s+(?:year|months|years|(?:two|three|six|\d+)\s+"
                        r"(?:months|years))\b|"
                        r"with no (?:single |specific )?(?:day|date)\b|(?:shelling|strikes|attacks|bombardment)\s+of\s+"
                        r"[^.;,]{1,40}?\s+through(?:out)?\s+the\s+(?:month|year)\b|"
                        # "a 2019 drone light show": drones as a spectacle
                        r"(?:drone|light|laser) shows?|"
                        # "we mark one year since the attack on ...", "the town marks four years since its
                        # liberation": a past event remembered
                        r"(?:years?|months?) since (?:the|its|their|his|her)|"
                        # "the oblast daily tally of three dead": a tally over many attacks
                        + TALLY_OVER_TIME + r"|"
                        # "a public record of the 2022 strikes on Chernihiv": attacks of a year, told as a whole
                        r"\b(?:19|20)\d\d (?:strikes|attacks|shelling|bombardments?|bombings)\b|"
                        # "all clear, no hits reported in Lviv": an alert that ended without an attack
                        r"no (?:hits|impacts|strikes|explosions)(?: were| have been)? (?:reported|recorded))\b")
# "sirens sounded in Lutsk, but nothing was hit there", "no drones reached the city": an alert, no attack (unless the
# sentence also tells people hurt: "a salvo killed a trader; in Kramatorsk nothing landed")
_NOBODY_HURT = re.compile(r"\b(?:nobody|no one)\s+(?:was\s+)?(?:\w+\s+)?(?:hurt|injured|killed|wounded)\b")
# ("... but that was air defence, and nothing fell on the town", "the alert ended with nothing falling on Uzhhorod",
# "an alert over Zaporizhzhia ... ended with nothing hit")
_NOTHING_HIT = re.compile(r"\b(?:nothing (?:was hit|landed|fell|falling)|(?:with|and) nothing hit\b|"
                          r"no (?:drones?|missiles?|rockets?|shells?) (?:reached|hit|"
                          # "sirens, no hits", "no launches or hits reported", "no impacts or casualties"
                          # ("no arrivals": a translation's word for hits)
                          r"landed)|no (?:\w+ or )?(?:hits|impacts|arrivals)(?: or (?:casualties|damage|injuries))?)\b")
# "Mykolaiv region - no attacks overnight", "Nikopol had its first night without shelling": no attack, unless the
# sentence tells one besides
_NO_ATTACKS = re.compile(r"\b(?:no (?:new |further |reported |more |other )?"
                         r"(?:attacks?|strikes?|shelling|hits|impacts)"
                         # "No strike has hit the city since the invasion"
                         r"(?:\s+(?:has|have|had)\s+(?:ever\s+|yet\s+)?(?:hit|struck|landed|fallen)(?:\s+the\s+(?:city|town|"
                         r"village|area))?)?|"
                         r"without (?:any )?(?:shelling|strikes|attacks)|"
                         # "No visitor today reported a new attack", "nobody reported any shelling"
                         r"(?:no(?: \w+){1,3}?|nobody|no one) (?:has |had )?(?:reported|told of|mentioned) "
                         r"(?:an? |any )?(?:new |fresh )?(?:attacks?|strikes?|shelling|hits)|"
                         # "the city had gone a month without an air strike"
                         r"(?:gone|went|passed)\s+(?:\w+\s+){1,3}?without\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+)?"
                         r"(?:shelling|strikes?|attacks?)|"
                         # "the enemy did not shell settlements of the hromada"
                         r"(?:did not|didn't|has not|have not|had not) (?:\w+ )?(?:shell|strike|attack|hit|bomb)\w*|"
                         # "Her own greenhouse in Odesa was not hit."
                         r"(?:(?:was|were) not|wasn't|weren't|(?:has|had|have) not been) (?:hit|struck|shelled|"
                         r"damaged))\b")
# "mourns a boy killed when a missile hit ... yesterday evening": mourning a death this day's news tells
# (or the weekday of the death it mourns: "mourns a baker killed by a guided bomb on Friday morning"; not of the
# funeral: "mourners knelt on Saturday as a procession carried the coffins of three soldiers")
_FRESH_DAY = re.compile(r"\b(?:yesterday|last night|overnight|this morning|today|tonight)\b|"
                        r"\b(?:killed|died|wounded|injured|hit|struck)\b[^.;]{0,60}?\b(?:monday|tuesday|wednesday|"
                        r"thursday|friday|saturday|sunday)\b")
_MOURNERS_HARMED = re.compile(r"\b(?:killing|killed|wounding|wounded|injuring|injured|hurting|hurt)\s+"
                              r"(?:[\w-]+\s+){0,3}?mourners?\b|\bmourners?\s+(?:were|was)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt)\b")
# (not a deal "to reopen grain exports", shipping or a sea corridor: trade, no repair)
_REPAIR = re.compile(r"\b(repair\w*|rebuil\w*|reconstruct\w*|restor\w*|"
                     r"reopen\w*(?!\s+(?:the\s+)?(?:grain\s+)?(?:exports?|shipping|corridors?|trade|sea\s+routes?)\b))\b")
# what a target does, not repairs made: "a workshop repairing armoured vehicles", "a tank repair plant", "a car-repair
# business"
_SITES = (r"(?:works|workshops?|plants?|facilit(?:y|ies)|enterprises?|bases?|depots?|shops?|yards?|factor(?:y|ies)|"
          r"centres?|crews?|teams?|brigades?|workers|vans?|trucks?|business(?:es)?|garages?|stations?|"
          r"compan(?:y|ies)|services?|shifts?)")
_REPAIR_SITE = re.compile(rf"\b{_SITES}\s+(?:for\s+|that\s+)?(?:repairing|repairs|repaired)\b|"
                          rf"\brepair\s+{_SITES}\b|"
                          # "hit the workers while they were restoring the line": what the people hit were doing
                          r"\bwhile\s+(?:[\w-]+\s+){0,4}?(?:repairing|restoring|rebuilding)\b|"
                          # "Reconstruction: a red Skoda hit by an FPV drone ...": an investigator's record type
                          r"^\W*reconstruction\s*[:\-–—]|"
                          # "Reconstruction of Saturday's shelling of the market from 41 images": an attack pieced
                          # together, not rebuilt
                          r"\breconstruct(?:ion|ing|ed|s)?\s+(?:of\s+)?(?:the\s+|a\s+|an\s+|[\w-]+['’]s\s+)?"
                          r"(?:[\w-]+\s+)?(?:shelling|strikes?|attacks?|bombing|explosions?|blasts?|impacts?)\b")


# "on Friday, the first anniversary of the invasion, ...": a day named by its anniversary, not a commemoration
_DAY_OF_ANNIVERSARY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
                                 r"\d{1,2}(?:st|nd|rd|th)? \w+|\w+ \d{1,2}(?:st|nd|rd|th)?),\s+the\s+(?:\w+\s+)?"
                                 r"anniversary of\b|"
                                 # "on the anniversary of the full-scale invasion, a man was wounded in X"
                                 r"\bon the (?:\w+\s+)?anniversary of (?:the |russia's |russia’s )?(?:full-scale )?"
                                 r"(?:invasion|war)\b")
# a reaction to an attack, not an attack: "the minister condemned the attack on Kyiv"
_REACTION = re.compile(r"\b(condemn\w*|denounc\w*|deplor\w*|expressed (?:its |his |her )?condolences)\b")


_FUNDS = ("fundrais", "charity", "benefit", "raised money", "raised funds")  # money raised, told by _NOT_EVENT
# a memorial hit, or a stela, park or plaque ("a rocket toppled a memorial stela", "wrecked the town's war memorial")
_MEMORIAL_STANDS = re.compile(r"\b(?:hit|struck|wrecked|damaged|destroyed|toppled|scarred|shelled|beside|outside)\b"
                              r"[^.;,]{0,40}?\bmemorials?\b|\bmemorials?\s+(?:stelae?|steles?|parks?|complex|plaques?|"
                              r"stones?|signs?|walls?|crosses)\b")


def _not_event(c: Cues) -> bool:
    """The sentence is about a commemoration, a trial or mourning (:data:`_NOT_EVENT`), not about the day an
    anniversary names."""
    found = c.search(_NOT_EVENT)
    if found is not None and found.group(1).startswith("memorial") and _MEMORIAL_STANDS.search(c.low):
        # "shells hit the park beside a famine memorial": a memorial that stands, not one held
        found = _NOT_EVENT.search(_MEMORIAL_STANDS.sub(lambda m: m.group().replace("memorial", "monument"), c.low))
    if found is not None and found.group(1).startswith("no ") \
            and (_HURT.search(rest := c.low[:found.start()] + c.low[found.end():]) or _STRUCK.search(rest)) \
            and is_violent(rest):
        return False  # "a missile killed a man in Kyiv; in Poltava no hits were recorded": one place's quiet night
    if found is not None and found.group(1).startswith(_FUNDS) and (where := c.low.find(", where ", found.end())) > 0 \
            and _HURT.search(told := c.low[where:]) and not _NOT_EVENT.search(told) and is_violent(told):
        return False  # "raised money for a family in Chernihiv, where shelling on Wednesday killed four": the attack
    if found is not None and found.group(1).startswith("mourn") and (
            c.search(_FRESH_DAY) or c.search(_MOURNERS_HARMED)) and _NOT_EVENT.search(c.low, found.end()) is None:
        return False  # (or mourners hurt: "shells hit the cemetery during a burial, wounding two mourners")
    if found is None or not found.group(1).startswith("anniversar") or not c.has("anniversary of"):
        return found is not None
    return _NOT_EVENT.search(_DAY_OF_ANNIVERSARY.sub(" ", c.low)) is not None


# "... sentenced a colonel for the shelling of Chernihiv in March 2022. The attacks killed 14 civilians.": the
# attack a trial or a commemoration told, told again
_THE_ATTACK = re.compile(r"^(?:the|these|those|that|this)\s+(?:\w+\s+)?(?:attacks?|strikes?|shelling|bombings?|"
                         r"bombardments?|explosions?)\b", re.I)


def retells(sentence: Cues, before: Cues) -> bool:
    """Does ``sentence`` tell again the attack that ``before``, a sentence about a trial, a commemoration
    or mourning, was about?"""
    return _THE_ATTACK.match(sentence.text) is not None and _not_event(before)


def _repairs(c: Cues) -> bool:
    """The sentence tells of repairs or reconstruction (not of a repair works as the target hit)."""
    return bool(c.search(_REPAIR)) and (not c.has("repair", "while", "reconstruction") or
                                        _REPAIR.search(_REPAIR_SITE.sub("", c.low)) is not None)
# "staff visiting the district heard repeated accounts of drones targeting vehicles", "residents who describe
# attacks arriving with no warning": what witnesses tell in general, not an event
_ACCOUNTS_OF = re.compile(r"\b(?:heard|hear|recounted|gave|give|shared)\s+(?:\w+\s+){0,2}?(?:accounts|testimon\w+|"
                          r"stories)\s+of\b|\bwho\s+(?:describe[ds]?|recall(?:ed)?)\s+(?:\w+\s+){0,2}?"
                          r"(?:attacks|strikes|shelling|drones)\b")
# "communities that are shelled almost daily", "citing constant shelling": a state of affairs, not an event
_HABITUAL = re.compile(r"\b(almost daily|nearly daily|(?:shelled|attacked|hit|targeted|struck|goes on|go on|continues|"
                       r"continue|rages|rage)\s+(?:almost |nearly |practically )?(?:daily|every day|"
                       r"regularly|constantly|frequently|routinely)|(?:constant|daily|regular|incessant|persistent|"
                       r"frequent|routine) (?:\w+ )?(?:shelling|attacks|bombardments?|strikes|fire)|"
                       # "has been struck repeatedly by missiles in recent months"
                       r"(?:has|have) been (?:shelled|attacked|hit|targeted|struck) repeatedly|"
                       # "with strikes most weeks", "with fighting around Synkivka all month": no one day's event
                       r"(?:strikes|shelling|shells|fighting|attacks|bombardments?|clashes)\b[^.;,]{0,40}?\b(?:most|every|all|"
                       r"each)\s+(?:days|weeks|nights|month|week)|"
                       # "Trend: slight decrease in strikes on Kharkiv city, increase on Chuhuiv": a count's trend
                       r"(?:increase|decrease|rise|drop|fall|decline|surge|spike|uptick|downturn)s?\s+in\s+(?:the\s+)?"
                       r"(?:number\s+of\s+)?(?:strikes|attacks|shelling|drone\s+attacks|bombardments|incidents))\b")
_WEAK_NOT_EVENT = re.compile(r"\b(flood\w*|outages?|blackouts?|power cuts?|without (?:power|electricity|water|"
                             r"heating)|evacuat\w*|storms?|rain\w*|snow\w*|weather|heatwave|wildfires?)\b")
# accidents kill too, but are not political violence unless a weapon or a fight is named
# (a building site's: "a scaffold gave way at a housing site, injuring two builders")
_ACCIDENT = re.compile(r"\b(accidents?|crash\w*|collision|drown\w*|road traffic|gas (?:leak|explosion|blast)|"
                       r"caused by a (?:gas )?leak|"
                       r"carbon monoxide|(?:a|the) fire|fire broke out|blaze|short circuit|collapsed? due to|"
                       # "a gas cylinder blew up in a house; police named a leak as the cause", "was an electrical
                       # fault"
                       r"gas (?:cylinder|canister|bottle)s? (?:blew up|exploded|burst)|"
                       r"(?:named|gave|blamed|cited) an? (?:gas )?leak|electrical fault|faulty (?:wiring|heater|stove|"
                       r"boiler)|"
                       r"scaffold(?:ing)? (?:gave way|collapsed|fell)|electrocut\w*|"
                       # "the 'explosion' ..., which the rescuers say was an old fuel tank catching fire"
                       r"(?:was|were) an? (?:old |faulty |leaking )?(?:[\w-]+ )?(?:tank|boiler|cylinder|pipe|"
                       r"transformer)s? (?:catching fire|exploding|bursting)|"
                       # "the 'explosion' in Sambir turned out to be a gas boiler at a bakery", "the 'explosion'
                       # heard on Wednesday was a quarry blast": what was heard, no attack
                       r"(?:turned out to be|proved to be|was in fact|was actually|was) an? (?:[\w-]+ )?"
                       r"(?:gas boiler|boiler|quarry blast|blast at a quarry|fireworks?|firecrackers?))\b")
_ATTACK = re.compile(r"\b(attack\w*|strikes?|struck|shell\w*|bombard\w*|shot|fired|explo\w*|blasts?|killed|"
                     r"killing|wounded|injured|dead|died)\b")
_REPEL = re.compile(r"\b(repel\w*|repuls\w*|beat back|fought off|thwart\w*)\b")
_UKR_ASSAULT = re.compile(r"\bukrain\w* (?:forces|troops|units|soldiers|army)? ?(?:counter-?attack\w*|"
                          r"counter-?offensive|assault\w*|attack(?:ed|ing)|advanc\w*|storm\w*)")
_GENERIC_STRIKE = re.compile(r"\b(strikes?|struck|hit|attack\w*|bomb\w*|explo\w*|drones?)\b")
# fire from small arms: a sniper, a rifle, machine guns
_SMALL_ARMS = re.compile(r"\b(snipers?|sniper fire|rifle (?:shot|fire)|small[- ]arms(?: fire)?|machine[- ]gun\w*|"
                         r"automatic weapons?)\b")
_HOSTILE = re.compile(r"\b(shell\w*|strikes?|struck|attack\w*|shot)\b")
_BELONGINGS = (r"(?:furniture|appliances|belongings|property|goods|equipment|valuables|livestock|cattle|"
               r"vehicles?|cars?|trucks?|lorr(?:y|ies)|tractors?|grain)")
_LOOT = re.compile(r"\b(loot\w*|plunder\w*|pillag\w*|ransack\w*|seiz\w* (?:\w+ ){0,3}?(?:grain|goods|property|"
                   r"equipment|vehicles?|cars?|cargo|ships?|vessels?|tankers?|weapons|ammunition|humanitarian aid)|"
                   # "broke into the flat ... and carried off furniture", "stole a tractor"
                   rf"(?:(?:carried|carrying|took|taking|hauled|drove|driving) (?:off|away|out)|stole|confiscated|"
                   rf"removed) (?:[\w'’]+ ){{0,3}}?{_BELONGINGS}|"
                   # "flats of displaced families seized as 'ownerless'", "houses declared ownerless and handed over"
                   r"(?:seized|declared|taken|nationali[sz]ed) (?:as )?['‘’\"“]?ownerless)")
_WITHDRAW = re.compile(r"\b(withdr[ae]w\w*|pulled out|retreated|without a fight|handed over)\b")
_UNCONTESTED = re.compile(r"\b(without a fight|without fighting|without (?:a )?(?:battle|resistance)|no resistance|"
                          r"handed over|unopposed)\b")
_ABDUCT = re.compile(r"\b(abduct\w*|kidnap\w*|forcibly (?:disappeared|deported|taken)|"
                    # "searched the house and took away her husband", "took him from his home"
                    r"t(?:ook|aken) away|took (?:him|her|them) (?:away|from (?:his|her|their) (?:home|house|flat))|"
                    r"(?:took|taken|taking|brought) (?:\w+ ){0,2}to an unknown (?:location|destination)|"
                    r"whereabouts (?:are|is|remain\w*) unknown|enforced disappearances?|"
                    # "took a resident, 34, from his home, no news of him since"
                    r"took (?:a|an|the|two|three) [^.;]{1,40}? from (?:his|her|their) (?:home|house|flat|apartment)|"
                    r"no news (?:of|from) (?:him|her|them) since|heard nothing (?:from (?:him|her|them) )?since|"
                    # "took his son (41) from their house"
                    r"took (?:his|her|their) (?:\w+ )?(?:sons?|daughters?|husband|wife|father|mother|brothers?|"
                    r"sisters?|grandsons?|relatives?|neighbou?rs?)(?: \(\d+\))? (?:away|from))\b")
# what a protest is about: "demanding the return of those abducted", "calling for the release of ..."
_DEMANDING = re.compile(r"\b(?:demand\w*|calling for|called for|call for|in support of|to protest|protesting|"
                        r"against)\b")
_ARREST = re.compile(r"\b(detain\w*|detention of|arrest\w*)\b")
_PROTEST = re.compile(r"(?<!lodged a )(?<!diplomatic )\b(rall(?:y|ies|ied|ying)|"
                      r"protest(?:s|ed|ing)?(?! (?:to|note|with))|protesters|protestors|demonstrations?|"
                      r"demonstrators|picket\w*|took to the streets|"
                      # "relatives gathered outside the regional administration, demanding news of them"
                      r"gathered (?:outside|in front of|at|near) [^.;]{1,80}?,? demanding|"
                      # "about 60 people gathered outside the enlistment office", "a crowd gathered at the town hall"
                      r"(?:people|residents|women|men|relatives|mothers|wives|locals|crowds?|dozens|hundreds)\s+"
                      r"(?:had\s+)?(?:gathered|assembled|massed)\s+(?:outside|in front of|at|near|by))\b")
# protesters who turn violent: ACLED's "Violent demonstration" (a riot)
_RIOTING = re.compile(r"\b((?:threw|throwing|hurled|hurling|pelted)\s+(?:[\w-]+\s+)?(?:stones|rocks|bottles|bricks|"
                      r"molotov\w*|petrol bombs|firecrackers|fireworks)|smashed (?:the |its )?windows|"
                      r"stormed (?:the|an?) (?:building|office|administration))\b")
# a crowd that turns on people: "about 30 people surrounded a recruitment office minibus and pulled out a man", "a
# group of residents surrounded a TCC vehicle and freed a man": ACLED's "Mob violence"
_MOB = re.compile(r"\b(?:crowd|group|mob|people|residents|locals|villagers|men|women)\b[^.;]{0,40}?\bsurrounded\s+"
                  r"[^.;]{0,80}?\b(?:freed|pulled out|pulled|released|beat|dragged|took back)\b|"
                  r"\bmob\b[^.;]{0,30}?\b(?:beat|attacked|lynched)\b")
# (ACLED: excessive force is violence that kills or hurts; a protest dispersed with stun grenades, tear gas or shots in
# the air, and no one hurt, is one with intervention)
_PROTEST_FORCE = re.compile(r"\b(kill\w*|injur\w*|wound\w*|beat\w*|gunfire|shot (?:dead|at)|opened fire on|"
                            r"fired (?:on|at|into) the (?:crowd|protesters|protestors|rally|demonstrators))\b")
_PROTEST_HELD = re.compile(r"\b(dispers\w*|detain\w*|arrest\w*|broke up|break up|stun grenades?|tear gas|"
                           r"rubber bullets|shots? in(?:to)? the air)\b")
# someone burning something down ("soldiers burned down the shop"), not a building that burned down after a strike
_ARSON = re.compile(r"\b(set (?:fire to|on fire|ablaze)|arson\w*|torch(?:ed|ing)|"
                    r"burn(?:ed|t) down(?=\s+(?:the|a|an|his|her|their|several|dozens|houses|homes|\d)\b)|"
                    r"burn(?:ed|t) (?:the|a|an|his|her|their) [\w ]{1,30}? down)\b")
_SHOTDOWN = re.compile(r"\b(shot down|intercepted|downed|destroyed in the air|neutrali[sz]ed|"
                       # "air defence systems destroyed 23 drones over the Bryansk region"
                       r"destroyed (?:\w+ ){0,3}(?:drones?|uavs?|missiles?) (?:over|above))\b")
_CIVILIAN = re.compile(r"\b(civilians?|residents?|children|child|girl|boy|woman|women|man|men|elderly|pensioners?|"
                       r"passengers?|drivers?|pedestrians?|passers-by|bus|market|apartment|residential|homes?|"
                       r"houses?|hospital|school|kindergarten|shop|supermarket|café|cafe|restaurant|playground|"
                       r"workers?|employees?|farmers?|tractor|fisherm[ae]n|anglers?|cyclists?|motorists?|"
                       r"city cent(?:re|er)|volunteers?|medics?|journalists?|people)\b")
_MILITARY_TARGET = re.compile(r"\b(positions?|troops|soldiers|servicemen|military (?:target|facility|facilities|"
                              r"equipment|base)|airfield|air base|ammunition|depot|command post|bridge|refinery|"
                              r"oil depot|pillar|radar|headquarters|fleet|warships?|brigade|units?)\b")
_UKR_ACTOR = re.compile(r"\b(ukrain\w+ (?:forces|troops|army|military|(?:naval |sea |attack |long-range )?drones?|"
                        r"missiles?|strikes?|attack|units?|defen[cs]e forces|navy|soldiers|sabotage|artillery|gunners|"
                        r"aircraft|air force|aviation)|ukraine's (?:military|army|forces|"
                        r"sbu|navy|general staff|security service)|sbu|hur|kyiv claimed|ukraine claimed|"
                        r"ukrainian special|security service of ukraine)\b")
_UNKNOWN_ATTACKERS = re.compile(r"\b(?:unknown|unidentified|masked)\s+(?:gunmen|assailants|attackers|men|persons|"
                                r"people|shooters)\b")
_RUS_ACTOR = re.compile(r"\b(russia\w*|moscow|kremlin)\b")
DIPLOMACY = re.compile(r"\b(talks|negotiat\w*|summit|delegation|memorand\w*|ceasefire|truce|sanctions?|"
                       r"prisoner (?:swap|exchange)|peace (?:plan|proposal|deal)|diplomat\w*)\b")


# words one of which a match of the pattern contains: a quick "no" before a slow search
_GATES: dict[int, tuple[str, ...]] = {id(p): stems for p, stems in {
    _MOB: ("surrounded", "mob"),
    _RIOTING: ("threw", "throwing", "hurl", "pelted", "smashed", "stormed"),
    _LOOT: ("loot", "plunder", "pillag", "ransack", "seiz", " off ", " away ", " out ", "stole", "confiscat",
            "ownerless", "removed"),
    _REACTION: ("condemn", "denounc", "deplor", "condolence"),
    _ABDUCT: ("abduct", "kidnap", "forcibly", "unknown", "whereabouts", "took ", "taken away", "enforced", "no news",
              "heard nothing"),
    _ARREST: ("detain", "detention", "arrest"),
    _PROTEST: ("rall", "protest", "demonstrat", "picket", "streets", "demanding", "gathered", "assembled", "massed"),
    DIPLOMACY: ("talks", "negotiat", "summit", "delegation", "memorand", "ceasefire", "truce", "sanction", "prisoner ",
                "peace ", "diplomat"),
    _UKR_ACTOR: ("ukrain", "sbu", "hur", "kyiv claimed"),
    _VAC: ("shot", "execut", "tortur", "opened fire", "open fire", "opens fire", "abducted and killed", "beat",
           "shooting", "fired at", "fired on", "fired upon", "checkpoint", "roadblock", "fired into", "opening fire",
           "raked", "fired a", "fired the", "fired their", "gunm"),
    _REMOTE_REPEL: ("repel", "repuls"),
    _UNCONTESTED: ("without", "resistance", "handed over", "unopposed"),
    _HABITUAL: ("daily", "every day", "regular", "constant", "frequent", "routine", "incessant", "persistent",
                "repeatedly", "most ", "every ", "all ", "each ", "crease", "rise", "drop", "fall", "decline",
                "surge", "spike", "uptick", "downturn"),
    _ACCOUNTS_OF: ("accounts", "testimon", "stories", "describe", "recall"),
    _SHOTDOWN: ("shot down", "intercepted", "downed", "destroyed", "neutrali"),
    _ACCIDENT: ("accident", "crash", "collision", "drown", "road traffic", "gas ", "carbon monoxide", "fire", "blaze",
                "short circuit", "collapse", "scaffold", "electrocut", "tank", "boiler", "cylinder", "pipe",
                "transformer", "quarry", "firework", "firecracker", "leak", "electrical", "faulty"),
}.items()}  # by id(pattern), as Cues.search looks them up
_CASUALTY = re.compile(r"\b(kill\w*|dead|died|wound\w*|injur\w*|shot|executed|tortur\w*|beat(?:en)?)\b")
_SIDE = re.compile(r"\b(russia\w*|moscow|kremlin|ukrain\w*|kyiv|sbu|national guard|azov|uaf|afu|zsu|vsu|ato|dpr|lpr|"
                   # a coder's shorthand: "UA forces entered ...", "RU units took ..."
                   r"(?:ua|ru|rf)(?= (?:forces|troops|units?|army|soldiers|military|mod|armed forces|"
                   r"defen[cs]e ministry)\b)|"
                   # ("the foe claimed Milove, which Kyiv denied": Ukraine's words for Russia's side)
                   r"separatists?|rebels?|wagner|foe|occupiers|invaders)\b")
_UKRAINE_SIDE = ("ukrain", "kyiv", "sbu", "national guard", "azov", "uaf", "afu", "zsu", "vsu", "ato", "ua")
_CAUSE = re.compile(r"\b(?:after|following|because of|due to|caused by|citing|amid)\s+(?:[\w-]+\s+){0,4}?"
                    # (not one strike on something named: "without power after a Russian strike on a substation")
                    r"(?:attacks|strikes|shelling|missiles?|drones?|(?:attack|strike)(?!\s+(?:on|against)\b))"
                    r"(?:\s+(?:attacks|strikes|raids)(?!\s+(?:on|in|at)\b))?\b|"
                    # "evacuation ... as Russian shelling intensifies"
                    r"\bas\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|shelling|bombardments?|fighting)\s+"
                    r"(?:intensif\w*|escalat\w*|continu\w*|grows?|increas\w*|worsen\w*)\b")
_HURT = re.compile(r"\b(kill\w*|injur\w*|wound\w*|hurt|died|dead|casualt\w*|victims?)\b")
# damage done: "damaged", "destroyed", "started a fire", "set a car on fire", "fell onto the forecourt and burnt"
_DAMAGE_DONE = r"damag\w*|destroy\w*|(?:started|starting|caused|causing|sparked|sparking) a fire|" \
    r"(?:set|setting|sets) (?:\w+ )?(?:on fire|ablaze)|burnt|" \
    r"burned down"
_HIT = re.compile(rf"\b(hit|struck|{_DAMAGE_DONE})\b")
_DEBRIS = re.compile(r"\b(debris|wreckage|fragments of (?:a|the|an) (?:downed|intercepted))\b")
# "Debris damaged the roof of a warehouse": what a downed weapon's debris did
_DEBRIS_DAMAGE = re.compile(rf"\b(?:debris|wreckage)\b[^.;]{{0,60}}?\b(?:{_DAMAGE_DONE}|(?:set|setting|sets) "
                            r"(?:[\w-]+ ){0,7}?(?:on fire|ablaze)|"
                            # "debris fell on a house", "wreckage fell on garages": on what people live in and use
                            r"(?:fell|landed|crashed) (?:on|onto|into) (?:a |an |the |two |three |several )?"
                            r"(?:[\w-]+ )?(?:houses?|homes?|roofs?|buildings?|garages?|cars?|schools?|yards?|blocks?|"
                            r"warehouses?|sheds?|flats?|apartments?|shops?))", re.I)


def debris_damaged(sentence: str) -> bool:
    """Does the sentence say a downed weapon's debris damaged something ("Debris damaged the roof ...")?"""
    return _DEBRIS_DAMAGE.search(sentence) is not None
# "without causing casualties or damage", "no damage was reported": what did not happen
_NEGATED = re.compile(r"\b(?:no|without(?: causing)?|not cause|caused no|causing no)\s+(?:\w+\s+){0,1}?"
                      r"(?:damage|casualties|injuries|victims|deaths)(?:\s+(?:or|and)\s+(?:damage|casualties|"
                      r"injuries|victims|deaths))?\b|"
                      # ("its debris landed in a field, damaging nothing")
                      r"\bdamag(?:ing|ed)\s+nothing\b|\bnothing\s+(?:was\s+)?damaged\b")
# a weapon named as the target ("a drone assembly workshop", "missile storage"), not as the means
_WEAPON_TARGET = re.compile(r"\b(?:drones?|uavs?|missiles?|rockets?|shells?|ammunition)\s+"
                            # (not "drones damaged warehouses": what a weapon hit)
                            r"(?:(?!(?:hit|hits|struck|strike|strikes|damaged|destroyed|targeted|attacked|burned|burnt|"
                            r"set|wrecked|smashed|shelled|bombed)\b)[\w-]+\s+)?"
                            r"(?:assembly|production|factory|factories|plant|workshops?|depots?|warehouses?|storage|"
                            r"launch(?:ing)? (?:sites?|pads?)|operators?|control points?|manufactur\w*)\b")
# explosives dropped from a drone: an air strike (ACLED), not a planted IED
_DROPPED = re.compile(r"\b(?:drop(?:ped|s|ping)?|release[ds]?)\b")
# "dropped a munition on a man", "dropping explosives on a car": from the air (a drone, in this war)
_DROPPED_MUNITION = re.compile(r"\bdrop(?:ped|s|ping)?\s+(?:[\w-]+\s+){0,2}?(?:munitions?|explosives?|grenades?|"
                               r"bombs?|ordnance)\b")


def _subject(c: Cues, verb_at: int, unnamed: str = RUSSIA) -> str:
    """The side named last before the capture verb ("Russia's ministry said its troops took ..."),
    else the first one after it, else ``unnamed``."""
    before = [m for m in _SIDE.finditer(c.low) if m.start() < verb_at]
    side = before[-1] if before else next(_SIDE.finditer(c.low), None)
    if side is None:
        return unnamed
    return UKRAINE if side.group(1).startswith(_UKRAINE_SIDE) else RUSSIA


def _other_event(c: Cues) -> bool:
    """An arrest, a protest or an arson attack: events ACLED codes though nothing is fired."""
    return bool(c.search(_ARREST)) or (bool(c.search(_PROTEST)) and not c.search(DIPLOMACY)) or \
        bool(c.search(_MOB)) or \
        (c.has("fire", "arson", "torch", "burn") and bool(c.search(_ARSON)))


def _weapons(c: Cues) -> re.Match[str] | None:
    """A weapon named: a mine or IED, an aircraft or drone, a shell or missile."""
    return c.search(_IED) or c.search(_AIR) or c.search(_SHELL)


def names_weapon(text: str | Cues) -> bool:
    """Does the text name a weapon (a mine, a drone or aircraft, a shell or missile)?"""
    return _weapons(cues(text)) is not None


def mixed_weapons(sentence: str | Cues) -> bool:
    """Does the sentence name both an aircraft or drone and artillery, a rocket or a missile (not the rockets an
    attack aircraft fires: "two helicopters fired unguided rockets at X")?"""
    c = cues(sentence)
    return c.search(_AIR) is not None and c.search(_SHELL) is not None and not (
        has_any(c.low, _AIRCRAFT_STEMS) and _AIRCRAFT_FIRED.search(c.low) is not None)


def names_method(sentence: str | Cues) -> bool:
    """Does the sentence itself say how the violence was done (a weapon, a clash, a capture, an
    arrest...)? "A man was killed in X" does not: it continues the attack told before it."""
    c = cues(sentence)
    return bool(_weapons(c) or c.search(_CLASH) or c.search(_GROUND) or c.search(_CAPTURE) or _claimed_place(c)
                or c.search(_VAC)
                or c.search(_SHOTDOWN) or c.search(_PROTEST) or c.search(_ARREST) or c.search(_LOOT)
                or c.search(_ABDUCT) or (c.search(_ARSON) and not c.search(_CASUALTY)))


# "Moscow claims Andriivka", "Russia's ministry today claimed Pervomaiske": a claim of a place by its name (read
# in the text as written: a capital letter, and not a country, a capital or a person claimed to have done something)
_CLAIMED_NAME = re.compile(r"\bclaim(?:s|ed)\s+(?!(?:Ukrain|Russia|Kyiv|Kiev|Moscow|Kremlin|Zelensk|Putin|Wagner|"
                           r"Belarus|NATO|Western|European)\w*)(?=[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"
                           # ("RU MoD claims Malynivka (Polohy raion); ...": with its area)
                           r"(?:\s*\([^()]{1,40}\))?(?:[,.;]|\s+(?:on|in|"
                           r"and|as|after|a|the|which|west|east|north|south|yesterday|today|overnight|"
                           # ("the radio says the Russians claimed Vuhledar that day")
                           r"that\s+(?:day|night|morning|afternoon|evening|week)|"
                           # ("Russia claimed Chasiv Yar Thu 7/31")
                           r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\.?\s+\d)\b|$))")
# "Wagner-linked channels claim Orikhovo-Vasylivka (Bakhmut raion) was taken on Sunday": a place taken, passive
_TAKEN_PLACE = re.compile(r"\b[A-Z][\w'’-]+(?:\s*\([^()]{1,40}\))?\s+(?:was|has been|had been)\s+"
                          r"(?:fully\s+|finally\s+|completely\s+)?(?:taken|captured|seized)\b"
                          r"(?!\s+(?:to|away|into|from|out|off|hostage|prisoner|for)\b)")


def _claimed_place(c: Cues) -> re.Match[str] | None:
    return (_CLAIMED_NAME.search(c.text) if c.has("claim") else None) or \
        (_TAKEN_PLACE.search(c.text) if c.has(" taken", "captured", "seized") else None)


_SAID = re.compile(r"\b(?:claim(?:s|ed)?|said|says|announced|reported)\b")


def claims_ground(sentence: str | Cues) -> bool:
    """Does the sentence tell a side's claim of ground taken ("Moscow said its troops had taken X")?"""
    c = cues(sentence)
    return c.search(_SAID) is not None and (c.search(_CAPTURE) is not None or _claimed_place(c) is not None)


# "The strike came as African leaders prepared a peace mission to Kyiv": the attack just told, and what went on
# around it
_CAME_AS = re.compile(r"^\W*(?:the|this|that|it|its)\s+(?:[\w'’-]+\s+){0,2}?(?:strikes?|attacks?|shelling|bombardment|"
                      r"barrage|raids?|assault)\s+(?:came|comes|happened|occurred|took place)\s+(?=as|amid|while|just|"
                      r"days?|hours?|a|weeks?|shortly|soon|less|after|before|on the eve)\b")


def _debris_did_damage(c: Cues) -> bool:
    """Does the sentence say a downed weapon's debris did damage ("Debris also started a fire at an energy facility";
    not "debris in the port area, no damage")?"""
    return c.has("debris", "wreckage") and _DEBRIS_DAMAGE.search(_NEGATED.sub(" ", c.low)) is not None


_ANIMAL_WORDS = HERDS
# "Ten of the Zolochiv cows were killed", "killing two calves": animals harmed
_ANIMALS_HARMED = re.compile(rf"\b(?:{'|'.join(_ANIMAL_WORDS)})\s+(?:were|was|had been|have been)\s+(?:killed|wounded|"
                             rf"injured|hurt)\b|\b(?:killing|killed|wounding|wounded|injuring|injured)\s+"
                             rf"(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(_ANIMAL_WORDS)})\b")

# "drones dropped leaflets over Bilozerka telling residents to leave", "leaflets dropped by drone over Marhanets":
# propaganda dropped, no attack (what else the sentence tells still counts)
_LEAFLET_DROP = re.compile(r"\b(?:drones?\s+|aircraft\s+|planes?\s+)?(?:dropped|scattered|dropping|scattering)\s+"
                           r"(?:[\w-]+\s+){0,2}?leaflets\b|\bleaflets\s+(?:[\w-]+\s+){0,3}?(?:dropped|scattered)\s+"
                           r"(?:[\w-]+\s+){0,3}?by\s+(?:a\s+|an\s+)?(?:drones?|aircraft|planes?)\b")


# a question quoted asks, it tells nothing (a survey's question, not a Q&A's, answered after it): "sent 08:00: 'Any
# strikes or casualties since Friday?'"
_ASKED = re.compile(r":\s*['\"‘“][^'\"‘“’”]*\?['\"’”]?\s*$")


# a claim the writer says cannot be checked: "an occupation channel's claim that drones hit Vasylivka on Friday, which
# cannot be verified"
_CLAIM_UNVERIFIED = re.compile(r"\bclaims?\s+that\b[^.;]{0,120}?,\s*which\s+(?:cannot|can ?not|could not|couldn['’]t)"
                               r"\s+be\s+(?:independently\s+)?(?:verified|confirmed|corroborated)\b")
# clearing mines is demining: "a former soldier clearing mines for a charity"
_CLEARING_MINES = re.compile(r"\b(?:clear(?:ing|ed|s)?|remov(?:ing|ed|es)|lifting)\s+(?:land\s*)?mines\b")
# the word for an attack set in quotes, then what it was: "Saturday's 'explosion' near Mukachevo was fireworks at a
# wedding", "the 'strike' at Merefa in the staff chat was a transformer fire" (what the clause tells after it is no
# attack unless it names a weapon: "the 'missile' was in fact a drone")
_SCARE_QUOTED = re.compile(r"['‘\"“](?:explosions?|blasts?|strikes?|missiles?|attacks?|hits?|shelling|bombing|"
                           # ("the 'drone' seen over Sokyriany on Friday was a weather balloon")
                           r"bang|drones?|rockets?)['’\"”](?P<tail>[^.;'‘’\"“”]{0,80}?\b(?:was|were|turned out to be|"
                           r"proved to be)\s+[^.;]*)")


# a report of an attack the writer says was false: "as the strike rumoured on Sunday afternoon was false, police
# confirm" (what the clause tells after it is no attack either)
_FALSE_REPORT = re.compile(r"\b(?:strikes?|attacks?|explosions?|blasts?|shelling|hits?)\s+"
                           r"(?:rumou?red|reported|claimed|posted|said)\b[^.;]{0,50}?\b"
                           r"(?:was|were|proved|turned out to be)\s+"
                           r"(?:false|untrue|fake|a fake|a hoax|a rumou?r|not true)\b[^.;]*")


# a grenade thrown by hand (not one a drone dropped): "threw a grenade over the fence"
_THROWN_GRENADE = re.compile(r"\b(?:threw|thrown|throws|throwing|tossed|tossing|lobbed)\s+(?:a\s+|an\s+|two\s+|"
                             r"the\s+)?(?:[\w-]+\s+)?grenades?\b")  # ("threw an RGD-5 grenade")


def is_violent(sentence: str | Cues) -> bool:
    """Does the sentence report violence (not talks about it, nor floods, repairs or anniversaries)?"""
    c = cues(sentence)
    if "?" in c.text and c.search(_ASKED):
        return False
    if (scare := c.search(_SCARE_QUOTED)) is not None and not names_weapon(scare.group("tail")):
        return is_violent(c.low[:scare.start()] + " " + c.low[scare.end():])
    if (false := c.search(_FALSE_REPORT)) is not None:
        return is_violent(c.low[:false.start()] + " " + c.low[false.end():])
    if c.has(*_ANIMAL_WORDS) and (harmed := c.search(_ANIMALS_HARMED)) is not None:
        return is_violent(c.low[:harmed.start()] + " " + c.low[harmed.end():])  # violence to people or places only
    if c.has("claim") and (doubted := c.search(_CLAIM_UNVERIFIED)) is not None:
        # "an occupation channel's claim that drones hit Vasylivka on Friday, which cannot be verified": no attack told
        return is_violent(c.low[:doubted.start()] + " " + c.low[doubted.end():])
    if c.has("mines") and (clearing := c.search(_CLEARING_MINES)) is not None:
        # "a former soldier clearing mines for a charity said his team had left Lysychansk": demining, no attack
        return is_violent(c.low[:clearing.start()] + " " + c.low[clearing.end():])
    if c.has("leaflet") and (dropped := c.search(_LEAFLET_DROP)) is not None:
        return is_violent(c.low[:dropped.start()] + " " + c.low[dropped.end():])
    if c.has("not counted") and (uncounted := c.search(_NOT_COUNTED_AS)) is not None:
        # "Medics treated four people for shock, not counted as injured.": no harm told
        return is_violent(c.low[:uncounted.start()] + " " + c.low[uncounted.end():])
    if c.has(" came ", " comes ", " happened ", " occurred ", " took place ") and (told := c.search(_CAME_AS)):
        return is_violent(c.low[told.end():])  # (only what it tells besides the attack)
    if not (c.search(_CAPTURE) or _claimed_place(c) or c.search(_CLASH) or _weapons(c) or c.search(_GENERIC)
            or c.search(_SHOTDOWN)
            or c.search(_LOOT) or c.search(_ABDUCT) or (c.search(_DAMAGE) and c.search(FACILITY)) or _other_event(c)
            or _debris_did_damage(c)
            or c.search(_VAC)):
        return False
    if not (c.search(_NOT_EVENT) or _repairs(c) or c.search(_REACTION) or c.search(_WEAK_NOT_EVENT)
            or c.search(_ACCIDENT) or c.search(_HABITUAL) or c.search(_ACCOUNTS_OF) or c.search(_NOTHING_HIT)
            or c.search(_NO_ATTACKS)):
        return True  # the rules below only when an exclusion word occurs
    if c.search(_NO_ATTACKS) and not is_violent(_NO_ATTACKS.sub(" ", c.low)):
        return False
    if (c.search(_HABITUAL) or c.search(_ACCOUNTS_OF)) and not c.search(_HURT):
        return False
    if c.search(_NOTHING_HIT) and not _HURT.search(_NOBODY_HURT.sub("", _NEGATED.sub("", _NOTHING_HIT.sub("", c.low)))):
        return False
    weapons = _weapons(c)
    # (a protest is one whatever it demands: "protested in Kyiv, demanding money for the army, not road repairs")
    if _not_event(c) or ((_repairs(c) or c.search(_REACTION)) and not c.search(_CASUALTY)
                         and not (c.search(_PROTEST) and not weapons)):
        return False
    if c.search(_WEAK_NOT_EVENT):
        # "outages ... after earlier strikes": the attack is the cause told, not the news
        rest = _CAUSE.sub("", c.low) if c.has("after", "following", "because", "due to", "caused", "citing",
                                              "amid", "as ") else c.low
        # (or ground taken: "claimed its troops had taken Basivka, where partners evacuated the last residents")
        if not (_IED.search(rest) or _AIR.search(rest) or _SHELL.search(rest) or _ATTACK.search(rest)
                or _CLASH.search(rest) or _CAPTURE.search(rest)):
            return False
    if not c.search(_ACCIDENT):
        return True
    # (what the accident itself is told by, and an attack denied, name no weapon: "a gas cylinder blew up ...; police
    # named a leak as the cause", "a fire at a depot was an electrical fault and not a strike")
    kept = Cues(_NOT_AN_ATTACK.sub(" ", _ACCIDENT.sub(" ", c.low)))
    return bool(_weapons(kept) or kept.search(_CLASH) or kept.search(_SHOTDOWN) or kept.search(_HOSTILE)
                or _debris_did_damage(c))


_NOT_AN_ATTACK = re.compile(r"\b(?:and\s+)?not\s+(?:a|an|any)\s+(?:strike|attack|shelling)\b|"
                            r"\bruled\s+out\s+(?:a|an|any)\s+(?:strike|attack)\b")


# "in Zhytomyr air defence was active", "explosions were heard over Kyiv": interceptions heard, nothing told hit
_AIR_DEFENCE_ONLY = re.compile(r"\b(?:air defen[cs]es? (?:was|were|is|are) (?:active|working|at work|in action|"
                               r"engaged)|explosions? (?:was|were) heard|"
                               # "blasts heard in Lvov the same night came from air defense, not strikes"
                               r"(?:blasts?|explosions?|booms?) heard\b[^.;]{0,50}?\b(?:came from|were|was) "
                               r"(?:the )?air defen[cs]e)\b")
_STRUCK_WORDS = r"damag\w*|destroy\w*|hit|struck"
_STRUCK = re.compile(rf"\b(?:{_STRUCK_WORDS})\b")
_HIT_TOLD = re.compile(rf"\b(?:{_STRUCK_WORDS}|hits|fell|debris|fragments|fire|blaze|ablaze)\b")  # or what fell


def tells_no_hit(sentence: str | Cues) -> bool:
    """Does a clause tell only that nothing hit its place ("in Konotop there were no hits", "in Zhytomyr air defence
    was active, no damage"), no one hurt and nothing damaged?"""
    c = cues(sentence)
    if not (c.search(_NOTHING_HIT) or c.search(_AIR_DEFENCE_ONLY)):
        return False
    rest = _NEGATED.sub(" ", _NOBODY_HURT.sub(" ", _AIR_DEFENCE_ONLY.sub(" ", _NOTHING_HIT.sub(" ", c.low))))
    return not _HURT.search(rest) and not _HIT_TOLD.search(rest)


def tells_accident(sentence: str | Cues) -> bool:
    """Does the sentence tell of an accident ("a bus crash near Uman with five hurt"), whatever else it tells?"""
    return bool(cues(sentence).search(_ACCIDENT))


def tells_other_news(sentence: str | Cues) -> bool:
    """Does the sentence tell of a repair, an outage, a flood, a trial or an anniversary ("Komyshuvakha — power
    restored after Friday's outage"), whatever else it tells?"""
    c = cues(sentence)
    return bool(c.search(_NOT_EVENT) or _repairs(c) or c.search(_WEAK_NOT_EVENT))


REGAINS, OVERTAKES = "Government regains territory", "Non-state actor overtakes territory"
TERRITORY_SUBS = (OVERTAKES, REGAINS)  # ground taken, by either side


def territory_taken(taker: str, country: str) -> dict:
    """The battle for a place in ``country`` that ``taker`` took: a government takes back its own ground ("Government
    regains territory"), the other side overtakes it ("Non-state actor overtakes territory", as ACLED codes Russia's
    forces in Ukraine and Ukraine's in Russia)."""
    own = (taker == RUSSIA and country == "RU") or (taker == UKRAINE and country == "UA")
    return {"event_type": BATTLES,
            "sub_event_type": REGAINS if own else OVERTAKES,
            "actor1": taker, "actor2": RUSSIA if taker == UKRAINE else UKRAINE, "civilian_targeting": ""}


_NOT_WEAPON = re.compile(r"\b(?:rather than|instead of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:shells?|missiles?|"
                         r"rockets?|bombs?|drones?|mines?|mortars?)(?:\s+or\s+(?:an?\s+)?[\w-]+)?\b|"
                         r",\s+not\s+an?\s+(?:[\w-]+\s+){0,2}?(?:shell|missile|rocket|bomb|drone|mine|mortar)\b", re.I)


def classify(sentence: str | Cues, country: str, hurt: bool = False) -> dict:
    """ACLED event type, sub-type, actors and civilian targeting for one sentence about a place in
    ``country`` (where the event happened); ``hurt``: the text tells elsewhere that people were hurt."""
    c = cues(sentence)
    if ("rather than" in c.low or "instead of" in c.low or "not a" in c.low) and _NOT_WEAPON.search(c.low):
        c = Cues(_NOT_WEAPON.sub(" ", c.text))  # "a guided bomb rather than a shell": the bomb, not the shell
    ukr_actor = bool(c.search(_UKR_ACTOR))
    people = "Russia" if country == "RU" else "Ukraine"  # whose civilians, protesters, armed groups
    victims = f"Civilians ({people})"
    if c.search(_LOOT) and not c.search(_CASUALTY):
        return {"event_type": STRATEGIC, "sub_event_type": "Looting/property destruction",
                "actor1": UKRAINE if (ukr_actor and country == "RU") else RUSSIA if country == "UA" else UKRAINE,
                "actor2": victims, "civilian_targeting": ""}
    abducted = c.search(_ABDUCT)
    if abducted and c.search(_PROTEST) and _DEMANDING.search(c.low, 0, abducted.start()):
        abducted = None  # "held a rally demanding the return of civilians abducted ...": a protest about it
    if abducted and not c.search(_CASUALTY):
        return {"event_type": VAC, "sub_event_type": "Abduction/forced disappearance",
                "actor1": UKRAINE if country == "RU" else RUSSIA, "actor2": victims,
                "civilian_targeting": "Civilian targeting"}
    weapons = _weapons(c)
    if not weapons and c.search(_MOB):
        return {"event_type": RIOTS, "sub_event_type": "Mob violence", "actor1": f"Rioters ({people})",
                "actor2": "", "civilian_targeting": ""}
    if c.search(_PROTEST) and not weapons and not c.search(DIPLOMACY):
        if c.search(_RIOTING):
            return {"event_type": RIOTS, "sub_event_type": "Violent demonstration", "actor1": f"Rioters ({people})",
                    "actor2": "", "civilian_targeting": ""}
        forced = c.search(_PROTEST_FORCE)
        sub = "Excessive force against protesters" if forced else \
            "Protest with intervention" if c.search(_PROTEST_HELD) else "Peaceful protest"
        return {"event_type": PROTESTS, "sub_event_type": sub,
                "actor1": f"Protesters ({people})",
                "actor2": "" if sub == "Peaceful protest" else (UKRAINE if country == "RU" and ukr_actor else RUSSIA),
                "civilian_targeting": "Civilian targeting" if forced else ""}
    if c.search(_ARSON) and not weapons and not c.search(_GENERIC_STRIKE):
        return {"event_type": STRATEGIC, "sub_event_type": "Looting/property destruction",
                "actor1": f"Unidentified Armed Group ({people})",
                "actor2": "", "civilian_targeting": ""}
    if c.search(_ARREST) and not weapons and not c.search(_CASUALTY) and not c.search(_CLASH):
        return {"event_type": STRATEGIC, "sub_event_type": "Arrests",
                "actor1": UKRAINE if ukr_actor else RUSSIA, "actor2": victims, "civilian_targeting": ""}
    capture = c.search(_CAPTURE) or _claimed_place(c)
    # "from occupied Crimea": where, not a capture; "satellite imagery captured on 8 March": a picture taken
    # ("Occupied Melitopol, Saturday: ...": a sentence's first word is no verb without its subject)
    while capture and ((capture.group().startswith("occup") and (not _OCCUPY_VERB.match(c.low, capture.start())
                                                                 or not c.low[:capture.start()].strip(" []()'\"-"
                                                                                                      "–—:•")
                                                                 or c.low.endswith("] ", 0, capture.start())
                                                                 # "the village ... that was occupied until 2022"
                                                                 or _HELD_UNTIL.match(c.low, capture.end())))
                       or (capture.group().startswith("captur")
                           and (_PICTURE_BEFORE.search(c.low, 0, capture.start())
                                or _SOUND_AFTER.match(c.low, capture.end())))
                       # "a field near X, an area recently retaken by Ukrainian forces": what the place is
                       or _BACKGROUND_BEFORE.search(c.low, max(0, capture.start() - 30), capture.start())
                       # "In Kherson, which Ukrainian troops retook a month ago, artillery killed two": an aside
                       or ((weapons or c.search(_CASUALTY))
                           and (_RELATIVE_BEFORE.search(c.low, max(0, capture.start() - 40), capture.start())
                                or (_TAKEN_AGO.match(c.low, capture.end())
                                    and _ASIDE_BEFORE.search(c.low, max(0, capture.start() - 30), capture.start()))))):
        capture = _CAPTURE.search(c.low, capture.end())
    # ("entered Kherson without fighting after Russian troops withdrew": a withdrawal, uncontested, is one too)
    withdrawal = c.search(_WITHDRAW) if capture or c.search(_UNCONTESTED) else None
    # "completed the capture of X after Ukraine withdrew its last units": taken in a fight; a withdrawal
    # without one leaves the place ("withdrew ... and Ukrainian forces entered", "handed over without a fight")
    uncontested = c.search(_UNCONTESTED)
    # taken as the other side withdrew ("established control over X; the VSU withdrew towards Y", "took control
    # after Ukraine ordered a withdrawal"): fought for, unless the text says not, or the other side left the place
    # itself before it was taken ("Russian forces withdrew from Kherson and Ukrainian troops took control")
    fought = capture is not None and not uncontested and not (
        withdrawal is not None and c.low.startswith(" from", withdrawal.end()) and withdrawal.start() < capture.start())
    if withdrawal and not (c.search(_CLASH) if uncontested is None else _CLASH.search(_UNCONTESTED.sub(" ", c.low))) \
            and not (c.search(_CASUALTY) or fought):
        leaver = _subject(c, withdrawal.start())
        return {"event_type": STRATEGIC, "sub_event_type": "Non-violent transfer of territory",
                "actor1": UKRAINE if leaver == RUSSIA else RUSSIA, "actor2": leaver, "civilian_targeting": ""}
    if capture and capture.group().startswith(("drove", "driven", "forced", "kicked", "pushed")):
        # "units pushed the enemy out of X": taken by the side that did not leave
        driven_out = capture.group()
        if re.search(r"\b(?:the enemy|the occupiers|russian|russians|rf)\b", driven_out):
            return territory_taken(UKRAINE, country)
        if re.search(r"\b(?:ukrainian|ukrainians|ua|afu|vsu)\b", driven_out):
            return territory_taken(RUSSIA, country)
    if capture:
        # "units retook X", "raised the state flag over X": taking back is by the side whose ground it was
        # ("army units entered Sloviansk and raised the state flag over the town council": the flag says whose)
        return territory_taken(_subject(c, capture.start(), UKRAINE if country == "UA" and (
            _RETAKE.match(c.low, capture.start()) or _RETAKE.search(c.low, capture.end())) else RUSSIA), country)
    if c.search(_VAC) and not weapons:
        # ("Unknown gunmen shot dead a local official": an armed group no one names)
        unknown = _UNKNOWN_ATTACKERS.search(c.low) is not None
        return {"event_type": VAC, "sub_event_type": "Attack",
                "actor1": f"Unidentified Armed Group ({people})" if unknown else UKRAINE if country == "RU" else RUSSIA,
                "actor2": victims, "civilian_targeting": "Civilian targeting"}
    # "tried to advance with the support of artillery and aviation": the weapons back an assault
    supported = _SUPPORTED_BY.sub(" ", c.low) if weapons and c.has("support", "backed by") else None
    clash = c.search(_CLASH) or (None if weapons and (supported is None or _weapons(cues(supported)))
                                 else c.search(_GROUND))
    if clash and c.search(_REMOTE_REPEL) and not any(
            m.group(1)[:4] not in ("repe", "repu") for m in _CLASH.finditer(c.low)):
        clash = None  # only "repelled a drone attack": air defence
    if clash:
        # the side that repelled an assault defended: the other side attacked (ACLED's actor1)
        repel = c.search(_REPEL)
        attacker = RUSSIA
        if repel:
            attacker = UKRAINE if _subject(c, repel.start()) == RUSSIA else RUSSIA
        elif c.search(_UKR_ASSAULT):
            attacker = UKRAINE
        return {"event_type": BATTLES, "sub_event_type": "Armed clash", "actor1": attacker,
                "actor2": UKRAINE if attacker == RUSSIA else RUSSIA, "civilian_targeting": ""}
    if not weapons and c.search(_SMALL_ARMS):
        # "a serviceman was killed by sniper fire near X": a fight between the forces; "a woman collecting water
        # was killed by a single rifle shot": an attack on a civilian
        if c.search(_CIVILIAN) and not c.search(_MILITARY_TARGET):
            return {"event_type": VAC, "sub_event_type": "Attack", "actor1": UKRAINE if country == "RU" else RUSSIA,
                    "actor2": victims, "civilian_targeting": "Civilian targeting"}
        return {"event_type": BATTLES, "sub_event_type": "Armed clash", "actor1": RUSSIA, "actor2": UKRAINE,
                "civilian_targeting": ""}
    means = _WEAPON_TARGET.sub("", c.low) if c.has("drone", "uav", "missile", "rocket", "shell", "ammunition") \
        else c.low
    # the sentence itself, mostly: then its cached, gated searches serve (the same matches)
    in_means = c.search if means == c.low else lambda p: p.search(means)
    air = in_means(_AIR) or (in_means(_DROPPED_MUNITION) if "drop" in means else None)
    ied = in_means(_IED)
    if ied and ied.group(1).startswith(("detonat", "blew", "blown", "blow", "sabotage")) and (air or in_means(_SHELL)):
        ied = None  # "the second missile did not detonate": the missile's attack, not a planted charge
    if ied and ied.group(1) == "mine" and (air or in_means(_SHELL)) and (
            (_MINE_SITE.match(means, ied.end()) and _MINE_SITE_BEFORE.search(means, max(0, ied.start() - 12),
                                                                                ied.start()))
            or _MINE_BESIDE.search(means, max(0, ied.start() - 20), ied.start())):
        # "a glide bomb hit the yard of a mine on the edge of Selydove", "the shelling of Toretsk, which killed a man
        # near the mine": a coal mine, the site hit
        ied = None
    if "grenade" in means and not air and in_means(_THROWN_GRENADE):
        sub = "Grenade"  # "someone threw a grenade over the fence of a serviceman's house": by hand, as ACLED codes it
    elif ied and not (air and in_means(_DROPPED) and not in_means(_STEPPED_ON_MINE)):
        sub = "Remote explosive/landmine/IED"
    elif air and (not in_means(_SHELL) or (has_any(c.low, _AIRCRAFT_STEMS) and in_means(_AIRCRAFT_FIRED))):
        sub = "Air/drone strike"
    else:
        sub = "Shelling/artillery/missile attack"
    intercepted = c.search(_SHOTDOWN) or c.search(_REMOTE_REPEL)
    debris = c.search(_DEBRIS) if c.has("debris", "wreckage", "fragments") else None
    told = _NEGATED.sub("", c.low) if (intercepted or debris) else c.low
    if intercepted:  # "destroyed in the air", "destroyed 23 drones over X": the interception, not a hit
        told = _SHOTDOWN.sub(" ", told)
    # shot down, or only its debris fell: disrupted, unless people were hurt (or, without debris, a hit), or its
    # debris did damage ("a Shahed shot down over the city, debris set a warehouse on fire": the strike's damage)
    in_told = c.search if told == c.low else lambda p: p.search(told)
    if (intercepted or debris) and not hurt and not in_told(_HURT) and not in_told(_HIT) \
            and not _debris_did_damage(c):
        return {"event_type": STRATEGIC, "sub_event_type": "Disrupted weapons use",
                "actor1": UKRAINE if country == "UA" else RUSSIA, "actor2": "", "civilian_targeting": ""}
    attacker = UKRAINE if (ukr_actor or country == "RU") else RUSSIA
    civilians = bool(c.search(_CIVILIAN)) and not (c.search(_MILITARY_TARGET) and "civilian" not in c.low)
    return {"event_type": EXPLOSIONS, "sub_event_type": sub, "actor1": attacker,
            "actor2": victims if civilians else "",
            "civilian_targeting": "Civilian targeting" if civilians else ""}


# the stems a match of each pattern begins with (see :mod:`incidents.extract.gates`): Cues.search's first gate
_FIRST_WORDS: dict[int, frozenset[str]] = {
    id(p): stems for p in list(globals().values()) if isinstance(p, re.Pattern) and (stems := first_words(p))}
