#!/usr/bin/env python3
"""Writes data/gazetteer/countries.tsv: country names, aliases, demonyms and capitals -> code.

Country names, official names and codes come from Debian's iso-codes (ISO 3166-1,
/usr/share/iso-codes/json);
the aliases, demonyms and capitals below are written by hand for news usage. Columns:
surface form, ISO 3166-1 alpha-2 code ("EU" for the European Union), kind (country, alias,
demonym, capital). Run it again after editing the lists: python3 scripts/make-countries.py
"""
import json
import pathlib

ISO = pathlib.Path("/usr/share/iso-codes/json/iso_3166-1.json")
OUT = pathlib.Path(__file__).resolve().parent.parent / "data/gazetteer/countries.tsv"

ALIASES = {
    "US": ["U.S.", "US", "U.S.A.", "USA", "America", "United States of America", "the States"],
    "GB": ["Britain", "Great Britain", "U.K.", "UK", "England", "Scotland", "Wales"],
    "EU": ["European Union", "EU", "E.U.", "European Community", "EC", "E.C.", "EEC",
           "European Economic Community", "Europe"],
    "KR": ["South Korea", "Korea", "Republic of Korea", "S. Korea"],
    "KP": ["North Korea", "N. Korea", "DPRK"],
    "RU": ["Russia", "Soviet Union", "USSR", "U.S.S.R."],
    "CN": ["China", "PRC", "People's Republic of China", "mainland China", "Mainland China"],
    "TW": ["Taiwan", "Republic of China"],
    "VN": ["Vietnam", "Viet Nam"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "CZ": ["Czech Republic", "Czechia"],
    "NL": ["Holland", "the Netherlands"],
    "DE": ["West Germany", "East Germany"],
    "CI": ["Ivory Coast"],
    "MM": ["Burma", "Myanmar"],
    "HK": ["Hong Kong"],
    "MO": ["Macau", "Macao"],
    "TR": ["Turkey", "Turkiye", "Türkiye"],
    "SZ": ["Swaziland"],
    "MK": ["Macedonia"],
    "CD": ["Congo-Kinshasa", "DR Congo", "DRC"],
    "CG": ["Congo-Brazzaville"],
    "VA": ["Vatican", "Holy See"],
    "PS": ["Palestine"],
    "BN": ["Brunei"],
    "CV": ["Cape Verde"],
    "FM": ["Micronesia"],
    "TL": ["East Timor"],
}

DEMONYMS = {
    "US": ["American", "Americans"], "CN": ["Chinese"], "JP": ["Japanese"],
    "CA": ["Canadian", "Canadians"], "MX": ["Mexican", "Mexicans"], "GB": ["British", "Briton", "Britons", "English", "Scottish", "Welsh"],
    "EU": ["European", "Europeans"], "DE": ["German", "Germans"], "FR": ["French"],
    "IT": ["Italian", "Italians"], "ES": ["Spanish", "Spaniard", "Spaniards"],
    "RU": ["Russian", "Russians", "Soviet"], "IN": ["Indian", "Indians"], "BR": ["Brazilian", "Brazilians"],
    "KR": ["South Korean", "South Koreans", "Korean", "Koreans"], "KP": ["North Korean", "North Koreans"],
    "VN": ["Vietnamese"], "TW": ["Taiwanese"], "AU": ["Australian", "Australians"],
    "NZ": ["New Zealander", "New Zealanders"], "MY": ["Malaysian", "Malaysians"],
    "KH": ["Cambodian", "Cambodians"], "TH": ["Thai"], "ID": ["Indonesian", "Indonesians"],
    "PH": ["Philippine", "Filipino", "Filipinos"], "SG": ["Singaporean", "Singaporeans"],
    "PK": ["Pakistani", "Pakistanis"], "BD": ["Bangladeshi"], "LK": ["Sri Lankan"],
    "IR": ["Iranian", "Iranians"], "IQ": ["Iraqi", "Iraqis"], "SY": ["Syrian", "Syrians"],
    "IL": ["Israeli", "Israelis"], "PS": ["Palestinian", "Palestinians"], "SA": ["Saudi", "Saudis", "Saudi Arabian"],
    "EG": ["Egyptian", "Egyptians"], "TR": ["Turkish", "Turk", "Turks"], "UA": ["Ukrainian", "Ukrainians"],
    "PL": ["Polish", "Pole", "Poles"], "NL": ["Dutch"], "BE": ["Belgian", "Belgians"],
    "CH": ["Swiss"], "AT": ["Austrian", "Austrians"], "SE": ["Swedish", "Swede", "Swedes"],
    "NO": ["Norwegian", "Norwegians"], "DK": ["Danish", "Dane", "Danes"], "FI": ["Finnish", "Finn", "Finns"],
    "IE": ["Irish"], "PT": ["Portuguese"], "GR": ["Greek", "Greeks"], "HU": ["Hungarian", "Hungarians"],
    "CZ": ["Czech", "Czechs"], "RO": ["Romanian", "Romanians"], "BG": ["Bulgarian", "Bulgarians"],
    "AR": ["Argentine", "Argentinian", "Argentines"], "CL": ["Chilean", "Chileans"], "CO": ["Colombian", "Colombians"],
    "PE": ["Peruvian", "Peruvians"], "VE": ["Venezuelan", "Venezuelans"], "CU": ["Cuban", "Cubans"],
    "ZA": ["South African", "South Africans"], "NG": ["Nigerian", "Nigerians"], "KE": ["Kenyan", "Kenyans"],
    "ET": ["Ethiopian", "Ethiopians"], "AF": ["Afghan", "Afghans"], "MN": ["Mongolian"], "LA": ["Laotian", "Lao"],
    "MM": ["Burmese", "Myanmar"], "HK": ["Hongkonger"], "KZ": ["Kazakh"], "AZ": ["Azerbaijani"],
    "AM": ["Armenian"], "GE": ["Georgian"], "BY": ["Belarusian"], "RS": ["Serbian", "Serb", "Serbs"],
    "HR": ["Croatian", "Croat"], "LB": ["Lebanese"], "JO": ["Jordanian"], "QA": ["Qatari"],
    "AE": ["Emirati"], "KW": ["Kuwaiti"], "LY": ["Libyan"], "DZ": ["Algerian"], "MA": ["Moroccan"],
    "TN": ["Tunisian"], "SD": ["Sudanese"], "YE": ["Yemeni"], "NP": ["Nepali", "Nepalese"],
}

CAPITALS = {
    "US": ["Washington"], "CN": ["Beijing", "Peking"], "JP": ["Tokyo"], "CA": ["Ottawa"],
    "MX": ["Mexico City"], "GB": ["London"], "EU": ["Brussels"], "DE": ["Berlin", "Bonn"],
    "FR": ["Paris"], "IT": ["Rome"], "ES": ["Madrid"], "RU": ["Moscow"], "IN": ["New Delhi"],
    "BR": ["Brasilia"], "KR": ["Seoul"], "KP": ["Pyongyang"], "VN": ["Hanoi"], "TW": ["Taipei"],
    "AU": ["Canberra"], "NZ": ["Wellington"], "MY": ["Kuala Lumpur"], "KH": ["Phnom Penh"],
    "TH": ["Bangkok"], "ID": ["Jakarta"], "PH": ["Manila"], "PK": ["Islamabad"], "BD": ["Dhaka"],
    "IR": ["Tehran"], "IQ": ["Baghdad"], "SY": ["Damascus"], "IL": ["Jerusalem"], "SA": ["Riyadh"],
    "EG": ["Cairo"], "TR": ["Ankara"], "UA": ["Kyiv", "Kiev"], "PL": ["Warsaw"], "NL": ["The Hague"],
    "CH": ["Bern"], "AT": ["Vienna"], "SE": ["Stockholm"], "NO": ["Oslo"], "DK": ["Copenhagen"],
    "FI": ["Helsinki"], "IE": ["Dublin"], "PT": ["Lisbon"], "GR": ["Athens"], "HU": ["Budapest"],
    "CZ": ["Prague"], "AR": ["Buenos Aires"], "CL": ["Santiago"], "CO": ["Bogota"], "PE": ["Lima"],
    "VE": ["Caracas"], "CU": ["Havana"], "ZA": ["Pretoria"], "NG": ["Abuja"], "KE": ["Nairobi"],
    "AF": ["Kabul"], "LA": ["Vientiane"], "MM": ["Naypyidaw"], "SG": ["Singapore"], "AZ": ["Baku"],
}


def main():
    rows = []
    seen = set()

    def add(name, code, kind):
        if name not in seen:
            seen.add(name)
            rows.append((name, code, kind))

    for entry in json.loads(ISO.read_text(encoding="utf-8"))["3166-1"]:
        code = entry["alpha_2"]
        for key in ("common_name", "name"):
            name = entry.get(key)
            if name and "," not in name:
                add(name, code, "country")
    for table, kind in ((ALIASES, "alias"), (DEMONYMS, "demonym"), (CAPITALS, "capital")):
        for code, names in table.items():
            for name in names:
                add(name, code, kind)
    # Official names last, as aliases: "Democratic People's Republic of Korea".
    for entry in json.loads(ISO.read_text(encoding="utf-8"))["3166-1"]:
        name = entry.get("official_name")
        if name and "," not in name:
            add(name, entry["alpha_2"], "alias")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as out:
        out.write("# name\tcode\tkind   (generated by scripts/make-countries.py; see docs/data.md)\n")
        for name, code, kind in rows:
            out.write(f"{name}\t{code}\t{kind}\n")
    print(f"{OUT}: {len(rows)} entries")


if __name__ == "__main__":
    main()
