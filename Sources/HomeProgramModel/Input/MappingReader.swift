import Foundation
import Yams

/// Reads one YAML/JSON mapping strictly: unknown keys, wrong types and out-of-range values are
/// errors that name the file, line, column and key path.
public struct MappingReader {
  public let file: String
  /// Dotted path of this mapping ("" at the root, "symptoms" …).
  public let path: String
  private let mark: Mark?
  private let values: [String: Node]
  /// Key order as written, for stable iteration.
  public let keys: [String]

  /// Wraps `node`, which must be a mapping whose keys are all in `allowed`.
  public init(_ node: Node, file: String, path: String = "", allowed: [String]) throws(InputError) {
    self.file = file
    self.path = path
    self.mark = node.mark
    guard case .mapping(let mapping) = node else {
      throw .wrongType(
        Self.location(file, node.mark), keyPath: path.isEmpty ? "(top level)" : path,
        found: Self.describe(node), expected: "a mapping of keys to values")
    }
    var values: [String: Node] = [:]
    var keys: [String] = []
    for (keyNode, value) in mapping {
      guard let key = keyNode.scalar?.string else {
        throw .wrongType(
          Self.location(file, keyNode.mark), keyPath: path.isEmpty ? "(top level)" : path,
          found: Self.describe(keyNode), expected: "a plain key")
      }
      let keyPath = path.isEmpty ? key : "\(path).\(key)"
      guard allowed.contains(key) else {
        throw .unknownKey(
          Self.location(file, keyNode.mark), keyPath: keyPath, allowed: allowed,
          suggestion: Suggestion.closest(to: key, in: allowed))
      }
      if values[key] != nil {
        throw .duplicateKey(Self.location(file, keyNode.mark), keyPath: path, keys: [key])
      }
      values[key] = value
      keys.append(key)
    }
    self.values = values
    self.keys = keys
  }

  /// The location of the mapping itself.
  public var location: SourceLocation { Self.location(file, mark) }

  /// The dotted path of `key` inside this mapping.
  public func keyPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

  /// The raw node for `key`, treating an explicit null as absent.
  public func node(_ key: String) -> Node? {
    guard let node = values[key] else { return nil }
    if Self.isNull(node) { return nil }
    return node
  }

  /// Where `key`'s value is, or the mapping's own location.
  public func location(of key: String) -> SourceLocation {
    Self.location(file, values[key]?.mark ?? mark)
  }

  // MARK: Typed accessors

  /// A required value: throws `missingKey` when absent.
  public func require<T>(_ key: String, _ read: (String) throws(InputError) -> T?) throws(InputError) -> T {
    guard let value = try read(key) else { throw .missingKey(location, keyPath: keyPath(key)) }
    return value
  }

  /// Any scalar as text (names, notes, references). Nested values are errors.
  public func string(_ key: String, maxLength: Int = 10_000) throws(InputError) -> String? {
    guard let node = node(key) else { return nil }
    guard let scalar = node.scalar else {
      throw .wrongType(location(of: key), keyPath: keyPath(key), found: Self.describe(node), expected: "text")
    }
    if scalar.string.count > maxLength {
      throw .outOfRange(
        location(of: key), keyPath: keyPath(key), value: "text of \(scalar.string.count) characters",
        allowed: "at most \(maxLength) characters")
    }
    return scalar.string
  }

