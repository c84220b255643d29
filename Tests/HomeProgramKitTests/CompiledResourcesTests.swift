import Foundation
import Testing

@testable import HomeProgramKit

/// The checked-in compiled resources (`Resources/compiled/resources.bin`) are current and decode to
/// exactly what the YAML gives; a stale or damaged file is never used.
struct CompiledResourcesTests {
  /// The source checkout's `Resources` folder.
  static let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Resources")

  @Test func checkedInFileMatchesTheYAML() throws {
    let compiled = try #require(
      CompiledResources.load(from: Self.resources),
      "Resources/\(CompiledResources.fileName) is missing or older than the YAML; run `make resources`")
    #expect(
      compiled.catalogue
        == (try CatalogueLoader.load(path: Self.resources.appendingPathComponent("catalogue").path)))
    #expect(compiled.text == (try HandoutText.load(from: Self.resources.appendingPathComponent("text"))))
    #expect(
      compiled.positions
        == (try FigureLibrary.positions(
          path: Self.resources.appendingPathComponent("figures/positions.yaml").path)))
  }

  @Test func compilingIsDeterministicAndRoundTrips() throws {
    let bytes = try CompiledResources.compile(from: Self.resources)
    let decoded = try CompactDecoder().decode(
      CompiledResources.self, from: Array(bytes[(CompiledResources.magic.count + 8)...]))
    #expect(decoded.catalogue == Fixtures.catalogue)
    #expect(decoded.text == (try HandoutText.load(from: Self.resources.appendingPathComponent("text"))))
  }

  @Test func editedYAMLIsReadInsteadOfAStaleCompiledFile() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "compiled-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(at: Self.resources, to: folder)
    #expect(CompiledResources.load(from: folder) != nil)
    let file = folder.appendingPathComponent("text/handout.yaml")
    let text = try String(contentsOf: file, encoding: .utf8)
    try (text + "\n# edited\n").write(to: file, atomically: true, encoding: .utf8)
    #expect(CompiledResources.load(from: folder) == nil)
  }

  @Test func damagedFileIsIgnored() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "compiled-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(at: Self.resources, to: folder)
    let file = folder.appendingPathComponent(CompiledResources.fileName)
    var bytes = [UInt8](try Data(contentsOf: file))
    bytes.removeLast(bytes.count / 2)
    try Data(bytes).write(to: file)
    #expect(CompiledResources.load(from: folder) == nil)
  }

  @Test func compactFormKeepsOptionalsNestedListsAndVariants() throws {
    struct Sample: Codable, Equatable {
      var name: String
      var count: Int
      var ratio: Double
      var flag: Bool
      var note: String?
      var missing: String?
      var lists: [[Int]]
      var text: [LocalizedText]
      var byAngle: [JointAngle: Double]
    }
    let sample = Sample(
      name: "José Ñúñez", count: -42, ratio: 0.1, flag: true, note: "n", missing: nil,
      lists: [[1, 2], [], [3]],
      text: [.same("a"), .variants(enUS: "911", enGB: "999")], byAngle: [.kneeNear: 90, .hipFar: -12.5])
    let bytes = try CompactEncoder().encode(sample)
    #expect(try CompactDecoder().decode(Sample.self, from: bytes) == sample)
  }
}
