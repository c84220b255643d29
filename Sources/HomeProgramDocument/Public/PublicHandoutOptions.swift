import HomeProgramModel

/// Choices for one edition of the public handout.
public struct PublicHandoutOptions: Sendable, Equatable {
  /// The large-print edition (body ≥ 14 pt; layout scales sizes).
  public var largePrint: Bool
  /// The program version, for the PDF creator field.
  public var programVersion: String
  /// The short content hash printed in the footer after the catalogue version
  /// (`ContentHash(publicFor:…)`), when given.
  public var contentHash: String?
  /// The leaflet's language; the caller passes the wording and catalogue of that language.
  public var language: Language
  /// The short leaflet (the default: what a reader in pain will read) or the full booklet.
  public var form: HandoutForm

  public init(
    largePrint: Bool = false, programVersion: String = HomeProgramVersion.current, contentHash: String? = nil,
    language: Language = .en, form: HandoutForm = .short
  ) {
    self.language = language
    self.form = form
    self.largePrint = largePrint
    self.programVersion = programVersion
    self.contentHash = contentHash
  }
}
