import HomeProgramModel

/// Turns a validated profile into a plan. Pure and deterministic: no clock, no randomness, stable
/// order. Every decision is recorded with the id of the rule that made it.
///
/// Order of work, one rule family per file: screening (§1, §2.7, `Screening`) → irritability (§3.3,
/// `IrritabilityRules`) → direction bias (§4, `DirectionRules`) → phase (§6.1, `PhaseRules`) →
/// selection and dosage (§3.4, §4), contraindications and substitutes (§2), the therapist's
/// exclude/include (`Selection`) → massage gun (§2.1, §5.6, `GunRules`) → positions (§4,
/// `PositionRules`) and pregnancy's edits to them (`PregnancyRules`) → session estimate
/// (`SessionEstimate`) → review interval (`ReviewRules`).
public struct Planner: Sendable {
  public var catalogue: Catalogue
  public var configuration: PlannerConfiguration

  public init(catalogue: Catalogue, configuration: PlannerConfiguration = .standard) {
    self.catalogue = catalogue
    self.configuration = configuration
  }

  /// Plans one profile. Ids in `exclude`/`include` must exist in the catalogue, and `adjust` is
  /// applied only when all of it is allowed (else it is left out, with a warning): `checkedPlan`
  /// refuses such a profile instead.
  public func plan(_ profile: PatientProfile) -> Plan {
    var problems: [InputError] = []
    return plan(profile, file: "profile", problems: &problems)
  }

  /// Plans `profile` once, after checking what it refers to (`validationProblems`); throws the
  /// first problem.
  public func checkedPlan(_ profile: PatientProfile, file: String) throws(InputError) -> Plan {
    var problems = idProblems(profile, file: file)
    if let first = problems.first { throw first }
    let plan = plan(profile, file: file, problems: &problems)
    if let first = problems.first { throw first }
    return plan
  }

  /// The plan, with the problems of `adjust` against the items this plan selected added to
  /// `problems` (one planning run checks and applies it).
  private func plan(_ profile: PatientProfile, file: String, problems: inout [InputError]) -> Plan {
    var log = DecisionLog()
    // RF-S2 ticked for symptoms the profile says are younger than that: one of them is wrong.
    let persistent = configuration.persistentFlagWeeks
    if profile.redFlags.contains(.persistentOver8Weeks), profile.symptoms.durationWeeks < persistent {
      log.warn(
        "red_flags has persistent_over_8_weeks, but symptoms.duration_weeks is \(profile.symptoms.durationWeeks)"
          + " (under \(persistent)): check which is right")
    }
    let flags = Screening.flags(of: profile)
    let outcome = Screening.outcome(profile: profile, flags: flags, configuration: configuration, log: &log)
    let flagEntries = flags.map {
      RedFlagEntry(id: $0.rawValue, level: $0.level, referenceId: $0.referenceID.rawValue)
    }
    guard outcome == .program else {
      // A referral sheet always prints: the therapist's changes to a program there is not are
      // set aside, not an error.
      if !profile.adjust.isEmpty {
        log.warn("the therapist's adjust is not used: there is no exercise program (\(outcome.rawValue))")
      }
      return Plan(
        outcome: outcome, redFlags: flagEntries, irritability: nil, irritabilitySource: nil,
        directionBias: nil,
        phase: nil, side: profile.side, items: [],
        massageGun: MassageGunBlock(
          included: false, why: ["no program: \(outcome.rawValue)"], zones: [],
          avoid: configuration.gunAvoid.map(\.rawValue), precautions: [], notIncludedReason: .noProgram),
        positions: Positions(recommended: [], avoid: []), excluded: [], minutesPerSession: 0,
        sessionsPerDay: 0,
        reviewWithinDays: nil, decisions: log.decisions, warnings: log.warnings, clinicianReview: true,
        catalogueVersion: catalogue.version)
    }

    let (level, source) = IrritabilityRules.classify(profile, configuration: configuration, log: &log)
    let bias = DirectionRules.bias(for: profile, log: &log)
    let phase = PhaseRules.phase(level: level, profile: profile, configuration: configuration, log: &log)

    var selection = Selection(
      catalogue: catalogue, configuration: configuration, profile: profile, level: level, bias: bias)
    selection.selectTemplate(log: &log)
    selection.applyTherapistChoices(log: &log)

    let gun = GunRules.block(
      profile: profile, level: level, flags: flags, catalogue: catalogue, configuration: configuration,
      log: &log)
    selection.addGunItems(gun, log: &log)
    selection.attachNextSteps()

    var positions = PositionRules.positions(
      for: profile, bias: bias, configuration: configuration, log: &log)
    PregnancyRules.adjust(&positions, profile: profile, log: &log)

    var items = selection.items
    let adjustProblems = AdjustmentRules.problems(
      profile, items: items, level: level, catalogue: catalogue, configuration: configuration, file: file)
    if adjustProblems.isEmpty {
      AdjustmentRules.apply(profile, to: &items, level: level, configuration: configuration, log: &log)
    } else {
      log.warn("the therapist's adjust was not applied: \(adjustProblems[0].description)")
      problems += adjustProblems
    }

    let session = SessionEstimate.session(
      of: items, level: level, configuration: configuration, log: &log)
    let review = ReviewRules.review(
      level: level, source: source, profile: profile, flags: flags, configuration: configuration, log: &log)

    return Plan(
      outcome: .program, redFlags: flagEntries, irritability: level, irritabilitySource: source,
      directionBias: bias, phase: phase, side: profile.side, items: items, massageGun: gun,
      positions: positions, excluded: selection.excluded, minutesPerSession: session.minutes,
      sessionsPerDay: session.sessionsPerDay,
      reviewWithinDays: review.days, decisions: log.decisions, warnings: log.warnings,
      clinicianReview: review.clinicianReview,
      catalogueVersion: catalogue.version)
  }

