import CHarfBuzz

/// The numbers of a font that layout and the PDF font descriptor need, in font units.
///
/// From HarfBuzz's API: units per em, cap height and x-height (`hb_ot_metrics_get_position`), the
/// italic angle and the weight (`hb_style_get_value`). From raw tables (`FontTable`), where
/// HarfBuzz has no API or its API answers something else:
/// - `hhea` ascender and descender: HarfBuzz's ascender is OS/2's typographic one when the font
///   sets USE_TYPO_METRICS (FreeSans does: 800 instead of 900); the program has always used hhea's.
/// - `head` bounding box and macStyle bold bit: HarfBuzz reports neither.
/// - `OS/2` version: HarfBuzz reports a cap height and x-height of zero as no value at all, which
///   for OS/2 version 2 and later is still a recorded zero.
///
/// HarfBuzz reads a `STAT` table's weight and slant first when a font has one; none of the fonts
/// this program uses has one, and a static font's `STAT` values are those of its OS/2 and post.
struct FontMetrics: Sendable, Equatable {
  let unitsPerEm: Int
  /// Typographic ascender and descender from `hhea` (the descender is negative).
  let ascender: Int
  let descender: Int
  /// Cap height and x-height (OS/2 version 2 and later), nil when the font records none.
  let capHeight: Int?
  let xHeight: Int?
  /// The italic angle in degrees, counter-clockwise from vertical (`post`; negative leans right).
  let italicAngle: Float
  /// The weight class (OS/2 usWeightClass; 700 for a font without OS/2 whose `head` says bold).
  let weight: Float
  /// `head` macStyle's bold bit.
  let macStyleBold: Bool
  /// The font's bounding box from `head`: xMin, yMin, xMax, yMax.
  let boundingBox: [Int]

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
    var capHeight: hb_position_t = 0
    var xHeight: hb_position_t = 0
    if hb_ot_metrics_get_position(face.font, HB_OT_METRICS_TAG_CAP_HEIGHT, &capHeight) != 0,
      hb_ot_metrics_get_position(face.font, HB_OT_METRICS_TAG_X_HEIGHT, &xHeight) != 0
    {
      self.capHeight = Int(capHeight)
      self.xHeight = Int(xHeight)
    } else if let version = face.table("OS/2").u16(0), version >= 2 {
      self.capHeight = 0
      self.xHeight = 0
    } else {
      self.capHeight = nil
      self.xHeight = nil
    }
    italicAngle = hb_style_get_value(face.font, HB_STYLE_TAG_SLANT_ANGLE)
    weight = hb_style_get_value(face.font, HB_STYLE_TAG_WEIGHT)
    macStyleBold = macStyle & 1 != 0
    boundingBox = [Int(xMin), Int(yMin), Int(xMax), Int(yMax)]
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
