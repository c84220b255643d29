#!/usr/bin/env python3
"""Walks a tagged PDF's structure tree and content streams (issue 15): what pdfua does not check.

Usage: scripts/check-tagged-pdf.py FILE.pdf [--preview FILE.preview.txt] ...

Checks, per file:
  1. every text-showing operator (Tj, TJ, ', ") is inside marked content: an /Artifact, or a
     BDC whose /MCID a structure element owns (the page's /StructParents entry in /ParentTree);
  2. every /Figure element has a non-empty /Alt;
  3. heading levels in tree order: exactly one H1, first, and no level skipped going down;
  4. every /Table element has at least one /TH cell;
  5. with --preview: the words of `pdfinfo -struct-text` (figures' insides left out) come in the
     same order as the preview's words: compared with difflib, every difference is a short run
     (the preview's labels such as "Dose:" or figure placeholders; the log's week titles) or
     tagged text repeating earlier tagged text (the log table, once per week).
Prints one line per problem and exits 1 when there is any; needs pikepdf and poppler-utils.
"""
import difflib
import re
import subprocess
import sys

import pikepdf

TEXT_OPERATORS = {"Tj", "TJ", "'", '"'}


def name(obj):
    return str(obj) if obj is not None else ""


def walk(element, visit, depth=0):
    """Visits structure elements (dictionaries with /S) depth first, in /K order."""
    if isinstance(element, pikepdf.Dictionary) and "/S" in element:
        visit(element)
    kids = element.get("/K") if isinstance(element, pikepdf.Dictionary) else None
    if kids is None:
        return
    if not isinstance(kids, pikepdf.Array):
        kids = [kids]
    for kid in kids:
        if isinstance(kid, pikepdf.Dictionary) and name(kid.get("/Type")) in ("/MCR", "/OBJR"):
            continue
        if isinstance(kid, pikepdf.Dictionary):
            walk(kid, visit, depth + 1)


def owned_mcids(pdf):
    """(page object id, mcid) pairs that structure elements own through /ParentTree."""
    owned = set()
    root = pdf.Root.get("/StructTreeRoot")
    if root is None or "/ParentTree" not in root:
        return owned
    tree = pikepdf.NumberTree(root.ParentTree)
    for page in pdf.pages:
        key = page.obj.get("/StructParents")
        if key is None or int(key) not in tree:
            continue
        parents = tree[int(key)]
        for mcid, parent in enumerate(parents):
            if isinstance(parent, pikepdf.Dictionary) and "/S" in parent:
                owned.add((page.obj.objgen, mcid))
    return owned


def check_content(pdf, problems):
    owned = owned_mcids(pdf)
    for number, page in enumerate(pdf.pages, start=1):
        stack = []  # per open marked-content sequence: "artifact", an mcid, or None
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op == "BMC":
                stack.append("artifact" if name(operands[0]) == "/Artifact" else None)
            elif op == "BDC":
                tag, props = operands
                if name(tag) == "/Artifact":
                    stack.append("artifact")
                elif isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                    stack.append(int(props.MCID))
                else:
                    stack.append(None)
            elif op == "EMC":
                if not stack:
                    problems.append(f"page {number}: EMC without BMC/BDC")
                else:
                    stack.pop()
            elif op in TEXT_OPERATORS:
                if "artifact" in stack:
                    continue
                mcids = [entry for entry in stack if isinstance(entry, int)]
                if not mcids:
                    problems.append(f"page {number}: text operator {op} outside marked content")
                elif (page.obj.objgen, mcids[-1]) not in owned:
                    problems.append(f"page {number}: MCID {mcids[-1]} is not owned by a structure element")
        if stack:
            problems.append(f"page {number}: {len(stack)} marked-content sequence(s) left open")


def check_tree(pdf, problems):
    root = pdf.Root.get("/StructTreeRoot")
    if root is None:
        problems.append("no /StructTreeRoot")
        return
    headings = []
    tables = []

    def visit(element):
        role = name(element.S)
        if role == "/Figure":
            alt = element.get("/Alt")
            if alt is None or not str(alt).strip():
                problems.append("a /Figure has no /Alt")
        if re.fullmatch(r"/H[1-6]", role):
            headings.append(int(role[2:]))
        if role == "/Table":
            tables.append(element)

    walk(root, visit)
    if headings.count(1) != 1 or (headings and headings[0] != 1):
        problems.append(f"expected exactly one H1, first; heading levels are {headings}")
    for previous, level in zip(headings, headings[1:]):
        if level > previous + 1:
            problems.append(f"heading level skipped: H{previous} then H{level}")
    for table in tables:
        cells = []
        walk(table, lambda element: cells.append(name(element.S)))
        if "/TH" not in cells:
            problems.append("a /Table has no /TH cell")


