import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Turns SIGINT and SIGTERM into a cancellation request instead of an abrupt exit, so a batch can
/// finish its in-flight rows, remove nothing partial, and write its report.
package final class SignalWatcher {
  private var sources: [any DispatchSourceSignal] = []

  /// Starts watching; `flag` is cancelled on the first signal. `onSignal` runs once per signal.
  package init(flag: CancellationFlag, onSignal: @escaping @Sendable (Int32) -> Void = { _ in }) {
    for number in [SIGINT, SIGTERM] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler {
        flag.cancel()
        onSignal(number)
      }
      source.resume()
      sources.append(source)
    }
  }

  /// Stops watching and restores what was there before (see `TemporaryFiles`).
  package func stop() {
    for source in sources { source.cancel() }
    sources.removeAll()
    TemporaryFiles.restoreSignalHandling()
  }
}
