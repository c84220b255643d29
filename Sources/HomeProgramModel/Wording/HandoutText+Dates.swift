extension HandoutText {
  /// How the handout writes its date (`dates` in `handout.yaml`): English keeps the ISO form
  /// (2026-11-25); Spanish spells it out ("25 de noviembre de 2026").
  public struct DateWords: Sendable, Equatable, Codable {
    /// Template with `{iso}`, `{day}`, `{month}` and `{year}`.
    public var format: String
    /// The months' names, January first: exactly 12.
    public var months: [String]

    public init(format: String, months: [String]) {
      self.format = format
      self.months = months
    }

    /// `iso` (YYYY-MM-DD) in this format; any other text is returned unchanged.
    public func spelled(_ iso: String) -> String {
      let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
      guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
        months.indices.contains(month - 1)
      else { return iso }
      return format.filled(["iso": iso, "day": "\(day)", "month": months[month - 1], "year": "\(year)"])
    }
  }
}
