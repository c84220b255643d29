// Reads the compact binary form that `CompactWriter` writes (the format is described there).
//
// Reading is a walk over the bytes in the order they were written: each stored type reads its own
// fields with `init(compact:)`, so nothing goes through `Decoder`, no generic container is
// instantiated and no value is cast at run time. Malformed input throws `CompactReader.Failure`;
// callers treat that as "no compiled form" and read the YAML instead.

/// A cursor over bytes in the compact form.
package struct CompactReader {
  /// Why the bytes could not be read.
  package struct Failure: Error, Equatable, CustomStringConvertible {
    /// What was wrong, and where.
    package var reason: String

    package var description: String { "compact form: \(reason)" }
  }

  private let bytes: [UInt8]
  /// The next byte to read.
  private(set) var offset: Int

  /// A reader over `bytes` starting at `offset`.
  package init(_ bytes: [UInt8], offset: Int = 0) {
    self.bytes = bytes
    self.offset = offset
  }

  /// True when every byte has been read.
  package var isAtEnd: Bool { offset == bytes.count }

  /// Throws unless every byte has been read: a reader that stops early read another form.
  package func expectEnd() throws(Failure) {
    guard isAtEnd else { throw Failure(reason: "\(bytes.count - offset) bytes left over at \(offset)") }
  }

  /// The next byte.
  @inline(__always)
  package mutating func byte() throws(Failure) -> UInt8 {
    guard offset < bytes.count else { throw Failure(reason: "truncated at \(offset)") }
    let byte = bytes[offset]
    offset += 1
    return byte
  }

  /// An unsigned LEB128 number: a count or a length.
  package mutating func count() throws(Failure) -> Int {
    let value = try unsigned()
    guard value <= UInt(Int.max) else { throw Failure(reason: "count too large before \(offset)") }
    return Int(value)
  }

  /// A signed integer (zigzag LEB128).
  package mutating func int() throws(Failure) -> Int {
    let zigzag = try unsigned()
    return Int(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1)))
  }

  /// Any unsigned number, LEB128 (see `CompactWriter`).
  private mutating func unsigned() throws(Failure) -> UInt {
    var result: UInt = 0
    var shift: UInt = 0
    while true {
      let byte = try byte()
      let bits = UInt(byte & 0x7F)
      // The tenth byte may only hold the 64th bit.
      guard shift < 63 || (shift == 63 && bits <= 1) else {
        throw Failure(reason: "number too long at \(offset)")
      }
      result |= bits << shift
      if byte < 0x80 { return result }
      shift += 7
    }
  }

  /// A double: its 8 bytes, little-endian.
  package mutating func double() throws(Failure) -> Double {
    guard bytes.count - offset >= 8 else { throw Failure(reason: "truncated number at \(offset)") }
    var bits: UInt64 = 0
    for index in 0..<8 { bits |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
    offset += 8
    return Double(bitPattern: bits)
  }

  /// A Boolean: one byte, 0 or 1.
  package mutating func bool() throws(Failure) -> Bool {
    switch try byte() {
    case 0: return false
    case 1: return true
    default: throw Failure(reason: "bad Boolean at \(offset - 1)")
    }
  }

  /// A string: its UTF-8 byte count, then the bytes.
  package mutating func string() throws(Failure) -> String {
    let count = try count()
    guard count <= bytes.count - offset else { throw Failure(reason: "truncated string at \(offset)") }
    let start = offset
    offset += count
    return bytes.withUnsafeBufferPointer { buffer in
      String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<start + count]), as: UTF8.self)
    }
  }

  /// A value of a stored type.
  @inline(__always)
  package mutating func read<Value: CompactStorable>(_ type: Value.Type = Value.self) throws(Failure) -> Value
  {
    try Value(compact: &self)
  }

  /// An optional value: a presence byte (0 or 1), then the value when present.
  package mutating func optional<Value: CompactStorable>(_ type: Value.Type = Value.self) throws(Failure)
    -> Value?
  {
    try bool() ? try Value(compact: &self) : nil
  }

  /// A list: its count, then the elements.
  package mutating func array<Element: CompactStorable>(of type: Element.Type = Element.self) throws(Failure)
    -> [Element]
  {
    let count = try count()
    // Every element takes at least one byte, so a damaged count cannot reserve unbounded memory.
    guard count <= bytes.count - offset else { throw Failure(reason: "bad list length at \(offset)") }
    var elements: [Element] = []
    elements.reserveCapacity(Swift.min(count, 1024))
    for _ in 0..<count { elements.append(try Element(compact: &self)) }
    return elements
  }

  /// An optional list.
  package mutating func optionalArray<Element: CompactStorable>(of type: Element.Type = Element.self)
    throws(Failure) -> [Element]?
  {
    try bool() ? try array(of: Element.self) : nil
  }

  /// A dictionary: its count, then each key and its value.
  package mutating func dictionary<Key: CompactKey, Value: CompactStorable>(
    _ type: [Key: Value].Type = [Key: Value].self
  ) throws(Failure) -> [Key: Value] {
    let count = try count()
    guard count <= bytes.count - offset else { throw Failure(reason: "bad dictionary length at \(offset)") }
    var result: [Key: Value] = Dictionary(minimumCapacity: count)
    for _ in 0..<count {
      let key = try Key(compact: &self)
      let value = try Value(compact: &self)
      guard result.updateValue(value, forKey: key) == nil else {
        throw Failure(reason: "duplicate dictionary key before \(offset)")
      }
    }
    return result
  }

  /// A dictionary of lists: its count, then each key and its list.
  package mutating func listDictionary<Key: CompactKey, Element: CompactStorable>(
    _ type: [Key: [Element]].Type = [Key: [Element]].self
  ) throws(Failure) -> [Key: [Element]] {
    let count = try count()
    guard count <= bytes.count - offset else { throw Failure(reason: "bad dictionary length at \(offset)") }
    var result: [Key: [Element]] = Dictionary(minimumCapacity: count)
    for _ in 0..<count {
      let key = try Key(compact: &self)
      let value = try array(of: Element.self)
      guard result.updateValue(value, forKey: key) == nil else {
        throw Failure(reason: "duplicate dictionary key before \(offset)")
      }
    }
    return result
  }
}
