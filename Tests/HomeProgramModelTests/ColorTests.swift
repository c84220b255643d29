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

/// The traffic light's labels are white bold text (about 10 pt, 14 pt in large print) on their
/// colour: each reaches WCAG AA's 4.5:1 for normal-size text.
@Test(arguments: [RGBColor.trafficGreen, .trafficAmber, .trafficRed])
func trafficLightLabelsAreReadableOnTheirColour(color: RGBColor) {
  #expect(color.contrast(with: .white) >= 4.5, "\(color.hex): \(color.contrast(with: .white))")
}

@Test func contrastMatchesWCAGsExamples() {
  #expect(abs(RGBColor.black.contrast(with: .white) - 21) < 0.01)
  #expect(abs(RGBColor.white.contrast(with: .white) - 1) < 0.01)
  // #777777 on white: 4.48:1, the classic "just below AA" grey.
  let grey = RGBColor(red: 0x77 / 255, green: 0x77 / 255, blue: 0x77 / 255)
  #expect(abs(grey.contrast(with: .white) - 4.48) < 0.01)
}
