import Foundation
import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramModel
@testable import HomeProgramPlanner

/// `RuleID`: every named rule is unique and well formed, `RuleID.all` lists every constant, the
/// tables of conditions and flags agree with the id families, and the plan prints ids as before.
struct RuleIDTests {
  /// Upper-case parts of letters then digits, joined by single hyphens: "R-STEN-3", "MG-CI-10",
  /// "R-IRR-MOD1", "DP08", "E13".
  static func isWellFormed(_ id: String) -> Bool {
    let parts = id.split(separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first?.first, first.isASCII, first.isUppercase else { return false }
    return parts.allSatisfy { part in
      let letters = part.prefix { $0.isASCII && $0.isUppercase }
      let digits = part.dropFirst(letters.count)
      return !part.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }
  }

  @Test func everyConstantIsUniqueAndWellFormed() {
    let raw = RuleID.all.map(\.rawValue)
    #expect(
      Set(raw).count == raw.count,
      "duplicates: \(Dictionary(grouping: raw) { $0 }.filter { $1.count > 1 }.keys)")
    for id in raw { #expect(Self.isWellFormed(id), "\(id) is not well formed") }
    #expect(!Self.isWellFormed("r-sten-3") && !Self.isWellFormed("R--3") && !Self.isWellFormed("R-STEN-"))
  }

  /// `RuleID.all` is written by hand: it must list every `static let … = RuleID(rawValue: "…")`
  /// declared in RuleID.swift, so a new rule cannot be left out of the uniqueness check.
  @Test func allListsEveryDeclaredConstant() throws {
    let file = Fixtures.root.appendingPathComponent("Sources/HomeProgramModel/Support/RuleID.swift")
    let source = try String(contentsOf: file, encoding: .utf8)
    let pattern = #/public static let (\w+) = RuleID\(rawValue: "([^"]+)"\)/#
    let declared = source.matches(of: pattern).map { (name: String($0.1), id: String($0.2)) }
    #expect(declared.count > 90)
    #expect(declared.count == RuleID.all.count, "RuleID.all has \(RuleID.all.count) of \(declared.count)")
    let listed = Set(RuleID.all.map(\.rawValue))
    for constant in declared {
      #expect(listed.contains(constant.id), "RuleID.\(constant.name) (\(constant.id)) is not in RuleID.all")
    }
  }

  @Test func namedConstantsSpellTheReferenceIDs() {
    #expect(RuleID.stenosisPositions.rawValue == "R-STEN-3")
    #expect(RuleID.gunCancerInArea.rawValue == "MG-CI-4")
    #expect(RuleID.pregnancyNoProne.rawValue == "DP-PR-1")
    #expect(RuleID.noTensionersAtHighIrritability.rawValue == "NG-CI-2")
    #expect("\(RuleID.stenosisPositions): positions" == "R-STEN-3: positions")
    #expect(RuleID.dose(for: .moderate) == .doseModerate)
  }

  /// The plan contract prints a decision's rule as the plain id, as it always has.
  @Test func decisionsEncodeTheirRuleAsThePlainID() throws {
    let decision = Decision(rule: .stenosisPositions, text: "stenosis: positions of comfort")
    #expect(decision.rule == "R-STEN-3")
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = String(decoding: try encoder.encode(decision), as: UTF8.self)
    #expect(json == #"{"rule":"R-STEN-3","text":"stenosis: positions of comfort"}"#)
    #expect(try JSONDecoder().decode(Decision.self, from: Data(json.utf8)) == decision)
  }

  /// Every decision of every generated plan names a rule of `RuleID.all`.
  @Test func everyDecisionNamesAKnownRule() {
    var generator = SplitMix64(state: 20_261_126)
    let known = Set(RuleID.all)
    for _ in 0..<500 {
      let plan = Fixtures.planner.plan(Fixtures.randomProfile(&generator))
      for decision in plan.decisions {
        #expect(known.contains(decision.ruleID), "unknown rule \(decision.rule): \(decision.text)")
      }
    }
  }

  /// The massage-gun table: a condition that limits the gun has an MG-CI or MG-PR id, one that
  /// does not has none.
  @Test(arguments: Condition.allCases)
  func everyConditionHasItsGunRule(condition: Condition) {
    switch condition.gunEffect {
    case .never:
      #expect(condition.gunReferenceID?.rawValue.hasPrefix("MG-CI-") == true)
    case .onlyIfCleared:
      let id = condition.gunReferenceID?.rawValue ?? ""
      #expect(id.hasPrefix("MG-CI-") || id.hasPrefix("MG-PR-"), "\(condition): \(id)")
    case .none:
      #expect(condition.gunReferenceID == nil)
    }
    if let id = condition.gunReferenceID { #expect(RuleID.all.contains(id)) }
  }

  /// The flags table: RF-E ids are emergencies, RF-U urgent, RF-S review; no two flags share one.
  @Test func everyRedFlagsIDMatchesItsLevel() {
    for flag in RedFlag.allCases {
      let prefix =
        switch flag.level {
        case .emergency: "RF-E"
        case .urgent: "RF-U"
        case .review: "RF-S"
        }
      #expect(flag.referenceID.rawValue.hasPrefix(prefix), "\(flag) is \(flag.referenceID)")
      #expect(RuleID.all.contains(flag.referenceID))
    }
    #expect(Set(RedFlag.allCases.map(\.referenceID)).count == RedFlag.allCases.count)
  }
}
