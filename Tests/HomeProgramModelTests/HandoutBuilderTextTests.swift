import Foundation
import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramModel

@Test func bundledHandoutTextLoads() throws {
  let text = try HandoutText.bundled()
  #expect(text.general.cover.title.text(for: .enUS) == "Your sciatica home program")
  #expect(text.general.cover.title.text(for: .enGB) == "Your sciatica home programme")
  #expect(text.general.categories.label(for: .nerveGlide) == "Nerve glide")
}

/// The cover's date is spelled out as each locale reads it; anything that is not a date is kept.
@Test func theDateIsSpelledOutPerLocale() throws {
  let dates = try HandoutText.bundled().general.dates
  #expect(dates.spelled("2026-11-25", locale: .enUS) == "November 25, 2026")
  #expect(dates.spelled("2026-01-05", locale: .enGB) == "5 January 2026")
  #expect(dates.spelled("soon", locale: .enUS) == "soon")
}

@Test(arguments: PositionID.allCases)
func everyPositionHasWording(_ position: PositionID) throws {
  let entry = try #require(try HandoutText.bundled().positions.entry(for: position.rawValue))
  #expect(!entry.title.isEmpty && !entry.avoidText.isEmpty)
  for locale in [Clinic.Locale.enUS, .enGB] { #expect(!entry.text.text(for: locale).isEmpty) }
}

@Test(arguments: GunAvoidArea.allCases)
func everyAvoidAreaHasWording(_ area: GunAvoidArea) throws {
  let sentence = try #require(try HandoutText.bundled().massageGun.avoidText(area))
  #expect(!sentence.isEmpty)
}

@Test(arguments: GunExclusionReason.allCases)
func everyExclusionReasonHasOneSentence(_ reason: GunExclusionReason) throws {
  let sentence = try #require(try HandoutText.bundled().massageGun.notIncludedText(reason))
  #expect(!sentence.isEmpty)
}

@Test func everyZoneRedFlagAndClearablePrecautionHasWording() throws {
  let text = try HandoutText.bundled()
  for zone in GunZone.allCases { #expect(text.massageGun.zone(zone) != nil) }
  for flag in RedFlag.allCases { #expect(text.safety.redFlagText(flag.rawValue) != nil) }
  for condition in Condition.allCases where condition.gunEffect == .onlyIfCleared {
    #expect(text.massageGun.precautionName(condition) != nil)
  }
  for category in ExerciseCategory.allCases { #expect(!text.general.categories.label(for: category).isEmpty) }
}

@Test func highIrritabilitySentenceIsKind() throws {
  let sentence = try #require(try HandoutText.bundled().massageGun.notIncludedText(.highIrritability))
  #expect(sentence.contains("Not for now"))
}

/// A writable copy of the bundled text folder, for breaking one file.
private func copyOfBundledText() throws -> URL {
  let resources = try #require(BundledResourcesForTests.directory())
  let target = FileManager.default.temporaryDirectory.appendingPathComponent(
    "handout-text-\(UUID().uuidString)", isDirectory: true)
  try FileManager.default.copyItem(at: resources.appendingPathComponent("text"), to: target)
  return target
}

private enum BundledResourcesForTests {
  static func directory() -> URL? {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Resources")
  }
}

private func replace(_ old: String, with new: String, in file: String, at folder: URL) throws {
  let url = folder.appendingPathComponent(file)
  let contents = try String(contentsOf: url, encoding: .utf8)
  #expect(contents.contains(old))
  try contents.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
}

@Test func aMissingPositionIsNamedWithItsFile() throws {
  let folder = try copyOfBundledText()
  defer { try? FileManager.default.removeItem(at: folder) }
  try replace(
    "- id: sitting_on_hard_edge", with: "- id: sitting_on_a_hard_edge", in: "positions.yaml", at: folder)
  #expect(
    throws: HandoutTextError.unknownEntry(
      file: "positions.yaml", list: "positions", id: "sitting_on_a_hard_edge")
  ) {
    try HandoutText.load(from: folder)
  }
}

/// A position's figure says what it shows to a screen reader: its `alt` may not be empty.
@Test func anEmptyPositionAltTextIsRefused() throws {
  let folder = try copyOfBundledText()
  defer { try? FileManager.default.removeItem(at: folder) }
  try replace(
    "alt: \"Lying on the back with pillows under the knees\"", with: "alt: \" \"", in: "positions.yaml",
    at: folder)
  #expect(
    throws: HandoutTextError.invalidValue(
      file: "positions.yaml", path: "positions[2].alt", reason: "must not be empty (en-US)")
  ) {
    try HandoutText.load(from: folder)
  }
}

@Test func aMissingReasonIsNamed() throws {
  let folder = try copyOfBundledText()
  defer { try? FileManager.default.removeItem(at: folder) }
  try replace(
    "  - id: excluded_by_therapist\n", with: "  - id: no_device\n", in: "massage-gun.yaml", at: folder)
  #expect(
    throws: HandoutTextError.duplicateEntry(file: "massage-gun.yaml", list: "not_included", id: "no_device")
  ) {
    try HandoutText.load(from: folder)
  }
}

@Test func aMissingKeyIsNamedInSnakeCase() throws {
  let folder = try copyOfBundledText()
  defer { try? FileManager.default.removeItem(at: folder) }
  try replace("  glance_title:", with: "  glance_titel:", in: "handout.yaml", at: folder)
  #expect(throws: HandoutTextError.missingKey(file: "handout.yaml", path: "cover.glance_title")) {
    try HandoutText.load(from: folder)
  }
}

@Test func brokenYAMLAndMissingFilesNameTheFile() throws {
  let folder = try copyOfBundledText()
  defer { try? FileManager.default.removeItem(at: folder) }
  try "help: [unclosed\n".write(
    to: folder.appendingPathComponent("safety.yaml"), atomically: true, encoding: .utf8)
  do {
    _ = try HandoutText.load(from: folder)
    Issue.record("expected an error")
  } catch {
    guard case .invalidYAML(let file, _) = error else { Issue.record("wrong error \(error)"); return }
    #expect(file == "safety.yaml")
  }
  try FileManager.default.removeItem(at: folder.appendingPathComponent("education.yaml"))
  do {
    _ = try HandoutText.load(from: folder)
    Issue.record("expected an error")
  } catch {
    guard case .unreadableFile(let file, _) = error else { Issue.record("wrong error \(error)"); return }
    #expect(file == "education.yaml")
    #expect(error.description.hasPrefix("education.yaml"))
  }
}

@Test func localeVariantsNeedBothLocales() throws {
  let folder = try copyOfBundledText()
  defer { try? FileManager.default.removeItem(at: folder) }
  try replace(
    "    en-GB: \"Call {number} or go to A&E straight away if you have\"\n", with: "", in: "safety.yaml",
    at: folder)
  #expect(throws: HandoutTextError.missingKey(file: "safety.yaml", path: "help.emergency_title.en-GB")) {
    try HandoutText.load(from: folder)
  }
}
