import HomeProgramModel

/// Chooses the plan's items: the template for cause, bias and irritability, filtered by every
/// safety rule, with the nearest safe substitute (regression first) for what is left out, then the
/// therapist's `exclude` and `include` within the same rules.
struct Selection {
  let catalogue: Catalogue
  let configuration: PlannerConfiguration
  let profile: PatientProfile
  let level: Irritability
  let bias: DirectionBias

  private(set) var items: [PlanItem] = []
  private(set) var excluded: [Exclusion] = []

  init(
    catalogue: Catalogue, configuration: PlannerConfiguration, profile: PatientProfile, level: Irritability,
    bias: DirectionBias
  ) {
    self.catalogue = catalogue
    self.configuration = configuration
    self.profile = profile
    self.level = level
    self.bias = bias
  }

  /// The rule families whose id names an entry's precaution in its `rule_refs` (DP-PR-3 …).
  static let exercisePrecautionFamilies = ["DP-PR", "ST-PR", "MB-PR"]

  /// The order categories appear in the plan.
  static let categoryOrder: [ExerciseCategory] = [
    .position, .directional, .nerveGlide, .strengthening, .stretch, .aerobic, .massageGun,
  ]

  // MARK: Template

  mutating func selectTemplate(log: inout DecisionLog) {
    var slots: [PlannerConfiguration.Slot] = []
    if level == .high { slots.append(configuration.calmPosition) }
    if let slot = configuration.directional[bias]?[level] { slots.append(slot) }
    if let slot = configuration.glidesByCause[profile.cause]?[level] ?? configuration.glides[level] {
      slots.append(slot)
    }
    if let slot = configuration.strength[profile.cause]?[level] { slots.append(slot) }
    if let slot = configuration.mobility[profile.cause]?[level] { slots.append(slot) }
    if let slot = configuration.aerobic[profile.cause]?[level] { slots.append(slot) }
    for slot in slots {
      for id in slot.ids {
        consider(id, why: "\(slot.rule): \(slot.reason)", log: &log)
      }
    }
  }

  /// Adds `id`, or the nearest safe substitute when a rule leaves it out.
  private mutating func consider(_ id: String, why: String, log: inout DecisionLog) {
    guard let entry = catalogue[id] else {
      log.warn("the template names \(id), which is not in the catalogue; skipped")
      return
    }
    if contains(id) { return }
    if profile.exclude.contains(id) {
      let substitute = substituteFor(entry)
      excluded.append(Exclusion(id: id, why: "excluded by the therapist", substitute: substitute?.id))
      log.decide(
        .therapistExclude, "\(id) excluded by the therapist" + (substitute.map { "; \($0.id) instead" } ?? "")
      )
      if let substitute {
        add(substitute, why: [why, "\(RuleID.substitute): substitute for \(id) (excluded by the therapist)"])
      }
      return
    }
    if let problem = firstProblem(entry, allowSoftOverride: false) {
      let substitute = substituteFor(entry)
      excluded.append(Exclusion(id: id, why: problem, substitute: substitute?.id))
      log.decide(
        .leftOutForSafety, "\(id) left out: \(problem)" + (substitute.map { "; \($0.id) instead" } ?? ""))
      if let substitute {
        add(substitute, why: [why, "\(RuleID.substitute): substitute for \(id) (\(problem))"])
      }
      return
    }
    add(entry, why: [why])
  }

  /// The nearest entry that passes every rule: in pregnancy, for an exercise lying on the back,
  /// its side-lying, seated, standing or all-fours version first (R-PREG-1); then its regressions
  /// (breadth-first); else nothing.
  private func substituteFor(_ entry: Exercise) -> Exercise? {
    if profile.conditions.contains(.pregnancy) && entry.tags.contains(.supine) {
      for id in configuration.supineAlternatives[entry.id] ?? [] {
        guard let candidate = catalogue[id], !contains(id), !profile.exclude.contains(id) else { continue }
        if firstProblem(candidate, allowSoftOverride: false) == nil { return candidate }
      }
    }
    var queue = entry.regression
    var seen: Set<String> = [entry.id]
    while !queue.isEmpty {
      let id = queue.removeFirst()
      guard !seen.contains(id), let candidate = catalogue[id] else { continue }
      seen.insert(id)
      if candidate.category == .massageGun { continue }
      if !contains(id) && !profile.exclude.contains(id)
        && firstProblem(candidate, allowSoftOverride: false) == nil
      {
        return candidate
      }
      queue.append(contentsOf: candidate.regression)
    }
    return nil
  }

