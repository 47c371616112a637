"""Wire and investigators' conventions: tolls that name their own place, attacks' points of origin,
region-wide summaries, statements dated apart from events, bodies recovered from rubble, and
ACLED's 0 dead for a casualty account of injured only. All examples are written for these tests."""

import datetime as dt

import pytest

from incidents.extract.casualties import find_casualties
from incidents.extract.dates import find_date
from incidents.extract.events import is_violent
from tests.incidents.extracting import extract


@pytest.mark.parametrize("text,expected", [
    # a superlative compares with the past, it is not a total since then
    ("A missile killed six people and injured 14, the worst strike on the town since the invasion began",
     {"killed": 6, "injured": 14}),
    ("Since the invasion began, 80 residents of the town have been killed", {}),
    # a subset named between a count and its verb
    ("Twelve passengers, including three children, were injured", {"injured": 12}),
    # a participle phrase between the people and the verb
    ("A woman walking her dog was wounded", {"injured": 1}),
    # bodies taken from the rubble are the strike's dead; bodies exhumed later are not
    ("Rescue workers pulled the bodies of four people from the debris", {"killed": 4}),
    ("Three bodies were recovered from the rubble", {"killed": 3}),
    ("Investigators exhumed the bodies of 30 people from a mass grave", {}),
    # surviving with wounds is being wounded
    ("The passengers, three women, survived with shrapnel wounds", {"injured": 3}),
    # an age in words after a person is no count; "of" after a group gives its size
    ("A boy of nine was killed and his mother injured", {"killed": 1, "injured": 1}),
    ("A man of 64 died in hospital", {"killed": 1}),
    ("A family of five was injured", {"injured": 5}),
    # shoppers, staff and fixers are people; who reported them is not in the list of the hurt
    ("One trader was killed and up to 4 shoppers were injured", {"killed": 1, "injured": 4}),
    ("Three port staff were injured", {"injured": 3}),
    ("killing a cyclist and injuring six shoppers, officials in the Odesa region said", {"killed": 1, "injured": 6}),
    # "of its own men": the side's own losses
    ("The army said two of its own men were wounded", {"injured": 2}),
    # how badly some of them were hurt adds nobody
    ("Two girls were wounded, one seriously", {"injured": 2}),
    # "the other" of a pair is one more person, hurt as its verb says; "the other two" or unhurt adds nobody
    ("A drone hit a car carrying two officials, killing one and injuring the other", {"killed": 1, "injured": 1}),
    ("One fisherman was killed, the other was badly wounded", {"killed": 1, "injured": 1}),
    ("One fisherman was killed, the other, his brother, was unhurt", {"killed": 1}),
    ("Two men were fired on; the older man was killed, the younger was wounded in the thigh",
     {"killed": 1, "injured": 1}),
    # years of birth told after the people, as translated official posts give them
    ("A port building was damaged and two men, born in 1985 and 1990, were injured", {"injured": 2}),
    ("A woman born in 1961 was killed", {"killed": 1}),
    # contractors, dockers and passers-by are people
    ("A drone hit the terminal; two contractors were slightly injured", {"injured": 2}),
    ("The strike injured a guard and a passer-by", {"injured": 2}),
    ("Three passers-by were wounded", {"injured": 3}),
    # bakers, apprentices, groundsmen, supporters and players are people
    ("A drone killed a baker and injured his two apprentices", {"killed": 1, "injured": 2}),
    ("One groundsman was killed and three people were hurt", {"killed": 1, "injured": 3}),
    ("Two of our supporters were killed", {"killed": 2}),
    # where many or most of the counted were adds nobody
    ("Seven dead and 51 hurt, many at a crossroads near the park", {"killed": 7, "injured": 51}),
    # a subset set off by commas before "died"
    ("A family of five, including three children, died in a burning house", {"killed": 5}),
    # tonnes of grain or livestock that burned or were killed are no people
    ("Two port staff were wounded and about 4,000 tonnes of grain burned", {"injured": 2}),
    ("2,000 chickens were killed when the farm was shelled", {}),
    # nobody hurt, told by the verb first
    ("A drone damaged the railway station, hurting no one", {"killed": 0, "injured": 0}),
    ("Shelling hit a school, injuring nobody", {"injured": 0}),
    # treated at home is treated for injuries
    ("A resident was taken to hospital with cuts and a couple on the floor above were treated at home", {"injured": 3}),
    ("Three men were injured, one of them in critical condition", {"injured": 3}),
    # a record's ages and sexes in brackets are no counts; leaders and adults are people
    ("The watchman (m, 41) was killed; the crew leader (m, 55) and a cook (f, 38) were injured",
     {"killed": 1, "injured": 2}),
    ("Two guards (men aged 33 and 47) were injured", {"injured": 2}),
    ("One adult (female, 66) died in hospital", {"killed": 1}),
    # a relative clause between the people and their verb; "hit in the arm" is wounded; "no injured"
    ("A neighbour who saw the shooting was hit in the arm", {"injured": 1}),
    ("Two workers who were repairing the line were injured", {"injured": 2}),
    ("1 civilian killed (man, 70), no injured", {"killed": 1, "injured": 0}),
    # a field's list with ages: "Injured: a doctor, 61, and two patients"
    ("Injured: a medic, 44, and two patients waiting in the corridor.", {"injured": 3}),
    # ACLED's size tag counts who took part, not the dead
    ("The protest was peaceful and nobody was hurt. [size=around 300]", {"killed": 0, "injured": 0}),
    # a side's claim of the enemy's dead is no toll
    ("Russia's defence ministry claimed up to 150 Ukrainian troops were killed", {}),
])
def test_casualty_phrasings_of_wire_reports(text, expected):
    assert find_casualties(text) == expected


def test_a_statement_day_does_not_date_the_event_the_sentence_dates_otherwise():
    friday = dt.date(2024, 5, 10)
    text = "The army reported 20 attacks near the town over the past day, its spokesman said on Friday."
    assert find_date(text, friday) == (dt.date(2024, 5, 9), 1)
    assert find_date("The spokesman said on Wednesday that drones hit the port.", friday) == (dt.date(2024, 5, 8), 1)


def test_a_toll_naming_its_own_place_goes_to_that_place(gaz):
    found = extract("Russian missiles hit Kramatorsk and Sloviansk overnight, killing two people in Sloviansk, "
                    "police said.", "2024-03-02", gaz)
    assert {i["location"]: i["fatalities"] for i in found} == {"Kramatorsk": None, "Slovyansk": 2}


def test_where_an_attack_came_from_is_not_an_incident(gaz):
    found = extract("Air defence shot down 30 drones launched overnight from the Bryansk and Kursk regions. "
                    "Debris of a downed drone fell on a warehouse in Brovary, damaging its roof.", "2025-02-04", gaz)
    assert [i["location"] for i in found] == ["Brovary"]


def test_a_region_summary_gives_way_to_the_places_it_sums_up(gaz):
    found = extract("Russian forces shelled several communities in Kharkiv region on Sunday. "
                    "In Vovchansk a house was hit and a woman was wounded.", "2024-04-08", gaz)
    assert [(i["location"], i["injured"]) for i in found] == [("Vovchansk", 1)]


def test_a_sentence_without_a_weapon_continues_the_attack_before_it(gaz):
    found = extract("Russian drones struck Nikopol and the village of Marhanets on Tuesday. A man was killed in "
                    "Marhanets.", "2024-07-17", gaz)
    kinds = {i["location"]: (i["sub_event_type"], i["fatalities"]) for i in found}
    assert kinds["Marhanets"] == ("Air/drone strike", 1)


def test_shelling_of_a_town_places_the_event_there_not_where_victims_were_taken(gaz):
    found = extract("Shelling of Vovchansk injured three people on Monday; they were taken to hospital in "
                    "Kharkiv.", "2024-05-14", gaz)
    assert [i["location"] for i in found] == ["Vovchansk"]


def test_a_casualty_account_of_injured_only_is_zero_dead_and_silence_stays_unknown(gaz):
    injured = extract("A drone hit a bus in Kherson on Monday, injuring five passengers.", "2024-06-04", gaz)
    assert [(i["fatalities"], i["injured"]) for i in injured] == [(0, 5)]
    silent = extract("A drone hit a bus depot in Kherson on Monday.", "2024-06-04", gaz)
    assert [(i["fatalities"], i["injured"]) for i in silent] == [(None, None)]


@pytest.mark.parametrize("sentence,sub", [
    ("Air defence downed four drones over the district overnight; no damage was reported.", "Disrupted weapons use"),
    # debris that damaged something is the strike (as most blind writers code it); debris that hit nothing is not
    ("Falling debris of an intercepted missile damaged two garages.", "Shelling/artillery/missile attack"),
    ("Debris of a downed drone fell in a field near the suburb.", "Disrupted weapons use"),
    ("Debris from a downed drone fell on an enterprise and started a fire.", "Air/drone strike"),
    ("Air defence shot down 20 drones; one hit a house in the suburb.", "Air/drone strike"),
    ("Debris of a downed missile killed a woman in the suburb.", "Shelling/artillery/missile attack"),
])
def test_shoot_downs_and_their_debris_follow_acled(sentence, sub):
    from incidents.extract.events import classify

    assert classify(sentence, "UA")["sub_event_type"] == sub


def test_a_follow_up_sentence_that_names_a_place_completes_that_place(gaz):
    found = extract("On 3 May 2024 drones hit Odesa and Izmail; in Odesa a warehouse burned and two workers were "
                    "killed. No casualties were reported in Izmail.", "2024-05-04", gaz)
    assert {i["location"]: (i["fatalities"], i["injured"]) for i in found} == {"Odesa": (2, None), "Izmayil": (0, 0)}


@pytest.mark.parametrize("sentence,sub", [
    ("A drone dropped an explosive device on a car in the village.", "Air/drone strike"),
    ("A mine planted under a car exploded in the village.", "Remote explosive/landmine/IED"),
    ("Missiles hit a drone assembly workshop in the city.", "Shelling/artillery/missile attack"),
    ("Drones damaged warehouses in Boryspil the same night.", "Air/drone strike"),
    ("Russian forces stepped up attacks near the town on Monday.", "Armed clash"),
])
def test_what_a_weapon_word_means_depends_on_its_role(sentence, sub):
    from incidents.extract.events import classify

    assert classify(sentence, "UA")["sub_event_type"] == sub


def test_an_outage_caused_by_earlier_strikes_is_not_an_event():
    from incidents.extract.events import is_violent

    assert not is_violent("Power outages are scheduled in the city on Tuesday because of damage after earlier "
                          "strikes on the grid.")
    assert is_violent("A missile strike on the grid caused power outages in the city.")


def test_tolls_brought_up_to_a_number_replace_the_counts():
    assert find_casualties("A third man died in hospital, bringing the death toll to three.") == {"killed": 3}
    assert find_casualties("Five more people remain in hospital.") == {"injured": 5}


@pytest.mark.parametrize("text,place", [
    ("In the Kharkiv region's Balakliia, a drone hit a warehouse on Monday.", "Balakliya"),
    ("Officials of the Donetsk People's Republic said drones attacked Gorlovka on Monday.", "Horlivka"),
    ("A guided bomb hit Vovchansk on Monday, the Kharkiv Oblast Military Administration said.", "Vovchansk"),
    ("Shelling killed two residents of Pokrovsk on Monday.", "Pokrovsk"),
])
def test_which_name_places_a_wire_report(gaz, text, place):
    assert [i["location"] for i in extract(text, "2024-06-04", gaz)] == [place]


def test_a_wire_dateline_with_its_country_dates_the_report_not_the_event(gaz):
    found = extract("ODESA, Ukraine, June 5 (Reuters) - Russian drones hit the port of Odesa on Tuesday, the "
                    "governor said.", "2024-06-05", gaz)
    assert [(i["location"], i["event_date"]) for i in found] == [("Odesa", "2024-06-04")]


def test_a_place_followed_by_its_raion_is_resolved_inside_it(gaz):
    mentions = gaz.geoparse("Shelling hit Kherson, and a woman was killed in Ivanivka, a village in Beryslav "
                            "district.")
    ivanivka = next(m for m in mentions if m.text == "Ivanivka")
    assert ivanivka.candidate.admin2 == "Beryslav Raion"


@pytest.mark.parametrize("text,expected", [
    ("A missile struck the port, killing a port worker and injuring six, the governor said.",
     {"killed": 1, "injured": 6}),
    ("A drone hit a gas station, wounding the attendant and two customers, police said.", {"injured": 3}),
    ("A drone hit a house on Saturday night, injuring a 16-year-old, the governor reported.", {"injured": 1}),
    ("A missile hit the town, wounding three people, officials said on Wednesday.", {"injured": 3}),
])
def test_people_counted_in_short_snippets(text, expected):
    assert find_casualties(text) == expected


@pytest.mark.parametrize("text,place", [
    ("Kupiansk - missile strike on the city centre: 2 killed, 7 wounded (updated)", "Kupyansk"),
    ("09:15 - Pavlohrad: drone attack on a warehouse overnight, 1 injured", "Pavlohrad"),
    ("Balakliia in Kharkiv oblast was attacked by drones on Friday night, the city head said.", "Balakliya"),
])
def test_a_headline_or_live_blog_item_is_placed_by_its_first_name(gaz, text, place):
    assert [i["location"] for i in extract(text, "2025-09-06", gaz)] == [place]


def test_each_clause_is_typed_by_its_own_weapon(gaz):
    found = extract("Russian shelling killed one person in Kherson, and a drone injured three in the nearby town of "
                    "Beryslav on Monday, the governor said.", "2025-07-23", gaz)
    assert {i["location"]: i["sub_event_type"] for i in found} == {
        "Kherson": "Shelling/artillery/missile attack", "Beryslav": "Air/drone strike"}


def test_an_evacuation_citing_shelling_is_not_an_event_and_a_possessive_weekday_dates(gaz):
    assert extract("Authorities ordered the evacuation of children from ten villages near the border on Thursday, "
                   "citing constant shelling.", "2025-07-31", gaz) == []
    assert find_date("A man wounded in Thursday's strike died in hospital, the governor said on Saturday.",
                     dt.date(2025, 9, 6)) == (dt.date(2025, 9, 4), 1)


def test_a_regional_total_broken_down_by_town_gives_the_towns_only(gaz):
    found = extract("Over the past day, Russian forces killed three people and injured nine in Kharkiv oblast: one was "
                    "killed and five injured by shelling in Kupiansk, and a drone killed two and injured four in "
                    "Balakliia.", "2025-08-13", gaz)
    assert {i["location"]: (i["fatalities"], i["injured"]) for i in found} == {
        "Kupyansk": (1, 5), "Balakliya": (2, 4)}


@pytest.mark.parametrize("text,expected", [
    # the verb first and its people last, as live blogs write it
    ("Killed in the night's shelling of the town were a pensioner and his grandson, the mayor said.", {"killed": 2}),
    ("Wounded in Monday's drone attack on the village were three women and a boy.", {"injured": 4}),
    # a person's age in parentheses, after "aged", or between commas is not a count
    ("A missile hit a house: a man (61) and his wife (58) were injured.", {"injured": 2}),
    ("Two farmers, aged 40 and 63, were wounded when a drone hit their tractor.", {"injured": 2}),
    ("A pensioner and his wife, both aged 80, were injured.", {"injured": 2}),
    ("A woman, 72, was killed by shelling this morning.", {"killed": 1}),
    # an apposition names the same person again
    ("The driver, a 50-year-old local man, was killed.", {"killed": 1}),
    # "another", "a third" count one more person
    ("The strike killed one civilian and injured another.", {"killed": 1, "injured": 1}),
    ("Two rescuers were killed and a third was wounded.", {"killed": 2, "injured": 1}),
    ("A drone hit a minibus, killing all four passengers.", {"killed": 4}),
    # people left with wounds, or inside a car, are the wounded
    ("The blast left three soldiers with shrapnel wounds.", {"injured": 3}),
    ("Two men inside were wounded.", {"injured": 2}),
    ("Its driver suffered burns.", {"injured": 1}),
])
def test_people_counted_in_live_blog_and_agency_phrasings(text, expected):
    assert find_casualties(text) == expected


@pytest.mark.parametrize("text,expected", [
    # people in hospital or treated are the injured, unless the injured are counted apart
    ("The death toll rose to six, with nine others still in hospital.", {"killed": 6, "injured": 9}),
    ("The toll has risen to three dead; seven people remain hospitalised.", {"killed": 3, "injured": 7}),
    ("After the strike, 20 people sought medical help.", {"injured": 20}),
    ("Twelve residents were treated for shrapnel wounds.", {"injured": 12}),
    ("The shelling injured ten people, of whom four were hospitalised.", {"injured": 10}),
    ("Eight people were wounded; three remain in hospital.", {"injured": 8}),
    # "among the injured" names at least these, and no more than a count the sentence gives
    ("A nine-year-old boy was among the injured.", {"injured": 1}),
    ("Among the dead are a doctor and a nurse.", {"killed": 2}),
    ("Fifteen people were injured; a child was among the injured.", {"injured": 15}),
])
def test_people_in_hospital_and_among_the_victims(text, expected):
    assert find_casualties(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a wounded person who later died is a death, and says nothing about the injured
    ("A man wounded in the shelling of the village on Sunday later died in hospital.", {"killed": 1}),
    ("A teenager who was injured in the drone attack has died, the governor said.", {"killed": 1}),
    # an earlier report's figure gives way to the current one, up or down
    ("The strike killed five people, officials said, correcting an earlier toll of seven.", {"killed": 5}),
    ("Drones injured 16 people, up from nine reported in the morning.", {"injured": 16}),
    ("The attack wounded four people, not six as reported earlier.", {"injured": 4}),
    ("Police first reported two dead but later revised the figure to one.", {"killed": 1}),
    ("The regional governor revised the death toll up to 14.", {"killed": 14}),
    # an earlier figure alone is still the only figure the sentence gives
    ("Earlier, the governor said two people had been wounded.", {"injured": 2}),
])
def test_tolls_that_change_and_deaths_of_the_wounded(text, expected):
    assert find_casualties(text) == expected


@pytest.mark.parametrize("text", [
    "Kherson — a woman, 66, was killed by shelling this morning.",
    "Kherson: a man was killed by shelling this morning.",
])
def test_a_headline_place_before_a_colon_or_dash_is_not_run_on_into_the_next_words(gaz, text):
    assert [(i["location"], i["fatalities"]) for i in extract(text, "2025-08-20", gaz)] == [("Kherson", 1)]


@pytest.mark.parametrize("text,expected", [
    # an ordinal death gives the new toll
    ("A third victim of the strike died in hospital overnight.", {"killed": 3}),
    ("Two people were killed at once, and a fourth person later died.", {"killed": 4}),
    ("Two miners were killed and a third was injured.", {"killed": 2, "injured": 1}),
    # more bodies found after a strike are its dead, and the toll they bring is the total
    ("The toll rose to nine after three more bodies were recovered.", {"killed": 9}),
    # "N, of them ..." breaks a count down; it is not "N of them"
    ("The drone attack killed one man and injured 14, of them three children.", {"killed": 1, "injured": 14}),
    # an age after people standing inside a car
    ("The two women inside, aged 51 and 77, were injured.", {"injured": 2}),
])
def test_ordinal_deaths_more_bodies_and_breakdowns(text, expected):
    assert find_casualties(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a colon after the verb-first phrase, a headline's "Killed: N", a subset in brackets
    ("Wounded in the night attack on the suburb: a 39-year-old woman and her son.", {"injured": 2}),
    ("Killed: 3, injured: 8.", {"killed": 3, "injured": 8}),
    ("Six workers (including a foreman) were taken to hospital.", {"injured": 6}),
    # "known / reported to have died"
    ("Five people are now known to have died in the strike.", {"killed": 5}),
    ("Two residents were reported to have been wounded.", {"injured": 2}),
])
def test_headline_and_update_phrasings(text, expected):
    assert find_casualties(text) == expected


def test_a_count_that_shares_the_verb_of_the_one_before_goes_to_its_own_place(gaz):
    found = extract("Russian drones struck Sumy and Okhtyrka overnight, wounding four people in Sumy and two in "
                    "Okhtyrka, the governor said.", "2025-08-20", gaz)
    assert {i["location"]: (i["fatalities"], i["injured"]) for i in found} == {"Sumy": (0, 4), "Okhtyrka": (0, 2)}


@pytest.mark.parametrize("text,expected", [
    # nobody hurt, in the words wire reports use
    ("Wreckage of the drone fell in a garden without causing any casualties.", {"killed": 0, "injured": 0}),
    ("No injuries or deaths were reported, the mayor said.", {"killed": 0, "injured": 0}),
    ("No civilian casualties were reported.", {"killed": 0, "injured": 0}),
    ("Local residents were not hurt.", {"killed": 0, "injured": 0}),
    ("No passengers were injured.", {"injured": 0}),
    ("Casualties were avoided, the regional administration said.", {"killed": 0, "injured": 0}),
])
def test_nobody_hurt_in_wire_words(text, expected):
    assert find_casualties(text) == expected


@pytest.mark.parametrize("text,expected", [
    # one of the injured the sentence counted later died: a death, and one injured fewer
    ("Four people were wounded, one of whom later died in hospital.", {"killed": 1, "injured": 3}),
    ("The driver and three passengers were injured; the driver later died.", {"killed": 1, "injured": 3}),
    ("A pensioner was wounded and later died in hospital.", {"killed": 1}),
    # a toll that already counts the death is not added to
    ("The death toll rose to five after one of the wounded died.", {"killed": 5}),
])
def test_a_death_among_the_injured(text, expected):
    assert find_casualties(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a subset set off by dashes or commas with "N of them", and "a total of N"
    ("Seven people — including a newborn — were hurt in the blast.", {"injured": 7}),
    ("Eleven miners, three of them seriously hurt, were taken to hospital.", {"injured": 11}),
    ("The shelling wounded a total of 9 civilians.", {"injured": 9}),
    # an age that stands for the person, followed by where
    ("A drone injured a 12-year-old in the village square.", {"injured": 1}),
])
def test_subsets_totals_and_ages_standing_for_people(text, expected):
    assert find_casualties(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a later sentence with "more" / "another" adds to the toll told before it
    ("A guided bomb hit Kupiansk on Monday, killing two people. Three more died in hospital overnight.", (5, None)),
    ("Drones attacked Sumy on Monday, wounding six people. Another four were hurt by debris.", (0, 10)),
    # a later toll replaces it, also downwards
    ("A missile hit Poltava on Monday, killing six people. Officials later revised the toll down to five.", (5, None)),
    # a plain repeat keeps the larger count
    ("A missile hit Poltava on Monday, killing six people. Six people were killed, the mayor said.", (6, None)),
])
def test_later_sentences_add_to_or_replace_a_toll(gaz, text, expected):
    found = extract(text, "2025-08-20", gaz)
    assert [(i["fatalities"], i["injured"]) for i in found] == [expected]


@pytest.mark.parametrize("text,expected", [
    # a single wound or injury, a life claimed
    ("A firefighter received a shrapnel wound.", {"injured": 1}),
    ("The pensioner sustained a head injury.", {"injured": 1}),
    ("The blast claimed the life of a tractor driver.", {"killed": 1}),
    # the count after "among" is the total the named person belongs to
    ("A schoolgirl was among four people wounded.", {"injured": 4}),
    ("Among the 9 injured are three teenagers.", {"injured": 9}),
    ("Two guards were killed and a cook was among 6 people injured.", {"killed": 2, "injured": 6}),
])
def test_single_wounds_lives_claimed_and_totals_after_among(text, expected):
    assert find_casualties(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a labelled figure in a headline or update
    ("Death toll: 4, injured: 16.", {"killed": 4, "injured": 16}),
    ("Dead: 1, wounded: 3.", {"killed": 1, "injured": 3}),
    ("The death toll is now 8.", {"killed": 8}),
    ("A girl died in hospital, bringing the number of dead to 3.", {"killed": 3}),
])
def test_labelled_figures_and_tolls_stated_as_they_stand(text, expected):
    assert find_casualties(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the people a count is made of, after a comma, colon, dash or bracket, are not counted again
    ("Two residents, an elderly man and his neighbour, were killed.", {"killed": 2}),
    ("The strike killed three people (two men and a woman).", {"killed": 3}),
    ("Four people were wounded: three women and a teenager.", {"injured": 4}),
    ("Two workers — a cook and a driver — were hurt.", {"injured": 2}),
])
def test_a_breakdown_of_a_count_is_not_added_to_it(text, expected):
    assert find_casualties(text) == expected


def places_and_counts(text: str, gaz, published: str = "2025-03-14") -> list[tuple]:
    return [(i["location"], i["fatalities"], i["injured"]) for i in extract(text, published, gaz)]


def test_a_gerund_of_attack_introduces_the_place_it_hit(gaz):
    text = "Russian missiles struck power plants overnight, hitting Burshtyn in the west, officials said."
    assert [p for p, _, _ in places_and_counts(text, gaz)] == ["Burshtyn"]


def test_headline_items_without_auxiliaries_each_place_their_own_toll(gaz):
    got = places_and_counts("Kharkiv region: Balakliia struck by missiles, 5 injured; Zolochiv shelled, no casualties",
                            gaz)
    assert ("Balakliya", 0, 5) in got and ("Zolochiv", 0, 0) in got
    assert not any(p.endswith("Oblast") for p, _, _ in got)


def test_a_live_blog_label_before_the_headline_place(gaz):
    got = places_and_counts("Update 2: Poltava - a glide bomb hit a school; two teachers were wounded.", gaz)
    assert got == [("Poltava", 0, 2)]


def test_a_second_toll_on_the_port_town_of_a_place(gaz):
    text = ("A drone hit a house in Kherson, killing an elderly man, and a separate drone attack on the port "
            "town of Ochakiv injured a warehouse guard.")
    assert places_and_counts(text, gaz) == [("Kherson", 1, None), ("Ochakiv", 0, 1)]


def test_a_detail_between_the_incident_and_no_one_hurt_keeps_the_link(gaz):
    for detail in ("A shop caught fire.", "Windows were blown out in three houses."):
        text = f"Kherson oblast: in the morning the enemy shelled Beryslav. {detail} Nobody was hurt, officials said."
        assert places_and_counts(text, gaz) == [("Beryslav", 0, 0)]


@pytest.mark.parametrize("text,day", [
    ("A missile struck the depot late Wednesday, wounding four workers.", dt.date(2025, 3, 12)),
    ("Drones hit the city Tuesday evening.", dt.date(2025, 3, 11)),
    ("A ballistic missile hit the port last night.", dt.date(2025, 3, 13)),  # as "yesterday" (not as "overnight")
    ("A ballistic missile hit the port overnight.", dt.date(2025, 3, 14)),  # the night just ended
    # "said Friday" dates the statement; an event dated otherwise keeps its own day
    ("Drones hit the port late Wednesday, the governor said Thursday evening.", dt.date(2025, 3, 12)),
])
def test_weekdays_without_on_and_last_night(text, day):
    found = find_date(text, dt.date(2025, 3, 14))
    assert (found[0] if found else None) == day


def test_places_each_with_their_oblast_are_each_hit_and_no_casualties_covers_both(gaz):
    text = ("Drones attacked gas facilities overnight, striking Stryi in the Lviv region and Dolyna in the "
            "Ivano-Frankivsk region, the energy company said. There were no casualties.")
    assert sorted(places_and_counts(text, gaz)) == [("Dolyna", 0, 0), ("Stryi", 0, 0)]


def test_no_damage_means_nobody_hurt():
    assert find_casualties("Air defence downed the drone over the district; no damage was reported.") == \
        {"killed": 0, "injured": 0}
    assert find_casualties("There was no information on damage.") == {}


def test_the_city_named_before_takes_the_toll_told_of_it(gaz):
    text = ("Drones hit Kharkiv and the village of Slatyne overnight. A woman was killed in Slatyne, and in the "
            "city two people were injured.")
    assert sorted(places_and_counts(text, gaz)) == [("Kharkiv", 0, 2), ("Slatyne", 1, None)]


