import Foundation
import HomeProgramDocument
import HomeProgramEngine
import HomeProgramModel

#if canImport(Glibc)
  import Glibc
#endif

/// Turns one batch row into a PDF in the output folder and a report entry. Safe to run on
/// several threads at once: it holds only immutable values and a `Sendable` renderer.
struct BatchRowWorker: Sendable {
  /// A row with its output file name (nil when the row is not a valid profile).
  struct Work: Sendable {
    var row: BatchRow
    var file: String?
  }

  /// What a row gave.
  enum Result: Sendable {
    /// The report entry and the stderr line for a failure.
    case done(BatchReportEntry, errorLine: String?)
    /// Skipped because the batch was interrupted before the row started.
    case discarded
  }

  /// How far `render(_:)` took a row.
  enum Step: Sendable {
    /// Nothing left to do: the row's result.
    case finished(Result)
    /// Rendered; the PDF still has to be written (`commit(_:)`).
    case write(PendingFile)
  }

  /// A rendered PDF in its temporary file, waiting to be flushed to disk and renamed into place,
  /// with the report entry it will complete. `@unchecked Sendable`: the writer is handed from the
  /// rendering thread to one writing thread, never used by two at once.
  struct PendingFile: @unchecked Sendable {
    var writer: AtomicStreamWriter
    var file: String
    /// The entry so far; the rendering's details go in only once the file is in place.
    var entry: BatchReportEntry
    var row: BatchRow
    var pageCount: Int
    var byteCount: Int
    var outcome: String?
    var warnings: [String]
  }

  let settings: BatchSettings
  let renderer: any HandoutRendering
  let cancellation: CancellationFlag
  /// Rows of the previous report by file name (`--only-changed`).
  let previous: [String: BatchReportEntry]

  /// Renders one row, leaving its file to be written: the batch runner writes files on threads
  /// of their own, so waiting for the disk (each file is flushed before it is renamed into place)
  /// never keeps a processor from rendering the next row.
  func render(_ work: Work) -> Step {
    if cancellation.isCancelled { return .finished(.discarded) }
    let row = work.row
    var entry = BatchReportEntry(row: row.label, line: row.line, status: .failed)
    var profile: PatientProfile
    switch row.profile {
    case .failure(let error):
      return .finished(failed(entry, row: row, message: error.description))
    case .success(let valid):
      profile = valid
    }
    if let language = settings.language { profile.language = language }
    if settings.reportNames {
      entry.name = profile.patient.name
      entry.reference = profile.patient.reference
    }
    let date = profile.date ?? settings.today
    let hash = ContentHash(
      profile: profile, clinic: settings.clinicHashPart, catalogueVersion: settings.catalogueVersion,
      paper: settings.paper, largePrint: settings.largePrint, date: date, form: settings.form)
    entry.contentHash = hash.hex
    entry.date = date
    guard let file = work.file else {
      return .finished(failed(entry, row: row, message: "\(row.label): no output file name"))
    }
    let path = URL(fileURLWithPath: settings.outputFolder).appendingPathComponent(file).path
    if settings.onlyChanged, let before = previous[file], before.contentHash == hash.hex,
      let size = Self.regularFileSize(path), before.bytes == size
    {
      entry.status = .unchanged
      entry.file = file
      entry.pages = before.pages
      entry.bytes = before.bytes
      entry.outcome = before.outcome
      entry.warnings = before.warnings
      return .finished(.done(entry, errorLine: nil))
    }
    do {
      let rendered = try renderer.render(
        profile, source: row.label, clinic: settings.clinic,
        options: RenderOptions(
          paper: settings.paper, largePrint: settings.largePrint, date: date, contentHash: hash.short,
          form: settings.form))
      // The bytes go into the temporary file now (into the page cache: no waiting), so the
      // document's memory is freed on the thread that made it; only the flush waits for the disk.
      let writer = try AtomicStreamWriter(path: path)
      writer.write(rendered.bytes)
      return .write(
        PendingFile(
          writer: writer, file: file, entry: entry, row: row, pageCount: rendered.pageCount,
          byteCount: rendered.bytes.count, outcome: rendered.outcome?.rawValue,
          warnings: rendered.warnings.map { redacted($0, row: row) }))
    } catch {
      return .finished(failed(entry, row: row, message: "\(error)"))
    }
  }

  /// Flushes a rendered row's PDF to disk and renames it into place (all or nothing), and
  /// completes its report entry.
  func commit(_ pending: PendingFile) -> Result {
    var entry = pending.entry
    do {
      try pending.writer.commit()
    } catch {
      return failed(entry, row: pending.row, message: "\(error)")
    }
    entry.status = .written
    entry.file = pending.file
    entry.pages = pending.pageCount
    entry.bytes = pending.byteCount
    entry.outcome = pending.outcome
    entry.warnings = pending.warnings
    return .done(entry, errorLine: nil)
  }

  /// A failed row: the message, led by the row's label, goes to the report and to standard error
  /// with the patient's name and reference masked (unless `--report-names`): log lines are kept
  /// as private as the report.
  private func failed(_ entry: BatchReportEntry, row: BatchRow, message: String) -> Result {
    let body = message.hasPrefix(row.label) ? String(message.dropFirst(row.label.count)) : ": \(message)"
    let named = row.label + redacted(body, row: row)
    var entry = entry
    entry.status = .failed
    entry.file = nil
    entry.error = named
    return .done(entry, errorLine: named)
  }

  private func redacted(_ text: String, row: BatchRow) -> String {
    settings.reportNames ? text : BatchReportEntry.redact(text, identifiers: row.identifiers)
  }

  /// The size of the regular file at `path`; nil when it is missing or not a regular file
  /// (a symlink is never followed).
  static func regularFileSize(_ path: String) -> Int? {
    var info = stat()
    guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    return Int(info.st_size)
  }
}
