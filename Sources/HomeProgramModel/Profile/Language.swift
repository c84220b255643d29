/// The language a patient's handout (or the public leaflet) is written in, chosen per patient and
/// independent of the clinic's `locale`: a US clinic may print a Spanish handout. The planner's
/// decisions and the therapist-facing plan stay in English whatever the language.
public enum Language: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
  /// English: the wording of `Resources/text`, the catalogue as written, in the clinic's locale
  /// (en-US or en-GB).
  case en
  /// Spanish for US patients (es-US): `Resources/text/es`, `Resources/catalogue/es`.
  case es

  /// The BCP 47 tag of a document in this language for a clinic in `locale` (the PDF's `/Lang`):
  /// English follows the clinic (`en-US`, `en-GB`); Spanish is always `es-US`.
  public func tag(for locale: Clinic.Locale) -> String {
    switch self {
    case .en: locale.rawValue
    case .es: "es-US"
    }
  }

  /// The sub-folder of `text/` and `catalogue/` that holds this language's words; nil for
  /// English, which lives in the folders themselves.
  public var folder: String? {
    switch self {
    case .en: nil
    case .es: "es"
    }
  }
}
