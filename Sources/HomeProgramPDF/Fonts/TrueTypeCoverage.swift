/// Which Unicode characters a TrueType font can draw, read from its `cmap` table.
///
/// Formats 12 (full Unicode) and 4 (the Basic Multilingual Plane) are read; together they cover
/// every font this project ships with. The map is built once per font file (see `FontFileCache`).
struct TrueTypeCoverage: Sendable {
  /// Unicode scalar value → glyph id (never 0: unmapped characters are absent).
  private let glyphs: [UInt32: UInt16]

  /// Parses the best Unicode subtable of `cmap`; nil when the font has no readable Unicode cmap.
  init?(tables: TrueTypeTables) {
    guard let cmap = tables.table("cmap"), let count = cmap.u16(2) else { return nil }
    // (platform, encoding, offset) of every subtable.
    var subtables: [(platform: UInt16, encoding: UInt16, offset: Int)] = []
    for index in 0..<Int(count) {
      let record = 4 + index * 8
      guard let platform = cmap.u16(record), let encoding = cmap.u16(record + 2),
        let offset = cmap.u32(record + 4)
      else { return nil }
      subtables.append((platform, encoding, Int(offset)))
    }
    // Full-repertoire subtables first, then BMP ones.
    let preferences: [(platform: UInt16, encoding: UInt16, format: UInt16)] = [
      (3, 10, 12), (0, 6, 12), (0, 4, 12), (3, 1, 4), (0, 3, 4), (0, 2, 4), (0, 1, 4), (0, 0, 4),
    ]
    for preference in preferences {
      for subtable in subtables
      where subtable.platform == preference.platform && subtable.encoding == preference.encoding {
        let reader = cmap.advanced(by: subtable.offset)
        guard reader.u16(0) == preference.format else { continue }
        let parsed = preference.format == 12 ? Self.format12(reader) : Self.format4(reader)
        if let parsed {
          glyphs = parsed
          return
        }
      }
    }
    return nil
  }

  /// The glyph for `scalar`, or nil when the font has none.
  func glyph(for scalar: Unicode.Scalar) -> UInt16? {
    glyphs[scalar.value]
  }

  /// True when the font has a glyph for `scalar`.
  func covers(_ scalar: Unicode.Scalar) -> Bool {
    glyphs[scalar.value] != nil
  }

  /// Calls `body` with every mapped character and its glyph, in no particular order.
  func forEach(_ body: (_ scalar: UInt32, _ glyph: UInt16) -> Void) {
    for (scalar, glyph) in glyphs { body(scalar, glyph) }
  }

  /// Number of mapped characters.
  var count: Int { glyphs.count }

  /// Segmented 32-bit groups: (start, end, first glyph).
  private static func format12(_ reader: ByteReader) -> [UInt32: UInt16]? {
    guard let groupCount = reader.u32(12) else { return nil }
    var map: [UInt32: UInt16] = [:]
    for index in 0..<Int(groupCount) {
      let group = 16 + index * 12
      guard let start = reader.u32(group), let end = reader.u32(group + 4),
        let firstGlyph = reader.u32(group + 8), start <= end, end <= 0x10_FFFF
      else { return nil }
      for code in start...end {
        let glyph = firstGlyph + (code - start)
        if glyph != 0 && glyph <= UInt32(UInt16.max) { map[code] = UInt16(glyph) }
      }
    }
    return map
  }

  /// Segment mapping to delta values (the classic BMP table).
  private static func format4(_ reader: ByteReader) -> [UInt32: UInt16]? {
    guard let segCountX2 = reader.u16(6) else { return nil }
    let segCount = Int(segCountX2) / 2
    let endCodes = 14
    let startCodes = endCodes + segCount * 2 + 2
    let deltas = startCodes + segCount * 2
    let rangeOffsets = deltas + segCount * 2
    var map: [UInt32: UInt16] = [:]
    for segment in 0..<segCount {
      guard let end = reader.u16(endCodes + segment * 2), let start = reader.u16(startCodes + segment * 2),
        let delta = reader.u16(deltas + segment * 2),
        let rangeOffset = reader.u16(rangeOffsets + segment * 2), start <= end
      else { return nil }
      for code in UInt32(start)...UInt32(end) where code != 0xFFFF {
        var glyph: UInt16
        if rangeOffset == 0 {
          glyph = UInt16(truncatingIfNeeded: code &+ UInt32(delta))
        } else {
          let address = rangeOffsets + segment * 2 + Int(rangeOffset) + Int(code - UInt32(start)) * 2
          guard let raw = reader.u16(address) else { return nil }
          glyph = raw == 0 ? 0 : raw &+ delta
        }
        if glyph != 0 { map[code] = glyph }
      }
    }
    return map
  }
}
