#!/usr/bin/env python3
"""Counts the deflate symbols of the tagged sample PDFs' object streams, for the fixed Huffman code
igzip compresses every object stream with (Sources/HomeProgramPDF/Haru/ObjectStreamCode.swift).

The object streams hold the structure tree's small dictionaries, the streams' headers of object
numbers and offsets, and libharu's dictionaries: text that reads much the same from one handout to
the next, so one code made from the samples' counts compresses a new handout's streams within a
fraction of a percent of a code made for each (README, "Accessibility", "Cost"). The counts are
those of ISA-L's own parse (`isal_update_histogram`, through ctypes), over the uncompressed object
streams of every PDF under Samples/output, in path order. The text being counted does not depend on
the code, so regenerating the samples with a new code gives the same counts.

Usage: scripts/object-stream-code.py          rewrites the counts in ObjectStreamCode.swift
       scripts/object-stream-code.py --check  exits 1 when they differ from the samples'
"""
import ctypes
import ctypes.util
import pathlib
import re
import sys
import zlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
SWIFT = ROOT / "Sources/HomeProgramPDF/Haru/ObjectStreamCode.swift"
LIT_LEN_SYMBOLS = 286  # ISAL_DEF_LIT_LEN_SYMBOLS
DIST_SYMBOLS = 30  # ISAL_DEF_DIST_SYMBOLS
HASH_SIZE = 8 * 1024  # IGZIP_LVL0_HASH_SIZE


class Histogram(ctypes.Structure):
    """ISA-L's struct isal_huff_histogram."""

    _fields_ = [
        ("lit_len", ctypes.c_uint64 * LIT_LEN_SYMBOLS),
        ("dist", ctypes.c_uint64 * DIST_SYMBOLS),
        ("hash_table", ctypes.c_uint16 * HASH_SIZE),
    ]


STREAM = re.compile(rb"/Type /ObjStm /N \d+ /First \d+ /Filter /FlateDecode /Length (\d+) >>\nstream\n")


def object_streams(pdf: bytes):
    for match in STREAM.finditer(pdf):
        length = int(match.group(1))
        yield zlib.decompress(pdf[match.end() : match.end() + length])


def counts():
    name = ctypes.util.find_library("isal") or "libisal.so.2"
    isal = ctypes.CDLL(name)
    isal.isal_update_histogram.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(Histogram)]
    histogram = Histogram()
    pdfs = sorted((ROOT / "Samples/output").rglob("*.pdf"))
    streams = 0
    for path in pdfs:
        for text in object_streams(path.read_bytes()):
            isal.isal_update_histogram(text, len(text), ctypes.byref(histogram))
            streams += 1
    if streams == 0:
        sys.exit("object-stream-code: no object streams under Samples/output (run make demo first)")
    return list(histogram.lit_len), list(histogram.dist), len(pdfs), streams


def literal(name: str, values: list) -> str:
    lines = [f"  static let {name}: [UInt64] = ["]
    row = []
    for value in values:
        item = f"{value},"
        if row and len("    " + " ".join(row + [item])) > 108:
            lines.append("    " + " ".join(row))
            row = []
        row.append(item)
    lines.append("    " + " ".join(row))
    lines.append("  ]")
    return "\n".join(lines)


def main() -> None:
    lit_len, dist, pdfs, streams = counts()
    block = "\n".join(
        [
            "  // BEGIN COUNTS (scripts/object-stream-code.py: "
            f"{streams} object streams of {pdfs} sample PDFs)",
            literal("literalLengthCounts", lit_len),
            literal("distanceCounts", dist),
            "  // END COUNTS",
        ]
    )
    source = SWIFT.read_text()
    updated, replaced = re.subn(r"  // BEGIN COUNTS.*?  // END COUNTS", lambda _: block, source, flags=re.S)
    if replaced != 1:
        sys.exit(f"object-stream-code: no BEGIN/END COUNTS block in {SWIFT}")
    if "--check" in sys.argv[1:]:
        if updated != source:
            sys.exit(f"object-stream-code: the counts in {SWIFT.name} are not the samples' (run it without --check)")
        print(f"object-stream-code: counts match {streams} object streams of {pdfs} sample PDFs")
        return
    SWIFT.write_text(updated)
    print(f"object-stream-code: {SWIFT.name} counts from {streams} object streams of {pdfs} sample PDFs")


if __name__ == "__main__":
    main()
