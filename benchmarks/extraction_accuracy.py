"""Extraction accuracy on the hand-written test articles (tests/data/articles.jsonl) and on
UCDP GED headlines written by other people.

Articles: incidents are matched to the expected ones by place (same GeoNames id or within 25 km), each
used once, by the assignment that pairs the most, then the most at their own GeoNames place, then the
fewest differing fields (see :func:`matched_pairs`); then each field is compared. Prints incident recall
and precision and per-field accuracy.

UCDP (``$INCIDENT_MAP_DATA/ucdp/ged_ukraine_dev.csv``): every event with headlines is split by a
hash of its ``id`` into a tuning part and a validation part (look only at failures of the tuning
part: ``--show-ucdp tune``). Each headline is extracted on its own, published on its source date.
Per event: ``found`` = a violent incident is extracted from its headlines; ``killed`` = the largest
killed count read from its headlines is UCDP's ``best`` or within ``low..high`` (of all events, so
a headline without a count is a miss); ``killed|found`` = the same among found events; ``date`` =
the first incident's date lies in ``date_start..date_end`` (of found events); ``time_precision`` = its
precision is UCDP's ``date_prec`` in ACLED's terms (1 day; 2-3 within a week = 2; 4 month = 3);
``killed in text`` =
the largest killed count the casualty reader finds in the headlines' sentences, scored like
``killed`` but whether or not a place was resolved (place resolution is measured elsewhere);
``civilians killed`` = of the events where the headlines name killed civilians, the share where the
largest such count is UCDP's ``deaths_civilians``.
Ukrainian and Russian reports (tests/data/reports_cyrillic.jsonl, by a writer who had not read the
extractor): per language and split, the share of expected incidents found within 25 km with killed,
injured, date and sub-type right; and extraction speed of Cyrillic articles beside English ones.
Usage: python -m benchmarks.extraction_accuracy [--index PATH] [--show] [--show-ucdp tune] [--cyrillic]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import os
from collections import Counter
from pathlib import Path

from gazetteer import Gazetteer
from gazetteer.borders import haversine_km
from incidents.extract import extract_incidents
from incidents.extract.casualties import find_casualties, find_casualty_ranges
from incidents.extract.pipeline import split_sentences

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = Path(__file__).resolve().parent.parent / "tests" / "data" / "articles.jsonl"
FIELDS = ("event_date", "time_precision", "event_type", "sub_event_type", "fatalities", "injured",
          "civilian_targeting", "actor1", "geo_precision")


def load_articles(path: Path = ARTICLES) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _same_place(exp: dict, got: dict) -> bool:
    if exp.get("geonameid") and exp["geonameid"] == got.get("geonameid"):
        return True
    return haversine_km(exp["lat"], exp["lon"], got["latitude"], got["longitude"]) <= 25


# the fields two incidents at one place are told apart by: (expected's key, extracted's key)
PAIRING_FIELDS = (("event_date", "event_date"), ("sub_event_type", "sub_event_type"), ("fatalities", "fatalities"),
                  ("injured", "injured"))


def matched_pairs(expected: list[dict], got: list[dict], fields=PAIRING_FIELDS) -> dict[int, int]:
    """Expected incidents paired with extracted ones (index -> index), each used once, within 25 km (or at the same
    GeoNames place): the most pairs, then the most at their own GeoNames place, then the fewest fields that differ,
    then the shortest distances (Pokrovsk and Myrnohrad are 8 km apart; a strike and a clash at one village are
    paired as told, whatever order either list has them in)."""
    cost: dict[tuple[int, int], tuple[int, float, float]] = {}
    for i, exp in enumerate(expected):
        for j, g in enumerate(got):
            if _same_place(exp, g):
                same = bool(exp.get("geonameid")) and exp["geonameid"] == g.get("geonameid")
                km = haversine_km(exp["lat"], exp["lon"], g["latitude"], g["longitude"])
                cost[i, j] = (-1, (not same) + 0.0, sum(exp.get(a) != g.get(b) for a, b in fields) + km / 1000)
    best: tuple = ((0, 0.0, 0.0), {})

    def search(i: int, used: frozenset, total: tuple, pairs: dict) -> None:
        nonlocal best
        if i == len(expected):
            if total < best[0]:
                best = (total, dict(pairs))
            return
        search(i + 1, used, total, pairs)  # expected i left unpaired
        for j in range(len(got)):
            if j not in used and (i, j) in cost:
                c = cost[i, j]
                pairs[i] = j
                search(i + 1, used | {j}, tuple(a + b for a, b in zip(total, c, strict=True)), pairs)
                del pairs[i]

    if len(cost) <= 40:  # every assignment (texts have a handful of incidents)
        search(0, frozenset(), (0, 0.0, 0.0), {})
        return best[1]
    pairs: dict[int, int] = {}  # else the cheapest pairs first
    for (i, j), _ in sorted(cost.items(), key=lambda kv: kv[1]):
        if i not in pairs and j not in pairs.values():
            pairs[i] = j
    return pairs


def score(articles: list[dict], gaz: Gazetteer) -> dict:
    """Counts of matched, missed and spurious incidents and of correct fields."""
    totals: Counter = Counter()
    problems: list[str] = []
    for art in articles:
        got = [inc.to_dict() for inc in extract_incidents(art["text"], art["published"], gaz)]
        pairs = matched_pairs(art["expected"], got)
        for n, exp in enumerate(art["expected"]):
            totals["expected"] += 1
            match = got[pairs[n]] if n in pairs else None
            if match is None:
                problems.append(f"{art['id']}: missed {exp['location']} ({exp['event_type']})")
                continue
            totals["matched"] += 1
            km = haversine_km(exp["lat"], exp["lon"], match["latitude"], match["longitude"])
            totals["location<=10km"] += km <= 10
            for field in FIELDS:
                if field not in exp:  # a set that does not code this field
                    continue
                ok = exp.get(field) == match.get(field)
                totals[field + " of"] += 1
                totals[field] += ok
                if field in ("fatalities", "injured"):  # ACLED's columns hold 0 where we say unknown
                    totals[field + " (unknown = 0) of"] += 1
                    totals[field + " (unknown = 0)"] += (exp.get(field) or 0) == (match.get(field) or 0)
                if not ok:
                    problems.append(f"{art['id']}: {exp['location']} {field}: expected {exp.get(field)!r}, "
                                    f"got {match.get(field)!r}")
        paired = set(pairs.values())
        for g in (g for j, g in enumerate(got) if j not in paired):  # extracted, paired with none expected
            totals["spurious"] += 1
            problems.append(f"{art['id']}: spurious {g['location']} ({g['event_type']}) from {g['mention']!r}")
        totals["extracted"] += len(got)
    return {"totals": totals, "problems": problems}


REPORTS = ARTICLES.parent / "reports_english.jsonl"
# sets written by helpers who had not read the extractor, each split into a tuning and a holdout part
REPORT_SETS = {"English reports by another writer": REPORTS,
               "ACLED-style notes written blind (tests/data/heldout_event_notes.jsonl)":
                   ARTICLES.parent / "heldout_event_notes.jsonl",
               "civilian-harm records and newswire snippets written blind (tests/data/reports_english2.jsonl)":
                   ARTICLES.parent / "reports_english2.jsonl",
               "news-agency notes written blind (tests/data/reports_english3.jsonl)":
                   ARTICLES.parent / "reports_english3.jsonl",
               "short news snippets written blind (tests/data/reports_english4.jsonl)":
                   ARTICLES.parent / "reports_english4.jsonl",
               "short news snippets written blind after the last tuning round (tests/data/reports_english5.jsonl)":
                   ARTICLES.parent / "reports_english5.jsonl",
               "news items with tolls over several sentences, written blind (tests/data/reports_english6.jsonl)":
                   ARTICLES.parent / "reports_english6.jsonl",
               "wire, live-page, official and roundup items written blind (tests/data/reports_english7.jsonl)":
                   ARTICLES.parent / "reports_english7.jsonl",
               "OSCE, HRMMU, oblast roundups, ISW and wire items 2014-2026, written blind "
               "(tests/data/reports_english8.jsonl)": ARTICLES.parent / "reports_english8.jsonl",
               "live blogs, police, OCHA and Telegram posts, written blind after this round's rules "
               "(tests/data/reports_english9.jsonl)": ARTICLES.parent / "reports_english9.jsonl",
               "short wire, live-blog and governors' snippets with several places each, written blind "
               "(tests/data/reports_english10.jsonl)": ARTICLES.parent / "reports_english10.jsonl",
               "investigators' civilian-harm records, monitors' and prosecutors' case notes, written blind "
               "(tests/data/reports_english11.jsonl)": ARTICLES.parent / "reports_english11.jsonl",
               "ACLED-style event notes, written blind after this round's first rules "
               "(tests/data/reports_english12.jsonl)": ARTICLES.parent / "reports_english12.jsonl",
               "investigators' incident logs, OHCHR, Airwars, INSO, indictments and witness summaries, written blind "
               "after this round's first rules (tests/data/reports_english13.jsonl)":
                   ARTICLES.parent / "reports_english13.jsonl",
               "wire lines, live-blog entries, officials' posts and Russian-border items, written blind after this "
               "round's first rules (tests/data/reports_english14.jsonl)": ARTICLES.parent / "reports_english14.jsonl",
               "investigators' records: HRW, Amnesty, OSINT geolocation, prosecutors, HRMMU, HALO, WHO and others, "
               "written blind on 2 December (tests/data/reports_english16.jsonl)":
                   ARTICLES.parent / "reports_english16.jsonl",
               "news snippets: Suspilne, RBC-Ukraine, TASS, DW, OCHA, police and prosecutors' posts and others, "
               "written blind on 2 December (tests/data/reports_english15.jsonl)":
                   ARTICLES.parent / "reports_english15.jsonl",
               "ACLED-style event notes by a second writer, written blind on 2 December "
               "(tests/data/reports_english17.jsonl)": ARTICLES.parent / "reports_english17.jsonl",
               "very short snippets: tickers, push alerts, officials' posts, wire alerts, written blind on 2 December "
               "(tests/data/reports_english18.jsonl)": ARTICLES.parent / "reports_english18.jsonl",
               "investigators' and monitors' records with injured counts written many ways (UNICEF, MSF, "
               "ombudsman, hospital logs, damage registers), written blind on 2 December "
               "(tests/data/reports_english20.jsonl)":
                   ARTICLES.parent / "reports_english20.jsonl",
               "news snippets from other outlets (Sky, The Independent, Kommersant, Izvestia, oblast and city "
               "administrations, Energoatom, ...), written blind on 2 December (tests/data/reports_english19.jsonl)":
                   ARTICLES.parent / "reports_english19.jsonl",
               "coded event notes by a third writer (trackers, Liveuamap, GeoConfirmed, DeepState, UCDP candidate "
               "notes, ...), written blind on 2 December (tests/data/reports_english21.jsonl)":
                   ARTICLES.parent / "reports_english21.jsonl",
               "news-agency notes with several incidents each (Ukrinform, UNIAN, Interfax-Ukraine, Reuters, AFP, AP, "
               "TASS, EFE, dpa, ...), written blind on 2 December (tests/data/reports_english22.jsonl)":
                   ARTICLES.parent / "reports_english22.jsonl",
               "very short snippets (SMS alerts, radio bulletins, TV tickers, hromada and council posts), written "
               "blind on 2 December (tests/data/reports_english23.jsonl)": ARTICLES.parent / "reports_english23.jsonl",
               "investigators' case summaries, prosecutors' registers, medical intakes and verification logs by a "
               "fourth writer, written blind on 2 December (tests/data/reports_english25.jsonl)":
                   ARTICLES.parent / "reports_english25.jsonl",
               "news-agency notes by a new writer (Xinhua, Anadolu, Kyodo, ANSA, PAP, Ukrainska Pravda, Meduza, "
               "BBC Monitoring, ...), written blind on 2 December (tests/data/reports_english26.jsonl)":
                   ARTICLES.parent / "reports_english26.jsonl",
               "coded event notes by a fourth coder (NGO security databases, risk feeds, UN security logs, "
               "2014-2026), written blind on 2 December (tests/data/reports_english24.jsonl)":
                   ARTICLES.parent / "reports_english24.jsonl",
               "investigators' case files, incident cards, ombudsperson and demining reports by a fifth writer, "
               "written blind on 2 December (tests/data/reports_english28.jsonl)":
                   ARTICLES.parent / "reports_english28.jsonl",
               "coded event notes by a fifth coder (notes columns, source summaries, loss registers, catalogues, "
               "2014-2026), written blind on 2 December (tests/data/reports_english27.jsonl)":
                   ARTICLES.parent / "reports_english27.jsonl",
               "news-agency notes by another new writer (Reuters, AP, AFP, Bloomberg, RFE/RL, NV, Interfax, TASS, "
               "...), written blind on 2 December (tests/data/reports_english29.jsonl)":
                   ARTICLES.parent / "reports_english29.jsonl",
               "short snippets from news cards, notifications, journalists' posts, embassies, city portals, "
               "written blind on 2 December (tests/data/reports_english30.jsonl)":
                   ARTICLES.parent / "reports_english30.jsonl",
               "ACLED-like notes by a sixth coder, written blind on 2 December (tests/data/reports_english31.jsonl)":
                   ARTICLES.parent / "reports_english31.jsonl",
               "investigators' records by a sixth writer (civilian-harm datasets, heritage, schools, healthcare, "
               "grid damage logs), written blind on 2 December (tests/data/reports_english32.jsonl)":
                   ARTICLES.parent / "reports_english32.jsonl",
               "short snippets from hospitals, rail and utility notices, schools, diaspora media, milbloggers, "
               "anchors' lines, written blind on 2 December (tests/data/reports_english35.jsonl)":
                   ARTICLES.parent / "reports_english35.jsonl",
               "very short snippets from translated Telegram reposts, chyrons, SMS bulletins, ministries' posts, "
               "wire flashes, written blind on 2 December (tests/data/reports_english33.jsonl)":
                   ARTICLES.parent / "reports_english33.jsonl",
               "ACLED-like notes by a seventh coder (\"Fatalities: N.\" lines, place lists, Russian-side reports), "
               "written blind on 2 December (tests/data/reports_english34.jsonl)":
                   ARTICLES.parent / "reports_english34.jsonl",
               "short snippets: live-blog entries, governors' posts in translation, overnight roundups, wire briefs, "
               "captions, radio bulletins, written blind on 2 December (tests/data/reports_english36.jsonl)":
                   ARTICLES.parent / "reports_english36.jsonl",
               "investigators' records by a seventh writer (casualty-recording NGOs, UN monitors, open-source "
               "write-ups, damage commissions, loss adjusters), written blind on 2 December "
               "(tests/data/reports_english37.jsonl)":
                   ARTICLES.parent / "reports_english37.jsonl",
               "short snippets: evening TV summaries, app cards, fact boxes, dispatches, sports, business and "
               "travel desks, parish newsletters, written blind on 2 December, third session "
               "(tests/data/reports_english38.jsonl)":
                   ARTICLES.parent / "reports_english38.jsonl",
               "short snippets: translated oblast posts, regional portals, university pages, NGO updates, charity "
               "appeals, twinning, housing and farm co-op notices, written blind on 2 December, fourth session "
               "(tests/data/reports_english39.jsonl)":
                   ARTICLES.parent / "reports_english39.jsonl",
               "short snippets: foreign outlets' English desks, corrections, Q&A explainers, client alerts, airline "
               "notices, exchange disclosures, written blind on 2 December, fourth session "
               "(tests/data/reports_english40.jsonl)":
                   ARTICLES.parent / "reports_english40.jsonl",
               "short snippets: wire round-up bullets, headlines with standfirsts, radio reads, briefings, news in "
               "brief, written blind on 2 December after the fourth session's rules "
               "(tests/data/reports_english41.jsonl)":
                   ARTICLES.parent / "reports_english41.jsonl",
               "short snippets: regional digests, written answers, port circulars, letters, OSINT summaries, change "
               "logs, written blind on 2 December after the fourth session's rules "
               "(tests/data/reports_english42.jsonl)":
                   ARTICLES.parent / "reports_english42.jsonl",
               "short snippets: Moscow's claims with Kyiv's rebuttals, council minutes, data notes, magazine "
               "paragraphs, night-desk handovers, mayors' posts translated, timelines, union statements, written "
               "blind on 2 December, fifth session (tests/data/reports_english43.jsonl)":
                   ARTICLES.parent / "reports_english43.jsonl",
               "short snippets: numbered lists of the night's hits, NGO sitreps, travel advisories, hashtag posts, "
               "emoji newsletters, rescuers' quotes, diaries, current-events lines, written blind on 2 December, "
               "fifth session (tests/data/reports_english44.jsonl)":
                   ARTICLES.parent / "reports_english44.jsonl",
               "short snippets: wire 'what we know' boxes, reader Q&A, weekly war columns, correspondents' notebooks, "
               "anchor scripts, think-tank map notes, veterans' posts, police-and-courts columns, written blind on 2 "
               "December after most of the fifth session's rules (tests/data/reports_english45.jsonl)":
                   ARTICLES.parent / "reports_english45.jsonl",
               "short snippets: courier updates, fixers' messages, hotel notices, obituaries, blood-donor appeals, "
               "phone-in recaps, air-quality warnings, store notices, written blind on 2 December after the fifth "
               "session's rules (tests/data/reports_english46.jsonl)":
                   ARTICLES.parent / "reports_english46.jsonl",
               "short snippets: wire leads, agencies' overnight round-ups and evening summaries, national and "
               "regional papers' and broadcasters' web shorts, front-line claims, rising tolls, written blind on 2 "
               "December after all of the fifth session's rules (tests/data/reports_english47.jsonl)":
                   ARTICLES.parent / "reports_english47.jsonl",
               "short notes: field teams' check-ins, cluster minutes, donor briefings, analysts' triangulation notes, "
               "access trackers, protection flash notes, risk-level notices, UN security SMS, written blind on 2 "
               "December after all of the fifth session's rules (tests/data/reports_english48.jsonl)":
                   ARTICLES.parent / "reports_english48.jsonl",
               "short notes: news agencies' urgent leads, toll-correcting rewrites, digests of other media, datelined "
               "bureau copy, multi-oblast round-ups, chronology boxes, translated Russian and Ukrainian agency copy, "
               "written blind on 3 December early in the sixth session (tests/data/reports_english49.jsonl)":
                   ARTICLES.parent / "reports_english49.jsonl",
               "short snippets: broadcasters' live-blog entries, local English-language briefs, podcast notes, push "
               "notifications, news tickers, newsletter items, fact-check verdicts, radio bulletins, written blind "
               "on 3 December early in the sixth session (tests/data/reports_english50.jsonl)":
                   ARTICLES.parent / "reports_english50.jsonl",
               "investigators' civilian-harm descriptions: rights monitors' annex entries, OSINT strike "
               "reconstructions, protection officers' visit notes, press-release ledes, verification checks, case "
               "intakes, vehicle-strike logs, litigation fact patterns, written blind on 3 December during the sixth "
               "session (tests/data/reports_english52.jsonl)":
                   ARTICLES.parent / "reports_english52.jsonl",
               "conflict-event coders' notes: active and passive, with and without the year, several villages per "
               "note, translated Russian and Ukrainian coders, bracketed sources, size and fatality flags, "
               "corrections and duplicates, written blind on 3 December during the sixth session "
               "(tests/data/reports_english51.jsonl)":
                   ARTICLES.parent / "reports_english51.jsonl",
               "conflict-event coders' notes: admin-path prefixes, village lists, claims and counter-claims, "
               "shoot-downs and debris, mines, looting and arrests, source-led notes, revision logs, Russian "
               "governors rendered, written blind on 3 December at the end of the sixth session "
               "(tests/data/reports_english54.jsonl)":
                   ARTICLES.parent / "reports_english54.jsonl",
               "short snippets: plain wire copy, Ukrainian national and regional outlets' English pages, "
               "corrections, live-blog round-ups, picture captions, recaps of Russian milbloggers, Russian border "
               "desks' briefs, written blind on 3 December at the end of the sixth session "
               "(tests/data/reports_english53.jsonl)":
                   ARTICLES.parent / "reports_english53.jsonl",
               "conflict-event coders' notes: parenthetical admin qualifiers, numbered sub-events, front-line "
               "claims, air-defence outcomes, mines, looting and detentions, trailing source citations, recode and "
               "merge audits, Russian border districts, written blind on 3 December at the start of the seventh "
               "session (tests/data/reports_english56.jsonl)":
                   ARTICLES.parent / "reports_english56.jsonl",
               "short snippets: general wire stories, national TV channels' and oblast papers' English sites, "
               "overnight live-blog recaps, Russian-claims desks, Russian border oblasts' evening wraps, amended "
               "stories with editors' notes, photo-gallery captions, written blind on 3 December at the start of "
               "the seventh session (tests/data/reports_english55.jsonl)":
                   ARTICLES.parent / "reports_english55.jsonl",
               "short snippets: plain wire casualty stories, public radio's English bulletins, regional dailies' "
               "round-ups, business dailies' damage briefs, rolling live-blog tolls, front-line claims, Russian "
               "border towns rewritten, news-video blurbs, written blind on 3 December in the middle of the "
               "seventh session (tests/data/reports_english57.jsonl)":
                   ARTICLES.parent / "reports_english57.jsonl",
               "investigators' civilian-harm descriptions: satellite damage notes, munition remnant notes, rights "
               "hotline logs, protection interviews, memorial profiles, treaty-body case boxes, visual forensics "
               "timelines, mine victim records, written blind on 3 December in the middle of the seventh session "
               "(tests/data/reports_english58.jsonl)":
                   ARTICLES.parent / "reports_english58.jsonl",
               "conflict-event coders' notes: clock-time leads, victim-first passives, geo-precision remarks, "
               "contested targets, actor-dyad headers, bracketed other spellings, tolls as of a time, terse "
               "shorthand, written blind on 3 December near the end of the seventh session "
               "(tests/data/reports_english60.jsonl)":
                   ARTICLES.parent / "reports_english60.jsonl",
               "short snippets: international wires' follow-ups, national dailies' English shorts, city portals "
               "translated, live-blog key points, foreign broadsheets' in-briefs, state media's claims with Kyiv's "
               "reply, Russian border outlets translated, energy trade press, written blind on 3 December near the "
               "end of the seventh session (tests/data/reports_english59.jsonl)":
                   ARTICLES.parent / "reports_english59.jsonl",
               "conflict-event coders' notes: pipe-delimited rows, two sources' figures and the one coded, event "
               "against report dates, translators' bracketed glosses, direction headers, Russian okrug qualifiers, "
               "rows replaced or merged, hromada-raion-oblast chains, written blind on 3 December at the start of the "
               "eighth session (tests/data/reports_english63.jsonl)":
                   ARTICLES.parent / "reports_english63.jsonl",
               "short English news snippets: tabloid breaking lines, defence trade press, a neighbouring country's "
               "English daily, faith news services, commuter papers, aggregator rewrites, a Ukrainian agency's "
               "English feed, company statements rewritten, written blind on 3 December at the start of the eighth "
               "session (tests/data/reports_english61.jsonl)":
                   ARTICLES.parent / "reports_english61.jsonl",
               "investigators' civilian-harm descriptions: crater analyses, drone-footage reviews, chronolocation "
               "notes, casualty reconciliation memos, grave-violation sheets, mine-action surveys, protection "
               "referrals, annotated testimony, written blind on 3 December at the start of the eighth session "
               "(tests/data/reports_english62.jsonl)":
                   ARTICLES.parent / "reports_english62.jsonl",
               "short English news snippets: evening papers' late briefs, regional pickups of wire copy, world "
               "service radio summaries, weekend round-ups, maritime, medical and rail trade press, breakfast TV "
               "recaps, written blind on 3 December in the middle of the eighth session "
               "(tests/data/reports_english64.jsonl)":
                   ARTICLES.parent / "reports_english64.jsonl",
               "conflict-event coders' notes: ISO-dated leads, killed/wounded slash tallies, quoted source excerpts, "
               "type rationales, nearest-settlement remarks, hedged 'reportedly' notes, Russian spellings kept, "
               "victims broken down, written blind on 3 December in the middle of the eighth session "
               "(tests/data/reports_english65.jsonl)":
                   ARTICLES.parent / "reports_english65.jsonl",
               "short English news snippets: teletext pages, a North American local daily's world digest, defence "
               "weeklies, an Asia-Pacific broadcaster's overnight brief, farm trade press, print war columns, "
               "developing-story paragraphs, a provincial broadcaster's English service, written blind on 3 December "
               "near the end of the eighth session (tests/data/reports_english66.jsonl)":
                   ARTICLES.parent / "reports_english66.jsonl",
               "investigators' civilian-harm descriptions: metadata checks, audio analyses, wreck inspections, "
               "door-to-door canvasses, next-of-kin interviews, attribution assessments, site sketches, archived "
               "deleted posts, written blind on 3 December near the end of the eighth session "
               "(tests/data/reports_english67.jsonl)":
                   ARTICLES.parent / "reports_english67.jsonl",
               "conflict-event coders' notes: sub-event code prefixes, graded sources, prosecutors' offices, hromada "
               "explosion tallies, Russian MoD paraphrases, target categories, civilian/military splits, munition "
               "leads, written blind on 3 December at the end of the eighth session "
               "(tests/data/reports_english68.jsonl)":
                   ARTICLES.parent / "reports_english68.jsonl",
               "short English news snippets: a Gulf daily's world page, wire write-thrus, red-top tabloid shorts, a "
               "British regional daily's column, a Baltic agency's feed, a geopolitics magazine, a diaspora weekly, a "
               "Nordic broadcaster's English news, written blind on 3 December at the end of the eighth session "
               "(tests/data/reports_english69.jsonl)":
                   ARTICLES.parent / "reports_english69.jsonl",
               "short English news snippets: an Australian public broadcaster's world briefs, an Irish broadsheet, a "
               "Canadian national daily, a Polish portal's English edition, a South African daily's foreign page, a US "
               "regional daily's wire pickups, a New Zealand news site, a security newsletter, written blind on 3 "
               "December at the start of the ninth session (tests/data/reports_english70.jsonl)":
                   ARTICLES.parent / "reports_english70.jsonl",
               "investigators' civilian-harm descriptions: CCTV reviews, cemetery register cross-checks, double-tap "
               "sequence analyses, emergency call logs, house-chat screenshots, wound patterns, case vignettes, "
               "engineers' building inspections, written blind on 3 December at the start of the ninth session "
               "(tests/data/reports_english71.jsonl)":
                   ARTICLES.parent / "reports_english71.jsonl",
               "conflict-event coders' notes: signed initials, damage inventories, semicolon impact timelines, launch "
               "areas, interaction codes, UTC-to-local times, non-native English, who/what/where slots, written blind "
               "on 3 December at the start of the ninth session (tests/data/reports_english72.jsonl)":
                   ARTICLES.parent / "reports_english72.jsonl",
               "short English news snippets: a Scottish broadsheet, a Singapore daily's world briefs, a Turkish state "
               "agency's English wire, a Kenyan daily, a US cable news site, an Indian agency's Moscow bureau, a Dutch "
               "broadcaster, a UK news agency's world feed, written blind on 3 December in the middle of the ninth "
               "session (tests/data/reports_english73.jsonl)":
                   ARTICLES.parent / "reports_english73.jsonl",
               "investigators' civilian-harm descriptions: morgue intake reviews, air-raid alert log correlations, "
               "fragment recovery, hospital register cross-checks, before/after photos, aid workers' debriefs, phone "
               "interviews, power-outage timestamps, written blind on 3 December in the middle of the ninth session "
               "(tests/data/reports_english74.jsonl)":
                   ARTICLES.parent / "reports_english74.jsonl",
               "conflict-event coders' notes: event-ID cross-references, source-scale tags, time-precision codes, "
               "civilian-targeting flags, named military units, machine-translated notes, settlement-type prefixes, "
               "coder queries, written blind on 3 December in the middle of the ninth session "
               "(tests/data/reports_english75.jsonl)":
                   ARTICLES.parent / "reports_english75.jsonl",
               "investigators' civilian-harm descriptions: scene walk-throughs, death certificate reviews, voice "
               "message transcripts, follow-up visits, village heads' interviews, first-upload traces, two witnesses "
               "who disagree, front-line range assessments, written blind on 3 December at the end of the ninth "
               "session (tests/data/reports_english77.jsonl)":
                   ARTICLES.parent / "reports_english77.jsonl",
               "conflict-event coders' notes: OCHA p-codes, appended coordinates, bearings and distances, old and new "
               "raions, UN monitors' verification status, keyword tags, toll provenance, farm sites, written blind on "
               "3 December at the end of the ninth session (tests/data/reports_english78.jsonl)":
                   ARTICLES.parent / "reports_english78.jsonl",
               "short English news snippets: a Canadian wire, an Irish public broadcaster, a Czech agency's English "
               "service, a Nigerian daily, a US metro daily's foreign desk, a Serbian agency, a Japanese daily's "
               "English edition, a Swiss broadcaster, written blind on 3 December at the end of the ninth session "
               "(tests/data/reports_english76.jsonl)":
                   ARTICLES.parent / "reports_english76.jsonl",
               "investigators' civilian-harm descriptions: international-humanitarian-law distinction checks, "
               "dashcam footage reviews, case notes naming victims by initials, visibility assessments, thermal-"
               "anomaly cross-checks, social workers' home visits, allegation trackers, medical record extracts, "
               "written blind on 3 December at the start of the tenth session (tests/data/reports_english80.jsonl)":
                   ARTICLES.parent / "reports_english80.jsonl",
               "conflict-event coders' notes: intercoder disagreements resolved, weekly backfill batches, rail and "
               "bridge targets, river crossings and coasts, later death-toll updates, occupied areas citing both "
               "sides, first responders, road segments between villages, written blind on 3 December at the start "
               "of the tenth session (tests/data/reports_english81.jsonl)":
                   ARTICLES.parent / "reports_english81.jsonl",
               "short English news snippets: an Australian wire, Romanian, Kazakh and Austrian agencies' English "
               "services, a Pakistani daily, a Philippine broadsheet, a US local TV station's website, a Greek "
               "daily's English edition, written blind on 3 December at the start of the tenth session "
               "(tests/data/reports_english79.jsonl)":
                   ARTICLES.parent / "reports_english79.jsonl",
               "conflict-event coders' notes: a coder school's model answers, QA tickets, partisan and sabotage "
               "claims, aerial bombs on front-line towns, evacuation routes, month-end row-count checks, villages "
               "returned to after occupation, detentions and abductions, written blind on 3 December in the middle "
               "of the tenth session (tests/data/reports_english84.jsonl)":
                   ARTICLES.parent / "reports_english84.jsonl",
               "investigators' civilian-harm descriptions: precautions-and-warning assessments, drone operators' "
               "video reviews, condolence-post cross-checks, farmland mine accident interviews, compensation claim "
               "evidence, viral claim triage, victim identity confirmations, repeat-harm household trackers, written "
               "blind on 3 December in the middle of the tenth session (tests/data/reports_english83.jsonl)":
                   ARTICLES.parent / "reports_english83.jsonl",
               "short English news snippets: a Maltese daily, Armenian, Moldovan, Georgian and South Korean "
               "agencies' English feeds, a Lithuanian public broadcaster, an Israeli English daily, a Belgian "
               "English news site, written blind on 3 December in the middle of the tenth session "
               "(tests/data/reports_english82.jsonl)":
                   ARTICLES.parent / "reports_english82.jsonl",
               "investigators' civilian-harm descriptions: small-drone targeting reviews, phone testimony from "
               "occupied areas, strikes on public gatherings, health facility and school site checks, evacuees' "
               "accounts, utility repair crews, a border-strip monitor, written blind on 3 December at the end of "
               "the tenth session (tests/data/reports_english86.jsonl)":
                   ARTICLES.parent / "reports_english86.jsonl",
               "conflict-event coders' notes: late backlog entries, partner NGO sheet imports, looting and round-ups "
               "under occupation, repelled-assault tallies, Kursk, Belgorod and Bryansk rows, ordnance clearance "
               "casualties, intercept fallout sites, row-split decisions, written blind on 3 December at the end of "
               "the tenth session (tests/data/reports_english87.jsonl)":
                   ARTICLES.parent / "reports_english87.jsonl",
               "short English news snippets: a Cypriot daily, Azerbaijani and Taiwanese agencies, an Estonian "
               "broadcaster, Bulgarian national radio, a Spanish daily's live blog, a Hungarian site, a Malaysian "
               "daily, written blind on 3 December at the end of the tenth session "
               "(tests/data/reports_english85.jsonl)":
                   ARTICLES.parent / "reports_english85.jsonl",
               "conflict-event coders' notes: police digests' victim lists, milblogger claim vetting, errata and "
               "reissues, combined-strike night breakdowns, rural mine strikes, occupied-town checkpoints, Russian "
               "border oblast recaps, frontline village sweeps, written blind on 3 December at the start of the "
               "eleventh session (tests/data/reports_english90.jsonl)":
                   ARTICLES.parent / "reports_english90.jsonl",
               "short English news snippets: a Latvian public broadcaster, Slovak and Portuguese agencies' English "
               "services, a Finnish broadsheet, a Croatian portal, a Canadian broadcaster's live updates, a Chinese "
               "state agency, a Bangladeshi daily, written blind on 3 December at the start of the eleventh session "
               "(tests/data/reports_english88.jsonl)":
                   ARTICLES.parent / "reports_english88.jsonl",
               "investigators' civilian-harm descriptions: household visits, road vehicle strike verifications, "
               "crowded-site casualty reconciliations, checkpoint shooting allegations, field mine accident "
               "follow-ups, frontline villagers' harm, border governors' claims reviewed, footage matching, written "
               "blind on 3 December at the start of the eleventh session (tests/data/reports_english89.jsonl)":
                   ARTICLES.parent / "reports_english89.jsonl",
               "conflict-event coders' notes: contact-line clashes and claims, Air Force shoot-down tallies, "
               "explosive remnants, detention and looting under occupation, Russian oblast headquarters, "
               "de-duplication and correction passes, calque-translated partner notes, hromada-cited shelling, "
               "written blind on 3 December in the middle of the eleventh session "
               "(tests/data/reports_english93.jsonl)":
                   ARTICLES.parent / "reports_english93.jsonl",
               "short English news snippets: Slovenian and Indonesian agencies' English services, a Welsh national "
               "news site, Thai, Egyptian, Ghanaian and Sri Lankan English dailies, a Luxembourg English site, "
               "written blind on 3 December in the middle of the eleventh session "
               "(tests/data/reports_english91.jsonl)":
                   ARTICLES.parent / "reports_english91.jsonl",
               "investigators' civilian-harm descriptions: rights monitors' single-house cases, FPV vehicle strike "
               "reconstructions, market stallholders' testimony, school and hospital site assessments, shooting "
               "witness interviews, mine accident sheets, protection officers' weekly emails, verification verdicts, "
               "written blind on 3 December in the middle of the eleventh session "
               "(tests/data/reports_english92.jsonl)":
                   ARTICLES.parent / "reports_english92.jsonl",
               "short English news snippets: Jamaican, Zambian, Nepali, Namibian and Kuwaiti dailies, an Icelandic "
               "English site, a Hong Kong English daily, a US public radio station's web shorts, written blind on 3 "
               "December at the end of the eleventh session (tests/data/reports_english94.jsonl)":
                   ARTICLES.parent / "reports_english94.jsonl",
               "investigators' civilian-harm descriptions: ECHR applications' statements of facts, video evidence "
               "custody logs, collective centre group discussions, verification desks' hand-off messages, rights "
               "monitors' numbered findings, ordnance accident bedside interviews, methods footnotes, draft case "
               "peer reviews, written blind on 3 December at the end of the eleventh session "
               "(tests/data/reports_english95.jsonl)":
                   ARTICLES.parent / "reports_english95.jsonl",
               "conflict-event coders' notes: night shifts' overnight strikes, field researchers' phone relays, "
               "Russian desk border oblast translations, Ukrainian partners' translated rows, supervisors' review "
               "corrections, control-map battle cross-checks, mine action liaison, occupied territory monitors, "
               "written blind on 3 December at the end of the eleventh session "
               "(tests/data/reports_english96.jsonl)":
                   ARTICLES.parent / "reports_english96.jsonl",
               "short English news snippets: Trinidadian, Botswanan, Liberian, Ugandan and Fijian dailies, a "
               "Canadian prairie daily, an Irish provincial weekly, a Mongolian English news site, written blind on "
               "3 December at the start of the twelfth session (tests/data/reports_english97.jsonl)":
                   ARTICLES.parent / "reports_english97.jsonl",
               "investigators' civilian-harm descriptions: ICC article 15 communication annexes, criminal-law "
               "qualification paragraphs, dictated site memos, geolocation task tickets, vehicle strike dossiers, "
               "humanitarian access incident reports, press-freedom alerts, documentation training examples, "
               "written blind on 3 December at the start of the twelfth session "
               "(tests/data/reports_english98.jsonl)":
                   ARTICLES.parent / "reports_english98.jsonl",
               "conflict-event coders' notes: on-date codebook templates, a university monitor's imitators' terse "
               "rows, starostas' relayed village lists, geolocated footage territory notes, Russian border municipal "
               "okrug notes, rights groups' occupation case files, version-history diffs, legacy gazetteer old "
               "toponyms, written blind on 3 December at the start of the twelfth session "
               "(tests/data/reports_english99.jsonl)":
                   ARTICLES.parent / "reports_english99.jsonl",
               "short English news snippets: a Norwegian English news site, a Danish site's English live blog, an "
               "Australian regional daily, Vietnamese, Bulgarian and Jordanian English news, a Turkish English daily, "
               "a US college-town daily, written blind on 3 December in the middle of the twelfth session "
               "(tests/data/reports_english100.jsonl)":
                   ARTICLES.parent / "reports_english100.jsonl",
               "investigators' civilian-harm descriptions: UN special procedures' allegation letters, thematic "
               "reports' footnotes, explosive weapons harm monitors, parliamentary written evidence, crowdsourced "
               "submissions' moderation, cash assistance harm verification, 3D reconstruction captions, rights "
               "missions' trip reports, written blind on 3 December in the middle of the twelfth session "
               "(tests/data/reports_english101.jsonl)":
                   ARTICLES.parent / "reports_english101.jsonl",
               "conflict-event coders' notes: rescuers' reports translated, both sides' bulletins cited, exiled "
               "councils' occupation notes, Russian regional press on the border, reviewers' comment threads, "
               "dotted-date prefixes, agentless passives with full dates, military administrations' past-day "
               "summaries, written blind on 3 December in the middle of the twelfth session "
               "(tests/data/reports_english102.jsonl)":
                   ARTICLES.parent / "reports_english102.jsonl",
               "short English news snippets: a Swedish English news site, an Italian agency's English service, a "
               "German broadcaster's English site, Lebanese, Brazilian and Tanzanian English news, a US state "
               "capital daily, a Polish public broadcaster's English live blog, written blind on 3 December at the "
               "end of the twelfth session (tests/data/reports_english103.jsonl)":
                   ARTICLES.parent / "reports_english103.jsonl",
               "investigators' civilian-harm descriptions: Human Rights Council oral updates, explosives experts' "
               "opinions, police scene inspection protocols, international law blog posts, needs assessment "
               "interviews, incident dataset issue comments, evidence referral memos, newsroom standards sign-offs, "
               "written blind on 3 December at the end of the twelfth session (tests/data/reports_english104.jsonl)":
                   ARTICLES.parent / "reports_english104.jsonl",
               "conflict-event coders' notes: occupation officials' claims, regional police bulletins, US "
               "month-day dates, bracket-numbered sources, status tags, Russian emergencies ministry on the border, "
               "brigades' press services, Ukrainian regional Telegram channels translated, written blind on 3 "
               "December at the end of the twelfth session (tests/data/reports_english105.jsonl)":
                   ARTICLES.parent / "reports_english105.jsonl",
               "short English news snippets: a French international broadcaster's English site, a Bosnian agency's "
               "English service, Ethiopian, Mexican and Moroccan English news, an Uzbek agency's English feed, a "
               "Finnish public broadcaster's English live blog, a US newsmagazine's site, written blind on 3 "
               "December at the end of the twelfth session, measured only (tests/data/reports_english106.jsonl)":
                   ARTICLES.parent / "reports_english106.jsonl",
               "investigators' civilian-harm descriptions: law clinic casebooks, autopsy findings, OSINT volunteers' "
               "geolocation posts, caseworker referrals, photojournalists' contact sheets, special rapporteurs' "
               "end-of-mission statements, deconfliction follow-ups, witness interview transcripts, written blind on "
               "3 December at the end of the twelfth session, measured only (tests/data/reports_english107.jsonl)":
                   ARTICLES.parent / "reports_english107.jsonl",
               "conflict-event coders' notes: British day-month-year leads, present-tense translations from "
               "Ukrainian, General Staff battle reports, Russian district heads' Telegram, border guard service, FSB "
               "and Rosgvardia releases, bracketed field tags, bracketed row amendments, written blind on 3 December "
               "at the end of the twelfth session, measured only (tests/data/reports_english108.jsonl)":
                   ARTICLES.parent / "reports_english108.jsonl",
               "short English news snippets: North Macedonian and Kyrgyz agencies' English services, Qatari, "
               "Argentine, Zimbabwean and Cambodian English dailies' world pages, an Albanian portal's live updates, a "
               "South African public broadcaster's site, written blind on 3 December at the start of the thirteenth "
               "session, measured only (tests/data/reports_english109.jsonl)":
                   ARTICLES.parent / "reports_english109.jsonl",
               "investigators' civilian-harm descriptions: rights groups' letters to armed forces, shelter damage "
               "assessors' remarks, child-friendly-space and mine-risk-education facilitators' reports, OSINT "
               "researchers' slide notes and key findings, confidential representation notes, interpreters' "
               "debriefs, written blind on 3 December at the start of the thirteenth session, measured only "
               "(tests/data/reports_english110.jsonl)":
                   ARTICLES.parent / "reports_english110.jsonl",
               "conflict-event coders' notes: parenthetical admin qualifiers, translated Russian partners' notes, "
               "weighed capture claims, unknown-count placeholders, read-for errata, Russian border governors, "
               "ordnance and shoot-down outcomes, looting and detention in occupied towns, written blind on 3 "
               "December at the start of the thirteenth session, measured only (tests/data/reports_english111.jsonl)":
                   ARTICLES.parent / "reports_english111.jsonl",
               "ACLED-style event notes by coders and analysts: latest-first notes, mirrored border pairs, counted "
               "armour losses, bracketed per-place tolls, city districts and impact sites, recruitment-office unrest, "
               "deep-rear strikes, industrial workforce tolls, written blind on 3 December at the start of the "
               "fourteenth session, measured only (tests/data/reports_english112.jsonl)":
                   ARTICLES.parent / "reports_english112.jsonl",
               "investigators' civilian-harm descriptions: prosecutors' exhibit lists and victim-status decisions, "
               "security officers' movement clearances, imagery order justifications, harm trackers' family "
               "callbacks, aid staff near-miss reports, witness video-call logs, funeral attendance notes, written "
               "blind on 3 December at the start of the fourteenth session, measured only "
               "(tests/data/reports_english113.jsonl)":
                   ARTICLES.parent / "reports_english113.jsonl",
               "short English news snippets: Montenegrin, Maldivian, Chilean, Ecuadorian, Mauritian, Bhutanese and "
               "Rwandan papers' world pages and a Tunisian agency's English bulletin, written blind on 3 December at "
               "the start of the fourteenth session, measured only (tests/data/reports_english114.jsonl)":
                   ARTICLES.parent / "reports_english114.jsonl",
               "ACLED-style event notes by coders and analysts: sabotage-group incursions, strikes on aid points and "
               "queues, notes dated by a holiday, drone strikes on Russian border oblasts' fuel depots and "
               "substations, flag-raising and recapture claims, strikes on post offices and depots, on parks, beaches "
               "and cafes, running strike counts for one town, written blind on 3 December at the start of the "
               "fifteenth session, measured only (tests/data/reports_english115.jsonl)":
                   ARTICLES.parent / "reports_english115.jsonl",
               "investigators' civilian-harm descriptions: notices of suspicion in absentia, security officers' "
               "hibernation reviews and guesthouse reviews, OSINT takedown appeals and embargoed findings, a harm "
               "tracker's consent log, monitors' hospital ward visits, mutual legal assistance requests, written "
               "blind on 3 December at the start of the fifteenth session, measured only "
               "(tests/data/reports_english116.jsonl)":
                   ARTICLES.parent / "reports_english116.jsonl",
               "short English news snippets: Papua New Guinean, Gibraltar, Seychellois, Costa Rican, Bruneian, "
               "Kosovar, Bolivian and Senegalese outlets, written blind on 3 December at the start of the fifteenth "
               "session, measured only (tests/data/reports_english117.jsonl)":
                   ARTICLES.parent / "reports_english117.jsonl",
               "ACLED-style event notes by coders and analysts: collapsed apartment blocks and rubble searches, TV "
               "towers and masts, cluster munitions, street fighting, notes that say which namesake village is meant, "
               "town halls and police stations, basements and shelters, airfields and ammunition depots, written "
               "blind on 4 December at the start of the sixteenth session, measured only "
               "(tests/data/reports_english118.jsonl)":
                   ARTICLES.parent / "reports_english118.jsonl",
               "investigators' civilian-harm descriptions: joint investigation team briefings, prosecutors' letters to "
               "victims' families, security officers' driver briefing cards and staff roll-call logs, OSINT progress "
               "reports to funders and replies to critics, harm trackers' replies to journalists, monitors' notes of "
               "interviews with council secretaries, written blind on 4 December at the start of the sixteenth "
               "session, measured only (tests/data/reports_english119.jsonl)":
                   ARTICLES.parent / "reports_english119.jsonl",
               "short English news snippets: Samoan, Belizean, Guyanese, Manx, Malawian, Bermudian, Uruguayan and "
               "Gambian outlets, written blind on 4 December at the start of the sixteenth session, measured only "
               "(tests/data/reports_english120.jsonl)":
                   ARTICLES.parent / "reports_english120.jsonl",
               "ACLED-style event notes by coders and analysts: sniper and small-arms fire on civilians, training "
               "grounds and troop formations, dams and sluices, car bombs and targeted killings, prisons, grenades and "
               "irritant gas dropped by drones, incendiary munitions, sanatoria and camps, written blind on 4 December "
               "at the start of the seventeenth session, measured only (tests/data/reports_english121.jsonl)":
                   ARTICLES.parent / "reports_english121.jsonl",
               "investigators' civilian-harm descriptions: duty investigators' shift handover memos, security SMS "
               "alert chains, OSINT calls for witness footage, harm trackers' requests to ministries, mobile teams' "
               "route diaries, after-action review extracts, witness-summons cover notes and stand-up chat updates, "
               "written blind on 4 December at the start of the seventeenth session, measured only "
               "(tests/data/reports_english122.jsonl)":
                   ARTICLES.parent / "reports_english122.jsonl",
               "short English news snippets: Tongan, Liechtenstein, Faroese, Barbadian, Sierra Leonean, Bahamian, "
               "Cameroonian and Caymanian outlets, written blind on 4 December at the start of the seventeenth "
               "session, measured only (tests/data/reports_english123.jsonl)":
                   ARTICLES.parent / "reports_english123.jsonl",
               "ACLED-style event notes by coders and analysts: nuclear-plant towns, ballistic missiles fired with "
               "little warning, rocket-launcher salvos, mortar and tank fire, anglers and fishing boats, S-300s fired "
               "at ground targets, coal-mining towns and helicopter and jet rocket runs, written blind on 4 December "
               "at the start of the eighteenth session, measured only (tests/data/reports_english124.jsonl)":
                   ARTICLES.parent / "reports_english124.jsonl",
               "investigators' civilian-harm descriptions: prosecutors' morning-call agendas, security officers' "
               "weekly threat trends, OSINT map alt text, harm trackers' FAQ answers, rights monitors' talking points, "
               "new-arrival security briefings, verification checklist returns and contributor thank-you posts, "
               "written blind on 4 December at the start of the eighteenth session, measured only "
               "(tests/data/reports_english125.jsonl)":
                   ARTICLES.parent / "reports_english125.jsonl",
               "short English news snippets: Vanuatu, Antiguan, Saint Lucian, Falklands, Basotho, Solomon Islands, "
               "Cook Islands and Jersey outlets, written blind on 4 December at the start of the eighteenth session, "
               "measured only (tests/data/reports_english126.jsonl)":
                   ARTICLES.parent / "reports_english126.jsonl",
               "ACLED-style event notes by coders and analysts: cruise-missile flight paths and impacts, Shahed "
               "waves, anti-tank guided missiles, motorcycle and buggy assault groups, fortification crews, kitchen "
               "gardens and allotments, sports grounds and stadiums, tree-line assaults, written blind on 4 December "
               "at the start of the nineteenth session, measured only (tests/data/reports_english127.jsonl)":
                   ARTICLES.parent / "reports_english127.jsonl",
               "investigators' civilian-harm descriptions: prosecutors' voicemails to victims' lawyers and "
               "out-of-office replies, security officers' off-limits venue lists, OSINT geolocation quiz answer keys "
               "and evidence-folder READMEs, harm trackers' board updates, rights monitors' side-event scripts and "
               "expense-claim justifications, written blind on 4 December at the start of the nineteenth session, "
               "measured only (tests/data/reports_english128.jsonl)":
                   ARTICLES.parent / "reports_english128.jsonl",
               "short English news snippets: Kiribati, Greenlandic, Montserrat, Andorran, Sammarinese, Palauan, "
               "Eswatini and Saint Helena outlets, written blind on 4 December at the start of the nineteenth "
               "session, measured only (tests/data/reports_english129.jsonl)":
                   ARTICLES.parent / "reports_english129.jsonl",
               "ACLED-style event notes by coders and analysts: Lancet loitering munitions, TOS-1A thermobaric "
               "salvos, drones chasing cyclists and walkers, cattle herders, firewood and timber cutters, fights for "
               "hills and ridges, counter-battery duels, village shops and bread vans, written blind on 4 December at "
               "the start of the twentieth session, measured only (tests/data/reports_english130.jsonl)":
                   ARTICLES.parent / "reports_english130.jsonl",
               "investigators' civilian-harm descriptions: prosecutors' remarks on samples sent to a forensic "
               "laboratory, aid security officers' risk-rating memos to an insurance broker, crowdfunded OSINT teams' "
               "updates to their backers, harm trackers' briefs to their translator, transcribed team-room "
               "whiteboards, press officers' draft media lines and others, written blind on 4 December at the start "
               "of the twentieth session, measured only (tests/data/reports_english131.jsonl)":
                   ARTICLES.parent / "reports_english131.jsonl",
               "short English news snippets: Tuvaluan, Shetland, Azorean, Cabo Verdean, Marshallese, Nauruan, Niuean "
               "and Anguillan outlets, written blind on 4 December at the start of the twentieth session, measured "
               "only (tests/data/reports_english132.jsonl)":
                   ARTICLES.parent / "reports_english132.jsonl",
               "ACLED-style event notes by coders and analysts: assaults in bad weather, spotter drones before "
               "shelling, refuse and street crews, infiltration into towns, bank branches and cash machines, petrol "
               "stations, night watchmen, the last residents of emptied villages, written blind on 4 December at the "
               "start of the twenty-first session, measured only (tests/data/reports_english133.jsonl)":
                   ARTICLES.parent / "reports_english133.jsonl",
               "investigators' civilian-harm descriptions: prosecutors' instructions to police investigators, "
               "security officers' tabletop inject cards, OSINT livestream run sheets, easy-read updates for "
               "residents, field teams' calendar entries, questioning plans, harm trackers' lesson plans and "
               "monitors' wellbeing check-ins, written blind on 4 December at the start of the twenty-first session, "
               "measured only (tests/data/reports_english134.jsonl)":
                   ARTICLES.parent / "reports_english134.jsonl",
               "short English news snippets: Svalbard, Åland, Gotland, Bonaire, Norfolk Island, Saint-Pierre, "
               "Bornholm and Scilly outlets, written blind on 4 December at the start of the twenty-first session, "
               "measured only (tests/data/reports_english135.jsonl)":
                   ARTICLES.parent / "reports_english135.jsonl",
               "ACLED-style event notes by coders and analysts: scrap-metal collectors, lock-up garages and car "
               "parks, cemetery visitors, office blocks, building sites and cranes, leaflets dropped before shelling, "
               "the flank villages of a pincer and villages on oblast boundaries, written blind on 4 December at the "
               "start of the twenty-second session, measured only (tests/data/reports_english136.jsonl)":
                   ARTICLES.parent / "reports_english136.jsonl",
               "investigators' civilian-harm descriptions: a prosecutors' unit head's case-allocation rosters, an aid "
               "convoy's vehicle logbooks, OSINT hackathon challenge briefs, a harm tracker's canned replies for a "
               "residents' chat bot, rights monitors' redaction logs, a prosecutor's motion for camera footage, a "
               "safety officer's letters to staff families and an OSINT team's weekly infographic text, written "
               "blind on 4 December at the start of the twenty-second session, measured only "
               "(tests/data/reports_english137.jsonl)":
                   ARTICLES.parent / "reports_english137.jsonl",
               "short English news snippets: Saaremaa, Gozo, Heligoland, Rapa Nui, Socotra, Okinawa, Hvar and "
               "Zanzibar outlets, written blind on 4 December at the start of the twenty-second session, measured "
               "only (tests/data/reports_english138.jsonl)":
                   ARTICLES.parent / "reports_english138.jsonl",
               "ACLED-style event notes by coders and analysts ('abstracts'): the morning and evening rush, places "
               "under an evacuation order, blast waves and flying glass, the age and sex of each victim, fibre-optic "
               "FPV drones, fighting along balkas and river valleys, wells and water points, and the first strike "
               "after a long lull, written blind on 4 December at the start of the twenty-third session, measured "
               "only (tests/data/reports_english139.jsonl)":
                   ARTICLES.parent / "reports_english139.jsonl",
               "investigators' civilian-harm descriptions: a prosecutor's orders joining criminal proceedings, a "
               "forensic group's scene-mapping drone flight logs, an aid warehouse's toolbox talks, a security "
               "adviser's danger-pay reviews, an OSINT investigator's bookmark exports, a harm tracker's exhibition "
               "wall labels, a rights monitor's interpreter booking requests and a freelance investigator's "
               "timesheets, written blind on 4 December at the start of the twenty-third session, measured only "
               "(tests/data/reports_english140.jsonl)":
                   ARTICLES.parent / "reports_english140.jsonl",
               "short English news snippets: Corsica, Crete, Tasmania, Kodiak, Mauritius, Lanzarote, Ushuaia and "
               "Principe outlets, written blind on 4 December at the start of the twenty-third session, measured "
               "only (tests/data/reports_english141.jsonl)":
                   ARTICLES.parent / "reports_english141.jsonl",
               "ACLED-style event notes by coders and analysts ('synopses'): the midday and lunch hour, the "
               "severity of wounds, anti-drone nets over roads, boiler houses and heating mains, look-alike place "
               "names, barns, sheds and summer kitchens, married couples among the victims, and a victim's home "
               "town set against the place of harm, written blind on 4 December at the start of the twenty-fourth "
               "session, measured only (tests/data/reports_english142.jsonl)":
                   ARTICLES.parent / "reports_english142.jsonl",
               "investigators' civilian-harm descriptions: a prosecutor's 'while you were out' message slips, a "
               "security officer's window-film priority lists, an OSINT investigator's search query history, a "
               "harm tracker's triaged tip-inbox subject lines, a rights team's dictaphone track lists, a "
               "prosecutor's unclaimed-belongings notices, staff shuttle timetable amendments and a tracker desk's "
               "sticky-note reminders, written blind on 4 December at the start of the twenty-fourth session, "
               "measured only (tests/data/reports_english143.jsonl)":
                   ARTICLES.parent / "reports_english143.jsonl",
               "short English news snippets: Galapagos, Lapland, Ladakh, Agadez, Yucatan, Bali, Manaus and "
               "Mongolia outlets, written blind on 4 December at the start of the twenty-fourth session, measured "
               "only (tests/data/reports_english144.jsonl)":
                   ARTICLES.parent / "reports_english144.jsonl",
               "ACLED-style event notes by coders and analysts ('precis'): dawn and first light, dusk before the "
               "curfew, greenhouses, indirect harm during raids, jammers on vehicles and roofs, road crews, bounded "
               "tolls and foreign victims, written blind on 4 December at the start of the twenty-fifth session, "
               "measured only (tests/data/reports_english145.jsonl)":
                   ARTICLES.parent / "reports_english145.jsonl",
               "investigators' civilian-harm descriptions: a prosecutor's office print queue, a generator's run-hours "
               "log, an OSINT video edit decision list, a text-message survey of hromada heads, a roadside memorial "
               "inventory, a waiting-room sign-in sheet, a trauma-kit usage register and a weekly report's contents "
               "page, written blind on 4 December at the start of the twenty-fifth session, measured only "
               "(tests/data/reports_english146.jsonl)":
                   ARTICLES.parent / "reports_english146.jsonl",
               "short English news snippets: Puno, Hilo, Mestia, Khiva, Musanze, Luang Prabang, Galle and Mompox "
               "outlets, written blind on 4 December at the start of the twenty-fifth session, measured only "
               "(tests/data/reports_english147.jsonl)":
                   ARTICLES.parent / "reports_english147.jsonl",
               "ACLED-style event notes by coders and analysts ('capsule'): mid-afternoon hours, vineyard and orchard "
               "rows, pairs, dozens and number words, streets and highways named after towns, casualty verbs and "
               "euphemisms, monuments and statues, renamed towns and balconies, written blind on 5 December at the "
               "start of the twenty-sixth session, measured only (tests/data/reports_english148.jsonl)":
                   ARTICLES.parent / "reports_english148.jsonl",
               "investigators' civilian-harm descriptions: a prosecutor's outgoing letters book, a shelter headcount "
               "per air-raid alert, an annotated sha256sums file, a harm tracker's scrapbook of cuttings, a glazier's "
               "order book, a car pool booking sheet, an aid warehouse's write-off list and a post office's "
               "returned-mail list, written blind on 5 December at the start of the twenty-sixth session, measured "
               "only (tests/data/reports_english149.jsonl)":
                   ARTICLES.parent / "reports_english149.jsonl",
               "short English news snippets: Castro, Kanazawa, Maun, Yellowknife, Broome, Taiohae, Harar and Ouro "
               "Preto outlets, written blind on 5 December at the start of the twenty-sixth session, measured only "
               "(tests/data/reports_english150.jsonl)":
                   ARTICLES.parent / "reports_english150.jsonl",
               "ACLED-style event notes by coders and analysts ('docket'): forenoon hours, rivers sharing a name "
               "with a settlement, hyphenated town names, top floors and attics, quarries and brickworks, one toll "
               "shared 'respectively' or 'apiece', subsets inside a toll and 'nobody was killed' against 'nobody "
               "was hurt', written blind on 5 December at the start of the twenty-seventh session, measured only "
               "(tests/data/reports_english151.jsonl)":
                   ARTICLES.parent / "reports_english151.jsonl",
               "investigators' civilian-harm descriptions: a prosecutor unit's petty cash book, a table of the "
               "nearest strike to each office, an OSINT channel watchlist, a class register's absence column, an "
               "orthopaedic workshop's referral book, a radio amateur's logbook, a phone shop's SIM replacement "
               "book and a rescue-dog handler's search log, written blind on 5 December at the start of the "
               "twenty-seventh session, measured only (tests/data/reports_english152.jsonl)":
                   ARTICLES.parent / "reports_english152.jsonl",
               "short English news snippets: Djenné, Majuli, Nizwa, Hokitika, Skidegate, Coober Pedy, Vigan and "
               "Ambositra outlets, written blind on 5 December at the start of the twenty-seventh session, "
               "measured only (tests/data/reports_english153.jsonl)":
                   ARTICLES.parent / "reports_english153.jsonl",
               "ACLED-style event notes by coders and analysts ('daybook'): place names spelt with an apostrophe, "
               "tolls added to within one row, victims named twice but counted once, families and crews counted "
               "as a unit, animals killed beside people, sites named after a town they do not stand in, dates "
               "told only as a day of the month and 'could have' wording, written blind on 5 December at the "
               "start of the twenty-eighth session, measured only (tests/data/reports_english154.jsonl)":
                   ARTICLES.parent / "reports_english154.jsonl",
               "investigators' civilian-harm descriptions: the box labels of a prosecutors' evidence archive, the "
               "pin legend of a security desk's wall map, an OSINT weather check of strike clips, a library's "
               "overdue loans, a taxi dispatch's cancelled orders, a notary's inheritance cases, an animal "
               "shelter's intake ledger and a hearing-aid centre's fitting book, written blind on 5 December at "
               "the start of the twenty-eighth session, measured only (tests/data/reports_english155.jsonl)":
                   ARTICLES.parent / "reports_english155.jsonl",
               "short English news snippets: Iquitos, Wadi Musa, Adamstown, Hampi, Lüderitz, Chichijima, Banda "
               "Neira and Edinburgh of the Seven Seas outlets, written blind on 5 December at the start of the "
               "twenty-eighth session, measured only (tests/data/reports_english156.jsonl)":
                   ARTICLES.parent / "reports_english156.jsonl",
               "coders' jotters: NATO date-time groups, Roman-numeral months, a city's edge settlements, villages "
               "left unnamed, people still missing under rubble, blasts heard against hits, rescuers deployed and "
               "running totals since the month began, written blind on 5 December at the start of the twenty-ninth "
               "session, measured only (tests/data/reports_english157.jsonl)":
                   ARTICLES.parent / "reports_english157.jsonl",
               "investigators' civilian-harm descriptions: a lift firm's stoppage log, a maternity ward's birth "
               "book, a lighthouse keeper's watch log, a bank's loan-holiday applications, a parish's "
               "commemoration lists, a village council's household book, a children's service's guardianship "
               "register and gas meter readers' missed readings, written blind on 5 December at the start of the "
               "twenty-ninth session, measured only (tests/data/reports_english158.jsonl)":
                   ARTICLES.parent / "reports_english158.jsonl",
               "short English news snippets: an alumni quarterly's class notes, a chaplaincy's intercessions, a "
               "graded reader, a genealogy newsletter, a children's weekly, a birdwatchers' newsletter, a Rotary "
               "bulletin and a sixth-former's school-paper column, written blind on 5 December at the start of the "
               "twenty-ninth session, measured only (tests/data/reports_english159.jsonl)":
                   ARTICLES.parent / "reports_english159.jsonl",
               "coders' scratchpads: days counted back from a dated report (D-1), 'inst' and 'ult' dates, pre-war "
               "populations beside names, ditto lines, street addresses, an oblast or district beside its city of "
               "the same name, a weapon left unstated and spillover into neighbouring states, written blind on 5 "
               "December at the start of the thirtieth session, measured only (tests/data/reports_english160.jsonl)":
                   ARTICLES.parent / "reports_english160.jsonl",
               "investigators' civilian-harm descriptions: a zoo keepers' day report, a bus station's lost property "
               "ledger, a music school's instrument loan book, a rescue dig's field diary, a touring circus's route "
               "book, a city's tree inventory, a rowing club's boathouse log and a state archive's reading-room "
               "requests, written blind on 5 December at the start of the thirtieth session, measured only "
               "(tests/data/reports_english161.jsonl)":
                   ARTICLES.parent / "reports_english161.jsonl",
               "short English news snippets: an astronomy society's bulletin, a yacht club's log, a wine merchant's "
               "mailer, a quilt guild's letter, a choir's rehearsal notes, a running club's results email, a "
               "volunteer weather observers' bulletin and a seed company's grower news, written blind on 5 December "
               "at the start of the thirtieth session, measured only (tests/data/reports_english162.jsonl)":
                   ARTICLES.parent / "reports_english162.jsonl",
               "coders' blotters: a same-date recall of an earlier year's event, ordinal dates spelled out, months "
               "left in Ukrainian, an 'Out:' list before the rows, headcounts on site beside tolls, rows sorted A to "
               "Z, footer totals, and calibres and designations that are no counts, written blind on 5 December at "
               "the start of the thirty-first session, measured only (tests/data/reports_english163.jsonl)":
                   ARTICLES.parent / "reports_english163.jsonl",
               "investigators' civilian-harm descriptions: a river gauge observer's journal, a tennis club's court "
               "booking sheet, a bridge club director's session book, a self-storage rental ledger, a car hire "
               "desk's return sheet, an alarm company's activation log, a bird ringing station's daybook and a "
               "vending machine route sheet, written blind on 5 December at the start of the thirty-first session, "
               "measured only (tests/data/reports_english164.jsonl)":
                   ARTICLES.parent / "reports_english164.jsonl",
               "short English news snippets: a bell-ringers' branch newsletter, a homebrew club's meeting recap, a "
               "geocaching group's weekly email, an Esperanto society's bulletin, a GAA club's notes, a book club's "
               "reading notes, a model railway club's running-night notes and an antique tractor club's newsletter, "
               "written blind on 5 December at the start of the thirty-first session, measured only "
               "(tests/data/reports_english165.jsonl)":
                   ARTICLES.parent / "reports_english165.jsonl",
               "coders' worksheets: rows by heaviest toll or by longitude, numbered schools and tram routes, number "
               "words with their figures in brackets, ISO weeks and days of the year for dates, a house codebook's "
               "clauses cited, and acute stress cases left out of the injured, written blind on 5 December at the "
               "start of the thirty-second session, measured only (tests/data/reports_english166.jsonl)":
                   ARTICLES.parent / "reports_english166.jsonl",
               "investigators' civilian-harm descriptions: a seismic station's event list, an auction room clerk's "
               "lot book, a cattle inseminator's service book, a luthier's repair book, a calibration register, a "
               "herbarium's accession book, a haulage dispatcher's load sheet and a referee's match notebook, written "
               "blind on 5 December at the start of the thirty-second session, measured only "
               "(tests/data/reports_english167.jsonl)":
                   ARTICLES.parent / "reports_english167.jsonl",
               "short English news snippets: a wild swimmers' report, a square dance club's sheet, a Gulf association "
               "circular, a fantasy football commissioner's email, a men's shed newsletter, a morris side's diary, a "
               "balloon crew chief's letter and a Scrabble club's bulletin, written blind on 5 December at the start "
               "of the thirty-second session, measured only (tests/data/reports_english168.jsonl)":
                   ARTICLES.parent / "reports_english168.jsonl",
               "coders' logsheets: a dagger for the dead, fatal and non-fatal cases, counts as 'pax', Latin tags in "
               "the asides, a bookkeeper's nil and brought forward, arrows from strike to outcome, a total before its "
               "split, and asides on blackouts and alerts, written blind on 5 December at the start of the "
               "thirty-third session, measured only (tests/data/reports_english169.jsonl)":
                   ARTICLES.parent / "reports_english169.jsonl",
               "investigators' civilian-harm descriptions: a winery's tank book, a stevedoring foreman's hatch tally, "
               "a pollster's contact sheet, a laundry's weigh book, a dive log, an agronomist's scouting log, a coffee "
               "roast log and a stocktaker's night count sheet, written blind on 5 December at the start of the "
               "thirty-third session, measured only (tests/data/reports_english170.jsonl)":
                   ARTICLES.parent / "reports_english170.jsonl",
               "short English news snippets: a crossword solver's blog, a fan-fiction author's chapter notes, a band "
               "boosters' email, a tidy towns committee's post, a game studio's devlog, a barbecue team's log, a "
               "snowmobile club's trail report and a hash house harriers' circular, written blind on 5 December at "
               "the start of the thirty-third session, measured only (tests/data/reports_english171.jsonl)":
                   ARTICLES.parent / "reports_english171.jsonl",
               "coders' rowbooks: imperative keying orders, a telex operator's STOP and repeated figures, content "
               "warnings, a cable's comments, a consultant's parking lot, the moon's phase, a bus driver's memories "
               "and traffic-light marks, written blind on 5 December at the start of the thirty-fourth session, "
               "measured only (tests/data/reports_english172.jsonl)":
                   ARTICLES.parent / "reports_english172.jsonl",
               "investigators' civilian-harm descriptions: an ice arena's resurfacing log, an icon conservator's "
               "treatment diary, a recording studio's track sheet, a dosimetrist's dose-rate log, a works canteen's "
               "portion book, a melt shop's heat log, a cold store's chamber log and a cutting room's book, written "
               "blind on 5 December at the start of the thirty-fourth session, measured only "
               "(tests/data/reports_english173.jsonl)":
                   ARTICLES.parent / "reports_english173.jsonl",
               "short English news snippets: a dungeon master's session recap, a gliding club's flying summary, a "
               "re-enactors' shire newsletter, a streamer's going-live ping, a bouldering gym's reset notes, a roller "
               "derby bout recap, a karate dojo's newsletter and a fan convention's progress report, written blind on "
               "5 December at the start of the thirty-fourth session, measured only "
               "(tests/data/reports_english174.jsonl)":
                   ARTICLES.parent / "reports_english174.jsonl",
               "coders' event notes (slates) in eight coders' habits: a former nurse's S/O/A/P charting, Julian "
               "double dates, a history teacher's liberation-date asides, a phenology volunteer's bloom notes, a "
               "lawyer's defined terms, a Wikipedian's maintenance tags, untranslated war slang and dashed "
               "self-corrections, written blind on 5 December at the start of the thirty-fifth session, measured "
               "only (tests/data/reports_english175.jsonl)":
                   ARTICLES.parent / "reports_english175.jsonl",
               "investigators' civilian-harm descriptions: a brewery's gyle book, a colliery's lamp-room issue book, a "
               "wind farm's availability log, a philharmonic stage manager's concert report, a pharma plant's batch "
               "record, a ship-repair yard's docking register, a nature reserve's patrol book and a flour mill's "
               "shift log, written blind on 5 December at the start of the thirty-fifth session, measured only "
               "(tests/data/reports_english176.jsonl)":
                   ARTICLES.parent / "reports_english176.jsonl",
               "short English news snippets: a curling club's email, a metal-detecting club's dig report, an open "
               "mic host's write-up, a narrowboat couple's cruising blog, a pub quiz league's score sheet, a "
               "hackerspace's mailing-list digest, a racehorse syndicate's update and a Toastmasters club's email, "
               "written blind on 5 December at the start of the thirty-fifth session, measured only "
               "(tests/data/reports_english177.jsonl)":
                   ARTICLES.parent / "reports_english177.jsonl",
               "coders' event notes (foolscap) in eight coders' habits: a former newsreader's stress respellings, a "
               "Quaker's numbered days, a parent's toddler interruptions, a letter writer's PS and PPS, capitalised "
               "flip words, rows chained from one anchor date, a civil servant's 'the undersigned' and good news "
               "first, written blind on 6 December at the start of the thirty-sixth session, measured only "
               "(tests/data/reports_english178.jsonl)":
                   ARTICLES.parent / "reports_english178.jsonl",
               "investigators' civilian-harm descriptions: a tram depot dispatcher's car-out book, a tannery's liming "
               "drum log, a porcelain works' decorating-shop book, a sanatorium's mud-bath procedure book, a "
               "paperboard mill's machine reel log, a chocolate moulding line log, a stadium groundsman's pitch book "
               "and a trout farm's raceway feeding book, written blind on 6 December at the start of the thirty-sixth "
               "session, measured only (tests/data/reports_english179.jsonl)":
                   ARTICLES.parent / "reports_english179.jsonl",
               "short English news snippets: a CrossFit box's daily WOD post, a sheepdog trial's results sheet, a "
               "women's investment club's minutes, a CSA farm's pickup letter, a lab group's meeting notes, a Buy "
               "Nothing group's roundup, a cozy-mystery novelist's reader newsletter and a village film society's "
               "programme email, written blind on 6 December at the start of the thirty-sixth session, measured only "
               "(tests/data/reports_english180.jsonl)":
                   ARTICLES.parent / "reports_english180.jsonl"}


# a writer's spelling of an ACLED sub-event type, as the codebook spells it (eleven sets wrote "Arrest" for "Arrests")
_ACLED_SPELLING = {"Arrest": "Arrests"}


def load_reports(path: Path = REPORTS) -> dict[str, list[dict]]:
    """Reports written by a helper who had not read the extractor (tests/data/reports_*.jsonl), in
    the articles' format, as {"tune": [...], "holdout": [...]}: look only at the tuning part's failures."""
    parts: dict[str, list[dict]] = {"tune": [], "holdout": []}
    for rec in load_articles(path):
        expected = [{"location": g["location"], "lat": g["lat"], "lon": g["lon"],
                     "geonameid": int(g["geonameid"]) if g.get("geonameid") else None,
                     "event_date": g["event_date"], "event_type": g["event_type"],
                     "sub_event_type": _ACLED_SPELLING.get(g["sub_event_type"], g["sub_event_type"]),
                     "fatalities": g["killed"], "injured": g["injured"]}
                    for g in rec["incidents"]]
        parts[rec["split"]].append({"id": rec["id"], "published": rec["published"], "text": rec["text"],
                                    "expected": expected})
    return parts


CYRILLIC = ARTICLES.parent / "reports_cyrillic.jsonl"
CYRILLIC_SETS = (CYRILLIC, ARTICLES.parent / "reports_cyrillic2.jsonl",  # fifty-six writers, none read the code
                 ARTICLES.parent / "reports_cyrillic3.jsonl", ARTICLES.parent / "reports_cyrillic4.jsonl",
                 ARTICLES.parent / "reports_cyrillic5.jsonl", ARTICLES.parent / "reports_cyrillic6.jsonl",
                 ARTICLES.parent / "reports_cyrillic7.jsonl", ARTICLES.parent / "reports_cyrillic8.jsonl",
                 ARTICLES.parent / "reports_cyrillic9.jsonl", ARTICLES.parent / "reports_cyrillic10.jsonl",
                 ARTICLES.parent / "reports_cyrillic11.jsonl", ARTICLES.parent / "reports_cyrillic12.jsonl",
                 ARTICLES.parent / "reports_cyrillic13.jsonl", ARTICLES.parent / "reports_cyrillic14.jsonl",
                 ARTICLES.parent / "reports_cyrillic15.jsonl", ARTICLES.parent / "reports_cyrillic16.jsonl",
                 ARTICLES.parent / "reports_cyrillic17.jsonl", ARTICLES.parent / "reports_cyrillic18.jsonl",
                 ARTICLES.parent / "reports_cyrillic19.jsonl", ARTICLES.parent / "reports_cyrillic20.jsonl",
                 ARTICLES.parent / "reports_cyrillic21.jsonl", ARTICLES.parent / "reports_cyrillic22.jsonl",
                 ARTICLES.parent / "reports_cyrillic23.jsonl", ARTICLES.parent / "reports_cyrillic24.jsonl",
                 ARTICLES.parent / "reports_cyrillic25.jsonl", ARTICLES.parent / "reports_cyrillic26.jsonl",
                 ARTICLES.parent / "reports_cyrillic27.jsonl", ARTICLES.parent / "reports_cyrillic28.jsonl",
                 ARTICLES.parent / "reports_cyrillic29.jsonl", ARTICLES.parent / "reports_cyrillic30.jsonl",
                 ARTICLES.parent / "reports_cyrillic31.jsonl", ARTICLES.parent / "reports_cyrillic32.jsonl",
                 ARTICLES.parent / "reports_cyrillic33.jsonl", ARTICLES.parent / "reports_cyrillic34.jsonl",
                 ARTICLES.parent / "reports_cyrillic35.jsonl", ARTICLES.parent / "reports_cyrillic36.jsonl",
                 ARTICLES.parent / "reports_cyrillic37.jsonl", ARTICLES.parent / "reports_cyrillic38.jsonl",
                 ARTICLES.parent / "reports_cyrillic39.jsonl", ARTICLES.parent / "reports_cyrillic40.jsonl",
                 ARTICLES.parent / "reports_cyrillic41.jsonl", ARTICLES.parent / "reports_cyrillic42.jsonl",
                 ARTICLES.parent / "reports_cyrillic43.jsonl", ARTICLES.parent / "reports_cyrillic44.jsonl",
                 ARTICLES.parent / "reports_cyrillic45.jsonl",
                 ARTICLES.parent / "reports_cyrillic46.jsonl",
                 ARTICLES.parent / "reports_cyrillic47.jsonl",
                 ARTICLES.parent / "reports_cyrillic48.jsonl",
                 ARTICLES.parent / "reports_cyrillic49.jsonl",
                 ARTICLES.parent / "reports_cyrillic50.jsonl",
                 ARTICLES.parent / "reports_cyrillic51.jsonl",
                 ARTICLES.parent / "reports_cyrillic52.jsonl",
                 ARTICLES.parent / "reports_cyrillic53.jsonl",
                 ARTICLES.parent / "reports_cyrillic54.jsonl",
                 ARTICLES.parent / "reports_cyrillic55.jsonl",
                 ARTICLES.parent / "reports_cyrillic56.jsonl")
_CYRILLIC_PAIRING = (("event_date", "event_date"), ("sub_event_type", "sub_event_type"), ("killed", "fatalities"),
                     ("injured", "injured"))
CYRILLIC_FIELDS = (("place<=25km", None), ("killed", "fatalities"), ("injured", "injured"), ("date", "event_date"),
                   ("type", "sub_event_type"))


def score_cyrillic(path: Path = CYRILLIC, gaz=None, show: str | None = None) -> dict[tuple[str, str], Counter]:
    """Per (language, split): expected incidents, and of them the share found within 25 km of the gold
    point with each field right (a missed incident counts as wrong in every field)."""
    out: dict[tuple[str, str], Counter] = {}
    for rec in load_articles(path):
        t = out.setdefault((rec["lang"], rec["split"]), Counter())
        t["reports"] += 1
        got = [inc.to_dict() for inc in extract_incidents(rec["text"], rec["published"], gaz)]
        pairs = matched_pairs(rec["incidents"], got, _CYRILLIC_PAIRING)
        for n, exp in enumerate(rec["incidents"]):
            t["expected"] += 1
            match = got[pairs[n]] if n in pairs else None
            if match is None:
                if show == rec["split"]:
                    print(f"{rec['id']}: missed {exp['place']}")
                continue
            t["place<=25km"] += 1
            for name, key in CYRILLIC_FIELDS[1:]:
                gold = {"killed": exp["killed"], "injured": exp["injured"], "date": exp["event_date"],
                        "type": exp["sub_event_type"]}[name]
                ok = gold == match[key]
                t[name] += ok
                if not ok and show == rec["split"]:
                    print(f"{rec['id']}: {exp['place']} {name}: expected {gold!r}, got {match[key]!r}")
        t["spurious"] += len(got) - len(pairs)
        t["no-incident reports right"] += not rec["incidents"] and not got
        t["no-incident reports"] += not rec["incidents"]
    return out


def print_cyrillic(scores: dict[tuple[str, str], Counter], path: Path = CYRILLIC) -> None:
    """One line per language and split: each field's share of the expected incidents."""
    print(f"Ukrainian/Russian reports by another writer (tests/data/{path.name}), share of expected "
          "incidents right:")
    print(f"  {'lang':<5}{'split':<9}{'n':>3}  " + "  ".join(f"{n:>12}" for n, _ in CYRILLIC_FIELDS) +
          "  spurious  no-incident reports")
    for (lang, split), t in sorted(scores.items(), key=lambda kv: (kv[0][0] != "uk", kv[0][1] != "tune")):
        n = max(t["expected"], 1)
        print(f"  {lang:<5}{split:<9}{t['expected']:>3}  " +
              "  ".join(f"{t[name] / n:>12.1%}" for name, _ in CYRILLIC_FIELDS) +
              f"  {t['spurious']:>8}  {t['no-incident reports right']}/{t['no-incident reports']} empty")


