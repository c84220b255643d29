// A small self-describing binary form of any `Encodable` value, read back by `CompactDecoder`.
// Used for the compiled resources (`CompiledResources`): decoding it needs no parsing and no
// dynamic casts, where YAML needs a parser and `YAMLDecoder`.
//
// Every value starts with a tag byte:
//   0 nil · 1 false · 2 true · 3 integer (zigzag LEB128) · 4 double (8 bytes, little-endian bits)
//   5 string (LEB128 byte count, UTF-8) · 6 keyed (LEB128 byte count of the body, LEB128 entry count,
//   then key as a string without tag and the value, per entry) · 7 unkeyed (byte count, element
//   count, then the values).
// Containers carry their byte count so a reader can skip them without looking inside.

/// Encodes `Encodable` values into the compact binary form `CompactDecoder` reads.
public struct CompactEncoder {
  public init() {}

  /// The bytes of `value`.
  public func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
    let root = CompactNode()
    try value.encode(to: CompactNodeEncoder(node: root))
    var bytes: [UInt8] = []
    root.write(into: &bytes)
    return bytes
  }
}

/// The tags of the compact form.
enum CompactTag: UInt8 {
  case null = 0, falseValue, trueValue, integer, double, string, keyed, unkeyed
}

/// A value being encoded: a tree that is written out once complete.
final class CompactNode {
  enum Content {
    case empty
    case scalar([UInt8])
    case keyed([(String, CompactNode)])
    case unkeyed([CompactNode])
  }

  var content = Content.empty

  func write(into bytes: inout [UInt8]) {
    switch content {
    case .empty:
      bytes.append(CompactTag.null.rawValue)
    case .scalar(let scalar):
      bytes.append(contentsOf: scalar)
    case .keyed(let entries):
      var body: [UInt8] = []
      Self.appendLength(entries.count, to: &body)
      for (key, value) in entries {
        Self.appendString(key, to: &body)
        value.write(into: &body)
      }
      bytes.append(CompactTag.keyed.rawValue)
      Self.appendLength(body.count, to: &bytes)
      bytes.append(contentsOf: body)
    case .unkeyed(let elements):
      var body: [UInt8] = []
      Self.appendLength(elements.count, to: &body)
      for element in elements { element.write(into: &body) }
      bytes.append(CompactTag.unkeyed.rawValue)
      Self.appendLength(body.count, to: &bytes)
      bytes.append(contentsOf: body)
    }
  }

  static func appendLength(_ value: Int, to bytes: inout [UInt8]) {
    var value = UInt64(value)
    while value >= 0x80 {
      bytes.append(UInt8(value & 0x7F) | 0x80)
      value >>= 7
    }
    bytes.append(UInt8(value))
  }

  static func appendString(_ text: String, to bytes: inout [UInt8]) {
    appendLength(text.utf8.count, to: &bytes)
    bytes.append(contentsOf: text.utf8)
  }

  static func scalar(_ tag: CompactTag, _ body: [UInt8] = []) -> Content {
    .scalar([tag.rawValue] + body)
  }

  static func integer(_ value: Int64) -> Content {
    var body: [UInt8] = []
    appendLength(Int(bitPattern: UInt((value << 1) ^ (value >> 63))), to: &body)
    return scalar(.integer, body)
  }

  static func double(_ value: Double) -> Content {
    let bits = value.bitPattern
    return scalar(.double, (0..<8).map { UInt8(truncatingIfNeeded: bits >> (8 * UInt64($0))) })
  }

  static func string(_ value: String) -> Content {
    var body: [UInt8] = []
    appendString(value, to: &body)
    return scalar(.string, body)
  }
}

/// The `Encoder` that fills one `CompactNode`.
private struct CompactNodeEncoder: Encoder {
  let node: CompactNode
  var codingPath: [any CodingKey] = []
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if case .keyed = node.content {} else { node.content = .keyed([]) }
    return KeyedEncodingContainer(KeyedContainer<Key>(node: node))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if case .unkeyed = node.content {} else { node.content = .unkeyed([]) }
    return UnkeyedContainer(node: node)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleValueContainer(node: node)
  }

  /// Encodes `value` into `node`, writing the scalars the standard library knows directly.
  static func encode<T: Encodable>(_ value: T, into node: CompactNode) throws {
    switch value {
    case let value as String: node.content = CompactNode.string(value)
    case let value as Bool: node.content = CompactNode.scalar(value ? .trueValue : .falseValue)
    case let value as Int: node.content = CompactNode.integer(Int64(value))
    case let value as Double: node.content = CompactNode.double(value)
    default: try value.encode(to: CompactNodeEncoder(node: node))
    }
  }

  private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: CompactNode
    var codingPath: [any CodingKey] = []

    private func child(_ key: Key) -> CompactNode {
      let child = CompactNode()
      if case .keyed(var entries) = node.content {
        entries.append((key.stringValue, child))
        node.content = .keyed(entries)
      }
      return child
    }

    mutating func encodeNil(forKey key: Key) throws { child(key).content = .empty }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
      try CompactNodeEncoder.encode(value, into: child(key))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
      keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
      CompactNodeEncoder(node: child(key)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
      CompactNodeEncoder(node: child(key)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { CompactNodeEncoder(node: node) }

    mutating func superEncoder(forKey key: Key) -> any Encoder { CompactNodeEncoder(node: child(key)) }
  }

  private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: CompactNode
    var codingPath: [any CodingKey] = []

    var count: Int {
      if case .unkeyed(let elements) = node.content { return elements.count }
      return 0
    }

    private func child() -> CompactNode {
      let child = CompactNode()
      if case .unkeyed(var elements) = node.content {
        elements.append(child)
        node.content = .unkeyed(elements)
      }
      return child
    }

    mutating func encodeNil() throws { child().content = .empty }

    mutating func encode<T: Encodable>(_ value: T) throws {
      try CompactNodeEncoder.encode(value, into: child())
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
      -> KeyedEncodingContainer<NestedKey>
    {
      CompactNodeEncoder(node: child()).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
      CompactNodeEncoder(node: child()).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { CompactNodeEncoder(node: child()) }
  }

  private struct SingleValueContainer: SingleValueEncodingContainer {
    let node: CompactNode
    var codingPath: [any CodingKey] = []

    mutating func encodeNil() throws { node.content = .empty }

    mutating func encode<T: Encodable>(_ value: T) throws {
      try CompactNodeEncoder.encode(value, into: node)
    }
  }
}
