import Foundation

/// A file read in chunks of at most 64 KiB, so memory stays small whatever the file holds — a huge
/// file, `/dev/zero` or a pipe. A failing read becomes `InputError.unreadable` naming the file.
package final class ChunkedFile {
  /// The largest chunk read at once.
  static let chunkSize = 1 << 16

  let path: String
  private let handle: FileHandle

  /// Opens `path`; `reason` says why when it cannot be opened.
  package init(path: String, reason: String = "cannot open the file") throws(InputError) {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .unreadable(path: path, reason: reason)
    }
    self.handle = handle
    self.path = path
  }

  deinit {
    try? handle.close()
  }

  /// The next chunk, at most `limit` bytes (and at most `chunkSize`), or nil at the end of the file.
  package func next(limit: Int = chunkSize) throws(InputError) -> Data? {
    let chunk: Data?
    do {
      chunk = try handle.read(upToCount: min(Self.chunkSize, limit))
    } catch {
      throw .unreadable(path: path, reason: error.localizedDescription)
    }
    guard let chunk, !chunk.isEmpty else { return nil }
    return chunk
  }

  /// Calls `body` with every byte of the file at `path`, in order.
  package static func forEachByte(of path: String, _ body: (UInt8) throws(InputError) -> Void)
    throws(InputError)
  {
    let file = try ChunkedFile(path: path)
    while let chunk = try file.next() {
      for byte in chunk { try body(byte) }
    }
  }
}
