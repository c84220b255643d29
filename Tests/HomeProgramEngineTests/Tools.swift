import Foundation
import Testing

/// Runs the real PDF tools (poppler-utils, qpdf) the way a reviewer would.
enum Tools {
  struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs `tool` with `arguments`; a missing tool is a test failure naming the package.
  static func run(_ tool: String, _ arguments: [String]) throws -> Output {
    let candidates = ["/usr/bin/\(tool)", "/usr/local/bin/\(tool)"]
    guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
      Issue.record("\(tool) is not installed; run scripts/install-deps.sh (poppler-utils, qpdf)")
      throw CocoaError(.fileNoSuchFile)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Writes `bytes` to a fresh temporary file and returns its path.
  static func temporaryFile(_ bytes: [UInt8], name: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  /// The text of each page of the PDF at `path` (`pdftotext -layout`), in page order.
  static func pageTexts(_ path: String) throws -> [String] {
    var pages = try run("pdftotext", ["-layout", path, "-"]).stdout.components(separatedBy: "\u{0C}")
    if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
    return pages
  }

  /// Collapses every run of white space to one space.
  static func normalized(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Every word box `pdftotext -bbox` reports: page size and word rectangles, in points.
  static func wordBoxes(_ path: String) throws -> [(
    page: Int, text: String, xMin: Double, yMin: Double, xMax: Double, yMax: Double, width: Double,
    height: Double
  )] {
    let output = try run("pdftotext", ["-bbox", path, "-"])
    var result: [(Int, String, Double, Double, Double, Double, Double, Double)] = []
    var page = 0
    var width = 0.0
    var height = 0.0
    func attribute(_ name: String, in line: Substring) -> Double? {
      guard let range = line.range(of: "\(name)=\"") else { return nil }
      let rest = line[range.upperBound...]
      guard let end = rest.firstIndex(of: "\"") else { return nil }
      return Double(rest[..<end])
    }
    for line in output.stdout.split(separator: "\n") {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("<page ") {
        page += 1
        width = attribute("width", in: line) ?? 0
        height = attribute("height", in: line) ?? 0
      } else if trimmed.hasPrefix("<word "),
        let xMin = attribute("xMin", in: line), let yMin = attribute("yMin", in: line),
        let xMax = attribute("xMax", in: line), let yMax = attribute("yMax", in: line)
      {
        let text =
          trimmed.split(separator: ">").dropFirst().first.map { String($0.split(separator: "<").first ?? "") }
          ?? ""
        result.append((page, text, xMin, yMin, xMax, yMax, width, height))
      }
    }
    return result
  }
}
