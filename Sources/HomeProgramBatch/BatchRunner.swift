import Dispatch
import Foundation
import HomeProgramModel

/// Runs a batch: reads rows on the calling thread, renders them on `jobs` worker threads, writes
/// each PDF as soon as it is done on `jobs` writer threads (so a renderer never waits for the
/// disk), and writes the report strictly in input order through a small reorder buffer. At most `rowsInFlight` rows are read but not yet reported, so memory does not
/// grow with the input. The output bytes do not depend on `jobs`.
package struct BatchRunner {
  /// How a run ended.
  package struct Outcome: Sendable {
    package var summary: BatchSummary
    /// The input could not be read on (the rows before it were done and reported).
    package var inputError: InputError?
  }

  let settings: BatchSettings
  let renderer: any HandoutRendering
  let cancellation: CancellationFlag
  /// Receives progress and error lines (standard error in the command).
  let progress: BatchProgress?
  let errorLine: @Sendable (String) -> Void

  package init(
    settings: BatchSettings, renderer: any HandoutRendering,
    cancellation: CancellationFlag = CancellationFlag(),
    progress: BatchProgress? = nil, errorLine: @escaping @Sendable (String) -> Void = { _ in }
  ) {
    self.settings = settings
    self.renderer = renderer
    self.cancellation = cancellation
    self.progress = progress
    self.errorLine = errorLine
  }

  /// Runs every row of `reader` and writes `report.json` in the output folder.
  package func run(_ reader: inout any BatchRowReader) throws(OutputError) -> Outcome {
    let reportPath = URL(fileURLWithPath: settings.outputFolder).appendingPathComponent("report.json").path
    let previous = settings.onlyChanged ? BatchReportFormat.previousRows(at: reportPath) ?? [:] : [:]
    let report = try AtomicStreamWriter(path: reportPath)
    report.write(BatchReportFormat.opening(settings.header))

    let state = ReportState()
    let slots = DispatchSemaphore(value: settings.rowsInFlight)
    let progress = self.progress
    let errorLine = self.errorLine
    let buffer = ReorderBuffer<BatchRowWorker.Result> { result in
      defer { slots.signal() }
      guard case .done(let entry, let line) = result else { return }
      report.write(BatchReportFormat.row(entry, first: state.summary.rows == 0))
      state.summary.count(entry.status)
      if let line {
        progress?.clear()
        errorLine(line)
      }
      progress?.update(done: state.summary.rows)
    }
    let worker = BatchRowWorker(
      settings: settings, renderer: renderer, cancellation: cancellation, previous: previous)
    let queue = WorkQueue<BatchRowWorker.Work>()
    let writes = WorkQueue<BatchRowWorker.PendingFile>()
    let renderers = DispatchGroup()
    let writers = DispatchGroup()
    // Plain threads, not GCD: busy GCD workers can starve the queue that delivers the signal
    // handler, and a Ctrl-C would then only be seen at the end.
    func start(_ name: String, in group: DispatchGroup, _ body: @escaping @Sendable () -> Void) {
      group.enter()
      let thread = Thread {
        defer { group.leave() }
        body()
      }
      thread.name = name
      thread.start()
    }
    for number in 0..<max(1, settings.jobs) {
      start("batch-\(number)", in: renderers) {
        while let work = queue.take() {
          switch worker.render(work) {
          case .finished(let result): buffer.complete(work.row.index, result)
          case .write(let pending): writes.put(pending)
          }
        }
      }
      start("batch-write-\(number)", in: writers) {
        while let pending = writes.take() {
          buffer.complete(pending.row.index, worker.commit(pending))
        }
      }
    }

    var names = OutputNameAllocator()
    var inputError: InputError?
    var index = 0
    while true {
      slots.wait()
      if cancellation.isCancelled {
        slots.signal()
        break
      }
      let next: BatchRow?
      do {
        next = try reader.next()
      } catch {
        inputError = error
        slots.signal()
        break
      }
      guard var row = next else {
        slots.signal()
        break
      }
      row.index = index
      index += 1
      var file: String?
      if case .success(let profile) = row.profile {
        file = names.allocate(
          stem: SafeFileName.stem(reference: profile.patient.reference, name: profile.patient.name))
      }
      queue.put(BatchRowWorker.Work(row: row, file: file))
    }
    queue.close()
    renderers.wait()
    writes.close()
    writers.wait()
    progress?.clear()

    var summary = state.summary
    summary.interrupted = cancellation.isCancelled
    report.write(BatchReportFormat.closing(summary, hadRows: summary.rows > 0))
    try report.commit()
    return Outcome(summary: summary, inputError: inputError)
  }
}

/// The counts so far, updated only inside the reorder buffer's lock.
private final class ReportState: @unchecked Sendable {
  package var summary = BatchSummary()
}
