import HomeProgramModel

/// The planner's decision (contract: `plan-json.md`, schema 1). Encodes to the contract's JSON with
/// snake_case keys; `irritability`, `irritability_source`, `direction_bias` and `phase` are `null`
/// when the outcome is not `program`.
public struct Plan: Sendable, Equatable {
  public var schema: Int = 1
  public var outcome: Outcome
  public var redFlags: [RedFlagEntry]
  public var irritability: Irritability?
  public var irritabilitySource: IrritabilitySource?
  public var directionBias: DirectionBias?
  public var phase: Phase?
  public var side: Side
  public var items: [PlanItem]
  public var massageGun: MassageGunBlock
  public var positions: Positions
  public var excluded: [Exclusion]
  public var minutesPerSession: Int
  public var sessionsPerDay: Int
  public var reviewWithinDays: Int?
  /// Every decision the planner took, in order, each with its rule id.
  public var decisions: [Decision]
  /// Things the therapist should notice (session too long, include refused …).
  public var warnings: [String]
  /// True when the planner asks for clinician review (motor deficit, review flags …).
  public var clinicianReview: Bool
  /// The catalogue version the plan was made from.
  public var catalogueVersion: String

  public init(
    outcome: Outcome, redFlags: [RedFlagEntry], irritability: Irritability?,
    irritabilitySource: IrritabilitySource?, directionBias: DirectionBias?, phase: Phase?, side: Side,
    items: [PlanItem], massageGun: MassageGunBlock, positions: Positions, excluded: [Exclusion],
    minutesPerSession: Int, sessionsPerDay: Int, reviewWithinDays: Int?, decisions: [Decision],
    warnings: [String], clinicianReview: Bool, catalogueVersion: String
  ) {
    self.outcome = outcome
    self.redFlags = redFlags
    self.irritability = irritability
    self.irritabilitySource = irritabilitySource
    self.directionBias = directionBias
    self.phase = phase
    self.side = side
    self.items = items
    self.massageGun = massageGun
    self.positions = positions
    self.excluded = excluded
    self.minutesPerSession = minutesPerSession
    self.sessionsPerDay = sessionsPerDay
    self.reviewWithinDays = reviewWithinDays
    self.decisions = decisions
    self.warnings = warnings
    self.clinicianReview = clinicianReview
    self.catalogueVersion = catalogueVersion
  }
}

/// One flag of the profile with its level.
public struct RedFlagEntry: Sendable, Equatable, Codable {
  public var id: String
  public var level: RedFlagLevel
  public var referenceId: String

  public init(id: String, level: RedFlagLevel, referenceId: String) {
    self.id = id
    self.level = level
    self.referenceId = referenceId
  }
}

/// One exercise of the plan with its dose and reasons.
public struct PlanItem: Sendable, Equatable, Codable {
  public var id: String
  public var name: String
  public var category: ExerciseCategory
  public var tags: [ExerciseTag]
  public var dose: Dose
  /// The level-specific instruction that goes with the dose ("Half range only"), if any.
  public var doseNote: String?
  /// Which leg: the patient's side for one-sided work, `both` otherwise.
  public var side: Side
  /// Rule ids and sentences: why this item, why this dose.
  public var why: [String]
  /// The catalogue's harder versions this patient may do (the planner's rules applied), in order.
  public var progressions: [NextStep]
  /// The catalogue's easier versions this patient may do (the planner's rules applied), in order.
  public var regressions: [NextStep]
  /// What the therapist changed (`adjust`): each changed dose field, and `order` when the item
  /// moved, with the planner's own value; nil when nothing was changed. Additive to the contract.
  public var adjusted: [String: Int]?
  /// The therapist's note for this exercise's card ("From your therapist"), if any.
  public var therapistNote: String?

  public init(
    id: String, name: String, category: ExerciseCategory, tags: [ExerciseTag], dose: Dose,
    doseNote: String?, side: Side, why: [String], progressions: [NextStep] = [], regressions: [NextStep] = []
  ) {
    self.id = id
    self.name = name
    self.category = category
    self.tags = tags
    self.dose = dose
    self.doseNote = doseNote
    self.side = side
    self.why = why
    self.progressions = progressions
    self.regressions = regressions
  }
}

/// The massage-gun block.
public struct MassageGunBlock: Sendable, Equatable, Codable {
  /// One zone of the routine.
  public struct Zone: Sendable, Equatable, Codable {
    public var zone: GunZone
    public var secondsPerSide: Int
    public var speed: String
    public var attachment: String

    public init(zone: GunZone, secondsPerSide: Int, speed: String, attachment: String) {
      self.zone = zone
      self.secondsPerSide = secondsPerSide
      self.speed = speed
      self.attachment = attachment
    }
  }

  public var included: Bool
  public var why: [String]
  public var zones: [Zone]
  /// Areas never to treat: always includes `lower_back` and `spine` (ids listed in `GunAvoidArea`).
  public var avoid: [String]
  /// Precautions the routine was prescribed with, printed on the handout (empty when none): the
  /// conditions the clinician cleared, and a herniated disc (MG-PR-10).
  public var precautions: [GunPrecaution]
  /// Why the gun is left out, when it is.
  public var notIncludedReason: GunExclusionReason?

  public init(
    included: Bool, why: [String], zones: [Zone], avoid: [String], precautions: [GunPrecaution],
    notIncludedReason: GunExclusionReason?
  ) {
    self.included = included
    self.why = why
    self.zones = zones
    self.avoid = avoid
    self.precautions = precautions
    self.notIncludedReason = notIncludedReason
  }
}

/// Positions of comfort and positions to avoid (ids from the text resources).
public struct Positions: Sendable, Equatable, Codable {
  public var recommended: [String]
  public var avoid: [String]

  public init(recommended: [String], avoid: [String]) {
    self.recommended = recommended
    self.avoid = avoid
  }
}

/// A catalogue entry that was left out, and why.
public struct Exclusion: Sendable, Equatable, Codable {
  public var id: String
  public var why: String
  /// The entry chosen instead, when there was a safe one.
  public var substitute: String?

  public init(id: String, why: String, substitute: String? = nil) {
    self.id = id
    self.why = why
    self.substitute = substitute
  }
}

/// One planner decision: the rule that fired and what it decided.
public struct Decision: Sendable, Equatable, Codable {
  /// The rule that fired. Encoded under the contract's key `rule` as its plain id ("R-STEN-3").
  public var ruleID: RuleID
  /// What the rule decided, in words.
  public var text: String

  /// The rule's id as the contract prints it ("R-STEN-3").
  public var rule: String { ruleID.rawValue }

  private enum CodingKeys: String, CodingKey {
    case ruleID = "rule"
    case text
  }

  public init(rule: RuleID, text: String) {
    self.ruleID = rule
    self.text = text
  }
}
