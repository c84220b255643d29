import Foundation

/// Runs the built `homeprogram` executable, as a user would.
enum Binary {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The package root (three levels above this file).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The built executable beside the test bundle.
  static var executable: URL {
    let bundle = Bundle(for: Marker.self).bundleURL
    let candidates = [
      bundle.deletingLastPathComponent().appendingPathComponent("homeprogram"),
      packageRoot.appendingPathComponent(".build/debug/homeprogram"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]
  }

  private final class Marker {}

  /// Runs the binary with `arguments`, optional stdin, in `directory` (default: package root), with
  /// `environment` added to this process's environment.
  static func run(
    _ arguments: [String], stdin: Data? = nil, in directory: URL? = nil, environment: [String: String] = [:]
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    process.currentDirectoryURL = directory ?? packageRoot
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}
