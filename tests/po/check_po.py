#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The translations are complete and safe to format.

check_po.py catalogs SOURCE_DIR: every po/LANG.po of po/LINGUAS has every message of
po/stretch.pot translated (no fuzzy, untranslated or obsolete entries), each translation with
the `{...}` placeholders of its English text (fmt would fall back to English otherwise), and
no control characters.
check_po.py routines SOURCE_DIR: every text of the built-in routines has a line for each
language of po/LINGUAS (`title[de] ...` after `title ...`).
"""
import re
import sys
from pathlib import Path

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def unescape(text):
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}[m.group(1)], text)


def entries(path):
    """The entries of a po file: dicts of msgctxt, msgid, msgid_plural, msgstr[N], flags."""
    found = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        entry = {"flags": "", "obsolete": False, "line": None}
        field = None
        for line in block.splitlines():
            if line.startswith("#~"):
                entry["obsolete"] = True
            elif line.startswith("#,"):
                entry["flags"] += line[2:]
            elif line.startswith("#"):
                continue
            else:
                m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) "(.*)"$', line)
                if m:
                    field = m.group(1)
                    entry[field] = unescape(m.group(2))
                elif re.match(r'^"(.*)"$', line) and field:
                    entry[field] += unescape(line[1:-1])
        if "msgid" in entry or entry["obsolete"]:
            found.append(entry)
    return found


def key(entry):
    return (entry.get("msgctxt"), entry.get("msgid"), entry.get("msgid_plural"))


def check_catalog(po, template_keys):
    problems = []
    keys = set()
    for entry in entries(po):
        if entry["obsolete"]:
            problems.append(f"{po.name}: an obsolete entry (#~): remove it")
            continue
        if entry["msgid"] == "":
            continue
        keys.add(key(entry))
        name = repr(entry["msgid"][:60])
        if "fuzzy" in entry["flags"]:
            problems.append(f"{po.name}: {name} is fuzzy")
        strings = [v for k, v in entry.items() if k.startswith("msgstr")]
        if not strings or any(s == "" for s in strings):
            problems.append(f"{po.name}: {name} is not translated")
            continue
        english = entry.get("msgid_plural", entry["msgid"])
        wanted = sorted(PLACEHOLDER.findall(english))
        for text in strings:
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"{po.name}: {name}: placeholders {sorted(PLACEHOLDER.findall(text))}, not {wanted}")
            if text.count("{") != text.count("}"):
                problems.append(f"{po.name}: {name}: a brace unmatched")
            if any(ord(c) < 0x20 and c != "\n" for c in text) or ("\n" in text) != ("\n" in english):
                problems.append(f"{po.name}: {name}: control characters or line breaks unlike the English")
    for missing in sorted(template_keys - keys, key=str):
        problems.append(f"{po.name}: {missing[1]!r} of the template is missing")
    for extra in sorted(keys - template_keys, key=str):
        problems.append(f"{po.name}: {extra[1]!r} is not in the template")
    return problems


TRANSLATABLE = {"title", "description", "tip", "exercise", "setup", "between-reps", "between-sides", "yes", "no",
                "contract", "stretch", "relax", "rest", "manual", "question"}


def check_routines(folder, languages):
    problems = []
    for path in sorted(folder.glob("*.stretch")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        for number, line in enumerate(lines, 1):
            if not line or line.startswith("#"):
                continue
            keyword = line.split()[0].lower()
            if keyword == "first":
                keyword = line.split()[1].lower()
            if keyword not in TRANSLATABLE or "[" in line.split()[0]:
                continue
            # The untagged lines of this keyword in a row, then their translations.
            following = []
            for after in lines[number:]:
                if not after or after.startswith("#"):
                    continue
                word = after.split()[0].lower()
                if word == keyword:
                    following = None  # a second line of the same text: checked with the last one
                    break
                if not word.startswith(keyword + "["):
                    break
                following.append(word[len(keyword) + 1:-1])
            if following is None:
                continue
            for language in languages:
                if language not in following:
                    problems.append(f"{path.name}:{number}: `{keyword}` has no `{keyword}[{language}]` line after it")
    return problems


def main():
    what, source = sys.argv[1], Path(sys.argv[2])
    languages = [l.strip() for l in (source / "po/LINGUAS").read_text().splitlines()
                 if l.strip() and not l.startswith("#")]
    if what == "catalogs":
        template = {key(e) for e in entries(source / "po/stretch.pot") if e.get("msgid")}
        problems = []
        for language in languages:
            problems += check_catalog(source / "po" / f"{language}.po", template)
    else:
        problems = check_routines(source / "routines", languages)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
