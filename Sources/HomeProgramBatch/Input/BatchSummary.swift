/// The counts at the end of a batch.

public struct BatchSummary: Sendable, Equatable, Codable {
  public var rows = 0
  public var written = 0
  public var failed = 0
  public var unchanged = 0
  /// A signal stopped the batch before every row was done.
  public var interrupted = false

  /// Empty counts.
  public init() {}

  /// Counts one finished row.
  public mutating func count(_ status: BatchRowStatus) {
    rows += 1
    switch status {
    case .written: written += 1
    case .failed: failed += 1
    case .unchanged: unchanged += 1
    }
  }

  /// `12 rows: 11 written, 1 failed, 0 unchanged in 0.8 s`.
  public func line(seconds: Double) -> String {
    let time = seconds < 10 ? String(Double(Int(seconds * 10)) / 10) : String(Int(seconds.rounded()))
    let noun = rows == 1 ? "row" : "rows"
    let stopped = interrupted ? " (interrupted)" : ""
    return
      "\(rows) \(noun): \(written) written, \(failed) failed, \(unchanged) unchanged in \(time) s\(stopped)"
  }
}
