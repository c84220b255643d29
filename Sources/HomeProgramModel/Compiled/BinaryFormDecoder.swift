/// Reads any `Decodable` value from the binary form (`BinaryForm.swift` describes it), straight
/// from the bytes: no tree is built, and a keyed container read in the order it was written
/// finds each key at its cursor.
public struct BinaryFormDecoder {
  /// A decoder.
  public init() {}

  /// The value of type `type` in `bytes`, which must hold exactly one.
  public func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
    let storage = try BinaryStorage(bytes)
    let end = try storage.end(ofValueAt: storage.root)
    guard end == bytes.count else { throw BinaryFormError("\(bytes.count - end) bytes after the value") }
    return try T(from: BinaryValueDecoder(storage: storage, offset: storage.root))
  }
}

/// The bytes and the key table, shared by every container of one decoding.
final class BinaryStorage: @unchecked Sendable {
  let bytes: [UInt8]
  let keys: [String]
  /// Where the root value starts.
  let root: Int

  init(_ bytes: [UInt8]) throws {
    self.bytes = bytes
    guard bytes.starts(with: binaryFormMagic) else { throw BinaryFormError("not the binary form") }
    var offset = binaryFormMagic.count
    var keys: [String] = []
    let count = try Self.unsigned(bytes, &offset)
    for _ in 0..<count {
      let length = try Self.unsigned(bytes, &offset)
      guard length <= bytes.count - offset else { throw BinaryFormError("key table truncated") }
      keys.append(String(decoding: bytes[offset..<offset + length], as: UTF8.self))
      offset += length
    }
    self.keys = keys
    self.root = offset
  }

  /// An unsigned LEB128 number at `offset`, which moves past it.
  @inline(__always)
  static func unsigned64(_ bytes: [UInt8], _ offset: inout Int) throws -> UInt64 {
    var result: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard offset < bytes.count, shift <= 63 else { throw BinaryFormError("bad number at \(offset)") }
      let byte = bytes[offset]
      offset += 1
      result |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return result }
      shift += 7
    }
  }

  /// A count or a length at `offset`, which moves past it.
  @inline(__always)
  static func unsigned(_ bytes: [UInt8], _ offset: inout Int) throws -> Int {
    let value = try unsigned64(bytes, &offset)
    guard value <= UInt64(bytes.count) else { throw BinaryFormError("count too large before \(offset)") }
    return Int(value)
  }

  @inline(__always)
  func unsigned(_ offset: inout Int) throws -> Int { try Self.unsigned(bytes, &offset) }

  @inline(__always)
  func tag(at offset: Int) throws -> BinaryTag {
    guard offset < bytes.count, let tag = BinaryTag(rawValue: bytes[offset]) else {
      throw BinaryFormError("bad tag at \(offset)")
    }
    return tag
  }

  /// Where the value at `offset` ends.
  func end(ofValueAt offset: Int) throws -> Int {
    var position = offset + 1
    switch try tag(at: offset) {
    case .null, .falseValue, .trueValue: return position
    case .integer:
      _ = try Self.unsigned64(bytes, &position)
      return position
    case .double: position += 8
    case .string, .list, .keyed:
      let length = try unsigned(&position)
      position += length
    }
    guard position <= bytes.count else { throw BinaryFormError("value at \(offset) runs past the end") }
    return position
  }

  /// The body of the container at `offset` (after its tag and byte count): where its count is, and
  /// where it ends.
  func body(at offset: Int, expecting expected: BinaryTag) throws -> (start: Int, end: Int) {
    let found = try tag(at: offset)
    guard found == expected else {
      throw DecodingError.typeMismatch(
        Any.self, .init(codingPath: [], debugDescription: "expected \(expected), found \(found) at \(offset)")
      )
    }
    var position = offset + 1
    let length = try unsigned(&position)
    guard length <= bytes.count - position else { throw BinaryFormError("container at \(offset) truncated") }
    return (position, position + length)
  }

  func string(at offset: Int) throws -> String {
    let (start, end) = try body(at: offset, expecting: .string)
    return bytes.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self)
    }
  }

  func bool(at offset: Int) throws -> Bool {
    switch try tag(at: offset) {
    case .trueValue: return true
    case .falseValue: return false
    case let other:
      throw DecodingError.typeMismatch(
        Bool.self, .init(codingPath: [], debugDescription: "expected a Boolean, found \(other) at \(offset)"))
    }
  }

  func integer<T: FixedWidthInteger>(at offset: Int, as type: T.Type) throws -> T {
    let found = try tag(at: offset)
    guard found == .integer else {
      throw DecodingError.typeMismatch(
        T.self, .init(codingPath: [], debugDescription: "expected an integer, found \(found) at \(offset)"))
    }
    var position = offset + 1
    let zigzag = try Self.unsigned64(bytes, &position)
    let value = Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1)))
    guard let result = T(exactly: value) else {
      throw DecodingError.typeMismatch(
        T.self, .init(codingPath: [], debugDescription: "\(value) out of range"))
    }
    return result
  }

  func double(at offset: Int) throws -> Double {
    let found = try tag(at: offset)
    guard found == .double, offset + 9 <= bytes.count else {
      throw DecodingError.typeMismatch(
        Double.self, .init(codingPath: [], debugDescription: "expected a number, found \(found) at \(offset)")
      )
    }
    var bits: UInt64 = 0
    for index in 0..<8 { bits |= UInt64(bytes[offset + 1 + index]) << (8 * UInt64(index)) }
    return Double(bitPattern: bits)
  }

  /// The value at `offset` as `type`: primitives and the known dictionaries read directly,
  /// anything else through its decoder.
  @inline(__always)
  func value<T: Decodable>(_ type: T.Type, at offset: Int) throws -> T {
    if T.self == String.self, let value = try string(at: offset) as? T { return value }
    if T.self == Double.self, let value = try double(at: offset) as? T { return value }
    if T.self == Int.self, let value = try integer(at: offset, as: Int.self) as? T { return value }
    if T.self == Bool.self, let value = try bool(at: offset) as? T { return value }
    if let read = BinaryDictionaryReaders.known.reader(for: T.self), let value = try read(self, offset) as? T
    {
      return value
    }
    return try T(from: BinaryValueDecoder(storage: self, offset: offset))
  }
}