def test_medics_treating_people_are_injured():
    assert find_casualties("Medics are treating six people, one of them in serious condition.") == {"injured": 6}


@pytest.mark.parametrize("text,day", [
    ("A drone hit the port on New Year's Eve.", dt.date(2025, 12, 31)),
    ("Shelling in the first hours of the new year wounded two.", dt.date(2026, 1, 1)),
    ("A missile struck the city on Christmas Day.", dt.date(2025, 12, 25)),
])
def test_days_named_by_their_feast(text, day):
    assert find_date(text, dt.date(2026, 1, 3)) == (day, 1)


def test_a_weapon_told_later_types_the_attack_first_told_without_one(gaz):
    text = ("Russian attacks on Sumy and Okhtyrka today. In Sumy, a drone struck a shop; a woman was injured. "
            "In Okhtyrka, shelling killed a man.")
    got = {i["location"]: i["sub_event_type"] for i in extract(text, "2025-03-14", gaz)}
    assert got["Sumy"] == "Air/drone strike" and got["Okhtyrka"] == "Shelling/artillery/missile attack"


def test_a_lead_sentence_places_the_toll_that_follows(gaz):
    text = "Search and rescue work in Uman is over. A missile hit an apartment block at dawn: 9 people were killed."
    assert places_and_counts(text, gaz) == [("Uman", 9, None)]


@pytest.mark.parametrize("text,expected", [
    # where the person was, told between the person and the verb
    ("A 70-year-old man who was in his garden sustained blast injuries", {"injured": 1}),
    ("Two women who were walking to the shop were killed", {"killed": 2}),
    # an age closing the sentence is an age, not a count
    ("Three people were hurt: two men, 52 and 60, and a girl, 9.", {"injured": 3}),
    ("Two women, 47 and 69, were killed", {"killed": 2}),
    # people named by their trade
    ("The shelling killed a conductor and a vendor", {"killed": 2}),
])
def test_people_described_in_passing_are_counted_once(text, expected):
    assert find_casualties(text) == expected


def test_a_loitering_munition_is_a_drone(gaz):
    got = extract("A Russian loitering munition hit a car in Nikopol on Monday.", "2026-03-03", gaz)
    assert [i["sub_event_type"] for i in got] == ["Air/drone strike"]


def test_memorials_to_the_dead_are_not_attacks(gaz):
    text = "In Chernihiv and Irpin, people brought flowers to memorials for those killed since 2022."
    assert extract(text, "2026-02-24", gaz) == []


def test_a_later_account_replaces_an_earlier_toll_even_when_lower(gaz):
    text = ("Earlier reports said the drone strike on Poltava killed four people. The regional governor later "
            "said three people were killed and seven injured.")
    assert places_and_counts(text, gaz) == [("Poltava", 3, 7)]


def test_a_toll_that_now_stands_at_both_counts_replaces_both(gaz):
    text = ("A glide bomb hit Kostiantynivka on Tuesday. Eight people were injured at first. Two of them later "
            "died, and the toll now stands at two killed and six injured.")
    assert places_and_counts(text, gaz) == [("Kostyantynivka", 2, 6)]


def test_a_facility_noun_opening_a_sentence_is_not_a_village(gaz):
    # GeoNames has a village called Port in Odesa oblast
    text = "Drones attacked Reni overnight. Port buildings and a grain terminal were damaged. Nobody was hurt."
    assert places_and_counts(text, gaz) == [("Reni", 0, 0)]


@pytest.mark.parametrize("text,expected", [
    # birth years, as UN monitors write them, are not counts
    ("Two women (born 1948 and 1950) were killed", {"killed": 2}),
    ("Shelling killed the driver, a man (born 1971), and injured his son", {"killed": 1, "injured": 1}),
])
def test_birth_years_are_not_counts(text, expected):
    assert find_casualties(text) == expected


def test_a_toll_leaving_both_counts_replaces_both(gaz):
    text = ("A guided bomb hit Kupiansk on Monday. Seven people were injured. One of them later died, leaving one "
            "dead and six injured.")
    assert places_and_counts(text, gaz) == [("Kupyansk", 1, 6)]


def test_russian_occupied_describes_a_place_not_a_capture(gaz):
    text = "A drone hit a car in Nikopol, across the river from the Russian-occupied town of Enerhodar."
    assert [i["sub_event_type"] for i in extract(text, "2025-08-01", gaz)] == ["Air/drone strike"]


def test_a_court_verdict_is_not_an_attack(gaz):
    text = "A court in Kharkiv sentenced a Russian soldier in absentia for shelling homes in Chuhuiv in 2022."
    assert extract(text, "2025-03-01", gaz) == []


def test_nobody_hurt_holds_for_every_place_coordinated(gaz):
    text = "Russian artillery shelled Stepnohirsk and Prymorske on Sunday, with no casualties reported."
    assert sorted(places_and_counts(text, gaz)) == [("Prymorske", 0, 0), ("Stepnohirsk", 0, 0)]


def test_a_hromada_in_a_roundup_is_its_centre(gaz):
    text = ("Sumy Regional Military Administration: Bilopillia hromada: a drone hit a garage, a man was injured. "
            "Krasnopillia hromada: artillery shelling, no casualties.")
    assert sorted(places_and_counts(text, gaz)) == [("Bilopillia", 0, 1), ("Krasnopillya", 0, 0)]


def test_a_city_district_told_beside_its_city_is_the_city(gaz):
    text = ("A missile hit Zaporizhzhia on Saturday, killing two people. The strike on the city's "
            "Oleksandrivskyi district damaged a school, officials said.")
    assert [p for p, _, _ in places_and_counts(text, gaz)] == ["Zaporizhzhya"]


def test_a_regional_administration_places_its_roundup_in_its_oblast(gaz):
    text = "Kharkiv Regional Military Administration: Pisky hromada: a drone hit a house, a woman was injured."
    assert [i["admin1"] for i in extract(text, "2025-03-01", gaz)] == ["Kharkiv"]


@pytest.mark.parametrize("text,expected", [
    # "sustained injuries" after a subset, and a bare plural saying who the people were
    ("Three other residents, including a girl aged 9, sustained injuries.", {"injured": 3}),
    ("The driver and a passenger, women aged 40 and 52, were wounded.", {"injured": 2}),
])
def test_injuries_sustained_and_plural_appositions(text, expected):
    assert find_casualties(text) == expected


def test_a_detail_sentence_naming_the_weapon_types_the_attack(gaz):
    text = ("Police are documenting another Russian strike on Pisky-Radkivski. At about 9:00 the occupiers "
            "dropped a guided aerial bomb on the village.")
    assert [i["sub_event_type"] for i in extract(text, "2024-10-14", gaz)] == ["Air/drone strike"]


def test_the_city_of_the_hospital_is_not_an_attack_site(gaz):
    text = ("A missile hit Pavlohrad on Friday. Six people were injured. On Saturday one of them died in a "
            "hospital in Dnipro, so the toll now stands at one dead and five injured.")
    assert places_and_counts(text, gaz) == [("Pavlohrad", 1, 5)]


@pytest.mark.parametrize("text,sub", [
    ("Ukrainian troops fought Russian units near Terny on Tuesday.", "Armed clash"),
    ("Russian forces attacked near Toretsk and Niu-York on June 3 but did not advance.", "Armed clash"),
    ("The General Staff said Russian forces were attacking near Chasiv Yar on June 3.", "Armed clash"),
    ("Ukrainian soldiers raised the national flag over the village council in Robotyne.",
     "Government regains territory"),
])
def test_war_analysts_words_for_fighting_and_retaking(gaz, text, sub):
    got = extract(text, "2024-06-04", gaz)
    assert got and all(i["sub_event_type"] == sub for i in got)


@pytest.mark.parametrize("text,expected", [
    ("Three people were killed: two civilians and a soldier of the National Guard.", {"killed": 3}),
    ("4 injured: two women, a man and a boy.", {"injured": 4}),
    ("Ten civilians were injured, as were three soldiers.", {"injured": 13}),
    ("A woman born in 1949 was killed.", {"killed": 1}),
])
def test_breakdowns_additions_and_birth_years(text, expected):
    assert find_casualties(text) == expected


def test_the_city_of_a_regional_administration_is_its_speaker(gaz):
    text = ("A guided bomb hit Balakliia on Monday. Two rescuers were injured, the head of the Kharkiv regional "
            "military administration said.")
    assert places_and_counts(text, gaz) == [("Balakliya", 0, 2)]


def test_the_body_of_a_person_pulled_from_the_rubble_is_a_death():
    assert find_casualties("Rescuers pulled the body of an elderly woman from the rubble.") == {"killed": 1}
    assert find_casualties("The body of a man was found in a forest.") == {}


def test_an_aircraft_over_a_russian_region_is_where_the_bomb_came_from(gaz):
    text = ("A guided bomb hit a street in Velyka Pysarivka overnight, killing a man. The aircraft launched it "
            "from Russian airspace over Belgorod region.")
    assert [p for p, _, _ in places_and_counts(text, gaz)] == ["Velyka Pysarivka"]


def test_the_weapon_of_a_placeless_sentence_types_the_places_named_next(gaz):
    text = "The night was restless: the enemy attacked the district with kamikaze drones. Hit: Pokrovske and Mezhova."
    got = extract(text, "2025-05-03", gaz)
    assert got and all(i["sub_event_type"] == "Air/drone strike" for i in got)


def test_a_toll_broken_down_by_place_gives_each_place_its_count(gaz):
    text = ("On 5 May Russian artillery shelled the region and killed 3 residents: 2 in Kostiantynivka and 1 in "
            "Druzhkivka. Another 4 people were injured: 1 in Kostiantynivka and 3 in Kramatorsk.")
    assert sorted(places_and_counts(text, gaz)) == [("Druzhkivka", 1, None), ("Kostyantynivka", 2, 1),
                                                   ("Kramatorsk", 0, 3)]


def test_an_area_of_an_occupied_region_is_where_drones_came_from(gaz):
    text = ("Drones hit Odesa overnight, injuring three people. They were launched from the Chauda area of "
            "occupied Crimea, the air force said.")
    assert [p for p, _, _ in places_and_counts(text, gaz)] == ["Odesa"]


def test_occupied_after_a_preposition_describes_a_place_it_is_no_capture(gaz):
    text = ("Glide bombs hit a depot in Orikhiv on Monday, injuring two workers. The bombs were dropped by "
            "aircraft flying over occupied areas near Tokmak, the governor said.")
    assert all(i["sub_event_type"] != "Non-state actor overtakes territory" for i in extract(text, "2025-01-01", gaz))


def test_the_toll_of_an_earlier_attack_told_for_context_is_not_this_incidents():
    text = ("Drones hit the port on Friday, injuring five people, two days after a missile strike on the city "
            "killed nine.")
    assert find_casualties(text) == {"injured": 5}
    assert find_casualties("A woman died in hospital days after the shelling of her street.") == {"killed": 1}


def test_the_day_a_body_was_recovered_does_not_date_the_attack():
    saturday = dt.date(2025, 4, 5)
    text = "The strike killed four people, and a man's body was recovered from the rubble on Sunday."
    assert find_date(text, dt.date(2025, 4, 8), saturday) is None
    assert find_date("A woman who was wounded died in hospital on Monday.", dt.date(2025, 4, 8), saturday) is None
    assert find_date("Drones hit the town on Sunday.", dt.date(2025, 4, 8), saturday) == (dt.date(2025, 4, 6), 1)


def test_the_citys_district_is_part_of_the_city_told_before(gaz):
    text = ("A missile strike on Saturday hit Zaporizhzhia, regional officials said. The strike on the city's "
            "Shevchenkivskyi district killed four people and injured 20.")
    assert places_and_counts(text, gaz) == [("Zaporizhzhya", 4, 20)]


def test_the_part_of_a_toll_given_to_a_place_is_that_places_count(gaz):
    text = "On Monday Russian shelling wounded 7 people in the region, 4 of them in Nikopol and 2 in Marhanets."
    assert sorted(places_and_counts(text, gaz)) == [("Marhanets", 0, 2), ("Nikopol", 0, 4)]


@pytest.mark.parametrize("text,expected", [
    # a person said to be unhurt: nobody hurt
    ("A drone hit a tractor; the driver was not injured.", {"injured": 0}),
    ("The 60-year-old driver was not hurt.", {"killed": 0, "injured": 0}),
    # a pronoun after a semicolon is the one person told of
    ("A tractor driver hit a mine while ploughing; he was hospitalised.", {"injured": 1}),
    # "since 2016" in an aside about a name is no total since then; a total beside it still is
    ("Officials in Pokrovsk, as the town has been called since 2016, said the strike wounded five civilians.",
     {"injured": 5}),
    ("Russia has killed 500 civilians in the region, including 20 since 2024, officials said.", {}),
])
def test_unhurt_people_pronouns_and_asides(text, expected):
    assert find_casualties(text) == expected


def test_a_city_whose_official_tells_of_a_strike_on_the_city_is_the_place(gaz):
    text = "Lviv's mayor says two missiles hit energy facilities in the city, leaving parts of it without power."
    assert [p for p, _, _ in places_and_counts(text, gaz)] == ["Lviv"]


def test_a_river_written_with_the_is_not_its_namesake_city(gaz):
    text = "Russian soldiers fired on a boat carrying civilians across the Dnipro on Monday, killing a man."
    assert "Dnipro" not in [p for p, _, _ in places_and_counts(text, gaz)]


def test_retaken_places_are_each_an_incident(gaz):
    text = "Ukraine's military said on Sunday its troops had retaken Izium and Kupiansk in the Kharkiv region."
    assert sorted(i["location"] for i in extract(text, "2022-09-11", gaz)) == ["Izyum", "Kupyansk"]


def test_a_shoot_down_told_without_a_place_does_not_type_the_strikes_after_it(gaz):
    text = ("Air defence shot down 54 of 69 missiles fired this morning. Three people were injured in "
            "Kharkiv, the mayor said.")
    assert [(i["location"], i["event_type"]) for i in extract(text, "2022-12-29", gaz)] == \
        [("Kharkiv", "Explosions/Remote violence")]


@pytest.mark.parametrize("text,expected", [
    # investigators name victims by their trade
    ("A drone struck a boiler house, injuring a 52-year-old technician.", {"injured": 1}),
    ("Two welders and a labourer were killed.", {"killed": 3}),
    # an aside between the people and the verb
    ("A woman and her neighbour, who were cooking on an open fire, were killed at the scene.", {"killed": 2}),
    ("Six workers of a local mining enterprise were injured; none were killed.", {"injured": 6, "killed": 0}),
    # a toll that rose later in the sentence replaces the counts told before it, kind by kind
    ("That evening one person was killed and 28 were injured; the next day the toll rose to two dead and 41 "
     "injured.", {"killed": 2, "injured": 41}),
    ("One person was killed and 28 were injured, and later the death toll rose to two.",
     {"killed": 2, "injured": 28}),
    # a claim the text says could not be corroborated is not counted
    ("Posts claiming that two residents had been killed could not be corroborated.", {}),
    ("The governor said three people were killed, a claim Reuters could not independently verify.", {"killed": 3}),
])
def test_investigators_phrasings_of_victims(text, expected):
    assert find_casualties(text) == expected


def test_a_street_named_after_a_place_is_not_that_place(gaz):
    text = "On 24 March a shell struck the yard of a house on Shevchenka street in Chernihiv, killing two residents."
    assert [p for p, _, _ in places_and_counts(text, gaz)] == ["Chernihiv"]


def test_a_district_of_a_big_city_told_near_it_joins_its_incident(gaz):
    text = ("Russia attacked energy infrastructure in and around Kyiv on 13 January. A missile hit a heat plant "
            "in the Desnianskyi district; one worker was killed and three were injured.")
    assert places_and_counts(text, gaz) == [("Kyiv", 1, 3)]


def test_a_records_labels_date_and_place_what_follows(gaz):
    text = ("Incident summary. Date: 8 October 2023, around 16:00. Location: Novoselivka, Kupiansk raion, Kharkiv "
            "oblast (not to be confused with villages of the same name in Lozova raion). An FPV drone hit a house. "
            "A 67-year-old woman was injured.")
    found = extract(text, "2023-10-11", gaz)
    assert [(i["location"], i["event_date"], i["injured"]) for i in found] == \
        [("Novoselivka", "2023-10-08", 1)]
    assert found[0]["admin1"] == "Kharkiv"


def test_a_reservoir_is_not_the_place_an_attack_hit(gaz):
    text = "Russian artillery fire from across the former Kakhovka Reservoir hit the centre of Nikopol, killing a man."
    assert [p for p, _, _ in places_and_counts(text, gaz)] == ["Nikopol"]
    assert places_and_counts("Shelling from across the Kakhovka Reservoir killed a man in the city.", gaz) == []


def test_a_quoted_name_and_a_place_inside_a_town(gaz):
    text = ("Armed clashes continued inside Pokrovsk on Monday, where infiltration groups were reported in the "
            "southern and central districts; Russian sources claimed advances in 'Krasnoarmeisk'.")
    assert [i["location"] for i in extract(text, "2025-10-14", gaz)] == ["Pokrovsk"]


def test_imagery_captured_on_a_day_is_no_capture_of_territory(gaz):
    text = ("Satellite imagery captured on 8 March confirms the destruction of a school in Hirnyk, which was hit "
            "by a missile.")
    assert all(i["event_type"] != "Battles" for i in extract(text, "2026-03-10", gaz))


def test_soldiers_beating_and_shooting_a_civilian_is_violence_against_civilians(gaz):
    text = "A video shows two soldiers beating a civilian and then shooting him in Oleshky on Monday."
    assert [(i["location"], i["event_type"]) for i in extract(text, "2025-05-20", gaz)] == \
        [("Oleshky", "Violence against civilians")]


def test_an_administration_written_in_lower_case_is_a_speaker_not_a_place(gaz):
    text = ("A drone hit a house in Kupiansk on Sunday, injuring a woman. Source: Kupiansk district military "
            "administration, corroborated by photographs.")
    assert [p for p, _, _ in places_and_counts(text, gaz)] == ["Kupyansk"]


@pytest.mark.parametrize("text,expected", [
    # ages as incident logs and monitors write them
    ("A civilian night guard (M, 57) was injured.", {"injured": 1}),
    ("A guided bomb hit a house, killing a man of 80 and injuring his two grandchildren.", {"killed": 1, "injured": 2}),
    ("Casualties: 2 killed (M, 54; F, 51), 3 injured.", {"killed": 2, "injured": 3}),
    # the part of a whole
    ("Two of 80 passengers were injured.", {"injured": 2}),
    # a time of day is no count, and a toll may be told after a long phrase
    ("08.40 GMT The death toll from Wednesday's missile strike on an apartment block in the city centre has risen "
     "to nine, the governor said.", {"killed": 9}),
    # a fact check's quoted claim and the figure it discusses are not counts
    ("A widely shared post claims: '19 dead after Russian strike this morning'.", {}),
    ("The figure of 19 dead comes from a 2014 fire.", {}),
    ("The number of people killed in the strike has risen to six.", {"killed": 6}),
])
def test_incident_logs_and_fact_checks(text, expected):
    assert find_casualties(text) == expected


def test_an_agencys_dateline_dates_the_report_and_overnight_on_a_date_is_that_date(gaz):
    text = ("ZAPORIZHZHIA. July 23 (Interfax-Ukraine) - Russian troops struck Zaporizhzhia with guided bombs on "
            "Tuesday, killing 3.")
    assert [i["event_date"] for i in extract(text, "2025-07-23", gaz)] == ["2025-07-22"]
    found = extract("Russian drones attacked Okhtyrka overnight on July 14, injuring five.", "2026-07-15", gaz)
    assert [i["event_date"] for i in found] == ["2026-07-14"]


def test_a_headline_without_a_date_is_the_attack_the_text_dates(gaz):
    text = ("Russians drop explosives from drone on Velyka Pysarivka: two killed. Details: On Saturday, Russian "
            "forces dropped explosives from a drone on Velyka Pysarivka, killing two people.")
    assert [(i["location"], i["event_date"], i["fatalities"]) for i in extract(text, "2022-08-21", gaz)] == \
        [("Velyka Pysarivka", "2022-08-20", 2)]


def test_acled_notes_with_admin_pairs_size_tags_and_debris(gaz):
    text = ("On 26 March 2022, Russian troops opened fire on a pro-Ukrainian rally in Nova Kakhovka (Kakhovskyi, "
            "Kherson), killing 1 protester and wounding 2 others. [size=no report] On the same day, Russian forces "
            "shelled the Korabelnyi district of Mykolaiv (Mykolaivskyi, Mykolaiv); 1 civilian was injured.")
    found = [(i["location"], i["event_type"], i["fatalities"], i["injured"]) for i in extract(text, "2022-03-29", gaz)]
    assert found == [("Nova Kakhovka", "Protests", 1, 2), ("Mykolayiv", "Explosions/Remote violence", 0, 1)]
    text = ("On 4 July 2022, Russian air defence intercepted Ukrainian missiles over Belgorod (Belgorodskiy, "
            "Belgorod). Falling debris damaged 11 houses and injured 3 people.")
    assert [(i["event_type"], i["injured"]) for i in extract(text, "2022-07-07", gaz)] == \
        [("Explosions/Remote violence", 3)]
    text = "On 28 April 2024, relatives of prisoners of war rallied in Kyiv (Kyiv City) for faster exchanges."
    assert [i["event_type"] for i in extract(text, "2024-04-30", gaz)] == ["Protests"]


def test_assessment_records_occupied_territory_mines_and_dates(gaz):
    text = ("Assessment UA-B-0231. Date/time: 3 February 2023, about 18:30. Location: Nova Kakhovka, Kherson oblast, "
            "occupied left bank. Civilian harm reported: 2 killed, 4 injured after rocket fire hit a warehouse.")
    found = extract(text, "2023-02-10", gaz)
    assert [(i["location"], i["event_date"], i["event_type"]) for i in found] == \
        [("Nova Kakhovka", "2023-02-03", "Explosions/Remote violence")]
    text = "An artillery strike hit a hostel for salt-mine workers in Soledar on Monday, killing a man."
    assert [i["sub_event_type"] for i in extract(text, "2022-08-26", gaz)] == ["Shelling/artillery/missile attack"]


def test_a_prosecutors_notice_dates_the_attack_the_next_sentence_tells(gaz):
    text = ("A notice of suspicion has been issued to the commander of a missile brigade over the strike on Konotop "
            "on 2 April 2026. According to the investigation, a ballistic missile hit a street near the market, "
            "killing three civilians.")
    assert [(i["location"], i["event_date"], i["fatalities"]) for i in extract(text, "2026-04-10", gaz)] == \
        [("Konotop", "2026-04-02", 3)]
    text = ("A pre-trial investigation has been opened into an attack on Prymorske. According to the investigation, "
            "on 10 April 2024 Russian forces dropped a guided aerial bomb on the village.")
    assert [i["event_date"] for i in extract(text, "2024-04-19", gaz)] == ["2024-04-10"]


def test_a_security_report_heads_its_item_with_place_date_and_time(gaz):
    text = ("Security incident report. Kupiansk, 24 October 2023, 14:10: MLRS rockets struck the area around the "
            "central market. Preliminary figures: 2 civilians killed; 7 injured, six civilians and one serviceman.")
    assert places_and_counts(text, gaz, "2023-10-27") == [("Kupyansk", 2, 7)]
    text = "Lozova, raion centre: on 25 August a drone hit a building near the station; one man was killed."
    assert [p for p, _, _ in places_and_counts(text, gaz, "2025-08-29")] == ["Lozova"]


def test_a_road_through_a_village_and_a_headline_saying_which_namesake_it_is_not(gaz):
    text = ("On 24 August 2023 Russian forces used a drone to drop an explosive on a car on the road through "
            "Stanislav, Khersonskyi raion, injuring the driver.")
    assert [p for p, _, _ in places_and_counts(text, gaz, "2023-09-01")] == ["Stanislav"]
    text = ("Nikopol, Dnipropetrovsk oblast (not the village of Nikopol in Kharkiv oblast): artillery fire hit "
            "the city centre on 20 August, killing a man.")
    found = extract(text, "2025-08-22", gaz)
    assert [(i["location"], i["admin1"]) for i in found] == [("Nikopol", "Dnipropetrovsk")]


def test_a_record_continues_with_a_place_led_entry_for_later_the_same_day(gaz):
    text = ("Sumy, 3 June 2024, 10:20: a guided bomb hit a warehouse, killing one worker. Later that day, "
            "Bilopillia: shelling damaged a school; no casualties. Vorozhba (formerly Vorozhba station), Sumy "
            "raion: a drone hit a tractor, injuring the driver.")
    assert places_and_counts(text, gaz, "2024-06-05") == [("Sumy", 1, None), ("Bilopillia", 0, 0),
                                                         ("Vorozhba", 0, 1)]


def test_the_one_person_a_pronoun_or_an_apposition_names_is_counted_once(gaz):
    assert find_casualties("A drone dropped a grenade on a man at a well, killing him") == {"killed": 1}
    assert find_casualties("A man was wounded when a drone hit his car, wounding him in the leg") == {"injured": 1}
    assert find_casualties("An FPV drone hit a car, injuring the driver, a man aged 52.") == {"injured": 1}
    assert find_casualties("Shelling killed a soldier, a medic and a driver.") == {"killed": 3}


def test_explosives_dropped_on_people_are_an_air_strike_and_fire_from_a_place_is_its_origin(gaz):
    text = "On 2 May 2024 an operator dropped explosives on a bus stop in Kherson, killing a woman."
    assert [(i["location"], i["sub_event_type"]) for i in extract(text, "2024-05-03", gaz)] == \
        [("Kherson", "Air/drone strike")]
    text = "On 6 January 2025 artillery fire from the Kinburn spit hit the port of Ochakiv, injuring a man."
    assert places_and_counts(text, gaz, "2025-01-07") == [("Ochakiv", 0, 1)]


def test_a_toll_told_for_several_places_is_shared_out_when_later_sentences_place_part_of_it(gaz):
    text = ("Russian drones hit Bilopillia and Krasnopillia on Monday night, injuring six people. Four of the "
            "injured were in Krasnopillia.")
    assert places_and_counts(text, gaz, "2025-03-11") == [("Bilopillia", 0, 2), ("Krasnopillya", 0, 4)]
    text = ("Shelling hit Nikopol and Marhanets on Sunday, killing two and injuring three. Two men died in "
            "Nikopol, and three people, among them a boy, were wounded in Marhanets.")
    assert places_and_counts(text, gaz, "2025-03-11") == [("Nikopol", 2, 0), ("Marhanets", 0, 3)]
    # a sentence that splits its own toll by place keeps it
    text = "Missiles struck Kyiv and Kharkiv on Tuesday, killing four people in the capital and two in Kharkiv."
    assert places_and_counts(text, gaz, "2024-01-16") == [("Kyiv", 4, None), ("Kharkiv", 2, None)]


def test_a_list_of_places_that_repeats_its_preposition_is_each_a_place_of_the_clash(gaz):
    text = "On 10 January Russian forces attacked near Pokrovsk itself, near Myrnohrad, and near Rodynske."
    assert [p for p, _, _ in places_and_counts(text, gaz, "2025-01-11")] == ["Pokrovsk", "Myrnohrad", "Rodynske"]
    text = "On 10 January a drone killed a man in Kupiansk, near Kharkiv."
    assert [p for p, _, _ in places_and_counts(text, gaz, "2025-01-11")] == ["Kupyansk"]


