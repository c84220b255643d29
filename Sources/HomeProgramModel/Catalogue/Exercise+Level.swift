/// The wording of the version of an entry given at one irritability level: a level may carry its
/// own steps, tips and next-step notes (an easier version at high irritability), so a card's steps
/// always match its dose note.
extension Exercise {
  /// The steps at `level`: for a condition with its own steps, those; else the level's own, else
  /// (for both legs) the both-sides steps, else the entry's. On the compact card (`short`) each
  /// of these is its short form when the entry has one (`shortConditionSteps`,
  /// `shortBothSidesSteps`, `shortSteps`); a level's own steps have none.
  public func stepsAt(
    _ level: Irritability?, side: Side = .left, conditions: [Condition] = [], short: Bool = false
  ) -> [String] {
    if let condition = conditions.first(where: { conditionSteps[$0] != nil }),
      let steps = (short ? shortConditionSteps[condition] : nil) ?? conditionSteps[condition]
    {
      return steps
    }
    if let steps = level.flatMap({ doses[$0]?.steps }) { return steps }
    if side == .both, let steps = (short ? shortBothSidesSteps : nil) ?? bothSidesSteps { return steps }
    return (short ? shortSteps : nil) ?? steps
  }

  /// The start position for `side`: the both-sides start for both legs, else the entry's; on the
  /// compact card (`short`), the short form of either when the entry has one.
  public func startFor(_ side: Side, short: Bool = false) -> String {
    if side == .both, let both = (short ? shortBothSidesStart : nil) ?? bothSidesStart { return both }
    return (short ? shortStart : nil) ?? start
  }

  /// The tips at `level`: the level's own, else the entry's.
  public func cuesAt(_ level: Irritability?) -> [String] {
    level.flatMap { doses[$0]?.cues } ?? cues
  }

  /// The cautions for a patient with `conditions`: each of their conditions' own cautions first (the
  /// caution that matters most to them, and the one a compact card keeps), in the vocabulary's order,
  /// then the cautions for everyone. A line two conditions share is printed once.
  public func cautionsFor(_ conditions: [Condition]) -> [String] {
    conditionCautionLines(conditions) + cautions
  }

  /// Every caution, for a reader whose conditions are not known (the public leaflet): the cautions
  /// for everyone first, then each condition's, once each.
  public var allCautions: [String] {
    cautions + conditionCautionLines(Condition.allCases).filter { !cautions.contains($0) }
  }

  /// The `conditionCautions` of `conditions`, in the vocabulary's order, each line once.
  private func conditionCautionLines(_ conditions: [Condition]) -> [String] {
    var lines: [String] = []
    for condition in Condition.allCases where conditions.contains(condition) {
      for line in conditionCautions[condition] ?? [] where !lines.contains(line) { lines.append(line) }
    }
    return lines
  }

  /// "When it feels easy" in words at `level`: the level's own, else the entry's.
  public func progressionNoteAt(_ level: Irritability?) -> String? {
    level.flatMap { doses[$0]?.progressionNote } ?? progressionNote
  }

  /// "If it flares" in words at `level`: the level's own, else the entry's.
  public func regressionNoteAt(_ level: Irritability?) -> String? {
    level.flatMap { doses[$0]?.regressionNote } ?? regressionNote
  }
}