  /// Checks what the profile refers to in the catalogue: every `exclude` and `include` id exists,
  /// and every `adjust` names an exercise of this patient's plan with doses within their limits
  /// (`AdjustmentRules`). Throws the first problem; `validationProblems` gives every one.
  public func validate(_ profile: PatientProfile, file: String) throws(InputError) {
    if let first = validationProblems(profile, file: file).first { throw first }
  }

  /// Every problem `validate` would throw, in profile order (exclude, include, then adjust by
  /// id); empty for a profile the planner accepts.
  public func validationProblems(_ profile: PatientProfile, file: String) -> [InputError] {
    var problems = idProblems(profile, file: file)
    // An unknown include id would make the plan refer to nothing: stop at the ids.
    guard problems.isEmpty, !profile.adjust.isEmpty else { return problems }
    _ = plan(profile, file: file, problems: &problems)
    return problems
  }

  /// `exclude` and `include` ids that are not in the catalogue.
  private func idProblems(_ profile: PatientProfile, file: String) -> [InputError] {
    let ids = catalogue.ids
    var problems: [InputError] = []
    for (key, list) in [("exclude", profile.exclude), ("include", profile.include)] {
      for (index, id) in list.enumerated() where catalogue[id] == nil {
        problems.append(
          .invalidValue(
            SourceLocation(file: file), keyPath: "\(key)[\(index)]", value: id,
            allowed: ["catalogue ids (see `homeprogram catalogue list`)"],
            suggestion: Suggestion.closest(to: id, in: ids)))
      }
    }
    return problems
  }
}

/// Collects decisions and warnings in order.
struct DecisionLog {
  var decisions: [Decision] = []
  var warnings: [String] = []

  mutating func decide(_ rule: RuleID, _ text: String) {
    decisions.append(Decision(rule: rule, text: text))
  }

  mutating func warn(_ text: String) {
    warnings.append(text)
  }
}