def test_a_records_heading_places_the_attack_told_after_it(gaz):
    text = ("Bilopillia, Sumy Oblast. On 6 March 2024 a drone dropped an explosive device on a car near the "
            "market, according to the governor. The driver, a 40-year-old man, was wounded.")
    assert places_and_counts(text, gaz, "2024-03-09") == [("Bilopillia", 0, 1)]
    text = ("03/02/2024 | Kupiansk, Kharkiv Oblast | Civilian infrastructure. Footage shows a burning shop after "
            "a strike at noon. Officials said two people were killed.")
    found = extract(text, "2024-02-09", gaz)
    assert [(i["location"], i["event_date"], i["fatalities"]) for i in found] == [("Kupyansk", "2024-02-03", 2)]
    # a heading is the record's opening, not any sentence that names a place before the attack
    text = ("The agency's team met officials in Kharkiv. Later they travelled east. Residents said soldiers "
            "shot five local men.")
    assert extract(text, "2024-03-09", gaz) == []


def test_numeric_dates_and_spans_of_days():
    published = dt.date(2022, 8, 16)
    assert find_date("On 24.07.2022 shelling hit the port", published) == (dt.date(2022, 7, 24), 1)
    assert find_date("Incident of 24/07/2022", published) == (dt.date(2022, 7, 24), 1)
    assert find_date("At 14.30 shelling hit the port", published) is None
    assert find_date("Between 2 and 30 March 2022, soldiers shot five men", published) == (dt.date(2022, 3, 2), 3)
    assert find_date("From 5 to 7 April the town was shelled", published) == (dt.date(2022, 4, 5), 2)
    assert find_date("On the night of 13 to 14 March a jet bombed the block", published) == (dt.date(2022, 3, 14), 1)


def test_records_led_by_their_oblast_abductions_and_fire_on_civilian_cars(gaz):
    text = "Kharkiv region, Chuhuiv: at 05:40 on 20 July a missile hit a house; a woman was killed."
    assert places_and_counts(text, gaz, "2022-07-20") == [("Chuhuyiv", 1, None)]
    text = "On 19 June armed men took away two residents of the village of Ryzhivka, Sumy district."
    assert [(i["location"], i["sub_event_type"]) for i in extract(text, "2024-06-20", gaz)] == \
        [("Ryzhivka", "Abduction/forced disappearance")]
    text = ("On 8 March 2022 soldiers opened fire on a civilian car leaving Andriivka, Bucha district, killing "
            "the driver.")
    assert [(i["event_type"], i["fatalities"]) for i in extract(text, "2022-03-12", gaz)] == \
        [("Violence against civilians", 1)]


def test_aviation_strikes_and_drones_launched_from_a_river_bank(gaz):
    text = "On 13 March Russian aviation struck Ukrainian troops near Yunakivka in the Sumy region."
    assert [i["sub_event_type"] for i in extract(text, "2025-03-13", gaz)] == ["Air/drone strike"]
    text = ("On 11 August a drone launched from the occupied left bank, near Kamianka-Dniprovska, hit a minibus "
            "on the outskirts of Marhanets, killing the driver.")
    assert places_and_counts(text, gaz, "2025-08-12") == [("Marhanets", 1, None)]


def test_a_second_target_with_its_own_place_and_habitual_shelling(gaz):
    text = ("Missiles overnight destroyed a fuel depot near Mykolaiv and an ammunition depot in Barvinkove, the "
            "ministry said on 6 April. Two guards were killed.")
    assert places_and_counts(text, gaz, "2022-04-06") == [("Mykolayiv", 2, None), ("Barvinkove", None, None)]
    text = "On 16 August partners delivered food to Bilozerka, a village that is shelled almost daily."
    assert extract(text, "2023-08-18", gaz) == []
    text = "In Shebekino, under constant shelling for months, a drone hit a car on 3 May, wounding two men."
    assert places_and_counts(text, gaz, "2024-05-04") == [("Shebekino", 0, 2)]


@pytest.mark.parametrize("text,expected", [
    ("A woman lost her life when a drone hit her car", {"killed": 1}),
    ("A 9-year-old boy lost his foot after stepping on a mine", {"injured": 1}),
    ("A second man was hit by fragments and taken to hospital", {"injured": 1}),
    ("The house was hit by debris", {}),
    ("A sixth man survived a gunshot wound to the leg", {"injured": 1}),
    ("A woman suffered a head injury", {"injured": 1}),
    ("The occupants, two men, survived with injuries", {"injured": 2}),
    ("Initial police reports spoke of two dead; the governor later gave a toll of three killed", {"killed": 3}),
    # a subject with a longer participle phrase before its verb
    ("The driver was killed; a second man working at the edge of the field was hit by fragments",
     {"killed": 1, "injured": 1}),
    ("A woman walking her dog in the park was injured", {"injured": 1}),
    # a revised figure named by what it counts
    ("The city administration revised the injured figure to 18", {"injured": 18}),
    ("Officials revised the death toll to 18", {"killed": 18}),
    # a record's casualty fields
    ("Injured: security guard (male, 52), fragment wound to the shoulder. Killed: none.", {"killed": 0, "injured": 1}),
    ("Injured residents: 2 (a woman, 77, cuts; a man, 50, concussion)", {"injured": 2}),
    ("Killed: a man (59) and a woman (63); Injured on the hospital site: 16, including seven children",
     {"killed": 2, "injured": 16}),
    # who they were, in brackets right after the verb, is no one more
    ("Three people were wounded (two women and a man)", {"injured": 3}),
    ("A locomotive driver and his assistant were injured", {"injured": 2}),
    ("A drone dropped explosives on a car, but the driver escaped unhurt", {"killed": 0, "injured": 0}),
    ("Both passengers were unharmed", {"killed": 0, "injured": 0}),
    # injuries named by what they are, and care at the scene
    ("Two people received cuts and were treated on the spot", {"injured": 2}),
    ("One firefighter was treated for smoke inhalation at the scene", {"injured": 1}),
    ("The driver (49) and an evacuee, a woman of 81, were wounded", {"injured": 2}),
    ("The correspondent (28) suffered burns to the face", {"injured": 1}),
    ("Her neighbour, a man in his seventies, was killed", {"killed": 1}),
    ("A device went off under a car, injuring a local administration employee", {"injured": 1}),
    ("Shelling killed two people, the regional governor said", {"killed": 2}),
    ("Casualties: 1 dead, 3 wounded (all IDPs; one child, 8, sustained shrapnel wounds)", {"killed": 1, "injured": 3}),
])
def test_lives_and_limbs_lost_and_first_reports(text, expected):
    assert find_casualties(text) == expected


def test_a_stated_number_replaces_a_vague_one_but_a_first_report_does_not(gaz):
    text = ("On 5 June shelling hit a queue in Lysychansk; videos show several wounded on the ground. The "
            "governor reported three killed and six wounded.")
    assert places_and_counts(text, gaz, "2022-06-06") == [("Lysychansk", 3, 6)]
    text = ("Drones hit a building in Bila Tserkva overnight on 5 April, injuring a dozen people. Earlier reports "
            "had spoken of six injured.")
    assert places_and_counts(text, gaz, "2026-04-05") == [("Bila Tserkva", 0, 12)]


def test_a_capture_after_a_withdrawal_is_a_battle_and_a_dud_missile_is_no_mine(gaz):
    text = ("Russian forces completed the capture of Avdiivka on 17 February after Ukraine withdrew its last "
            "units from the town, the ministry claimed.")
    assert [i["sub_event_type"] for i in extract(text, "2024-02-18", gaz)] == ["Non-state actor overtakes territory"]
    text = "On 11 November Russian forces withdrew from Kherson and Ukrainian troops took control of the city."
    assert [i["sub_event_type"] for i in extract(text, "2022-11-12", gaz)] == ["Non-violent transfer of territory"]
    text = ("On 2 October two S-300 missiles hit a yard in Mykolaiv, killing a man; the second missile did not "
            "detonate.")
    assert [i["sub_event_type"] for i in extract(text, "2022-10-03", gaz)] == ["Shelling/artillery/missile attack"]


def test_regions_listed_together_shoot_downs_over_them_and_a_ministrys_seat(gaz):
    text = ("Russian air defence systems destroyed 23 Ukrainian drones over the Bryansk, Kursk and Belgorod regions "
            "overnight on 7 September, the Defence Ministry in Moscow said.")
    found = extract(text, "2025-09-07", gaz)
    assert {i["sub_event_type"] for i in found} == {"Disrupted weapons use"}
    assert "Moscow" not in {i["location"] for i in found}
    assert all(i["geo_precision"] == 3 for i in found)  # oblasts, not their cities
    text = "Air raid alerts were declared across the Poltava and Kirovohrad regions for four hours on 20 August."
    assert extract(text, "2025-08-20", gaz) == []
    text = "Officials in Zhytomyr reported that a drone struck a facility in the city on 27 March, causing a fire."
    assert [p for p, _, _ in places_and_counts(text, gaz, "2023-03-27")] == ["Zhytomyr"]


def test_a_neighbouring_town_is_where_it_happened(gaz):
    text = ("A missile hit the centre of Sloviansk overnight on 30 March, wounding two people; in neighbouring "
            "Kramatorsk a school was damaged.")
    assert places_and_counts(text, gaz, "2023-03-30") == [("Slovyansk", 0, 2), ("Kramatorsk", None, None)]


def test_assaults_backed_by_artillery_background_captures_and_drone_footage(gaz):
    text = ("On 4 July 2023, Russian forces attempted to advance near Marinka (Pokrovskyi, Donetsk) with the "
            "support of artillery and aviation.")
    assert [i["sub_event_type"] for i in extract(text, "2023-07-05", gaz)] == ["Armed clash"]
    text = ("On 12 November 2022, a tractor hit an anti-tank mine near Kamianka (Iziumskyi, Kharkiv), an area "
            "recently retaken by Ukrainian forces. The driver was killed.")
    assert [i["sub_event_type"] for i in extract(text, "2022-11-14", gaz)] == ["Remote explosive/landmine/IED"]
    text = ("On 20 December 2023, Russian soldiers shot dead 3 Ukrainian servicemen who had surrendered near "
            "Robotyne, according to prosecutors, who opened an investigation based on drone footage.")
    assert [i["event_type"] for i in extract(text, "2023-12-22", gaz)] == ["Violence against civilians"]
    text = ("On 10 September 2022, Ukrainian forces regained control of Balakliia after Russian forces withdrew "
            "from the town under fire.")
    assert [i["sub_event_type"] for i in extract(text, "2022-09-12", gaz)] == ["Government regains territory"]


def test_shelling_as_the_reason_for_an_evacuation_and_a_repelled_drone_raid(gaz):
    text = ("The regional administration has ordered the evacuation of families with children from Dobropillia "
            "as Russian shelling intensifies.")
    assert extract(text, "2025-08-23", gaz) == []
    text = "An attack by enemy UAVs on Bryansk was repelled overnight on 18 December; there were no casualties."
    assert [i["event_type"] for i in extract(text, "2025-12-18", gaz)] == ["Strategic developments"]


def test_nights_and_early_hours_named_by_weekday():
    wednesday = dt.date(2024, 5, 15)
    assert find_date("In the early hours of Tuesday, missiles hit Lviv", wednesday) == (dt.date(2024, 5, 14), 1)
    assert find_date("On the night of Monday to Tuesday drones hit Kyiv", wednesday) == (dt.date(2024, 5, 14), 1)


def test_a_place_with_an_aside_and_an_earlier_attack_on_the_village_told_after(gaz):
    text = ("On 4 April 2023 artillery shells struck a hub in Orikhiv, wounding three residents. The same day, "
            "Stepnohirsk, further west, was shelled, without casualties.")
    assert places_and_counts(text, gaz, "2023-04-20") == [("Orikhiv", 0, 3), ("Stepnohirsk", 0, 0)]
    text = ("On 18 July 2026 a drone struck a house in Esman, Shostka raion, injuring a woman. Three days earlier, "
            "on 15 July, artillery shelling had damaged the village's post office; nobody was hurt.")
    found = extract(text, "2026-07-21", gaz)
    assert [(i["location"], i["event_date"]) for i in found] == [("Esman", "2026-07-18"), ("Esman", "2026-07-15")]


def test_what_witnesses_tell_in_general_is_no_incident(gaz):
    text = ("Staff visiting the Nikopol district in August heard repeated accounts of drones targeting vehicles "
            "on local roads. On 11 August a drone hit a minibus in Marhanets, killing the driver.")
    assert places_and_counts(text, gaz, "2025-08-28") == [("Marhanets", 1, None)]
    text = "The team in Sumy met residents of border villages who describe attacks arriving with no warning."
    assert extract(text, "2024-10-08", gaz) == []


def test_people_hit_by_another_blow_add_to_the_toll(gaz):
    text = ("On 21 July 2025 a boy lost his foot after stepping on a mine in Kozatske, Beryslav district. "
            "About an hour later a neighbour was injured by another mine in the same street.")
    assert places_and_counts(text, gaz, "2025-08-11") == [("Kozatske", 0, 2)]
    text = ("A drone hit a car in Kupiansk on Monday, injuring the driver. A second drone struck a bus stop, "
            "wounding two women.")
    assert places_and_counts(text, gaz, "2025-08-11") == [("Kupyansk", 0, 3)]
    # the same people told again are not added
    text = "A drone hit a car in Kupiansk on Monday, injuring two women. The two women were taken to hospital."
    assert places_and_counts(text, gaz, "2025-08-11") == [("Kupyansk", 0, 2)]


def test_a_place_given_as_a_segment_of_a_records_lead(gaz):
    text = ("Regional hospital, Mykolaiv, incident log. 29/07/2022, 05:15. Two rockets exploded in the hospital "
            "courtyard. Injured: a guard (male, 52).")
    assert [(i["location"], i["event_date"]) for i in extract(text, "2022-08-01", gaz)] == [("Mykolayiv", "2022-07-29")]
    text = ("Protection monitoring, flash summary. Location: Vilniansk, Zaporizhzhia district, some 30 km north of "
            "the regional centre. Incident: a rocket struck the yard of a school.")
    assert [i["location"] for i in extract(text, "2022-09-28", gaz)] == ["Vilnyansk"]
    # a lead sentence that only mentions a place in passing does not place the attack
    text = "Officials from Kharkiv visited the site on Monday. A rocket struck the yard of a school."
    assert extract(text, "2022-09-28", gaz) == []


def test_where_displaced_people_came_from_is_not_where_it_struck(gaz):
    text = ("Location: Vilniansk, Zaporizhzhia district. Incident: a rocket struck the yard of a collective centre "
            "for people displaced from Huliaipole and Orikhiv. Casualties: 1 dead, 3 wounded.")
    assert places_and_counts(text, gaz, "2022-09-28") == [("Vilnyansk", 1, 3)]


def test_a_region_joined_to_its_name_by_a_hyphen_is_a_region(gaz):
    text = ("The ruined house is in Zolochiv, Kharkiv region, and not in the Lviv-region town that half of you picked; "
            "a guided bomb on Tuesday killed the elderly couple who lived there.")
    assert [(i["location"], i["fatalities"]) for i in extract(text, "2024-06-06", gaz)] == [("Zolochiv", 2)]
    assert [i["location"] for i in extract("Shells hit villages in the Kharkiv-region on Monday.", "2024-06-06",
                                           gaz)] == ["Kharkiv Oblast"]


def test_a_saints_name_is_no_place(gaz):
    text = "St Nicholas church in Mykolaivka, Kramatorsk district, was hit by artillery on 3 November 2022."
    assert [(i["location"], i["admin1"]) for i in extract(text, "2022-11-25", gaz)] == [("Mykolaivka", "Donetsk")]


def test_a_possessive_pronoun_and_its_noun_is_no_place(gaz):
    text = "A glide bomb hit Vovchansk on Monday, killing a woman. Her son, who was with her, was wounded."
    assert [(i["location"], i["fatalities"], i["injured"]) for i in extract(text, "2024-05-20", gaz)] == \
        [("Vovchansk", 1, 1)]


def test_a_repair_works_hit_is_an_attack_repairs_made_are_not(gaz):
    assert [i["location"] for i in extract("Kalibr missiles destroyed a workshop repairing armoured vehicles on the "
                                           "outskirts of Kiev.", "2022-04-14", gaz)] == ["Kyiv"]
    assert [i["location"] for i in extract("A missile hit a tank repair plant in Kharkiv.", "2022-04-14", gaz)] == \
        ["Kharkiv"]
    assert extract("Workers began repairing the bridge in Kherson damaged by shelling last week.", "2022-04-14",
                   gaz) == []


def test_the_area_or_vicinity_of_a_place_introduces_it(gaz):
    text = "Fighting continued in the vicinity of Bakhmut on Wednesday."
    assert [(i["location"], i["event_type"]) for i in extract(text, "2023-10-19", gaz)] == [("Bakhmut", "Battles")]


def test_also_hurt_is_the_same_attack(gaz):
    text = ("A drone hit a school in Sumy on 19 May 2025. Casualties: 2 injured (a teacher; a pupil, whose parents "
            "say she was also hurt by glass).")
    assert places_and_counts(text, gaz, "2025-05-26") == [("Sumy", 0, 2)]


def test_a_hromada_field_places_a_records_attack(gaz):
    text = "date_incident: 2023-01-12; hromada: Pivdenne, Odesa district; object: port terminal; weapon: Shahed-136"
    assert [i["location"] for i in extract(text, "2023-01-30", gaz)] == ["Pivdenne"]


def test_table_rows_and_their_fields(gaz):
    text = ("2025-01-06 | Dnipropetrovska | Dnipro, Shevchenkivskyi district | ballistic missile | killed 1 | "
            "injured 8 || 2025-01-06 | Dnipropetrovska | Kryvyi Rih | Shahed drone | killed 0 | injured 1")
    got = [(i["admin1"], i["fatalities"], i["injured"], i["sub_event_type"]) for i in extract(text, "2025-01-20", gaz)]
    assert got == [("Dnipropetrovsk", 1, 8, "Shelling/artillery/missile attack"),
                   ("Dnipropetrovsk", 0, 1, "Air/drone strike")]
    [dnipro, rih] = extract(text, "2025-01-20", gaz)
    assert abs(dnipro["latitude"] - 48.45) < 0.1 and abs(rih["latitude"] - 47.9) < 0.1


def test_detentions_and_disappearances(gaz):
    from incidents.extract.events import classify

    text = "The Commission documented the detention of a teacher by Russian forces in Bilozerka on 9 August 2022."
    assert [i["sub_event_type"] for i in extract(text, "2023-10-20", gaz)] == ["Arrests"]
    text = ("Russian soldiers detained a teacher at a checkpoint in Bilozerka on 9 August 2022. The Commission finds "
            "that the detention amounts to an enforced disappearance.")
    assert [i["sub_event_type"] for i in extract(text, "2023-10-20", gaz)] == ["Abduction/forced disappearance"]
    assert classify("Soldiers took his son (41) from their house.", "UA")["sub_event_type"] == \
        "Abduction/forced disappearance"


def test_a_lead_about_fire_on_places_dates_the_attacks_told_after_it(gaz):
    text = ("In Sumy oblast the mission recorded cross-border fire on two communities on 1 October 2022. In "
            "Stepanivka rockets hit a street of private houses: one man was killed.")
    assert [(i["location"], i["event_date"]) for i in extract(text, "2022-10-12", gaz)] == \
        [("Stepanivka", "2022-10-01")]


@pytest.mark.parametrize("text", [
    "Port claim, no row. The RU MoD said its missiles had destroyed 'six warships' at Ochakiv; the city reported a "
    "quiet night.",
    "The RU MoD said its missiles had destroyed 'six warships' at Ochakiv; no footage surfaced, so we code nothing.",
])
def test_a_coders_no_row_or_code_nothing_is_a_verdict_of_no_event(gaz, text):
    assert extract(text, "2023-06-08", gaz) == []


def test_a_verdict_that_there_was_no_event(gaz):
    text = ("Not coded: a video circulated on 6 June 2023 as 'Russian shelling of Nikopol' shows a warehouse fire "
            "elsewhere. Misreport, no event for Nikopol.")
    assert extract(text, "2023-06-08", gaz) == []
    text = ("Fact check: 'Rockets hit a bread queue in Derhachi yesterday' (9 May 2022). Rating: PARTLY FALSE. "
            "Police date the attack on Derhachi to 7 May and confirmed two people killed.")
    assert [(i["location"], i["event_date"], i["fatalities"]) for i in extract(text, "2022-05-12", gaz)] == \
        [("Derhachi", "2022-05-07", 2)]
    # a claim left uncounted is no verdict on the event
    text = ("Russian forces captured Avdiivka on 17 February 2024, the MoD said; its claim of 1,500 Ukrainian "
            "servicemen killed was not coded.")
    assert [i["location"] for i in extract(text, "2024-02-20", gaz)] == ["Avdiyivka"]


def test_a_night_from_one_day_of_a_month_to_the_next(gaz):
    assert find_date("Fighting went on through the night to Saturday.", dt.date(2022, 3, 19)) == \
        (dt.date(2022, 3, 19), 1)
    assert find_date("A drone struck Kursk on the night of August 12 to 13.", dt.date(2024, 8, 13)) == \
        (dt.date(2024, 8, 13), 1)
    text = "A drone struck an apartment building in Kursk on the night of August 12 to 13, injuring four residents."
    assert places_and_counts(text, gaz, "2024-08-13") == [("Kursk", 0, 4)]


def test_a_city_struck_repeatedly_is_background(gaz):
    text = ("A missile struck Sumy on Sunday evening, killing three people. Sumy, a city near the border, has been "
            "struck repeatedly by missiles and drones in recent months.")
    assert places_and_counts(text, gaz, "2026-08-31") == [("Sumy", 3, None)]


def test_a_day_named_by_an_anniversary_and_reactions_to_an_attack(gaz):
    text = ("Heavy fighting continued around Vuhledar on Friday, the first anniversary of the full-scale invasion, "
            "the military said.")
    assert [(i["location"], i["event_type"]) for i in extract(text, "2023-02-24", gaz)] == [("Vuhledar", "Battles")]
    assert extract("Residents marked the anniversary of the strike on the station in Kramatorsk.", "2023-04-08",
                   gaz) == []
    text = "A missile hit Kyiv overnight, killing two. The Lithuanian minister condemned the attack on Kyiv on Tuesday."
    assert places_and_counts(text, gaz, "2023-08-30") == [("Kyiv", 2, None)]


def test_the_injured_who_died_later_are_no_longer_injured(gaz):
    text = ("A missile struck Sumy on Sunday evening, killing three people and wounding 20. On Monday officials said "
            "that one of the wounded, a woman, had died in hospital, bringing the death toll to four.")
    assert places_and_counts(text, gaz, "2026-08-31") == [("Sumy", 4, 19)]


def test_a_sources_own_date_does_not_date_the_event():
    assert find_date("Source article (2025-05-05): residents of Kherson held a rally on 4 May 2025.",
                     dt.date(2025, 5, 6)) == (dt.date(2025, 5, 4), 1)
    assert find_date("Update 07.08.2024: since 6 August, units have fought around Sudzha.",
                     dt.date(2024, 8, 8)) == (dt.date(2024, 8, 6), 1)
    # alone, it is still the only date there is
    assert find_date("Update 07.08.2024: heavy fighting near Sudzha.", dt.date(2024, 8, 8)) == (dt.date(2024, 8, 7), 1)


def test_forces_entering_a_towns_centre_take_it(gaz):
    text = "On 3 July 2026 Russian forces entered the centre of Huliaipole (Polohy raion, Zaporizhzhia)."
    assert [(i["location"], i["sub_event_type"]) for i in extract(text, "2026-07-07", gaz)] == \
        [("Hulyaypole", "Non-state actor overtakes territory")]


def test_a_rally_demanding_the_return_of_abducted_people_is_a_protest(gaz):
    text = "Residents of Kherson held a rally on 4 May 2025 demanding the return of civilians abducted by Russia."
    assert [i["sub_event_type"] for i in extract(text, "2025-05-06", gaz)] == ["Peaceful protest"]


def test_a_note_led_by_its_place_and_qualifier(gaz):
    text = "Grayvoron (Belgorod Oblast), 12 September 2025: a drone hit a car, killing one, the governor said."
    assert places_and_counts(text, gaz, "2025-09-15") == [("Grayvoron", 1, None)]


def test_a_trial_about_an_earlier_detention_is_no_event(gaz):
    text = ("The district court adjourned until 14 March 2024 the in-absentia trial of three servicemen charged over "
            "the detention of villagers in a school basement in Yahidne in March 2022. No new incident is reported.")
    assert extract(text, "2024-02-19", gaz) == []


def test_two_attacks_joined_by_while_and_a_nearby_second_place(gaz):
    text = ("On 11 June 2022 Russian artillery pounded Lysychansk while Russian aircraft bombed the outskirts of "
            "Siversk (Bakhmut raion, Donetsk).")
    assert [i["sub_event_type"] for i in extract(text, "2022-06-14", gaz)] == \
        ["Shelling/artillery/missile attack", "Air/drone strike"]
    text = ("Bombs hit Kupiansk and nearby Kupiansk-Vuzlovyi on 27 February 2023: one woman was killed in Kupiansk "
            "and two men were wounded in Kupiansk-Vuzlovyi.")
    assert [i["location"] for i in extract(text, "2023-03-02", gaz)] == ["Kupyansk", "Kupiansk-Vuzlovyi"]
    # "while he was ploughing" is no second attack
    text = "A tractor driver was killed when his tractor hit a mine while he was ploughing a field near Husarivka."
    assert places_and_counts(text, gaz, "2026-04-26") == [("Husarivka", 1, None)]


def test_a_repelled_raid_whose_debris_damaged_a_building_is_the_strike(gaz):
    text = ("An attack by enemy drones on Bryansk was repelled overnight. Debris damaged the roof of a warehouse; "
            "there were no casualties.")
    assert [i["sub_event_type"] for i in extract(text, "2025-12-18", gaz)] == ["Air/drone strike"]
    text = "Air defence shot down four drones over Bryansk overnight. No damage was reported."
    assert [i["sub_event_type"] for i in extract(text, "2025-12-18", gaz)] == ["Disrupted weapons use"]


def test_training_and_de_occupied_land_are_no_events(gaz):
    text = ("Deminers held training at a range near Bila Tserkva on Tuesday, practising the destruction of "
            "anti-personnel mines. Instructors from the Kharkiv and Mykolaiv units spoke about clearing de-occupied "
            "territories.")
    assert extract(text, "2025-09-17", gaz) == []


def test_a_city_councils_post_places_the_attack_on_the_city(gaz):
    text = "Mykolaiv city council: S-300 missiles struck the city at about 5 a.m. A 15-year-old boy was injured."
    assert places_and_counts(text, gaz, "2022-09-06") == [("Mykolayiv", 0, 1)]
    # a council speaking of another place stays a speaker
    text = "Kherson City Council said a drone hit a bus in Bilozerka."
    assert [i["location"] for i in extract(text, "2022-09-06", gaz)] == ["Bilozerka"]


@pytest.mark.parametrize("text,place", [
    # a coder's note: the place, its oblast or raion in brackets, then what happened
    ("Security log, 9 May 2023: Kupyansk (Kharkiv oblast) - artillery shelled the town centre; two killed.",
     "Kupiansk"),
    ("Port update: Izmail (Odesa oblast) was attacked by drones on 8 May; a warehouse burned.", "Izmail"),
    ("Daily log 11/05/2023: Marganets (Nikopol raion), mortar fire on a residential street, one injured.",
     "Marhanets"),
])
def test_an_oblast_or_raion_in_brackets_qualifies_its_place_and_never_stands_for_it(gaz, text, place):
    found = extract(text, "2023-05-12", gaz)
    assert len(found) == 1
    assert found[0]["location"].replace("y", "i").startswith(place.replace("y", "i")[:5]), found[0]["location"]


def test_a_log_date_written_day_month_year_with_dashes():
    assert find_date("Risk feed, 17-Mar-2024: no change.", dt.date(2024, 3, 18)) == (dt.date(2024, 3, 17), 1)


