import Foundation
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramEngine
@testable import HomeProgramLayout
@testable import HomeProgramModel

/// Who to call (issue 14): without a clinic file no document says "us" (it names "your doctor or
/// physical therapist"); with one, every referral sheet carries the clinic's name and phone on its
/// first page, and both referral sheets fit one page at normal print.
struct WhoToCallTests {
  /// The lines that say "us" as a word ("let us know", "call us", "What you told us"), or in
  /// Spanish "nos" / "nosotros" ("nos contó", "comuníquese con nosotros").
  static func linesSayingUs(_ text: String, in language: Language = .en) -> [String] {
    text.split(separator: "\n").filter { line in
      switch language {
      case .en: line.contains(#/\b[Uu]s\b/#)
      case .es: line.contains(#/(?i)\bnos(otros)?\b/#)
      }
    }.map(String.init)
  }

  static let withoutClinic: [Clinic] = [.builtInDefault, Clinic(locale: .enGB, paper: .a4)]

  @Test(arguments: EngineFixtures.samples)
  func noDocumentWithoutAClinicSaysUs(sample: String) throws {
    var profile = try EngineFixtures.profile(sample)
    for language in Language.allCases {
      profile.language = language
      for clinic in Self.withoutClinic {
        let preview = try EngineFixtures.engine.preview(
          profile, clinic: clinic, options: EngineFixtures.options(for: profile), width: 200)
        let found = Self.linesSayingUs(preview, in: language)
        #expect(found.isEmpty, "\(sample), \(language), \(clinic.locale): \(found)")
      }
    }
  }

  @Test func theTrafficLightNamesWhoToCallWithoutAClinic() throws {
    let profile = try EngineFixtures.profile("jose-disc.yaml")
    let us = Tools.normalized(
      try EngineFixtures.engine.preview(
        profile, clinic: .builtInDefault, options: EngineFixtures.options(for: profile), width: 200)
    ).lowercased()
    #expect(us.contains("let your doctor or physical therapist know"))
    #expect(us.contains("call your doctor or physical therapist today if you have"))
    let gb = Tools.normalized(
      try EngineFixtures.engine.preview(
        profile, clinic: Clinic(locale: .enGB), options: EngineFixtures.options(for: profile), width: 200)
    ).lowercased()
    #expect(gb.contains("contact your gp or physiotherapist today if you have"))
    // With a clinic file the handout may say "us".
    let clinic = try EngineFixtures.engine.preview(
      profile, clinic: EngineFixtures.clinic, options: EngineFixtures.options(for: profile), width: 200)
    #expect(clinic.contains("let us know"))
  }

  @Test(arguments: [false, true])
  func theLeafletWithoutAClinicSaysNoUs(largePrint: Bool) throws {
    for language in Language.allCases {
      let words = try EngineFixtures.engine.words(for: language)
      for clinic in Self.withoutClinic {
        let document = try PublicHandoutBuilder().build(
          catalogue: words.catalogue, text: words.text, clinic: clinic,
          options: PublicHandoutOptions(largePrint: largePrint, language: language))
        let found = Self.linesSayingUs(TextPreview.render(document, width: 200), in: language)
        #expect(found.isEmpty, "\(language), \(clinic.locale): \(found)")
      }
    }
  }

  /// Both referral sheets fit one page at normal print, in English and in Spanish, on the US
  /// clinic's Letter and the UK clinic's A4 and without a clinic file, even with a long name and
  /// reference on the patient's line and all five cauda equina signs at once (issues 14 and 19:
  /// the Spanish urgent sheet ran onto a second page). At the standard spacing the Spanish sheets
  /// of the samples run to two pages; tighter spacing (`Document.fitPages`) makes them fit.
  @Test(arguments: ["george-urgent.yaml", "linda-emergency.yaml", "cauda-equina"])
  func referralSheetsFitOnePageInEitherLanguage(sample: String) throws {
    let clinics = [
      EngineFixtures.clinic,
      try ClinicReader.read(path: EngineFixtures.root.appendingPathComponent("Samples/clinic-gb.yaml").path),
      Clinic.builtInDefault,
    ]
    var base = try EngineFixtures.profile(sample == "cauda-equina" ? "linda-emergency.yaml" : sample)
    if sample == "cauda-equina" {
      base.redFlags = [.saddleNumbness, .bladderChange, .bowelChange, .sexualDysfunction, .bilateralSciatica]
    }
    for language in Language.allCases {
      for long in [false, true] {
        var profile = base
        profile.language = language
        if long {
          profile.patient.name = "Maria-Guadalupe Fernández-Villanueva de la Torre Castellanos"
          profile.patient.reference = "P-2026-000123-REF"
        }
        for clinic in clinics {
          let rendered = try EngineFixtures.engine.renderHandout(
            profile, clinic: clinic, options: EngineFixtures.options(for: profile, paper: clinic.paper))
          let which = "\(sample), \(language), \(clinic.name ?? "no clinic"), long name \(long)"
          #expect(rendered.outcome != .program, "\(which)")
          #expect(rendered.pageCount == 1, "\(which): \(rendered.pageCount) pages")
        }
      }
    }
  }

  /// Every page of every program sample, in normal and in large print, carries the clinic's name
  /// whole in its footer, with the patient's name, the page number and the record stamp. In large
  /// print the sample clinic's long name used to lose its end ("Riverside Spine & Sports
  /// Physi…"); the stamp now goes on a second line (`LayoutEngine.footerLines`).
  @Test(arguments: EngineFixtures.samples)
  func everyPageCarriesTheClinicsWholeName(sample: String) throws {
    guard let profile = try EngineFixtures.programProfile(sample) else { return }
    let name = try #require(EngineFixtures.clinic.name)
    for largePrint in [false, true] {
      let file = try EngineFixtures.handoutFile(profile, largePrint: largePrint, form: .short)
      defer { try? FileManager.default.removeItem(atPath: file.path) }
      let pages = try Tools.pageTexts(file.path)
      #expect(pages.count == file.pageCount, "\(sample), large print \(largePrint)")
      for index in 0..<file.pageCount {
        let page = index < pages.count ? Tools.normalized(pages[index]) : ""
        let which = "\(sample), large print \(largePrint), page \(index + 1)"
        // "Page 3 of 12", "Página 3 de 12"; "Catalog", "Catálogo".
        #expect(page.contains("\(name) · \(profile.patient.name) · "), "\(which)")
        #expect(page.contains(" \(index + 1) ") && page.contains(" \(file.pageCount) "), "\(which)")
        #expect(page.contains(#/Cat\S+ [0-9.]+ · [0-9a-f]{8}/#), "\(which)")
      }
    }
  }

  /// Every referral sample: page 1 carries the clinic's name and phone and the running footer; the
  /// urgent sheet is one page.
  @Test(arguments: EngineFixtures.samples)
  func referralSheetsCarryTheClinicOnPageOne(sample: String) throws {
    let profile = try EngineFixtures.profile(sample)
    let clinic = EngineFixtures.clinic
    let rendered = try EngineFixtures.engine.renderHandout(
      profile, clinic: clinic, options: EngineFixtures.options(for: profile))
    guard let outcome = rendered.outcome, outcome != .program else { return }
    let path = try Tools.temporaryFile(rendered.bytes, name: "referral.pdf")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let page1 = Tools.normalized(try Tools.run("pdftotext", ["-f", "1", "-l", "1", path, "-"]).stdout)
    let name = try #require(clinic.name)
    let phone = try #require(clinic.phone)
    #expect(
      page1.contains("From \(name), \(phone): show this to the staff who see you."), "\(sample)")
    // And its footer, as on every page of every document.
    #expect(page1.contains("\(name) · \(profile.patient.name) · Page 1 of"), "\(sample): no footer on page 1")
    if outcome == .urgentReferral {
      #expect(rendered.pageCount == 1, "\(sample): \(rendered.pageCount) pages")
    }
  }
}
