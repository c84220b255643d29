extension Exercise {
  /// This entry with every patient-facing phrase replaced by its pair's `gb` words, for an en-GB
  /// clinic (the catalogue is written in American English). Whole words only; pairs in order.
  public func britishWords(_ pairs: [HandoutText.WordPair]) -> Exercise {
    guard !pairs.isEmpty else { return self }
    func swap(_ text: String) -> String { Self.replacing(pairs, in: text) }
    var entry = self
    entry.name = swap(name)
    entry.purpose = swap(purpose)
    entry.start = swap(start)
    entry.steps = steps.map(swap)
    entry.cues = cues.map(swap)
    entry.mistakes = mistakes.map(swap)
    entry.cautions = cautions.map(swap)
    entry.conditionCautions = conditionCautions.mapValues { $0.map(swap) }
    entry.progressionNote = progressionNote.map(swap)
    entry.regressionNote = regressionNote.map(swap)
    entry.bothSidesStart = bothSidesStart.map(swap)
    entry.bothSidesSteps = bothSidesSteps?.map(swap)
    entry.conditionSteps = conditionSteps.mapValues { $0.map(swap) }
    entry.biasNotes = biasNotes.mapValues(swap)
    entry.shortStart = shortStart.map(swap)
    entry.shortSteps = shortSteps?.map(swap)
    entry.shortBothSidesStart = shortBothSidesStart.map(swap)
    entry.shortBothSidesSteps = shortBothSidesSteps?.map(swap)
    entry.shortConditionSteps = shortConditionSteps.mapValues { $0.map(swap) }
    entry.doses = doses.mapValues { level in
      var level = level
      level.note = level.note.map(swap)
      level.steps = level.steps?.map(swap)
      level.cues = level.cues?.map(swap)
      level.progressionNote = level.progressionNote.map(swap)
      level.regressionNote = level.regressionNote.map(swap)
      return level
    }
    return entry
  }

  /// `text` with each pair's `us` phrase, where it stands as whole words, replaced by its `gb`
  /// phrase; a replaced part is never searched again.
  static func replacing(_ pairs: [HandoutText.WordPair], in text: String) -> String {
    var pieces: [(text: Substring, done: Bool)] = [(text[...], false)]
    for pair in pairs where !pair.us.isEmpty {
      pieces = pieces.flatMap { piece -> [(text: Substring, done: Bool)] in
        guard !piece.done else { return [piece] }
        var result: [(text: Substring, done: Bool)] = []
        var rest = piece.text
        while let range = rest.range(of: pair.us) {
          let before = rest[..<range.lowerBound].last
          let after = rest[range.upperBound...].first
          let whole = !(before?.isLetter ?? false) && !(after?.isLetter ?? false)
          if whole {
            result.append((rest[..<range.lowerBound], false))
            result.append((pair.gb[...], true))
          } else {
            result.append((rest[..<range.upperBound], false))
          }
          rest = rest[range.upperBound...]
        }
        result.append((rest, false))
        return result
      }
    }
    return pieces.map { String($0.text) }.joined()
  }
}
