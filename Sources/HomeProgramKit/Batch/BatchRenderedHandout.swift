/// One rendered handout, as the batch runner needs it.
public struct BatchRenderedHandout: Sendable, Equatable {
  /// The PDF.
  public var bytes: [UInt8]
  public var pageCount: Int
  public var outcome: Outcome?
  /// For example characters the font cannot draw.
  public var warnings: [String]

  /// A rendered handout.
  public init(bytes: [UInt8], pageCount: Int, outcome: Outcome?, warnings: [String]) {
    self.bytes = bytes
    self.pageCount = pageCount
    self.outcome = outcome
    self.warnings = warnings
  }
}
