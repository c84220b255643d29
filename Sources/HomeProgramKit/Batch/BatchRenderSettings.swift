/// How every handout of a batch is rendered; the date and content hash are per row.
public struct BatchRenderSettings: Sendable, Equatable {
  public var paper: Clinic.Paper
  public var largePrint: Bool
  /// YYYY-MM-DD printed on the handout.
  public var date: String
  /// The short content hash printed in the footer.
  public var contentHash: String?

  /// Settings.
  public init(paper: Clinic.Paper, largePrint: Bool, date: String, contentHash: String? = nil) {
    self.paper = paper
    self.largePrint = largePrint
    self.date = date
    self.contentHash = contentHash
  }
}
