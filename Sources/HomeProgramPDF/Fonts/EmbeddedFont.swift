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
/// subset's own `cmap`) and the ToUnicode CMap are computed once per process and character set.
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
  /// Plane), measured with `font` (the same file, parsed). Throws `PDFError.fontFileUnreadable`.
  init(path: String, codePoints: [UInt32], font: TrueTypeFont) throws {
    let subset = try FontSubsetter.shared.subset(path: path, scalars: codePoints)
    let codes = codePoints.filter { $0 <= 0xFFFF }
    let parsed = try Self.parse(subset, codes: codes, path: path)
    let tag = FontSubsetter.tag(path: path, scalars: codePoints)
    baseFont = tag + "+" + (try FontSubsetter.shared.postScriptName(path: path) ?? "Font")
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

  /// The subset's descriptor numbers and the glyph of each of `codes`.
  private static func parse(_ subset: [UInt8], codes: [UInt32], path: String) throws -> (
    descriptor: Descriptor, glyphs: [UInt16]
  ) {
    try subset.withUnsafeBufferPointer { buffer in
      let blob = buffer.baseAddress.flatMap { base in
        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
          hb_blob_create_or_fail($0, UInt32(buffer.count), HB_MEMORY_MODE_READONLY, nil, nil)
        }
      }
      guard let blob else {
        throw PDFError.fontFileUnreadable(path: path, reason: "HarfBuzz cannot read its subset")
      }
      defer { hb_blob_destroy(blob) }
      guard let face = hb_face_create(blob, 0) else {
        throw PDFError.fontFileUnreadable(path: path, reason: "HarfBuzz cannot parse its subset")
      }
      defer { hb_face_destroy(face) }
      guard let font = hb_font_create(face) else {
        throw PDFError.fontFileUnreadable(path: path, reason: "HarfBuzz cannot parse its subset")
      }
      defer { hb_font_destroy(font) }
      var glyphs: [UInt16] = []
      glyphs.reserveCapacity(codes.count)
      for code in codes {
        var glyph: hb_codepoint_t = 0
        _ = hb_font_get_nominal_glyph(font, code, &glyph)
        glyphs.append(UInt16(truncatingIfNeeded: glyph))
      }
      let head = table(face, "head")
      let hhea = table(face, "hhea")
      let os2 = table(face, "OS/2")
      let post = table(face, "post")
      guard let unitsPerEm = head.u16(18), unitsPerEm > 0 else {
        throw PDFError.fontFileUnreadable(path: path, reason: "its subset has no head table")
      }
      func scaled(_ value: Int16?) -> Int32 { Int32(Int(value ?? 0) * 1000 / Int(unitsPerEm)) }
      let ascent = scaled(hhea.i16(4))
      let descent = scaled(hhea.i16(6))
      // OS/2 version 2 and later hold the x-height and cap height.
      let hasHeights = (os2.u16(0) ?? 0) >= 2
      let italic = Int32(post.i16(4) ?? 0)  // the integer part of a 16.16 fixed angle
      let bold = (os2.u16(4) ?? 400) >= 600 || (head.u16(44) ?? 0) & 1 != 0
      var flags: Int32 = 32  // non-symbolic
      if italic != 0 { flags |= 64 }
      if bold { flags |= 0x40000 }  // force bold
      let descriptor = Descriptor(
        ascent: ascent, descent: descent,
        capHeight: hasHeights ? scaled(os2.i16(88)) : ascent, xHeight: hasHeights ? scaled(os2.i16(86)) : 0,
        italicAngle: italic, flags: flags,
        bbox: (scaled(head.i16(36)), scaled(head.i16(38)), scaled(head.i16(40)), scaled(head.i16(42))))
      return (descriptor, glyphs)
    }
  }

  /// A reader over the table `tag` of `face` (empty when it has none).
  private static func table(_ face: OpaquePointer, _ tag: String) -> ByteReader {
    guard let blob = hb_face_reference_table(face, hb_tag_from_string(tag, Int32(tag.utf8.count))) else {
      return ByteReader(bytes: [])
    }
    defer { hb_blob_destroy(blob) }
    var length: UInt32 = 0
    guard let data = hb_blob_get_data(blob, &length), length > 0 else { return ByteReader(bytes: []) }
    return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
      ByteReader(bytes: Array(UnsafeBufferPointer(start: $0, count: Int(length))))
    }
  }
}
