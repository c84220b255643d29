// A translated wording file must say everything the English one says: the same keys, the same
// list lengths and ids, the same `{placeholders}`, and nothing the English lacks. Checked on the
// parsed YAML of both files before the translation is decoded, so a missing key is an error
// naming the translated file and the key, never a silent fallback to English.
import Foundation
import Yams

/// Compares a translated wording file with its English original.
enum WordingParity {
  /// The key of the en-GB word-swap list, which a translation writes as an empty list.
  static let britishWordsKey = "british_words"
  /// Values each language writes its own way, with any of the placeholders their key documents:
  /// the date's format ("{month} {day}, {year}" in US English, "{day} de {month} de {year}" in
  /// Spanish, or `{iso}`).
  static let ownForm: [String: Set<String>] = ["dates.format": ["iso", "day", "month", "year"]]

  /// Throws the first place where `translated` (named `file` in messages) does not match
  /// `english`.
  static func check(english: Node, translated: Node, file: String) throws(HandoutTextError) {
    try compare(english, translated, path: [], file: file)
  }

  private static func compare(_ english: Node, _ translated: Node, path: [String], file: String)
    throws(HandoutTextError)
  {
    let here = render(path)
    // A value each language writes its own way (the date's format: per English locale in English,
    // one form in a translation) needs only placeholders the program fills in.
    if let allowed = ownForm[here], case .scalar(let other) = translated {
      if let extra = placeholders(in: other.string).subtracting(allowed).sorted().first {
        throw .invalidValue(
          file: file, path: here, reason: "has a placeholder {\(extra)} the program does not fill in.")
      }
      return
    }
    switch english {
    case .mapping(let mapping):
      let keys = Array(mapping.keys.compactMap(\.string))
      // `{en-US: …, en-GB: …}`: the translation writes one plain string.
      if Set(keys) == ["en-US", "en-GB"] {
        guard case .scalar(let scalar) = translated else {
          throw .invalidValue(
            file: file, path: here, reason: "expected text (one string for both English variants).")
        }
        let variants = Array(mapping.values.compactMap(\.string))
        try checkPlaceholders(english: variants, translated: scalar.string, path: here, file: file)
        return
      }
      guard case .mapping(let other) = translated else {
        throw .invalidValue(file: file, path: here, reason: "expected a mapping, as in the English.")
      }
      for key in keys {
        guard let value = other[key] else { throw .missingKey(file: file, path: render(path + [key])) }
        guard let englishValue = mapping[key] else { continue }
        try compare(englishValue, value, path: path + [key], file: file)
      }
      for key in other.keys.compactMap(\.string) where !keys.contains(key) {
        throw .notInEnglish(file: file, path: render(path + [key]))
      }
    case .sequence(let sequence):
      guard case .sequence(let other) = translated else {
        throw .invalidValue(file: file, path: here, reason: "expected a list, as in the English.")
      }
      if path.last == britishWordsKey {
        guard other.isEmpty else {
          throw .invalidValue(
            file: file, path: here, reason: "must be an empty list: only English has British words.")
        }
        return
      }
      let englishIDs = sequence.map(id(of:))
      if englishIDs.allSatisfy({ $0 != nil }) {
        try compareByID(Array(sequence), Array(other), path: path, file: file)
        return
      }
      guard sequence.count == other.count else {
        throw .invalidValue(
          file: file, path: here, reason: "has \(other.count) items; the English has \(sequence.count).")
      }
      for (index, (englishItem, item)) in zip(sequence, other).enumerated() {
        try compare(englishItem, item, path: path + ["[\(index)]"], file: file)
      }
    case .scalar(let scalar):
      guard case .scalar(let other) = translated else {
        throw .invalidValue(file: file, path: here, reason: "expected text or a value, as in the English.")
      }
      try checkPlaceholders(english: [scalar.string], translated: other.string, path: here, file: file)
    case .alias:
      return
    }
  }

  /// Lists keyed by `id`: the same ids, in any order, each compared with its English entry.
  private static func compareByID(_ english: [Node], _ translated: [Node], path: [String], file: String)
    throws(HandoutTextError)
  {
    let list = render(path)
    var byID: [String: (index: Int, node: Node)] = [:]
    for (index, item) in translated.enumerated() {
      guard let id = id(of: item) else {
        throw .invalidValue(file: file, path: "\(list)[\(index)]", reason: "needs an id, as in the English.")
      }
      if byID[id] != nil { throw .duplicateEntry(file: file, list: list, id: id) }
      byID[id] = (index, item)
    }
    let englishIDs = english.compactMap(id(of:))
    for (englishItem, id) in zip(english, englishIDs) {
      guard let match = byID[id] else { throw .missingEntry(file: file, list: list, id: id) }
      try compare(englishItem, match.node, path: path + ["[\(match.index)]"], file: file)
    }
    for id in byID.keys.sorted() where !englishIDs.contains(id) {
      throw .unknownEntry(file: file, list: list, id: id)
    }
  }

  /// The same `{placeholders}` as the English (any of its variants' when they differ): the
  /// program fills them in, and a lost `{number}` would lose the emergency number.
  private static func checkPlaceholders(english: [String], translated: String, path: String, file: String)
    throws(HandoutTextError)
  {
    let wanted = english.map(placeholders(in:))
    let found = placeholders(in: translated)
    let all = wanted.reduce(Set<String>()) { $0.union($1) }
    let common = wanted.dropFirst().reduce(wanted.first ?? []) { $0.intersection($1) }
    if let missing = common.subtracting(found).sorted().first {
      throw .invalidValue(
        file: file, path: path, reason: "lacks the placeholder {\(missing)} the English has.")
    }
    if let extra = found.subtracting(all).sorted().first {
      throw .invalidValue(
        file: file, path: path, reason: "has a placeholder {\(extra)} the English does not have.")
    }
  }

  /// The names inside `{…}` in `text`.
  static func placeholders(in text: String) -> Set<String> {
    var names: Set<String> = []
    var current: String?
    for character in text {
      if character == "{" {
        current = ""
      } else if character == "}", let name = current {
        if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "_" || $0.isNumber }) { names.insert(name) }
        current = nil
      } else if current != nil {
        current?.append(character)
      }
    }
    return names
  }

  private static func id(of node: Node) -> String? {
    guard case .mapping(let mapping) = node else { return nil }
    return mapping["id"]?.string
  }

  private static func render(_ path: [String]) -> String {
    var result = ""
    for part in path {
      result += part.hasPrefix("[") || result.isEmpty ? part : "." + part
    }
    return result.isEmpty ? "(top level)" : result
  }
}
