import Foundation
import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramModel
@testable import HomeProgramPlanner

struct DoseFormatterCase: Sendable, CustomTestStringConvertible {
  var dose: Dose
  var side: Side
  var line: String
  var testDescription: String { line }
}

private let lineCases: [DoseFormatterCase] = [
  .init(
    dose: Dose(sets: 2, reps: 10, timesPerDay: 2, perSide: true), side: .left,
    line: "2 sets × 10 · 2 times a day · left leg"),
  .init(
    dose: Dose(sets: 3, reps: 12, timesPerDay: 1, perSide: true), side: .right,
    line: "3 sets × 12 · once a day · right leg"),
  .init(dose: Dose(sets: 1, reps: 8), side: .both, line: "1 set × 8 · once a day"),
  .init(dose: Dose(reps: 10, timesPerDay: 4), side: .both, line: "10 repetitions · 4 times a day"),
  .init(dose: Dose(reps: 5, holdSeconds: 10), side: .both, line: "5 × 10-second holds · once a day"),
  .init(dose: Dose(sets: 2, reps: 1, holdSeconds: 30), side: .both, line: "2 × 30-second holds · once a day"),
  .init(dose: Dose(holdSeconds: 30), side: .both, line: "1 × 30-second hold · once a day"),
  .init(
    dose: Dose(sets: 2, reps: 5, holdSeconds: 10, daysPerWeek: 3), side: .both,
    line: "2 sets of 5 × 10-second holds · 3 days a week"),
  .init(dose: Dose(minutes: 3, timesPerDay: 5), side: .both, line: "3 minutes · 5 times a day"),
  .init(dose: Dose(minutes: 15), side: .both, line: "15 minutes · once a day"),
  .init(dose: Dose(minutes: 1), side: .both, line: "1 minute · once a day"),
  .init(dose: Dose(sets: 2, reps: 10, daysPerWeek: 3), side: .both, line: "2 sets × 10 · 3 days a week"),
  .init(
    dose: Dose(sets: 2, reps: 10, timesPerDay: 2, daysPerWeek: 3), side: .both,
    line: "2 sets × 10 · 2 times a day · 3 days a week"),
  .init(dose: Dose(reps: 10, daysPerWeek: 1), side: .both, line: "10 repetitions · 1 day a week"),
  .init(dose: Dose(seconds: 45, perSide: true), side: .both, line: "45 seconds each side · once a day"),
  .init(dose: Dose(seconds: 60, perSide: true), side: .left, line: "60 seconds · once a day · left leg"),
  .init(
    dose: Dose(sets: 2, reps: 10, timesPerDay: 2, perSide: true), side: .both,
    line: "2 sets × 10 · 2 times a day · each side"),
  // Zero parts are never printed.
  .init(dose: Dose(sets: 0, reps: 0, minutes: 10, timesPerDay: 0), side: .both, line: "10 minutes"),
  .init(dose: Dose(sets: 3, minutes: 5), side: .both, line: "5 minutes · once a day"),
  .init(dose: Dose(sets: -1, reps: 6), side: .both, line: "6 repetitions · once a day"),
]

@Test(arguments: lineCases)
func doseLine(_ testCase: DoseFormatterCase) throws {
  let formatter = DoseFormatter(text: try HandoutFixture.text().general.dose)
  #expect(formatter.line(testCase.dose, side: testCase.side) == testCase.line)
  #expect(!formatter.line(testCase.dose, side: testCase.side).hasPrefix("0 "))
}

@Test func tableDoseLeavesOutTheFrequency() throws {
  let formatter = DoseFormatter(text: try HandoutFixture.text().general.dose)
  #expect(
    formatter.tableDose(Dose(sets: 2, reps: 10, timesPerDay: 2, perSide: true), side: .left)
      == "2 sets × 10 · left leg")
  #expect(formatter.tableDose(Dose(seconds: 45, perSide: true), side: .both) == "45 seconds each side")
  #expect(formatter.frequency(Dose(sets: 2, reps: 10, timesPerDay: 3)) == "3 times a day")
}

@Test(
  arguments: [(0, nil), (-2, nil), (1, "once a day"), (2, "2 times a day"), (8, "8 times a day")]
    as [(Int, String?)])
func timesPerDay(count: Int, expected: String?) throws {
  let formatter = DoseFormatter(text: try HandoutFixture.text().general.dose)
  #expect(formatter.timesPerDay(count) == expected)
}

@Test func everySetCountIsPrintedAsDigits() throws {
  let formatter = DoseFormatter(text: try HandoutFixture.text().general.dose)
  for sets in 0...5 {
    for reps in 0...12 {
      let line = formatter.line(Dose(sets: sets, reps: reps, timesPerDay: 2), side: .both)
      // No part starts with a zero count ("0 sets", "0 repetitions").
      #expect(
        !line.split(separator: "·").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("0 ") })
      if reps > 0 { #expect(line.contains("\(reps)")) }
    }
  }
}
