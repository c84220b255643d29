import Foundation

/// Runs a command-line tool (poppler-utils, qpdf) and returns its standard output.
///
/// A missing tool is a test failure with an install hint, never a skip.
enum ExternalTool {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Which Debian package provides each tool, for the failure message.
  static let packages = [
    "pdffonts": "poppler-utils", "pdfinfo": "poppler-utils", "pdftotext": "poppler-utils",
    "pdftoppm": "poppler-utils", "qpdf": "qpdf",
  ]

  /// The tool's absolute path, searched on PATH and in /usr/bin.
  static func locate(_ name: String) throws -> URL {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    let directories = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
    for directory in directories {
      let candidate = URL(fileURLWithPath: directory).appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    let package = packages[name] ?? name
    throw Failure(
      description: "\(name) is not installed; the PDF tests need it (apt-get install \(package)).")
  }

  /// Runs `name` with `arguments`; throws when it cannot start.
  static func run(_ name: String, _ arguments: [String]) throws -> Output {
    let process = Process()
    process.executableURL = try locate(name)
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read before waiting so a large output cannot fill the pipe and block the tool.
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  /// Runs `name` and returns its output, throwing when it exits with a non-zero status.
  static func output(_ name: String, _ arguments: [String]) throws -> String {
    let result = try run(name, arguments)
    guard result.status == 0 else {
      throw Failure(
        description:
          "\(name) \(arguments.joined(separator: " ")) exited with \(result.status): \(result.stderr)")
    }
    return result.stdout
  }
}
