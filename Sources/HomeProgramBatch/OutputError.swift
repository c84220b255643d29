/// What can go wrong writing output. Each message names the path and says what is allowed.

package enum OutputError: Error, Sendable, Equatable, CustomStringConvertible {
  case notARegularFile(path: String, kind: String)
  case folderMissing(path: String)
  case notWritable(path: String, reason: String)
  case writeFailed(path: String, reason: String)
  /// An output folder that is a file, a symlink or something else; it is never followed.
  case notAFolder(path: String, kind: String)

  package var description: String {
    switch self {
    case .notARegularFile(let path, let kind):
      return
        "\(path): is \(kind), not a regular file; give a file path (an existing regular file is replaced)."
    case .folderMissing(let path):
      return "\(path): the folder does not exist; create it first."
    case .notWritable(let path, let reason):
      return "\(path): cannot write here (\(reason))."
    case .writeFailed(let path, let reason):
      return "\(path): writing failed (\(reason)); nothing was written."
    case .notAFolder(let path, let kind):
      return "\(path): is \(kind), not a folder; give an output folder (it is created when missing)."
    }
  }
}