@pytest.mark.parametrize("text,published,date", [
    # a record's own date before a colon is the day it was written; the event told after it counts from it
    ("Field office log 14/05/2024: Vovchansk (Chuhuiv raion) - a glide bomb hit a house on Sunday evening; "
     "one woman injured.", "2024-05-15", "2024-05-12"),
    ("Community monitor, 21.06.2025: on 19 June a drone struck a bakery in Nikopol, two workers injured.",
     "2025-06-22", "2025-06-19"),
    # no date after the colon: the record's date is the event's
    ("Field office log 14/05/2024: shelling of Vovchansk, one woman injured.", "2024-05-16", "2024-05-14"),
    # a short heading that only dates the record dates the entry after it
    ("Border tally, Thursday 6 June 2024. Bilopillia: a drone hit a car, the driver was injured.",
     "2024-06-08", "2024-06-06"),
])
def test_a_records_date_heads_what_it_tells(gaz, text, published, date):
    found = extract(text, published, gaz)
    assert [i["event_date"] for i in found] == [date]


@pytest.mark.parametrize("text", [
    "On 13 June 2014 the National Guard and the Azov battalion retook the centre of Mariupol from separatist fighters.",
    "On 5 July 2014 army units entered Sloviansk and raised the state flag over the town council.",
])
def test_ukrainian_units_taking_back_a_town_are_the_government_regaining_it(gaz, text):
    found = extract(text, "2014-07-20", gaz)
    assert [(i["event_type"], i["sub_event_type"]) for i in found] == [("Battles", "Government regains territory")]


@pytest.mark.parametrize("text", [
    "On 3 May 2016 Ukrainian and separatist units exchanged mortar and machine-gun fire near Marinka; two soldiers "
    "were wounded.",
    "Daily exchanges of tank and mortar fire between the army and DPR units continued in Pisky on 4 May 2016.",
])
def test_an_exchange_of_fire_between_two_sides_is_an_armed_clash(gaz, text):
    found = extract(text, "2016-05-06", gaz)
    assert [(i["event_type"], i["sub_event_type"]) for i in found] == [("Battles", "Armed clash")]


def test_a_record_named_and_dated_before_its_place_is_placed_there(gaz):
    found = extract("Incident log, 14 March 2016, Marinka: in the evening the town came under mortar fire; "
                    "a resident was killed.", "2016-03-16", gaz)
    assert [(i["location"], i["event_date"], i["fatalities"]) for i in found] == [("Mar'yinka", "2016-03-14", 1)]


def test_a_registers_numbered_entries_are_sentences_and_an_article_of_a_code_is_not_an_end():
    from incidents.extract.pipeline import split_sentences

    text = ("Register (translation). (1) Entry under Art. 438: shelling of Orikhiv; killed: 1. "
            "(2) Entry of the same date: a drone hit Stepnohirsk; injured: 2.")
    assert split_sentences(text) == ["Register (translation).", "(1) Entry under Art. 438: shelling of Orikhiv; "
                                     "killed: 1.", "(2) Entry of the same date: a drone hit Stepnohirsk; injured: 2."]


def test_circa_before_a_time_ends_no_sentence():
    from incidents.extract.pipeline import split_sentences

    text = "Record 22-0211 | Date: 3 July 2022, c. 05:30 | Description: rockets hit the hospital."
    assert split_sentences(text) == [text]


def test_a_numbers_abbreviation_ends_no_sentence():
    from incidents.extract.pipeline import split_sentences

    text = "A drone hit our van (fleet no. 7) at the entrance to Bilozerka. The driver was hurt."
    assert split_sentences(text) == ["A drone hit our van (fleet no. 7) at the entrance to Bilozerka.",
                                     "The driver was hurt."]
    text = "Shells hit house nos. 4 and 6 in Kupiansk."
    assert split_sentences(text) == [text]


def test_each_register_entry_keeps_its_own_toll(gaz):
    found = extract("Prosecutor's register (translation). (1) Entry of 03.05.2024, Art. 438: on 02.05.2024 the "
                    "occupiers shelled Huliaipole with mortars; killed: 1 (male, born 1950); injured: none. (2) Entry "
                    "of the same date: on 02.05.2024 a drone hit a car in Orikhiv; injured: 2; killed: none.",
                    "2024-05-04", gaz)
    assert [(i["location"][:5], i["fatalities"], i["injured"]) for i in found] == [("Hulya", 1, 0), ("Orikh", 0, 2)]


def test_a_records_field_values_are_not_places(gaz):
    found = extract("Intake note. Male, 45, injured on 3 May 2024 in Nikopol when a drone struck his car. "
                    "Roman Catholic volunteers brought him in.", "2024-05-05", gaz)
    assert [(i["location"], i["injured"]) for i in found] == [("Nikopol", 1)]
    found = extract("Record HCA-24-0101 | Location: Kupiansk, Kharkiv oblast | Date: 2 May 2024 | Description: "
                    "shelling hit gymnasium No. 2; a cook was injured.", "2024-05-05", gaz)
    assert [(i["location"], i["injured"]) for i in found] == [("Kupyansk", 1)]


def test_a_toll_told_once_for_several_places_then_another_clause(gaz):
    found = extract("Three people were killed in Kostiantynivka, two in Druzhkivka and one in Kramatorsk, while all "
                    "six injured were in Sloviansk, the governor said on 3 June 2024.", "2024-06-03", gaz)
    assert sorted((i["location"], i["fatalities"], i["injured"]) for i in found) == [
        ("Druzhkivka", 2, None), ("Kostyantynivka", 3, None), ("Kramatorsk", 1, None), ("Slovyansk", 0, 6)]


def test_a_registers_date_of_loss_dates_the_cause_told_after_it(gaz):
    found = extract("Loss register 2023/ZP/0042 - insured: grain elevator at Vilniansk, Zaporizhzhia oblast; date of "
                    "loss 11.05.2023. Cause: artillery shells hit the drying tower; no casualties among staff.",
                    "2023-05-20", gaz)
    assert [(i["location"], i["event_date"]) for i in found] == [("Vilnyansk", "2023-05-11")]


def test_a_place_with_an_aside_then_shelled_is_the_place_shelled(gaz):
    found = extract("On 9 June 2016 Vodiane, south of Avdiivka, shelled with 82 mm mortars, casualties unknown.",
                    "2016-06-10", gaz)
    assert [i["location"] for i in found] == ["Vodiane"]


def test_a_factboxs_bullets_are_told_apart(gaz):
    found = extract("FACTBOX-The war in Ukraine on Tuesday. * A missile strike on Zaporizhzhia killed two people and "
                    "wounded seven on Monday, the governor said. * Russia's defence ministry said its forces had "
                    "captured the village of Tonenke. * A drone hit a car in Nikopol, wounding the driver.",
                    "2024-03-12", gaz)
    got = {i["location"]: (i["sub_event_type"], i["fatalities"], i["injured"]) for i in found}
    assert got["Zaporizhzhya"] == ("Shelling/artillery/missile attack", 2, 7)
    assert got["Tonenke"][0] == "Non-state actor overtakes territory"
    assert got["Nikopol"] == ("Air/drone strike", 0, 1)
    # the Monday of the first bullet does not carry to the others
    assert {i["location"]: i["event_date"] for i in found}["Nikopol"] == "2024-03-12"


def test_a_capture_told_as_an_aside_does_not_type_the_attack(gaz):
    found = extract("In Izium, which Ukrainian forces liberated in September, Russian shelling killed a man on "
                    "Tuesday, the governor said.", "2023-02-08", gaz)
    assert [(i["event_type"], i["fatalities"]) for i in found] == [("Explosions/Remote violence", 1)]


@pytest.mark.parametrize("text,sub", [
    ("On 3 September 2022 soldiers at a checkpoint in Balakliia fired at a cyclist, who died at the scene.", "Attack"),
    ("On 3 September 2023 a farmer in Kupiansk struck an unexploded submunition with his plough and was killed.",
     "Remote explosive/landmine/IED"),
])
def test_shooting_at_a_civilian_and_setting_off_a_remnant_of_war(gaz, text, sub):
    found = extract(text, "2023-09-05", gaz)
    assert [i["sub_event_type"] for i in found] == [sub]


def test_a_reviewers_no_new_incident_arises_keeps_the_attack_out(gaz):
    found = extract("Reviewer note. The item describes the strike on Kupiansk on 10 May 2024, already in the dataset. "
                    "No new incident arises from this item.", "2024-05-20", gaz)
    assert found == []


def test_since_a_month_starts_a_span_and_dates_no_event_when_a_day_is_told():
    friday = dt.date(2024, 9, 6)
    text = "In Kursk region, held by Ukrainian troops since early August, shelling hit Rylsk on Thursday."
    assert find_date(text, friday) == (dt.date(2024, 9, 5), 1)


def test_a_location_fields_first_place_places_the_record(gaz):
    found = extract("Accident report AR-2024-007. Location: pasture east of Balakliia, Izium raion, Kharkiv oblast. "
                    "Date/time: 12 May 2024, 09:40. Description: a tractor driving across the pasture detonated an "
                    "anti-tank mine; the driver was killed.", "2024-05-20", gaz)
    assert [(i["location"], i["event_date"], i["fatalities"]) for i in found] == [("Balakliya", "2024-05-12", 1)]


def test_where_a_witness_was_heard_does_not_place_the_attack(gaz):
    found = extract("Witness statement summary. Witness: male, 52, resident of Kupiansk; statement taken 03.05.2024 "
                    "in Kharkiv. On 1 May 2024 a drone hit his car; he was injured.", "2024-05-05", gaz)
    assert [(i["location"], i["injured"]) for i in found] == [("Kupyansk", 1)]


def test_each_entry_of_a_list_of_places_after_semicolons_is_placed(gaz):
    found = extract("Incident card, 4 July 2023, Zaporizhzhia oblast: Orikhiv - artillery, 2 killed, 1 injured; "
                    "Mala Tokmachka - rockets, 1 injured; Stepnohirsk - mortar fire, no civilian casualties.",
                    "2023-07-06", gaz)
    assert sorted((i["location"], i["fatalities"], i["injured"]) for i in found) == [
        ("Mala Tokmachka", 0, 1), ("Orikhiv", 2, 1), ("Stepnohirsk", 0, 0)]


def test_an_attack_launched_from_the_direction_of_occupied_land_is_not_placed_there(gaz):
    found = extract("Drones hit port infrastructure in Izmail overnight, wounding two truck drivers. The drones were "
                    "launched from the direction of the occupied Crimea.", "2024-08-29", gaz)
    assert [i["location"] for i in found] == ["Izmayil"]


def test_a_building_that_burned_down_after_a_strike_is_damage_not_arson(gaz):
    found = extract("Drones hit three border villages on Tuesday. A man was wounded in Esman, while in Seredyna-Buda "
                    "a farm building burned down.", "2024-09-26", gaz)
    assert {i["location"]: i["event_type"] for i in found} == {
        "Esman": "Explosions/Remote violence", "Seredyna-Buda": "Explosions/Remote violence"}


def test_a_place_heading_its_entry_with_a_colon_stays_with_the_clause_it_heads(gaz):
    found = extract("Grid damage log. Myrhorod: a drone damaged a substation; nobody hurt. Poltava: a missile struck "
                    "an energy facility in the city; two workers were injured.", "2025-02-02", gaz)
    assert {i["location"]: (i["fatalities"], i["injured"]) for i in found} == {"Myrhorod": (0, 0), "Poltava": (0, 2)}


def test_a_place_after_ukraines_or_russias_keeps_the_cue_before_the_country(gaz):
    found = extract("Three hurt as Russian drones hit an apartment block in western Ukraine's Rivne overnight, "
                    "officials say", "2024-10-11", gaz)
    assert [(i["location"], i["injured"]) for i in found] == [("Rivne", 3)]


def test_a_records_duplicate_status_keeps_the_attack_out(gaz):
    found = extract("Record 23-1420 | Status: duplicate | Note: this record describes the same event as record "
                    "23-1402, the shelling of a hospital in Kherson on 23 December 2023. No separate incident is "
                    "counted under this number.", "2024-01-08", gaz)
    assert found == []


def test_a_regions_summary_with_its_weapon_types_the_places_told_after_it(gaz):
    found = extract("Drones hit three Sumy region border villages. A man was wounded in Esman on Tuesday, while in "
                    "Yunakivka a shop was damaged, officials said.", "2024-09-26", gaz)
    assert {i["location"]: i["sub_event_type"] for i in found if i["location"] in ("Esman", "Yunakivka")} == {
        "Esman": "Air/drone strike", "Yunakivka": "Air/drone strike"}


def test_a_total_then_its_breakdown_by_place(gaz):
    found = extract("Russian strikes on Kupiansk and Balakliia on Saturday wounded five people, four in Kupiansk and "
                    "one in Balakliia, the governor said.", "2025-10-20", gaz)
    assert {i["location"]: i["injured"] for i in found} == {"Kupyansk": 4, "Balakliya": 1}


def test_a_place_with_its_other_spelling_in_brackets_keeps_its_raion_and_oblast(gaz):
    found = extract("Monitor entry 12. Ochakiv (Ochakov), Mykolaiv oblast, 14 September 2023: artillery fire hit a "
                    "school; a cook was injured.", "2023-09-18", gaz)
    assert [(i["location"], i["injured"]) for i in found] == [("Ochakiv", 1)]
    found = extract("On 4 March 2025 a guided bomb struck a school in Bilopillia (Belopolye), Sumy raion, Sumy oblast.",
                    "2025-03-07", gaz)
    assert [i["location"] for i in found] == ["Bilopillia"]


def test_a_city_district_falls_back_to_its_city_not_to_a_namesake_district_elsewhere(gaz):
    found = extract("Record 7 | Asset: clinic, Slobidskyi district, Kharkiv | Date: 22 October 2024 | Description: a "
                    "drone exploded in the clinic's yard.", "2024-10-25", gaz)
    assert [i["location"] for i in found] == ["Kharkiv"]
    found = extract("Incident report, city transport company, Kharkiv. A glide bomb exploded near a trolleybus in the "
                    "Kyivskyi district; the driver was injured.", "2025-08-05", gaz)
    assert [(i["location"], i["injured"]) for i in found] == [("Kharkiv", 1)]
    found = extract("Kyiv. Russian forces shelled villages in the Pokrovsk district.", "2024-10-25", gaz)
    assert [i["admin1"] for i in found] == ["Donetsk"]


def test_a_casualties_field_of_none_and_staff_and_health_workers(gaz):
    assert find_casualties("Casualties: none.") == {"killed": 0, "injured": 0}
    assert find_casualties("No staff casualties reported at the plant.") == {"killed": 0, "injured": 0}
    assert find_casualties("Casualties: 3 (2 killed).") == {"killed": 2}  # a bare number there says neither
    assert find_casualties("Injured: three health workers, all by glass.") == {"injured": 3}
    assert find_casualties("Injured: an orderly, 50, and a patient.") == {"injured": 2}


@pytest.mark.parametrize("text, place", [
    ("KHARKIV /// MISSILES HIT HOMES THIS MORNING /// MAYOR: TWO DEAD, 41 INJURED", "Kharkiv"),
    ("POKROVSK | ROCKET STRIKE ON CITY CENTRE | POLICE: AT LEAST 5 DEAD", "Pokrovsk"),
    ("Nikopol last night: some 40 rockets fell on the city, wounding a boy and his grandfather.", "Nikopol"),
])
def test_a_place_heading_a_snippet_before_a_separator_places_it(gaz, text, place):
    assert [i["location"] for i in extract(text, "2024-02-22", gaz)] == [place]


def test_who_speaks_before_a_colon_is_not_a_heading(gaz):
    found = extract("Kyiv Post: The mayor of Bila Tserkva says a drone hit a factory in the city on Thursday night.",
                    "2026-03-14", gaz)
    assert [i["location"] for i in found] == ["Bila Tserkva"]


def test_a_weekday_told_inside_the_week_a_digest_opens_dates_the_event():
    monday = dt.date(2022, 10, 17)
    assert find_date("Last week at home: on Thursday a missile hit a plant in Zhytomyr.", monday) == (
        dt.date(2022, 10, 13), 1)
    assert find_date("Last week at home: missiles hit a plant in Zhytomyr.", monday) == (dt.date(2022, 10, 10), 2)
    # a span's last day is no event's own
    assert find_date("Between 2 and 30 March 2022 soldiers shot five men.", monday) == (dt.date(2022, 3, 2), 3)


def test_a_later_clause_with_its_own_day_tells_its_own_incident(gaz):
    found = extract("This week at home: on Monday a glide bomb killed four people in Zaporizhzhia, and on Wednesday "
                    "shelling killed two in Nikopol.", "2025-09-14", gaz)
    assert {i["location"]: (i["event_date"], i["fatalities"]) for i in found} == {
        "Zaporizhzhya": ("2025-09-08", 4), "Nikopol": ("2025-09-10", 2)}
    found = extract("On Wednesday rockets hit Kupiansk, killing a family of three, and the same day shelling of "
                    "Derhachi wounded one man.", "2025-09-14", gaz)
    assert {i["location"]: (i["event_date"], i["fatalities"], i["injured"]) for i in found} == {
        "Kupyansk": ("2025-09-10", 3, None), "Derhachi": ("2025-09-10", 0, 1)}


def test_a_headings_bare_weekday_before_a_colon_dates_it():
    tuesday = dt.date(2024, 5, 14)
    assert find_date("Kharkiv region, Monday: guided bombs hit Lyptsi.", tuesday) == (dt.date(2024, 5, 13), 1)
    assert find_date("Monday was quiet in Lyptsi.", tuesday) is None
    # a fact box's entries: "Sunday: ...", "...; Monday: ...", "Belgorod city (Sunday) — ..."
    assert find_date("Sunday: a drone killed a man in Kupiansk", tuesday) == (dt.date(2024, 5, 12), 1)
    assert find_date("Repairs under way; Monday: drones hit a station", tuesday) == (dt.date(2024, 5, 13), 1)
    assert find_date("Belgorod city (Sunday) — drone hit a minibus", tuesday) == (dt.date(2024, 5, 12), 1)
    # a record's "when" field
    assert find_date("Where: Vovchansk; when: Sunday; what: shelling", tuesday) == (dt.date(2024, 5, 12), 1)


def test_a_ticker_in_capitals_is_read_item_by_item_and_quoted_as_written(gaz):
    found = extract("ZAPORIZHZHIA REGION | GOVERNOR: RUSSIAN SHELLING KILLS 1 IN STEPNOHIRSK, WOUNDS 2 IN PRYMORSKE | "
                    "DRONE ATTACK ON BILENKE, NO CASUALTIES", "2025-05-29", gaz)
    assert {i["location"]: (i["sub_event_type"], i["fatalities"], i["injured"]) for i in found} == {
        "Stepnohirsk": ("Shelling/artillery/missile attack", 1, None),
        "Prymorske": ("Shelling/artillery/missile attack", 0, 2),
        "Bilenke": ("Air/drone strike", 0, 0)}
    assert found[-1]["source_quote"] == "DRONE ATTACK ON BILENKE, NO CASUALTIES"
    found = extract("ODESA REGION | DRONE ATTACK ON PORT INFRASTRUCTURE IN IZMAIL OVERNIGHT | TWO DRIVERS INJURED",
                    "2026-01-15", gaz)
    assert [(i["location"], i["injured"]) for i in found] == [("Izmayil", 2)]


def test_a_later_sentence_naming_the_weapon_types_the_attack_it_tells_more_of(gaz):
    found = extract("Two killed in Russian attack on Kamianske, Zaporizhzhia region. An FPV drone struck a car in the "
                    "frontline village on Monday, killing two men.", "2025-08-12", gaz)
    assert [(i["location"], i["sub_event_type"], i["fatalities"]) for i in found] == [
        ("Kamyanske", "Air/drone strike", 2)]


def test_a_later_clause_naming_no_method_continues_the_attack_before_it(gaz):
    found = extract("In the Dnipropetrovsk region a drone hit an enterprise in Pavlohrad, injuring two workers, and a "
                    "house caught fire in Synelnykove, while artillery fire on Pokrov wounded a man.",
                    "2025-05-14", gaz)
    assert {i["location"]: i["sub_event_type"] for i in found} == {
        "Pavlohrad": "Air/drone strike", "Synelnykove": "Air/drone strike",
        "Pokrov": "Shelling/artillery/missile attack"}


