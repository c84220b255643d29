import CHarfBuzz
import Foundation

/// Cuts TrueType fonts down to the characters one document draws, with HarfBuzz's subsetter.
///
/// libharu 2.3.0 embeds a TrueType font with every table except unused outlines, plus a width for
/// every glyph: about 100 KB per DejaVu Sans face, and most of the time spent saving. A subset
/// holding only the document's characters (plus `.notdef`) is a few kilobytes and keeps each
/// glyph's advance, so widths measured on the full font (`HaruTextMeasurer`) still hold. Glyphs
/// are renumbered; libharu maps Unicode to glyphs through the subset's own `cmap`, so the PDF's
/// character codes (Unicode) and text extraction are unchanged.
///
/// Subsets are cut from the fonts' HarfBuzz faces (`TrueTypeFont.face`, opened once per file and
/// shared by the process); the same font and characters always give the same bytes. Thread-safe:
/// HarfBuzz subsets an immutable face from several threads at once.
enum FontSubsetter {
  /// Tables a PDF never reads from an embedded TrueType font (PDF 9.9: a CIDFontType2 font program
  /// needs head, hhea, loca, maxp, glyf, hmtx, and cvt/fpgm/prep when hinted); dropping the layout
  /// tables up front also spares the subsetter their glyph closure. `name` goes too: the PDF names
  /// the font itself (`/BaseFont`), and the table is a tenth of a subset.
  static let droppedTables = [
    "GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "FFTM", "gasp", "hdmx", "LTSH", "VDMX", "DSIG",
    "vhea", "vmtx", "PCLT", "name",
  ]

  /// The TrueType bytes of `font` (the file at `path`) cut to `scalars` (sorted code points) and
  /// `.notdef`. Not cached here: `EmbeddedFontCache` keeps what is made from them.
  ///
  /// Throws `PDFError.fontFileUnreadable` naming `path` when HarfBuzz cannot subset it.
  static func subset(_ font: HarfBuzzFace, scalars: [UInt32], path: String) throws -> [UInt8] {
    try cut(font.face, scalars: scalars, path: path)
  }

  /// The PostScript name (name ID 6) of `font`, with only the characters a PDF name allows
  /// unescaped; nil when it has none.
  static func postScriptName(_ font: HarfBuzzFace) -> String? {
    var length: UInt32 = 64
    var buffer = [CChar](repeating: 0, count: 65)
    _ = hb_ot_name_get_utf8(font.face, hb_ot_name_id_t(HB_OT_NAME_ID_POSTSCRIPT_NAME), nil, &length, &buffer)
    let name = String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let kept = name.unicodeScalars.filter {
      $0.isASCII && $0.value > 0x20 && !"()<>[]{}/%#".unicodeScalars.contains($0)
    }
    return kept.isEmpty ? nil : String(String.UnicodeScalarView(kept))
  }

  private static func cut(_ face: OpaquePointer, scalars: [UInt32], path: String) throws -> [UInt8] {
    guard let input = hb_subset_input_create_or_fail() else {
      throw PDFError.fontFileUnreadable(path: path, reason: "HarfBuzz is out of memory")
    }
    defer { hb_subset_input_destroy(input) }
    let unicodes = hb_subset_input_unicode_set(input)
    for scalar in scalars { hb_set_add(unicodes, scalar) }
    // Hinting (the glyphs' TrueType instructions and the cvt/fpgm/prep programs) is for screens
    // at small pixel sizes; PDF viewers and printers render the outlines without it, and it is
    // half of a DejaVu subset. libharu writes empty cvt/fpgm/prep entries in its place.
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING.rawValue)
    let dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
    for tag in droppedTables { hb_set_add(dropped, hb_tag_from_string(tag, Int32(tag.utf8.count))) }
    guard let subset = hb_subset_or_fail(face, input) else {
      throw PDFError.fontFileUnreadable(path: path, reason: "HarfBuzz cannot subset it")
    }
    defer { hb_face_destroy(subset) }
    guard let blob = hb_face_reference_blob(subset) else {
      throw PDFError.fontFileUnreadable(path: path, reason: "HarfBuzz produced no subset")
    }
    defer { hb_blob_destroy(blob) }
    var length: UInt32 = 0
    guard let data = hb_blob_get_data(blob, &length), length > 0 else {
      throw PDFError.fontFileUnreadable(path: path, reason: "HarfBuzz produced an empty subset")
    }
    return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
      Array(UnsafeBufferPointer(start: $0, count: Int(length)))
    }
  }

  /// A six-letter subset tag (PDF 9.6.4) derived from the font and its characters, so the same
  /// subset always gets the same name, in any process.
  static func tag(path: String, scalars: [UInt32]) -> String {
    // FNV-1a: stable across runs, unlike Swift's seeded Hasher.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ byte: UInt8) {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    for byte in URL(fileURLWithPath: path).lastPathComponent.utf8 { mix(byte) }
    for scalar in scalars {
      for shift in stride(from: 0, to: 32, by: 8) { mix(UInt8(truncatingIfNeeded: scalar >> UInt32(shift))) }
    }
    var letters: [UInt8] = []
    for _ in 0..<6 {
      letters.append(UInt8(ascii: "A") + UInt8(hash % 26))
      hash /= 26
    }
    return String(decoding: letters, as: UTF8.self)
  }

  /// A ToUnicode CMap mapping each character code (the Unicode value, as libharu's UTF-8 fonts
  /// write it) back to itself, for exactly `scalars` (Basic Multilingual Plane only). A range
  /// never crosses a multiple of 256: within one, only the last byte of the code may change.
  static func toUnicodeCMap(for scalars: [UInt32]) -> String {
    let codes = scalars.filter { $0 <= 0xFFFF }
    func hex(_ value: UInt32) -> String {
      let digits = String(value, radix: 16, uppercase: true)
      return "<" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + ">"
    }
    var text = """
      /CIDInit /ProcSet findresource begin
      12 dict begin
      begincmap
      /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
      /CMapName /Adobe-Identity-UCS def
      /CMapType 2 def
      1 begincodespacerange
      <0000> <FFFF>
      endcodespacerange

      """
    // Runs of consecutive codes as ranges (each code maps to itself), at most 100 entries per
    // block (PDF 9.10.3).
    var runs: [(first: UInt32, last: UInt32)] = []
    for code in codes {
      if let last = runs.last, code == last.last + 1, code & 0xFF != 0 {
        runs[runs.count - 1].last = code
      } else {
        runs.append((code, code))
      }
    }
    var start = 0
    while start < runs.count {
      let block = runs[start..<min(start + 100, runs.count)]
      text += "\(block.count) beginbfrange\n"
      for run in block { text += "\(hex(run.first)) \(hex(run.last)) \(hex(run.first))\n" }
      text += "endbfrange\n"
      start += 100
    }
    text += """
      endcmap
      CMapName currentdict /CMap defineresource pop
      end
      end

      """
    return text
  }
}
