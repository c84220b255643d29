import Foundation
import HomeProgramModel

/// A first pass over a CSV file, before any row is parsed: counts the rows and refuses a file the
/// parser would otherwise swallow whole — a quote that is never closed (every later row would
/// silently become part of one cell) or a row longer than `rowByteLimit`. Reads in chunks, so
/// memory stays small whatever the file's size.
public enum CSVShape {
  /// The longest row accepted, in bytes (a profile row is a few hundred bytes).
  public static let rowByteLimit = InputSource.defaultByteLimit

  /// The number of non-blank rows after the header.
  public static func rowCount(path: String, rowByteLimit: Int = rowByteLimit) throws(InputError) -> Int {
    let fileName = URL(fileURLWithPath: path).lastPathComponent
    var line = 1
    var rowStart = 1
    var rowBytes = 0
    var rowHasContent = false
    var inQuotes = false
    var rows = 0
    try ChunkedFile.forEachByte(of: path) { byte throws(InputError) in
      rowBytes += 1
      switch byte {
      case 0x22:
        inQuotes.toggle()
        rowHasContent = true
      case 0x0A:
        line += 1
        if !inQuotes {
          if rowHasContent { rows += 1 }
          rowHasContent = false
          rowBytes = 0
          rowStart = line
        }
      case 0x20, 0x09, 0x0D: break
      default: rowHasContent = true
      }
      if rowBytes > rowByteLimit {
        throw .csvRow(
          SourceLocation(file: "\(fileName) line \(rowStart)"),
          problem: inQuotes
            ? "a quoted cell starting on this line runs on for more than \(InputError.size(rowByteLimit)) "
              + "(is a closing quote missing?); a row may hold at most \(InputError.size(rowByteLimit))"
            : "the row is longer than \(InputError.size(rowByteLimit)); a row may hold at most that")
      }
    }
    if inQuotes {
      throw .csvRow(
        SourceLocation(file: "\(fileName) line \(rowStart)"),
        problem: "a quote opened in this row is never closed, so every line after it would be one cell; "
          + "close the quote (a quote inside a quoted cell is written twice: \"\")")
    }
    if rowHasContent { rows += 1 }
    return max(0, rows - 1)
  }
}
