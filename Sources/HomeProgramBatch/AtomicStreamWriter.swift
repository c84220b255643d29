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
  private let slot: Int?
  private let faults: AtomicWriteFaults

  /// Creates the temporary file for `path`. `faults` is for tests only.
  init(path: String, faults: AtomicWriteFaults = .none) throws(OutputError) {
    try AtomicFileWriter.check(path)
    let (descriptor, temporary, slot) = try AtomicFileWriter.createTemporary(beside: path, faults: faults)
    self.path = path
    self.descriptor = descriptor
    self.temporary = temporary
    self.slot = slot
    self.faults = faults
  }

  deinit {
    discard()
  }

  /// Appends `text`. A failure is remembered and reported by `commit()`.
  package func write(_ text: String) { write(Array(text.utf8)) }

  /// Appends `bytes`. A failure is remembered and reported by `commit()`.
  package func write(_ bytes: [UInt8]) {
    guard failure == nil, descriptor >= 0 else { return }
    var written = 0
    while written < bytes.count {
      let result =
        faults.injects(.write, temporary: temporary)
        ? -1
        : bytes.withUnsafeBytes { buffer in
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
    if faults.injects(.sync, temporary: temporary) || fchmod(descriptor, 0o644) != 0
      || fsync(descriptor) != 0
    {
      let reason = String(cString: strerror(errno))
      discard()
      throw .writeFailed(path: path, reason: reason)
    }
    let injected = faults.injects(.close, temporary: temporary)
    let injectedError = errno
    let closed = close(descriptor)
    descriptor = -1
    if injected || closed != 0 {
      let reason = String(cString: strerror(injected ? injectedError : errno))
      unlink(temporary)
      TemporaryFiles.unregister(slot)
      throw .writeFailed(path: path, reason: reason)
    }
    if faults.injects(.rename, temporary: temporary) || rename(temporary, path) != 0 {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      TemporaryFiles.unregister(slot)
      throw .writeFailed(path: path, reason: reason)
    }
    TemporaryFiles.unregister(slot)
  }

  /// Removes the temporary file; the target is left as it was.
  func discard() {
    guard descriptor >= 0 else { return }
    close(descriptor)
    descriptor = -1
    unlink(temporary)
    TemporaryFiles.unregister(slot)
  }
}
