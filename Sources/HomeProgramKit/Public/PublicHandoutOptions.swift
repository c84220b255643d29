/// Choices for one edition of the public handout.
public struct PublicHandoutOptions: Sendable, Equatable {
  /// The large-print edition (body ≥ 14 pt; layout scales sizes).
  public var largePrint: Bool
  /// The program version, for the PDF creator field.
  public var programVersion: String

  public init(largePrint: Bool = false, programVersion: String = HomeProgramVersion.current) {
    self.largePrint = largePrint
    self.programVersion = programVersion
  }
}
