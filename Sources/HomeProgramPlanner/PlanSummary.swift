import HomeProgramModel

/// A readable plan summary for the therapist: outcome, levels, items with doses, and every
/// decision with its rule id.
public enum PlanSummary {
  /// The summary as plain text, ending in a newline.
  public static func text(_ plan: Plan, profile: PatientProfile) -> String {
    var lines: [String] = []
    let name = profile.patient.name + (profile.patient.reference.map { " (\($0))" } ?? "")
    lines.append("Plan for \(name)")
    lines.append("Outcome: \(plan.outcome.rawValue)")
    if !plan.redFlags.isEmpty {
      lines.append(
        "Red flags: "
          + plan.redFlags.map { "\($0.id) [\($0.level.rawValue), \($0.referenceId)]" }.joined(separator: ", ")
      )
    }
    if plan.outcome == .program {
      lines.append(
        "Irritability: \(plan.irritability?.rawValue ?? "-") (\(plan.irritabilitySource?.rawValue ?? "-"))"
          + " · Direction: \(plan.directionBias?.rawValue ?? "-") · Phase: \(plan.phase?.rawValue ?? "-")"
          + " · Side: \(plan.side.rawValue)")
      lines.append(
        // As the handout's "Your day" reads them: the longest session (every day's exercises and
        // those of some days only), and how many times a day the most frequent one is done.
        "Sessions: up to \(plan.sessionsPerDay) a day, the longest about \(plan.minutesPerSession) min"
          + (plan.reviewWithinDays.map { " · Review within \($0) days" } ?? ""))
      lines.append("")
      lines.append("Items:")
      for item in plan.items {
        let side = item.side == .both ? "" : ", \(item.side.rawValue)"
        lines.append("  \(item.id)  \(item.name) — \(compact(item.dose))\(side)")
        if let note = item.doseNote { lines.append("        note: \(note)") }
        for reason in item.why { lines.append("        why: \(reason)") }
      }
      lines.append("")
      if plan.massageGun.included {
        let zones = plan.massageGun.zones.map { "\($0.zone.rawValue) \($0.secondsPerSide)s/side" }
        lines.append(
          "Massage gun: \(zones.joined(separator: ", ")) · \(plan.massageGun.zones.first?.speed ?? "") speed")
      } else {
        lines.append("Massage gun: not included (\(plan.massageGun.notIncludedReason?.rawValue ?? "-"))")
      }
      for reason in plan.massageGun.why { lines.append("        why: \(reason)") }
      lines.append("Positions: " + plan.positions.recommended.joined(separator: ", "))
      if !plan.positions.avoid.isEmpty {
        lines.append("Avoid: " + plan.positions.avoid.joined(separator: ", "))
      }
      if !plan.excluded.isEmpty {
        lines.append("")
        lines.append("Left out:")
        for exclusion in plan.excluded {
          lines.append(
            "  \(exclusion.id): \(exclusion.why)" + (exclusion.substitute.map { " → \($0) instead" } ?? ""))
        }
      }
    }
    lines.append("")
    lines.append("Decisions:")
    for decision in plan.decisions { lines.append("  [\(decision.rule)] \(decision.text)") }
    if !plan.warnings.isEmpty {
      lines.append("")
      lines.append("Warnings:")
      for warning in plan.warnings { lines.append("  ! \(warning)") }
    }
    lines.append("")
    lines.append("Catalogue \(plan.catalogueVersion)")
    return lines.map { $0.removingControlCharacters() }.joined(separator: "\n") + "\n"
  }

  /// "2×10, 5 s hold, 2/day, 3 d/wk, per side" — compact, for clinicians.
  public static func compact(_ dose: Dose) -> String {
    var parts: [String] = []
    if dose.reps > 0 { parts.append(dose.sets > 0 ? "\(dose.sets)×\(dose.reps)" : "\(dose.reps) reps") }
    if dose.holdSeconds > 0 { parts.append("\(dose.holdSeconds) s hold") }
    if dose.seconds > 0 { parts.append("\(dose.seconds) s") }
    if dose.minutes > 0 { parts.append("\(dose.minutes) min") }
    parts.append("\(dose.timesPerDay)/day")
    if dose.daysPerWeek < 7 { parts.append("\(dose.daysPerWeek) d/wk") }
    if dose.perSide { parts.append("per side") }
    return parts.joined(separator: ", ")
  }
}
