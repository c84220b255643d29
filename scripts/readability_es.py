"""Fernández-Huerta score of the prose in Spanish text previews (called by readability-es.sh).

The prose is what a patient reads as sentences: paragraphs, steps, tips and box texts. Left out:
headings underlined with = or -, the centred cover lines, table rows (cells apart by 2+ spaces),
the log grid, box titles, figures and one-word lines. Box markers (| ! •) and list numbers are
stripped.
"""
import re
import sys

import textstat


def prose(text):
    lines = text.split("\n")
    kept = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if re.fullmatch(r"[=\-\s]*", line) or re.fullmatch(r"[=\-]{3,}", following.strip()):
            continue  # a heading, or its underline
        if len(line) - len(line.lstrip(" ")) >= 10 and not line.lstrip().startswith(("|", "!")):
            continue  # the centred cover lines (clinic, name, date, phone)
        stripped = re.sub(r"^[\s|!•]*(\d+\.\s+)?", "", line).strip()
        if re.search(r"\S {2,}\S", stripped) or "[ ]" in line or "—" in line[:12]:
            continue  # a table row, the log grid, a traffic-light label
        if stripped.startswith("[") and stripped.endswith("]"):
            continue  # a box title or a figure
        if len(stripped.split()) < 2:
            continue
        kept.append(stripped)
    return " ".join(kept)


def main():
    textstat.set_lang("es")
    print(f"{'preview':58} {'words':>6} {'Fernández-Huerta':>17}")
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as handle:
            text = prose(handle.read())
        words = textstat.lexicon_count(text)
        score = textstat.fernandez_huerta(text)
        print(f"{path:58} {words:>6} {score:>17.1f}")


if __name__ == "__main__":
    main()
