import Foundation

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

  /// WCAG 2 relative luminance (sRGB channels linearised): 0 for black, 1 for white.
  public var relativeLuminance: Double {
    func linear(_ channel: Double) -> Double {
      channel <= 0.039_28 ? channel / 12.92 : pow((channel + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
  }

  /// WCAG 2 contrast ratio between this colour and `other` (1 to 21).
  public func contrast(with other: RGBColor) -> Double {
    let (a, b) = (relativeLuminance, other.relativeLuminance)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
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
  /// Dark enough for the white bold "AMBER" label on it to reach 5:1 (WCAG AA asks 4.5:1 for
  /// text this size); #B26A00 gave only 4.2:1.
  public static let trafficAmber = RGBColor(red: 0xA0 / 255, green: 0x5F / 255, blue: 0x00 / 255)
  public static let trafficRed = RGBColor(red: 0xC6 / 255, green: 0x28 / 255, blue: 0x28 / 255)
}
