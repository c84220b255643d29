import Foundation

/// Opens a batch input of any kind.
public enum BatchInput {
  /// A reader for the input at `path` (a folder, `.csv`, `.jsonl` or `.ndjson`), and the number of
  /// rows it is expected to hold (exact for folders and JSON Lines; for CSV the count of non-blank
  /// lines after the header, which is more than the rows only when cells span lines).
  public static func open(path: String) throws(InputError) -> (
    kind: BatchInputKind, reader: any BatchRowReader, expectedRows: Int
  ) {
    let kind = try BatchInputKind.detect(path: path)
    switch kind {
    case .folder:
      let reader = try FolderRowReader(folder: path)
      return (kind, reader, reader.count)
    case .csv:
      let reader = try CSVRowReader(path: path)
      return (kind, reader, max(0, try LineReader.countNonBlankLines(path: path) - 1))
    case .jsonLines:
      let reader = try JSONLinesRowReader(path: path)
      return (kind, reader, try LineReader.countNonBlankLines(path: path))
    }
  }
}
