// Reads the compact binary form `CompactEncoder` writes (the format is described there).
//
// Decoding is a walk over the bytes: no parse tree is built, keyed containers index their entries
// once and find keys in the order they were written, and no value is cast to a protocol at run
// time. Any malformed or unexpected input throws `DecodingError`; callers treat that as "no
// compiled form" and read the YAML instead.

/// Decodes values from the compact binary form.
public struct CompactDecoder {
  public init() {}

  /// The `T` stored in `bytes`.
  public func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
    let input = CompactInput(bytes)
    return try CompactValueDecoder(input: input, offset: 0).decode(T.self)
  }
}

/// The bytes being decoded, shared by every decoder and container.
final class CompactInput: @unchecked Sendable {
  let bytes: [UInt8]

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  static func corrupted(_ reason: String) -> DecodingError {
    .dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "compact form: \(reason)"))
  }

  /// Reads a LEB128 number at `offset`, advancing it.
  @inline(__always)
  func length(at offset: inout Int) throws -> Int {
    var result = 0
    var shift = 0
    while true {
      guard offset < bytes.count, shift < 63 else { throw Self.corrupted("truncated number") }
      let byte = bytes[offset]
      offset += 1
      result |= Int(byte & 0x7F) << shift
      if byte < 0x80 { return result }
      shift += 7
    }
  }

  /// The tag at `offset`.
  @inline(__always)
  func tag(at offset: Int) throws -> CompactTag {
    guard offset < bytes.count, let tag = CompactTag(rawValue: bytes[offset]) else {
      throw Self.corrupted("bad tag at \(offset)")
    }
    return tag
  }

  /// The offset just past the value at `offset`.
  func end(of offset: Int) throws -> Int {
    var position = offset + 1
    switch try tag(at: offset) {
    case .null, .falseValue, .trueValue: return position
    case .integer:
      _ = try length(at: &position)
      return position
    case .double: return position + 8
    case .string, .keyed, .unkeyed:
      let count = try length(at: &position)
      return position + count
    }
  }

  /// The string whose length prefix is at `offset`, advancing past it.
  func string(at offset: inout Int) throws -> String {
    let count = try length(at: &offset)
    guard count >= 0, offset + count <= bytes.count else { throw Self.corrupted("truncated string") }
    let start = offset
    offset += count
    return bytes.withUnsafeBufferPointer { buffer in
      String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<start + count]), as: UTF8.self)
    }
  }

  /// True when the length-prefixed string at `offset` has the UTF-8 bytes of `key`.
  func matches(_ key: String, at offset: Int) -> Bool {
    var position = offset
    guard let count = try? length(at: &position), position + count <= bytes.count else { return false }
    var key = key
    return key.withUTF8 { utf8 in
      utf8.count == count
        && bytes.withUnsafeBufferPointer { buffer in
          utf8.elementsEqual(UnsafeBufferPointer(rebasing: buffer[position..<position + count]))
        }
    }
  }
}

