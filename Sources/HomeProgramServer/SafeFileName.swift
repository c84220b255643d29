import Foundation
import HomeProgramBatch

/// A download name that is safe on every file system and in a `Content-Disposition` header.
enum SafeFileName {
  /// `P-0042` → `P-0042`; `../a b/é` → `a-b-e`; empty or odd → `fallback`. At most 64 characters.
  static func make(_ text: String?, fallback: String) -> String {
    guard let text else { return fallback }
    var result = ""
    var lastWasDash = false
    for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
      if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" {
        result.unicodeScalars.append(scalar)
        lastWasDash = false
      } else if scalar.properties.generalCategory == .nonspacingMark {
        continue
      } else if !lastWasDash, !result.isEmpty {
        result.append("-")
        lastWasDash = true
      }
    }
    while result.hasSuffix("-") { result.removeLast() }
    if result.count > 64 { result = String(result.prefix(64)) }
    return result.isEmpty ? fallback : result
  }
}