def _articles_of(path: Path, words: int = 250, count: int = 60) -> list[tuple[str, str]]:
    """``count`` distinct articles of about ``words`` words each, made of the reports in ``path``
    (in a different order each time), with their publication dates."""
    import random

    reports = load_articles(path)
    rng = random.Random(7)
    out = []
    for _ in range(count):
        rng.shuffle(reports)
        text, n = [], 0
        for rec in reports:
            if n >= words:
                break
            text.append(rec["text"])
            n += len(rec["text"].split())
        out.append((" ".join(text), reports[0]["published"]))
    return out


def speed(gaz) -> None:
    """Articles of 250 words per second, Ukrainian/Russian beside English, in one run (one core)."""
    import time

    for name, path in (("English", REPORTS), ("Ukrainian/Russian", CYRILLIC)):
        articles = _articles_of(path)
        extract_incidents(*articles[0], gaz)  # warm: index parts and the morphological analysers load once
        start = time.perf_counter()
        for text, published in articles[1:]:
            extract_incidents(text, published, gaz)
        rate = (len(articles) - 1) / (time.perf_counter() - start)
        if name == "English":
            english = rate
            print(f"speed: English {rate:.0f} articles of 250 words/s", end="")
        else:
            print(f", Ukrainian/Russian {rate:.0f}/s ({rate / english:.2f}x English; target >= 50/s)")