/// A decoder positioned on one value.
struct CompactValueDecoder: Decoder {
  let input: CompactInput
  let offset: Int
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    KeyedDecodingContainer(try CompactKeyedContainer<Key>(input: input, offset: offset))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try CompactUnkeyedContainer(input: input, offset: offset)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    CompactSingleValue(input: input, offset: offset)
  }

  func decodeNil() -> Bool {
    (try? input.tag(at: offset)) == .null
  }

  func decode(_ type: Bool.Type) throws -> Bool {
    switch try input.tag(at: offset) {
    case .trueValue: return true
    case .falseValue: return false
    default: throw CompactInput.corrupted("expected a Boolean at \(offset)")
    }
  }

  func decode(_ type: String.Type) throws -> String {
    guard try input.tag(at: offset) == .string else {
      throw DecodingError.typeMismatch(
        String.self, DecodingError.Context(codingPath: [], debugDescription: "not a string"))
    }
    var position = offset + 1
    return try input.string(at: &position)
  }

  func decode(_ type: Int64.Type) throws -> Int64 {
    guard try input.tag(at: offset) == .integer else { throw CompactInput.corrupted("expected an integer") }
    var position = offset + 1
    let zigzag = UInt64(try input.length(at: &position))
    return Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1)))
  }

  func decode(_ type: Double.Type) throws -> Double {
    guard try input.tag(at: offset) == .double, offset + 9 <= input.bytes.count else {
      throw CompactInput.corrupted("expected a number")
    }
    var bits: UInt64 = 0
    for index in 0..<8 { bits |= UInt64(input.bytes[offset + 1 + index]) << (8 * UInt64(index)) }
    return Double(bitPattern: bits)
  }

  func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
    guard let value = T(exactly: try decode(Int64.self)) else {
      throw CompactInput.corrupted("integer too large")
    }
    return value
  }

  /// Any `Decodable`, with the standard library's scalars read directly.
  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    if T.self == String.self, let value = try decode(String.self) as? T { return value }
    if T.self == Int.self, let value = try integer(Int.self) as? T { return value }
    if T.self == Double.self, let value = try decode(Double.self) as? T { return value }
    if T.self == Bool.self, let value = try decode(Bool.self) as? T { return value }
    return try T(from: self)
  }
}

private final class CompactKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let input: CompactInput
  /// Offsets of each entry's key (a length-prefixed string) and value, in written order.
  private let keyOffsets: [Int]
  private let valueOffsets: [Int]
  /// Where the next lookup starts: keys are usually read in the order they were written.
  private var cursor = 0
  var codingPath: [any CodingKey] { [] }

  init(input: CompactInput, offset: Int) throws {
    guard try input.tag(at: offset) == .keyed else {
      throw DecodingError.typeMismatch(
        [String: String].self, DecodingError.Context(codingPath: [], debugDescription: "not a mapping"))
    }
    self.input = input
    var position = offset + 1
    _ = try input.length(at: &position)
    let count = try input.length(at: &position)
    var keys: [Int] = []
    var values: [Int] = []
    keys.reserveCapacity(count)
    values.reserveCapacity(count)
    for _ in 0..<count {
      keys.append(position)
      let length = try input.length(at: &position)
      position += length
      values.append(position)
      position = try input.end(of: position)
    }
    keyOffsets = keys
    valueOffsets = values
  }

  var allKeys: [Key] {
    keyOffsets.compactMap { offset in
      var position = offset
      return (try? input.string(at: &position)).flatMap { Key(stringValue: $0) }
    }
  }

  /// The value offset of `key`, looking from the cursor on, then from the start.
  private func find(_ key: Key) -> Int? {
    let name = key.stringValue
    let count = keyOffsets.count
    for step in 0..<count {
      let index = (cursor + step) % count
      if input.matches(name, at: keyOffsets[index]) { return index }
    }
    return nil
  }

  private func value(_ key: Key) throws -> CompactValueDecoder {
    guard let index = find(key) else {
      throw DecodingError.keyNotFound(
        key, DecodingError.Context(codingPath: [], debugDescription: "compact form: no \(key.stringValue)"))
    }
    cursor = index + 1
    return CompactValueDecoder(input: input, offset: valueOffsets[index])
  }

  func contains(_ key: Key) -> Bool { find(key) != nil }

  func decodeNil(forKey key: Key) throws -> Bool { try value(key).decodeNil() }
  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try value(key).decode(type) }
  func decode(_ type: String.Type, forKey key: Key) throws -> String { try value(key).decode(type) }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try value(key).decode(type) }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
    Float(try value(key).decode(Double.self))
  }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try value(key).integer(type) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try value(key).integer(type) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try value(key).integer(type) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try value(key).integer(type) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try value(key).integer(type) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try value(key).integer(type) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try value(key).integer(type) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try value(key).integer(type) }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try value(key).integer(type) }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try value(key).integer(type) }
  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try value(key).decode(type)
  }

  func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
    guard find(key) != nil else { return nil }
    let decoder = try value(key)
    return decoder.decodeNil() ? nil : try decoder.decode(type)
  }

  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    guard find(key) != nil else { return nil }
    let decoder = try value(key)
    return decoder.decodeNil() ? nil : try decoder.decode(type)
  }

  func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type, forKey key: Key
  ) throws -> KeyedDecodingContainer<NestedKey> {
    try value(key).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try value(key).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder {
    throw CompactInput.corrupted("super decoders are not supported")
  }

  func superDecoder(forKey key: Key) throws -> any Decoder { try value(key) }
}

