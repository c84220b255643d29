/// The wording of the version of an entry given at one irritability level: a level may carry its
/// own steps, tips and next-step notes (an easier version at high irritability), so a card's steps
/// always match its dose note.
extension Exercise {
  /// The steps at `level`: for a condition with its own steps, those; else the level's own, else
  /// (for both legs) the both-sides steps, else the entry's — its `shortSteps` when `short` (the
  /// compact card) and it has them.
  public func stepsAt(
    _ level: Irritability?, side: Side = .left, conditions: [Condition] = [], short: Bool = false
  ) -> [String] {
    if let steps = conditions.lazy.compactMap({ conditionSteps[$0] }).first { return steps }
    return level.flatMap { doses[$0]?.steps } ?? (side == .both ? bothSidesSteps : nil)
      ?? (short ? shortSteps : nil) ?? steps
  }

  /// The start position for `side`: the both-sides start for both legs, else the entry's — its
  /// `shortStart` when `short` and it has one.
  public func startFor(_ side: Side, short: Bool = false) -> String {
    (side == .both ? bothSidesStart : nil) ?? (short ? shortStart : nil) ?? start
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
