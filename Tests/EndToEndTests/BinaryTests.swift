import Foundation
import Testing

@Test func binaryPrintsVersion() throws {
  let result = try Binary.run(["--version"])
  #expect(result.status == 0)
  #expect(!result.stdout.isEmpty)
}
