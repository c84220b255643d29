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

  /// The massage-gun rule for this condition, with the reference id.
  public var gunEffect: GunEffect {
    switch self {
    case .dvtOrClotHistory, .skinLesionInArea, .cancerInArea, .recentFractureOrSurgeryInArea, .neuropathy,
      .uncontrolledHypertension:
      .never
    case .anticoagulants, .bleedingDisorder, .pacemaker, .rhabdomyolysisHistory, .pregnancy, .osteoporosis,
      .diabetes, .varicoseVeins, .numbAreas, .recentInjury, .spinalDeformity, .jointReplacement:
      .onlyIfCleared
    case .recentSpinalSurgery, .hipReplacement, .shoulderProblem:
      .none
    }
  }

  /// The clinical reference's id for the massage-gun rule, when there is one.
  public var gunReferenceID: String? {
    switch self {
    case .dvtOrClotHistory: "MG-CI-1"
    case .skinLesionInArea: "MG-CI-3"
    case .cancerInArea: "MG-CI-4"
    case .recentFractureOrSurgeryInArea: "MG-CI-5"
    case .neuropathy: "MG-CI-6"
    case .uncontrolledHypertension: "MG-CI-8"
    case .anticoagulants, .bleedingDisorder: "MG-CI-2"
    case .pacemaker: "MG-CI-7"
    case .rhabdomyolysisHistory: "MG-CI-11"
    case .pregnancy: "MG-PR-1"
    case .osteoporosis: "MG-PR-2"
    case .diabetes: "MG-PR-3"
    case .varicoseVeins: "MG-PR-4"
    case .numbAreas: "MG-PR-5"
    case .recentInjury: "MG-PR-7"
    case .spinalDeformity: "MG-PR-8"
    case .jointReplacement: "MG-PR-11"
    case .recentSpinalSurgery, .hipReplacement, .shoulderProblem: nil
    }
  }
}
