#!/usr/bin/env python3
"""Writes data/entities/currencies.txt: currency codes, abbreviations and names that are not
names of entities (docs/ner.md, "Lists").

ISO 4217 alphabetic codes and the one-word currency names come from Debian's iso-codes
(/usr/share/iso-codes/json/iso_4217.json); the abbreviations and symbols of news and wire
text ("Rs", "US$", "dlrs", "stg", "DM") are written by hand below, as scripts/make-countries.py
does for aliases. One form a line, as written (matching is exact; an all-capitals entity is
also looked up in title case). Run it again after editing: python3 scripts/make-currencies.py
"""
import json
import pathlib

ISO = pathlib.Path("/usr/share/iso-codes/json/iso_4217.json")
OUT = pathlib.Path(__file__).resolve().parent.parent / "data/entities/currencies.txt"

# Abbreviations and symbols that news writes for currencies (not in ISO 4217).
ABBREVIATIONS = [
    # dollars
    "US$", "U.S.$", "USD$", "A$", "AU$", "AUD$", "C$", "CA$", "CAN$", "HK$", "NZ$", "NT$",
    "S$", "SG$", "SGD$", "M$", "Mex$", "R$", "Z$", "J$", "TT$", "EC$", "B$",
    "dlr", "dlrs", "Dlr", "Dlrs", "DLR", "DLRS", "dlrs.", "Dlrs.",
    # rupees, rupiah, ringgit, rand and others
    "Rs", "Rs.", "INR", "SLRs", "SLRe", "Rp", "Rp.", "RM", "Ksh", "KSh", "Tk",
    "Rmb", "RMB", "NIS",
    # European currencies of wire text before the euro
    "DM", "DMK", "DMs", "Dmk", "SFr", "Sfr", "SFR", "SwFr", "FFr", "Ffr", "FFR", "BFr", "Bfr",
    "BFR", "LFr", "Lfr", "LFR", "DKr", "Dkr", "DKR", "SKr", "Skr", "SKR", "NKr", "Nkr", "NKR",
    "Dfl", "DFL", "Pta", "Ptas", "Drs", "IR£", "Stg", "stg", "STG",
    "Ecu", "Ecus", "ECU", "ECUs", "ECUS",
]
# Currency names that are not also names of people or common capitalised words ("Mark",
# "Real", "Won", "Rand", "Dong", "Lev", "Lei", "Sol" are left out).
NAMES = ["Euro", "Euros", "Yen", "Yuan", "Renminbi", "Rupee", "Rupees", "Rupiah", "Ringgit",
         "Baht", "Peso", "Pesos", "Ruble", "Rubles", "Rouble", "Roubles", "Zloty", "Zlotys",
         "Forint", "Dirham", "Dirhams", "Shekel", "Shekels", "Lira", "Lire", "Krona", "Kronor",
         "Krone", "Kroner", "Dinar", "Dinars", "Riyal", "Riyals", "Rial", "Rials",
         "Kyat", "Taka", "Naira", "Cedi", "Kwacha", "Hryvnia", "Tenge", "Lempira", "Quetzal",
         "Guarani", "Boliviano", "Kuna"]


def main():
    forms = set(ABBREVIATIONS) | set(NAMES)
    with ISO.open(encoding="utf-8") as f:
        for entry in json.load(f)["4217"]:
            forms.add(entry["alpha_3"])
    header = ("# Currency codes, abbreviations and names (scripts/make-currencies.py; ISO 4217 "
              "codes from Debian iso-codes)\n")
    OUT.write_text(header + "".join(f"{form}\n" for form in sorted(forms)), encoding="utf-8")


if __name__ == "__main__":
    main()
