/// Escaping for text placed in HTML element content and attribute values.

enum HTML {
  /// Escapes `& < > " '` so any text is safe inside an element or a quoted attribute.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  /// A DOM id made from a key path and value: `symptoms.pain_now` → `f-symptoms-pain_now`.
  static func id(_ parts: String...) -> String {
    "f-"
      + parts.joined(separator: "-").map { character -> String in
        character.isLetter || character.isNumber || character == "_" || character == "-"
          ? String(character) : "-"
      }.joined()
  }
}
