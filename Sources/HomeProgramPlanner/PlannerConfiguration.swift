import HomeProgramModel

/// Every clinical number and selection table the planner uses, in one place, each with the id of
/// the clinical-reference rule it comes from. Numbers tagged [TEAM] in the reference are defaults
/// chosen by the team and meant to be reviewed by a clinician; change them here, nowhere else.
public struct PlannerConfiguration: Sendable, Equatable {
  // MARK: Eligibility (§2.7)

  /// Youngest age for a program (NICE NG59 scope: 16 and over). [TEAM] §2.7
  public var minimumAge = 16

  // MARK: Irritability (§3.3) [TEAM]

  /// Worst-24h pain at or above which, with a settle time of 10 minutes or more, irritability is high.
  public var highWorstPain = 7
  /// Pain now at or above which irritability is high.
  public var highPainNow = 7
  /// Worst-24h pain at or below which irritability may be low.
  public var lowWorstPain = 3

  // MARK: Phase (§6.1) [TEAM]

  /// Low irritability from this many weeks of symptoms on is the return phase (P3: week 6+).
  public var returnPhaseFromWeek = 6
  /// RF-S2 ("persistent over 8 weeks", Table 1C): a profile that ticks it with fewer weeks of
  /// symptoms than this gets a warning (one of the two is wrong).
  public var persistentFlagWeeks = 8

  // MARK: Session (§3.4) [TEAM]

  /// Sessions per day by irritability (§3.4 "session structure", R-SESS-1).
  public var sessionsPerDay: [Irritability: Int] = [.high: 3, .moderate: 2, .low: 1]
  /// Review interval in days by irritability (§3.4 "review", R-SESS-2).
  public var reviewDays: [Irritability: Int] = [.high: 7, .moderate: 14, .low: 28]
  /// Review interval when a review flag is present (R-RF-3) or motor signs need a check (R-IRR-MOD1).
  public var reviewDaysWithFlag = 7
  /// Seconds one repetition takes, for the session estimate.
  public var secondsPerRep = 4
  /// Rest between sets, in seconds.
  public var restBetweenSetsSeconds = 30
  /// Time to get into position for each item, in seconds.
  public var setupSecondsPerItem = 20
  /// A session estimated longer than this gets a warning (issue: "warn when over 30 minutes").
  public var maximumSessionMinutes = 30

  // MARK: Timings the handout states (one source for every text that names them)

  /// Break up sitting every this many minutes (R-DISC-5, [EXP] MDT practice). Catalogue and
  /// wording texts write it as `{sitting_break_low}` and `{sitting_break_high}`.
  public var sittingBreakMinutes = 20...30
  /// Little-and-often directional work and relief positions while awake: about every this many
  /// hours (R-DISC-2). Written `{every_hours_low}` and `{every_hours_high}`.
  public var repeatEveryHours = 2...3

  /// `text` with the timing placeholders filled in; other text is returned as it is.
  public func fillingTimings(_ text: String) -> String {
    text.filled([
      "sitting_break_low": "\(sittingBreakMinutes.lowerBound)",
      "sitting_break_high": "\(sittingBreakMinutes.upperBound)",
      "every_hours_low": "\(repeatEveryHours.lowerBound)",
      "every_hours_high": "\(repeatEveryHours.upperBound)",
    ])
  }

  // MARK: Massage gun (§2.1, §5.6) [TEAM]

  /// Seconds per side per zone by irritability (MODERATE 30–60 s, LOW 60–90 s; cap 2 min).
  public var gunSecondsPerSide: [Irritability: Int] = [.moderate: 45, .low: 75]
  /// Seconds per side when a precaution was cleared: "lowest speed, shortest time".
  public var gunSecondsWhenCleared = 30
  /// The whole routine's cap in seconds: §2.1 "whole session ≤ 10 min" (R-MG-2). The routine's gun
  /// time plus the changeovers stays under it.
  public var gunRoutineCapSeconds = 600
  /// Time allowed to move to the next area or side, in seconds, counted against the cap (R-MG-2).
  public var gunChangeoverSeconds = 5
  /// Per-side times capped by R-MG-2 are rounded down to a multiple of this, in seconds.
  public var gunSecondsRounding = 5
  /// Zones by irritability, in the order they are done (MODERATE: zones that do not provoke leg
  /// symptoms, usually quads and calves; LOW: all four).
  public var gunZones: [Irritability: [GunZone]] = [
    .moderate: [.quads, .calves], .low: [.glutes, .hamstrings, .quads, .calves],
  ]
  public var gunSpeed = "lowest"
  public var gunAttachment = "large_soft"
  /// Areas never treated, for everyone (§2.1 no-go zones).
  public var gunAvoid: [GunAvoidArea] = [
    .lowerBack, .spine, .neckAndHead, .backOfKnee, .groinAndInnerThigh, .bonyPoints, .numbSkin,
    .brokenOrBruisedSkin, .varicoseVeins, .nerveLineIfTingling, .bellyAndRibs,
  ]

