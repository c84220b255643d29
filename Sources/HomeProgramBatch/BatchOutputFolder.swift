import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The batch output folder: created when missing, and refused when it is a symlink or anything
/// but a real folder, so no output is ever written through a link.
package enum BatchOutputFolder {
  /// Makes sure `path` is a real, writable folder.
  package static func prepare(_ path: String) throws(OutputError) {
    var info = stat()
    if lstat(path, &info) != 0 {
      do {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
      } catch {
        throw .notWritable(path: path, reason: error.localizedDescription)
      }
      guard lstat(path, &info) == 0 else {
        throw .notWritable(path: path, reason: String(cString: strerror(errno)))
      }
    }
    switch info.st_mode & S_IFMT {
    case S_IFDIR: break
    case S_IFLNK: throw .notAFolder(path: path, kind: "a symbolic link")
    case S_IFREG: throw .notAFolder(path: path, kind: "a file")
    default: throw .notAFolder(path: path, kind: "a special file")
    }
    if access(path, W_OK) != 0 {
      throw .notWritable(path: path, reason: String(cString: strerror(errno)))
    }
  }
}
