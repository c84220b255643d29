/// Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, …). libharu draws every run left
/// to right, one glyph per character, with no bidirectional reordering and no Arabic joining, so
/// such text prints in the wrong order even when a font has the letters: it is drawn, and reported
/// in a warning that names the characters.

enum RightToLeftText {
  /// Whether `scalar` is a letter of a right-to-left script: a letter in one of the blocks written
  /// right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and Arabic Extended;
  /// the Hebrew and Arabic presentation forms; the historic right-to-left scripts; Mende Kikakui,
  /// Adlam and the Arabic mathematical letters). The blocks are a `switch`, not a static array of
  /// ranges, which a fresh process would have to build.
  static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF:
      return scalar.properties.isAlphabetic
    default:
      return false
    }
  }

  /// The right-to-left letters of `text`.
  static func letters(in text: String) -> Set<Unicode.Scalar> {
    // U+0590 and above start with a UTF-8 byte of 0xD6 or more: most text has none.
    guard text.utf8.contains(where: { $0 >= 0xD6 }) else { return [] }
    var found: Set<Unicode.Scalar> = []
    for scalar in text.unicodeScalars where isRightToLeft(scalar) { found.insert(scalar) }
    return found
  }

  /// Most characters named in the warning.
  static let namedLimit = 6

  /// One sentence naming the right-to-left characters (sorted by code point), or nil when none.
  package static func warning(for letters: Set<Unicode.Scalar>) -> String? {
    guard !letters.isEmpty else { return nil }
    let sorted = letters.sorted { $0.value < $1.value }
    var names = sorted.prefix(namedLimit).map(UnicodeName.describe).joined(separator: ", ")
    if sorted.count > namedLimit { names += " and \(sorted.count - namedLimit) more" }
    return
      "right-to-left text (\(names)) is printed left to right, letter by letter and unjoined; "
      + "check the printout, or write the text in Latin letters."
  }
}
