import Foundation

/// The text of `report.json`, produced piece by piece so a batch of any size is written without
/// holding its report in memory:
///
/// ```
/// {
///   "header": {…},
///   "rows": [
///     {…one row per line, in input order…}
///   ],
///   "summary": {…}
/// }
/// ```
public enum BatchReportFormat {
  /// Everything before the first row.
  public static func opening(_ header: BatchReportHeader) -> String {
    "{\n  \"header\": \(json(header)),\n  \"rows\": ["
  }

  /// One row, preceded by the separator it needs (`first` is true for the first row).
  public static func row(_ entry: BatchReportEntry, first: Bool) -> String {
    (first ? "\n    " : ",\n    ") + json(entry)
  }

  /// Everything after the last row.
  public static func closing(_ summary: BatchSummary, hadRows: Bool) -> String {
    (hadRows ? "\n  ]" : "]") + ",\n  \"summary\": \(json(summary))\n}\n"
  }

  /// Compact JSON with sorted keys.
  static func json(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "null" }
    return String(decoding: data, as: UTF8.self)
  }

  /// The rows of a previous report, by output file name, for `--only-changed`. Nil when the
  /// report is missing or unreadable (then every row is rendered).
  public static func previousRows(at path: String) -> [String: BatchReportEntry]? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    struct Report: Decodable {
      var rows: [BatchReportEntry]
    }
    guard let report = try? JSONDecoder().decode(Report.self, from: data) else { return nil }
    var byFile: [String: BatchReportEntry] = [:]
    for entry in report.rows where entry.status != .failed {
      if let file = entry.file { byFile[file] = entry }
    }
    return byFile
  }
}
