import Foundation
import HomeProgramTestSupport
import Testing

@testable import HomeProgramEngine
@testable import HomeProgramModel

/// With `--catalogue DIR` (the CLI and the web server alike), a Spanish handout takes its catalogue
/// words from DIR's own `es/` folder, never the bundled ones.
struct TranslationSourceTests {
  @Test func anEditedCatalogueFolderGivesItsOwnSpanishWords() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("es-\(UUID().uuidString)")
    try FileManager.default.copyItem(atPath: Fixtures.catalogueFolder, toPath: folder.path)
    defer { try? FileManager.default.removeItem(at: folder) }
    let words = folder.appendingPathComponent("es/directional.yaml")
    let text = try String(contentsOf: words, encoding: .utf8)
    let edited = text.replacingOccurrences(
      of: "  - id: DP01\n    name: \"", with: "  - id: DP01\n    name: \"Editado: ")
    #expect(edited != text)
    try edited.write(to: words, atomically: true, encoding: .utf8)
    let catalogue = try CatalogueLoader.load(path: folder.path)
    let own = try #require(try HandoutEngine.translations(over: catalogue, folder: folder.path)(.es))
    #expect(own.catalogue["DP01"]?.name.hasPrefix("Editado: ") == true)
    let bundled = try #require(try HandoutEngine.translations(over: catalogue, folder: nil)(.es))
    #expect(bundled.catalogue["DP01"]?.name.hasPrefix("Editado: ") == false)
  }
}
