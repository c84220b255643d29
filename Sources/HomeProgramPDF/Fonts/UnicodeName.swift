/// Human-readable names for characters in warnings: "U+1F600 GRINNING FACE".

enum UnicodeName {
  /// The code point and Unicode name (or name alias) of `scalar`.
  static func describe(_ scalar: Unicode.Scalar) -> String {
    var hex = String(scalar.value, radix: 16, uppercase: true)
    if hex.count < 4 { hex = String(repeating: "0", count: 4 - hex.count) + hex }
    let name = scalar.properties.name ?? scalar.properties.nameAlias ?? "UNNAMED CHARACTER"
    return "U+\(hex) \(name)"
  }
}
