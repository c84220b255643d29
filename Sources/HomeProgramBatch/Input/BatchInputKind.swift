import Foundation
import HomeProgramModel

/// What `homeprogram batch` reads: a folder of profile files, a CSV file or a JSON Lines file.
public enum BatchInputKind: String, Sendable, Codable, CaseIterable {
  case folder
  case csv
  case jsonLines = "jsonl"

  /// The kind of the input at `path`: a folder, or a file named `.csv`, `.jsonl` or `.ndjson`.
  public static func detect(path: String) throws(InputError) -> BatchInputKind {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .fileNotFound(path: path)
    }
    if isDirectory.boolValue { return .folder }
    switch URL(fileURLWithPath: path).pathExtension.lowercased() {
    case "csv": return .csv
    case "jsonl", "ndjson": return .jsonLines
    default:
      throw .unreadable(
        path: path,
        reason: "batch input must be a folder of profiles, a .csv file or a .jsonl/.ndjson file")
    }
  }
}
