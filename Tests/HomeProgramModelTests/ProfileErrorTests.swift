import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramModel

/// Every kind of profile mistake gets one clear line: file, line and column, key path, the bad
/// value and what is allowed.
struct ProfileErrorTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var replace: String
    var with: String
    var expected: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "out of range", replace: "  pain_now: 4", with: "  pain_now: 11",
      expected: "test.yaml:10:13: symptoms.pain_now: 11 is out of range; allowed 0–10."),
    Case(
      name: "unknown enum with suggestion", replace: "cause: disc", with: "cause: stenossis",
      expected:
        "test.yaml:8:8: cause: 'stenossis' is not allowed; allowed values: disc, stenosis, piriformis, unknown. Did you mean 'stenosis'?"
    ),
    Case(
      name: "unknown key with suggestion", replace: "  pain_now: 4", with: "  pain_nwo: 4",
      expected: "test.yaml:10:3: unknown key 'symptoms.pain_nwo' (did you mean 'pain_now'?); allowed here:"),
    Case(
      name: "unknown top-level key", replace: "notes:", with: "nots:",
      expected: "test.yaml:22:1: unknown key 'nots' (did you mean 'notes'?)"),
    Case(
      name: "wrong type", replace: "  age: 47", with: "  age: forty",
      expected: "test.yaml:5:8: patient.age: forty is not allowed; expected a whole number from 0 to 130."),
    Case(
      name: "quoted number", replace: "  age: 47", with: "  age: \"47\"",
      expected: "patient.age: '47' (quoted text) is not allowed; expected a whole number."),
    Case(
      name: "fraction", replace: "  pain_now: 4", with: "  pain_now: 4.5",
      expected: "symptoms.pain_now: 4.5 is not allowed; expected a whole number from 0 to 10."),
    Case(
      name: "missing required key", replace: "side: left\n", with: "",
      expected: "test.yaml:1:1: side is required but missing."),
    Case(
      name: "bad list value", replace: "equipment: [massage_gun, chair, pillow]",
      with: "equipment: [massage_gun, chiar]",
      expected: "equipment[1]: 'chiar' is not allowed; allowed values: massage_gun, resistance_band, chair"),
    Case(
      name: "unknown red flag", replace: "red_flags: []", with: "red_flags: [saddle_numbnes]",
      expected: "red_flags[0]: 'saddle_numbnes' is not allowed;"),
    Case(
      name: "bad date", replace: "date: 2026-11-25", with: "date: 2026-02-30",
      expected: "date: '2026-02-30' is not valid; expected a calendar date written YYYY-MM-DD"),
    Case(
      name: "duplicate key", replace: "side: left", with: "side: left\nside: right",
      expected: "duplicate key 'side'"),
    Case(
      name: "bad indentation", replace: "  pain_worst_24h: 6", with: "    pain_worst_24h: 6",
      expected: "test.yaml:11:19: not valid YAML/JSON:"),
    Case(
      name: "newer schema", replace: "schema: 1", with: "schema: 2",
      expected: "schema: 2 is newer than this program understands; supported: 1."),
    Case(
      name: "boolean expected", replace: "  below_knee: true", with: "  below_knee: sometimes",
      expected: "symptoms.below_knee: sometimes is not allowed; expected true or false."),
    Case(
      name: "empty name", replace: "  name: \"José Ñúñez\"", with: "  name: \"  \"",
      expected: "patient.name: '  ' is not valid; expected the patient's name (not empty)."),
    Case(
      name: "list expected", replace: "conditions: []", with: "conditions: pregnancy",
      expected: "conditions: pregnancy is not allowed; expected a list."),
  ]

  @Test(arguments: cases)
  func messageNamesPlaceValueAndAllowed(_ testCase: Case) {
    let yaml = Fixtures.validYAML.replacingOccurrences(of: testCase.replace, with: testCase.with)
    #expect(yaml != Fixtures.validYAML, "the case must change the YAML")
    #expect {
      try Fixtures.parse(yaml)
    } throws: { error in
      let message = "\(error)"
      let matched = message.contains(testCase.expected)
      if !matched { Issue.record("got: \(message)") }
      return matched && !message.contains("\n")
    }
  }

  @Test func theValidProfileParses() throws {
    let profile = try Fixtures.parse(Fixtures.validYAML)
    #expect(profile.patient.name == "José Ñúñez")
    #expect(profile.symptoms.direction == .extension)
    #expect(profile.equipment == [.massageGun, .chair, .pillow])
  }

  @Test func jsonWithTabsAndCRLFParses() throws {
    let json =
      "{\r\n\t\"patient\": {\"name\": \"Ana\"},\r\n\t\"side\": \"right\", \"cause\": \"unknown\",\r\n"
      + "\t\"symptoms\": {\"pain_now\": 2, \"pain_worst_24h\": 3, \"settle_time\": \"lt10min\", "
      + "\"night_pain\": \"none\", \"duration_weeks\": 1, \"below_knee\": false, "
      + "\"peripheralises\": \"none\", \"neuro\": \"none\"}\r\n}\r\n"
    let profile = try ProfileReader.read(InputSource(name: "a.json", text: InputSource.jsonForYAML(json)))
    #expect(profile.patient.name == "Ana")
    #expect(profile.symptoms.direction == .untested)
  }

  @Test func byteOrderMarkIsIgnored() throws {
    let profile = try Fixtures.parse("\u{FEFF}" + Fixtures.validYAML)
    #expect(profile.cause == .disc)
  }

  @Test func emptyFileIsAClearError() {
    #expect(throws: InputError.empty(path: "test.yaml")) { try Fixtures.parse("  \n") }
  }

  @Test func aliasBombIsRefusedBeforeExpanding() {
    var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    var previous = "a"
    for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
      yaml +=
        "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
      previous = name
    }
    #expect {
      try Fixtures.parse(yaml)
    } throws: { error in
      "\(error)".contains("refused: more than")
    }
  }

  @Test func deepNestingIsRefused() {
    let yaml = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
    #expect {
      try Fixtures.parse(yaml)
    } throws: { error in
      "\(error)".contains("refused: nested more than")
    }
  }
}