/// The `Decoder` over one value.
struct BinaryValueDecoder: Decoder {
  let storage: BinaryStorage
  let offset: Int
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    KeyedDecodingContainer(try KeyedBinaryDecoder<Key>(storage: storage, offset: offset))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try UnkeyedBinaryDecoder(storage: storage, offset: offset)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    SingleBinaryDecoder(storage: storage, offset: offset)
  }
}

struct KeyedBinaryDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
  /// Where the next key is expected: the entry after the last one found.
  final class Cursor {
    var offset: Int
    var index = 0
    init(offset: Int) { self.offset = offset }
  }

  let storage: BinaryStorage
  let count: Int
  let entries: Int
  let cursor: Cursor
  var codingPath: [any CodingKey] { [] }

  init(storage: BinaryStorage, offset: Int) throws {
    self.storage = storage
    var (position, _) = try storage.body(at: offset, expecting: .keyed)
    count = try storage.unsigned(&position)
    entries = position
    cursor = Cursor(offset: position)
  }

  /// Where the value for `key` starts, or nil. Looks at the cursor first, then once around.
  private func find(_ key: Key) throws -> Int? {
    guard count > 0 else { return nil }
    let name = key.stringValue
    var offset = cursor.offset
    var index = cursor.index
    for _ in 0..<count {
      if index == count {
        index = 0
        offset = entries
      }
      let keyIndex = try storage.unsigned(&offset)
      let valueEnd = try storage.end(ofValueAt: offset)
      if keyIndex < storage.keys.count, storage.keys[keyIndex] == name {
        cursor.offset = valueEnd
        cursor.index = index + 1
        return offset
      }
      offset = valueEnd
      index += 1
    }
    return nil
  }

  private func require(_ key: Key) throws -> Int {
    guard let offset = try find(key) else {
      throw DecodingError.keyNotFound(key, .init(codingPath: [], debugDescription: "no \(key.stringValue)"))
    }
    return offset
  }

  var allKeys: [Key] {
    var keys: [Key] = []
    var offset = entries
    for _ in 0..<count {
      guard let keyIndex = try? storage.unsigned(&offset), keyIndex < storage.keys.count,
        let end = try? storage.end(ofValueAt: offset)
      else { break }
      let name = storage.keys[keyIndex]
      if let key = Key(stringValue: name) ?? Int(name).flatMap(Key.init(intValue:)) { keys.append(key) }
      offset = end
    }
    return keys
  }

  func contains(_ key: Key) -> Bool { (try? find(key)) != nil }

  func decodeNil(forKey key: Key) throws -> Bool { try storage.tag(at: require(key)) == .null }

  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try storage.bool(at: require(key)) }
  func decode(_ type: String.Type, forKey key: Key) throws -> String { try storage.string(at: require(key)) }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try storage.double(at: require(key)) }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
    Float(try storage.double(at: require(key)))
  }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
    try storage.integer(at: require(key), as: type)
  }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 {
    try storage.integer(at: require(key), as: type)
  }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 {
    try storage.integer(at: require(key), as: type)
  }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
    try storage.integer(at: require(key), as: type)
  }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
    try storage.integer(at: require(key), as: type)
  }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt {
    try storage.integer(at: require(key), as: type)
  }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 {
    try storage.integer(at: require(key), as: type)
  }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
    try storage.integer(at: require(key), as: type)
  }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
    try storage.integer(at: require(key), as: type)
  }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
    try storage.integer(at: require(key), as: type)
  }
  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try storage.value(type, at: require(key))
  }

  /// One look-up for a key that may be missing or null (the default asks three times).
  private func present(_ key: Key) throws -> Int? {
    guard let offset = try find(key), try storage.tag(at: offset) != .null else { return nil }
    return offset
  }

  func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
    try present(key).map { try storage.bool(at: $0) }
  }
  func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
    try present(key).map { try storage.string(at: $0) }
  }
  func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
    try present(key).map { try storage.double(at: $0) }
  }
  func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
    try present(key).map { try storage.integer(at: $0, as: type) }
  }
  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    try present(key).map { try storage.value(type, at: $0) }
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    KeyedDecodingContainer(try KeyedBinaryDecoder<NestedKey>(storage: storage, offset: require(key)))
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try UnkeyedBinaryDecoder(storage: storage, offset: require(key))
  }

  func superDecoder() throws -> any Decoder {
    guard let key = Key(stringValue: "super") else { throw BinaryFormError("no super key") }
    return try superDecoder(forKey: key)
  }

  func superDecoder(forKey key: Key) throws -> any Decoder {
    BinaryValueDecoder(storage: storage, offset: try require(key))
  }
}