  // MARK: Rules

  /// The first rule that keeps `entry` out of this plan, as a sentence; nil when it may be used.
  /// Hard rules (irritability, tensioners, conditions, equipment) always apply; soft defaults by
  /// cause (R-STEN-2, R-DISC-4, R-UNK-3) can be overridden by the therapist's `include`.
  func firstProblem(_ entry: Exercise, allowSoftOverride: Bool) -> String? {
    if entry.doses[level] == nil {
      return
        "not suitable at \(level.rawValue) irritability (suits \(entry.suitableLevels.map(\.rawValue).joined(separator: ", ")))"
    }
    if level == .high && entry.tags.contains(.tensioner) {
      return "\(RuleID.noTensionersAtHighIrritability): no tensioners at high irritability"
    }
    for rule in configuration.tagRules where rule.excludes(entry, conditions: profile.conditions) {
      return "\(rule.rule): \(rule.reason)"
    }
    if let condition = entry.contraindicatedConditions.first(where: profile.conditions.contains) {
      let reference = entry.ruleRefs.first { ref in
        Self.exercisePrecautionFamilies.contains { ref.hasPrefix($0) }
      }
      return
        "\(reference.map(RuleID.init(rawValue:)) ?? .entryContraindication): not with \(condition.rawValue)"
    }
    if let missing = entry.equipment.first(where: { !profile.equipment.contains($0) }) {
      return "needs \(missing.rawValue), which is not in the equipment list"
    }
    if allowSoftOverride { return nil }
    if profile.cause == .stenosis && entry.tags.contains(.extension) {
      return
        "\(RuleID.stenosisNoExtensionExercises): stenosis, extension narrows the canal (\(RuleID.stenosisNoExtension))"
    }
    if bias == .extension && entry.category == .directional && entry.tags.contains(.flexion) {
      return "\(RuleID.discNoFlexionOnExtensionPath): flexion exercises are off while on the extension path"
    }
    if bias == .neutral && entry.category == .directional {
      return profile.cause == .disc
        ? "\(RuleID.discNoDirectionYet): no easing direction found yet; relief positions and sliders instead"
        : "\(RuleID.unknownNoEndRangeLoading): no end-range repeated loading until a direction is found"
    }
    if profile.symptoms.peripheralises == .someMovements && entry.category == .directional {
      let provoking: ExerciseTag? =
        switch bias {
        case .extension: .flexion
        case .flexion: .extension
        case .neutral: nil
        }
      if provoking == nil || entry.tags.contains(provoking ?? .neutralSpine) {
        return
          "\(RuleID.someSpreadingAtLeastModerate): symptoms spread with some movements; no exercise in the provoking direction"
      }
    }
    return nil
  }

  // MARK: Therapist's choices

  /// Applies `include` (within the hard rules) after the template; `exclude` was applied while
  /// selecting, and wins over `include`.
  mutating func applyTherapistChoices(log: inout DecisionLog) {
    for id in profile.include where !contains(id) {
      guard let entry = catalogue[id] else { continue }
      if entry.category == .massageGun { continue }  // handled with the massage-gun block
      if profile.exclude.contains(id) {
        refuseInclude(id, "it is also in `exclude`", log: &log)
      } else if let problem = firstProblem(entry, allowSoftOverride: true) {
        refuseInclude(id, problem, log: &log)
      } else {
        let soft = firstProblem(entry, allowSoftOverride: false)
        add(
          entry,
          why: [
            "\(RuleID.therapistInclude): added by the therapist"
              + (soft.map { " (overrides the default: \($0))" } ?? "")
          ])
        log.decide(.therapistInclude, "\(id) added by the therapist")
      }
    }
  }

