import CLibHaru

/// zlib compression for rows of bytes that mostly repeat the row before: the cross-reference
/// stream of a tagged PDF once PNG-predicted (`/Predictor 12`, each row its difference from the
/// one above, so that most rows read `2 0 0 0 1`).
///
/// libdeflate spends about 35 K instructions a call before the first byte (its tables, its
/// Huffman codes), more than the whole table is worth. Here a match is looked for at one distance
/// only, a row back, and the codes are deflate's fixed ones (RFC 1951, 3.2.6): no table is made.
/// Same bytes in, same bytes out.
enum RowDeflate {
  /// `input` as a zlib stream of one fixed-Huffman block: each byte that starts 3 or more equal
  /// to those `row` bytes before is a match, every other byte a literal.
  static func zlib(_ input: UnsafeBufferPointer<UInt8>, row: Int) -> [UInt8] {
    // A literal takes at most 9 bits, a match of 3 bytes or more at most 31: twice the input
    // holds either, with the header and the checksum.
    let bound = 2 * input.count + 16
    let adler = UInt32(truncatingIfNeeded: libdeflate_adler32(1, input.baseAddress, input.count))
    return [UInt8](unsafeUninitializedCapacity: bound) { buffer, initialized in
      guard let base = buffer.baseAddress else {
        initialized = 0
        return
      }
      var bits = BitWriter(base: base)
      bits.put(0x0178, 16)  // CMF 0x78 (deflate, 32 KB window), FLG 0x01: (0x7801 % 31 == 0)
      bits.put(0b011, 3)  // the final block, fixed Huffman codes (BTYPE 01, low bit first)
      let distance = Self.distanceCode(row)
      var position = 0
      let count = input.count
      Self.literalCodes.withUnsafeBufferPointer { codes in
        while position < count {
          var length = 0
          if position >= row, row > 0 {
            let longest = min(258, count - position)
            while length < longest, input[position + length] == input[position + length - row] { length += 1 }
          }
          if length >= 3 {
            bits.putLength(length)
            bits.put(distance.code, distance.width)
            position += length
          } else {
            bits.putLiteral(Int(input[position]), codes)
            position += 1
          }
        }
      }
      bits.put(0, 7)  // the end of the block: symbol 256, seven zero bits
      bits.alignToByte()
      for shift in [24, 16, 8, 0] { bits.put(UInt64((adler >> UInt32(shift)) & 0xFF), 8) }
      initialized = bits.finish()
    }
  }

  /// A distance's fixed code (5 bits, reversed) with its extra bits, as one value to write.
  static func distanceCode(_ distance: Int) -> (code: UInt64, width: Int) {
    // Symbols 0–3 are distances 1–4; then each pair of symbols doubles the range (RFC 1951, 3.2.5).
    var symbol = 0
    var first = 1
    var extra = 0
    while symbol < 29 {
      let next = first + (1 << extra)
      if distance < next { break }
      symbol += 1
      first = next
      if symbol >= 4, symbol % 2 == 0 { extra += 1 }
    }
    return (reversed(UInt64(symbol), 5) | UInt64(distance - first) << 5, 5 + extra)
  }

  /// Each byte's fixed literal code, bits reversed: 0–143 in 8 bits from 0x30, 144–255 in 9
  /// from 0x190.
  static let literalCodes: [UInt16] = (0..<256).map { (byte: Int) -> UInt16 in
    let code: UInt64 = byte < 144 ? reversed(UInt64(0x30 + byte), 8) : reversed(UInt64(0x190 + byte - 144), 9)
    return UInt16(code)
  }

  /// The low `width` bits of `code` in reverse order (Huffman codes go most significant first).
  static func reversed(_ code: UInt64, _ width: Int) -> UInt64 {
    var result: UInt64 = 0
    for bit in 0..<width { result |= ((code >> UInt64(bit)) & 1) << UInt64(width - 1 - bit) }
    return result
  }

  /// Bits written least significant first into memory with room for them.
  struct BitWriter {
    let base: UnsafeMutablePointer<UInt8>
    var count = 0
    var buffer: UInt64 = 0
    var pending = 0

    /// Appends the low `width` bits of `value` (at most 32).
    mutating func put(_ value: UInt64, _ width: Int) {
      buffer |= value << UInt64(pending)
      pending += width
      while pending >= 8 {
        base[count] = UInt8(truncatingIfNeeded: buffer)
        count += 1
        buffer >>= 8
        pending -= 8
      }
    }

    /// A literal byte in the fixed code (`RowDeflate.literalCodes`).
    mutating func putLiteral(_ byte: Int, _ codes: UnsafeBufferPointer<UInt16>) {
      put(UInt64(codes[byte]), byte < 144 ? 8 : 9)
    }

    /// A match length (3–258) in the fixed code: its symbol (257–285), then its extra bits.
    mutating func putLength(_ length: Int) {
      var symbol = 257
      var first = 3
      var extra = 0
      if length == 258 {
        symbol = 285
      } else {
        // Symbols 257–264 are lengths 3–10; then each four symbols double the range.
        while symbol < 284 {
          let next = first + (1 << extra)
          if length < next { break }
          symbol += 1
          first = next
          if symbol >= 265, (symbol - 265) % 4 == 0 { extra += 1 }
        }
      }
      // 256–279 in 7 bits from 0; 280–287 in 8 from 0xC0.
      if symbol < 280 {
        put(RowDeflate.reversed(UInt64(symbol - 256), 7), 7)
      } else {
        put(RowDeflate.reversed(UInt64(0xC0 + symbol - 280), 8), 8)
      }
      if symbol != 285 { put(UInt64(length - first), extra) }
    }

    /// Pads with zero bits to the next byte.
    mutating func alignToByte() {
      if pending > 0 { put(0, 8 - pending) }
    }

    /// The number of bytes written (call after `alignToByte`).
    func finish() -> Int { count }
  }
}
