extension HandoutText {
  /// How the handout writes its date (`dates` in `handout.yaml`), spelled out as a patient reads
  /// it: "November 25, 2026" (en-US), "25 November 2026" (en-GB), "25 de noviembre de 2026"
  /// (Spanish).
  public struct DateWords: Sendable, Equatable, Codable {
    /// Template with `{iso}`, `{day}`, `{month}` and `{year}`, per English locale or one for all.
    public var format: LocalizedText
    /// The months' names, January first: exactly 12.
    public var months: [String]

    public init(format: LocalizedText, months: [String]) {
      self.format = format
      self.months = months
    }

    /// `iso` (YYYY-MM-DD) in the format for `locale`; any other text is returned unchanged.
    public func spelled(_ iso: String, locale: Clinic.Locale) -> String {
      let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
      guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
        months.indices.contains(month - 1)
      else { return iso }
      return format.text(for: locale).filled([
        "iso": iso, "day": "\(day)", "month": months[month - 1], "year": "\(year)",
      ])
    }
  }
}
