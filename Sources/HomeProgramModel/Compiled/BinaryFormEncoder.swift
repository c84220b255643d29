/// Writes any `Encodable` value in the binary form (`BinaryForm.swift` describes it). Used at build
/// time, so it favours plainness over speed: the value becomes a tree, and the tree bytes.
public struct BinaryFormEncoder {
  /// An encoder.
  public init() {}

  /// The bytes of `value`: the magic, the key table and the value.
  public func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
    let root = EncodedNode()
    // Through the same path as every nested value, so a dictionary at the root is sorted and
    // checked too.
    try NodeValue.set(root, to: value, codingPath: [])
    var keys: [String] = []
    var keyIndex: [String: Int] = [:]
    root.collectKeys(into: &keys, index: &keyIndex)
    var bytes = binaryFormMagic
    BinaryBytes.appendUnsigned(UInt64(keys.count), to: &bytes)
    for key in keys {
      BinaryBytes.appendUnsigned(UInt64(key.utf8.count), to: &bytes)
      bytes.append(contentsOf: key.utf8)
    }
    try root.write(to: &bytes, keyIndex: keyIndex)
    return bytes
  }
}

/// Little-endian and LEB128 writing shared by the encoder's nodes.
enum BinaryBytes {
  static func appendUnsigned(_ value: UInt64, to bytes: inout [UInt8]) {
    var value = value
    while value >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
      value >>= 7
    }
    bytes.append(UInt8(value))
  }

  static func appendLengthPrefixed(_ body: [UInt8], to bytes: inout [UInt8]) {
    appendUnsigned(UInt64(body.count), to: &bytes)
    bytes.append(contentsOf: body)
  }
}

/// One value of the tree the encoder builds; a class, so that containers can fill it in place.
final class EncodedNode {
  enum Kind {
    case unset, null, bool(Bool), integer(Int64), double(Double), string(String), list, keyed
  }

  var kind = Kind.unset
  /// A list's items, or a keyed container's values (beside `keys`).
  var children: [EncodedNode] = []
  var keys: [String] = []

  /// Sorts a keyed node's entries by key, or a list of key–value pairs (a dictionary whose keys
  /// are neither strings nor integers) by the keys' bytes.
  func sortEntries() {
    switch kind {
    case .keyed:
      let sorted = zip(keys, children).sorted { $0.0 < $1.0 }
      keys = sorted.map(\.0)
      children = sorted.map(\.1)
    case .list where children.count % 2 == 0:
      var pairs: [(bytes: [UInt8], key: EncodedNode, value: EncodedNode)] = []
      for index in stride(from: 0, to: children.count, by: 2) {
        var bytes: [UInt8] = []
        try? children[index].write(to: &bytes, keyIndex: [:])
        pairs.append((bytes, children[index], children[index + 1]))
      }
      pairs.sort { $0.0.lexicographicallyPrecedes($1.0) }
      children = pairs.flatMap { [$0.1, $0.2] }
    default:
      break
    }
  }

  func collectKeys(into keys: inout [String], index: inout [String: Int]) {
    for key in self.keys where index[key] == nil {
      index[key] = keys.count
      keys.append(key)
    }
    for child in children { child.collectKeys(into: &keys, index: &index) }
  }

  func write(to bytes: inout [UInt8], keyIndex: [String: Int]) throws {
    switch kind {
    case .unset:
      throw BinaryFormError("a value encoded nothing")
    case .null:
      bytes.append(BinaryTag.null.rawValue)
    case .bool(let value):
      bytes.append(value ? BinaryTag.trueValue.rawValue : BinaryTag.falseValue.rawValue)
    case .integer(let value):
      bytes.append(BinaryTag.integer.rawValue)
      BinaryBytes.appendUnsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63)), to: &bytes)
    case .double(let value):
      bytes.append(BinaryTag.double.rawValue)
      withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    case .string(let value):
      bytes.append(BinaryTag.string.rawValue)
      BinaryBytes.appendLengthPrefixed(Array(value.utf8), to: &bytes)
    case .list:
      var body: [UInt8] = []
      BinaryBytes.appendUnsigned(UInt64(children.count), to: &body)
      for child in children { try child.write(to: &body, keyIndex: keyIndex) }
      bytes.append(BinaryTag.list.rawValue)
      BinaryBytes.appendLengthPrefixed(body, to: &bytes)
    case .keyed:
      var body: [UInt8] = []
      BinaryBytes.appendUnsigned(UInt64(children.count), to: &body)
      for (key, child) in zip(keys, children) {
        guard let index = keyIndex[key] else {
          throw BinaryFormError("key \(key) missing from the key table")
        }
        BinaryBytes.appendUnsigned(UInt64(index), to: &body)
        try child.write(to: &body, keyIndex: keyIndex)
      }
      bytes.append(BinaryTag.keyed.rawValue)
      BinaryBytes.appendLengthPrefixed(body, to: &bytes)
    }
  }
}

