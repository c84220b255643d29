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

  public init(
    largePrint: Bool = false, programVersion: String = HomeProgramVersion.current, contentHash: String? = nil
  ) {
    self.largePrint = largePrint
    self.programVersion = programVersion
    self.contentHash = contentHash
  }
}