private struct CompactUnkeyedContainer: UnkeyedDecodingContainer {
  let input: CompactInput
  private var position: Int
  let count: Int?
  private(set) var currentIndex = 0
  var codingPath: [any CodingKey] { [] }
  var isAtEnd: Bool { currentIndex >= (count ?? 0) }

  init(input: CompactInput, offset: Int) throws {
    guard try input.tag(at: offset) == .unkeyed else {
      throw DecodingError.typeMismatch(
        [String].self, DecodingError.Context(codingPath: [], debugDescription: "not a list"))
    }
    self.input = input
    var position = offset + 1
    _ = try input.length(at: &position)
    count = try input.length(at: &position)
    self.position = position
  }

  private mutating func next() throws -> CompactValueDecoder {
    guard !isAtEnd else { throw CompactInput.corrupted("read past the end of a list") }
    let decoder = CompactValueDecoder(input: input, offset: position)
    position = try input.end(of: position)
    currentIndex += 1
    return decoder
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd, (try? input.tag(at: position)) == .null else { return false }
    _ = try next()
    return true
  }

  mutating func decode(_ type: Bool.Type) throws -> Bool { try next().decode(type) }
  mutating func decode(_ type: String.Type) throws -> String { try next().decode(type) }
  mutating func decode(_ type: Double.Type) throws -> Double { try next().decode(type) }
  mutating func decode(_ type: Float.Type) throws -> Float { Float(try next().decode(Double.self)) }
  mutating func decode(_ type: Int.Type) throws -> Int { try next().integer(type) }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try next().integer(type) }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try next().integer(type) }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try next().integer(type) }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try next().integer(type) }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try next().integer(type) }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next().integer(type) }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next().integer(type) }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next().integer(type) }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next().integer(type) }
  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decode(type) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try next().container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try next().unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder { try next() }
}

private struct CompactSingleValue: SingleValueDecodingContainer {
  let input: CompactInput
  let offset: Int
  var codingPath: [any CodingKey] { [] }
  private var decoder: CompactValueDecoder { CompactValueDecoder(input: input, offset: offset) }

  func decodeNil() -> Bool { decoder.decodeNil() }
  func decode(_ type: Bool.Type) throws -> Bool { try decoder.decode(type) }
  func decode(_ type: String.Type) throws -> String { try decoder.decode(type) }
  func decode(_ type: Double.Type) throws -> Double { try decoder.decode(type) }
  func decode(_ type: Float.Type) throws -> Float { Float(try decoder.decode(Double.self)) }
  func decode(_ type: Int.Type) throws -> Int { try decoder.integer(type) }
  func decode(_ type: Int8.Type) throws -> Int8 { try decoder.integer(type) }
  func decode(_ type: Int16.Type) throws -> Int16 { try decoder.integer(type) }
  func decode(_ type: Int32.Type) throws -> Int32 { try decoder.integer(type) }
  func decode(_ type: Int64.Type) throws -> Int64 { try decoder.integer(type) }
  func decode(_ type: UInt.Type) throws -> UInt { try decoder.integer(type) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.integer(type) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.integer(type) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.integer(type) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.integer(type) }
  func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decode(type) }
}
