// The compact binary form of the compiled resources (`CompiledResources`), read back by
// `CompactReader`. It is not self-describing: each stored type writes its fields in a fixed order
// with `write(compact:)` and reads them back in the same order with `init(compact:)`, so reading
// needs no parsing, no keys and no `Decoder`.
//
//   Int     zigzag LEB128           Double  8 bytes, the bit pattern little-endian
//   Bool    1 byte, 0 or 1          String  LEB128 UTF-8 byte count, then the bytes
//   enum    its raw value, as a String
//   T?      1 byte, 0 (absent) or 1, then the value when present
//   [T]     LEB128 count, then the elements
//   [K: V]  LEB128 count, then key and value per entry, sorted by key (`CompactKey`) so the
//           bytes do not depend on hashing

/// Builds the bytes of the compact form.
package struct CompactWriter {
  /// What has been written so far.
  package private(set) var bytes: [UInt8] = []

  package init() {}

  /// An unsigned LEB128 number: a count or a length.
  package mutating func count(_ value: Int) {
    unsigned(UInt(max(value, 0)))
  }

  /// A signed integer (zigzag LEB128).
  package mutating func int(_ value: Int) {
    unsigned(UInt(bitPattern: (value << 1) ^ (value >> (Int.bitWidth - 1))))
  }

  /// Any unsigned number, LEB128: 7 bits a byte, low bits first, the high bit set on all but the last.
  private mutating func unsigned(_ value: UInt) {
    var value = value
    while value >= 0x80 {
      bytes.append(UInt8(value & 0x7F) | 0x80)
      value >>= 7
    }
    bytes.append(UInt8(value))
  }

  /// A double: its 8 bytes, little-endian.
  package mutating func double(_ value: Double) {
    let bits = value.bitPattern
    for index in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: bits >> (8 * UInt64(index)))) }
  }

  /// A Boolean: one byte, 0 or 1.
  package mutating func bool(_ value: Bool) {
    bytes.append(value ? 1 : 0)
  }

  /// A string: its UTF-8 byte count, then the bytes.
  package mutating func string(_ value: String) {
    count(value.utf8.count)
    bytes.append(contentsOf: value.utf8)
  }

  /// A value of a stored type.
  package mutating func write<Value: CompactStorable>(_ value: Value) {
    value.write(compact: &self)
  }

  /// An optional value: a presence byte, then the value when present.
  package mutating func optional<Value: CompactStorable>(_ value: Value?) {
    bool(value != nil)
    value?.write(compact: &self)
  }

  /// A list: its count, then the elements.
  package mutating func array<Element: CompactStorable>(_ elements: [Element]) {
    count(elements.count)
    for element in elements { element.write(compact: &self) }
  }

  /// An optional list.
  package mutating func optionalArray<Element: CompactStorable>(_ elements: [Element]?) {
    bool(elements != nil)
    if let elements { array(elements) }
  }

  /// A dictionary: its count, then each key and value, in the keys' order.
  package mutating func dictionary<Key: CompactKey, Value: CompactStorable>(_ dictionary: [Key: Value]) {
    count(dictionary.count)
    for key in dictionary.keys.sorted(by: { $0.compactOrder < $1.compactOrder }) {
      key.write(compact: &self)
      dictionary[key]?.write(compact: &self)
    }
  }

  /// A dictionary of lists: its count, then each key and its list, in the keys' order.
  package mutating func listDictionary<Key: CompactKey, Element: CompactStorable>(
    _ dictionary: [Key: [Element]]
  ) {
    count(dictionary.count)
    for key in dictionary.keys.sorted(by: { $0.compactOrder < $1.compactOrder }) {
      key.write(compact: &self)
      array(dictionary[key] ?? [])
    }
  }
}