def print_scores(name: str, t: Counter) -> None:
    """Incident recall and precision, and each coded field's share right of the matched incidents."""
    print(f"{name}: {t['expected']} incidents expected, {t['extracted']} extracted, {t['matched']} matched; "
          f"recall {t['matched'] / max(t['expected'], 1):.1%}, precision {t['matched'] / max(t['extracted'], 1):.1%}")
    print(f"  {'location<=10km':<20} {t['location<=10km'] / max(t['matched'], 1):.1%} of matched")
    for field in (*FIELDS, "fatalities (unknown = 0)", "injured (unknown = 0)"):
        if t[field + " of"]:
            print(f"  {field:<20} {t[field] / t[field + ' of']:.1%} of matched "
                  f"({t[field] / max(t['expected'], 1):.1%} of expected)")


def ucdp_path() -> Path | None:
    base = os.environ.get("INCIDENT_MAP_DATA") or str(ROOT.parent / "shared" / "data")
    path = Path(base) / "ucdp" / "ged_ukraine_dev.csv"
    return path if path.exists() else None


def _ucdp_date(text: str, near: dt.date | None = None) -> dt.date | None:
    """UCDP writes 2014-02-18, 2/18/2014 12:00:00 AM (month first) or 31/08/2014 (day first)."""
    text = text.strip().split(" ")[0]
    if "-" in text:
        return dt.date.fromisoformat(text)
    a, b, y = (int(x) for x in text.split("/"))
    options = [d for d in ((y, a, b), (y, b, a)) if 1 <= d[1] <= 12 and 1 <= d[2] <= 31]
    dates = []
    for d in options:
        try:
            dates.append(dt.date(*d))
        except ValueError:
            pass
    if not dates:
        return None
    if near is None:
        return dates[0]
    # a source is published on or after the event: the reading closest after it
    return min(dates, key=lambda d: (d < near, abs((d - near).days)))


