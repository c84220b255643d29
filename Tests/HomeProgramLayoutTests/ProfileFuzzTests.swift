import Foundation
import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPlanner

/// A deterministic, seeded fuzzer over the sample profiles: random deletions, type swaps, byte
/// flips, stray syntax and truncations. Whatever the mutation, reading gives either one clean,
/// one-line error that names the file, or a valid profile that plans, encodes and builds a
/// handout — never a crash.
struct ProfileFuzzTests {
  typealias Random = SplitMix64

  /// Values swapped in for a scalar: other types, edge numbers, YAML oddities.
  static let replacements = [
    "[1, 2]", "{a: 1}", "\"text\"", "99999999999999999999", "-5", "11", "0.5", "true", "null", "~", "''",
    "[]", "{}",
    "&anchor x", "*missing", "!!binary aGVsbG8=", "|\n  block", "2026-13-45", "disco", "\"\\u0000\"", "😀",
    "NG99",
  ]
  /// Fragments inserted at random places.
  static let insertions = [
    "{", "}", "[", "]", ":", "- ", "\t", "\"", "'", "&a ", "*a", "!", "%", "@", "#", "\u{FEFF}", "\r", "\n",
    "é",
    "😀", "\u{0}", "\u{7}", "  ", ",", "? ", "---\n", "...\n",
  ]

  static func samples() throws -> [(name: String, bytes: [UInt8])] {
    let folder = Fixtures.root.appendingPathComponent("Samples/patients")
    return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { name in
      (name, [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))))
    }
  }

  /// One random mutation of `bytes`.
  static func mutate(_ bytes: [UInt8], _ random: inout Random) -> [UInt8] {
    var bytes = bytes
    guard !bytes.isEmpty else { return Array(random.pick(insertions).utf8) }
    var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    switch random.below(8) {
    case 0:  // delete a line
      lines.remove(at: random.below(lines.count))
      return Array(lines.joined(separator: [0x0A]))
    case 1:  // delete a run of bytes
      let start = random.below(bytes.count)
      bytes.removeSubrange(start..<min(bytes.count, start + 1 + random.below(20)))
    case 2:  // flip bits of a byte
      bytes[random.below(bytes.count)] ^= UInt8(1 + random.below(255))
    case 3:  // swap a value's type
      let index = random.below(lines.count)
      let line = lines[index]
      if let colon = line.firstIndex(of: 0x3A) {
        let key = line[...colon]
        lines[index] = Array(key) + Array(" \(random.pick(replacements))".utf8)
      }
      return Array(lines.joined(separator: [0x0A]))
    case 4:  // duplicate a line
      let index = random.below(lines.count)
      lines.insert(lines[index], at: index)
      return Array(lines.joined(separator: [0x0A]))
    case 5:  // insert stray syntax
      bytes.insert(contentsOf: Array(random.pick(insertions).utf8), at: random.below(bytes.count + 1))
    case 6:  // truncate
      bytes.removeSubrange(random.below(bytes.count)...)
    default:  // swap two lines
      let (a, b) = (random.below(lines.count), random.below(lines.count))
      lines.swapAt(a, b)
      return Array(lines.joined(separator: [0x0A]))
    }
    return bytes
  }

  @Test func mutatedProfilesGiveACleanErrorOrAValidPlan() throws {
    let samples = try Self.samples()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hp-fuzz-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = try HandoutText.bundled()
    var random = Random(state: 0x5EED_0007)
    var (errors, plans, documents) = (0, 0, 0)
    var kinds: Set<String> = []
    for number in 0..<2_000 {
      let sample = samples[number % samples.count]
      var bytes = sample.bytes
      for _ in 0...random.below(2) { bytes = Self.mutate(bytes, &random) }
      let ext = URL(fileURLWithPath: sample.name).pathExtension
      let path = folder.appendingPathComponent("case-\(number).\(ext)").path
      // Valid UTF-8 is read in memory (as `InputSource.file` would prepare it); anything else
      // goes through a real file, to reach the UTF-8 check.
      let source: InputSource?
      if let text = String(validating: bytes, as: UTF8.self) {
        source = InputSource(name: path, text: ext == "json" ? InputSource.jsonForYAML(text) : text)
      } else {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        source = nil
      }
      do {
        let profile =
          try source.map { source throws(InputError) in try ProfileReader.read(source) }
          ?? ProfileReader.read(path: path)
        try Fixtures.planner.validate(profile, file: path)
        let plan = Fixtures.planner.plan(profile)
        plans += 1
        if plan.outcome != .program { #expect(plan.items.isEmpty, "case \(number)") }
        #expect(!(try plan.jsonString()).isEmpty)
        // Every 10th valid plan (not every 25th case: which cases stay valid depends on how many
        // sample files there are) is also built and previewed.
        if plans.isMultiple(of: 10) {
          let document = try HandoutBuilder().build(
            plan: plan, profile: profile, clinic: .builtInDefault, exercises: Fixtures.catalogue.byID,
            text: text,
            options: HandoutOptions(date: profile.date ?? "2026-11-25", catalogueVersion: "fuzz"))
          #expect(!TextPreview.render(document, width: 60).isEmpty)
          documents += 1
        }
      } catch let error as InputError {
        errors += 1
        let message = error.description
        kinds.insert(Mirror(reflecting: error).children.first?.label ?? "\(error)")
        #expect(message.hasPrefix(path), "case \(number): the message must start with the file: \(message)")
        #expect(!message.contains("\n"), "case \(number): more than one line: \(message)")
        #expect(message.count < 1_000, "case \(number): a runaway message")
      }
      try? FileManager.default.removeItem(atPath: path)
    }
    // The fuzzer must really reach both sides and many kinds of error.
    #expect(errors > 400 && plans > 200, "errors \(errors), plans \(plans)")
    #expect(documents > 10)
    #expect(kinds.count >= 8, "error kinds reached: \(kinds.sorted())")
  }
}
