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

  public init(
    largePrint: Bool = false, programVersion: String = HomeProgramVersion.current, contentHash: String? = nil,
    language: Language = .en
  ) {
    self.language = language
    self.largePrint = largePrint
    self.programVersion = programVersion
    self.contentHash = contentHash
  }
}
