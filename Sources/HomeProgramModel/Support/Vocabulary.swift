// The closed value sets of the patient-profile and plan contracts. Raw values are the exact
// strings of `contract/patient-profile.md` and `contract/plan-json.md`; never rename them.

/// How easily symptoms are stirred up (clinical reference §3).
public enum Irritability: String, Sendable, Codable, CaseIterable, Comparable {
  case high, moderate, low

  /// Ordering from least to most irritable: low < moderate < high.
  private var rank: Int {
    switch self {
    case .low: 0
    case .moderate: 1
    case .high: 2
    }
  }
  public static func < (lhs: Irritability, rhs: Irritability) -> Bool { lhs.rank < rhs.rank }
}

/// The cause of sciatica the therapist recorded (§4).
public enum Cause: String, Sendable, Codable, CaseIterable {
  case disc, stenosis, piriformis, unknown
}

/// The leg with symptoms.
public enum Side: String, Sendable, Codable, CaseIterable {
  case left, right, both
}

/// The direction of spinal movement the program favours (§4).
public enum DirectionBias: String, Sendable, Codable, CaseIterable {
  case `extension`, flexion, neutral
}

/// The program phase (§6.1). `return` is a Swift keyword, hence the case name.
public enum Phase: String, Sendable, Codable, CaseIterable {
  case calm, build
  case returnToActivity = "return"
}

/// What the handout becomes.
public enum Outcome: String, Sendable, Codable, CaseIterable {
  case program
  case emergencyReferral = "emergency_referral"
  case urgentReferral = "urgent_referral"
  case notEligible = "not_eligible"
}

/// Where the irritability level came from.
public enum IrritabilitySource: String, Sendable, Codable, CaseIterable {
  case computed, override
}

/// Catalogue categories (plan contract).
public enum ExerciseCategory: String, Sendable, Codable, CaseIterable {
  case nerveGlide = "nerve_glide"
  case directional, position, strengthening, stretch, aerobic
  case massageGun = "massage_gun"
}

/// The controlled tag vocabulary (plan contract).
public enum ExerciseTag: String, Sendable, Codable, CaseIterable {
  case slider, tensioner
  case `extension`, flexion
  case neutralSpine = "neutral_spine"
  case prone, supine
  case sideLying = "side_lying"
  case seated, standing
  case allFours = "all_fours"
  case loaded, isometric, bodyweight
  case hipFlexionDeep = "hip_flexion_deep"
  case elbowWeightBearing = "elbow_weight_bearing"

  /// Tags that name the direction of spinal load.
  public static let directions: Set<ExerciseTag> = [.extension, .flexion, .neutralSpine]
  /// Tags that name the body position.
  public static let positions: Set<ExerciseTag> = [
    .prone, .supine, .sideLying, .seated, .standing, .allFours,
  ]
}

/// Equipment a patient may have at home (profile contract).
public enum Equipment: String, Sendable, Codable, CaseIterable {
  case massageGun = "massage_gun"
  case resistanceBand = "resistance_band"
  case chair, pillow, step
  case stationaryBike = "stationary_bike"
  case dowel
}

/// How long symptoms take to settle after the usual aggravating activity (§3.2).
public enum SettleTime: String, Sendable, Codable, CaseIterable {
  case underTenMinutes = "lt10min"
  case tenToSixtyMinutes = "10to60min"
  case oneToTwentyFourHours = "1to24h"
  case overTwentyFourHours = "gt24h"
}

/// Night pain pattern.
public enum NightPain: String, Sendable, Codable, CaseIterable {
  case none
  case wakesResettles = "wakes_resettles"
  case wakesCannotResettle = "wakes_cannot_resettle"
}

/// Whether symptoms spread down the leg with movement.
public enum Peripheralisation: String, Sendable, Codable, CaseIterable {
  case none
  case someMovements = "some_movements"
  case mostMovements = "most_movements"
}

/// The direction that eases or centralises symptoms, as tested in clinic.
public enum EasingDirection: String, Sendable, Codable, CaseIterable {
  case `extension`, flexion, none, untested
}

/// Neurological status.
public enum NeuroStatus: String, Sendable, Codable, CaseIterable {
  case none
  case sensoryStable = "sensory_stable"
  case reflexStable = "reflex_stable"
  case motorStable = "motor_stable"
  case progressiveOrBilateral = "progressive_or_bilateral"
}

/// Severity level of a red flag (§1).
public enum RedFlagLevel: String, Sendable, Codable, CaseIterable, Comparable {
  case emergency, urgent, review

  private var rank: Int {
    switch self {
    case .review: 0
    case .urgent: 1
    case .emergency: 2
    }
  }
  public static func < (lhs: RedFlagLevel, rhs: RedFlagLevel) -> Bool { lhs.rank < rhs.rank }
}
