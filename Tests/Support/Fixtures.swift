import Foundation
import HomeProgramBundle
import HomeProgramDocument
import HomeProgramLayout
import HomeProgramModel
import HomeProgramPlanner

/// Shared test inputs: the project's own catalogue and a profile builder.
package enum Fixtures {
  /// The package root.
  package static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The project's catalogue folder (Resources/catalogue), read from the source tree.
  package static let catalogueFolder = root.appendingPathComponent("Resources/catalogue").path

  /// The project's catalogue, loaded once.
  package static let catalogue: Catalogue = {
    do {
      return try CatalogueLoader.load(path: catalogueFolder)
    } catch {
      fatalError("the bundled catalogue does not load: \(error)")
    }
  }()

  package static let planner = Planner(catalogue: catalogue)

  /// Symptoms that compute to each irritability level.
  package static func symptoms(_ level: Irritability) -> PatientProfile.Symptoms {
    switch level {
    case .high:
      PatientProfile.Symptoms(
        painNow: 5, painWorst24h: 8, settleTime: .oneToTwentyFourHours, nightPain: .wakesResettles,
        durationWeeks: 2, belowKnee: true, peripheralises: .none, direction: .untested, neuro: .none)
    case .moderate:
      PatientProfile.Symptoms(
        painNow: 4, painWorst24h: 5, settleTime: .tenToSixtyMinutes, nightPain: .wakesResettles,
        durationWeeks: 4, belowKnee: true, peripheralises: .none, direction: .untested, neuro: .none)
    case .low:
      PatientProfile.Symptoms(
        painNow: 1, painWorst24h: 3, settleTime: .underTenMinutes, nightPain: .none, durationWeeks: 8,
        belowKnee: false, peripheralises: .none, direction: .untested, neuro: .none)
    }
  }

  /// A valid program profile with everything a full plan can use.
  package static func profile(
    cause: Cause = .disc, level: Irritability = .moderate, direction: EasingDirection = .untested,
    side: Side = .left, redFlags: [RedFlag] = [], conditions: [Condition] = [],
    equipment: [Equipment] = Equipment.allCases, cleared: Bool = false, age: Int? = 45,
    exclude: [String] = [], include: [String] = []
  ) -> PatientProfile {
    var symptoms = symptoms(level)
    symptoms.direction = direction
    return PatientProfile(
      patient: .init(name: "Test Patient", reference: "T-1", age: age), date: "2026-11-25", side: side,
      cause: cause, symptoms: symptoms, redFlags: redFlags, conditions: conditions, equipment: equipment,
      clearedForMassageGun: cleared, exclude: exclude, include: include)
  }

  /// Parses a profile from YAML text.
  package static func parse(_ yaml: String, name: String = "test.yaml") throws(InputError) -> PatientProfile {
    try ProfileReader.read(InputSource(name: name, text: yaml))
  }

  /// A valid profile as YAML, for error-message tests to break one line of.
  package static let validYAML = """
    schema: 1
    patient:
      name: "José Ñúñez"
      reference: "P-0042"
      age: 47
    date: 2026-11-25
    side: left
    cause: disc
    symptoms:
      pain_now: 4
      pain_worst_24h: 6
      settle_time: 10to60min
      night_pain: wakes_resettles
      duration_weeks: 5
      below_knee: true
      peripheralises: none
      direction: extension
      neuro: sensory_stable
    red_flags: []
    conditions: []
    equipment: [massage_gun, chair, pillow]
    notes: "Break up sitting."
    """
}
