import Foundation
import Testing

/// The fuzzer's promise checked through the real binary, for a few dozen seeded mutations of the
/// sample profile: exit 0 with a whole PDF, or exit 1 with exactly one `error:` line and no output
/// file — never a crash, never output on error, never a temporary file.
struct BinaryFuzzTests {
  struct Random {
    var state: UInt64

    mutating func below(_ bound: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return bound <= 1 ? 0 : Int((z ^ (z >> 31)) % UInt64(bound))
    }
  }

  static let fragments = [
    "[", "{", ":", "\"", "- ", "\t", "&a ", "*a", "11", "disco", "[1]", "😀", "\u{202E}", "\u{0}",
  ]

  static func mutate(_ text: [UInt8], _ random: inout Random) -> [UInt8] {
    var bytes = text
    switch random.below(4) {
    case 0:
      let start = random.below(bytes.count)
      bytes.removeSubrange(start..<min(bytes.count, start + 1 + random.below(12)))
    case 1:
      bytes[random.below(bytes.count)] ^= UInt8(1 + random.below(255))
    case 2:
      bytes.insert(
        contentsOf: Array(fragments[random.below(fragments.count)].utf8), at: random.below(bytes.count))
    default:
      var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
      lines.remove(at: random.below(lines.count))
      bytes = Array(lines.joined(separator: [0x0A]))
    }
    return bytes
  }

  @Test func mutatedProfilesThroughTheBinary() throws {
    let w = try Workspace.make()
    defer { w.remove() }
    var random = Random(state: 0xF00D_0007)
    var outcomes: [Int32: Int] = [:]
    for number in 0..<30 {
      let bytes = Self.mutate(Self.mutate(Array(Workspace.sample.utf8), &random), &random)
      let profile = try w.write("case-\(number).yaml", bytes: bytes)
      let output = w.out.appendingPathComponent("case-\(number).pdf").path
      let result = try Binary.run(["generate", profile, "-o", output])
      outcomes[result.status, default: 0] += 1
      let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
      switch result.status {
      case 0:
        #expect(errors.isEmpty)
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(data.starts(with: Data("%PDF-".utf8)), "case \(number)")
      case 1:
        #expect(errors.count == 1, "case \(number): \(result.stderr)")
        #expect(errors.first?.hasPrefix("error: \(profile)") == true, "case \(number): \(result.stderr)")
        #expect(
          !FileManager.default.fileExists(atPath: output), "case \(number) wrote output despite an error")
      default:
        Issue.record("case \(number) exited \(result.status): \(result.stderr)")
      }
    }
    #expect(try w.hiddenOutputFiles().isEmpty)
    #expect(outcomes[0, default: 0] > 0 && outcomes[1, default: 0] > 0, "\(outcomes)")
  }
}
