import Foundation

/// Temporary folders and sample rows for the batch tests.
enum BatchTestFiles {
  /// A fresh empty folder under the system temporary folder.
  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("homeprogram-batch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Writes `text` to `name` in `folder` and returns its path.
  @discardableResult
  static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  static let csvHeader =
    "patient.name,patient.reference,side,cause,symptoms.pain_now,symptoms.pain_worst_24h,"
    + "symptoms.settle_time,symptoms.night_pain,symptoms.duration_weeks,symptoms.below_knee,"
    + "symptoms.peripheralises,symptoms.neuro,equipment,conditions,date"

  /// A valid CSV row for `name` and `reference` with `painNow` (11 makes it invalid).
  static func csvRow(_ name: String, _ reference: String, painNow: Int = 4) -> String {
    "\(name),\(reference),left,disc,\(painNow),6,10to60min,none,4,true,none,none,chair; pillow,,2026-11-25"
  }

  /// A valid JSON Lines row.
  static func jsonRow(_ name: String, _ reference: String?, cause: String = "disc") -> String {
    let ref = reference.map { ", \"reference\": \"\($0)\"" } ?? ""
    return """
      {"patient": {"name": "\(name)"\(ref)}, "side": "right", "cause": "\(cause)", "date": "2026-11-25", \
      "symptoms": {"pain_now": 3, "pain_worst_24h": 5, "settle_time": "lt10min", "night_pain": "none", \
      "duration_weeks": 6, "below_knee": false, "peripheralises": "none", "neuro": "none"}}
      """
  }

  /// A valid YAML profile.
  static func yamlProfile(_ name: String, _ reference: String, cause: String = "disc") -> String {
    """
    patient:
      name: "\(name)"
      reference: "\(reference)"
    date: 2026-11-25
    side: both
    cause: \(cause)
    symptoms:
      pain_now: 2
      pain_worst_24h: 4
      settle_time: lt10min
      night_pain: none
      duration_weeks: 10
      below_knee: false
      peripheralises: none
      neuro: none

    """
  }
}
