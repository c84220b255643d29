import HomeProgramModel

// Readable labels for the profile's closed value sets. Each is an exhaustive switch, so a new case
// in the vocabulary does not compile until it has a label; the options themselves come from
// `allCases`.

extension Side {
  var formLabel: String {
    switch self {
    case .left: "Left leg"
    case .right: "Right leg"
    case .both: "Both legs"
    }
  }
}

extension Cause {
  var formLabel: String {
    switch self {
    case .disc: "Disc"
    case .stenosis: "Stenosis"
    case .piriformis: "Piriformis"
    case .unknown: "Unknown"
    }
  }
}

extension SettleTime {
  var formLabel: String {
    switch self {
    case .underTenMinutes: "Under 10 minutes"
    case .tenToSixtyMinutes: "10 to 60 minutes"
    case .oneToTwentyFourHours: "1 to 24 hours"
    case .overTwentyFourHours: "Over 24 hours"
    }
  }
}

extension NightPain {
  var formLabel: String {
    switch self {
    case .none: "None"
    case .wakesResettles: "Wakes, resettles"
    case .wakesCannotResettle: "Wakes, cannot resettle"
    }
  }
}

extension Peripheralisation {
  var formLabel: String {
    switch self {
    case .none: "None"
    case .someMovements: "With some movements"
    case .mostMovements: "With most movements"
    }
  }
}

extension EasingDirection {
  var formLabel: String {
    switch self {
    case .extension: "Extension"
    case .flexion: "Flexion"
    case .none: "None"
    case .untested: "Untested"
    }
  }
}

extension NeuroStatus {
  var formLabel: String {
    switch self {
    case .none: "None"
    case .sensoryStable: "Sensory change, stable"
    case .reflexStable: "Reflex change, stable"
    case .motorStable: "Motor change, stable"
    case .progressiveOrBilateral: "Progressive or bilateral (emergency)"
    }
  }
}

extension Equipment {
  var formLabel: String {
    switch self {
    case .massageGun: "Massage gun"
    case .resistanceBand: "Resistance band"
    case .chair: "Chair"
    case .pillow: "Pillow"
    case .step: "Step"
    case .stationaryBike: "Stationary bike"
    case .dowel: "Dowel or stick"
    }
  }
}

extension Irritability {
  var formLabel: String {
    switch self {
    case .high: "High"
    case .moderate: "Moderate"
    case .low: "Low"
    }
  }
}

extension Language {
  /// The handout's language as the therapist's (English) page names it.
  var formLabel: String {
    switch self {
    case .en: "English"
    case .es: "Spanish (español, es-US)"
    }
  }
}