def test_the_city_an_attack_hit_is_the_one_the_lead_named(gaz):
    found = extract("Back in Kramatorsk after a rough night. Two S-300s hit the city around 1am. Officials: no "
                    "casualties.", "2023-01-19", gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == [("Kramatorsk", 0, 0)]


def test_the_same_places_next_attack_on_a_day_of_its_own_is_another_incident(gaz):
    found = extract("Border tally, Semenivka (Novhorod-Siverskyi raion): on 3 March 2026 mortar fire hit the edge of "
                    "the town, no casualties; on the 5th a kamikaze drone struck a garage, one man wounded.",
                    "2026-03-07", gaz)
    assert [(i["location"], i["event_date"], i["sub_event_type"], i["injured"]) for i in found] == [
        ("Semenivka", "2026-03-03", "Shelling/artillery/missile attack", 0),
        ("Semenivka", "2026-03-05", "Air/drone strike", 1)]


def test_a_heading_that_ends_on_its_date_dates_the_calls_it_lists(gaz):
    found = extract("Regional emergency medical service, summary of calls, 19.10.2024. 12:15, Kizomys, Bilozerka "
                    "hromada: an artillery shell hit a yard; a woman, 77, dead at the scene.", "2024-10-21", gaz)
    assert [(i["location"], i["event_date"], i["fatalities"]) for i in found] == [("Kizomys", "2024-10-19", 1)]


def test_a_sacristans_age_in_brackets_is_no_count():
    assert find_casualties("The sacristan (60), who was sleeping in the parish house, was injured by glass.") == {
        "injured": 1}


def test_taken_to_a_named_hospital_and_got_wounds_are_injuries():
    assert find_casualties("A woman (72) and a man (45) taken to the district hospital, moderate condition.") == {
        "injured": 2}
    assert find_casualties("Our driver got light fragment wounds.") == {"injured": 1}


def test_a_place_with_a_long_aside_in_brackets_keeps_its_raion(gaz):
    found = extract("Dispatch summary for 1 June 2025. Call 06:52: Marhanets (Marganets in older documents), Nikopol "
                    "raion; artillery shells hit a five-storey building.", "2025-06-02", gaz)
    assert [i["location"] for i in found] == ["Marhanets"]


def test_a_night_watchman_is_one_of_the_people_counted():
    assert find_casualties("Two students and a night watchman were injured, none of them seriously.") == {
        "injured": 3}


def test_mourning_a_death_the_days_news_tells_is_an_event_and_a_vigil_or_fundraiser_is_not(gaz):
    found = extract("Our school mourns Danylo, who was killed when a missile hit their apartment block in Kryvyi Rih "
                    "yesterday evening.", "2024-11-19", gaz)
    assert [(i["location"], i["event_date"]) for i in found] == [("Kryvyy Rih", "2024-11-18")]
    assert extract("On Saturday a charity concert in Kyiv raised money for drones.", "2025-09-14", gaz) == []
    assert extract("On Monday the community will hold a vigil for the victims of the Kramatorsk station attack.",
                   "2024-04-02", gaz) == []


def test_the_attacks_a_verdict_was_about_told_again_are_no_new_event(gaz):
    found = extract("A court in Chernihiv sentenced in absentia a Russian officer for ordering the shelling of the "
                    "city in March 2022. The attacks killed 14 civilians, the prosecution proved.", "2025-02-20", gaz)
    assert found == []
    found = extract("A memorial service was held in Kyiv. The strike on Kharkiv killed two people on Monday.",
                    "2025-02-20", gaz)
    assert [i["location"] for i in found] == ["Kharkiv"]  # a strike told with its own place is news


def test_a_victims_sex_and_age_after_a_comma_are_no_second_person_and_she_sustained_wounds_counts():
    assert find_casualties("Casualties: the driver, male, 47, killed.") == {"killed": 1}
    assert find_casualties("Her father died on the spot; she sustained fragment wounds to the leg.") == {
        "killed": 1, "injured": 1}


def test_a_repair_crew_hit_by_a_drone_is_an_attack_and_a_guided_bomb_hyphenated_an_air_strike(gaz):
    found = extract("In Kostiantynivka a repair crew was attacked by an FPV drone.", "2024-10-08", gaz)
    assert [(i["location"], i["sub_event_type"]) for i in found] == [("Kostyantynivka", "Air/drone strike")]
    found = extract("Three patients were admitted from Kupiansk after a guided-bomb strike on the town centre.",
                    "2024-05-14", gaz)
    assert [(i["location"], i["sub_event_type"], i["injured"]) for i in found] == [
        ("Kupyansk", "Air/drone strike", 3)]


def test_an_agencys_dateline_without_brackets_dates_the_report_not_the_event(gaz):
    found = extract("KYIV, July 7 Kyodo - Russian guided aerial bombs hit the town of Vilniansk on Saturday, killing "
                    "four people.", "2024-07-07", gaz)
    assert [(i["location"], i["event_date"]) for i in found] == [("Vilnyansk", "2024-07-06")]


def test_each_place_keeps_its_own_toll_when_tolls_are_joined_by_and(gaz):
    found = extract("Russian troops fired on 27 settlements in Kherson Oblast. One person was killed in Beryslav and "
                    "two were injured in Stanislav.", "2023-03-17", gaz)
    assert {i["location"]: (i["fatalities"], i["injured"]) for i in found if i["location"] != "Khersonska Oblast"} == {
        "Beryslav": (1, None), "Stanislav": (0, 2)}
    # a first toll naming no place of its own stays with the place the second names
    found = extract("A man was killed and three people were wounded in Bilozerka.", "2023-02-09", gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == [("Bilozerka", 1, 3)]


def test_a_second_weapon_hitting_a_second_place_after_and_is_its_own_attack(gaz):
    found = extract("Missiles hit energy facilities in Odesa city and Shahed drones hit a port substation in Izmail. "
                    "Odesa: 3 wounded, no deaths. Izmail: no casualties.", "2026-01-14", gaz)
    assert {i["location"]: (i["sub_event_type"], i["fatalities"], i["injured"]) for i in found} == {
        "Odesa": ("Shelling/artillery/missile attack", 0, 3), "Izmayil": ("Air/drone strike", 0, 0)}


def test_the_month_of_a_register_dates_its_event_to_the_month():
    november = dt.date(2025, 11, 3)
    assert find_date("During the month of October 2025, the city recorded daily attacks.", november) == (
        dt.date(2025, 10, 1), 3)
    assert find_date("Month of August 2016, Avdeyevka industrial zone: mortar fire.", november) == (
        dt.date(2016, 8, 1), 3)


def test_the_districts_of_a_city_named_together_are_the_city(gaz):
    found = extract("Drones struck homes in the Kyivskyi and Saltivskyi districts of Kharkiv shortly before midnight.",
                    "2024-04-13", gaz)
    assert [i["location"] for i in found] == ["Kharkiv"]


def test_sniper_fire_on_a_soldier_is_a_clash_and_on_a_civilian_an_attack(gaz):
    found = extract("On 3 November 2018 a Ukrainian serviceman was killed by sniper fire near Zaitseve.", "2018-11-06",
                    gaz)
    assert [(i["event_type"], i["sub_event_type"]) for i in found] == [("Battles", "Armed clash")]
    found = extract("On Monday a woman was killed by a single rifle shot in Zaitseve.", "2015-11-18", gaz)
    assert [(i["event_type"], i["sub_event_type"]) for i in found] == [("Violence against civilians", "Attack")]


def test_a_raions_summary_gives_way_to_the_places_told_inside_it(gaz):
    found = extract("In the evening the aggressor attacked the Nikopol district with artillery and drones. In Myrove "
                    "hromada, a 58-year-old man was wounded by a drone.", "2025-05-21", gaz)
    assert [(i["location"], i["injured"]) for i in found] == [("Myrove", 1)]
    found = extract("Shelling of the Nikopol district killed two people. In Myrove a man was wounded.", "2025-05-21",
                    gaz)
    assert {i["location"] for i in found} == {"Nikopol Raion", "Myrove"}  # its own toll is not the parts'


def test_a_day_named_by_the_invasions_anniversary_a_city_heading_and_a_span_since_a_day(gaz):
    found = extract("Noon news: on the anniversary of the full-scale invasion, the administration says a man was "
                    "wounded by Russian shelling in Beryslav this morning.", "2023-02-24", gaz)
    assert [(i["location"], i["injured"]) for i in found] == [("Beryslav", 1)]
    found = extract("Zaporizhzhia city — overnight S-300 missiles hit two apartment blocks; 2 dead, 9 injured.",
                    "2022-10-06", gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == [("Zaporizhzhya", 2, 9)]
    assert find_date("No aid convoy since 9 Nov; a guided-bomb strike on 21 Nov destroyed the pharmacy.",
                     dt.date(2023, 11, 23)) == (dt.date(2023, 11, 21), 1)


def test_a_short_heading_with_a_day_and_its_year_dates_the_entries_after_it(gaz):
    found = extract("CRN-22-0344 · Mon 18 Jul 2022 · Kharkiv oblast. (a) c. 07.30 - rocket artillery hit a row of "
                    "private houses in Chuhuiv; a woman was killed in her yard.", "2022-07-20", gaz)
    assert [(i["location"], i["event_date"]) for i in found] == [("Chuhuyiv", "2022-07-18")]


def test_several_victims_sexes_and_ages_in_one_bracket_are_no_count():
    assert find_casualties("Three residents (m, 38; m, 45; f, 29) injured, one seriously.") == {"injured": 3}
    assert find_casualties("A man (m, 67) was killed and his grandson (boy, 15) was wounded by fragments.") == {
        "killed": 1, "injured": 1}


def test_numbered_entries_headed_by_their_place_and_entries_opened_by_circa_a_time(gaz):
    found = extract("Two claims from Sunday 2 April. (1) Avdiivka: a shell killed a municipal worker. (2) Myrnohrad: "
                    "three people injured when a rocket hit a bus depot.", "2023-04-04", gaz)
    assert {i["location"]: (i["fatalities"], i["injured"]) for i in found} == {
        "Avdiyivka": (1, None), "Myrnohrad": (0, 3)}
    found = extract("Tue 3 May 2022 · Kharkiv. c. 12.10 - rockets fell near a tram stop in Kharkiv: 2 killed, 5 "
                    "injured. c. 16.30 - artillery shells on Mala Danylivka; a man wounded in his garden.",
                    "2022-05-05", gaz)
    assert {i["location"]: (i["fatalities"], i["injured"]) for i in found} == {
        "Kharkiv": (2, 5), "Mala Danylivka": (0, 1)}


def test_soldiers_firing_on_a_car_carrying_a_family_or_on_men_by_a_river_attack_civilians(gaz):
    for text in ("On 23 March 2022 soldiers at a checkpoint in Husarivka fired on a Lada carrying a family.",
                 "On 8 November 2022 two men checking nets in Darivka were fired on by soldiers."):
        found = extract(text, "2024-11-19", gaz)
        assert [(i["event_type"], i["sub_event_type"]) for i in found] == [("Violence against civilians", "Attack")]


def test_a_councils_act_places_its_numbered_attacks_in_its_town(gaz):
    found = extract("ACT No. 31 of the commission of Horodnia city council, Chernihiv oblast, on damage. The "
                    "commission established: (1) on 12.04.2025 at 16.05 the town was shelled with artillery; its owner "
                    "(m, 73) was injured; (2) on 14.04.2025 at about 10.30 an FPV drone hit a car repair workshop; "
                    "nobody was hurt.", "2025-04-17", gaz)
    assert [(i["location"], i["event_date"], i["sub_event_type"], i["injured"]) for i in found] == [
        ("Horodnia", "2025-04-12", "Shelling/artillery/missile attack", 1),
        ("Horodnia", "2025-04-14", "Air/drone strike", 0)]


def test_a_records_closing_tally_restates_its_tolls_and_adds_nothing(gaz):
    found = extract("Sun 19 Oct 2025 · Dnipropetrovsk oblast. (1) 00.40 - drones hit the outskirts of Pavlohrad; the "
                    "owner killed, his wife and two neighbours injured. (2) 07.15 - a drone hit a grain store in "
                    "Petropavlivka; two workers injured. Recorded: 1 killed, 3 injured (1); 0 killed, 2 injured (2).",
                    "2025-10-21", gaz)
    assert {i["location"]: (i["fatalities"], i["injured"]) for i in found} == {
        "Pavlohrad": (1, 3), "Petropavlivka": (0, 2)}


def test_a_later_toll_in_a_text_of_one_incident_is_that_incidents(gaz):
    found = extract("Claim: officials say a Russian drone hit a kindergarten in Kupiansk-Vuzlovyi on 17 August. "
                    "Status: confirmed. The building has been closed since 2022; according to the town "
                    "administration nobody was inside when it was hit, and nobody was hurt.", "2025-08-19", gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == [("Kupiansk-Vuzlovyi", 0, 0)]


def test_two_hromadas_each_with_its_own_attack_are_two_places(gaz):
    found = extract("During the day, the Russians made 9 attacks on border communities. In Esman hromada a man "
                    "received shrapnel wounds from mortar fire; in Khotin hromada a drone dropped explosives on a "
                    "farm, there are no victims", "2023-06-02", gaz)
    assert {i["location"]: (i["sub_event_type"], i["injured"]) for i in found} == {
        "Esman": ("Shelling/artillery/missile attack", 1), "Khotin": ("Air/drone strike", 0)}


def test_a_place_left_or_fled_that_is_occupied_was_not_taken_that_day(gaz):
    found = extract("Russian soldiers shot dead two civilians trying to leave occupied Izyum by car on Sunday.",
                    "2022-05-18", gaz)
    assert [(i["event_type"], i["sub_event_type"], i["fatalities"]) for i in found] == [
        ("Violence against civilians", "Attack", 2)]


def test_a_raion_abolished_in_2020_is_told_by_its_town(gaz):
    found = extract("Overnight, a Shahed drone hit an agricultural enterprise in Horodnia district, and a watchman "
                    "was killed.", "2026-06-11", gaz)
    assert [(i["location"], i["fatalities"]) for i in found] == [("Horodnia", 1)]


def test_a_district_of_the_oblast_seat_the_text_names_is_in_that_seat(gaz):
    # Kherson's Dniprovskyi district, not Kyiv's: GeoNames gives Kherson fewer than 100,000 people
    found = extract("Kherson (as of 3 July): on 1 July a drone dropped explosives on a minibus in the Dniprovskyi "
                    "district, killing the driver.", "2024-07-03", gaz)
    assert [(i["location"], i["fatalities"]) for i in found] == [("Kherson", 1)]
    # a raion named after the city it is run from stays that raion's incident, not the city's
    found = extract("At night the enemy shelled the Nikopol district. In Nikopol, a drone hit a minibus, wounding "
                    "the driver.", "2026-03-18", gaz)
    assert [(i["location"], i["sub_event_type"]) for i in found if i["location"] == "Nikopol"] == [
        ("Nikopol", "Air/drone strike")]


def test_an_undated_lead_that_sums_up_dated_villages_is_no_incident_of_its_own(gaz):
    found = extract("Drones hit two Kharkiv region villages. A woman was injured in Zolochiv on Sunday and in "
                    "Kozacha Lopan a shop was damaged.", "2025-03-11", gaz)
    assert sorted((i["location"], i["event_date"]) for i in found) == [
        ("Kozacha Lopan", "2025-03-09"), ("Zolochiv", "2025-03-09")]


@pytest.mark.parametrize("text,expected", [
    # plurals in -es, and a relative clause between the people and the verb
    ("Two coaches who were sleeping there were injured", {"injured": 2}),
    ("Three witnesses were wounded", {"injured": 3}),
    # a trade named by its machine or its shift
    ("debris fell on the mill, injuring a shift foreman and a crane operator", {"injured": 2}),
    # "no" before any people, one kind or two
    ("The generator room was hit; no patients or staff were hurt", {"killed": 0, "injured": 0}),
    ("No passengers were injured", {"injured": 0}),
])
def test_people_named_by_trade_and_none_of_them_hurt(text, expected):
    assert find_casualties(text) == expected


def test_where_something_will_happen_after_the_attack_is_not_where_it_struck(gaz):
    found = extract("A Shahed drone crashed into a sports school in Bila Tserkva late on Thursday. Two coaches were "
                    "injured; its young boxers will train in Fastiv for now.", "2026-04-04", gaz)
    assert [(i["location"], i["injured"]) for i in found] == [("Bila Tserkva", 2)]


def test_an_outlet_named_after_its_city_is_not_the_place(gaz):
    found = extract("ALERT | Kharkiv Observer app — troops retook the village of Dvorichna, Kupiansk district, on "
                    "Friday, the General Staff says.", "2022-09-24", gaz)
    assert [(i["location"], i["sub_event_type"], i["event_date"]) for i in found] == [
        ("Dvorichna", "Government regains territory", "2022-09-23")]


@pytest.mark.parametrize("text", [
    "This Sunday we mark one year since the attack on the Kramatorsk railway station.",
    "Update 03:40: all clear, no hits reported in Lviv or the region, the regional head says.",
])
def test_a_past_attack_remembered_and_an_alert_without_hits_are_no_incidents(gaz, text):
    assert extract(text, "2025-06-17", gaz) == []


def test_a_toll_of_the_regions_unnamed_villages_is_not_the_citys(gaz):
    found = extract("A missile strike on the city of Sumy killed three people this morning; two more died in "
                    "shelling of the region's border villages, officials said.", "2026-02-24", gaz)
    assert [(i["location"], i["fatalities"]) for i in found] == [("Sumy", 3)]


def test_a_clause_told_the_day_before_is_the_places_earlier_attack(gaz):
    found = extract("A shell landed in central Kherson on Friday. Two women died on the spot; shells fired the day "
                    "before had hit the port, with no casualties.", "2022-12-17", gaz)
    assert sorted((i["location"], i["event_date"], i["fatalities"]) for i in found) == [
        ("Kherson", "2022-12-15", 0), ("Kherson", "2022-12-16", 2)]


def test_an_outlet_called_today_dates_nothing():
    saturday = dt.date(2022, 4, 2)
    assert find_date("Mykolaiv Today app: rockets struck the shipyard on Friday morning.", saturday) == (
        dt.date(2022, 4, 1), 1)
    assert find_date("KHARKIV TODAY: drones hit the city", saturday) == (saturday, 1)
    assert find_date("Kharkiv. Today a drone hit a school.", saturday) == (saturday, 1)


def test_a_reports_opening_scene_dates_the_attack_told_next(gaz):
    found = extract("When I reached the central market in Sloviansk on Wednesday afternoon, firefighters were "
                    "still hosing down the stalls. A Grad salvo had killed a trader and wounded five shoppers.",
                    "2022-05-19", gaz)
    assert [(i["location"], i["event_date"], i["fatalities"], i["injured"]) for i in found] == [
        ("Slovyansk", "2022-05-18", 1, 5)]


def test_a_route_between_two_places_is_neither_place(gaz):
    found = extract("Rail notice: the Kherson–Mykolaiv suburban train stays suspended after Tuesday morning's drone "
                    "attack on Kherson station, which wounded a conductor.", "2024-08-22", gaz)
    assert [(i["location"], i["injured"]) for i in found] == [("Kherson", 1)]


@pytest.mark.parametrize("text,expected", [
    ("A man was killed along with his wife", {"killed": 2}),
    ("A boy was killed together with his mother and sister", {"killed": 3}),
])
def test_people_killed_together_with_the_one_told_first(text, expected):
    assert find_casualties(text) == expected


def test_people_pulled_from_the_rubble_with_injuries_are_the_places_injured(gaz):
    assert find_casualties("A man was rescued alive from under the rubble with severe injuries") == {"injured": 1}
    found = extract("Overnight, Russian drones hit a fuel depot in Kharkiv, and one person was injured. In Merefa, a "
                    "mother and her daughter were pulled from the rubble of their house with injuries.", "2024-05-29",
                    gaz)
    assert [(i["location"], i["sub_event_type"], i["injured"]) for i in found] == [
        ("Kharkiv", "Air/drone strike", 1), ("Merefa", "Air/drone strike", 2)]


def test_a_town_told_by_its_region_is_the_town_told_before(gaz):
    found = extract("Rylsk: drone hits power substation, governor says. Part of the Kursk region town was left "
                    "without electricity on Friday after a Ukrainian drone attack; no casualties were reported.",
                    "2025-06-14", gaz)
    assert [(i["admin1"], i["geo_precision"], i["event_date"], i["fatalities"], i["injured"]) for i in found] == [
        ("Kursk", 1, "2025-06-13", 0, 0)]


def test_a_place_that_took_a_hit_was_attacked(gaz):
    found = extract("In Pisochyn a guided bomb killed one man. Merefa took a KAB too, a warehouse flattened, luckily "
                    "no injuries", "2024-05-17", gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == [
        ("Pisochyn", 1, None), ("Merefa", 0, 0)]


def test_a_fact_box_entry_headed_by_its_place_and_day(gaz):
    found = extract("FACT BOX | Strikes on border regions: Belgorod city (Tuesday) — drone hit a minibus, 2 killed, 6 "
                    "injured; Sevsk, Bryansk Oblast (Wednesday) — shelling, one man injured.", "2026-07-30", gaz)
    assert [(i["location"], i["event_date"], i["fatalities"], i["injured"]) for i in found] == [
        ("Belgorod", "2026-07-28", 2, 6), ("Sevsk", "2026-07-29", 0, 1)]


def test_a_fact_box_entry_headed_by_its_day_alone(gaz):
    found = extract("Saturday: Russian assaults repelled near Petropavlivka and Kucherivka (army); Sunday: a drone "
                    "killed a man, 44, in the centre of Kupiansk.", "2025-04-14", gaz)
    assert [(i["location"], i["event_date"]) for i in found] == [
        ("Petropavlivka", "2025-04-12"), ("Kucherivka", "2025-04-12"), ("Kupyansk", "2025-04-13")]


def test_a_tally_of_places_after_an_attack_gives_each_place_its_own_toll(gaz):
    found = extract("Drones hit a tram in Mykolaiv and a garage in Bashtanka on 3 June. Mykolaiv: 2 killed, 5 wounded; "
                    "Bashtanka: 1 wounded; Snihurivka: no casualties.", "2025-06-04", gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == [
        ("Mykolayiv", 2, 5), ("Bashtanka", 0, 1), ("Snihurivka", 0, 0)]


def test_debris_that_hurt_people_told_in_the_next_sentence_is_a_strike(gaz):
    found = extract("Debris from a downed drone fell on a hostel in Chornomorsk on Friday night. Three guests were "
                    "treated for cuts.", "2025-07-12", gaz)
    assert [(i["admin1"], i["sub_event_type"], i["injured"]) for i in found] == [("Odesa", "Air/drone strike", 3)]


def test_a_notice_headed_by_who_posts_and_the_city_it_posts_from_is_placed_there(gaz):
    found = extract("Notice from the board, Lypa housing cooperative, Poltava: on Tuesday night a drone damaged the "
                    "roof of our building. Two residents were treated for cuts.", "2025-05-08", gaz)
    assert [(i["location"], i["event_date"], i["injured"]) for i in found] == [("Poltava", "2025-05-06", 2)]
    # a heading that already tells where the attack was ("hit Pisochyn") keeps that place alone
    found = extract("Weekly update, Kharkiv Aid Network, Kharkiv: on Monday a drone hit a house in Pisochyn, "
                    "injuring two women.", "2025-04-03", gaz)
    assert [i["location"] for i in found] == ["Pisochyn"]


@pytest.mark.parametrize("text,expected", [
    # a weekday told inside a report's period is the day in that period, its last day included
    ("Weekly update, Field Clinic Network (26 February – 4 March): our clinic was hit on Saturday",
     (dt.date(2024, 3, 2), 1)),
    ("Weekly update, Field Clinic Network (26 February – 4 March): shelling on Monday killed a driver",
     (dt.date(2024, 3, 4), 1)),
    # the period alone: its first day, to the week; its ends are no event's own days
    ("Weekly update (26 February – 4 March): the clinic was damaged", (dt.date(2024, 2, 26), 2)),
    ("Report for 1–20 February: the depot was shelled twice", (dt.date(2024, 2, 1), 3)),
    # a night told by both its dates ends on the later one
    ("Drones attacked the region on the night of 24-25 February", (dt.date(2024, 2, 25), 1)),
])
def test_a_reports_period_told_by_both_ends(text, expected):
    assert find_date(text, dt.date(2024, 3, 6)) == expected


def test_a_foreign_desks_dateline_is_when_the_report_was_filed(gaz):
    found = extract("Kyiv, May 8 (Agencies): A Russian missile hit a depot in Bila Tserkva late on Monday, killing two "
                    "workers, officials said.", "2025-05-08", gaz)
    assert [(i["location"], i["event_date"]) for i in found] == [("Bila Tserkva", "2025-05-05")]
    found = extract("Warsaw/Kyiv, May 8: Drones struck a substation in Kovel on Tuesday night, officials said.",
                    "2025-05-08", gaz)
    assert [(i["location"], i["event_date"]) for i in found] == [("Kovel", "2025-05-06")]
    # a record headed by its place and day: the day of the event
    found = extract("Orikhiv, 4 May: a guided bomb landed on the market on Monday; no casualties.", "2025-05-08", gaz)
    assert [(i["location"], i["event_date"]) for i in found] == [("Orikhiv", "2025-05-04")]


def test_a_correction_keeps_the_corrected_toll_not_the_one_an_earlier_version_told(gaz):
    found = extract("Correction: An earlier version of this report said Monday's missile strike on a depot in Poltava "
                    "killed five people. The regional administration has since said two workers were killed and 9 "
                    "people were injured.", "2025-05-08", gaz)
    assert [(i["location"], i["event_date"], i["fatalities"], i["injured"]) for i in found] == [
        ("Poltava", "2025-05-05", 2, 9)]


def test_people_counted_by_nouns_at_each_of_several_places(gaz):
    found = extract("Shelling on Sunday killed a man in Kherson and two women in Nikopol, officials said.",
                    "2025-08-11", gaz)
    assert [(i["location"], i["fatalities"]) for i in found] == [("Kherson", 1), ("Nikopol", 2)]
    found = extract("Russian shelling killed a man in Kupiansk and another in the nearby village of Kivsharivka.",
                    "2025-08-11", gaz)
    assert [(i["location"], i["fatalities"]) for i in found] == [("Kupyansk", 1), ("Kivsharivka", 1)]


def test_a_fact_box_headed_by_a_front_sector_gives_each_days_entry_its_own_places(gaz):
    found = extract("Fact box — the weekend on the Lyman axis: Saturday: Russian assaults repelled near Torske and "
                    "Serebrianka (army); Sunday: a drone killed a man, 52, in the centre of Lyman; Shelters open: 4.",
                    "2025-04-14", gaz)
    assert [(i["location"], i["event_date"], i["event_type"]) for i in found] == [
        ("Torske", "2025-04-12", "Battles"), ("Serebrianka", "2025-04-12", "Battles"),
        ("Lyman", "2025-04-13", "Explosions/Remote violence")]


def test_a_correction_that_there_was_no_attack_leaves_no_incident(gaz):
    text = ("Correction: An earlier version of this article said the blackout in Poltava on Friday followed a drone "
            "strike. The power company says it was caused by a cable fault, and there was no attack.")
    assert extract(text, "2026-02-09", gaz) == []


def test_nobody_hurt_in_either_attack_told_before_is_nobody_at_both(gaz):
    found = extract("Artillery hit a grain elevator in Beryslav on Monday; the day before, a drone had burned two "
                    "lorries there. Nobody was injured in either attack.", "2023-11-08", gaz)
    assert [(i["event_date"], i["fatalities"], i["injured"]) for i in found] == [
        ("2023-11-06", 0, 0), ("2023-11-05", 0, 0)]


def test_a_cards_entries_headed_by_place_and_dash_each_keep_their_toll(gaz):
    found = extract("Incident card. Date: 1 July 2023. Locations: Orikhiv (Orekhov) – artillery, 2 killed, 1 injured; "
                    "Mala Tokmachka – rockets, 1 injured; Stepnohirsk – mortar fire, no casualties.", "2023-07-04", gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == [
        ("Orikhiv", 2, 1), ("Mala Tokmachka", 0, 1), ("Stepnohirsk", 0, 0)]


def test_debris_that_burnt_what_it_fell_on_is_a_strike(gaz):
    found = extract("Wreckage of a downed drone fell onto a showroom forecourt in Smila on 8 May and burnt.",
                    "2023-05-11", gaz)
    assert [(i["location"], i["event_type"], i["sub_event_type"]) for i in found] == [
        ("Smila", "Explosions/Remote violence", "Air/drone strike")]


def test_a_claim_to_have_taken_a_village_is_a_capture(gaz):
    found = extract("Russia claimed on Thursday to have taken Myropillia in the Sumy region.", "2026-04-18", gaz)
    assert [(i["location"], i["event_date"], i["sub_event_type"]) for i in found] == [
        ("Myropillia", "2026-04-16", "Non-state actor overtakes territory")]
    # the place right after "taken", with no preposition to place it
    found = extract("Moscow said on Sunday that its troops had taken Izium.", "2022-03-22", gaz)
    assert [(i["location"], i["event_date"], i["sub_event_type"]) for i in found] == [
        ("Izyum", "2022-03-20", "Non-state actor overtakes territory")]
    # people taken to hospital are no territory taken
    found = extract("Rescuers have taken the injured to hospital in Sumy after a drone hit a house.", "2026-04-18", gaz)
    assert [i["sub_event_type"] for i in found] != ["Non-state actor overtakes territory"]


def test_a_headline_whose_toll_the_body_retells_after_a_dash_is_counted_once(gaz):
    found = extract("Glide bombs kill five in Zaporizhzhia — Russian aircraft dropped glide bombs on the city on "
                    "Sunday evening, killing five people and wounding at least 16, the governor said.", "2024-09-30",
                    gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == [("Zaporizhzhya", 5, 16)]


@pytest.mark.parametrize("text,expected", [
    # what happened after an attack, told first with its own day: the attack's day is the event's
    ("Grain loadings slowed on Monday after a drone attack on Saturday night damaged a terminal in Odesa",
     dt.date(2026, 7, 4)),
    ("Wheat futures slipped on Friday even after Russian drones struck silos at Izmail on Wednesday night",
     dt.date(2026, 7, 1)),
    # no day told after the attack: the day told
    ("On Sunday a man died in hospital after he was hit by shrapnel", dt.date(2026, 7, 5)),
])
def test_the_day_of_an_attack_told_after_what_followed_it(text, expected):
    assert find_date(text, dt.date(2026, 7, 6))[0] == expected


def test_an_alert_where_nothing_was_hit_is_no_attack(gaz):
    found = extract("Russian missiles targeted western Ukraine overnight, wounding two people in Starokostiantyniv. "
                    "Sirens also sounded in Chernivtsi and Lutsk, but nothing was hit there.", "2025-07-09", gaz)
    assert [i["injured"] for i in found] == [2] and found[0]["admin1"] == "Khmelnytskyi"
    assert extract("Our match in Lviv on Sunday was halted by an air-raid alert; no drones reached the city and nobody "
                   "was hurt.", "2025-02-20", gaz) == []
    # a sentence that tells people killed still reports its attack
    found = extract("A Grad salvo killed a trader in Sloviansk; in nearby Kramatorsk nothing landed.", "2025-07-09",
                    gaz)
    assert found[0]["location"] == "Slovyansk" and found[0]["fatalities"] == 1


def test_a_park_or_square_named_after_a_person_is_no_place(gaz):
    found = extract("A missile struck a crossroads near Shevchenko Park in Kyiv on Monday, killing seven.",
                    "2022-10-11", gaz)
    assert [(i["location"], i["fatalities"]) for i in found] == [("Kyiv", 7)]


def test_a_foreign_city_joined_to_another_by_a_dash_is_a_link_not_a_place(gaz):
    found = extract("From the Gdańsk–Mykolaiv twinning committee: rockets hit a residential quarter of Nikolaev late "
                    "yesterday, killing one man.", "2025-03-12", gaz)
    assert [(i["location"], i["fatalities"]) for i in found] == [("Mykolayiv", 1)]
    found = extract("News from the Wrocław-Kharkiv committee: rockets hit a school late yesterday, killing one man.",
                    "2025-03-12", gaz)
    assert "Wrocław" not in [i["location"] for i in found]


def test_a_social_posts_hashtags_name_its_places(gaz):
    found = extract("Candles for Ternopil 🕯️ #Ternopil: missiles hit two blocks of flats overnight, 9 killed and 40 "
                    "injured, says the mayor. #Lviv: sirens, no hits. #UkraineUnderAttack", "2026-11-19", gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == [("Ternopil", 9, 40)]
    found = extract("Shelled again this morning in #Kherson, a maternity ward hit, nobody hurt.", "2022-12-30", gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == [("Kherson", 0, 0)]
    assert found[0]["source_quote"].count("#Kherson") == 1  # the quote is the text as written


def test_an_alert_with_no_hits_is_no_attack(gaz):
    assert extract("06:20 — Air-raid alert across the Kyiv region, lifted at 07:05; no launches or hits reported.",
                   "2023-10-10", gaz) == []


def test_a_notes_entry_sets_its_place_and_day_off_by_commas(gaz):
    found = extract("Zaporozhye, a missile hit a warehouse at the car plant. No one was hurt.", "2022-05-27", gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == [("Zaporizhzhya", 0, 0)]
    found = extract("Kharkov, Thursday, shelling of a market, five killed.", "2022-04-19", gaz)
    assert [(i["location"], i["event_date"], i["fatalities"]) for i in found] == [("Kharkiv", "2022-04-14", 5)]


def test_a_sitreps_entries_after_a_colon_each_head_their_place(gaz):
    found = extract("Staff sitrep, Tue 11 Oct — Missile wave this morning: Kyiv, central crossroads hit, 6 dead and 40 "
                    "injured per police; Dnipro, strikes near the station, 3 dead and 12 injured.", "2022-10-11", gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == [("Kyiv", 6, 40), ("Dnipro", 3, 12)]


def test_a_sentence_may_open_with_its_source_in_brackets(gaz):
    found = extract("The bridge near Kherson stays closed to traffic, officials say. (Southern Wire) A missile strike "
                    "on a dormitory in Kharkov kills two people, the governor says. (Eastern Wire)", "2022-08-16", gaz)
    assert [(i["location"], i["fatalities"]) for i in found] == [("Kharkiv", 2)]


def test_the_city_whose_council_heads_the_sentence_places_it(gaz):
    found = extract("Minutes of the Sumy city council, extraordinary session: the mayor said that Tuesday's missile "
                    "strike on the university campus killed a student and injured 14.", "2026-02-21", gaz)
    assert [(i["location"], i["event_date"], i["fatalities"], i["injured"]) for i in found] == [
        ("Sumy", "2026-02-17", 1, 14)]


def test_a_time_of_day_after_around_qualifies_no_count():
    assert find_casualties("Shebekino was shelled around 03:00, two men injured.") == {"injured": 2}
    assert find_casualties("Drones hit the depot at about 23.40, killing one guard.") == {"killed": 1}


def test_a_sites_own_name_is_no_village(gaz):
    # spelling matches would read "School" as Sil' and "Market" as Markeiev
    assert extract("The council approved funds to replace the windows of School 12, damaged in last winter's "
                   "attacks.", "2024-10-16", gaz) == []
    found = extract("A drone hit Market Square in Kherson on Monday, injuring two.", "2024-10-16", gaz)
    assert [(i["location"], i["injured"]) for i in found] == [("Kherson", 2)]


def test_each_place_told_after_a_comma_keeps_its_own_toll(gaz):
    found = extract("Artillery hit Nikopol and Marhanets overnight; in Nikopol a couple were injured, in Marhanets "
                    "nobody was hurt.", "2025-10-15", gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == [("Nikopol", 0, 2), ("Marhanets", 0, 0)]


def test_an_outage_said_to_be_no_attack_is_no_incident(gaz):
    assert extract("Ukrenergo says the morning outages in Lviv were caused by a transformer fault, not an attack.",
                   "2023-10-10", gaz) == []
    assert extract("Power is back in Odesa after a transformer failed in Wednesday's storm, and the grid operator says "
                   "no attack was involved.", "2023-10-10", gaz) == []


def test_a_town_that_took_rockets_was_attacked(gaz):
    found = extract("Night desk: Slavyansk took rockets at about 02:00, one dead and three wounded.", "2022-07-05", gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == [("Slovyansk", 1, 3)]


def test_a_quoted_post_after_a_colon_heads_its_place(gaz):
    found = extract("The mayor wrote on Telegram, in our translation: 'Zaporozhye, a missile hit a warehouse at a car "
                    "plant. No one was hurt.'", "2022-05-27", gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == [("Zaporizhzhya", 0, 0)]


def test_an_alert_with_no_impacts_or_casualties_is_no_attack(gaz):
    assert extract("Alert 01:10–04:40 overnight; drones tracked over the Chernihiv and Sumy regions, but no impacts or "
                   "casualties in the cities where we work.", "2026-02-03", gaz) == []


def test_a_lists_heading_dates_its_bullets(gaz):
    found = extract("Monday's missile strikes, city by city — • Kyiv: 7 dead and 51 hurt near a park. • Dnipro: "
                    "four killed as a missile landed by a bus stop.", "2022-10-11", gaz)
    assert [(i["location"], i["event_date"]) for i in found] == [("Kyiv", "2022-10-10"), ("Dnipro", "2022-10-10")]
    # a bullet's own day still counts, and a list without a dated heading keeps each bullet to its own
    found = extract("Round-up — • Kyiv: on Sunday a drone injured two. • Dnipro: a missile killed one.", "2022-10-11",
                    gaz)
    assert [(i["location"], i["event_date"]) for i in found] == [("Kyiv", "2022-10-09"), ("Dnipro", "2022-10-11")]


def test_an_age_between_commas_is_no_count():
    # (the person named is one person, not thirteen)
    assert find_casualties("Her grandson Artem, 13, killed on Tuesday when a shell hit the house.") == {"killed": 1}
    assert find_casualties("Among the 13 killed were two children.") == {"killed": 13}


def test_a_place_after_a_dash_heads_its_entry_when_a_colon_sets_it_off(gaz):
    found = extract("Kolos update on our southern stores — Mykolaiv: the Inhulskyi store lost its glass front to a "
                    "missile blast on Monday, one shopper hurt.", "2025-04-10", gaz)
    assert [(i["location"], i["event_date"], i["injured"]) for i in found] == [("Mykolayiv", "2025-04-07", 1)]


def test_the_city_whose_hospital_or_blood_centre_posts_places_the_attack_it_tells(gaz):
    found = extract("The Dnipro regional blood centre asks donors of all groups to come in today. Rockets struck an "
                    "industrial area of the city on Sunday evening, injuring 17 people.", "2022-04-20", gaz)
    assert [(i["location"], i["event_date"], i["injured"]) for i in found] == [("Dnipro", "2022-04-17", 17)]
    found = extract("Druzhkivka city hospital needs donors by Saturday. Wednesday night's missile strike on a "
                    "residential block left 3 dead and 18 injured.", "2023-02-03", gaz)
    assert [(i["location"], i["event_date"], i["fatalities"]) for i in found] == [("Druzhkivka", "2023-02-01", 3)]


def test_a_city_named_as_city_that_was_attacked(gaz):
    found = extract("Zaporozhye city took drones overnight, 1 dead and 6 hurt.", "2026-02-12", gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == [("Zaporizhzhya", 1, 6)]


def test_the_town_whose_police_tell_of_an_attack_on_the_town(gaz):
    found = extract("Ochakiv police say a Russian shell hit the road bridge at the entrance to the town on Tuesday, "
                    "killing the driver of a delivery van.", "2026-07-16", gaz)
    assert [(i["location"], i["event_date"], i["fatalities"]) for i in found] == [("Ochakiv", "2026-07-14", 1)]


def test_the_same_village_is_the_village_told_before(gaz):
    found = extract("Kherson region. In Stanislav a grandmother showed me her roof, torn open by a drone on Monday; "
                    "nobody was hurt. Her neighbour was wounded by a shell in the same village yesterday.",
                    "2026-09-17", gaz)
    assert [(i["location"], i["event_date"], i["injured"]) for i in found] == [
        ("Stanislav", "2026-09-14", 0), ("Stanislav", "2026-09-16", 1)]


def test_a_weeks_entries_headed_by_a_day_and_its_part(gaz):
    found = extract("The war this week — Monday: a missile hit central Kramatorsk, killing one person; Wednesday: "
                    "Kharkov's Saltivka district shelled, three dead; Friday night: rockets on Mykolaiv, a warehouse "
                    "burned, nobody hurt.", "2022-07-02", gaz)
    assert [(i["admin1"], i["event_date"], i["fatalities"]) for i in found] == [
        ("Donetsk", "2022-06-27", 1), ("Kharkiv", "2022-06-29", 3), ("Mykolaiv", "2022-07-01", 0)]


def test_a_posts_emoji_and_a_lists_numbers_are_bullets(gaz):
    found = extract("🔴 Kharkiv: a drone hit a high-rise, 3 injured\n🔴 Odesa: port struck, 1 killed\n🟢 Lviv: quiet "
                    "night", "2024-05-10", gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == [("Kharkiv", 0, 3), ("Odesa", 1, None)]
    assert found[0]["source_quote"].startswith("🔴 Kharkiv")  # quotes are the text as written
    found = extract("Tonight's map: 1) Kharkiv: a drone hit a high-rise, 3 injured 2) Odesa: port struck, 1 killed "
                    "3) Sumy: no casualties", "2024-05-10", gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == [("Kharkiv", 0, 3), ("Odesa", 1, 0)]


def test_a_persons_first_name_is_no_village(gaz):
    # spelling matches would take Olha for Ol'ga and Oleksii for Oleshky
    found = extract("Reader question from Olha in Toronto: was Kherson shelled yesterday? Yes, shells wounded four "
                    "people in Kherson, says Oleksii Marchenko.", "2023-12-12", gaz)
    assert [i["location"] for i in found] == ["Kherson"]


def test_a_business_named_after_a_place_is_no_place(gaz):
    found = extract("Statement from the Kolos supermarket chain: our store next to the Kramatorsk bus station was "
                    "damaged by shelling on Wednesday afternoon. A security guard was killed.", "2022-06-17", gaz)
    assert [(i["location"], i["event_date"], i["fatalities"]) for i in found] == [("Kramatorsk", "2022-06-15", 1)]


def test_a_heading_that_ends_on_its_day_dates_what_it_tells_from_that_day(gaz):
    found = extract("Minutes, Odesa City Council, 18 June: members stood in silence for the eight people killed in "
                    "Tuesday's drone attack on a hotel in Odesa.", "2025-06-20", gaz)
    assert [(i["admin1"], i["event_date"], i["fatalities"]) for i in found] == [("Odesa", "2025-06-17", 8)]


def test_a_sitreps_dated_heading_before_a_dash_dates_yesterday_from_it(gaz):
    found = extract("Staff security sitrep, Tue 11 Oct — Missile wave yesterday morning: Kyiv, central crossroads hit, "
                    "6 dead.", "2022-10-13", gaz)
    assert [(i["location"], i["event_date"]) for i in found] == [("Kyiv", "2022-10-10")]


def test_an_age_after_of_before_what_the_person_was_doing_is_no_count():
    assert find_casualties("A boy of 14 collecting scrap metal was killed by UXO on Tuesday.") == {"killed": 1}


@pytest.mark.parametrize(("text", "expected"), [
    ("Rylsk, Kursk oblast, Thu 26/12: acting governor reports a missile hit a street.", dt.date(2024, 12, 26)),
    ("Esman shelled Mon 08/06, 1 killed and 3 injured per hromada head.", dt.date(2024, 6, 8)),
])
def test_a_weekday_before_a_day_and_month_without_a_year(text, expected):
    assert find_date(text, dt.date(2024, 12, 27))[0] == expected


def test_killed_by_uxo_is_an_explosive_remnant(gaz):
    found = extract("In Kozacha Lopan a boy of 14 collecting scrap metal was killed by UXO on Tuesday.", "2024-02-15",
                    gaz)
    assert [(i["sub_event_type"], i["fatalities"]) for i in found] == [("Remote explosive/landmine/IED", 1)]


def test_the_city_of_a_wire_dateline_is_the_city_its_story_tells_of(gaz):
    found = extract("KHARKIV, Ukraine (AP) — A Russian drone attack on the city wounded 12 people on Wednesday.",
                    "2025-03-14", gaz)
    assert [(i["location"], i["event_date"], i["injured"]) for i in found] == [("Kharkiv", "2025-03-12", 12)]
    found = extract("SUMY (NPA) — Drones struck the city's outskirts on Thursday night, injuring a family of four.",
                    "2025-03-14", gaz)
    assert [(i["location"], i["injured"]) for i in found] == [("Sumy", 4)]
    # a city the story names is its place, not the dateline's
    found = extract("KYIV, Ukraine (AP) — Russia launched missiles at Odesa overnight, killing two, the city's mayor "
                    "said.", "2025-03-14", gaz)
    assert [i["location"] for i in found] == ["Odesa"]


@pytest.mark.parametrize(("text", "expected"), [
    # a correction that one of the injured died: one more dead, one fewer injured
    ("A drone hit a minibus in Kherson on Monday, injuring the driver and two passengers. Correction from the "
     "regional administration: the driver has died of his wounds.", (1, 2)),
    ("Missiles hit Sumy on Monday, killing two people and injuring 14. Later, officials said one of the injured, an "
     "elderly man, had died in hospital.", (3, 13)),
    # a new toll told with the death: the toll stands, the injured are one fewer
    ("Two people were killed and four injured when a drone hit a bus in Nikopol on Monday. A man injured in the "
     "attack later died in hospital, bringing the death toll to three.", (3, 3)),
])
def test_an_injured_person_who_died_later_moves_to_the_dead(gaz, text, expected):
    found = extract(text, "2025-03-12", gaz)
    assert [(i["fatalities"], i["injured"]) for i in found] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kryvyi Rih office check-in, 08:00: everyone safe. A missile hit a warehouse overnight; the city head says four "
     "people were injured.", [("Kryvyy Rih", 0, 4)]),
    ("Sloviansk has emptied since spring. When a drone struck the bakery on Monday, it killed the owner and wounded "
     "two customers.", [("Slovyansk", 1, 2)]),
    # a lead naming two places does not say which was hit
    ("Convoy from Dnipro reached Pavlohrad at noon. A missile hit a warehouse overnight, injuring four.", []),
])
def test_a_toll_told_without_a_place_is_at_the_one_place_the_lead_names(gaz, text, expected):
    found = extract(text, "2025-03-12", gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == expected


def test_a_tickers_geometric_bullets_part_its_entries(gaz):
    found = extract("Updates ▸ Kharkiv: a drone hit a garage on Tuesday, one man injured ▸ Mykolaiv: two killed in "
                    "shelling on Monday ▸ Lviv: no alerts", "2025-03-12", gaz)
    assert [(i["location"], i["event_date"], i["fatalities"], i["injured"]) for i in found] == [
        ("Kharkiv", "2025-03-11", 0, 1), ("Mykolayiv", "2025-03-10", 2, None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Drones hit Pavlohrad overnight, injuring a man; neighbouring Ternivka reported a quiet night.", ["Pavlohrad"]),
    ("Kherson: shelling killed two on Sunday. Odesa: a quiet night after three nights of drone attacks.", ["Kherson"]),
    ("Rockets hit a farm near Bilopillia, killing a woman. Residents of nearby Vorozhba heard the blasts but reported "
     "no damage.", ["Bilopillia"]),
])
def test_a_place_where_all_was_quiet_is_no_incident(gaz, text, expected):
    assert [i["location"] for i in extract(text, "2025-03-12", gaz)] == expected


def test_shelling_told_after_a_battle_without_a_place_is_another_incident_there(gaz):
    found = extract("Russian troops stormed Toretsk from two sides on Tuesday, the garrison said. Shelling the same "
                    "day killed two civilians and damaged a school.", "2025-03-12", gaz)
    assert [(i["location"], i["event_type"], i["fatalities"]) for i in found] == [
        ("Toretsk", "Battles", None), ("Toretsk", "Explosions/Remote violence", 2)]


def test_a_wire_rewrites_note_ends_its_headline(gaz):
    found = extract("UPDATE 3-Drone strike on Poltava kills 3, not 5 as first reported (Corrects toll, adds mayor's "
                    "comment) Three people were killed and 14 injured when a drone hit a dormitory in Poltava on "
                    "Sunday, the mayor said.", "2025-03-12", gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == [("Poltava", 3, 14)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Drones hit Lutsk overnight, killing three people, officials said, raising the toll from one dead.",
     {"killed": 3}),
    ("Between four and six people were injured when a shell hit the market.", {"injured": 4}),
])
def test_the_figure_a_toll_rose_from_and_a_range_before_its_people(text, expected):
    assert find_casualties(text) == expected


def test_more_dead_in_a_region_after_a_semicolon_are_that_regions_not_the_citys(gaz):
    found = extract("Drones struck Odesa overnight, killing two people and injuring nine; four more were killed in the "
                    "Mykolaiv region.", "2025-03-12", gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == [
        ("Odesa", 2, 9), ("Mykolayiv Oblast", 4, None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Poltava region - no attacks overnight.", False),
    ("Kramatorsk had its first night without shelling in a month.", False),
    ("Zaporizhzhia: no new strikes since Sunday, the governor said.", False),
    # an attack told beside one that did not happen still stands
    ("A drone hit a car in Sumy, no other attacks were reported.", True),
])
def test_no_attacks_is_no_attack(text, expected):
    assert is_violent(text) is expected


def test_a_chronologys_entries_are_each_dated_and_placed_by_their_own_heading(gaz):
    found = extract("Orikhiv, chronology of the week: Dec 13 - a drone hit the hospital, one nurse injured; Dec 15 - "
                    "shelling of the market kills three; Dec 16 - power restored to the centre; Dec 17 - fighting on "
                    "the eastern edge of the town.", "2025-12-19", gaz)
    assert [(i["location"], i["event_date"], i["event_type"], i["fatalities"], i["injured"]) for i in found] == [
        ("Orikhiv", "2025-12-13", "Explosions/Remote violence", 0, 1),
        ("Orikhiv", "2025-12-15", "Explosions/Remote violence", 3, None),
        ("Orikhiv", "2025-12-17", "Battles", None, None)]
    found = extract("Chronology, Kherson region: March 2 - shelling of Beryslav kills a man; March 4 - Kherson city, "
                    "drone attack on a bus, 3 injured.", "2024-03-10", gaz)
    assert [(i["location"], i["event_date"]) for i in found] == [("Beryslav", "2024-03-02"), ("Kherson", "2024-03-04")]


def test_a_wire_slug_glued_to_its_headline_is_not_part_of_a_name(gaz):
    found = extract("TIMELINE-Kramatorsk strike: a missile hit the railway station on Friday, killing 12.",
                    "2025-12-19", gaz)
    assert [(i["location"], i["fatalities"]) for i in found] == [("Kramatorsk", 12)]


def test_a_quoted_claim_is_no_count_and_the_mayors_name_no_village(gaz):
    assert find_casualties("Shelling hit the bus station, in which one man was killed, police say; posts claiming "
                           "'dozens dead' are false.") == {"killed": 1}
    found = extract("A drone hit the Klitschko footbridge in Kyiv on Monday; nobody was hurt.", "2025-03-12", gaz)
    assert [i["location"] for i in found] == ["Kyiv"]


@pytest.mark.parametrize(("text", "expected"), [
    ("A bomb fell near Sloviansk's railway bridge on Thursday; no casualties were reported.", True),
    ("Residents of Kharkiv spent the night in bomb shelters.", False),
])
def test_a_bomb_is_a_weapon_a_bomb_shelter_is_not(text, expected):
    assert is_violent(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Over Monday the army struck 31 settlements of Kherson oblast.", dt.date(2026, 7, 27)),
    ("During Sunday, shelling hit Nikopol again.", dt.date(2026, 7, 26)),
])
def test_over_or_during_a_weekday_dates_the_day(text, expected):
    assert find_date(text, dt.date(2026, 7, 28))[0] == expected


def test_a_clause_after_a_semicolon_keeps_a_day_it_tells_last(gaz):
    found = extract("Russia claimed on Sunday to have captured Dachne; we can confirm only street fighting in "
                    "Kurakhove itself on Monday.", "2024-12-03", gaz)
    assert [(i["location"], i["event_date"]) for i in found] == [("Dachne", "2024-12-01"),
                                                                 ("Kurakhove", "2024-12-02")]


def test_a_bodyguard_is_a_person():
    assert find_casualties("A commander was killed by a bomb in his car; his bodyguard also died.") == {"killed": 2}


@pytest.mark.parametrize(("text", "expected"), [
    ("Olena Ivanenko, 45, was killed when a drone hit her car.", {"killed": 1}),
    ("Iryna BONDAR, 71, and her grandsons Taras, 12, and Ostap, 9, killed on Friday when a rocket hit the house.",
     {"killed": 3}),
    # a death notice's heading names the dead
    ("HORBENKO, Stepan Ivanovych, 1960-2024, bus driver of Izium, killed on Sunday when a missile hit the depot, where "
     "four others were injured.", {"killed": 1, "injured": 4}),
    ("PETRENKO, Oksana and Dmytro, of Sumy, killed together on Monday by a drone.", {"killed": 2}),
    # a place or a day before a count is no name
    ("In Kherson, 12, were injured.", {}),
])
def test_people_named_with_their_age_or_in_a_death_notice_are_counted(text, expected):
    assert find_casualties(text) == expected


def test_a_records_opening_scene_with_its_day_dates_the_attack_told_after_it(gaz):
    found = extract("Entry 0412 — 14 July, about 09:30 — the bridge road outside Orikhiv. Soldiers at the roadblock "
                    "opened fire on a car. The driver was killed.", "2023-07-20", gaz)
    assert [(i["location"], i["event_date"]) for i in found] == [("Orikhiv", "2023-07-14")]


def test_a_press_releases_dateline_is_neither_the_place_nor_the_day(gaz):
    text = ("Kyiv, 4 August 2022 — Russian forces fired cluster munitions into a residential area of Mykolaiv on "
            "Friday morning, killing a man and injuring five people.")
    found = extract(text, "2022-08-04", gaz)
    assert [(i["location"], i["event_date"], i["fatalities"], i["injured"]) for i in found] == [
        ("Mykolayiv", "2022-07-29", 1, 5)]
    # a record headed by another day than its publication's tells that day's event there
    found = extract("Kherson, 12 March 2023 — shelling of the central market killed two people.", "2023-03-20", gaz)
    assert [(i["location"], i["event_date"]) for i in found] == [("Kherson", "2023-03-12")]


@pytest.mark.parametrize(("text", "sub_event_type"), [
    # a place entered without fighting after the other side withdrew changed hands without violence
    ("Ukrainian forces entered Kherson without fighting after Russian troops withdrew to the left bank.",
     "Non-violent transfer of territory"),
    # a place taken as the other side withdrew was still fought for (ACLED's overtaking)
    ("Russian units established full control over Lysychansk; Ukrainian forces withdrew towards Siversk.",
     "Non-state actor overtakes territory"),
    ("Russia's defence ministry says its troops took full control of Avdiivka after Ukraine ordered a withdrawal.",
     "Non-state actor overtakes territory"),
])
def test_ground_taken_after_a_withdrawal_is_fought_for_unless_the_text_says_it_was_not(text, sub_event_type):
    from incidents.extract.events import classify

    assert classify(text, "UA")["sub_event_type"] == sub_event_type


def test_a_car_fired_on_at_a_checkpoint_is_an_attack_on_civilians(gaz):
    found = extract("On 13 March a car carrying a family out of Borodianka was fired upon at a Russian checkpoint; a "
                    "man and his mother were killed.", "2022-03-15", gaz)
    assert [(i["event_type"], i["sub_event_type"], i["fatalities"]) for i in found] == [
        ("Violence against civilians", "Attack", 2)]


def test_a_place_whose_clause_tells_its_damage_is_an_incident_of_its_own(gaz):
    found = extract("On 1 June guided bombs hit two communities: in Myropillia two residents were injured, in "
                    "Krasnopillia a school and a shop were damaged.", "2024-06-03", gaz)
    assert [(i["location"], i["injured"]) for i in found] == [("Myropillia", 2), ("Krasnopillya", None)]


def test_an_attack_that_did_not_happen_and_a_coders_no_events_note_are_none(gaz):
    assert not is_violent("Over the past day the enemy did not shell settlements of the Velykyi Burluk hromada.")
    assert extract("No events coded for Sumy oblast on 3 May: air-raid alerts only, all drones were downed outside "
                   "settlements.", "2026-05-08", gaz) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The mission documented the killing of two men, aged 71 and 78, and the injury of at least three other "
     "civilians.", {"killed": 2, "injured": 3}),
    ("Monitors verified the deaths of a married couple and injuries to five civilians, including a girl of 15.",
     {"killed": 2, "injured": 5}),
    ("A drone hit a bus; the driver, 62, was killed and two or three passengers were injured.",
     {"killed": 1, "injured": 2}),
    ("A drone attack on a dormitory killed a first-year student.", {"killed": 1}),
])
def test_a_toll_told_as_a_noun_a_range_with_or_and_a_first_year_student(text, expected):
    assert find_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("30.06, Nikopol raion, artillery from across the reservoir: Nikopol, 2 injured.", dt.date(2023, 6, 30)),
    # a time written with a dot is no date
    ("09.05: sirens over Kyiv, then a missile hit the Obolon district.", None),
])
def test_a_note_opening_on_its_day_and_month(text, expected):
    found = find_date(text, dt.date(2023, 7, 3))
    assert (found[0] if found else None) == expected


def test_a_path_of_places_heads_its_note_with_the_last(gaz):
    found = extract("Zaporizhzhia oblast > Polohy raion > Huliaipole: on Thursday guided bombs hit the centre, killing "
                    "two.", "2025-02-08", gaz)
    assert [(i["location"], i["event_date"], i["fatalities"]) for i in found] == [("Hulyaypole", "2025-02-06", 2)]


def test_a_figure_as_first_reported_with_its_noun_and_an_outage_not_by_an_attack(gaz):
    assert find_casualties("Officials revised the toll from Wednesday's shelling to one dead and six injured, not two "
                           "dead as first reported.") == {"killed": 1, "injured": 6}
    assert extract("The blackout in Fastiv on Wednesday was caused by a transformer fault, not by an attack, officials "
                   "said.", "2026-03-12", gaz) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia's defence ministry claimed on Saturday that Avdiivka was fully under its control.", True),
    ("The town remains under Ukrainian control, the governor said.", False),
])
def test_a_place_declared_fully_under_control_was_taken(text, expected):
    assert is_violent(text) is expected


def test_no_other_casualties_is_nobody_besides_those_counted():
    assert find_casualties("A missile hit a plant in Kharkiv; a security guard was killed, no other casualties.") == {
        "killed": 1, "injured": 0}


def test_an_attack_on_civilians_told_without_a_place_types_the_toll_after_it(gaz):
    found = extract("Entry 0212 — 3 April, about 11:00 — the checkpoint outside Polohy. Soldiers at the checkpoint "
                    "opened fire on a car. A man of 60 was killed and his wife was injured.", "2022-04-09", gaz)
    assert [(i["location"], i["event_type"], i["fatalities"], i["injured"]) for i in found] == [
        ("Polohy", "Violence against civilians", 1, 1)]


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("An armoured vehicle fired on a private house where two families were sheltering.", "Attack"),
    ("Russian artillery fired on houses in Kherson.", "Shelling/artillery/missile attack"),
])
def test_small_arms_fire_on_a_house_is_an_attack_on_civilians_artillery_is_shelling(text, sub_event_type):
    from incidents.extract.events import classify

    assert classify(text, "UA")["sub_event_type"] == sub_event_type


def test_a_battle_then_shelling_after_a_semicolon_are_two_incidents(gaz):
    found = extract("Toretsk: Russian assaults on the town go on from two sides, the army says; three civilians killed "
                    "by shelling on Wednesday.", "2023-10-26", gaz)
    assert [(i["location"], i["event_type"], i["fatalities"]) for i in found] == [
        ("Toretsk", "Battles", None), ("Toretsk", "Explosions/Remote violence", 3)]


def test_fighting_told_after_an_attack_and_a_comma_is_a_battle_of_its_own(gaz):
    found = extract("On Sunday a drone attack on Vovchansk injured three, and fighting went on around Lyptsi.",
                    "2024-06-10", gaz)
    assert [(i["location"], i["event_type"], i["injured"]) for i in found] == [
        ("Vovchansk", "Explosions/Remote violence", 3), ("Lyptsi", "Battles", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("His parents were killed.", {"killed": 2}),
    ("The applicant's parents, aged 74 and 70, were killed in their bedroom.", {"killed": 2}),
    ("A priest and a chorister were wounded when shells hit the monastery.", {"injured": 2}),
    ("An evangelical pastor and his wife were killed.", {"killed": 2}),
    ("Missiles struck a depot, killing a soldier and a rail worker.", {"killed": 2}),
    ("A rocket struck the market, killing a stallholder.", {"killed": 1}),
    ("A girl of 4 died and both her parents were injured.", {"killed": 1, "injured": 2}),
    ("A man was wounded along with a neighbour.", {"injured": 2}),
    ("A farmer was killed together with two neighbours.", {"killed": 3}),
    ("An FPV drone chased a cyclist down the street, and he survived with leg wounds.", {"injured": 1}),
    ("A mum of two was killed and her toddler son hurt.", {"killed": 1, "injured": 1}),
    ("A gran and her two grandchildren were pulled injured from the rubble.", {"injured": 3}),
    ("An FPV drone struck a car; the driver was killed, his passenger unhurt.", {"killed": 1, "injured": 0}),
    ("The shelling wounded two girls plus a municipal worker.", {"injured": 3}),
    ("The strike killed the mayor's son.", {"killed": 1}),
    ("The strike killed a boy and his grandparents.", {"killed": 3}),
    ("A drone attack on the port injured four dock workers and a lorry driver.", {"injured": 5}),
])
def test_parents_are_two_people_and_a_lorry_driver_is_one(text, expected):
    assert find_casualties(text) == expected


def test_numbered_entries_after_a_semicolon_are_each_their_own_places_incident(gaz):
    found = extract("14 May, Kherson raion, Russian artillery: (1) Bilozerka, 2 injured; (2) Stanislav, a school hit, "
                    "no casualties; (3) Dniprovske, fatalities unknown.", "2023-05-16", gaz)
    assert [(i["location"], i["event_date"], i["fatalities"], i["injured"]) for i in found] == [
        ("Bilozerka", "2023-05-14", 0, 2), ("Stanislav", "2023-05-14", 0, 0), ("Dniprovske", "2023-05-14", None, None)]


def test_drones_downed_over_a_region_are_the_attack_told_at_its_places(gaz):
    found = extract("Drones over Sumy oblast overnight: 9 of 12 shot down. A drone hit a warehouse in Konotop, "
                    "injuring a guard.", "2024-05-20", gaz)
    assert [(i["location"], i["injured"]) for i in found] == [("Konotop", 1)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Shelling damaged three houses in Shebekino without hurting anyone.", {"killed": 0, "injured": 0}),
    ("Missiles hit a plant, killing two workers and wounding between nine and 12.", {"killed": 2, "injured": 9}),
    ("Shells landed on the square, wounding a postwoman.", {"injured": 1}),
])
def test_without_hurting_anyone_a_range_after_its_verb_and_a_postwoman(text, expected):
    assert find_casualties(text) == expected


def test_an_entry_that_tells_other_news_is_no_incident_though_its_sentence_tells_an_attack(gaz):
    found = extract("Overnight in brief: Dnipro — missiles hit an industrial site, killing two workers; Pavlohrad — "
                    "power restored after Friday's outage.", "2026-06-09", gaz)
    assert [i["location"] for i in found] == ["Dnipro"]


def test_a_second_report_by_its_own_teller_after_and_is_a_clause_of_its_own(gaz):
    found = extract("The Kursk governor said a drone struck a car outside Sudzha on Monday, killing a woman and "
                    "injuring her son, and the Bryansk governor said shelling of Sevsk the same day damaged a school.",
                    "2026-08-18", gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == [("Sudzha", 1, 1), ("Sevsk", None, None)]


def test_a_claim_of_full_control_is_a_capture(gaz):
    found = extract("Russia's defence ministry claimed on Saturday full control of Avdeyevka.", "2024-02-20", gaz)
    assert [(i["location"], i["event_date"], i["sub_event_type"]) for i in found] == [
        ("Avdiyivka", "2024-02-17", "Non-state actor overtakes territory")]


def test_fighting_then_and_that_a_drone_hit_are_a_battle_and_a_strike(gaz):
    found = extract("Russian outlets said fighting was continuing near Sudzha and that a drone hit a car in Lgov, "
                    "injuring a family of three.", "2024-08-14", gaz)
    assert [(i["location"], i["event_type"], i["injured"]) for i in found] == [
        ("Sudzha", "Battles", None), ("L’gov", "Explosions/Remote violence", 3)]


def test_a_chronology_entry_naming_its_own_method_is_typed_by_it(gaz):
    found = extract("Huliaipole, agency chronology: Dec 14 - guided bombs hit the town centre, two killed; Dec 16 - "
                    "street fighting reported on the northern outskirts; Dec 18 - Russia claims full control of the "
                    "town.", "2025-12-19", gaz)
    assert [(i["event_date"], i["sub_event_type"]) for i in found] == [
        ("2025-12-14", "Air/drone strike"), ("2025-12-16", "Armed clash"),
        ("2025-12-18", "Non-state actor overtakes territory")]


def test_and_damages_a_shop_in_another_place_is_that_places_incident(gaz):
    found = extract("Sumy region: shelling injures 2 in Krasnopillia and damages a shop in Velyka Pysarivka, nobody "
                    "hurt there", "2026-06-25", gaz)
    assert [(i["location"], i["injured"]) for i in found] == [("Krasnopillya", 2), ("Velyka Pysarivka", 0)]


def test_the_place_of_a_sentences_own_heading_places_what_it_tells(gaz):
    found = extract("Kupiansk under fire, regional roundup: shelling near the central market killed two civilians.",
                    "2023-10-05", gaz)
    assert [(i["location"], i["fatalities"]) for i in found] == [("Kupyansk", 2)]


def test_a_chronology_entry_naming_no_place_happened_at_the_headings_place(gaz):
    found = extract("Kupiansk under fire, chronology: May 17 - the last aid point closes; May 22 - shelling near the "
                    "central market kills two civilians.", "2022-05-24", gaz)
    assert [(i["location"], i["event_date"], i["fatalities"]) for i in found] == [("Kupyansk", "2022-05-22", 2)]


@pytest.mark.parametrize(("text", "location"), [
    ("Moscow claims Andriivka, a border village in the Sumy region; Kyiv denies.", "Andriivka"),
    ("Russia's defence ministry today claimed Klishchiivka, south of Bakhmut.", "Klishchiivka"),
])
def test_a_place_claimed_by_name_is_a_capture_there(gaz, text, location):
    found = extract(text, "2024-04-11", gaz)
    assert [(i["location"], i["sub_event_type"]) for i in found] == [(location, "Non-state actor overtakes territory")]


def test_a_claim_that_someone_did_something_is_no_capture(gaz):
    found = extract("Russia claimed Ukraine shelled Belgorod.", "2024-04-11", gaz)
    assert [i["sub_event_type"] for i in found] == ["Shelling/artillery/missile attack"]


def test_the_same_day_counts_from_the_day_the_sentence_told_before_it():
    text = "The army said on Monday it had retaken Ozerne, while bloggers reported fighting near Lyman the same day."
    assert find_date(text, dt.date(2022, 9, 15)) == (dt.date(2022, 9, 12), 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials reported a man of 60 killed.", {"killed": 1}),
    ("A family of four was injured.", {"injured": 4}),
    ("Seven people, two teenagers among them, were wounded.", {"injured": 7}),
    ("A man was killed and more than ten people injured, three students among them.", {"killed": 1, "injured": 10}),
])
def test_a_man_of_60_is_his_age_and_a_subset_among_them_adds_nobody(text, expected):
    assert find_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("She was killed and her two children were injured.", {"killed": 1, "injured": 2}),
    ("His tractor ran over a mine and he died before the ambulance arrived.", {"killed": 1}),
    ("He was not hurt.", {"killed": 0, "injured": 0}),
])
def test_he_or_she_killed_or_hurt_is_one_person(text, expected):
    assert find_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A man was killed; the granddaughter has deep glass cuts to both arms.", {"killed": 1, "injured": 1}),
    ("She has fragment wounds to both hands and one eye; her brother had minor cuts.", {"injured": 2}),
    ("The farmer lost his right foot.", {"injured": 1}),
    ("The village has lost its school.", {}),
    ("The city has had power cuts since Monday.", {}),
])
def test_wounds_someone_has_or_a_limb_lost_are_one_hurt_each(text, expected):
    assert find_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Their grandson, who had come to take them to the city, survived with a concussion.", {"injured": 1}),
    ("Her brother was killed; the neighbour is in the town hospital with a chest wound.", {"killed": 1, "injured": 1}),
    ("The occupants, two men, survived with injuries.", {"injured": 2}),
    ("she and her sister-in-law, aged 61, were injured.", {"injured": 2}),
])
def test_in_hospital_or_surviving_with_a_wound_is_hurt_and_she_and_her_kin_are_two(text, expected):
    assert find_casualties(text) == expected


