import Foundation
import HomeProgramBundle
import HomeProgramTestSupport
import Testing
import Yams

@testable import HomeProgramModel

/// The editions manifest: the sample reads, and every mistake is one line naming file, line and key.
struct PublicEditionsReaderTests {
  static func read(_ yaml: String) throws(InputError) -> [PublicEdition] {
    let source = InputSource(name: "editions.yaml", text: yaml)
    return try PublicEditionsReader.read(node: source.parse(), file: source.name, folder: "/manifests")
  }

  static func message(_ yaml: String) -> String {
    do {
      _ = try read(yaml)
      return "no error"
    } catch {
      return error.description
    }
  }

  @Test func sampleManifestHasFiveEditions() throws {
    let path = Fixtures.root.appendingPathComponent("Samples/public/editions.yaml").path
    let editions = try PublicEditionsReader.read(path: path)
    #expect(editions.map(\.file).count == 5)
    #expect(editions.contains { $0.form == .booklet })
    #expect(editions.contains { $0.paper == .letter && !$0.largePrint && $0.clinicPath == nil })
    // The A4 edition without a clinic is in British English, with 999 (not the US default's 911).
    #expect(editions.contains { $0.paper == .a4 && $0.clinicPath == nil && $0.locale == .enGB })
    #expect(editions.contains { $0.largePrint })
    let gb = try #require(editions.first { $0.clinicPath != nil })
    let clinic = try ClinicReader.read(path: try #require(gb.clinicPath))
    #expect(clinic.locale == .enGB)
  }

  @Test func defaultsAndRelativeClinic() throws {
    let editions = try Self.read(
      """
      editions:
        - file: a.pdf
        - file: b.PDF
          large_print: true
          clinic: clinics/gb.yaml
          booklet: false
        - file: c.pdf
          clinic: /abs/clinic.yaml
          booklet: true
      """)
    #expect(editions[0] == PublicEdition(file: "a.pdf", location: editions[0].location))
    #expect(editions[0].location.line == 2)
    #expect(editions[1].largePrint)
    #expect(editions[1].clinicPath == "/manifests/clinics/gb.yaml")
    #expect(editions[2].clinicPath == "/abs/clinic.yaml")
    #expect(editions[0].form == nil && editions[1].form == .short && editions[2].form == .booklet)
  }

  @Test func unknownKeyNamesFileLineAndKey() {
    let message = Self.message(
      """
      editions:
        - file: a.pdf
          papr: a4
      """)
    #expect(message.hasPrefix("editions.yaml:3:5: unknown key 'editions[0].papr' (did you mean 'paper'?)"))
  }

  @Test func unknownRootKey() {
    #expect(Self.message("editionz: []\n").hasPrefix("editions.yaml:1:1: unknown key 'editionz'"))
  }

  @Test func badPaperValue() {
    let message = Self.message(
      """
      editions:
        - file: a.pdf
          paper: a5
      """)
    #expect(
      message.hasPrefix(
        "editions.yaml:3:12: editions[0].paper: 'a5' is not allowed; allowed values: letter, a4."))
  }

  @Test func localeIsReadAndABadOneIsNamed() throws {
    let editions = try Self.read("editions:\n  - file: a.pdf\n    locale: en-GB\n  - file: b.pdf\n")
    #expect(editions.map(\.locale) == [.enGB, nil])
    let message = Self.message("editions:\n  - file: a.pdf\n    locale: en-AU\n")
    #expect(message.contains("editions.yaml:3"), "\(message)")
    #expect(
      message.contains("locale") && message.contains("en-AU") && message.contains("en-GB"), "\(message)")
  }

  @Test func badLargePrintValue() {
    let message = Self.message(
      """
      editions:
        - file: a.pdf
          large_print: yes please
      """)
    #expect(message.hasPrefix("editions.yaml:3:18: editions[0].large_print:"))
  }

  @Test(arguments: [
    "out/a.pdf", "../a.pdf", "..", ".hidden.pdf", "a.txt", ".pdf", "a\\b.pdf", "/etc/a.pdf", " a.pdf",
  ])
  func unsafeFileNamesAreRefused(name: String) {
    let message = Self.message(
      "editions:\n  - file: \"\(name.replacingOccurrences(of: "\\", with: "\\\\"))\"\n")
    #expect(message.hasPrefix("editions.yaml:2:11: editions[0].file:"), "\(message)")
    #expect(message.contains("a plain file name ending in .pdf"))
  }

  @Test func duplicateFileNamesAreRefused() {
    let message = Self.message(
      """
      editions:
        - file: a.pdf
        - file: b.pdf
        - file: A.pdf
      """)
    #expect(message.hasPrefix("editions.yaml:4:11: editions[2].file: 'A.pdf' is not valid"))
    #expect(message.contains("editions[0] already writes it"))
  }

  @Test func missingFileAndEmptyList() {
    #expect(Self.message("editions:\n  - paper: a4\n").contains("editions[0].file is required but missing"))
    #expect(Self.message("editions: []\n").contains("editions: 0 editions is out of range"))
    #expect(Self.message("{}\n").contains("editions is required but missing"))
    #expect(Self.message("editions: a.pdf\n").contains("expected a list"))
  }
}
