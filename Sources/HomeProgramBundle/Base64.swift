/// Decodes the base64 text the data compiler writes (RFC 4648, with padding, no line breaks)
/// straight from a static string's bytes.
enum Base64 {
  struct Failure: Error, CustomStringConvertible {
    var offset: Int
    var description: String { "bad base64 at \(offset)" }
  }

  /// The bytes `text` encodes.
  static func decode(_ text: StaticString) throws(Failure) -> [UInt8] {
    // A static string's bytes live as long as the program.
    guard text.hasPointerRepresentation else { throw Failure(offset: 0) }
    return try decode(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Each ASCII character's 6-bit value; 64 for "=", 255 for any other character.
  private static let values: [UInt8] = {
    var table = [UInt8](repeating: 255, count: 256)
    for (index, character) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8
      .enumerated()
    {
      table[Int(character)] = UInt8(index)
    }
    table[Int(UInt8(ascii: "="))] = 64
    return table
  }()

  /// The bytes the base64 text `input` encodes.
  static func decode(_ input: UnsafeBufferPointer<UInt8>) throws(Failure) -> [UInt8] {
    guard input.count % 4 == 0 else { throw Failure(offset: input.count) }
    var failure: Int?
    // Filled through raw buffers: with checked indexing this loop took 2 % of a fresh `generate`.
    let output = Self.values.withUnsafeBufferPointer { values in
      [UInt8](unsafeUninitializedCapacity: input.count / 4 * 3) { buffer, written in
        var index = 0
        while index < input.count {
          let a = values[Int(input[index])]
          let b = values[Int(input[index + 1])]
          let c = values[Int(input[index + 2])]
          let d = values[Int(input[index + 3])]
          let last = index + 4 == input.count
          guard a < 64, b < 64, c < 64 || (last && c == 64 && d == 64), d < 64 || (last && d == 64) else {
            failure = index
            break
          }
          let quad = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c & 63) << 6 | UInt32(d & 63)
          buffer[written] = UInt8(truncatingIfNeeded: quad >> 16)
          written += 1
          if c < 64 {
            buffer[written] = UInt8(truncatingIfNeeded: quad >> 8)
            written += 1
          }
          if d < 64 {
            buffer[written] = UInt8(truncatingIfNeeded: quad)
            written += 1
          }
          index += 4
        }
      }
    }
    if let failure { throw Failure(offset: failure) }
    return output
  }
}
