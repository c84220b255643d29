/// Horizontal metrics of a TrueType font, read from `head`, `hhea` and `hmtx`.
///
/// Advances are reported the way libharu writes them into the PDF's `/W` array: in 1/1000 em,
/// truncated to an integer. Measuring with the same integers makes layout agree with the PDF
/// to the point.

struct TrueTypeMetrics: Sendable {
  let unitsPerEm: Int
  /// Typographic ascender and descender (descender is negative), in font units.
  let ascender: Int
  let descender: Int
  /// Advance width per glyph id, in font units.
  private let advances: [UInt16]

  /// Parses the metric tables; nil when one is missing or truncated.
  init?(tables: TrueTypeTables) {
    guard let head = tables.table("head"), let hhea = tables.table("hhea"), let hmtx = tables.table("hmtx"),
      let unitsPerEm = head.u16(18), unitsPerEm > 0,
      let ascender = hhea.i16(4), let descender = hhea.i16(6), let metricCount = hhea.u16(34), metricCount > 0
    else { return nil }
    let count = Int(metricCount)
    // Each long metric is an advance (2 bytes) then a left side bearing (2 bytes); only the
    // advances are read.
    guard
      let advances = hmtx.withBytes(
        0, count: count * 4 - 2,
        { table in
          [UInt16](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count { buffer[index] = table.u16(index * 4) }
            initialized = count
          }
        })
    else { return nil }
    self.unitsPerEm = Int(unitsPerEm)
    self.ascender = Int(ascender)
    self.descender = Int(descender)
    self.advances = advances
  }

  /// The advance of `glyph` in 1/1000 em, truncated as libharu does.
  func advance(ofGlyph glyph: UInt16) -> Int {
    // Glyphs past the long-metrics array share the last advance (TrueType's monospace tail).
    let units = Int(glyph) < advances.count ? advances[Int(glyph)] : advances[advances.count - 1]
    return Int(units) * 1000 / unitsPerEm
  }

  /// Ascender in 1/1000 em.
  var ascent: Double { Double(ascender) * 1000 / Double(unitsPerEm) }
  /// Descender in 1/1000 em, positive.
  var descent: Double { Double(-descender) * 1000 / Double(unitsPerEm) }
}
