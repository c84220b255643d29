import Foundation
import HomeProgramBundle
import Hummingbird
import Testing

@testable import HomeProgramBatch
@testable import HomeProgramDocument
@testable import HomeProgramEngine
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPlanner
@testable import HomeProgramServer

@Suite struct SupportTests {
  /// Downloads are named as the batch names its files (`SafeFileName`): the reference with its
  /// case kept, else a lower-case slug of the name, else `patient`.
  @Test(
    arguments: [
      ("P-0042", "x", "P-0042"), (nil, "José Ñúñez", "jose-nunez"), ("../../etc/passwd", "x", "etc-passwd"),
      ("a\"b;c\r\nd", "x", "a-b-c-d"), ("   ", "   ", "patient"), ("", "Sam Lee", "sam-lee"),
    ] as [(String?, String, String)])
  func downloadNamesFollowTheBatchRules(reference: String?, name: String, expected: String) throws {
    #expect(try WebService.baseName(Self.profile(reference: reference, name: name)) == expected)
  }

  /// Many warnings (a note in a script no installed font has: one per character) send the first
  /// few and a count, not a header the size of the note.
  @Test func manyWarningsAreCountedNotAllSent() throws {
    let warnings = (1...40).map { "warning \($0): \"\u{4E00}\" is not in any installed font" }
    let header = try #require(WebResponses.warningsHeader(warnings))
    #expect(header.allSatisfy { $0.isASCII })
    let lines = try #require(header.removingPercentEncoding).components(separatedBy: "\n")
    #expect(lines == Array(warnings.prefix(5)) + ["35 more warnings: homeprogram generate prints them all"])
    #expect(WebResponses.warningsHeader([]) == nil)
  }

  @Test func downloadNamesOfLettersWithoutAnASCIIFormGetAHash() throws {
    let first = try WebService.baseName(Self.profile(reference: nil, name: "日本"))
    let second = try WebService.baseName(Self.profile(reference: nil, name: "中国"))
    #expect(first.hasPrefix("patient-") && second.hasPrefix("patient-"))
    #expect(first != second)
    #expect(first == SafeFileName.stem(reference: nil, name: "日本"))
  }

  /// The disc sample under another reference and name.
  static func profile(reference: String?, name: String) throws -> PatientProfile {
    var profile = try Fixtures.joseProfile()
    profile.patient = PatientProfile.Patient(name: name, reference: reference)
    return profile
  }

  @Test func conditionGroupsFollowTheContract() throws {
    let engine = try Fixtures.engine()
    let choices = FormChoices(catalogue: engine.catalogue, text: engine.text)
    let groups = Dictionary(
      uniqueKeysWithValues: choices.conditionGroups.map { ($0.key, $0.choices.map(\.id)) })
    #expect(groups["gun_never"]?.contains("dvt_or_clot_history") == true)
    #expect(groups["gun_if_cleared"]?.contains("pregnancy") == true)
    #expect(groups["program"] == ["recent_spinal_surgery"])
    #expect(groups["exercise"] == ["hip_replacement", "shoulder_problem"])
    let all = choices.conditionGroups.flatMap { $0.choices.map(\.id) }
    #expect(all.sorted() == Condition.allCases.map(\.rawValue).sorted())
    let flags = choices.redFlagGroups.flatMap { $0.choices.compactMap(\.hint) }
    #expect(flags.count == RedFlag.allCases.count, "every red flag has plain wording")
  }

  @Test func humanizedLabels() {
    #expect(FormChoices.humanize("dvt_or_clot_history") == "DVT or clot history")
    #expect(FormChoices.humanize("bladder_change") == "Bladder change")
  }

  @Test func hostNames() {
    #expect(HostGuardMiddleware<BasicRequestContext>.hostName("LocalHost:8080") == "localhost")
    #expect(HostGuardMiddleware<BasicRequestContext>.hostName("[::1]:80") == "::1")
    #expect(WebServer.isLoopback("127.0.0.2"))
    #expect(!WebServer.isLoopback("0.0.0.0"))
  }

  @Test func accessLogLine() {
    #expect(
      AccessLogMiddleware<BasicRequestContext>.line(method: "GET", path: "/", status: 200, milliseconds: 1.24)
        == "GET / 200 1.2ms")
  }

  @Test func inputErrorPaths() {
    let location = SourceLocation(file: "profile", line: 1, column: 2)
    let error = InputError.outOfRange(location, keyPath: "symptoms.pain_now", value: "11", allowed: "0–10")
    #expect(error.keyPath == "symptoms.pain_now")
    #expect(error.messageWithoutLocation == "symptoms.pain_now: 11 is out of range; allowed 0–10.")
    #expect(APIError(.duplicateKey(location, keyPath: "symptoms", keys: ["neuro"])).path == "symptoms.neuro")
    #expect(APIError(.empty(path: "profile")).path == "")
  }
}
