import Foundation
import Testing

@Suite("catalogue sheet")
struct CatalogueSheetCommandTests {
  static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sheet-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func writesAPDFOfEveryFigure() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("sheet.pdf")
    let result = try Binary.run(["catalogue", "sheet", "-o", output.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("39 figures"))
    let data = try Data(contentsOf: output)
    #expect(data.starts(with: Array("%PDF".utf8)))
  }

  @Test func anUnwritableOutputLeavesNothingAndExitsThree() throws {
    let result = try Binary.run(["catalogue", "sheet", "-o", "/nonexistent-folder/sheet.pdf"])
    #expect(result.status == 3, "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: "/nonexistent-folder/sheet.pdf"))
  }

  @Test func aBadFigureInAClinicCatalogueIsABadInputError() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let catalogue = Binary.packageRoot.appendingPathComponent("Resources/catalogue")
    for name in try FileManager.default.contentsOfDirectory(atPath: catalogue.path) {
      try FileManager.default.copyItem(
        at: catalogue.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    let file = folder.appendingPathComponent("strengthening.yaml")
    let text = try String(contentsOf: file, encoding: .utf8)
    try text.replacingOccurrences(of: "knees: 95, ankles: -45}", with: "knees: 195, ankles: -45}")
      .write(to: file, atomically: true, encoding: .utf8)
    let result = try Binary.run([
      "catalogue", "sheet", "-o", folder.appendingPathComponent("s.pdf").path, "--catalogue", folder.path,
    ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("strengthening.yaml"))
    #expect(result.stderr.contains("figure.start.knees"))
    #expect(result.stderr.contains("195"))
  }
}
