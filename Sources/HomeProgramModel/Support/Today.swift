import Foundation

/// Today's date as YYYY-MM-DD in the local time zone: the only clock read, used for a profile
/// without a `date`. The CLI and the web page share it, so they print the same day.
public enum Today {
  /// `now` as YYYY-MM-DD in the local time zone.
  public static func isoDate(_ now: Date = Date()) -> String {
    let components = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: now)
    let year = components.year ?? 1970
    let month = components.month ?? 1
    let day = components.day ?? 1
    func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(year)-\(pad(month))-\(pad(day))"
  }
}
