/// A piece of handout wording that is either the same everywhere or written once per locale.
///
/// In YAML it is a plain string, or a mapping with both `en-US` and `en-GB` keys.
public enum LocalizedText: Sendable, Equatable, Decodable {
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
