#if canImport(Glibc)
  import Glibc
#endif

/// Fault injection for the atomic writers, used by tests: make one step of a write fail with a
/// chosen `errno` (a full disk at `write`, an I/O error at `sync`, …) and watch each step.
/// Production code always uses `.none`.
package struct AtomicWriteFaults: Sendable {
  /// The steps of an atomic write, in order.
  package enum Step: String, Sendable, CaseIterable {
    /// Creating the hidden temporary file beside the target.
    case create
    /// Writing the bytes to it.
    case write
    /// Setting its mode and flushing it to disk.
    case sync
    /// Closing it.
    case close
    /// Renaming it over the target.
    case rename
  }

  /// The step that fails, and the `errno` it fails with.
  var failing: (step: Step, errno: Int32)?
  /// Called before each step with the temporary file's path ("" before `create`).
  var willRun: (@Sendable (Step, String) -> Void)?

  /// No faults: the real system calls.
  package static let none = AtomicWriteFaults()

  /// Fails `step` with `errno`.
  package static func fail(_ step: Step, errno: Int32) -> AtomicWriteFaults {
    AtomicWriteFaults(failing: (step, errno))
  }

  /// True (with `errno` set) when `step` is the one made to fail; runs `willRun` first.
  func injects(_ step: Step, temporary: String) -> Bool {
    willRun?(step, temporary)
    guard let failing, failing.step == step else { return false }
    Glibc.errno = failing.errno
    return true
  }
}