  // MARK: Selection (§3.4, §4, §6.1)

  /// One slot of the program template: which entries, from which rule.
  public struct Slot: Sendable, Equatable {
    public var rule: RuleID
    public var reason: String
    public var ids: [String]

    public init(rule: RuleID, reason: String, ids: [String]) {
      self.rule = rule
      self.reason = reason
      self.ids = ids
    }
  }

  /// Directional entries by direction bias and irritability (R-DISC-2, R-STEN-1, R-UNK-1).
  public var directional: [DirectionBias: [Irritability: Slot]] = [
    .extension: [
      .high: Slot(
        rule: .discExtensionPath, reason: "extension eases symptoms: lying face down first", ids: ["DP01"]),
      .moderate: Slot(
        rule: .discExtensionPath, reason: "repeated extension in the easing direction, and after sitting",
        ids: ["DP03", "DP04"]),
      .low: Slot(rule: .discExtensionPath, reason: "extension kept up as maintenance", ids: ["DP03"]),
    ],
    .flexion: [
      .high: Slot(
        rule: .stenosisFlexionBias, reason: "gentle flexion: pelvic tilt, then knee to chest",
        ids: ["DP09", "DP05"]),
      .moderate: Slot(
        rule: .stenosisFlexionBias, reason: "flexion in lying and sitting", ids: ["DP05", "DP07"]),
      .low: Slot(
        rule: .stenosisFlexionBias, reason: "fuller flexion and relief on walks", ids: ["DP06", "DP07"]),
    ],
    .neutral: [:],
  ]

  /// Nerve glides by irritability (§3.4 nerve-glide row; M† tensioners only after 7 days of sliders).
  public var glides: [Irritability: Slot] = [
    .high: Slot(
      rule: .nerveGlidesByLevel, reason: "high irritability: the gentlest slider first", ids: ["NG03"]),
    .moderate: Slot(
      rule: .nerveGlidesByLevel, reason: "sliders through the full comfortable range", ids: ["NG01"]),
    .low: Slot(
      rule: .nerveGlidesByLevel, reason: "low irritability: sliders progress to tensioners", ids: ["NG04"]),
  ]

  /// R-LVL-NG (§3.4 M†): a card points from a slider to a tensioner only on condition of this many
  /// days of sliders without a flare (a red response).
  public var tensionerAfterSliderDays = 7

  /// Nerve glides that replace `glides` for a cause. Piriformis / deep gluteal: the core set is
  /// sliders (R-PIR-2: NG01/NG02), so no tensioner is given on its own; the slider card offers the
  /// tensioner as the next step (NG04: "use it once the sliders feel easy").
  public var glidesByCause: [Cause: [Irritability: Slot]] = [
    .piriformis: [
      .low: Slot(rule: .piriformisProgram, reason: "piriformis: sliders first (NG01/NG02)", ids: ["NG01"])
    ]
  ]

  /// Relief positions as an item when irritability is high (§6.1 P1 CALM: DP08).
  public var calmPosition = Slot(rule: .calmPhase, reason: "calm phase: relief positions", ids: ["DP08"])

