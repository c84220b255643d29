/// An sRGB colour with components in 0…1.
public struct RGBColor: Sendable, Equatable, Hashable {
  public var red: Double
  public var green: Double
  public var blue: Double

  public init(red: Double, green: Double, blue: Double) {
    self.red = red
    self.green = green
    self.blue = blue
  }

  /// Parses `#RRGGBB` (the `#` is optional); nil for anything else.
  public init?(hex: String) {
    var digits = Substring(hex)
    if digits.hasPrefix("#") { digits = digits.dropFirst() }
    guard digits.count == 6, digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16) else {
      return nil
    }
    self.init(
      red: Double((value >> 16) & 0xFF) / 255, green: Double((value >> 8) & 0xFF) / 255,
      blue: Double(value & 0xFF) / 255)
  }

  /// `#RRGGBB`.
  public var hex: String {
    func byte(_ component: Double) -> String {
      let value = Int((min(max(component, 0), 1) * 255).rounded())
      let text = String(value, radix: 16, uppercase: true)
      return text.count == 1 ? "0" + text : text
    }
    return "#" + byte(red) + byte(green) + byte(blue)
  }

  /// Mixes this colour with white: `amount` 0.1 gives a 10% tint.
  public func tint(_ amount: Double) -> RGBColor {
    RGBColor(
      red: 1 - (1 - red) * amount, green: 1 - (1 - green) * amount, blue: 1 - (1 - blue) * amount)
  }

  /// Relative luminance-like grey level (0 black … 1 white), for greyscale checks.
  public var greyLevel: Double { 0.299 * red + 0.587 * green + 0.114 * blue }

  public static let defaultAccent = RGBColor(red: 0x1F / 255, green: 0x5F / 255, blue: 0xAD / 255)
  public static let text = RGBColor(red: 0x1A / 255, green: 0x1A / 255, blue: 0x1A / 255)
  public static let secondaryText = RGBColor(red: 0x55 / 255, green: 0x55 / 255, blue: 0x55 / 255)
  public static let rule = RGBColor(red: 0xC8 / 255, green: 0xC8 / 255, blue: 0xC8 / 255)
  public static let white = RGBColor(red: 1, green: 1, blue: 1)
  public static let black = RGBColor(red: 0, green: 0, blue: 0)
  public static let trafficGreen = RGBColor(red: 0x2E / 255, green: 0x7D / 255, blue: 0x32 / 255)
  public static let trafficAmber = RGBColor(red: 0xB2 / 255, green: 0x6A / 255, blue: 0x00 / 255)
  public static let trafficRed = RGBColor(red: 0xC6 / 255, green: 0x28 / 255, blue: 0x28 / 255)
}
