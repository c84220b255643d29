import Foundation
import Yams

/// A validated profile written back out in the contract's keys and order: JSON for the page and
/// API, YAML for "Download profile". Reading either back gives the same `PatientProfile`.
public struct ProfileDocument: Sendable, Encodable, Equatable {
  struct Patient: Sendable, Encodable, Equatable {
    var name: String
    var reference: String?
    var age: Int?
  }

  struct Symptoms: Sendable, Encodable, Equatable {
    var painNow: Int
    var painWorst24h: Int
    var settleTime: SettleTime
    var nightPain: NightPain
    var durationWeeks: Int
    var belowKnee: Bool
    var peripheralises: Peripheralisation
    var direction: EasingDirection
    var neuro: NeuroStatus

    enum CodingKeys: String, CodingKey {
      case painNow = "pain_now"
      case painWorst24h = "pain_worst_24h"
      case settleTime = "settle_time"
      case nightPain = "night_pain"
      case durationWeeks = "duration_weeks"
      case belowKnee = "below_knee"
      case peripheralises, direction, neuro
    }
  }

  struct Override: Sendable, Encodable, Equatable {
    var level: Irritability
    var reason: String
  }

  var schema: Int
  var patient: Patient
  var date: String?
  var therapist: String?
  var side: Side
  var cause: Cause
  var symptoms: Symptoms
  var redFlags: [RedFlag]
  var conditions: [Condition]
  var equipment: [Equipment]
  var clearedForMassageGun: Bool
  var irritabilityOverride: Override?
  var exclude: [String]
  var include: [String]
  var notes: String?
  /// Left out when the therapist changed nothing.
  var adjust: AdjustMap?
  /// Left out for English, the default, so an English profile's canonical form (and its content
  /// hash) is what it was before languages existed.
  var language: Language?

  /// The `adjust` map, written with its ids in order (a dictionary would come out in hash order).
  struct AdjustMap: Sendable, Encodable, Equatable {
    var entries: [Entry]

    struct Entry: Sendable, Equatable {
      var id: String
      var adjustment: DoseAdjustment
    }

    struct Key: CodingKey {
      var stringValue: String
      var intValue: Int? { nil }
      init(stringValue: String) { self.stringValue = stringValue }
      init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Key.self)
      for entry in entries {
        let adjustment = entry.adjustment
        var fields = container.nestedContainer(keyedBy: Key.self, forKey: Key(stringValue: entry.id))
        for field in Dose.Field.allCases {
          if let value = adjustment.doses[field] {
            try fields.encode(value, forKey: Key(stringValue: field.rawValue))
          }
        }
        try fields.encodeIfPresent(adjustment.order, forKey: Key(stringValue: "order"))
        try fields.encodeIfPresent(adjustment.note, forKey: Key(stringValue: "note"))
      }
    }
  }

  enum CodingKeys: String, CodingKey {
    case schema, patient, date, therapist, side, cause, symptoms
    case redFlags = "red_flags"
    case conditions, equipment
    case clearedForMassageGun = "cleared_for_massage_gun"
    case irritabilityOverride = "irritability_override"
    case exclude, include, notes, adjust, language
  }

  /// The document for a validated profile.
  public init(_ profile: PatientProfile) {
    schema = profile.schema
    patient = Patient(
      name: profile.patient.name, reference: profile.patient.reference, age: profile.patient.age)
    date = profile.date
    therapist = profile.therapist
    side = profile.side
    cause = profile.cause
    let symptoms = profile.symptoms
    self.symptoms = Symptoms(
      painNow: symptoms.painNow, painWorst24h: symptoms.painWorst24h, settleTime: symptoms.settleTime,
      nightPain: symptoms.nightPain, durationWeeks: symptoms.durationWeeks, belowKnee: symptoms.belowKnee,
      peripheralises: symptoms.peripheralises, direction: symptoms.direction, neuro: symptoms.neuro)
    redFlags = profile.redFlags
    conditions = profile.conditions
    equipment = profile.equipment
    clearedForMassageGun = profile.clearedForMassageGun
    irritabilityOverride = profile.irritabilityOverride.map { Override(level: $0.level, reason: $0.reason) }
    exclude = profile.exclude
    include = profile.include
    notes = profile.notes
    adjust =
      profile.adjust.isEmpty
      ? nil
      : AdjustMap(
        entries: profile.adjust.sorted { $0.key < $1.key }.map {
          AdjustMap.Entry(id: $0.key, adjustment: $0.value)
        })
    language = profile.language == .en ? nil : profile.language
  }

  /// Compact JSON with sorted keys; absent optional values are left out.
  public func jsonString() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
  }

  /// YAML in the contract's key order, Unicode kept as written.
  public func yamlString() throws -> String {
    let encoder = YAMLEncoder()
    encoder.options = YAMLEncoder.Options(allowUnicode: true, sortKeys: false)
    return "# Patient profile (homeprogram, schema \(schema))\n" + (try encoder.encode(self))
  }
}