  /// Strengthening by cause and irritability (§3.4 strengthening row; R-DISC-6, R-STEN-5, R-PIR-2, R-UNK-1).
  public var strength: [Cause: [Irritability: Slot]] = [
    .disc: [
      .high: Slot(
        rule: .discNeutralSpineStrength, reason: "low-load neutral-spine strength",
        ids: ["ST01", "ST08", "ST12"]),
      .moderate: Slot(
        rule: .discNeutralSpineStrength, reason: "neutral-spine strength", ids: ["ST01", "ST03", "ST12"]),
      .low: Slot(
        rule: .discNeutralSpineStrength, reason: "progressive neutral-spine strength",
        ids: ["ST02", "ST03", "ST05", "ST10"]),
    ],
    .stenosis: [
      .high: Slot(rule: .stenosisStrength, reason: "low-load strength in neutral", ids: ["ST01", "ST08"]),
      .moderate: Slot(
        rule: .stenosisStrength, reason: "sit-to-stand, calf raises and hips for walking",
        ids: ["ST10", "ST11", "ST01"]),
      .low: Slot(
        rule: .stenosisStrength, reason: "strength for walking and stairs",
        ids: ["ST10", "ST11", "ST13", "ST07"]),
    ],
    .piriformis: [
      .high: Slot(rule: .piriformisProgram, reason: "low-load hip strength", ids: ["ST01", "ST08"]),
      .moderate: Slot(
        rule: .piriformisProgram, reason: "hip abductor and external-rotator strength",
        ids: ["ST06", "ST01", "ST10"]),
      .low: Slot(
        rule: .piriformisProgram, reason: "progressive hip strength", ids: ["ST07", "ST02", "ST13"]),
    ],
    .unknown: [
      .high: Slot(
        rule: .unknownNeutral, reason: "low-load neutral-spine strength", ids: ["ST01", "ST08", "ST12"]),
      .moderate: Slot(
        rule: .unknownNeutral, reason: "neutral-spine strength", ids: ["ST01", "ST03", "ST10"]),
      .low: Slot(
        rule: .unknownNeutral, reason: "progressive neutral-spine strength",
        ids: ["ST02", "ST03", "ST10", "ST13"]),
    ],
  ]

  /// Stretching and mobility by cause and irritability (§3.4 stretching row; R-PIR-2).
  public var mobility: [Cause: [Irritability: Slot]] = [
    .disc: [
      .high: Slot(rule: .mobilityByLevel, reason: "gentle mobility if comfortable", ids: ["MB05"]),
      .moderate: Slot(rule: .mobilityByLevel, reason: "gentle spinal mobility", ids: ["MB04"]),
      .low: Slot(rule: .mobilityByLevel, reason: "spinal mobility", ids: ["MB04"]),
    ],
    .stenosis: [
      .high: Slot(rule: .mobilityByLevel, reason: "gentle mobility if comfortable", ids: ["MB05"]),
      .moderate: Slot(rule: .mobilityByLevel, reason: "spinal mobility, rounding emphasised", ids: ["MB04"]),
      .low: Slot(rule: .mobilityByLevel, reason: "spinal mobility, rounding emphasised", ids: ["MB04"]),
    ],
    .piriformis: [
      .high: Slot(rule: .piriformisProgram, reason: "gentle buttock stretch, short holds", ids: ["MB03"]),
      .moderate: Slot(
        rule: .piriformisProgram, reason: "buttock (piriformis) stretches", ids: ["MB01", "MB03"]),
      .low: Slot(rule: .piriformisProgram, reason: "buttock (piriformis) stretches", ids: ["MB01", "MB02"]),
    ],
    .unknown: [
      .high: Slot(rule: .mobilityByLevel, reason: "gentle mobility if comfortable", ids: ["MB05"]),
      .moderate: Slot(rule: .mobilityByLevel, reason: "gentle mobility", ids: ["MB05"]),
      .low: Slot(rule: .mobilityByLevel, reason: "spinal mobility", ids: ["MB04"]),
    ],
  ]

  /// Aerobic work by cause and irritability (R-STEN-4 for stenosis; AE01 otherwise).
  public var aerobic: [Cause: [Irritability: Slot]] = {
    let walking = Slot(rule: .walkingByLevel, reason: "graded walking", ids: ["AE01"])
    let stenosisEarly = Slot(
      rule: .stenosisWalking, reason: "flexion-friendly interval walking", ids: ["AE03"])
    let stenosisLater = Slot(
      rule: .stenosisWalking, reason: "cycling and flexion-friendly walking before continuous walking",
      ids: ["AE02", "AE03"])
    return [
      .disc: [.high: walking, .moderate: walking, .low: walking],
      .stenosis: [.high: stenosisEarly, .moderate: stenosisLater, .low: stenosisLater],
      .piriformis: [.high: walking, .moderate: walking, .low: walking],
      .unknown: [.high: walking, .moderate: walking, .low: walking],
    ]
  }()