def test_a_toll_revised_in_the_same_sentence_is_the_revised_one():
    text = ("15:40 — the city head gives the toll as two dead and seven injured; 19:05 — the city revises it to "
            "three dead and seven injured.")
    assert find_casualties(text) == {"killed": 3, "injured": 7}


@pytest.mark.parametrize(("text", "expected"), [
    ("Artem died at the scene; the driver, 52, survived with burns to his hands.", {"killed": 1, "injured": 1}),
    ("She was killed when a shell hit the garden where she played with her cousin, 10, who was wounded.",
     {"killed": 1, "injured": 1}),
    ("Her son was killed; she was not injured.", {"killed": 1, "injured": 0}),
    ("Three died at the scene.", {"killed": 3}),
])
def test_a_first_name_opening_a_clause_and_a_relative_clause_tell_one_person_each(text, expected):
    assert find_casualties(text) == expected


def test_a_places_toll_places_the_attack(gaz):
    found = extract("Latest, 07:30: Kyiv's toll from the overnight drone attack stands at two dead and 15 injured.",
                    "2026-06-13", gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == [("Kyiv", 2, 15)]


def test_driving_the_other_side_out_of_a_village_is_taking_it(gaz):
    found = extract("Russia's defence ministry claimed on Sunday that its forces had driven Ukrainian marines out of "
                    "Krynki, on the left bank of the Dnieper.", "2024-02-20", gaz)
    assert [(i["location"], i["sub_event_type"]) for i in found] == [("Krynky", "Non-state actor overtakes territory")]


def test_a_citys_district_and_another_town_after_and_in_are_two_places(gaz):
    found = extract("In Tuesday's glide-bomb attack on Kharkiv's Kyivskyi district 4 people died and 31 were injured, "
                    "and in Chuhuiv a drone injured 2 more the same day.", "2025-11-27", gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == [("Kharkiv", 4, 31), ("Chuhuyiv", 0, 2)]


def test_a_nationwide_toll_is_not_the_last_places(gaz):
    found = extract("In the capital, five people were killed and 51 injured when a missile landed near a playground in "
                    "Kyiv, police said. Nationwide, at least 14 people died.", "2022-10-11", gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == [("Kyiv", 5, 51)]


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("In occupied Melitopol, soldiers broke into a flat and carried off furniture and appliances.",
     "Looting/property destruction"),
    ("Shelling hit Kherson; rescuers carried away the injured.", "Shelling/artillery/missile attack"),
])
def test_property_carried_off_is_looting(text, sub_event_type):
    from incidents.extract.events import classify

    assert classify(text, "UA")["sub_event_type"] == sub_event_type


def test_fighting_for_a_town_and_the_capture_of_a_village_place_both_and_on_19_10_dates_them(gaz):
    found = extract("Fighting for Vovchansk continued on 19.10 around the aggregate plant; Russia claimed the capture "
                    "of Starytsia to the west.", "2024-10-24", gaz)
    assert [(i["location"], i["event_date"]) for i in found] == [("Vovchansk", "2024-10-19"),
                                                                  ("Starytsia", "2024-10-19")]


@pytest.mark.parametrize(("text", "expected"), [
    ("RU arty on Nikopol overnight: 2 civs killed, 1 wounded.", {"killed": 2, "injured": 1}),
    ("Toretsk - MLRS on the private sector, 1 civ inj.", {"injured": 1}),
    ("Drone downed over Kurchatov, debris hit a substation, no cas.", {"killed": 0, "injured": 0}),
    ("As of 09:00: 1 killed, 6 injured; by 14:00 the injured count rose to 8.", {"killed": 1, "injured": 8}),
    ("The Cassini injection worked.", {}),
])
def test_a_coders_shorthand_and_an_injured_count_that_rose(text, expected):
    assert find_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kursk obl, 26.07: UA arty on Sudzha, 1 civ killed.", (dt.date(2024, 7, 26), 1)),
    ("Bryansk oblast, 27.05: drones hit a farm in Sevsk district.", (dt.date(2024, 5, 27), 1)),
    ("Kupiansk, 14.30: shelling of the centre.", None),
])
def test_a_notes_heading_place_then_day_and_month_dates_it(text, expected):
    assert find_date(text, dt.date(2024, 7, 28)) == expected


