import HomeProgramModel
import HomeProgramPlanner

/// Choices for one handout that do not come from the plan, profile or clinic.
public struct HandoutOptions: Sendable, Equatable {
  /// The handout date, already resolved by the caller (the builder never reads the clock).
  public var date: String
  /// The large-print edition (body ≥ 14 pt; layout scales sizes).
  public var largePrint: Bool
  /// The catalogue version, printed in the footer.
  public var catalogueVersion: String
  /// The program version, for the PDF creator field.
  public var programVersion: String
  /// A short content hash printed after the catalogue version, when given.
  public var contentHash: String?
  /// The short core handout (the default) or the full booklet.
  public var form: HandoutForm
  /// The configuration the plan was made with: the handout states its timings (sitting breaks,
  /// repeats through the day) and works out the cover's minutes from the same numbers.
  public var planner: PlannerConfiguration

  public init(
    date: String, largePrint: Bool = false, catalogueVersion: String,
    programVersion: String = HomeProgramVersion.current, contentHash: String? = nil,
    form: HandoutForm = .short, planner: PlannerConfiguration = .standard
  ) {
    self.date = date
    self.largePrint = largePrint
    self.catalogueVersion = catalogueVersion
    self.programVersion = programVersion
    self.contentHash = contentHash
    self.form = form
    self.planner = planner
  }
}
