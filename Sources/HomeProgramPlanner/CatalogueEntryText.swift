import HomeProgramModel

/// One catalogue entry as readable text (`catalogue show`).
public enum CatalogueEntryText {
  public static func text(_ entry: Exercise, catalogue: Catalogue) -> String {
    func names(_ ids: [String]) -> String {
      ids.map { id in catalogue[id].map { "\(id) \($0.name)" } ?? id }.joined(separator: "; ")
    }
    var lines = [
      "\(entry.id) — \(entry.name)",
      "Category: \(entry.category.rawValue) · Bias: \(entry.directionBias.rawValue)"
        + " · Tags: \(entry.tags.map(\.rawValue).joined(separator: ", "))",
      "Causes: \(entry.causes.map(\.rawValue).joined(separator: ", "))"
        + " · Irritability: \(entry.suitableLevels.map(\.rawValue).joined(separator: ", "))",
    ]
    if !entry.equipment.isEmpty {
      lines.append("Needs: \(entry.equipment.map(\.rawValue).joined(separator: ", "))")
    }
    lines += ["", "What it is for: \(entry.purpose)", "", "Start: \(entry.start)", "", "Steps:"]
    for (index, step) in entry.steps.enumerated() { lines.append("  \(index + 1). \(step)") }
    if !entry.cues.isEmpty { lines.append("Tips:") }
    for cue in entry.cues { lines.append("  - \(cue)") }
    if !entry.mistakes.isEmpty { lines.append("Avoid:") }
    for mistake in entry.mistakes { lines.append("  - \(mistake)") }
    lines.append("Doses:")
    for level in entry.suitableLevels {
      guard let dose = entry.doses[level] else { continue }
      lines.append(
        "  \(level.rawValue): \(PlanSummary.compact(dose.dose))" + (dose.note.map { " — \($0)" } ?? ""))
    }
    if !entry.progression.isEmpty || entry.progressionNote != nil {
      lines.append(
        "Progress: "
          + [names(entry.progression), entry.progressionNote ?? ""].filter { !$0.isEmpty }.joined(
            separator: " · "))
    }
    if !entry.regression.isEmpty || entry.regressionNote != nil {
      lines.append(
        "Regress: "
          + [names(entry.regression), entry.regressionNote ?? ""].filter { !$0.isEmpty }.joined(
            separator: " · "))
    }
    if !entry.contraindicatedConditions.isEmpty {
      lines.append("Not with: \(entry.contraindicatedConditions.map(\.rawValue).joined(separator: ", "))")
    }
    for caution in entry.cautions { lines.append("Caution: \(caution)") }
    for condition in Condition.allCases {
      for caution in entry.conditionCautions[condition] ?? [] {
        lines.append("Caution (\(condition.rawValue)): \(caution)")
      }
    }
    if !entry.ruleRefs.isEmpty { lines.append("Rules: \(entry.ruleRefs.joined(separator: ", "))") }
    return lines.joined(separator: "\n") + "\n"
  }
}
