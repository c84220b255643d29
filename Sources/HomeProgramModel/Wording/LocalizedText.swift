/// A piece of handout wording that is either the same everywhere or written once per locale.
///
/// In YAML it is a plain string, or a mapping with both `en-US` and `en-GB` keys.
public enum LocalizedText: Sendable, Equatable, Codable {
  /// The same words for every locale.
  case same(String)
  /// Separate US and UK wording (911 / emergency room / doctor versus 999 / A&E / GP).
  case variants(enUS: String, enGB: String)

  private enum CodingKeys: String, CodingKey {
    case enUS = "en-US"
    case enGB = "en-GB"
  }

  public init(from decoder: any Decoder) throws {
    if let single = try? decoder.singleValueContainer(), let text = try? single.decode(String.self) {
      self = .same(text)
      return
    }
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self = .variants(
      enUS: try container.decode(String.self, forKey: .enUS),
      enGB: try container.decode(String.self, forKey: .enGB))
  }

  /// Writes what `init(from:)` reads: a plain string, or the two variants.
  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .same(let text):
      var single = encoder.singleValueContainer()
      try single.encode(text)
    case .variants(let enUS, let enGB):
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(enUS, forKey: .enUS)
      try container.encode(enGB, forKey: .enGB)
    }
  }

  /// The wording for `locale`.
  public func text(for locale: Clinic.Locale) -> String {
    switch self {
    case .same(let text): text
    case .variants(let enUS, let enGB):
      switch locale {
      case .enUS: enUS
      case .enGB: enGB
      }
    }
  }
}
