import Foundation
import HomeProgramModel

/// Opens a batch input of any kind.
public enum BatchInput {
  /// A reader for the input at `path` (a folder, `.csv`, `.jsonl` or `.ndjson`), and the number of
  /// rows it is expected to hold (exact for folders and JSON Lines; for CSV the non-blank rows
  /// after the header). A CSV file with an unclosed quote or a row over 1 MiB is refused here,
  /// before any row is read (`CSVShape`).
  public static func open(path: String) throws(InputError) -> (
    kind: BatchInputKind, reader: any BatchRowReader, expectedRows: Int
  ) {
    let kind = try BatchInputKind.detect(path: path)
    switch kind {
    case .folder:
      let reader = try FolderRowReader(folder: path)
      return (kind, reader, reader.count)
    case .csv:
      let rows = try CSVShape.rowCount(path: path)
      let reader = try CSVRowReader(path: path)
      return (kind, reader, rows)
    case .jsonLines:
      let reader = try JSONLinesRowReader(path: path)
      return (kind, reader, try LineReader.countNonBlankLines(path: path))
    }
  }
}
