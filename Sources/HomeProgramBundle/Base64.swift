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

  /// The bytes the base64 text `input` encodes.
  static func decode(_ input: UnsafeBufferPointer<UInt8>) throws(Failure) -> [UInt8] {
    guard input.count % 4 == 0 else { throw Failure(offset: input.count) }
    var output: [UInt8] = []
    output.reserveCapacity(input.count / 4 * 3)
    var index = 0
    while index < input.count {
      var quad: UInt32 = 0
      var padding = 0
      for position in index..<index + 4 {
        let character = input[position]
        let value: UInt8
        switch character {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = character - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): value = character - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): value = character - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"): value = 62
        case UInt8(ascii: "/"): value = 63
        case UInt8(ascii: "=") where position >= input.count - 2:
          value = 0
          padding += 1
        default: throw Failure(offset: position)
        }
        quad = quad << 6 | UInt32(value)
      }
      output.append(UInt8(truncatingIfNeeded: quad >> 16))
      if padding < 2 { output.append(UInt8(truncatingIfNeeded: quad >> 8)) }
      if padding < 1 { output.append(UInt8(truncatingIfNeeded: quad)) }
      index += 4
    }
    return output
  }
}
