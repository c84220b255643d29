/// A condition from the profile's `conditions` list (profile contract; reference §2).
public enum Condition: String, Sendable, Codable, CaseIterable {
  // Massage gun never (MG-CI)
  case dvtOrClotHistory = "dvt_or_clot_history"
  case skinLesionInArea = "skin_lesion_in_area"
  case cancerInArea = "cancer_in_area"
  case recentFractureOrSurgeryInArea = "recent_fracture_or_surgery_in_area"
  case neuropathy
  case uncontrolledHypertension = "uncontrolled_hypertension"
  // Massage gun only if cleared (MG-CI ⚑ and MG-PR)
  case anticoagulants
  case bleedingDisorder = "bleeding_disorder"
  case pacemaker
  case rhabdomyolysisHistory = "rhabdomyolysis_history"
  case pregnancy, osteoporosis, diabetes
  case varicoseVeins = "varicose_veins"
  case numbAreas = "numb_areas"
  case recentInjury = "recent_injury"
  case spinalDeformity = "spinal_deformity"
  case jointReplacement = "joint_replacement"
  // Program
  case recentSpinalSurgery = "recent_spinal_surgery"
  // Exercise
  case hipReplacement = "hip_replacement"
  case shoulderProblem = "shoulder_problem"

  /// What this condition means for the massage gun.
  public enum GunEffect: Sendable, Equatable {
    /// Never, whatever else is set.
    case never
    /// Only when `cleared_for_massage_gun` is true; then lowest speed, shortest time.
    case onlyIfCleared
    /// No effect on the gun.
    case none
  }

  /// A condition's massage-gun rule: its effect together with the rule that says so, so a
  /// condition that limits the gun always has an id.
  public enum GunRule: Sendable, Equatable {
    /// Never, whatever else is set (an MG-CI rule).
    case never(RuleID)
    /// Only when a clinician cleared it; then lowest speed, shortest time (MG-CI ⚑ or MG-PR).
    case onlyIfCleared(RuleID)
    /// No effect on the gun.
    case none

    /// The effect alone.
    public var effect: GunEffect {
      switch self {
      case .never: .never
      case .onlyIfCleared: .onlyIfCleared
      case .none: .none
      }
    }

    /// The rule's id, when the condition limits the gun.
    public var rule: RuleID? {
      switch self {
      case .never(let rule), .onlyIfCleared(let rule): rule
      case .none: nil
      }
    }
  }

  /// The massage-gun table (§2.1): every condition's effect and the rule behind it, one row each.
  /// `gunEffect` and `gunReferenceID` read this row, so they cannot disagree.
  public var gunRule: GunRule {
    switch self {
    case .dvtOrClotHistory: .never(.gunClotHistory)
    case .skinLesionInArea: .never(.gunSkinLesion)
    case .cancerInArea: .never(.gunCancerInArea)
    case .recentFractureOrSurgeryInArea: .never(.gunRecentFractureOrSurgery)
    case .neuropathy: .never(.gunNeuropathy)
    case .uncontrolledHypertension: .never(.gunUncontrolledHypertension)
    case .anticoagulants, .bleedingDisorder: .onlyIfCleared(.gunBleedingRisk)
    case .pacemaker: .onlyIfCleared(.gunPacemaker)
    case .rhabdomyolysisHistory: .onlyIfCleared(.gunRhabdomyolysis)
    case .pregnancy: .onlyIfCleared(.gunPregnancy)
    case .osteoporosis: .onlyIfCleared(.gunOsteoporosis)
    case .diabetes: .onlyIfCleared(.gunDiabetes)
    case .varicoseVeins: .onlyIfCleared(.gunVaricoseVeins)
    case .numbAreas: .onlyIfCleared(.gunNumbAreas)
    case .recentInjury: .onlyIfCleared(.gunRecentInjury)
    case .spinalDeformity: .onlyIfCleared(.gunSpinalDeformity)
    case .jointReplacement: .onlyIfCleared(.gunJointReplacement)
    case .recentSpinalSurgery, .hipReplacement, .shoulderProblem: .none
    }
  }

  /// The massage-gun rule's effect for this condition (from `gunRule`).
  public var gunEffect: GunEffect { gunRule.effect }

  /// The clinical reference's id for the massage-gun rule, when there is one (from `gunRule`).
  public var gunReferenceID: RuleID? { gunRule.rule }
}
