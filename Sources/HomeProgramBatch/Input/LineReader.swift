import Foundation
import HomeProgramModel

/// Reads a file line by line in fixed-size chunks, so memory stays bounded by the longest line
/// (and a line longer than `byteLimit` is skipped, not stored).
public final class LineReader {
  /// One line, without its line break.
  public struct Line: Sendable {
    /// 1-based line number.
    public var number: Int
    /// The line's bytes (empty when `tooLong`).
    public var bytes: [UInt8]
    /// The line was longer than the limit and was skipped.
    public var tooLong: Bool
  }

  private let file: ChunkedFile
  private let byteLimit: Int
  private var buffer: [UInt8] = []
  private var start = 0
  private var atEnd = false
  private var discarding = false
  private var lineNumber = 0

  /// Opens `path` for reading.
  public init(path: String, byteLimit: Int = InputSource.defaultByteLimit) throws(InputError) {
    file = try ChunkedFile(path: path)
    self.byteLimit = byteLimit
  }

  /// The next line, or nil at the end of the file.
  public func next() throws(InputError) -> Line? {
    while true {
      if let newline = buffer[start...].firstIndex(of: 0x0A) {
        var bytes = Array(buffer[start..<newline])
        start = newline + 1
        lineNumber += 1
        if discarding {
          discarding = false
          return Line(number: lineNumber, bytes: [], tooLong: true)
        }
        if bytes.last == 0x0D { bytes.removeLast() }
        return Line(number: lineNumber, bytes: bytes, tooLong: false)
      }
      if atEnd {
        guard start < buffer.count || discarding else { return nil }
        var bytes = Array(buffer[start...])
        buffer.removeAll()
        start = 0
        lineNumber += 1
        if discarding {
          discarding = false
          return Line(number: lineNumber, bytes: [], tooLong: true)
        }
        if bytes.last == 0x0D { bytes.removeLast() }
        return Line(number: lineNumber, bytes: bytes, tooLong: false)
      }
      if buffer.count - start > byteLimit {
        discarding = true
        buffer.removeAll(keepingCapacity: true)
        start = 0
      } else if start > 0 {
        buffer.removeFirst(start)
        start = 0
      }
      try fill()
    }
  }

  private func fill() throws(InputError) {
    guard let chunk = try file.next() else {
      atEnd = true
      return
    }
    buffer.append(contentsOf: chunk)
  }

  /// Counts the lines of `path` that hold something other than white space, reading it in chunks.
  public static func countNonBlankLines(path: String) throws(InputError) -> Int {
    var count = 0
    var lineHasContent = false
    try ChunkedFile.forEachByte(of: path) { byte in
      switch byte {
      case 0x0A:
        if lineHasContent { count += 1 }
        lineHasContent = false
      case 0x20, 0x09, 0x0D: break
      default: lineHasContent = true
      }
    }
    if lineHasContent { count += 1 }
    return count
  }
}
