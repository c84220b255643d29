import CHarfBuzz

/// One table of a font, as HarfBuzz hands it out (`hb_face_reference_table`), for the few values
/// HarfBuzz has no API for (`FontMetrics` says which): big-endian integers at byte offsets given
/// by the OpenType specification, nil past the end of the table (or for a table the font lacks).
struct FontTable: Sendable {
  /// The table's bytes (a copy: the tables read this way are a few dozen bytes).
  private let bytes: [UInt8]

  /// The table `tag` of `face`; empty when the face has none.
  init(face: OpaquePointer, tag: String) {
    let blob = hb_face_reference_table(face, hb_tag_from_string(tag, Int32(tag.utf8.count)))
    defer { hb_blob_destroy(blob) }
    var length: UInt32 = 0
    guard let data = hb_blob_get_data(blob, &length), length > 0 else {
      bytes = []
      return
    }
    bytes = data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
      Array(UnsafeBufferPointer(start: $0, count: Int(length)))
    }
  }

  /// True when the font has the table (with at least one byte).
  var exists: Bool { !bytes.isEmpty }

  /// The unsigned 16-bit integer at `offset`.
  func u16(_ offset: Int) -> UInt16? {
    guard offset >= 0, offset + 2 <= bytes.count else { return nil }
    return UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
  }

  /// The signed 16-bit integer at `offset` (FWORD, the integer part of a Fixed).
  func i16(_ offset: Int) -> Int16? {
    u16(offset).map { Int16(bitPattern: $0) }
  }
}