def load_ucdp(path: Path) -> dict[str, list[dict]]:
    """UCDP events with headlines, as {"tune": [...], "validate": [...]} (by a hash of the id)."""
    parts: dict[str, list[dict]] = {"tune": [], "validate": []}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            heads = row["source_headline"].split(";")
            dates = row["source_date"].split(";")
            start = _ucdp_date(row["date_start"])
            end = _ucdp_date(row["date_end"]) or start
            items = []
            for n, head in enumerate(heads):
                if head.strip() in ("", "-"):
                    continue
                pub = _ucdp_date(dates[n] if len(dates) == len(heads) else dates[0], start) or start
                items.append((head.strip(), max(pub, start)))
            if not items:
                continue
            part = "tune" if int(hashlib.sha256(row["id"].encode()).hexdigest(), 16) % 2 == 0 else "validate"
            parts[part].append({"id": row["id"], "headlines": items, "start": start, "end": end,
                                "best": int(row["best"]), "low": int(row["low"]), "high": int(row["high"]),
                                "civilians": int(row["deaths_civilians"] or 0),
                                "precision": {"1": 1, "2": 2, "3": 2, "4": 3}.get(row["date_prec"])})
    return parts


def score_ucdp(events: list[dict], gaz) -> dict:
    totals: Counter = Counter()
    problems: list[str] = []
    for ev in events:
        totals["events"] += 1
        incidents = []
        for head, pub in ev["headlines"]:
            incidents += [inc.to_dict() for inc in extract_incidents(head, pub, gaz)]
        killed = [i["fatalities"] for i in incidents if i.get("fatalities") is not None]
        got = max(killed) if killed else None
        ok = got is not None and (got == ev["best"] or ev["low"] <= got <= ev["high"])
        totals["killed"] += ok
        heads = " | ".join(h for h, _ in ev["headlines"])
        read = [c["killed"] for h, _ in ev["headlines"] for s in split_sentences(h)
                for c in [find_casualties(s)] if c.get("killed") is not None]
        text_killed = max(read) if read else None
        civ = [c["civilians_killed"][1] for h, _ in ev["headlines"] for s in split_sentences(h)
               for c in [find_casualty_ranges(s)] if "civilians_killed" in c]
        if civ:
            totals["civilians read"] += 1
            totals["civilians"] += max(civ) == ev["civilians"]
        text_ok = text_killed is not None and (text_killed == ev["best"] or ev["low"] <= text_killed <= ev["high"])
        totals["killed in text"] += text_ok
        totals["count read"] += text_killed is not None
        if not text_ok:
            problems.append(f"{ev['id']} killed in text: expected {ev['best']} ({ev['low']}..{ev['high']}), "
                            f"got {text_killed}: {heads[:300]}")
        if incidents:
            totals["found"] += 1
            totals["killed|found"] += ok
            first = incidents[0]
            day = dt.date.fromisoformat(first["event_date"])
            date_ok = ev["start"] <= day <= ev["end"]
            totals["date"] += date_ok
            if ev["precision"] is not None:
                totals["precision found"] += 1
                totals["precision"] += first["time_precision"] == ev["precision"]
            if not date_ok:
                problems.append(f"{ev['id']} date: expected {ev['start']}, got {day} (published "
                                f"{ev['headlines'][0][1]}): {heads[:300]}")
        else:
            problems.append(f"{ev['id']} not found: {heads[:300]}")
        if not ok:
            problems.append(f"{ev['id']} killed: expected {ev['best']} ({ev['low']}..{ev['high']}), got {got}: "
                            f"{heads[:300]}")
    return {"totals": totals, "problems": problems}


