import Foundation
import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramModel

/// The checked-in compiled resources (`Resources/compiled/resources.bin`) are current and decode to
/// exactly what the YAML gives; a stale or damaged file is never used.
struct CompiledResourcesTests {
  /// The source checkout's `Resources` folder.
  static let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Resources")

  /// What the YAML gives, read the slow way.
  static func fromYAML() throws -> CompiledResources {
    CompiledResources(
      catalogue: try CatalogueLoader.load(path: resources.appendingPathComponent("catalogue").path),
      text: try HandoutText.load(from: resources.appendingPathComponent("text")),
      positions: try PositionFiguresReader.read(
        path: resources.appendingPathComponent("figures/positions.yaml").path))
  }

  @Test func checkedInFileMatchesTheYAML() throws {
    let compiled = try #require(
      CompiledResources.load(from: Self.resources),
      "Resources/\(CompiledResources.fileName) is missing or older than the YAML; run `make resources`")
    let yaml = try Self.fromYAML()
    // Entry by entry first, so a difference names the entry.
    #expect(compiled.catalogue.ids == yaml.catalogue.ids)
    for (read, expected) in zip(compiled.catalogue.entries, yaml.catalogue.entries) {
      #expect(read == expected, "\(expected.id) differs")
    }
    #expect(compiled.catalogue.version == yaml.catalogue.version)
    #expect(compiled.catalogue == yaml.catalogue)
    #expect(compiled.text.general == yaml.text.general)
    #expect(compiled.text.education == yaml.text.education)
    #expect(compiled.text.positions == yaml.text.positions)
    #expect(compiled.text.massageGun == yaml.text.massageGun)
    #expect(compiled.text.safety == yaml.text.safety)
    #expect(compiled.text.publicHandout == yaml.text.publicHandout)
    #expect(compiled.positions == yaml.positions)
    #expect(compiled == yaml)
    // The index `Catalogue` rebuilds finds every entry.
    for entry in yaml.catalogue.entries { #expect(compiled.catalogue[entry.id] == entry) }
  }

  @Test func compilingIsDeterministicAndRoundTrips() throws {
    let bytes = try CompiledResources.compile(from: Self.resources)
    #expect(try CompiledResources.compile(from: Self.resources) == bytes)
    // The checked-in file is exactly what compiling gives (dictionaries are written in key order,
    // so the bytes do not depend on hashing).
    let checkedIn = [UInt8](
      try Data(contentsOf: Self.resources.appendingPathComponent(CompiledResources.fileName)))
    #expect(checkedIn == bytes, "run `make resources`")
    let decoded = try CompiledResources.decode(bytes, from: CompiledResources.magic.count + 8)
    #expect(decoded.catalogue == Fixtures.catalogue)
    #expect(decoded == (try Self.fromYAML()))
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

  @Test func truncatedOrExtendedBytesAreRefused() throws {
    let bytes = try CompiledResources.compile(from: Self.resources)
    let header = CompiledResources.magic.count + 8
    // Cut anywhere (a sample of places, and the last bytes), the form is refused, never misread.
    var cuts = Array(stride(from: header, to: bytes.count, by: max(1, (bytes.count - header) / 300)))
    cuts += (bytes.count - 8)..<bytes.count
    for cut in cuts {
      #expect(throws: CompactReader.Failure.self, "cut at \(cut)") {
        try CompiledResources.decode(Array(bytes[..<cut]), from: header)
      }
    }
    #expect(throws: CompactReader.Failure.self) {
      try CompiledResources.decode(bytes + [0], from: header)
    }
  }

  @Test func damagedBytesNeverCrash() throws {
    let bytes = try CompiledResources.compile(from: Self.resources)
    let header = CompiledResources.magic.count + 8
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<200 {
      var damaged = bytes
      let index = Int.random(in: header..<bytes.count, using: &generator)
      damaged[index] = UInt8.random(in: 0...255, using: &generator)
      // Either refused or read as some other value; never a crash or an endless loop.
      _ = try? CompiledResources.decode(damaged, from: header)
    }
  }

  @Test func compactFormKeepsScalarsOptionalsListsAndVariants() throws {
    var writer = CompactWriter()
    let numbers = [0, 1, -1, 63, -64, 64, 300, -300, Int.max, Int.min]
    let doubles = [0.1, -12.5, 0, .greatestFiniteMagnitude, -.leastNonzeroMagnitude]
    let texts: [LocalizedText] = [.same("José Ñúñez — ½"), .variants(enUS: "911", enGB: "999"), .same("")]
    let angles: [JointAngle: Double] = [.kneeNear: 90, .hipFar: -12.5, .trunk: 0]
    writer.array(numbers)
    writer.array(doubles)
    writer.array(texts)
    writer.optional(String?.none)
    writer.optional("n")
    writer.optionalArray([Limb]?.none)
    writer.optionalArray([Limb.legNear, .trunk])
    writer.dictionary(angles)
    writer.listDictionary([Condition.pregnancy: ["a", "b"], .osteoporosis: []])
    writer.bool(true)
    var reader = CompactReader(writer.bytes)
    #expect(try reader.array(of: Int.self) == numbers)
    #expect(try reader.array(of: Double.self) == doubles)
    #expect(try reader.array(of: LocalizedText.self) == texts)
    #expect(try reader.optional(String.self) == nil)
    #expect(try reader.optional(String.self) == "n")
    #expect(try reader.optionalArray(of: Limb.self) == nil)
    #expect(try reader.optionalArray(of: Limb.self) == [.legNear, .trunk])
    #expect(try reader.dictionary([JointAngle: Double].self) == angles)
    #expect(
      try reader.listDictionary([Condition: [String]].self) == [.pregnancy: ["a", "b"], .osteoporosis: []])
    #expect(try reader.bool())
    #expect(reader.isAtEnd)
    #expect(throws: CompactReader.Failure.self) { try reader.byte() }
  }

  @Test func dictionariesAreWrittenInKeyOrder() {
    var first = CompactWriter()
    var second = CompactWriter()
    var forward: [String: Int] = [:]
    var backward: [String: Int] = [:]
    let keys = (0..<50).map { "key\($0)" }
    for (index, key) in keys.enumerated() { forward[key] = index }
    for (index, key) in keys.enumerated().reversed() { backward[key] = index }
    first.dictionary(forward)
    second.dictionary(backward)
    #expect(first.bytes == second.bytes)
  }

  @Test func unknownEnumValuesAreRefused() {
    var writer = CompactWriter()
    writer.string("no_such_limb")
    var reader = CompactReader(writer.bytes)
    #expect(throws: CompactReader.Failure.self) { try reader.read(Limb.self) }
  }
}
