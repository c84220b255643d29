import Foundation
import HomeProgramModel

/// Turns a patient reference or name into a safe file-name stem: ASCII letters, digits, `-` and
/// `_` only, never empty, never hidden, never a path, at most `maximumLength` characters. The same
/// text always gives the same stem.
public enum SafeFileName {
  /// Longest stem produced (without the `-2` clash suffix and the `.pdf` extension).
  public static let maximumLength = 80
  /// The stem used when neither the reference nor the name gives anything usable.
  public static let fallback = "patient"

  /// The stem for a patient: the reference when it gives a usable stem (case kept), else a
  /// lower-case slug of the name, else `patient`.
  public static func stem(reference: String?, name: String) -> String {
    if let reference, let stem = sanitize(reference, lowercase: false) { return stem }
    if let stem = sanitize(name, lowercase: true) { return stem }
    return fallback
  }

  /// A safe stem for `text`, or nil when it has no letters or digits at all (`""`, `...`, `/`).
  /// Letters with accents lose them (`Núñez` → `Nunez`); letters that have no ASCII form (`王`)
  /// are dropped and a short hash of the whole text is added, so different names stay different.
  public static func sanitize(_ text: String, lowercase: Bool) -> String? {
    var stem = ""
    var lostLetters = false
    var hasLettersOrDigits = false
    var pendingSeparator: Character?
    for scalar in transliterated(text) {
      if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        hasLettersOrDigits = true
        if let separator = pendingSeparator, !stem.isEmpty { stem.append(separator) }
        pendingSeparator = nil
        let character = Character(scalar)
        stem.append(lowercase ? Character(character.lowercased()) : character)
      } else {
        if !scalar.isASCII, scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
          hasLettersOrDigits = true
          lostLetters = true
        }
        // `_` survives between words; everything else (dots, slashes, spaces, controls) is `-`.
        if pendingSeparator == nil || scalar != "_" { pendingSeparator = scalar == "_" ? "_" : "-" }
      }
    }
    guard hasLettersOrDigits else { return nil }
    let hash = String(SHA256.hexDigest(of: Array(text.utf8)).prefix(8))
    if stem.isEmpty { return "\(fallback)-\(hash)" }
    if lostLetters { stem += "-\(hash)" }
    if stem.count > maximumLength {
      var prefix = String(stem.prefix(maximumLength - 9))
      while prefix.hasSuffix("-") || prefix.hasSuffix("_") { prefix.removeLast() }
      stem = "\(prefix)-\(hash)"
    }
    if reservedNames.contains(stem.uppercased()) { stem += "_" }
    return stem
  }

  /// Device names that some systems refuse as file names.
  static let reservedNames: Set<String> = {
    var names: Set<String> = ["CON", "PRN", "AUX", "NUL"]
    for number in 1...9 {
      names.insert("COM\(number)")
      names.insert("LPT\(number)")
    }
    return names
  }()

  /// Letters with an ASCII spelling that canonical decomposition does not give.
  static let specialLetters: [Unicode.Scalar: String] = [
    "ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L",
    "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D", "ı": "i",
  ]

  /// The scalars of `text` with accents removed and special letters spelled in ASCII.
  static func transliterated(_ text: String) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
      if scalar.properties.generalCategory == .nonspacingMark { continue }
      if let spelled = specialLetters[scalar] {
        result.append(contentsOf: spelled.unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return result
  }
}
