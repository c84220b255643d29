import Foundation
import HomeProgramEngine
import HomeProgramKit

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

  let settings: BatchSettings
  let renderer: any HandoutRendering
  let cancellation: CancellationFlag
  /// Rows of the previous report by file name (`--only-changed`).
  let previous: [String: BatchReportEntry]

  func process(_ work: Work) -> Result {
    if cancellation.isCancelled { return .discarded }
    let row = work.row
    var entry = BatchReportEntry(row: row.label, line: row.line, status: .failed)
    let profile: PatientProfile
    switch row.profile {
    case .failure(let error):
      return failed(entry, row: row, message: error.description)
    case .success(let valid):
      profile = valid
    }
    if settings.reportNames {
      entry.name = profile.patient.name
      entry.reference = profile.patient.reference
    }
    let date = profile.date ?? settings.today
    let hash = ContentHash(
      profile: profile, clinic: settings.clinicHashPart, catalogueVersion: settings.catalogueVersion,
      paper: settings.paper, largePrint: settings.largePrint, date: date)
    entry.contentHash = hash.hex
    entry.date = date
    guard let file = work.file else {
      return failed(entry, row: row, message: "\(row.label): no output file name")
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
      return .done(entry, errorLine: nil)
    }
    do {
      let rendered = try renderer.render(
        profile, source: row.label, clinic: settings.clinic,
        options: RenderOptions(
          paper: settings.paper, largePrint: settings.largePrint, date: date, contentHash: hash.short))
      try AtomicFileWriter.write(rendered.bytes, to: path)
      entry.status = .written
      entry.file = file
      entry.pages = rendered.pageCount
      entry.bytes = rendered.bytes.count
      entry.outcome = rendered.outcome?.rawValue
      entry.warnings = rendered.warnings.map { redacted($0, row: row) }
      return .done(entry, errorLine: nil)
    } catch let error as CustomStringConvertible {
      return failed(entry, row: row, message: error.description)
    } catch {
      return failed(entry, row: row, message: "\(error)")
    }
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