def test_a_notes_place_with_its_full_numeric_date_heads_it(gaz):
    found = extract("Zaporizhzhia, 18.08.2023: a missile hit a grain terminal, injuring two workers.", "2023-08-21",
                    gaz)
    assert [(i["location"], i["event_date"], i["injured"]) for i in found] == [("Zaporizhzhya", "2023-08-18", 2)]


def test_a_place_said_to_have_been_liberated_is_where_it_was_taken(gaz):
    found = extract('Russian state media said on Saturday that Avdeyevka had been fully "liberated".', "2024-02-19",
                    gaz)
    assert [(i["location"], i["sub_event_type"]) for i in found] == [
        ("Avdiyivka", "Non-state actor overtakes territory")]


def test_shelling_along_a_whole_front_is_no_attack_on_the_last_place(gaz):
    found = extract("Russian state media claimed on Sunday that Wagner fighters had captured Kurdyumovka. Kyiv did not "
                    "confirm the claim and reported heavy shelling along the whole Bakhmut front.", "2022-11-22", gaz)
    assert [(i["location"], i["event_type"]) for i in found] == [("Kurdyumivka", "Battles")]


def test_a_place_shelled_around_a_time_is_where_it_struck(gaz):
    found = extract("Team Kherson 17:45, all back at base. Bilozerka shelled around 11:00 while we were at the hromada "
                    "office, two people injured on the next street.", "2026-09-17", gaz)
    assert [(i["location"], i["injured"]) for i in found] == [("Bilozerka", 2)]


def test_a_place_then_a_weapon_after_a_comma_heads_the_note(gaz):
    found = extract("Zaporizhzhia, S-300 missiles on apartment blocks overnight into 9 October. As of 09:00 on 10 "
                    "October the toll was 13 killed and 89 injured.", "2022-10-11", gaz)
    assert [(i["location"], i["fatalities"], i["injured"]) for i in found] == [("Zaporizhzhya", 13, 89)]


def test_where_evacuees_came_from_in_a_later_clause_is_no_place_struck(gaz):
    found = extract("Latest: a rocket hit an industrial site in Kramatorsk overnight, injuring four workers; in "
                    "Severodonetsk, two civilians were killed by shelling on Thursday; and the Zaporizhzhia governor "
                    "says buses with evacuees from Mariupol are still arriving.", "2022-05-06", gaz)
    assert [i["location"] for i in found] == ["Kramatorsk", "Siverskodonetsk"]


def test_where_a_caller_speaks_from_is_not_where_it_happened(gaz):
    found = extract("A woman of 52, speaking from Mykolaiv, says soldiers at the checkpoint on the road out of Nova "
                    "Kakhovka opened fire on a car carrying her brother. Her brother was killed.", "2022-10-13", gaz)
    assert [(i["location"], i["fatalities"]) for i in found] == [("Nova Kakhovka", 1)]


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("A farmer was injured when a device he had not seen exploded under the mower.", "Remote explosive/landmine/IED"),
    ("They picked up a small metal object in the yard and it went off in the girl's hands.",
     "Remote explosive/landmine/IED"),
    ("A shell exploded near the school.", "Shelling/artillery/missile attack"),
])
def test_a_device_or_object_that_went_off_is_an_explosive_remnant(text, sub_event_type):
    from incidents.extract.events import classify

    assert classify(text, "UA")["sub_event_type"] == sub_event_type


def test_fighting_that_still_goes_on_is_dated_by_the_report_not_by_the_sentence_before(gaz):
    text = "On Wednesday a missile hit Kharkiv, killing four. Heavy fighting continues around Kupiansk-Vuzlovyi."
    got = [(i["location"], i["event_date"]) for i in extract(text, "2023-10-26", gaz)]
    assert got == [("Kharkiv", "2023-10-25"), ("Kupiansk-Vuzlovyi", "2023-10-26")]
    # a day of its own still dates it
    text = "On Wednesday a missile hit Kharkiv. Fighting around Kupiansk-Vuzlovyi continued on Tuesday."
    assert [i["event_date"] for i in extract(text, "2023-10-26", gaz)][-1] == "2023-10-24"


def test_a_delimited_rows_place_fields_are_each_their_own_incident(gaz):
    text = ("29.01.2024 | Donetsk obl, Pokrovsk r-n | Kurakhovo - MLRS on the town centre, 1 civ killed, 3 inj | "
            "Hirnyk - houses hit, no data on victims | Src: OVA.")
    got = [(i["location"], i["event_date"], i["fatalities"], i["injured"]) for i in extract(text, "2024-01-31", gaz)]
    assert got == [("Kurakhove", "2024-01-29", 1, 3), ("Hirnyk", "2024-01-29", None, None)]


def test_the_day_a_video_was_posted_gives_way_to_the_day_the_attack_is_told(gaz):
    text = ("A compilation posted on 25 November shows an FPV drone diving onto a car outside a shop in Beryslav. "
            "The regional administration says the owner was killed there on Thursday.")
    (inc,) = extract(text, "2023-11-29", gaz)
    assert (inc["location"], inc["event_date"], inc["fatalities"]) == ("Beryslav", "2023-11-23", 1)
    # with no other day told, the posting day is all there is
    (inc,) = extract("A clip posted on 25 November shows a drone hitting a car in Beryslav.", "2023-11-29", gaz)
    assert inc["event_date"] == "2023-11-25"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Shelling on Monday injured two men; the city council's early 'several wounded' is superseded.", {"injured": 2}),
    ("Drones killed a man and injured four; an early 'up to ten injured' was never confirmed.",
     {"killed": 1, "injured": 4}),
])
def test_a_figure_quoted_as_the_first_one_is_left_out(sentence, expected):
    assert find_casualties(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Depth and shape point to a guided aerial bomb rather than a shell.",
    "A guided aerial bomb, not a shell, hit the hospital.",
    "The scoring is consistent with a small drone warhead rather than a shell or a bomb.",
])
def test_a_weapon_ruled_out_does_not_type_the_attack(sentence):
    from incidents.extract.events import classify

    assert classify(sentence, "UA")["sub_event_type"] == "Air/drone strike"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("On the night of 14 to 15 June, at about 23:50, a shell hit a house.", dt.date(2026, 6, 14)),
    ("On the night of 14 to 15 June, at about 02:10, a shell hit a house.", dt.date(2026, 6, 15)),
    ("On the night of August 12 to 13, at 22:30, drones struck the port.", dt.date(2026, 8, 12)),
])
def test_a_night_told_by_both_days_is_the_first_day_before_midnight(sentence, expected):
    from incidents.extract.dates import find_date

    assert find_date(sentence, dt.date(2026, 8, 19)) == (expected, 1)


def test_a_strike_told_after_a_battle_is_its_own_incident_not_a_detail(gaz):
    text = "Russian forces launched an assault on Avdiivka on Monday. KAB bombs hit the town's coke plant the same day."
    got = [(i["location"], i["event_date"], i["event_type"]) for i in extract(text, "2023-10-11", gaz)]
    assert got == [("Avdiyivka", "2023-10-09", "Battles"), ("Avdiyivka", "2023-10-09", "Explosions/Remote violence")]


def test_fighting_for_a_place_claimed_taken_on_another_day_is_its_own_battle(gaz):
    text = ("Russian war bloggers claimed on Sunday that troops had taken Siversk. Ukraine's army said on Monday that "
            "assaults on the town had been repelled.")
    got = [(i["location"], i["event_date"], i["sub_event_type"]) for i in extract(text, "2025-12-02", gaz)]
    assert got == [("Siversk", "2025-11-30", "Non-state actor overtakes territory"),
                   ("Siversk", "2025-12-01", "Armed clash")]


def test_obl_abbreviates_oblast(gaz):
    (inc,) = extract("Beryslav, Kherson obl: an FPV drone hit a car.", "2024-02-14", gaz)
    assert (inc["location"], inc["admin1"]) == ("Beryslav", "Kherson")
    (inc,) = extract("Drones hit two villages in Sumy obl. on Monday.", "2024-02-14", gaz)
    assert inc["geo_precision"] == 3 and inc["admin1"] == "Sumy"


def test_a_notes_leading_day_and_month_before_a_dash_dates_it(gaz):
    (inc,) = extract("07.12 — Beryslav, Kherson obl: an FPV drone hit a car at the hospital gate.", "2023-12-12", gaz)
    assert inc["event_date"] == "2023-12-07"
    (inc,) = extract("20.10 | Kharkiv obl | Kupiansk-Vuzlovyi - arty, 1 civ killed | Src: OVA.", "2025-10-23", gaz)
    assert inc["event_date"] == "2025-10-20"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("K/W 2/5, per the city council.", {"killed": 2, "injured": 5}),
    ("A drone hit the bus station, K/W 0/3.", {"killed": 0, "injured": 3}),
    ("Shelling damaged the school, K/W ?/?.", {}),
    ("Clashes on the edge of town, KIA/WIA 1/-.", {"killed": 1}),
])
def test_a_coders_killed_wounded_tally(sentence, expected):
    assert find_casualties(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Killed: a man of about 60.", {"killed": 1}),
    ("A woman aged about 70 was injured.", {"injured": 1}),
    ("Shelling injured about 60 people.", {"injured": 60}),
])
def test_an_approximate_age_is_no_count(sentence, expected):
    assert find_casualties(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A woman was found dead under the rubble, her husband was pulled out injured.", {"killed": 1, "injured": 1}),
    ("Three people were found dead after the strike.", {"killed": 3}),
])
def test_found_dead_and_pulled_out_injured(sentence, expected):
    assert find_casualties(sentence) == expected


@pytest.mark.parametrize(("text", "sub"), [
    ("UA forces entered Balakleya on 8 September.", "Government regains territory"),
    ("Russian troops entered Lyman on Saturday.", "Non-state actor overtakes territory"),
    ("Military Forces of Russia vs Military Forces of Ukraine: the RF MoD claimed the capture of Lastochkyne on "
     "Monday.", "Non-state actor overtakes territory"),
])
def test_forces_entering_a_town_take_it(gaz, text, sub):
    (inc,) = extract(text, "2022-09-14", gaz)
    assert inc["sub_event_type"] == sub


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Governor's post of 22 April, about the early hours of Sunday: Shaheds struck Pavlohrad.", dt.date(2025, 4, 20)),
    ("The hromada head posted on Thursday morning, but the strike was on Monday evening.", dt.date(2025, 4, 21)),
    ("The scene from 4 August shows a market hall hit by a guided bomb on 1 August.", dt.date(2024, 8, 1)),
    ("Incident: rocket strike on a school workshop in Kharkiv, Monday at about 04:30.", dt.date(2025, 4, 21)),
    ("A channel posted a clip on Sunday, but residents' posts from the district are timed 23:14 on Saturday.",
     dt.date(2025, 4, 19)),
])
def test_the_day_a_post_went_up_is_no_events_day(sentence, expected):
    from incidents.extract.dates import find_date

    assert find_date(sentence, dt.date(2025, 4, 22)) == (expected, 1)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The neighbour was killed, and the grandfather was cut by flying glass.", {"killed": 1, "injured": 1}),
    ("Two children were cut by glass.", {"injured": 2}),
    ("Power was cut by the strike.", {}),
    ("A woman was badly burned when the drone hit her house.", {"injured": 1}),
    ("Two houses were burned down.", {}),
    ("A man was concussed.", {"injured": 1}),
])
def test_people_cut_by_glass_or_fragments_are_hurt(sentence, expected):
    assert find_casualties(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Recordings from two residents of Mykolaiv capture five blasts, each preceded by the roar of a cruise missile.",
    "A video recorded on Sunday near the shipyard captures two distant thumps and two blasts.",
    "Archive capture of the Sumy administration's summary: a drone hit a car park.",
])
def test_a_recording_that_captures_sounds_takes_no_ground(sentence):
    from incidents.extract.events import classify

    assert classify(sentence, "UA")["event_type"] == "Explosions/Remote violence"


def test_a_clause_telling_its_own_fighting_is_a_clash_beside_a_claimed_capture(gaz):
    text = ("Russia's defence ministry claimed on Sunday to have captured Dachne, west of Kurakhove; we can confirm "
            "only street fighting in Kurakhove itself on Monday.")
    got = [(i["location"], i["event_date"], i["sub_event_type"]) for i in extract(text, "2024-12-03", gaz)]
    assert got == [("Dachne", "2024-12-01", "Non-state actor overtakes territory"),
                   ("Kurakhove", "2024-12-02", "Armed clash")]


def test_a_protest_is_an_event_whatever_it_demands(gaz):
    text = ("On 7 October 2023, around 500 people protested in Kyiv, demanding that the city council shift budget "
            "money from road repairs to the army.")
    (inc,) = extract(text, "2023-10-09", gaz)
    assert (inc["location"], inc["event_type"]) == ("Kyiv", "Protests")


def test_people_gathered_outside_an_office_demanding_something_protest(gaz):
    text = ("On 19 April 2025, around 30 relatives of missing residents gathered outside the regional administration "
            "building in Kursk, demanding information on their whereabouts.")
    (inc,) = extract(text, "2025-04-21", gaz)
    assert (inc["location"], inc["sub_event_type"]) == ("Kursk", "Peaceful protest")


def test_a_rally_outside_a_city_council_is_in_that_city(gaz):
    text = "On 16/12/2023, around 150 relatives of missing servicemen rallied outside the Dnipro city council."
    (inc,) = extract(text, "2023-12-18", gaz)
    assert (inc["location"], inc["event_type"]) == ("Dnipro", "Protests")
    # the council as the teller is still no place
    said = extract("The Dnipro city council said drones hit Pavlohrad.", "2023-12-18", gaz)
    assert [i["location"] for i in said] == ["Pavlohrad"]


def test_soldiers_who_infiltrated_a_village_place_what_they_did_there(gaz):
    text = ("On 15 November 2025, Russian soldiers who had infiltrated Kamianka (Kupianskyi, Kharkiv) shot 2 elderly "
            "residents in the yard of their house. Both died at the scene.")
    (inc,) = extract(text, "2025-11-18", gaz)
    assert (inc["location"], inc["admin1"], inc["event_type"], inc["fatalities"]) == (
        "Kamianka", "Kharkiv", "Violence against civilians", 2)


def test_a_later_sentence_saying_when_it_happened_dates_an_undated_attack(gaz):
    text = "A grenade dropped from a quadcopter hit a car in Zolochiv, Kharkiv region. The owner says it happened on " \
           "Friday at about 17:30."
    (inc,) = extract(text, "2026-11-24", gaz)
    assert (inc["event_date"], inc["sub_event_type"]) == ("2026-11-20", "Air/drone strike")


def test_more_killed_in_a_region_after_a_places_toll_is_the_regions_own(gaz):
    text = ("A missile hit a hospital in Sumy on Monday, injuring 14 people, and three more were killed in the "
            "Kharkiv region.")
    got = [(i["location"], i["fatalities"], i["injured"]) for i in extract(text, "2025-06-26", gaz)]
    assert got == [("Sumy", 0, 14), ("Kharkiv Oblast", 3, None)]


def test_explosions_that_shook_a_city_place_the_attack_there(gaz):
    text = ("Explosions shook Kyiv early today as Russian missiles hit a hotel near the main railway station, wounding "
            "up to 14 people, the mayor said.")
    (inc,) = extract(text, "2023-12-13", gaz)
    assert (inc["location"], inc["injured"]) == ("Kyiv", 14)


@pytest.mark.parametrize("text", [
    "Russian missiles struck a railway car repair works in Kyiv's Darnytskyi district early on Sunday.",
    "A missile struck the yard of a car-repair business in Kyiv on Sunday.",
])
def test_a_repair_works_hit_is_a_target_not_a_repair(gaz, text):
    (inc,) = extract(text, "2022-06-07", gaz)
    assert (inc["location"], inc["event_date"]) == ("Kyiv", "2022-06-05")


def test_throwing_tanks_at_a_town_is_a_battle(gaz):
    (inc,) = extract("Russia threw tanks and armoured vehicles at Avdiivka again on Tuesday.", "2023-10-19", gaz)
    assert (inc["location"], inc["event_date"], inc["event_type"]) == ("Avdiyivka", "2023-10-17", "Battles")


def test_a_capture_and_fighting_in_the_city_the_same_day_are_two_incidents(gaz):
    text = ("Pro-Kremlin war bloggers claimed on Wednesday that Russian units had seized the railway station in "
            "Krasnoarmeysk, as they call Pokrovsk. Ukraine's army said the same day that street fighting continued in "
            "the city's northern districts.")
    got = [(i["location"], i["event_date"], i["sub_event_type"]) for i in extract(text, "2025-12-04", gaz)]
    assert got == [("Pokrovsk", "2025-12-03", "Non-state actor overtakes territory"),
                   ("Pokrovsk", "2025-12-03", "Armed clash")]


def test_a_claim_of_ground_without_a_day_of_its_own_is_the_reports_not_the_strikes_before_it(gaz):
    text = ("Shelling killed a man in Kramatorsk on Sunday, the city said. Moscow claimed its forces had taken "
            "Novotoshkivske in the Luhansk region.")
    got = [(i["location"], i["event_date"]) for i in extract(text, "2022-04-26", gaz)]
    assert got == [("Kramatorsk", "2022-04-24"), ("Novotoshkivske", "2022-04-26")]


@pytest.mark.parametrize("text", [
    "On 22 April, Russian assault groups attacked Chasiv Yar and were repelled. The RF MoD claimed the capture of "
    "Bohdanivka.",
    "Chasiv Yar direction, 22.04: assaults on the town were repelled. The RF MoD claimed the capture of Bohdanivka.",
    "On 22 April Russian units attacked Chasiv Yar. Same day the RF MoD claimed the capture of Bohdanivka.",
])
def test_a_notes_opening_date_and_same_day_still_date_a_claim(gaz, text):
    got = {i["location"]: i["event_date"] for i in extract(text, "2024-04-24", gaz)}
    assert got["Bohdanivka"] == "2024-04-22"


