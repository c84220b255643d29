/// The numbers of a font that HarfBuzz has no API for, or answers differently, read from its raw
/// tables (`FontTable`), in font units:
/// - `hhea` ascender and descender: HarfBuzz's ascender is OS/2's typographic one when the font
///   sets USE_TYPO_METRICS (FreeSans does: 800 instead of 900); the program has always used hhea's.
/// - `head` bounding box and macStyle bold bit: HarfBuzz reports neither.
///
/// Cheap: two small tables, nothing sanitized or walked. `EmbeddedFont.Descriptor` adds what
/// HarfBuzz does report (cap height, x-height, italic angle, weight).
struct FontMetrics: Sendable, Equatable {
  /// Units per em, as HarfBuzz reads `head` (1000 for a value outside 16…16384).
  let unitsPerEm: Int
  /// Typographic ascender and descender from `hhea` (the descender is negative).
  let ascender: Int
  let descender: Int
  /// The font's bounding box from `head`: xMin, yMin, xMax, yMax.
  let boundingBox: [Int]
  /// `head` macStyle's bold bit.
  let macStyleBold: Bool

  /// The metrics of `face`; nil when it lacks a `head` or `hhea` table (or either is truncated).
  init?(_ face: HarfBuzzFace) {
    let head = face.table("head")
    let hhea = face.table("hhea")
    guard let ascender = hhea.i16(4), let descender = hhea.i16(6), let macStyle = head.u16(44),
      let xMin = head.i16(36), let yMin = head.i16(38), let xMax = head.i16(40), let yMax = head.i16(42)
    else { return nil }
    unitsPerEm = face.unitsPerEm
    self.ascender = Int(ascender)
    self.descender = Int(descender)
    boundingBox = [Int(xMin), Int(yMin), Int(xMax), Int(yMax)]
    macStyleBold = macStyle & 1 != 0
  }

  /// Ascender in 1/1000 em.
  var ascent: Double { Double(ascender) * 1000 / Double(unitsPerEm) }
  /// Descender in 1/1000 em, positive.
  var descent: Double { Double(-descender) * 1000 / Double(unitsPerEm) }

  /// `value` font units in 1/1000 em, truncated toward zero (as the PDF's integers are written).
  func thousandths(_ value: Int) -> Int {
    value * 1000 / unitsPerEm
  }
}