struct UnkeyedBinaryDecoder: UnkeyedDecodingContainer {
  let storage: BinaryStorage
  let count: Int?
  private(set) var currentIndex = 0
  private var offset: Int
  var codingPath: [any CodingKey] { [] }
  var isAtEnd: Bool { currentIndex >= (count ?? 0) }

  init(storage: BinaryStorage, offset: Int) throws {
    self.storage = storage
    var (position, _) = try storage.body(at: offset, expecting: .list)
    count = try storage.unsigned(&position)
    self.offset = position
  }

  /// The offset of the next item; moves past it.
  private mutating func next() throws -> Int {
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(Any.self, .init(codingPath: [], debugDescription: "list ended"))
    }
    let start = offset
    offset = try storage.end(ofValueAt: start)
    currentIndex += 1
    return start
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd, try storage.tag(at: offset) == .null else { return false }
    _ = try next()
    return true
  }

  mutating func decode(_ type: Bool.Type) throws -> Bool { try storage.bool(at: next()) }
  mutating func decode(_ type: String.Type) throws -> String { try storage.string(at: next()) }
  mutating func decode(_ type: Double.Type) throws -> Double { try storage.double(at: next()) }
  mutating func decode(_ type: Float.Type) throws -> Float { Float(try storage.double(at: next())) }
  mutating func decode(_ type: Int.Type) throws -> Int { try storage.integer(at: next(), as: type) }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try storage.integer(at: next(), as: type) }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try storage.integer(at: next(), as: type) }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try storage.integer(at: next(), as: type) }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try storage.integer(at: next(), as: type) }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try storage.integer(at: next(), as: type) }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try storage.integer(at: next(), as: type) }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try storage.integer(at: next(), as: type) }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try storage.integer(at: next(), as: type) }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try storage.integer(at: next(), as: type) }
  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try storage.value(type, at: next()) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    KeyedDecodingContainer(try KeyedBinaryDecoder<NestedKey>(storage: storage, offset: next()))
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try UnkeyedBinaryDecoder(storage: storage, offset: next())
  }

  mutating func superDecoder() throws -> any Decoder {
    BinaryValueDecoder(storage: storage, offset: try next())
  }
}

struct SingleBinaryDecoder: SingleValueDecodingContainer {
  let storage: BinaryStorage
  let offset: Int
  var codingPath: [any CodingKey] { [] }

  func decodeNil() -> Bool { (try? storage.tag(at: offset)) == .null }
  func decode(_ type: Bool.Type) throws -> Bool { try storage.bool(at: offset) }
  func decode(_ type: String.Type) throws -> String { try storage.string(at: offset) }
  func decode(_ type: Double.Type) throws -> Double { try storage.double(at: offset) }
  func decode(_ type: Float.Type) throws -> Float { Float(try storage.double(at: offset)) }
  func decode(_ type: Int.Type) throws -> Int { try storage.integer(at: offset, as: type) }
  func decode(_ type: Int8.Type) throws -> Int8 { try storage.integer(at: offset, as: type) }
  func decode(_ type: Int16.Type) throws -> Int16 { try storage.integer(at: offset, as: type) }
  func decode(_ type: Int32.Type) throws -> Int32 { try storage.integer(at: offset, as: type) }
  func decode(_ type: Int64.Type) throws -> Int64 { try storage.integer(at: offset, as: type) }
  func decode(_ type: UInt.Type) throws -> UInt { try storage.integer(at: offset, as: type) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try storage.integer(at: offset, as: type) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try storage.integer(at: offset, as: type) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try storage.integer(at: offset, as: type) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try storage.integer(at: offset, as: type) }
  func decode<T: Decodable>(_ type: T.Type) throws -> T { try storage.value(type, at: offset) }
}
