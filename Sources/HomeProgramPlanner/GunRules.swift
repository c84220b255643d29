import HomeProgramModel

/// The massage-gun block (§2.1, §5.6, R-DISC-7, R-PIR-3): only glutes, hamstrings, quads and
/// calves; never the lower back or spine; never at high irritability, with a red flag, or with a
/// contraindication; precautions only when a clinician cleared them, and then gentler.
enum GunRules {
  static func block(
    profile: PatientProfile, level: Irritability, flags: [RedFlag], catalogue: Catalogue,
    configuration: PlannerConfiguration, log: inout DecisionLog
  ) -> MassageGunBlock {
    /// The catalogue ids that treat `zone` (MG01 for glutes in the bundled catalogue).
    func ids(_ zone: GunZone) -> [String] {
      catalogue.entries.filter { $0.gunZone == zone }.map(\.id)
    }
    let avoid = configuration.gunAvoid.map(\.rawValue)
    func excluded(_ reason: GunExclusionReason, _ rule: RuleID, _ text: String) -> MassageGunBlock {
      log.decide(rule, "massage gun not included: \(text)")
      return MassageGunBlock(
        included: false, why: ["\(rule): \(text)"], zones: [], avoid: avoid, precautions: [],
        notIncludedReason: reason)
    }

    guard profile.equipment.contains(.massageGun) else {
      return excluded(.noDevice, .gunNoDevice, "no massage gun in the equipment list")
    }
    // Emergency and urgent flags first; a review flag (Table 1C) only after the patient's own
    // conditions, so the handout gives the reason that is most specific to them.
    if let flag = flags.first(where: { $0.level != .review }) {
      return excluded(.redFlag, .gunRedFlag, "red flag \(flag.rawValue) present")
    }
    if level == .high {
      return excluded(.highIrritability, .gunHighIrritability, "high irritability")
    }
    for condition in profile.conditions {
      if case .never(let rule) = condition.gunRule {
        return excluded(.contraindication, rule, "\(condition.rawValue) is a contraindication")
      }
    }
    let precautions = profile.conditions.filter { $0.gunEffect == .onlyIfCleared }
    if let condition = precautions.first, case .onlyIfCleared(let rule) = condition.gunRule,
      !profile.clearedForMassageGun
    {
      return excluded(
        condition == .pregnancy ? .pregnancy : .precautionNotCleared, rule,
        "\(condition.rawValue) needs clinician clearance (cleared_for_massage_gun is false)")
    }
    if let flag = flags.first {
      return excluded(.redFlag, .gunRedFlag, "red flag \(flag.rawValue) present")
    }

    var why = ["equipment lists massage_gun", "no contraindication", "irritability \(level.rawValue)"]
    var zones = configuration.gunZones[level] ?? []
    // M‡: glutes and hamstrings at moderate only when the therapist tested them symptom-free and
    // includes them.
    for zone in [GunZone.glutes, .hamstrings] where !zones.contains(zone) {
      if ids(zone).contains(where: profile.include.contains) {
        zones.insert(zone, at: 0)
        why.append("\(zone.rawValue) included by the therapist (tested symptom-free)")
        log.decide(
          .therapistInclude, "massage gun: \(zone.rawValue) added by the therapist (tested symptom-free)")
      }
    }
    if profile.cause == .piriformis, let index = zones.firstIndex(of: .glutes), index != 0 {
      zones.remove(at: index)
      zones.insert(.glutes, at: 0)
      why.append("\(RuleID.piriformisGlutesFirst): glutes first for piriformis")
      log.decide(.piriformisGlutesFirst, "piriformis: glutes first in the massage-gun routine")
    }
    let removed = zones.filter { ids($0).contains(where: profile.exclude.contains) }
    zones.removeAll { removed.contains($0) }
    if !removed.isEmpty {
      why.append("excluded by the therapist: \(removed.map(\.rawValue).joined(separator: ", "))")
      log.decide(
        .therapistExclude,
        "massage gun: \(removed.map(\.rawValue).joined(separator: ", ")) excluded by the therapist")
    }
    if zones.isEmpty {
      return excluded(.excludedByTherapist, .therapistExclude, "every zone was excluded by the therapist")
    }

    var seconds = configuration.gunSecondsPerSide[level] ?? configuration.gunSecondsWhenCleared
    if !precautions.isEmpty {
      seconds = min(seconds, configuration.gunSecondsWhenCleared)
      why.append(
        "cleared precaution (\(precautions.map(\.rawValue).joined(separator: ", "))): lowest speed, shortest time"
      )
      for condition in precautions {
        if case .onlyIfCleared(let rule) = condition.gunRule {
          log.decide(
            rule, "massage gun: \(condition.rawValue) cleared by the clinician; lowest speed, shortest time")
        }
      }
    }
    // R-MG-2: the whole routine (every zone, both sides) stays under the cap, with time to move
    // between areas; per-side times are whole multiples of the rounding step.
    let sides = max(1, zones.count * 2)
    let step = max(1, configuration.gunSecondsRounding)
    let perSideCap = (configuration.gunRoutineCapSeconds - configuration.gunChangeoverSeconds * sides) / sides
    if seconds > perSideCap {
      seconds = max(step, perSideCap / step * step)
      log.decide(
        .gunRoutineCap,
        "time per side capped at \(seconds) s so the routine stays under \(configuration.gunRoutineCapSeconds / 60) minutes (§2.1 whole session)"
      )
      why.append(
        "time per side capped so the routine stays under \(configuration.gunRoutineCapSeconds / 60) minutes")
    }
    // MG-PR-10: with a herniated disc a clinician prescribes the gun (never over the spine): the
    // therapist prescribing this routine is that check, and the plan says so.
    var listed = precautions.map(GunPrecaution.cleared)
    if profile.cause == .disc {
      listed.insert(.herniatedDisc, at: 0)
      let note =
        "herniated disc: a clinician prescribes the massage gun, never over the spine; the therapist prescribing this routine is that check"
      why.append("\(RuleID.gunHerniatedDisc): \(note)")
      log.decide(.gunHerniatedDisc, "massage gun: \(note)")
    }
    log.decide(
      .gunRoutine,
      "massage gun: \(zones.map(\.rawValue).joined(separator: ", ")), \(seconds) s each side, \(configuration.gunSpeed) speed"
    )
    return MassageGunBlock(
      included: true, why: why,
      zones: zones.map {
        MassageGunBlock.Zone(
          zone: $0, secondsPerSide: seconds, speed: configuration.gunSpeed,
          attachment: configuration.gunAttachment)
      },
      avoid: avoid, precautions: listed, notIncludedReason: nil)
  }
}
