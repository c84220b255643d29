import Foundation

/// Set once (by SIGINT/SIGTERM) and read by every batch thread.
package final class CancellationFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var cancelled = false

  /// A flag not yet set.
  package init() {}

  /// Whether a stop was asked for.
  var isCancelled: Bool {
    lock.lock()
    defer { lock.unlock() }
    return cancelled
  }

  /// Asks every thread to stop taking new rows.
  func cancel() {
    lock.lock()
    cancelled = true
    lock.unlock()
  }
}
