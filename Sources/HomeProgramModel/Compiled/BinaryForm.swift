// The compact binary form of any `Codable` value: what the bundled catalogue, wording and figures
// are compiled into at build time (the `BundledData` build-tool plugin) and read from at start-up.
//
// Each type's fields come from its own `Codable` conformance, so no field is listed a second
// time for this form. Layout, all numbers unsigned LEB128 unless said otherwise:
//
//   file     := "hpbin1" keyCount key* value
//   key      := byteCount UTF-8            (every key string once; values refer to it by index)
//   value    := tag payload
//   tag 0 nil · 1 false · 2 true · 3 integer (zigzag LEB128) · 4 double (8 bytes, little-endian)
//   tag 5 string: byteCount UTF-8
//   tag 6 list:   byteCount count value*                 (byteCount covers count and values)
//   tag 7 keyed:  byteCount count (keyIndex value)*      (entries in the order they were encoded)
//
// The byte counts let a reader step over a value without reading it; a keyed container is read in
// the order it was written, so a decoder that asks for its keys in that order (as synthesized
// `Decodable` does) never searches.

/// The tags of the binary form.
enum BinaryTag: UInt8, CustomStringConvertible {
  case null = 0
  case falseValue = 1
  case trueValue = 2
  case integer = 3
  case double = 4
  case string = 5
  case list = 6
  case keyed = 7

  /// The kind of value, for error messages. Spelled out, because the default description of an
  /// enum goes through reflection, and a decoder that tries one shape before another (as
  /// `LocalizedText` does) builds these messages at start-up.
  var description: String {
    switch self {
    case .null: "null"
    case .falseValue, .trueValue: "a Boolean"
    case .integer: "an integer"
    case .double: "a number"
    case .string: "a string"
    case .list: "a list"
    case .keyed: "a keyed container"
    }
  }
}

/// Why bytes could not be read as the binary form, or a value could not be written to it.
public struct BinaryFormError: Error, Equatable, CustomStringConvertible {
  /// What was wrong, and where.
  public var reason: String

  /// An error saying `reason`.
  public init(_ reason: String) { self.reason = reason }

  public var description: String { "binary form: \(reason)" }
}

/// The first bytes of every file in the binary form.
let binaryFormMagic = Array("hpbin1".utf8)
