import CHarfBuzz
import CHaruShim
import CLibHaru
import Foundation

/// A TrueType subset ready to embed: the PDF objects of one font file cut to one set of
/// characters, compressed once and added to every document that draws those characters with it.
///
/// libharu 2.3.0 would, for every document, parse the subset, rebuild its tables, look up 65,536
/// codes for its widths and glyph map, and compress it all again: about a quarter of the work of
/// a handout. Here the subset's bytes (`FontSubsetter`) are embedded as HarfBuzz wrote them, and
/// the widths (from the full font, exactly what layout measured), the code-to-glyph map (from the
/// subset's own `cmap`), the descriptor (from the subset's metrics, `FontMetrics`) and the
/// ToUnicode CMap are computed once per process and character set.
/// Character codes are the Unicode values (Identity-H), as libharu's UTF-8 fonts write them.
struct EmbeddedFont: Sendable {
  /// `TAG+PostScriptName`.
  let baseFont: String
  /// The subset (FontFile2), zlib-compressed, and its uncompressed length.
  let fontFile: [UInt8]
  let length1: Int
  /// /CIDToGIDMap: the subset's glyph for each code, two bytes per code from 0, compressed.
  let cidToGID: [UInt8]
  /// /ToUnicode: each code maps to itself, compressed.
  let toUnicode: [UInt8]
  /// The codes drawn and their widths in 1/1000 em, ascending.
  let codes: [UInt16]
  let widths: [Int32]
  let descriptor: Descriptor

  /// The font descriptor's numbers, in 1/1000 em.
  struct Descriptor: Sendable, Equatable {
    var ascent: Int32
    var descent: Int32
    var capHeight: Int32
    var xHeight: Int32
    var italicAngle: Int32
    var flags: Int32
    var bbox: (Int32, Int32, Int32, Int32)

    static func == (a: Descriptor, b: Descriptor) -> Bool {
      a.ascent == b.ascent && a.descent == b.descent && a.capHeight == b.capHeight && a.xHeight == b.xHeight
        && a.italicAngle == b.italicAngle && a.flags == b.flags && a.bbox == b.bbox
    }
  }

  /// Prepares the subset of the font at `path` holding `codePoints` (sorted, Basic Multilingual
  /// Plane), cut from and measured with `font` (that file, opened). Throws
  /// `PDFError.fontFileUnreadable`.
  init(path: String, codePoints: [UInt32], font: TrueTypeFont) throws {
    let subset = try FontSubsetter.subset(font.face, scalars: codePoints, path: path)
    let codes = codePoints.filter { $0 <= 0xFFFF }
    let parsed = try Self.parse(subset, codes: codes, path: path)
    let tag = FontSubsetter.tag(path: path, scalars: codePoints)
    baseFont = tag + "+" + (FontSubsetter.postScriptName(font.face) ?? "Font")
    length1 = subset.count
    self.codes = codes.map { UInt16($0) }
    widths = codes.map { code in Unicode.Scalar(code).map { Int32(font.advance(of: $0)) } ?? 0 }
    descriptor = parsed.descriptor
    var map = [UInt8](repeating: 0, count: 2 * (Int(codes.last ?? 0) + 1))
    for (code, glyph) in zip(codes, parsed.glyphs) {
      map[2 * Int(code)] = UInt8(glyph >> 8)
      map[2 * Int(code) + 1] = UInt8(glyph & 0xFF)
    }
    guard let fontFile = Deflate.zlib(subset), let cidToGID = Deflate.zlib(map),
      let toUnicode = Deflate.zlib(Array(FontSubsetter.toUnicodeCMap(for: codePoints).utf8))
    else {
      throw PDFError.fontFileUnreadable(path: path, reason: "its subset cannot be compressed")
    }
    self.fontFile = fontFile
    self.cidToGID = cidToGID
    self.toUnicode = toUnicode
  }

