import Foundation

/// Today's date as YYYY-MM-DD in the local time zone: the only clock read, used for a profile
/// without a `date`. The CLI and the web page share it, so they print the same day.
///
/// A build that must not depend on the day it runs (`make demo`'s committed samples) sets
/// `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds convention): today is then
/// that moment's date in UTC.
public enum Today {
  /// Today, or `SOURCE_DATE_EPOCH`'s day when `environment` sets it to a whole number of seconds.
  public static func isoDate(
    _ now: Date = Date(), environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(Int.init), epoch >= 0 {
      return isoDate(Date(timeIntervalSince1970: Double(epoch)), in: TimeZone(identifier: "UTC") ?? .current)
    }
    return isoDate(now, in: .current)
  }

  /// `now` as YYYY-MM-DD in `zone`.
  static func isoDate(_ now: Date, in zone: TimeZone) -> String {
    let components = Calendar(identifier: .gregorian).dateComponents(in: zone, from: now)
    let year = components.year ?? 1970
    let month = components.month ?? 1
    let day = components.day ?? 1
    func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(year)-\(pad(month))-\(pad(day))"
  }
}
