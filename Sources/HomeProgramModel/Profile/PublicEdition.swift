/// One edition of the public handout, as listed in an editions manifest.
public struct PublicEdition: Sendable, Equatable {
  /// The output file name: a plain name ending in `.pdf` (no folders, no `..`, no leading dot).
  public var file: String
  /// The page size; nil uses the clinic's paper (Letter without a clinic).
  public var paper: Clinic.Paper?
  /// The large-print edition.
  public var largePrint: Bool
  /// The clinic file, resolved against the manifest's folder; nil for the neutral default clinic.
  public var clinicPath: String?
  /// The wording and emergency number (`en-US`: 911, `en-GB`: 999), in place of the clinic's; nil
  /// keeps the clinic's (en-US without a clinic).
  public var locale: Clinic.Locale?
  /// The leaflet's form (`booklet: true` or `false` in the manifest), or nil for the clinic's
  /// `handout`.
  public var form: HandoutForm?
  /// Where the edition is written in the manifest, for messages.
  public var location: SourceLocation

  public init(
    file: String, paper: Clinic.Paper? = nil, largePrint: Bool = false, clinicPath: String? = nil,
    form: HandoutForm? = nil, locale: Clinic.Locale? = nil, location: SourceLocation
  ) {
    self.locale = locale
    self.form = form
    self.file = file
    self.paper = paper
    self.largePrint = largePrint
    self.clinicPath = clinicPath
    self.location = location
  }
}
