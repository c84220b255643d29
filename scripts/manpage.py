#!/usr/bin/env python3
"""Writes a man page (man(7) macros) for a program built with swift-argument-parser.

The page is generated from the parser's own description of the program, which every such
program prints with `--experimental-dump-help` (the JSON that swift-argument-parser's
generate-manual tool reads too), so the options, defaults and subcommands in the page are exactly
the ones the program accepts. We do not use the generate-manual plugin: it builds the whole
package once more in its own configuration, minutes on a 2-core machine, and would not use the
release build's flags (Makefile, RELEASE_BUILD).

  scripts/manpage.py PROGRAM --date YYYY-MM-DD --version V [--extra FILE] > PROGRAM.1

--extra appends a file of man(7) text (sections such as EXIT STATUS, FILES, SEE ALSO) that the
argument parser cannot know about.
"""
import argparse
import json
import subprocess
import sys


def roff(text):
    """Escapes text for man(7): backslashes, hyphens, and lines starting with a control character."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    # Non-ASCII characters as groff's Unicode escapes, so the page reads the same without preconv.
    text = "".join(c if ord(c) < 128 else "\\[u%04X]" % ord(c) for c in text)
    lines = []
    for line in text.split("\n"):
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def paragraphs(text):
    """The text as man(7) paragraphs: one .PP per blank-line-separated block."""
    blocks = [b.strip() for b in text.strip().split("\n\n") if b.strip()]
    return "\n.PP\n".join(roff(" ".join(b.split())) for b in blocks)


def option_names(argument):
    names = []
    for name in argument.get("names", []):
        prefix = "-" if name["kind"] in ("short", "longWithSingleDash") else "--"
        names.append("\\fB" + roff(prefix + name["name"]) + "\\fR")
    return ", ".join(names)


def value_label(argument):
    return "\\fI" + roff(argument.get("valueName", "value")) + "\\fR"


def synopsis_item(argument):
    """One argument as the synopsis shows it: [--opt value], <positional>..., [--flag]."""
    if argument["kind"] == "positional":
        item = value_label(argument)
    else:
        preferred = argument.get("preferredName") or argument["names"][0]
        prefix = "-" if preferred["kind"] in ("short", "longWithSingleDash") else "--"
        item = "\\fB" + roff(prefix + preferred["name"]) + "\\fR"
        if argument["kind"] == "option":
            item += " " + value_label(argument)
    if argument.get("isRepeating"):
        item += " ..."
    if argument.get("isOptional"):
        item = "[" + item + "]"
    return item


def visible_arguments(command, top_level=False):
    """The arguments help shows; --help and --version only once, on the program itself."""
    shown = []
    for argument in command.get("arguments", []):
        names = {n["name"] for n in argument.get("names", [])}
        if not argument.get("shouldDisplay", True) or (not top_level and names & {"help", "version"}):
            continue
        shown.append(argument)
    return shown


def describe_arguments(arguments):
    """The .TP list of every argument: names, value, then help, allowed values and default."""
    out = []
    for argument in arguments:
        if argument["kind"] == "positional":
            head = value_label(argument)
        else:
            head = option_names(argument)
            if argument["kind"] == "option":
                head += " " + value_label(argument)
        out.append(".TP\n" + head)
        text = argument.get("abstract", "")
        if argument.get("discussion"):
            text += " " + argument["discussion"]
        if argument.get("allValues") and argument["kind"] == "option":
            text += " One of: " + ", ".join(argument["allValues"]) + "."
        if "defaultValue" in argument and argument["kind"] != "flag":
            text += " Default: " + str(argument["defaultValue"]) + "."
        out.append(roff(" ".join(text.split())) if text.strip() else "")
    return "\n".join(line for line in out if line)


def shown_subcommands(command):
    """The subcommands help lists, less the parser's own `help`."""
    return [
        sub
        for sub in command.get("subcommands", [])
        if sub.get("shouldDisplay", True) and sub["commandName"] != "help"
    ]


def command_path(command):
    return " ".join(command.get("superCommands", []) + [command["commandName"]])


def synopsis(command, top_level=False):
    items = [synopsis_item(a) for a in visible_arguments(command, top_level)]
    if shown_subcommands(command):
        items.append("\\fIsubcommand\\fR")
    return ".B " + roff(command_path(command)) + ("\n" + " ".join(items) if items else "")


def subcommand_sections(command):
    """Every displayed subcommand, depth first, as an .SS with its synopsis, text and options."""
    out = []
    for sub in shown_subcommands(command):
        out.append('.SS "' + roff(command_path(sub)) + '"')
        out.append(synopsis(sub))
        if sub.get("abstract"):
            out.append(".PP\n" + paragraphs(sub["abstract"]))
        if sub.get("discussion"):
            out.append(".PP\n" + paragraphs(sub["discussion"]))
        arguments = visible_arguments(sub)
        if arguments:
            out.append(describe_arguments(arguments))
        out.extend(subcommand_sections(sub))
    return out


def manual(tool, date, version, extra):
    command = tool["command"]
    name = command["commandName"]
    out = [
        '.\\" Generated by scripts/manpage.py from `' + name + " --experimental-dump-help`; do not edit.",
        '.TH "' + roff(name.upper()) + '" 1 "' + date + '" "' + roff(name + " " + version) + '" "User Commands"',
        # Left-aligned and unhyphenated: option names and paths must stay whole.
        ".ad l",
        ".nh",
        ".SH NAME",
        roff(name) + " \\- " + roff(command.get("abstract", "").rstrip(".")),
        ".SH SYNOPSIS",
        synopsis(command, top_level=True),
    ]
    if command.get("discussion") or command.get("abstract"):
        out.append(".SH DESCRIPTION")
        out.append(paragraphs(command.get("discussion") or command.get("abstract")))
    arguments = visible_arguments(command, top_level=True)
    if arguments:
        out.append(".SH OPTIONS")
        out.append(describe_arguments(arguments))
    subs = subcommand_sections(command)
    if subs:
        out.append(".SH COMMANDS")
        out.extend(subs)
    text = "\n".join(out) + "\n"
    if extra:
        with open(extra, encoding="utf-8") as handle:
            text += handle.read()
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("program", help="the built program to describe")
    parser.add_argument("--date", required=True, help="the page's date, YYYY-MM-DD")
    parser.add_argument("--version", required=True, help="the program's version, for the page footer")
    parser.add_argument("--extra", help="a file of man(7) text appended to the page")
    options = parser.parse_args()
    dump = subprocess.run(
        [options.program, "--experimental-dump-help"], check=True, capture_output=True, text=True
    ).stdout
    tool = json.loads(dump)
    if tool.get("serializationVersion") != 0:
        sys.exit("manpage.py: unknown --experimental-dump-help format " + str(tool.get("serializationVersion")))
    sys.stdout.write(manual(tool, options.date, options.version, options.extra))


if __name__ == "__main__":
    main()
