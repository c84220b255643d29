import Foundation
import Testing

/// Runs the built binary on the bundled samples, as a therapist would.
struct PlanCommandTests {
  static let samples: [String] = {
    let folder = Binary.packageRoot.appendingPathComponent("Samples/patients")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
  }()

  @Test func thereAreAtLeastSixSamples() {
    #expect(Self.samples.count >= 6)
  }

  @Test(arguments: samples)
  func planJSONFollowsTheContract(sample: String) throws {
    let result = try Binary.run(["plan", "Samples/patients/\(sample)", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    for key in [
      "schema", "outcome", "red_flags", "irritability", "irritability_source", "direction_bias", "phase",
      "side",
      "items", "massage_gun", "positions", "excluded", "minutes_per_session", "sessions_per_day",
      "review_within_days",
    ] {
      #expect(json.keys.contains(key), "missing \(key)")
    }
    let outcome = try #require(json["outcome"] as? String)
    #expect(["program", "emergency_referral", "urgent_referral", "not_eligible"].contains(outcome))
    let items = try #require(json["items"] as? [[String: Any]])
    let gun = try #require(json["massage_gun"] as? [String: Any])
    let avoid = try #require(gun["avoid"] as? [String])
    #expect(avoid.contains("lower_back"))
    if outcome != "program" {
      #expect(items.isEmpty)
      #expect(gun["included"] as? Bool == false)
      #expect(json["irritability"] is NSNull)
    }
    for item in items {
      let dose = try #require(item["dose"] as? [String: Any])
      for key in [
        "sets", "reps", "hold_seconds", "seconds", "minutes", "times_per_day", "days_per_week", "per_side",
      ] {
        #expect(dose.keys.contains(key), "dose misses \(key)")
      }
      #expect((item["why"] as? [String])?.isEmpty == false)
    }
    // Deterministic: the same bytes twice.
    let again = try Binary.run(["plan", "Samples/patients/\(sample)", "--format", "json"])
    #expect(again.stdout == result.stdout)
  }

  @Test func textPlanExplainsItself() throws {
    let result = try Binary.run(["plan", "Samples/patients/jose-disc.yaml"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Plan for José Ñúñez (P-0042)"))
    #expect(result.stdout.contains("[R-DISC-1]"))
    #expect(result.stdout.contains("why: "))
  }

  @Test func emergencySampleIsAReferral() throws {
    let result = try Binary.run(["plan", "Samples/patients/linda-emergency.yaml", "--format", "json"])
    #expect(result.stdout.contains("\"outcome\" : \"emergency_referral\""))
  }

  @Test func badProfileGivesOneLineAndExitOne() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let source = try String(
      contentsOf: Binary.packageRoot.appendingPathComponent("Samples/patients/jose-disc.yaml"),
      encoding: .utf8)
    let bad = folder.appendingPathComponent("bad.yaml")
    try source.replacingOccurrences(of: "cause: disc", with: "cause: stenossis").write(
      to: bad, atomically: true, encoding: .utf8)
    let result = try Binary.run(["plan", bad.path])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("error: \(bad.path):"))
    #expect(result.stderr.contains("Did you mean 'stenosis'?"))
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(!result.stderr.contains("Fatal error"))
  }

  @Test func missingFileIsAClearError() throws {
    let result = try Binary.run(["plan", "no/such/profile.yaml"])
    #expect(result.status == 1)
    #expect(result.stderr == "error: no/such/profile.yaml: file not found.\n")
  }

  @Test func catalogueCommands() throws {
    let list = try Binary.run(["catalogue", "list", "--format", "json"])
    #expect(list.status == 0)
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
    #expect(rows.count == 39)
    #expect(
      rows.allSatisfy { $0["id"] != nil && $0["name"] != nil && $0["category"] != nil && $0["tags"] != nil })
    let show = try Binary.run(["catalogue", "show", "NG01"])
    #expect(show.status == 0 && show.stdout.contains("NG01 — "))
    let unknown = try Binary.run(["catalogue", "show", "NG1O"])
    #expect(unknown.status == 1 && unknown.stderr.contains("Did you mean 'NG01'?"))
    let validate = try Binary.run(["catalogue", "validate"])
    #expect(validate.status == 0 && validate.stdout.contains("39 entries valid"))
    let validateFolder = try Binary.run(["catalogue", "validate", "Resources/catalogue"])
    #expect(validateFolder.status == 0)
  }
}
