import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Progress on standard error. On a terminal: one line rewritten in place with done/total, rate
/// and time left. Otherwise (a pipe, a log, or `CI` set): a plain line every `step` rows.
package final class BatchProgress: @unchecked Sendable {
  private let total: Int
  private let interactive: Bool
  private let write: @Sendable (String) -> Void
  private let start = DispatchTime.now().uptimeNanoseconds
  private var lastDraw: UInt64 = 0
  private let step: Int
  private var drewLine = false

  /// `total` is the expected number of rows (shown as at least the rows done so far).
  package init(total: Int, interactive: Bool, write: @escaping @Sendable (String) -> Void) {
    self.total = total
    self.interactive = interactive
    self.write = write
    self.step = max(1, total / 10)
  }

  /// Whether standard error is a terminal and `CI` is not set.
  package static var standardErrorIsInteractive: Bool {
    isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["CI"] == nil
  }

  /// `done` rows are finished. Called in input order from one thread at a time.
  func update(done: Int) {
    let shownTotal = max(total, done)
    if interactive {
      let now = DispatchTime.now().uptimeNanoseconds
      guard done == shownTotal || now - lastDraw > 100_000_000 else { return }
      lastDraw = now
      let seconds = Double(now - start) / 1e9
      let rate = seconds > 0 ? Double(done) / seconds : 0
      let left = rate > 0 ? Double(shownTotal - done) / rate : 0
      let rateText = String(Int(rate * 10) / 10) + "." + String(Int(rate * 10) % 10)
      write("\r\u{1B}[Kbatch: \(done)/\(shownTotal) rows, \(rateText) rows/s, \(Self.duration(left)) left")
      drewLine = true
    } else if done % step == 0 || done == total {
      write("batch: \(done)/\(shownTotal) rows\n")
    }
  }

  /// Ends the progress line so the next message starts on a fresh line.
  func clear() {
    if interactive, drewLine { write("\r\u{1B}[K") }
    drewLine = false
  }

  /// Writes a message line, keeping the progress line below it on a terminal.
  func message(_ line: String) {
    clear()
    write(line + "\n")
  }

  static func duration(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded())
    return whole < 60 ? "\(whole) s" : "\(whole / 60) min \(whole % 60) s"
  }
}
