// Reads one wording file: YAML with snake_case keys, decoded into camelCase Swift properties.
// Keys are converted on the parsed node tree (values, such as ids, are left alone), and decoding
// errors are turned into `HandoutTextError`s that name the file and the snake_case key path.
import Foundation
import Yams

enum YAMLTextFile {
  /// Decodes `file` in `directory` as `T`.
  package static func decode<T: Decodable>(
    _ type: T.Type, file: String, in directory: URL
  ) throws(HandoutTextError) -> T {
    let parsed = try node(file: file, in: directory)
    do {
      return try YAMLDecoder().decode(T.self, from: camelCased(parsed))
    } catch let error as DecodingError {
      throw describe(error, file: file)
    } catch {
      throw .invalidYAML(file: file, reason: "\(error)")
    }
  }

  /// The parsed YAML of `file` in `directory`, keys as written.
  static func node(file: String, in directory: URL) throws(HandoutTextError) -> Node {
    let url = directory.appendingPathComponent(file)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw .unreadableFile(file: file, reason: "the file is missing or cannot be read at \(url.path)")
    }
    guard let yaml = String(data: data, encoding: .utf8) else {
      throw .unreadableFile(file: file, reason: "the file is not UTF-8 text")
    }
    let parsed: Node?
    do {
      // Every wording value is a string, so tags are never needed: the basic resolver skips the
      // implicit-tag regular expressions, which cost more than the parse itself.
      parsed = try Yams.compose(yaml: yaml, .basic)
    } catch {
      throw .invalidYAML(file: file, reason: "\(error)")
    }
    guard let parsed else { throw .invalidYAML(file: file, reason: "the file is empty") }
    return parsed
  }

  /// The node with every mapping key converted from snake_case to lowerCamelCase.
  static func camelCased(_ node: Node) -> Node {
    switch node {
    case .mapping(let mapping):
      let pairs = mapping.map { pair -> (Node, Node) in
        var key = pair.key
        if case .scalar(var scalar) = key {
          scalar.string = camelCase(scalar.string)
          key = .scalar(scalar)
        }
        return (key, camelCased(pair.value))
      }
      return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark))
    case .sequence(let sequence):
      return .sequence(Node.Sequence(sequence.map(camelCased), sequence.tag, sequence.style, sequence.mark))
    case .scalar, .alias:
      return node
    }
  }

  /// `glance_header` → `glanceHeader`; keys without underscores are unchanged.
  static func camelCase(_ key: String) -> String {
    let parts = key.split(separator: "_", omittingEmptySubsequences: true)
    guard let first = parts.first, parts.count > 1 else { return key }
    return String(first) + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }

  /// `glanceHeader` → `glance_header`, for messages.
  static func snakeCase(_ key: String) -> String {
    var result = ""
    for character in key {
      if character.isUppercase, !result.isEmpty, !key.hasPrefix("en-") {
        result += "_" + character.lowercased()
      } else {
        result.append(character)
      }
    }
    return result
  }

  /// A readable key path: `cover.glance_header[2]`.
  static func path(_ codingPath: [any CodingKey]) -> String {
    var result = ""
    for key in codingPath {
      if let index = key.intValue {
        result += "[\(index)]"
      } else {
        result += (result.isEmpty ? "" : ".") + snakeCase(key.stringValue)
      }
    }
    return result.isEmpty ? "(top level)" : result
  }

  static func describe(_ error: DecodingError, file: String) -> HandoutTextError {
    switch error {
    case .keyNotFound(let key, let context):
      return .missingKey(file: file, path: path(context.codingPath + [key]))
    case .typeMismatch(let type, let context):
      return .invalidValue(
        file: file, path: path(context.codingPath), reason: "expected \(readable(type)).")
    case .valueNotFound(let type, let context):
      return .invalidValue(
        file: file, path: path(context.codingPath), reason: "expected \(readable(type)), found nothing.")
    case .dataCorrupted(let context):
      return .invalidValue(file: file, path: path(context.codingPath), reason: context.debugDescription)
    @unknown default:
      return .invalidYAML(file: file, reason: "\(error)")
    }
  }

  private static func readable(_ type: Any.Type) -> String {
    switch type {
    case is String.Type, is LocalizedText.Type: "text"
    case is Int.Type: "a whole number"
    default: type is any Collection.Type ? "a list" : "a mapping"
    }
  }
}
