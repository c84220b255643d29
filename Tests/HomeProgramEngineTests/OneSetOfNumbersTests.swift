// One set of numbers: the short handout's cover ("Your day") must give every exercise the very
// dose and frequency its card prints, and put it in the part of the day that frequency says.
// Checked on the text preview (what `homeprogram preview` prints), for every sample and for a
// grid of generated profiles.
import Foundation
import HomeProgramTestSupport
import Testing

@testable import HomeProgramEngine
@testable import HomeProgramModel
@testable import HomeProgramPlanner

/// The preview's "Your day" table and cards, parsed.
struct PreviewNumbers {
  /// One row of "Your day": the part of the day (the last non-empty "When" cell), the exercise
  /// and its dose ("The same dose again" for exercises named again later in the day).
  struct Row: Equatable {
    var when: String
    var exercise: String
    var dose: String

    /// True for a row naming exercises again later in the day, whose doses an earlier row gives.
    var isRepeat: Bool { ["The same dose again", "The same doses again"].contains(dose) }
  }

  var rows: [Row] = []
  /// Each card's name and its dose line.
  var cards: [String: String] = [:]

  /// Parses a preview printed wide enough that no cell wraps.
  init(_ preview: String) throws {
    let lines = preview.components(separatedBy: "\n")
    let header = try #require(lines.firstIndex { $0.hasPrefix("When ") && $0.contains("Exercise") })
    // The dashes under the header give each column's start.
    let rule = Array(lines[header + 1])
    var starts: [Int] = []
    for index in rule.indices where rule[index] == "-" && (index == 0 || rule[index - 1] == " ") {
      starts.append(index)
    }
    try #require(starts.count == 3)
    var when = ""
    for line in lines[(header + 2)...] {
      if line.trimmingCharacters(in: .whitespaces).isEmpty { break }
      let characters = Array(line)
      func cell(_ column: Int) -> String {
        let start = starts[column]
        let end = column + 1 < starts.count ? starts[column + 1] : characters.count
        guard start < characters.count else { return "" }
        return String(characters[start..<min(end, characters.count)]).trimmingCharacters(in: .whitespaces)
      }
      if !cell(0).isEmpty { when = cell(0) }
      rows.append(Row(when: when, exercise: cell(1), dose: cell(2)))
    }
    // A card: "Name (Category)", a line of dashes, then "Dose: …".
    for index in lines.indices.dropFirst().dropLast() where lines[index + 1].hasPrefix("Dose: ") {
      guard lines[index].allSatisfy({ $0 == "-" }), !lines[index].isEmpty else { continue }
      let title = lines[index - 1]
      guard let open = title.range(of: " (", options: .backwards) else { continue }
      cards[String(title[..<open.lowerBound])] = String(lines[index + 1].dropFirst("Dose: ".count))
    }
  }

  /// "4 times a day" → 4, "once a day" → 1.
  static func timesPerDay(_ dose: String) -> Int {
    if dose.contains("once a day") { return 1 }
    guard let match = dose.firstMatch(of: /(\d+) times a day/) else { return 1 }
    return Int(match.1) ?? 1
  }

  /// "3 days a week" → 3; nil when every day.
  static func daysPerWeek(_ dose: String) -> Int? {
    if dose.contains("1 day a week") { return 1 }
    guard let match = dose.firstMatch(of: /(\d+) days a week/) else { return nil }
    return Int(match.1)
  }

  /// Every disagreement between the cover and the cards, in words (empty when they agree).
  func disagreements() -> [String] {
    var problems: [String] = []
    let dosed = rows.filter { !$0.isRepeat && $0.exercise != "Massage gun" }
    for row in dosed {
      guard let card = cards[row.exercise] else {
        problems.append("cover names \(row.exercise) but no card has that name")
        continue
      }
      if card != row.dose { problems.append("\(row.exercise): cover '\(row.dose)' but card '\(card)'") }
    }
    for name in cards.keys where !dosed.contains(where: { $0.exercise == name }) {
      problems.append("\(name) has a card but no dose on the cover")
    }
    for row in rows where row.exercise != "Massage gun" {
      if row.dose.isEmpty { problems.append("\(row.exercise) has no dose on the cover") }
      if row.isRepeat {
        let names = row.exercise.components(separatedBy: "; ")
        let again = names.count == 1 ? "The same dose again" : "The same doses again"
        if row.dose != again { problems.append("'\(row.exercise)' is '\(row.dose)'") }
        for name in names where !dosed.contains(where: { $0.exercise == name }) {
          problems.append("\(name) is done again but its dose is not on the cover")
        }
      }
      let names = row.isRepeat ? row.exercise.components(separatedBy: "; ") : [row.exercise]
      for name in names {
        guard let card = cards[name] else {
          problems.append("cover names \(name) but no card has that name")
          continue
        }
        let times = Self.timesPerDay(card)
        let days = Self.daysPerWeek(card)
        let when = row.when
        let fits: Bool
        if when.hasPrefix("Every day, once") {
          fits = days == nil && times <= 3
        } else if let match = when.firstMatch(of: /Add on (\d+) days? a week/) {
          fits = days == Int(match.1) && times <= 3
        } else if when.hasPrefix("A second time") {
          fits = times >= 2 && times <= 3
        } else if when.hasPrefix("A third time") {
          fits = times == 3
        } else if when.hasPrefix("Short extras") {
          fits = times > 3
        } else {
          fits = ["Walking", "Cycling", "Walking and cycling", "Resting positions"].contains(when)
        }
        if !fits { problems.append("\(name) (\(card)) is under '\(when)'") }
      }
    }
    return problems
  }
}

