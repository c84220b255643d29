/// Why the handout wording could not be loaded. Each case names the file and what is wrong.
public enum HandoutTextError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file is missing or cannot be read as UTF-8 text.
  case unreadableFile(file: String, reason: String)
  /// The file is not valid YAML, or is empty.
  case invalidYAML(file: String, reason: String)
  /// A required key is absent (`path` is the dotted key path, e.g. `cover.title`).
  case missingKey(file: String, path: String)
  /// A value has the wrong shape (e.g. a list where a string belongs).
  case invalidValue(file: String, path: String, reason: String)
  /// A list keyed by id lacks an entry the handout needs (e.g. a position id with no text).
  case missingEntry(file: String, list: String, id: String)
  /// A list keyed by id names an id the program does not know.
  case unknownEntry(file: String, list: String, id: String)
  /// A list keyed by id names the same id twice.
  case duplicateEntry(file: String, list: String, id: String)
  /// A translated file has a key its English original lacks (`path` is the dotted key path).
  case notInEnglish(file: String, path: String)

  public var description: String {
    switch self {
    case .unreadableFile(let file, let reason):
      "\(file): cannot be read: \(reason)."
    case .invalidYAML(let file, let reason):
      "\(file): not valid YAML: \(reason)"
    case .missingKey(let file, let path):
      "\(file): missing key '\(path)'."
    case .invalidValue(let file, let path, let reason):
      "\(file): bad value at '\(path)': \(reason)"
    case .missingEntry(let file, let list, let id):
      "\(file): '\(list)' has no entry for '\(id)'; every id needs its wording."
    case .unknownEntry(let file, let list, let id):
      "\(file): '\(list)' has an entry for unknown id '\(id)'."
    case .duplicateEntry(let file, let list, let id):
      "\(file): '\(list)' has more than one entry for '\(id)'."
    case .notInEnglish(let file, let path):
      "\(file): key '\(path)' is not in the English file; a translation has the English keys only."
    }
  }
}
