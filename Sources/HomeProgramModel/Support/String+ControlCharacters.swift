extension String {
  /// The string without control characters (general category Cc: U+0000–U+001F, U+007F–U+009F),
  /// as the PDF draws it. Text printed to a terminal must not carry a patient's escape sequences
  /// (`ESC [2J` clears the screen) or bells.
  public func removingControlCharacters() -> String {
    guard unicodeScalars.contains(where: Self.isControl) else { return self }
    var result = ""
    result.unicodeScalars.append(contentsOf: unicodeScalars.lazy.filter { !Self.isControl($0) })
    return result
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }
}
