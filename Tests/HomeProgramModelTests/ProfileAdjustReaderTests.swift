import HomeProgramTestSupport
import Testing

@testable import HomeProgramModel

/// The profile's `adjust` map: read strictly, written back by "Download profile".
struct ProfileAdjustReaderTests {
  static let yaml =
    Fixtures.validYAML + """

      adjust:
        st01: {sets: 3, reps: 12, hold_seconds: 5, note: "  Squeeze a pillow between your knees. "}
        NG01: {order: 1}
      """

  @Test func adjustIsReadWithIdsUpperCased() throws {
    let profile = try Fixtures.parse(Self.yaml)
    #expect(
      profile.adjust["ST01"]
        == DoseAdjustment(
          [.sets: 3, .reps: 12, .holdSeconds: 5], note: "Squeeze a pillow between your knees."))
    #expect(profile.adjust["NG01"]?.order == 1)
    #expect(profile.adjust["ST01"]?.origin.location?.line != nil)
  }

  @Test func anUnknownKeyIsNamedWithItsPathAndLine() throws {
    let yaml = Self.yaml.replacingOccurrences(of: "{sets: 3,", with: "{set: 3,")
    do {
      _ = try Fixtures.parse(yaml)
      Issue.record("an unknown key was accepted")
    } catch {
      guard case .unknownKey(let location, let keyPath, _, let suggestion) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(keyPath == "adjust.ST01.set")
      #expect(suggestion == "sets")
      #expect(location.line != nil)
    }
  }

  @Test func aBadIdOrValueIsRefused() {
    #expect(throws: InputError.self) {
      try Fixtures.parse(Self.yaml.replacingOccurrences(of: "NG01:", with: "\"NG 01\":"))
    }
    #expect(throws: InputError.self) {
      try Fixtures.parse(Self.yaml.replacingOccurrences(of: "reps: 12", with: "reps: -1"))
    }
    #expect(throws: InputError.self) {
      try Fixtures.parse(Self.yaml.replacingOccurrences(of: "{order: 1}", with: "{order: 0}"))
    }
  }

  @Test func theProfileDocumentWritesAdjustBack() throws {
    let profile = try Fixtures.parse(Self.yaml)
    let yaml = try ProfileDocument(profile).yamlString()
    #expect(yaml.contains("adjust:"))
    #expect(try Fixtures.parse(yaml) == profile)
    let json = try ProfileDocument(profile).jsonString()
    #expect(try Fixtures.parse(json, name: "p.json") == profile)
    let plain = try Fixtures.parse(Fixtures.validYAML)
    #expect(!(try ProfileDocument(plain).yamlString()).contains("adjust"))
  }
}

/// Every problem of a profile at once, in key order, for the web page; `read` still throws the
/// first.
struct ProfileEveryProblemTests {
  @Test func everyProblemIsReportedAtOnce() throws {
    let yaml = Fixtures.validYAML
      .replacingOccurrences(of: "pain_now: 4", with: "pain_now: 11")
      .replacingOccurrences(of: "side: left", with: "side: lfet")
      .replacingOccurrences(of: "night_pain: wakes_resettles", with: "night_pain: sometimes")
    let node = try InputSource(name: "p.yaml", text: yaml).parse()
    guard case .failure(let problems) = ProfileReader.readReportingAll(node: node, file: "p.yaml") else {
      Issue.record("a profile with three problems was accepted")
      return
    }
    let keys = ["symptoms.pain_now", "symptoms.night_pain", "side"]
    #expect(problems.errors.count == 3)
    for (error, key) in zip(problems.errors, keys) { #expect(error.description.contains(key), "\(error)") }
    #expect(throws: problems.errors[0]) { try Fixtures.parse(yaml, name: "p.yaml") }
  }

  @Test func aValidProfileReadsTheSameEitherWay() throws {
    let node = try InputSource(name: "p.yaml", text: Fixtures.validYAML).parse()
    #expect(
      try ProfileReader.readReportingAll(node: node, file: "p.yaml").get()
        == Fixtures.parse(Fixtures.validYAML, name: "p.yaml"))
  }
}
