import HomeProgramModel
import HomeProgramPDF

/// Choices for rendering one patient handout.
public struct RenderOptions: Sendable, Equatable {
  /// Page size; the clinic's paper unless the caller overrides it.
  public var paper: Paper
  /// The large-print edition (body ≥ 14 pt).
  public var largePrint: Bool
  /// The handout date, YYYY-MM-DD, resolved by the caller (`profile.date` or today).
  public var date: String
  /// The short content hash printed in the footer; computed from the inputs (`ContentHash`) when nil.
  public var contentHash: String?
  /// The short core handout (the default) or the full booklet: the caller's choice, else the
  /// clinic's `handout`.
  public var form: HandoutForm

  public init(
    paper: Paper = .letter, largePrint: Bool = false, date: String, contentHash: String? = nil,
    form: HandoutForm = .short
  ) {
    self.paper = paper
    self.largePrint = largePrint
    self.date = date
    self.contentHash = contentHash
    self.form = form
  }
}
