/// Everything that can be wrong with an input file: a profile, a clinic file or a catalogue.
/// Each message is one line that names the place, the bad value and what is allowed.
public enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
  case fileNotFound(path: String)
  case unreadable(path: String, reason: String)
  case tooLarge(path: String, bytes: Int, limit: Int)
  case empty(path: String)
  case notUTF8(path: String)
  case syntax(SourceLocation, problem: String)
  /// A CSV row that does not fit its header (a wrong number of cells, an unclosed quote).
  case csvRow(SourceLocation, problem: String)
  case duplicateKey(SourceLocation, keyPath: String, keys: [String])
  case tooComplex(SourceLocation, reason: String)
  case wrongType(SourceLocation, keyPath: String, found: String, expected: String)
  case missingKey(SourceLocation, keyPath: String)
  case unknownKey(SourceLocation, keyPath: String, allowed: [String], suggestion: String?)
  case outOfRange(SourceLocation, keyPath: String, value: String, allowed: String)
  case invalidValue(SourceLocation, keyPath: String, value: String, allowed: [String], suggestion: String?)
  case invalidFormat(SourceLocation, keyPath: String, value: String, expected: String)
  case unsupportedSchema(SourceLocation, value: Int, supported: Int)
  /// A catalogue entry is wrong: names the file, the entry id and the field.
  case catalogue(SourceLocation, entryID: String, field: String, problem: String)

  /// The message: always one line (line breaks, tabs and other control characters in quoted
  /// values are shown as escapes such as `\n`), with long values shortened.
  public var description: String { Self.oneLine(message) }

  private var message: String {
    switch self {
    case .fileNotFound(let path):
      return "\(path): file not found."
    case .unreadable(let path, let reason):
      return "\(path): cannot be read (\(reason))."
    case .tooLarge(let path, let bytes, let limit):
      let size = bytes > limit + 1 ? "\(bytes) bytes" : "more than \(limit) bytes"
      return "\(path): the input is \(size); the limit is \(Self.size(limit)); refused."
    case .empty(let path):
      if path.lowercased().hasSuffix(".csv") {
        return
          "\(path): the file is empty; expected a header line of profile keys, then one line per patient."
      }
      return "\(path): the file is empty; expected a YAML or JSON mapping."
    case .notUTF8(let path):
      return "\(path): the file is not valid UTF-8 text."
    case .syntax(let location, let problem):
      return "\(location): not valid YAML/JSON: \(problem)."
    case .csvRow(let location, let problem):
      return "\(location): not a valid CSV row: \(problem)."
    case .duplicateKey(let location, let keyPath, let keys):
      let list = keys.map { "'\($0)'" }.joined(separator: ", ")
      return "\(location): \(Self.at(keyPath))duplicate key \(list); each key may appear once."
    case .tooComplex(let location, let reason):
      return "\(location): refused: \(reason)."
    case .wrongType(let location, let keyPath, let found, let expected):
      return "\(location): \(keyPath): \(found) is not allowed; expected \(expected)."
    case .missingKey(let location, let keyPath):
      return "\(location): \(keyPath) is required but missing."
    case .unknownKey(let location, let keyPath, let allowed, let suggestion):
      let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
      return
        "\(location): unknown key '\(keyPath)'\(hint); allowed here: \(allowed.joined(separator: ", "))."
    case .outOfRange(let location, let keyPath, let value, let allowed):
      return "\(location): \(keyPath): \(Self.short(value)) is out of range; allowed \(allowed)."
    case .invalidValue(let location, let keyPath, let value, let allowed, let suggestion):
      let hint = suggestion.map { " Did you mean '\($0)'?" } ?? ""
      return
        "\(location): \(keyPath): '\(Self.short(value))' is not allowed; allowed values: \(allowed.joined(separator: ", ")).\(hint)"
    case .invalidFormat(let location, let keyPath, let value, let expected):
      return "\(location): \(keyPath): '\(Self.short(value))' is not valid; expected \(expected)."
    case .unsupportedSchema(let location, let value, let supported):
      return
        "\(location): schema: \(value) is newer than this program understands; supported: \(supported). Update homeprogram."
    case .catalogue(let location, let entryID, let field, let problem):
      return "\(location): entry \(entryID): \(field): \(problem)."
    }
  }

  /// `value`, cut to 80 characters.
  static func short(_ value: String) -> String {
    value.count > 80 ? String(value.prefix(77)) + "…" : value
  }

  /// `text` with every control character (and the Unicode line and paragraph separators) written
  /// as an escape, so a message can never span lines or move the terminal's cursor.
  static func oneLine(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where needsEscape(scalar): result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
      || scalar.value == 0x2029
  }

  /// `1048576 bytes (1 MiB)`.
  package static func size(_ bytes: Int) -> String {
    bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes) bytes (\(bytes >> 20) MiB)" : "\(bytes) bytes"
  }

  private static func at(_ keyPath: String) -> String { keyPath.isEmpty ? "" : "\(keyPath): " }

  /// The source location, when the error has one.
  public var location: SourceLocation? {
    switch self {
    case .fileNotFound, .unreadable, .tooLarge, .empty, .notUTF8: nil
    case .syntax(let location, _), .csvRow(let location, _), .duplicateKey(let location, _, _),
      .tooComplex(let location, _),
      .wrongType(let location, _, _, _), .missingKey(let location, _), .unknownKey(let location, _, _, _),
      .outOfRange(let location, _, _, _), .invalidValue(let location, _, _, _, _),
      .invalidFormat(let location, _, _, _), .unsupportedSchema(let location, _, _),
      .catalogue(let location, _, _, _):
      location
    }
  }
}