/// The `Encoder` over one node.
struct NodeEncoder: Encoder {
  let node: EncodedNode
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if case .unset = node.kind { node.kind = .keyed }
    return KeyedEncodingContainer(KeyedNodeEncoder<Key>(node: node, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if case .unset = node.kind { node.kind = .list }
    return UnkeyedNodeEncoder(node: node, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleNodeEncoder(node: node, codingPath: codingPath)
  }
}

/// Collections whose order is not their meaning.
protocol UnorderedCollection {}
extension Dictionary: UnorderedCollection {}

/// Sets a node to a value, primitives directly and anything else through its `encode(to:)`.
enum NodeValue {
  static func set<T: Encodable>(_ node: EncodedNode, to value: T, codingPath: [any CodingKey]) throws {
    switch value {
    case let value as String: node.kind = .string(value)
    case let value as Bool: node.kind = .bool(value)
    case let value as Double: node.kind = .double(value)
    case let value as Float: node.kind = .double(Double(value))
    case let value as Int: node.kind = .integer(Int64(value))
    case let value as Int8: node.kind = .integer(Int64(value))
    case let value as Int16: node.kind = .integer(Int64(value))
    case let value as Int32: node.kind = .integer(Int64(value))
    case let value as Int64: node.kind = .integer(value)
    case let value as UInt: node.kind = .integer(try integer(value))
    case let value as UInt8: node.kind = .integer(Int64(value))
    case let value as UInt16: node.kind = .integer(Int64(value))
    case let value as UInt32: node.kind = .integer(Int64(value))
    case let value as UInt64: node.kind = .integer(try integer(value))
    default:
      try value.encode(to: NodeEncoder(node: node, codingPath: codingPath))
      if case .unset = node.kind { node.kind = .keyed }
      // A dictionary's order is its hash order, which changes from process to process: its
      // entries are sorted, so the same data always gives the same bytes.
      if value is any UnorderedCollection {
        guard BinaryDictionaryReaders.known.reader(for: T.self) != nil else {
          throw BinaryFormError(
            "\(T.self) is not in BinaryDictionaryReaders.known: list it there, so start-up reads it directly")
        }
        node.sortEntries()
      }
    }
  }

  static func integer<T: BinaryInteger>(_ value: T) throws -> Int64 {
    guard let result = Int64(exactly: value) else {
      throw BinaryFormError("\(value) does not fit in 64 bits")
    }
    return result
  }
}

struct KeyedNodeEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let node: EncodedNode
  let codingPath: [any CodingKey]

  private func child(_ key: Key) -> EncodedNode { child(named: key.stringValue) }

  private func child(named name: String) -> EncodedNode {
    let child = EncodedNode()
    node.keys.append(name)
    node.children.append(child)
    return child
  }

  mutating func encodeNil(forKey key: Key) throws { child(key).kind = .null }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try NodeValue.set(child(key), to: value, codingPath: codingPath + [key])
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    NodeEncoder(node: child(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    NodeEncoder(node: child(key), codingPath: codingPath + [key]).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    NodeEncoder(node: child(named: "super"), codingPath: codingPath)
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    NodeEncoder(node: child(key), codingPath: codingPath + [key])
  }
}

struct UnkeyedNodeEncoder: UnkeyedEncodingContainer {
  let node: EncodedNode
  let codingPath: [any CodingKey]
  var count: Int { node.children.count }

  private func child() -> EncodedNode {
    let child = EncodedNode()
    node.children.append(child)
    return child
  }

  mutating func encodeNil() throws { child().kind = .null }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try NodeValue.set(child(), to: value, codingPath: codingPath)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    NodeEncoder(node: child(), codingPath: codingPath).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    NodeEncoder(node: child(), codingPath: codingPath).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder { NodeEncoder(node: child(), codingPath: codingPath) }
}

struct SingleNodeEncoder: SingleValueEncodingContainer {
  let node: EncodedNode
  let codingPath: [any CodingKey]

  mutating func encodeNil() throws { node.kind = .null }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try NodeValue.set(node, to: value, codingPath: codingPath)
  }
}