  /// A whole number within `range`.
  public func int(_ key: String, in range: ClosedRange<Int>) throws(InputError) -> Int? {
    guard let node = node(key) else { return nil }
    guard let scalar = node.scalar, scalar.style == .plain else {
      throw .wrongType(
        location(of: key), keyPath: keyPath(key), found: Self.describe(node), expected: "a whole number")
    }
    guard let value = Int(scalar.string.trimmingCharacters(in: .whitespaces)) else {
      throw .wrongType(
        location(of: key), keyPath: keyPath(key), found: Self.describe(node),
        expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
    guard range.contains(value) else {
      throw .outOfRange(
        location(of: key), keyPath: keyPath(key), value: String(value),
        allowed: "\(range.lowerBound)–\(range.upperBound)")
    }
    return value
  }

  /// `true` or `false`.
  public func bool(_ key: String) throws(InputError) -> Bool? {
    guard let node = node(key) else { return nil }
    guard let scalar = node.scalar, scalar.style == .plain else {
      throw .wrongType(
        location(of: key), keyPath: keyPath(key), found: Self.describe(node), expected: "true or false")
    }
    switch scalar.string.lowercased() {
    case "true": return true
    case "false": return false
    default:
      throw .wrongType(
        location(of: key), keyPath: keyPath(key), found: Self.describe(node), expected: "true or false")
    }
  }

  /// One value of a closed set (an enum's raw values), with "did you mean" on a miss.
  public func oneOf<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) throws(InputError)
    -> E?
  where E.RawValue == String {
    guard let node = node(key) else { return nil }
    return try Self.enumValue(node, type, file: file, keyPath: keyPath(key))
  }

  /// A list of values of a closed set. A lone value is accepted as a one-item list.
  public func listOf<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) throws(InputError)
    -> [E]?
  where E.RawValue == String {
    guard let items = try sequence(key) else { return nil }
    var result: [E] = []
    for (index, item) in items.enumerated() {
      result.append(try Self.enumValue(item, type, file: file, keyPath: "\(keyPath(key))[\(index)]"))
    }
    return result
  }

  /// A list of text values.
  public func stringList(_ key: String) throws(InputError) -> [String]? {
    guard let items = try sequence(key) else { return nil }
    var result: [String] = []
    for (index, item) in items.enumerated() {
      guard let scalar = item.scalar, !Self.isNull(item) else {
        throw .wrongType(
          Self.location(file, item.mark), keyPath: "\(keyPath(key))[\(index)]", found: Self.describe(item),
          expected: "text")
      }
      result.append(scalar.string)
    }
    return result
  }

  /// The items of a list.
  public func sequence(_ key: String) throws(InputError) -> [Node]? {
    guard let node = node(key) else { return nil }
    switch node {
    case .sequence(let sequence): return Array(sequence)
    default:
      throw .wrongType(
        location(of: key), keyPath: keyPath(key), found: Self.describe(node), expected: "a list")
    }
  }

  /// A nested mapping.
  public func mapping(_ key: String, allowed: [String]) throws(InputError) -> MappingReader? {
    guard let node = node(key) else { return nil }
    return try MappingReader(node, file: file, path: keyPath(key), allowed: allowed)
  }

  // MARK: Helpers

  static func enumValue<E: RawRepresentable & CaseIterable>(
    _ node: Node, _ type: E.Type, file: String, keyPath: String
  ) throws(InputError) -> E where E.RawValue == String {
    let allowed = E.allCases.map(\.rawValue)
    guard let scalar = node.scalar else {
      throw .wrongType(
        location(file, node.mark), keyPath: keyPath, found: describe(node),
        expected: "one of \(allowed.joined(separator: ", "))")
    }
    guard let value = E(rawValue: scalar.string) else {
      throw .invalidValue(
        location(file, node.mark), keyPath: keyPath, value: scalar.string, allowed: allowed,
        suggestion: Suggestion.closest(to: scalar.string, in: allowed))
    }
    return value
  }

  static func location(_ file: String, _ mark: Mark?) -> SourceLocation {
    SourceLocation(file: file, line: mark?.line, column: mark?.column)
  }

  static func isNull(_ node: Node) -> Bool {
    guard let scalar = node.scalar, scalar.style == .plain else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  /// A short description of a node for messages: `'abc'`, `5`, `a list`, `a mapping`.
  static func describe(_ node: Node) -> String {
    switch node {
    case .scalar(let scalar):
      let text = scalar.string.count > 60 ? String(scalar.string.prefix(57)) + "…" : scalar.string
      if isNull(node) { return "an empty value" }
      return scalar.style == .plain ? text : "'\(text)' (quoted text)"
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    case .alias: return "an alias"
    }
  }
}