def test_a_scene_told_first_without_a_place_dates_the_attack_the_next_sentence_tells(gaz):
    text = ("Camera review, Sumy. A street camera recorded something flying in low on Saturday night and exploding "
            "against a hostel. Officials say the drone killed two people.")
    (inc,) = extract(text, "2023-03-29", gaz)
    assert (inc["location"], inc["event_date"], inc["fatalities"]) == ("Sumy", "2023-03-25", 2)


def test_a_town_named_like_a_person_where_a_place_stands_and_a_site_beside_a_landmark(gaz):
    (inc,) = extract("Drones struck a warehouse in Volodymyr, a town in the Volyn region, on Saturday night.",
                     "2025-04-14", gaz)
    assert (inc["location"], inc["event_date"]) == ("Volodymyr-Volynskyi", "2025-04-12")
    (inc,) = extract("Cruise missiles struck a repair plant beside Lviv airport early yesterday.", "2022-03-19", gaz)
    assert (inc["admin1"], inc["event_date"]) == ("Lviv", "2022-03-18")
    # a person's first name before a surname is no town
    (inc,) = extract("A shell wounded Volodymyr Kovalenko in Kupiansk on Monday.", "2025-04-14", gaz)
    assert inc["location"] == "Kupyansk"


@pytest.mark.parametrize("text,day", [
    ("Russian armour attacked Stepove, north-west of Avdiivka, on Monday.", "2023-10-16"),
    ("Wagner units attacked towards Kodema on Thursday.", "2023-10-12")])
def test_ground_forces_attacking_a_village_is_a_battle(gaz, text, day):
    (inc,) = extract(text, "2023-10-18", gaz)
    assert (inc["event_date"], inc["event_type"], inc["sub_event_type"]) == (day, "Battles", "Armed clash")


def test_another_attack_on_the_place_just_told_on_a_day_of_its_own_is_its_own_incident(gaz):
    text = ("A drone dropped explosives on a utility truck in Nikopol on Friday, injuring two electricians. "
            "Russian artillery shelled the city again the next day, damaging a school; nobody was hurt.")
    found = extract(text, "2025-10-05", gaz)
    got = [(i["location"], i["event_date"], i["sub_event_type"], i["injured"]) for i in found]
    assert got == [("Nikopol", "2025-10-03", "Air/drone strike", 2),
                   ("Nikopol", "2025-10-04", "Shelling/artillery/missile attack", 0)]
    # a sentence with a toll of its own on another day is told as before (a detail of the attack, or its own)
    text = ("A drone hit a car in Kherson on 3 May, injuring the driver. On 5 May shells struck the market, killing "
            "two women.")
    assert [(i["event_date"], i["fatalities"]) for i in extract(text, "2024-05-07", gaz)] == [
        ("2024-05-03", 0), ("2024-05-05", 2)]
    # a weapon that harmed people on a day of its own, with no verb of striking ("shelling ... injured three")
    text = ("On Friday a drone hit a car in Kherson, killing the driver. On Saturday shelling of the same district "
            "injured three people at a bus stop.")
    assert [(i["event_date"], i["fatalities"], i["injured"]) for i in extract(text, "2024-12-16", gaz)] == [
        ("2024-12-13", 1, None), ("2024-12-14", 0, 3)]


@pytest.mark.parametrize("text", [
    "Moscow claimed on Friday the capture of Pisky, near Donetsk, while Kyiv said its troops were still repelling "
    "assaults there the same day.",
    "Moscow claimed on Friday the capture of Pisky, near Donetsk. Kyiv said its troops were still repelling assaults "
    "there the same day.",
])
def test_ground_claimed_taken_and_fighting_there_the_same_day_are_two_incidents(gaz, text):
    got = [(i["location"], i["event_date"], i["sub_event_type"]) for i in extract(text, "2022-08-06", gaz)]
    assert got == [("Pisky", "2022-08-05", "Non-state actor overtakes territory"),
                   ("Pisky", "2022-08-05", "Armed clash")]


def test_a_city_heading_an_item_is_a_dateline_when_the_sentence_names_its_own_place(gaz):
    text = ("Moscow: Russian forces have taken full control of the town of Zolotoye in the Lugansk People's Republic, "
            "the Russian Defence Ministry said on Saturday.")
    assert [(i["location"], i["event_date"]) for i in extract(text, "2022-06-19", gaz)] == [("Zolote", "2022-06-18")]
    text = "MOSCOW – Russian units have taken control of Malaya Tokmachka, east of Orekhov, the ministry said Tuesday."
    assert [i["location"] for i in extract(text, "2026-08-05", gaz)] == ["Mala Tokmachka"]
    # a heading's own place stays when a later clause names another
    text = "Kryvyi Rih: a Shahed hit a five-storey building, 3 injured; drones also hit Zelenodolsk, no casualties."
    got = {i["location"]: i["injured"] for i in extract(text, "2025-04-22", gaz)}
    assert got == {"Kryvyy Rih": 3, "Zelenodolsk": 0}


@pytest.mark.parametrize("text,day", [
    ("A Russian guided bomb hit a kindergarten in Druzhkivka Tuesday, injuring a teacher.", "2025-06-10"),
    ("Ukrainian troops fought Russian forces on the outskirts of Sudzha Monday.", "2025-06-09"),
])
def test_an_american_wires_weekday_without_on_dates_the_event(text, day):
    assert find_date(text, dt.date(2025, 6, 11)) == (dt.date.fromisoformat(day), 1)
    assert find_date("A drone hit Kherson on Good Friday.", dt.date(2025, 6, 11)) is None


def test_a_weekday_without_on_dates_its_clause_beside_a_weekday_told_otherwise(gaz):
    text = "Russian shelling hit Kherson Tuesday, and drones struck Mykolaiv Wednesday night."
    got = [(i["location"], i["event_date"]) for i in extract(text, "2026-06-20", gaz)]
    assert got == [("Kherson", "2026-06-16"), ("Mykolayiv", "2026-06-17")]


def test_troops_that_battled_the_enemy_at_a_village_fought_a_clash(gaz):
    (inc,) = extract("Ukrainian troops battled Russian forces on the outskirts of Lyman on Monday.", "2022-09-21", gaz)
    assert (inc["location"], inc["sub_event_type"], inc["event_date"]) == ("Lyman", "Armed clash", "2022-09-19")


def test_an_army_that_took_a_village_captured_it_but_troops_that_took_prisoners_did_not(gaz):
    text = ("On 22 June, RU MoD said its 1st Guards Tank Army took Zahryzove, Izium raion; a Ukrainian brigade "
            "reported heavy fighting near Kurylivka, Kupiansk raion.")
    got = [(i["location"], i["sub_event_type"]) for i in extract(text, "2025-06-26", gaz)]
    assert got == [("Zahryzove", "Non-state actor overtakes territory"), ("Kurylivka", "Armed clash")]
    assert extract("Russian troops took prisoners in Zahryzove on 22 June.", "2025-06-26", gaz) == []
    text = "On 3 July 2022, RU MoD announced full control over the city of Lysychansk."
    assert [i["sub_event_type"] for i in extract(text, "2022-07-04", gaz)] == ["Non-state actor overtakes territory"]


def test_a_street_named_after_a_person_or_a_place_is_no_place_but_a_citys_square_is_the_city(gaz):
    text = ("Alert log check, Belgorod. A missile hit a car park beside a shopping centre on Bogdan Khmelnitsky "
            "Avenue on Tuesday, killing one man.")
    assert [i["location"] for i in extract(text, "2026-04-03", gaz)] == ["Belgorod"]
    text = "A guided bomb hit Kharkiv's Freedom Square on Tuesday, injuring four people."
    assert [i["location"] for i in extract(text, "2026-04-03", gaz)] == ["Kharkiv"]


def test_a_city_district_told_after_a_heading_that_names_the_city_is_the_citys(gaz):
    text = ("Kherson city morgue, intake for Wednesday. Two men were killed at a bus stop in the Dniprovskyi district "
            "by shelling that morning.")
    assert [(i["location"], i["event_date"]) for i in extract(text, "2023-03-17", gaz)] == [("Kherson", "2023-03-15")]


def test_a_town_called_recaptured_or_liberated_is_shelled_not_taken(gaz):
    (inc,) = extract("Russian shelling of recaptured Balakliia killed a man on Monday.", "2022-09-14", gaz)
    assert (inc["event_type"], inc["fatalities"]) == ("Explosions/Remote violence", 1)
    (inc,) = extract("Kyiv announced the liberation of Balakliia on Monday.", "2022-09-14", gaz)
    assert inc["sub_event_type"] == "Government regains territory"


@pytest.mark.parametrize("text", [
    "A guided-bomb attack on Kharkiv on 1 September killed two people and injured 20, and a bombing of Zolochiv "
    "(Kharkiv oblast) the same afternoon injured a woman.",
    "A colonel is suspected of the guided-bomb attack on Kharkiv on 1 September, when bombs hit a street, killing two "
    "people and injuring 20, and of bombing Zolochiv (Kharkiv oblast) the same afternoon, which injured a woman.",
])
def test_a_second_attack_told_by_its_noun_or_gerund_and_place_has_its_own_toll(gaz, text):
    got = [(i["location"], i["fatalities"], i["injured"]) for i in extract(text, "2024-09-08", gaz)]
    assert got == [("Kharkiv", 2, 20), ("Zolochiv", 0, 1)]


@pytest.mark.parametrize("text", [
    "Russian artillery shelled Nikopol on Thursday, killing a man, and again on Friday, injuring two women.",
    "The battalion is suspected of shelling Nikopol on Thursday, killing a man, and again on Friday, when a shell "
    "hit a bus and injured two women.",
])
def test_an_attack_told_again_on_another_day_is_its_own_incident(gaz, text):
    got = [(i["location"], i["event_date"], i["fatalities"], i["injured"]) for i in extract(text, "2025-07-27", gaz)]
    assert got == [("Nikopol", "2025-07-24", 1, None), ("Nikopol", "2025-07-25", 0, 2)]


def test_assaults_near_a_village_on_one_day_and_again_on_the_next_are_two_clashes(gaz):
    text = ("Russian troops attacked Ukrainian positions near Kivsharivka on Saturday and again on Sunday, Ukraine's "
            "General Staff said, adding that all assaults were repelled.")
    got = [(i["location"], i["event_date"], i["sub_event_type"]) for i in extract(text, "2026-04-20", gaz)]
    assert got == [("Kivsharivka", "2026-04-18", "Armed clash"), ("Kivsharivka", "2026-04-19", "Armed clash")]


def test_a_village_regained_after_the_battle_for_it_and_infiltrators_cleared_from_a_town(gaz):
    text = ("Ukraine's General Staff said Russian assaults near Staromaiorske were repelled on 25 July. On 26 July "
            "Ukrainian units said they had regained the village.")
    got = [(i["location"], i["event_date"], i["sub_event_type"]) for i in extract(text, "2023-07-27", gaz)]
    assert got == [("Staromaiorske", "2023-07-25", "Armed clash"),
                   ("Staromaiorske", "2023-07-26", "Government regains territory")]
    text = "The army said on Monday its units were clearing Russian infiltration groups from the north of Kupiansk."
    assert [(i["location"], i["sub_event_type"]) for i in extract(text, "2025-09-23", gaz)] == [
        ("Kupyansk", "Armed clash")]


@pytest.mark.parametrize("text,day", [
    ("Residents of Kherson queue for drinking water on Wednesday, a day after Russian shelling knocked out the local "
     "pumping station.", "2022-12-27"),
    ("We hear from a police officer who evacuated residents of Kupiansk on Saturday, the day before a drone killed "
     "two volunteers in the town.", "2022-12-25"),
    # a day that dates an attack of its own stays that attack's
    ("Shelling killed a couple in Nikopol on Wednesday, the day after a drone hit a bus in Pokrov.", "2022-12-28"),
])
def test_a_day_told_a_day_before_or_after_an_attack_dates_the_attack(text, day):
    assert find_date(text, dt.date(2022, 12, 29)) == (dt.date.fromisoformat(day), 1)


def test_a_house_of_culture_is_a_site_of_the_town_the_lead_names(gaz):
    text = ("Report from Zolochiv, Kharkiv region. A glide bomb on Wednesday hit the House of Culture, injuring two "
            "women.")
    got = [(i["location"], i["admin1"], i["injured"]) for i in extract(text, "2024-02-17", gaz)]
    assert got == [("Zolochiv", "Kharkiv", 2)]


@pytest.mark.parametrize("text,place", [
    ("Russian war correspondents wrote on Saturday that assault troops had 'cleared' Stupochky, south of Chasiv Yar.",
     "Stupochky"),
    ("A video posted on Sunday shows troops raising a flag at the grain elevator in Prymorske, Vasylivka district; "
     "Russia's defence ministry says the village is taken.", "Prymorske"),
])
def test_a_claim_in_the_claimants_words_is_ground_taken(gaz, text, place):
    got = [(i["location"], i["sub_event_type"]) for i in extract(text, "2026-02-04", gaz)]
    assert got == [(place, "Non-state actor overtakes territory")]


@pytest.mark.parametrize("text", [
    "Vehicle strike check, Vorzel, Bucha district. The family says soldiers on an armoured vehicle by the railway "
    "crossing fired on the car on Thursday as it tried to leave. The father, 41, died at the wheel.",
    "Dashcam review, Makariv. The file shows the lead car turning onto the highway on Saturday and being raked by fire "
    "from an armoured vehicle parked at the crossroads; its driver was killed.",
])
def test_soldiers_firing_on_a_car_told_after_a_strike_heading_attack_civilians(gaz, text):
    (inc,) = extract(text, "2022-03-27", gaz)
    assert (inc["event_type"], inc["sub_event_type"], inc["fatalities"]) == ("Violence against civilians", "Attack", 1)


@pytest.mark.parametrize("text,expected", [
    ("Russian forces shelled Mykolaiv and the town of Bashtanka yesterday, killing one person in each town and "
     "wounding six in Mykolaiv.", [("Mykolayiv", 1, 6), ("Bashtanka", 1, None)]),
    ("Drones struck Sumy and Okhtyrka overnight, injuring two people in each city.",
     [("Sumy", 0, 2), ("Okhtyrka", 0, 2)]),
])
def test_a_toll_in_each_place_is_each_places_own(gaz, text, expected):
    got = [(i["location"], i["fatalities"], i["injured"]) for i in extract(text, "2022-07-25", gaz)]
    assert got == expected


def test_a_no_event_verdict_in_a_sentence_naming_another_place_leaves_the_attack_told_before(gaz):
    text = ("Kramatorsk, Wed 27/07: the city council says a missile hit a school building, no casualties. Bakhmut "
            "direction: nothing new beyond General Staff boilerplate, no event.")
    assert [(i["location"], i["fatalities"]) for i in extract(text, "2022-07-28", gaz)] == [("Kramatorsk", 0)]
    text = "Backfill week 15, Synelnykove raion: the Mezhova outage on 9 April was a switch-off, not a strike."
    assert extract(text, "2022-04-12", gaz) == []


@pytest.mark.parametrize("text", [
    "Embargoed until 06:00 UTC, 27 December. On Monday night drones hit the substation on the western edge of Odesa.",
    "Embargoed until 27 December. On Monday night drones hit the substation on the western edge of Odesa.",
])
def test_a_deadline_until_a_day_dates_nothing(gaz, text):
    assert [(i["location"], i["event_date"]) for i in extract(text, "2022-12-24", gaz)] == [("Odesa", "2022-12-19")]


@pytest.mark.parametrize("text", [
    "Guesthouse review, Uzhhorod. No strike has hit the city since the full-scale invasion; alerts average three a "
    "week.",
    "Our investigation into the 2024 shelling of School 1 in Vovchansk is complete; it adds no new incidents.",
])
def test_no_strike_that_has_hit_a_city_and_a_report_adding_no_incidents_are_no_events(gaz, text):
    assert extract(text, "2026-05-27", gaz) == []


@pytest.mark.parametrize("text,sub", [
    ("Bila Tserkva, night into 23 November: a Shahed shot down over the city, debris set a warehouse in the "
     "industrial zone on fire. Nobody hurt.", "Air/drone strike"),
    ("Same night, in Avanhard, drone debris fell on a house, no victims.", "Air/drone strike"),
    ("Debris from a second drone fell on Fastiv, setting a garage ablaze, without casualties.", "Air/drone strike"),
    # debris that did no damage is still the interception's
    ("A drone was shot down over Bila Tserkva; its debris fell in a field, no damage.", "Disrupted weapons use"),
])
def test_debris_of_a_downed_weapon_that_did_damage_is_the_strikes(gaz, text, sub):
    assert [i["sub_event_type"] for i in extract(text, "2022-11-24", gaz)] == [sub]


def test_arty_is_artillery(gaz):
    text = "Kursk obl, 26.07: UA arty on Sudzha, 1 civ killed; drone downed over Kurchatov, no damage."
    got = [(i["location"], i["sub_event_type"]) for i in extract(text, "2024-07-28", gaz)]
    assert got[0] == ("Sudzha", "Shelling/artillery/missile attack")


@pytest.mark.parametrize("text", [
    "A man of 71 was injured on Monday in Andriivka, Kyiv region, when a grenade left in his shed by soldiers in 2022 "
    "went off as he cleared it out.",
    "On 9 April 2024 in Tiahynka, Kherson oblast, a boy picked up a cluster submunition in the garden; it went off, "
    "injuring him.",
])
def test_a_remnant_of_war_that_went_off_is_an_explosive_not_shelling(gaz, text):
    assert [i["sub_event_type"] for i in extract(text, "2026-06-24", gaz)] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize("text,published,day", [
    # a day with the month in Roman figures
    ("Shells hit the centre of Vovchansk on 14.VI.2022, wounding two men.", "2022-06-17", "2022-06-14"),
    ("A drone hit a car in Marhanets on 3.XI, the oblast head said.", "2023-11-06", "2023-11-03"),
    # a military date-time group: its day, moved over midnight into Kyiv's day when its zone is not Kyiv's
    ("141530B MAR 23, Bakhmut: fighting in the western quarters.", "2023-03-16", "2023-03-14"),
    ("092230Z JUL 24, Sumy: a drone hit a garage.", "2024-07-12", "2024-07-10"),
    ("150700C MAY 25, Kupiansk: shelling of the market.", "2025-05-18", "2025-05-15"),
    # a clerk's "inst" (the writer's month) and "ult" (the month before)
    ("Kupiansk, the 12th inst: shelling of a bakery.", "2023-04-14", "2023-04-12"),
    ("Izium, the 29th ult: a drone on a garage.", "2024-11-02", "2024-10-29"),
    # a coder's days counted back from the report's own day
    ("Oblast report of 9 March, D-1: a drone hit a barn in Nikopol.", "2024-03-12", "2024-03-08"),
    ("Governor's report of 5 June: D-2, shells fell on Shebekino.", "2025-06-08", "2025-06-03"),
])
def test_dates_in_clerks_and_coders_forms(text, published, day):
    assert find_date(text, dt.date.fromisoformat(published)) == (dt.date.fromisoformat(day), 1)


def test_a_heading_number_in_roman_figures_is_no_date():
    assert find_date("Section 3.V of the register lists the shelling on Monday.", dt.date(2024, 11, 17)) \
        == (dt.date(2024, 11, 11), 1)


@pytest.mark.parametrize("text,places", [
    ("We remember Bucha, where a drone hit a shop on Monday, wounding the cashier.", ["Bucha"]),
    ("Thoughts go out for Irpin, where shells killed a man on Sunday; and for Sumy, across the border from Russia, "
     "where a missile hit a school on Tuesday.", ["Irpin", "Sumy"]),
    # a where-clause that tells no attack places none
    ("Members sent parcels for Lviv, where the club meets on Mondays.", []),
])
def test_a_place_a_where_clause_tells_was_hit_places_the_attack(gaz, text, places):
    assert [i["location"] for i in extract(text, "2024-10-16", gaz)] == places


@pytest.mark.parametrize("text,expected", [
    # an ordinal hurt after the toll: one more hurt, whoever the ordinal counted before
    ("On Monday a missile hit a depot in Fastiv, injuring two workers. A third was hurt by falling glass, the "
     "governor said.", (0, 3)),
    ("On Monday a missile hit a depot in Fastiv, killing a guard. A second man was wounded by falling glass.",
     (1, 1)),
])
def test_an_ordinal_hurt_after_the_toll_is_one_more_hurt(gaz, text, expected):
    assert [(i["fatalities"], i["injured"]) for i in extract(text, "2024-03-06", gaz)] == [expected]


@pytest.mark.parametrize("text,published,day", [
    # "last Thursday" written on a Thursday: the Thursday a week before
    ("Box 12, label amended: Bilozerka, last Thursday, shelling of a yard; one killed.", "2023-02-02", "2023-01-26"),
    ("The man wounded in last Saturday's shelling of Marhanets died.", "2026-11-14", "2026-11-07"),
    # (written on another day: the latest such day)
    ("Bilozerka, last Thursday, shelling of a yard; one killed.", "2023-02-03", "2023-02-02"),
])
def test_last_weekday_written_on_that_weekday_is_the_week_before(text, published, day):
    assert find_date(text, dt.date.fromisoformat(published)) == (dt.date.fromisoformat(day), 1)


def test_that_day_in_a_later_clause_is_the_day_of_the_clause_just_told(gaz):
    text = ("On Saturday Russian rockets hit Izium, wounding a man, and on Monday shells damaged houses in Balakliia, "
            "the governor says; the Belgorod governor said Ukrainian shells hit Graivoron that day, injuring a woman.")
    got = {i["location"]: i["event_date"] for i in extract(text, "2022-12-14", gaz)}
    assert got == {"Izyum": "2022-12-10", "Balakliya": "2022-12-12", "Grayvoron": "2022-12-12"}


@pytest.mark.parametrize("text,places", [
    # where the teller is, when what they tell names a place of its own
    ("Our sister parish in Kramatorsk wrote on Sunday that shells hit Druzhkivka on Friday, wounding a deacon.",
     ["Druzhkivka"]),
    ("A teacher in Odesa, writes that a drone hit a school in Izmail on Tuesday.", ["Izmayil"]),
    # (whoever the teller is)
    ("The allotment society in Chernihiv writes that a missile hit the rail yard at Nizhyn on Monday.", ["Nizhyn"]),
    # (and is the place when the tale names none)
    ("Our sister parish in Kramatorsk wrote on Sunday that shells hit the town on Friday, wounding a deacon.",
     ["Kramatorsk"]),
])
def test_where_a_teller_is_gives_way_to_the_place_the_tale_names(gaz, text, places):
    assert [i["location"] for i in extract(text, "2024-10-16", gaz)] == places


@pytest.mark.parametrize("text,expected", [
    ("A fire at a timber yard in Zolochiv on Monday was an electrical fault, the rescuers said, and not a strike.", []),
    ("A gas cylinder blew up in a flat in Bila Tserkva on Tuesday and hurt a man; police named a leak as the cause.",
     []),
    # an attack told beside it still is one
    ("A drone hit a house in Bila Tserkva and a gas cylinder exploded, injuring two.", ["Air/drone strike"]),
])
def test_an_accident_told_by_its_cause_is_no_attack(gaz, text, expected):
    assert [i["sub_event_type"] for i in extract(text, "2024-12-28", gaz)] == expected


@pytest.mark.parametrize("text,expected", [
    # one more hurt told with "too" or "also", after the toll or in a later account: added, not a revised figure
    ("On Friday a drone hit a minibus in Izium, injuring three passengers. The driver was also hurt.", 4),
    ("On Friday a drone hit a minibus in Izium, injuring three passengers; the police later said the driver was hurt "
     "too.", 4),
])
def test_one_more_hurt_too_is_added_to_the_toll(gaz, text, expected):
    assert [i["injured"] for i in extract(text, "2025-10-15", gaz)] == [expected]


def test_a_day_and_a_new_subject_after_a_comma_open_another_attacks_clause(gaz):
    text = ("On Monday guided bombs hit Kupiansk and hurt three people, on Tuesday a car hit a mine near Borova and "
            "the driver was killed.")
    got = [(i["location"], i["fatalities"], i["injured"]) for i in extract(text, "2025-04-04", gaz)]
    assert got == [("Kupyansk", 0, 3), ("Borova", 1, None)]


def test_each_clause_a_teller_lists_with_its_own_that_is_an_attack_of_its_own(gaz):
    text = ("The beekeepers write that drones hit the port at Izmail on the 13th, injuring two dockers, that shells "
            "killed a fisherman in Ochakiv on the 15th, and that a missile hit Odesa on the 16th.")
    assert [(i["location"], i["event_date"], i["fatalities"], i["injured"]) for i in extract(text, "2024-04-18", gaz)] \
        == [("Izmayil", "2024-04-13", 0, 2), ("Ochakiv", "2024-04-15", 1, None), ("Odesa", "2024-04-16", None, None)]


def test_a_listed_clause_may_tell_its_own_day_first(gaz):
    text = ("The club reports that on 16 November missiles hit a rail yard in Pavlohrad, killing two workers, and that "
            "on 17 November Russia claimed the capture of Andriivka, near Pokrovske in the Synelnykove raion.")
    assert [(i["location"], i["event_date"], i["sub_event_type"]) for i in extract(text, "2026-11-20", gaz)] == [
        ("Pavlohrad", "2026-11-16", "Shelling/artillery/missile attack"),
        ("Andriivka", "2026-11-17", "Non-state actor overtakes territory")]


@pytest.mark.parametrize("sentence", ["That night a drone hit a garage in Izium.",
                                      "The governor said shells hit Vovchansk that evening.",
                                      "Drones cut power to Myrnohrad the same night."])
def test_that_night_is_the_night_of_the_day_told_before(sentence):
    # as "that day" is; not the publication's day
    assert find_date(sentence, dt.date(2024, 5, 8), dt.date(2024, 5, 4)) == (dt.date(2024, 5, 4), 1)


def test_a_weekday_after_back_dates_the_row_black_friday_does_not():
    # a return sheet's "back Saturday 17:40": the car came back that day ("Black Friday" is still no day)
    published = dt.date(2023, 3, 21)
    assert find_date("Corolla, back Saturday 17:40: the hirer says shells hit Kherson that morning.", published) \
        == (dt.date(2023, 3, 18), 1)
    assert find_date("Sales were slow on Black Friday, and drones hit Kherson.", published) is None


@pytest.mark.parametrize("sentence,day", [
    ("Beryslav on the sixth of December: a shell on a house, one old man hurt.", "2022-12-06"),
    ("Drones hit the port on the twenty-first of November 2021.", "2021-11-21"),
    ("Lozova, 15 kvitnia: a missile on rail infrastructure, three railway workers hurt.", "2022-04-15"),
    ("Izmail, 2 serpnya: drones on the Danube port, nobody hurt.", "2022-08-02"),
])
def test_a_day_spelled_out_or_a_month_left_in_ukrainian_dates_the_row(sentence, day):
    assert find_date(sentence, dt.date(2022, 12, 8)) == (dt.date.fromisoformat(day), 1)


@pytest.mark.parametrize("sentence,day", [
    ("Andriy says Russian rockets hit Okhtyrka on 3/24, injuring three neighbors.", "2022-03-24"),  # month first
    ("Olha writes that a drone hit a house in Dubno on 26/03.", "2022-03-26"),  # day first
    ("The Kursk governor said Ukrainian drones hit Glushkovo on 3/2.", "2022-03-02"),  # both dates: the later
])
def test_a_day_and_month_in_figures_with_a_slash_is_read_either_way(sentence, day):
    assert find_date(sentence, dt.date(2022, 3, 30)) == (dt.date.fromisoformat(day), 1)


def test_an_entry_headed_by_its_day_and_what_met_that_day_is_dated_by_it():
    published = dt.date(2023, 2, 26)
    assert find_date("Thursday pairs: 6 tables; a missile hit the Kyivskyi district at 18:40.", published) \
        == (dt.date(2023, 2, 23), 1)
    assert find_date("Saturday teams: 4 teams; a missile had hit Pokrovsk that afternoon.", published) \
        == (dt.date(2023, 2, 25), 1)
