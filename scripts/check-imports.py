#!/usr/bin/env python3
"""Every module of this package imports only the package's targets it declares as dependencies.

SwiftPM's own check (`--explicit-target-dependency-import-check error`, also in `make test`) is
skipped for targets built after plugin-generated sources (everything downstream of
HomeProgramBundle), so this reads the manifest (`swift package dump-package`) and each target's
imports itself. A back-edge (a stage importing a later one) is also a dependency cycle, which the
compiler refuses; this catches the sideways imports too.

    scripts/check-imports.py          # exit 1 and one line per offending import
"""
import json
import os
import re
import subprocess
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
manifest = json.loads(
    subprocess.run(["swift", "package", "dump-package"], cwd=root, check=True, capture_output=True, text=True).stdout
)
targets = {target["name"]: target for target in manifest["targets"]}


def declared(target):
    names = set()
    for dependency in target["dependencies"]:
        for kind in ("byName", "target"):
            if kind in dependency:
                names.add(dependency[kind][0])
    return names


def folder(target):
    if target.get("path"):
        return os.path.join(root, target["path"])
    base = "Tests" if target["type"] == "test" else ("Plugins" if target["type"] == "plugin" else "Sources")
    return os.path.join(root, base, target["name"])


import_line = re.compile(r"^\s*(?:@testable\s+)?import\s+(?:(?:struct|enum|class|func)\s+)?(\w+)", re.M)
problems = []
checked = 0
for name, target in sorted(targets.items()):
    if target["type"] == "system":
        continue
    allowed = declared(target)
    for directory, _, files in os.walk(folder(target)):
        for file in sorted(files):
            if not file.endswith(".swift"):
                continue
            path = os.path.join(directory, file)
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
            checked += 1
            for module in import_line.findall(text):
                if module in targets and module != name and module not in allowed:
                    problems.append(f"{os.path.relpath(path, root)}: imports {module}, which {name} does not depend on")
for problem in problems:
    print(problem)
print(f"check-imports: {checked} files, {len(problems)} undeclared imports")
sys.exit(1 if problems else 0)
