import Foundation
import Testing

@testable import HomeProgramModel

/// The one clock read honours SOURCE_DATE_EPOCH, so `make demo`'s undated batch row does not change
/// the committed samples with the day it runs; without it, today is the local date.
struct TodayTests {
  @Test func sourceDateEpochPinsToday() {
    let later = Date(timeIntervalSince1970: 1_900_000_000)
    #expect(Today.isoDate(later, environment: ["SOURCE_DATE_EPOCH": "1795608000"]) == "2026-11-25")
  }

  @Test(arguments: ["", "soon", "-5", "1.5"])
  func anUnusableEpochIsIgnored(value: String) {
    let now = Date(timeIntervalSince1970: 1_795_608_000)
    #expect(
      Today.isoDate(now, environment: ["SOURCE_DATE_EPOCH": value]) == Today.isoDate(now, environment: [:]))
  }
}