@Suite struct OneSetOfNumbersTests {
  static func preview(_ profile: PatientProfile) throws -> String {
    try EngineFixtures.engine.preview(
      profile, clinic: EngineFixtures.clinic, options: EngineFixtures.options(for: profile), width: 400)
  }

  @Test(arguments: EngineFixtures.samples)
  func everySampleCoverGivesEachExerciseItsCardDose(sample: String) throws {
    let profile = try EngineFixtures.profile(sample)
    let plan = try EngineFixtures.engine.plan(profile, source: sample)
    // The parser reads the English tables. A Spanish handout prints its English twin's numbers:
    // `SpanishHandoutTests` checks every card's and cover row's digits against the English ones.
    guard plan.outcome == .program, profile.language == .en else { return }
    let numbers = try PreviewNumbers(try Self.preview(profile))
    #expect(!numbers.cards.isEmpty)
    #expect(numbers.disagreements() == [], "\(sample)")
  }

  /// Every cause × irritability × side × equipment (with and without the gun and the bike) ×
  /// an exercise-limiting condition.
  @Test func aGridOfProfilesAgreesToo() throws {
    let base = try EngineFixtures.profile("jose-disc.yaml")
    let equipment: [[Equipment]] = [[], [.massageGun, .chair, .pillow], [.stationaryBike, .step, .chair]]
    let conditions: [[Condition]] = [
      [], [.pregnancy], [.osteoporosis], [.hipReplacement], [.shoulderProblem],
    ]
    var checked = 0
    for cause in Cause.allCases {
      for level in Irritability.allCases {
        for side in Side.allCases {
          for kit in equipment {
            for limits in conditions {
              var profile = base
              profile.cause = cause
              profile.side = side
              profile.equipment = kit
              profile.conditions = limits
              profile.redFlags = []
              profile.irritabilityOverride = .init(level: level, reason: "grid")
              let plan = try EngineFixtures.engine.plan(profile, source: "grid")
              guard plan.outcome == .program else { continue }
              let numbers = try PreviewNumbers(try Self.preview(profile))
              let problems = numbers.disagreements()
              #expect(problems == [], "\(cause) \(level) \(side) \(kit) \(limits)")
              checked += 1
            }
          }
        }
      }
    }
    #expect(checked > 100)
  }

  /// The check itself must catch a cover that disagrees with a card.
  @Test func theParserCatchesADisagreement() throws {
    let profile = try EngineFixtures.profile("jose-disc.yaml")
    let preview = try Self.preview(profile)
    let broken = preview.replacingOccurrences(
      of: "Face-down press-up  1 set × 10 · 4 times a day",
      with: "Face-down press-up  1 set × 10 · 2 times a day")
    #expect(broken != preview)
    #expect(!(try PreviewNumbers(broken)).disagreements().isEmpty)
  }
}

/// Each timing a handout states has one source, `PlannerConfiguration`: every sitting break and
/// every "every N to M hours" in every sample's short handout, booklet and plan says the same.
@Suite struct OneSourceForTimingsTests {
  @Test(arguments: EngineFixtures.samples)
  func everyTimingInASampleComesFromTheConfiguration(sample: String) throws {
    let profile = try EngineFixtures.profile(sample)
    let configuration = PlannerConfiguration.standard
    let minutes = configuration.sittingBreakMinutes
    let hours = configuration.repeatEveryHours
    var texts: [String] = []
    for form in HandoutForm.allCases {
      var options = EngineFixtures.options(for: profile)
      options.form = form
      texts.append(
        try EngineFixtures.engine.preview(
          profile, clinic: EngineFixtures.clinic, options: options, width: 400))
    }
    let plan = try EngineFixtures.engine.plan(profile, source: sample)
    texts += plan.items.compactMap(\.doseNote)
    for text in texts {
      #expect(!text.contains("{sitting_break") && !text.contains("{every_hours"), "\(sample)")
      for match in text.matches(of: /every (\d+) to (\d+) minutes/) {
        #expect(Int(match.1) == minutes.lowerBound && Int(match.2) == minutes.upperBound, "\(sample)")
      }
      for match in text.matches(of: /[Ee]very (\d+) to (\d+) hours/) {
        #expect(Int(match.1) == hours.lowerBound && Int(match.2) == hours.upperBound, "\(sample)")
      }
      #expect(text.firstMatch(of: /every \d+ minutes/) == nil, "\(sample): a sitting break without its range")
    }
  }
}
