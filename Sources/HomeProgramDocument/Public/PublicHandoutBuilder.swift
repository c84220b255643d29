// PublicHandoutBuilder: catalogue + wording + clinic → the free "Sciatica Relief" `Document`.
// It takes no patient profile and no plan, so no patient detail can reach it. Pure: no clock, no
// files, no randomness; the same inputs always give the same document.
import HomeProgramModel
import HomeProgramPlanner

/// Builds the public "Sciatica Relief" handout: general advice, the massage-gun routine, a gentle
/// starter program safe without an assessment, the traffic light, when to get help and the clinic's
/// call to action.
public struct PublicHandoutBuilder: Sendable {
  /// The starter program, in order: relief positions, the gentlest slider, gentle strength and
  /// short walks (clinical reference §6.1, P1 CALM; R-UNK-1).
  public static let defaultStarterIDs = ["DP08", "NG03", "ST01", "ST08", "AE01"]
  /// The massage-gun zones for readers nobody has assessed, in the order they are done: only the
  /// areas least likely to stir up the nerve (the planner's moderate zones). Buttock and back of the
  /// thigh need a therapist's test first (§5.0 M‡, MG01/MG02; MG-PR-10).
  public static let gunZoneOrder: [GunZone] = [.quads, .calves]

  /// Catalogue ids of the starter cards, in order.
  public var starterIDs: [String]
  /// Massage-gun speed, attachment and no-go areas come from here.
  public var configuration: PlannerConfiguration

  public init(
    starterIDs: [String] = PublicHandoutBuilder.defaultStarterIDs,
    configuration: PlannerConfiguration = .standard
  ) {
    self.starterIDs = starterIDs
    self.configuration = configuration
  }

  /// The public handout for `clinic` (use `Clinic.builtInDefault` for the neutral edition).
  ///
  /// Starter cards print each entry's gentlest catalogue dose (its `high` dose when it has one);
  /// the massage-gun table prints each zone's gentlest catalogue time per side.
  ///
  /// - Throws: `PublicHandoutError` when a starter id or gun zone has no catalogue entry or dose, or
  ///   a zone, speed, attachment, avoid area or position has no wording.
  public func build(
    catalogue: Catalogue, text: HandoutText, clinic: Clinic, options: PublicHandoutOptions = .init()
  ) throws(PublicHandoutError) -> Document {
    let localized = Catalogue(
      version: catalogue.version, title: catalogue.title,
      entries: catalogue.entries.map { $0.inWords(of: clinic.locale, language: options.language, text: text) }
    )
    let composer = PublicHandoutComposer(
      catalogue: localized, text: text, clinic: clinic, options: options, starterIDs: starterIDs,
      configuration: configuration)
    return try composer.document()
  }

  /// The gentlest dose the catalogue gives `exercise`: its `high` dose, else `moderate`, else `low`.
  public static func gentlestDose(_ exercise: Exercise) -> LevelDose? {
    Irritability.allCases.lazy.compactMap { exercise.doses[$0] }.first
  }
}