def words(text):
    return re.findall(r"\w+", text.lower())


def structure_text(path):
    """The text of `pdfinfo -struct-text`, in tree order, without the text inside figures (a
    figure's labels are part of the drawing; its /Alt speaks for it)."""
    # pdfinfo prints a structure element's title (/T) as its raw bytes, so a UTF-16 title (a
    # Spanish figure's "Arqueo hacia atrás") is not UTF-8: such bytes are replaced, not fatal
    # (titles are on figure lines, whose text is skipped below).
    output = subprocess.run(
        ["pdfinfo", "-struct-text", path], capture_output=True, check=True
    ).stdout.decode("utf-8", errors="replace")
    texts = []
    figure_indent = None
    for line in output.splitlines():
        indent = len(line) - len(line.lstrip(" "))
        content = line.strip()
        if figure_indent is not None and indent <= figure_indent:
            figure_indent = None
        if figure_indent is not None:
            continue
        if content.startswith('"') and content.endswith('"') and len(content) >= 2:
            texts.append(content[1:-1])
        elif content.split(" ")[0] == "Figure":
            figure_indent = indent
    return " ".join(texts)


# How long a run of words may be that only the preview has (its labels: "Dose:", "Steps:",
# "[Figure: <exercise name>]", the log's "repeat this table for each week" note) or only the
# tagged text has (the log's week titles), and how long a run the tagged text may repeat (the log
# table, one per week in the PDF, once in the preview).
PREVIEW_ONLY = 12
TAGGED_ONLY = 4


def uncovered_runs(extra, text):
    """The runs of `extra` (a list of words) not covered by pieces of 5 or more words that occur in
    `text` (words joined by single spaces, with a space at each end)."""
    runs, run, index = [], [], 0
    while index < len(extra):
        length = 0
        while index + length < len(extra) and (" " + " ".join(extra[index : index + length + 1]) + " ") in text:
            length += 1
        if length >= 5:
            if run:
                runs.append(run)
                run = []
            index += length
        else:
            run.append(extra[index])
            index += 1
    if run:
        runs.append(run)
    return runs


def check_order(path, preview, problems):
    """The tagged words against the preview's: matched in order (difflib, no junk heuristic);
    every run only the preview has is short, and so is every run only the tagged text has, apart
    from pieces that repeat the preview's text (the log table, once per week)."""
    tagged = words(structure_text(path))
    expected = words(open(preview, encoding="utf-8").read())
    matcher = difflib.SequenceMatcher(None, tagged, expected, autojunk=False)
    text = " " + " ".join(expected) + " "
    for op, t1, t2, e1, e2 in matcher.get_opcodes():
        if op == "equal":
            continue
        extra, missing = tagged[t1:t2], expected[e1:e2]
        runs = uncovered_runs(extra, text)
        if len(missing) > PREVIEW_ONLY or any(len(run) > TAGGED_ONLY for run in runs):
            context = " ".join(tagged[max(t1 - 6, 0) : t1])
            problems.append(
                f"structure text differs from the preview's after '... {context}': "
                f"tagged '{' '.join(extra[:30])}' where the preview has '{' '.join(missing[:30])}'"
            )


def main(arguments):
    files = []
    previews = {}
    iterator = iter(arguments)
    for argument in iterator:
        if argument == "--preview":
            previews[files[-1]] = next(iterator)
        else:
            files.append(argument)
    if not files:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    failed = False
    for path in files:
        problems = []
        with pikepdf.open(path) as pdf:
            check_tree(pdf, problems)
            check_content(pdf, problems)
        if path in previews:
            check_order(path, previews[path], problems)
        for problem in problems[:20]:
            print(f"{path}: {problem}")
        if len(problems) > 20:
            print(f"{path}: ... and {len(problems) - 20} more")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
