/// A red flag the therapist ticked (profile contract; clinical reference §1.2–§1.4).
public enum RedFlag: String, Sendable, Codable, CaseIterable {
  // Emergency (Table 1A)
  case bladderChange = "bladder_change"
  case saddleNumbness = "saddle_numbness"
  case bowelChange = "bowel_change"
  case sexualDysfunction = "sexual_dysfunction"
  case bilateralSciatica = "bilateral_sciatica"
  case progressiveWeakness = "progressive_weakness"
  case cancerWithNeuroSigns = "cancer_with_neuro_signs"
  case feverUnwell = "fever_unwell"
  case majorTraumaNeuro = "major_trauma_neuro"
  // Urgent (Table 1B)
  case cancerHistoryNewPain = "cancer_history_new_pain"
  case unexplainedWeightLoss = "unexplained_weight_loss"
  case constantNightPain = "constant_night_pain"
  case fractureRisk = "fracture_risk"
  case infectionRisk = "infection_risk"
  case thoracicPain = "thoracic_pain"
  case markedMotorDeficit = "marked_motor_deficit"
  case inflammatoryPattern = "inflammatory_pattern"
  // Review (Table 1C)
  case notImproving = "not_improving"
  case persistentOver8Weeks = "persistent_over_8_weeks"
  case newSensoryChange = "new_sensory_change"
  case uncontrolledPain = "uncontrolled_pain"

  /// The flags table (Tables 1A–1C): every flag's level and its reference id, one row each.
  /// `level` and `referenceID` read this row, so they cannot disagree.
  public var rule: (level: RedFlagLevel, referenceID: RuleID) {
    switch self {
    case .bladderChange: (.emergency, .redFlagBladderChange)
    case .saddleNumbness: (.emergency, .redFlagSaddleNumbness)
    case .bowelChange: (.emergency, .redFlagBowelChange)
    case .sexualDysfunction: (.emergency, .redFlagSexualDysfunction)
    case .bilateralSciatica: (.emergency, .redFlagBilateralSciatica)
    case .progressiveWeakness: (.emergency, .redFlagProgressiveWeakness)
    case .cancerWithNeuroSigns: (.emergency, .redFlagCancerWithNeuroSigns)
    case .feverUnwell: (.emergency, .redFlagFeverUnwell)
    case .majorTraumaNeuro: (.emergency, .redFlagMajorTraumaNeuro)
    case .cancerHistoryNewPain: (.urgent, .redFlagCancerHistoryNewPain)
    case .unexplainedWeightLoss: (.urgent, .redFlagUnexplainedWeightLoss)
    case .constantNightPain: (.urgent, .redFlagConstantNightPain)
    case .fractureRisk: (.urgent, .redFlagFractureRisk)
    case .infectionRisk: (.urgent, .redFlagInfectionRisk)
    case .thoracicPain: (.urgent, .redFlagThoracicPain)
    case .markedMotorDeficit: (.urgent, .redFlagMarkedMotorDeficit)
    case .inflammatoryPattern: (.urgent, .redFlagInflammatoryPattern)
    case .notImproving: (.review, .redFlagNotImproving)
    case .persistentOver8Weeks: (.review, .redFlagPersistentOver8Weeks)
    case .newSensoryChange: (.review, .redFlagNewSensoryChange)
    case .uncontrolledPain: (.review, .redFlagUncontrolledPain)
    }
  }

  /// The level that decides what the handout becomes.
  public var level: RedFlagLevel { rule.level }

  /// The clinical reference's id for this flag (RF-E1 …).
  public var referenceID: RuleID { rule.referenceID }
}
