import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes a file all-or-nothing: the bytes go to a hidden temporary file in the same folder, are
/// flushed to disk, and only then renamed over the target. A failure leaves no partial file and no
/// temporary file. Targets that are not regular files (folders, devices, symlinks, dangling
/// symlinks) are refused, never replaced.
package enum AtomicFileWriter {
  /// Checks that `path` can be written as a regular file, without writing anything.
  package static func check(_ path: String) throws(OutputError) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue
    else {
      throw .folderMissing(path: folder)
    }
    var info = stat()
    if lstat(path, &info) == 0 {
      let type = info.st_mode & S_IFMT
      switch type {
      case S_IFREG: break
      case S_IFDIR: throw .notARegularFile(path: path, kind: "a folder")
      case S_IFLNK: throw .notARegularFile(path: path, kind: "a symbolic link")
      case S_IFCHR, S_IFBLK: throw .notARegularFile(path: path, kind: "a device")
      case S_IFIFO: throw .notARegularFile(path: path, kind: "a pipe")
      default: throw .notARegularFile(path: path, kind: "a special file")
      }
    }
    if access(folder, W_OK) != 0 {
      throw .notWritable(path: folder, reason: String(cString: strerror(errno)))
    }
  }

  /// Writes `bytes` to `path` atomically: the whole file or, on any failure, nothing (an existing
  /// target is kept). `faults` is for tests only.
  package static func write(_ bytes: [UInt8], to path: String, faults: AtomicWriteFaults = .none)
    throws(OutputError)
  {
    let writer = try AtomicStreamWriter(path: path, faults: faults)
    writer.write(bytes)
    try writer.commit()
  }

  /// Creates the hidden temporary file `.<name>.tmp-XXXXXX` beside `path` and registers it for
  /// removal on a signal. Returns its descriptor, path and registration slot.
  static func createTemporary(beside path: String, faults: AtomicWriteFaults) throws(OutputError) -> (
    descriptor: Int32, path: String, slot: Int?
  ) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    var template = Array("\(folder)/.\(url.lastPathComponent).tmp-XXXXXX".utf8CString)
    let descriptor =
      faults.injects(.create, temporary: "")
      ? -1
      : template.withUnsafeMutableBufferPointer { buffer -> Int32 in
        guard let base = buffer.baseAddress else { return -1 }
        return mkstemp(base)
      }
    guard descriptor >= 0 else {
      throw .notWritable(path: folder, reason: String(cString: strerror(errno)))
    }
    let temporary = template.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.map { String(cString: $0) } ?? ""
    }
    return (descriptor, temporary, TemporaryFiles.register(temporary))
  }
}
