import CHarfBuzz

/// A font opened with HarfBuzz: its face and a font object at the face's own scale, so positions
/// come back in font units. Both are made immutable once created; HarfBuzz allows immutable faces
/// and fonts to be read, measured and subset from several threads at once.
///
/// `TrueTypeFont` reads a file's coverage and metrics through it, `FontSubsetter` cuts subsets
/// from it, and `EmbeddedFont` reads a subset's descriptor through one made from the subset's bytes.
final class HarfBuzzFace: Sendable {
  /// The `hb_face_t`, owned (destroyed with this object). Immutable, so safe to share.
  nonisolated(unsafe) let face: OpaquePointer
  /// An `hb_font_t` over `face` at its default scale (the face's units per em), owned.
  nonisolated(unsafe) let font: OpaquePointer

  /// Takes over `face` (one reference); nil, with `face` released, when no font can be made.
  private init?(face: OpaquePointer) {
    hb_face_make_immutable(face)
    guard let font = hb_font_create(face) else {
      hb_face_destroy(face)
      return nil
    }
    hb_font_make_immutable(font)
    self.face = face
    self.font = font
  }

  deinit {
    hb_font_destroy(font)
    hb_face_destroy(face)
  }

  /// The first face of `blob`; nil when HarfBuzz finds none.
  convenience init?(blob: OpaquePointer) {
    guard hb_face_count(blob) > 0, let face = hb_face_create(blob, 0) else { return nil }
    self.init(face: face)
  }

  /// The face of the font file whose bytes are `bytes` (copied); nil when HarfBuzz finds none.
  convenience init?(bytes: [UInt8]) {
    let blob = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.flatMap { base in
        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
          hb_blob_create_or_fail($0, UInt32(buffer.count), HB_MEMORY_MODE_DUPLICATE, nil, nil)
        }
      }
    }
    guard let blob else { return nil }
    defer { hb_blob_destroy(blob) }
    self.init(blob: blob)
  }

  /// Units per em (`head`; HarfBuzz reads 1000 for a missing table or a value outside 16…16384).
  var unitsPerEm: Int { Int(hb_face_get_upem(face)) }

  /// The raw table `tag` ("head", "OS/2", …): empty when the font has none.
  func table(_ tag: String) -> FontTable {
    FontTable(face: face, tag: tag)
  }

  /// Every character the font's preferred Unicode `cmap` subtable maps to a glyph, ascending.
  func characters() -> [UInt32] {
    guard let set = hb_set_create() else { return [] }
    defer { hb_set_destroy(set) }
    hb_face_collect_unicodes(face, set)
    let count = Int(hb_set_get_population(set))
    return [UInt32](unsafeUninitializedCapacity: count) { buffer, initialized in
      initialized = Int(hb_set_next_many(set, UInt32.max, buffer.baseAddress, UInt32(count)))
    }
  }

  /// The glyph of each of `characters` in `cmap`, 0 where it has none.
  func glyphs(for characters: [UInt32]) -> [UInt32] {
    var glyphs = [UInt32](repeating: 0, count: characters.count)
    characters.withUnsafeBufferPointer { characters in
      glyphs.withUnsafeMutableBufferPointer { glyphs in
        guard let first = characters.baseAddress, let out = glyphs.baseAddress else { return }
        let stride = UInt32(MemoryLayout<UInt32>.stride)
        var done = 0
        while done < characters.count {
          // HarfBuzz stops at the first character without a glyph; that one keeps its 0.
          done += Int(
            hb_font_get_nominal_glyphs(
              font, UInt32(characters.count - done), first + done, stride, out + done, stride))
          if done < characters.count { out[done] = 0 }
          done += 1
        }
      }
    }
    return glyphs
  }

  /// The glyph of `character`, or nil when `cmap` has none.
  func glyph(for character: UInt32) -> UInt32? {
    var glyph: hb_codepoint_t = 0
    guard hb_font_get_nominal_glyph(font, character, &glyph) != 0, glyph != 0 else { return nil }
    return glyph
  }

  /// The horizontal advance of each of `glyphs` in font units (`hmtx`).
  func advances(of glyphs: [UInt32]) -> [Int32] {
    var advances = [Int32](repeating: 0, count: glyphs.count)
    glyphs.withUnsafeBufferPointer { glyphs in
      advances.withUnsafeMutableBufferPointer { advances in
        guard let first = glyphs.baseAddress, let out = advances.baseAddress else { return }
        hb_font_get_glyph_h_advances(
          font, UInt32(glyphs.count), first, UInt32(MemoryLayout<UInt32>.stride), out,
          UInt32(MemoryLayout<Int32>.stride))
      }
    }
    return advances
  }

  /// The horizontal advance of `glyph` in font units (`hmtx`).
  func advance(of glyph: UInt32) -> Int {
    Int(hb_font_get_glyph_h_advance(font, glyph))
  }
}
