import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramModel

@Test(arguments: ["#1F5FAD", "1f5fad", "#000000", "#FFFFFF"])
func hexColoursRoundTrip(hex: String) throws {
  let color = try #require(RGBColor(hex: hex))
  #expect(color.hex == "#" + hex.uppercased().replacingOccurrences(of: "#", with: ""))
}

@Test(arguments: ["", "#12345", "#GGGGGG", "blue", "#1F5FAD00"])
func badHexColoursAreRejected(hex: String) {
  #expect(RGBColor(hex: hex) == nil)
}
