import Foundation
import HomeProgramBundle
import HomeProgramModel
import HomeProgramTestSupport
import Testing

/// The data compiled into the program at build time is exactly what the YAML gives, and the data
/// compiler refuses a broken file, naming it.
struct BundledDataTests {
  static let resources = Fixtures.root.appendingPathComponent("Resources")

  @Test func compiledDataEqualsTheYAML() throws {
    let fromYAML = try BundledData.load(from: Self.resources)
    let compiled = try Bundled.data()
    #expect(compiled.catalogue == fromYAML.catalogue)
    #expect(compiled.text == fromYAML.text)
    #expect(compiled.positions == fromYAML.positions)
    #expect(try CatalogueLoader.bundled() == fromYAML.catalogue)
    #expect(try HandoutText.bundled() == fromYAML.text)
    #expect(try PositionFiguresReader.bundled() == fromYAML.positions)
  }

  @Test func theBinaryFormRoundTripsTheBundledData() throws {
    let data = try BundledData.load(from: Self.resources)
    let bytes = try BinaryFormEncoder().encode(data)
    #expect(try BinaryFormDecoder().decode(BundledData.self, from: bytes) == data)
  }

  /// The compiler the build runs, beside the test bundle.
  static var compiler: URL {
    let bundle = Bundle(for: Marker.self).bundleURL
    let candidates = [
      bundle.deletingLastPathComponent().appendingPathComponent("homeprogram-data-compiler"),
      Fixtures.root.appendingPathComponent(".build/debug/homeprogram-data-compiler"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]
  }

  private final class Marker {}

  static func runCompiler(_ resources: URL, output: URL) throws -> (status: Int32, stderr: String) {
    let process = Process()
    process.executableURL = compiler
    process.arguments = [resources.path, output.path]
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text)
  }

  static func temporaryFolder() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("hp-data-\(UUID().uuidString)")
  }

  @Test func theCompilerRefusesABrokenCatalogueNamingFileAndLine() throws {
    let folder = Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(at: Self.resources, to: folder)
    let file = folder.appendingPathComponent("catalogue/nerve-glides.yaml")
    let text = try String(contentsOf: file, encoding: .utf8)
    let broken = text.replacingOccurrences(of: "category: nerve_glide\n", with: "category: nerve_glidez\n")
    #expect(broken != text)
    try broken.write(to: file, atomically: true, encoding: .utf8)
    let output = folder.appendingPathComponent("out.swift")
    let result = try Self.runCompiler(folder, output: output)
    #expect(result.status == 1)
    #expect(result.stderr.contains("nerve-glides.yaml:6:"), "\(result.stderr)")
    #expect(result.stderr.contains("nerve_glidez"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }

  @Test func theCompilerWritesTheSameFileTwice() throws {
    let folder = Self.temporaryFolder()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = folder.appendingPathComponent("a.swift")
    let second = folder.appendingPathComponent("b.swift")
    #expect(try Self.runCompiler(Self.resources, output: first).status == 0)
    #expect(try Self.runCompiler(Self.resources, output: second).status == 0)
    #expect(try Data(contentsOf: first) == Data(contentsOf: second))
  }
}
