import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes a file piece by piece, all-or-nothing, like `AtomicFileWriter`: the text goes to a
/// hidden temporary file in the same folder and is renamed over the target by `commit()`;
/// `discard()` (or a failure) removes the temporary file. Symlinks and other non-regular targets
/// are refused.
final class AtomicStreamWriter {
  let path: String
  private let temporary: String
  private var descriptor: Int32
  private var failure: OutputError?

  /// Creates the temporary file for `path`.
  init(path: String) throws(OutputError) {
    try AtomicFileWriter.check(path)
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    var template = Array("\(folder)/.\(url.lastPathComponent).tmp-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard descriptor >= 0 else {
      throw .notWritable(path: folder, reason: String(cString: strerror(errno)))
    }
    self.path = path
    self.descriptor = descriptor
    self.temporary = template.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.map { String(cString: $0) } ?? ""
    }
  }

  deinit {
    discard()
  }

  /// Appends `text`. A failure is remembered and reported by `commit()`.
  func write(_ text: String) {
    guard failure == nil, descriptor >= 0 else { return }
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let result = bytes.withUnsafeBytes { buffer in
        Glibc.write(descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written)
      }
      if result < 0 {
        if errno == EINTR { continue }
        failure = .writeFailed(path: path, reason: String(cString: strerror(errno)))
        return
      }
      written += result
    }
  }

  /// Flushes the file to disk and renames it over the target.
  func commit() throws(OutputError) {
    if let failure {
      discard()
      throw failure
    }
    guard descriptor >= 0 else { throw .writeFailed(path: path, reason: "already closed") }
    if fchmod(descriptor, 0o644) != 0 || fsync(descriptor) != 0 {
      let reason = String(cString: strerror(errno))
      discard()
      throw .writeFailed(path: path, reason: reason)
    }
    let closed = close(descriptor)
    descriptor = -1
    if closed != 0 || rename(temporary, path) != 0 {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw .writeFailed(path: path, reason: reason)
    }
  }

  /// Removes the temporary file; the target is left as it was.
  func discard() {
    guard descriptor >= 0 else { return }
    close(descriptor)
    descriptor = -1
    unlink(temporary)
  }
}
