/// The wording of the version of an entry given at one irritability level: a level may carry its
/// own steps, tips and next-step notes (an easier version at high irritability), so a card's steps
/// always match its dose note.
extension Exercise {
  /// The steps at `level`: for a condition with its own steps, those; else the level's own, else
  /// (for both legs) the both-sides steps, else the entry's.
  public func stepsAt(_ level: Irritability?, side: Side = .left, conditions: [Condition] = []) -> [String] {
    if let steps = conditions.lazy.compactMap({ conditionSteps[$0] }).first { return steps }
    return level.flatMap { doses[$0]?.steps } ?? (side == .both ? bothSidesSteps : nil) ?? steps
  }

  /// The start position for `side`: the both-sides start for both legs, else the entry's.
  public func startFor(_ side: Side) -> String {
    (side == .both ? bothSidesStart : nil) ?? start
  }

  /// The compact card's start and steps: the short ones when the card would print the entry's usual
  /// start and steps (no condition's, level's or both-sides wording applies), else nil, and the
  /// card prints the full wording that applies.
  public func shortWordsAt(
    _ level: Irritability?, side: Side = .left, conditions: [Condition] = []
  ) -> (start: String, steps: [String])? {
    guard let shortStart, let shortSteps else { return nil }
    let usual =
      !conditions.contains { conditionSteps[$0] != nil } && level.flatMap({ doses[$0]?.steps }) == nil
      && (side != .both || (bothSidesStart == nil && bothSidesSteps == nil))
    return usual ? (shortStart, shortSteps) : nil
  }

  /// The tips at `level`: the level's own, else the entry's.
  public func cuesAt(_ level: Irritability?) -> [String] {
    level.flatMap { doses[$0]?.cues } ?? cues
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
