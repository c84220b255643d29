import HomeProgramModel

/// A finished PDF with what a caller needs to report about it.
public struct RenderedDocument: Sendable, Equatable {
  /// The PDF file's bytes.
  public var bytes: [UInt8]
  public var pageCount: Int
  /// The plan's outcome; nil for documents that are not a patient handout.
  public var outcome: Outcome?
  /// Things to tell the user, e.g. characters the fonts cannot draw.
  public var warnings: [String]

  public init(bytes: [UInt8], pageCount: Int, outcome: Outcome?, warnings: [String]) {
    self.bytes = bytes
    self.pageCount = pageCount
    self.outcome = outcome
    self.warnings = warnings
  }
}