  private mutating func refuseInclude(_ id: String, _ problem: String, log: inout DecisionLog) {
    excluded.append(Exclusion(id: id, why: "include refused: \(problem)"))
    log.decide(.therapistInclude, "\(id) not added: \(problem)")
    log.warn("include \(id) refused: \(problem)")
  }

  // MARK: Massage gun

  /// Adds one massage-gun item per zone of the block, so items and zones correspond.
  mutating func addGunItems(_ block: MassageGunBlock, log: inout DecisionLog) {
    let refused = profile.include.filter { id in catalogue[id]?.category == .massageGun }
    for zone in block.zones {
      guard let entry = catalogue.entries.first(where: { $0.gunZone == zone.zone }) else {
        log.warn("no catalogue entry for massage-gun zone \(zone.zone.rawValue)")
        continue
      }
      var dose = Dose(seconds: zone.secondsPerSide, timesPerDay: 1, daysPerWeek: 7, perSide: true)
      if let levelDose = entry.doses[level]?.dose { dose.daysPerWeek = levelDose.daysPerWeek }
      items.append(
        PlanItem(
          id: entry.id, name: entry.name, category: .massageGun, tags: entry.tags, dose: dose,
          doseNote: entry.doses[level]?.note.map(configuration.fillingTimings), side: .both, why: block.why))
    }
    if !block.included {
      for id in refused where !profile.exclude.contains(id) {
        refuseInclude(id, "the massage gun is not part of this plan", log: &log)
      }
    }
    sortItems()
  }

  // MARK: Next steps

  /// Gives each exercise item the progressions and regressions of its catalogue entry that this
  /// patient may do: within every rule `firstProblem` applies (irritability, tensioners, conditions,
  /// tag limits, equipment, the cause's defaults), for the patient's cause, not excluded by the
  /// therapist; a slider's tensioner carries the days of sliders to do first (R-LVL-NG).
  mutating func attachNextSteps() {
    for index in items.indices where items[index].category != .massageGun {
      guard let entry = catalogue[items[index].id] else { continue }
      items[index].progressions = nextSteps(entry.progression, from: entry)
      items[index].regressions = nextSteps(entry.regression, from: entry)
    }
  }

  private func nextSteps(_ ids: [String], from entry: Exercise) -> [NextStep] {
    ids.compactMap { id -> NextStep? in
      guard id != entry.id, let candidate = catalogue[id], candidate.category != .massageGun,
        candidate.causes.contains(profile.cause), !profile.exclude.contains(id)
      else { return nil }
      // An exercise already in the plan passed these rules (or the therapist's include).
      guard contains(id) || firstProblem(candidate, allowSoftOverride: false) == nil else { return nil }
      let gated = candidate.tags.contains(.tensioner) && !entry.tags.contains(.tensioner)
      return NextStep(id: id, afterSliderDays: gated ? configuration.tensionerAfterSliderDays : nil)
    }
  }

  // MARK: Helpers

  private func contains(_ id: String) -> Bool { items.contains { $0.id == id } }

  private mutating func add(_ entry: Exercise, why: [String]) {
    guard !contains(entry.id), let levelDose = entry.doses[level] else { return }
    let affectedSideOnly =
      entry.category == .nerveGlide || (entry.category == .stretch && entry.tags.contains(.hipFlexionDeep))
    let side: Side = levelDose.dose.perSide && affectedSideOnly ? profile.side : .both
    items.append(
      PlanItem(
        id: entry.id, name: entry.name, category: entry.category, tags: entry.tags, dose: levelDose.dose,
        doseNote: levelDose.note.map(configuration.fillingTimings), side: side,
        why: why + ["\(RuleID.dose(for: level)): dose for \(level.rawValue) irritability (§3.4)"]))
    sortItems()
  }

  private mutating func sortItems() {
    let order = Self.categoryOrder
    let indexed = items.enumerated().map { ($0.offset, $0.element) }
    items = indexed.sorted { lhs, rhs in
      let left = order.firstIndex(of: lhs.1.category) ?? order.count
      let right = order.firstIndex(of: rhs.1.category) ?? order.count
      return left != right ? left < right : lhs.0 < rhs.0
    }.map(\.1)
  }
}