  /// Conditions that rule out every entry carrying a tag (profile contract "exercise" group).
  public var tagRules: [TagRule] = [
    TagRule(
      condition: .pregnancy, tag: .prone, rule: .pregnancyNoProne, reason: "pregnancy: no lying face down"),
    TagRule(
      condition: .hipReplacement, tag: .hipFlexionDeep, rule: .hipReplacementNoDeepFlexion,
      reason: "hip replacement: no deep hip bending or crossing"),
    TagRule(
      condition: .shoulderProblem, tag: .elbowWeightBearing, rule: .shoulderNoElbowWeight,
      reason: "shoulder problem: no weight through the elbow"),
    TagRule(
      condition: .pregnancy, tag: .supine, rule: .pregnancyNoSupine,
      reason: "pregnancy: no exercise lying on the back"),
  ]

  /// R-PREG-1: what replaces an exercise lying on the back in pregnancy, in order of preference:
  /// side-lying, seated, standing or on all fours. The first one every other rule allows (and not
  /// already in the plan) is used; then the entry's regressions, as for any entry left out.
  public var supineAlternatives: [String: [String]] = [
    "NG01": ["NG02"], "NG03": ["NG02"], "NG04": ["NG05", "NG02"],
    "DP05": ["DP07"], "DP06": ["DP07"], "DP09": ["MB04"],
    "ST01": ["ST06", "ST10", "ST03"], "ST02": ["ST07", "ST13", "ST10"], "ST08": ["ST03", "ST11"],
    "ST12": ["ST03", "ST04"],
    "MB01": ["MB03"], "MB02": ["MB03"], "MB05": ["MB04", "MB03"],
  ]

  /// A condition that excludes a tag.
  public struct TagRule: Sendable, Equatable {
    public var condition: Condition
    public var tag: ExerciseTag
    public var rule: RuleID
    public var reason: String

    /// True when this rule keeps `entry` out for a patient with `conditions`: the patient has the
    /// condition and the entry the tag, unless the entry has its own steps for that condition
    /// (`condition_steps`: resting positions in pregnancy are side-lying only, DP08).
    public func excludes(_ entry: Exercise, conditions: [Condition]) -> Bool {
      conditions.contains(condition) && entry.tags.contains(tag) && entry.conditionSteps[condition] == nil
    }
  }

  /// Positions chosen by one rule: the rule, the case it is for ("stenosis", "extension path")
  /// and the positions, in the order they are printed.
  public struct PositionRule: Sendable, Equatable {
    public var rule: RuleID
    public var reason: String
    public var positions: [PositionID]

    public init(rule: RuleID, reason: String, positions: [PositionID]) {
      self.rule = rule
      self.reason = reason
      self.positions = positions
    }
  }

  /// Positions of comfort by cause and direction bias (R-STEN-3, R-DISC-2, E13).
  public func recommendedPositions(cause: Cause, bias: DirectionBias) -> PositionRule {
    switch (cause, bias) {
    case (.stenosis, _):
      PositionRule(
        rule: .stenosisPositions, reason: "stenosis",
        positions: [.sideLyingPillowBetweenKnees, .supinePillowsUnderKnees, .sittingLeaningForward])
    case (_, .extension):
      PositionRule(
        rule: .discExtensionPath, reason: "extension path",
        positions: [.proneOnPillow, .sideLyingPillowBetweenKnees, .supinePillowsUnderKnees])
    case (_, .flexion):
      PositionRule(
        rule: .positionsOfComfort, reason: "flexion path",
        positions: [.sideLyingPillowBetweenKnees, .supinePillowsUnderKnees, .sittingLeaningForward])
    case (_, .neutral):
      PositionRule(
        rule: .positionsOfComfort, reason: "neutral bias",
        positions: [.sideLyingPillowBetweenKnees, .supinePillowsUnderKnees, .supineCalvesOnChair])
    }
  }

  /// Positions to avoid by cause (R-STEN-2, R-DISC-5, R-PIR-4).
  public func positionsToAvoid(cause: Cause) -> PositionRule {
    switch cause {
    case .stenosis:
      PositionRule(
        rule: .stenosisNoExtension, reason: "stenosis", positions: [.prone, .longStandingOrArching])
    case .disc:
      PositionRule(rule: .discAvoidLongSitting, reason: "disc", positions: [.longSitting])
    case .unknown:
      PositionRule(rule: .discAvoidLongSitting, reason: "unknown cause", positions: [.longSitting])
    case .piriformis:
      PositionRule(
        rule: .piriformisAvoidSitting, reason: "piriformis", positions: [.longSitting, .sittingOnHardEdge])
    }
  }

  /// The default configuration (the reference's defaults).
  /// The most a therapist's `adjust` may prescribe (§3.4 ranges), by category and level.
  public var doseLimits = DoseLimits.standard

  public static let standard = PlannerConfiguration()

  public init() {}
}
