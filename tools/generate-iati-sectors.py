#!/usr/bin/env python3
"""Generates src/main/resources/reference/iati/sectors.csv from the IATI codelists
Sector.xml (vocabulary 1, DAC 5-digit) and SectorCategory.xml (vocabulary 2, DAC 3-digit).

Usage: python3 tools/generate-iati-sectors.py ../shared/iati-codelists src/main/resources/reference/iati/sectors.csv
"""
import csv
import sys
import xml.etree.ElementTree as ET

LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def items(path, vocabulary):
    for item in ET.parse(path).getroot().iter("codelist-item"):
        names = {"en": "", "fr": ""}
        for narrative in item.find("name").findall("narrative"):
            names[narrative.get(LANG, "en").lower()] = (narrative.text or "").strip()
        yield [vocabulary, item.findtext("code").strip(), names["en"], names["fr"] or names["en"],
               item.get("status", "active")]


def main(source, target):
    rows = list(items(f"{source}/Sector.xml", "1")) + list(items(f"{source}/SectorCategory.xml", "2"))
    with open(target, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["vocabulary", "code", "name_en", "name_fr", "status"])
        writer.writerows(rows)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