  /// Adds the font's objects to `document`; the returned font is registered on pages like any.
  func add(to document: HPDF_Doc) -> HPDF_Font? {
    baseFont.withCString { name in
      fontFile.withUnsafeBufferPointer { file in
        cidToGID.withUnsafeBufferPointer { map in
          toUnicode.withUnsafeBufferPointer { cmap in
            codes.withUnsafeBufferPointer { codes in
              widths.withUnsafeBufferPointer { widths in
                var font = homeprogram_cid_font()
                font.base_font = name
                font.font_file = file.baseAddress
                font.font_file_size = UInt32(file.count)
                font.length1 = UInt32(length1)
                font.cid_to_gid = map.baseAddress
                font.cid_to_gid_size = UInt32(map.count)
                font.to_unicode = cmap.baseAddress
                font.to_unicode_size = UInt32(cmap.count)
                font.codes = codes.baseAddress
                font.widths = widths.baseAddress
                font.count = UInt32(codes.count)
                font.ascent = descriptor.ascent
                font.descent = descriptor.descent
                font.cap_height = descriptor.capHeight
                font.x_height = descriptor.xHeight
                font.italic_angle = descriptor.italicAngle
                font.flags = descriptor.flags
                // No stem width is recorded in TrueType; viewers only use it to synthesise, and
                // every glyph is embedded.
                font.stem_v = 0
                font.bbox = descriptor.bbox
                return homeprogram_add_cid_font(document, &font)
              }
            }
          }
        }
      }
    }
  }

  /// The subset's descriptor numbers and the glyph of each of `codes`, read through HarfBuzz.
  private static func parse(_ subset: [UInt8], codes: [UInt32], path: String) throws -> (
    descriptor: Descriptor, glyphs: [UInt16]
  ) {
    guard let face = HarfBuzzFace(bytes: subset) else {
      throw PDFError.fontFileUnreadable(path: path, reason: "HarfBuzz cannot parse its subset")
    }
    guard let descriptor = Descriptor(face) else {
      throw PDFError.fontFileUnreadable(path: path, reason: "its subset has no head or hhea table")
    }
    let glyphs = face.glyphs(for: codes).map { UInt16(truncatingIfNeeded: $0) }
    return (descriptor, glyphs)
  }
}

extension EmbeddedFont.Descriptor {
  /// The descriptor of `face`; nil when it lacks a `head` or `hhea` table.
  ///
  /// Numbers are in 1/1000 em, truncated toward zero. Ascent, descent and bounding box come from
  /// `FontMetrics`; the rest from HarfBuzz:
  /// - cap height and x-height: `hb_ot_metrics_get_position` (OS/2 version 2 and later). HarfBuzz
  ///   reports two zeros as no value, so OS/2's version tells a recorded zero (kept) from no value
  ///   (the cap height is then the ascent, and the x-height 0);
  /// - italic angle: `hb_style_get_value` (`post`), in whole degrees at or below it, the integer
  ///   part of its 16.16 value (a Float holds that value exactly below 256°);
  /// - bold when the weight (`hb_style_get_value`: OS/2 usWeightClass) is 600 or more, or `head`'s
  ///   macStyle says bold.
  ///
  /// HarfBuzz would read a `STAT` table's weight and slant first; none of the fonts this program
  /// uses has one, and a static font's `STAT` values are those of its OS/2 and `post`.
  init?(_ face: HarfBuzzFace) {
    guard let metrics = FontMetrics(face) else { return nil }
    func scaled(_ value: Int) -> Int32 { Int32(truncatingIfNeeded: metrics.thousandths(value)) }
    let ascent = scaled(metrics.ascender)
    var capHeight: hb_position_t = 0
    var xHeight: hb_position_t = 0
    let heights: (cap: Int32, x: Int32)
    if hb_ot_metrics_get_position(face.font, HB_OT_METRICS_TAG_CAP_HEIGHT, &capHeight) != 0,
      hb_ot_metrics_get_position(face.font, HB_OT_METRICS_TAG_X_HEIGHT, &xHeight) != 0
    {
      heights = (scaled(Int(capHeight)), scaled(Int(xHeight)))
    } else if let version = face.table("OS/2").u16(0), version >= 2 {
      heights = (0, 0)
    } else {
      heights = (ascent, 0)
    }
    let italic = Int32(hb_style_get_value(face.font, HB_STYLE_TAG_SLANT_ANGLE).rounded(.down))
    let weight = hb_style_get_value(face.font, HB_STYLE_TAG_WEIGHT)
    var flags: Int32 = 32  // non-symbolic
    if italic != 0 { flags |= 64 }
    if weight >= 600 || metrics.macStyleBold { flags |= 0x40000 }  // force bold
    let box = metrics.boundingBox.map(scaled)
    self.init(
      ascent: ascent, descent: scaled(metrics.descender), capHeight: heights.cap, xHeight: heights.x,
      italicAngle: italic, flags: flags, bbox: (box[0], box[1], box[2], box[3]))
  }
}
