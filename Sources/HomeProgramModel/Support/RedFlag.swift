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

  /// The level that decides what the handout becomes.
  public var level: RedFlagLevel {
    switch self {
    case .bladderChange, .saddleNumbness, .bowelChange, .sexualDysfunction, .bilateralSciatica,
      .progressiveWeakness, .cancerWithNeuroSigns, .feverUnwell, .majorTraumaNeuro:
      .emergency
    case .cancerHistoryNewPain, .unexplainedWeightLoss, .constantNightPain, .fractureRisk, .infectionRisk,
      .thoracicPain, .markedMotorDeficit, .inflammatoryPattern:
      .urgent
    case .notImproving, .persistentOver8Weeks, .newSensoryChange, .uncontrolledPain:
      .review
    }
  }

  /// The clinical reference's id for this flag (RF-E1 …).
  public var referenceID: String {
    switch self {
    case .bladderChange: "RF-E1"
    case .saddleNumbness: "RF-E2"
    case .bowelChange: "RF-E3"
    case .sexualDysfunction: "RF-E4"
    case .bilateralSciatica: "RF-E5"
    case .progressiveWeakness: "RF-E6"
    case .cancerWithNeuroSigns: "RF-E7"
    case .feverUnwell: "RF-E8"
    case .majorTraumaNeuro: "RF-E9"
    case .cancerHistoryNewPain: "RF-U1"
    case .unexplainedWeightLoss: "RF-U2"
    case .constantNightPain: "RF-U3"
    case .fractureRisk: "RF-U4"
    case .infectionRisk: "RF-U5"
    case .thoracicPain: "RF-U6"
    case .markedMotorDeficit: "RF-U7"
    case .inflammatoryPattern: "RF-U8"
    case .notImproving: "RF-S1"
    case .persistentOver8Weeks: "RF-S2"
    case .newSensoryChange: "RF-S3"
    case .uncontrolledPain: "RF-S4"
    }
  }
}