def print_ucdp(name: str, t: Counter) -> None:
    n, found = max(t["events"], 1), max(t["found"], 1)
    print(f"UCDP {name}: {t['events']} events; found {t['found'] / n:.1%}, killed {t['killed'] / n:.1%}, "
          f"killed in text {t['killed in text'] / n:.1%} ({t['killed in text'] / max(t['count read'], 1):.1%} of "
          f"{t['count read']} counts read), killed|found {t['killed|found'] / found:.1%}, "
          f"date|found {t['date'] / found:.1%}, time_precision|found "
          f"{t['precision'] / max(t['precision found'], 1):.1%}, civilians killed "
          f"{t['civilians'] / max(t['civilians read'], 1):.1%} of {t['civilians read']} read")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index")
    parser.add_argument("--show", action="store_true", help="list every disagreement")
    parser.add_argument("--show-ucdp", choices=["tune"], help="list the failures of the UCDP tuning part")
    parser.add_argument("--show-reports", choices=["tune"], help="list the failures of the reports' tuning part")
    parser.add_argument("--show-cyrillic", choices=["tune"], help="list the failures of the Cyrillic tuning part")
    parser.add_argument("--cyrillic", action="store_true", help="only the Ukrainian/Russian reports and speed")
    args = parser.parse_args()
    gaz = Gazetteer(args.index)
    for path in CYRILLIC_SETS:
        if path.is_file():
            print_cyrillic(score_cyrillic(path, gaz, args.show_cyrillic), path)
    speed(gaz)
    if args.cyrillic:
        return
    result = score(load_articles(), gaz)
    print_scores("articles (tests/data/articles.jsonl, written beside the extractor)", result["totals"])
    if args.show:
        print("\n".join(result["problems"]))
    for title, path in REPORT_SETS.items():
        if not path.is_file():
            continue
        for name, reports in load_reports(path).items():
            res = score(reports, gaz)
            print_scores(f"{title}, {name} part", res["totals"])
            if args.show_reports == name:
                print("\n".join(res["problems"]))
    path = ucdp_path()
    if path is None:
        print("UCDP: ged_ukraine_dev.csv not found (set INCIDENT_MAP_DATA)")
        return
    for name, events in load_ucdp(path).items():
        res = score_ucdp(events, gaz)
        print_ucdp(name, res["totals"])
        if args.show_ucdp == name:
            print("\n".join(res["problems"]))


if __name__ == "__main__":
    main()
