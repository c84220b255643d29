import Foundation
import Yams

/// Reads a clinic file (contract: clinic profile) strictly.
public enum ClinicReader {
  static let keys = [
    "name", "therapist", "phone", "website", "address", "logo", "accent_color", "locale",
    "emergency_number", "paper", "handout",
  ]
  /// Largest logo accepted, in bytes.
  public static let logoByteLimit = 2 << 20

  /// Reads and validates the clinic file at `path`. A logo path is resolved against its folder.
  public static func read(path: String) throws(InputError) -> Clinic {
    let source = try InputSource.file(path)
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    return try read(node: source.parse(), file: source.name, folder: folder)
  }

  /// Reads a clinic from a parsed node; `folder` resolves a relative logo path.
  public static func read(node: Node, file: String, folder: String) throws(InputError) -> Clinic {
    let root = try MappingReader(node, file: file, allowed: keys)
    var clinic = Clinic()
    clinic.name = try root.string("name", maxLength: 200)
    clinic.therapist = try root.string("therapist", maxLength: 200)
    clinic.phone = try root.string("phone", maxLength: 40)
    if let phone = clinic.phone {
      let allowed = Set("+0123456789 ()-.")
      guard phone.contains(where: \.isNumber), phone.allSatisfy({ allowed.contains($0) }) else {
        throw .invalidFormat(
          root.location(of: "phone"), keyPath: "phone", value: phone,
          expected: "a phone number of digits, spaces and + ( ) - .")
      }
    }
    clinic.website = try root.string("website", maxLength: 300)
    if let website = clinic.website {
      let lower = website.lowercased()
      guard (lower.hasPrefix("https://") || lower.hasPrefix("http://")) && !website.contains(" ")
      else {
        throw .invalidFormat(
          root.location(of: "website"), keyPath: "website", value: website,
          expected: "a web address starting with https://")
      }
    }
    clinic.address = try root.string("address", maxLength: 300)
    if let logo = try root.string("logo", maxLength: 1_000) {
      let resolved =
        logo.hasPrefix("/") ? logo : URL(fileURLWithPath: folder).appendingPathComponent(logo).path
      try checkLogo(resolved, given: logo, location: root.location(of: "logo"))
      clinic.logoPath = resolved
    }
    if let hex = try root.string("accent_color", maxLength: 20) {
      guard let color = RGBColor(hex: hex) else {
        throw .invalidFormat(
          root.location(of: "accent_color"), keyPath: "accent_color", value: hex,
          expected: "a colour written #RRGGBB, e.g. #1F5FAD")
      }
      clinic.accentColor = color
    }
    clinic.locale = try root.oneOf("locale", Clinic.Locale.self) ?? .enUS
    if let number = try root.string("emergency_number", maxLength: 20) {
      guard !number.isEmpty, number.allSatisfy({ $0.isNumber || $0 == " " || $0 == "+" }) else {
        throw .invalidFormat(
          root.location(of: "emergency_number"), keyPath: "emergency_number", value: number,
          expected: "a short number of digits, e.g. 911 or 112")
      }
      clinic.emergencyNumberOverride = number
    }
    clinic.paper = try root.oneOf("paper", Clinic.Paper.self) ?? .letter
    clinic.handout = try root.oneOf("handout", HandoutForm.self) ?? .short
    return clinic
  }

  /// Widest and tallest logo accepted, in pixels: a small PNG can declare a huge image that
  /// would take gigabytes to decode.
  public static let logoPixelLimit = 4_000

  /// The logo must exist, be a small regular file, and really be a PNG (with a sane size in
  /// pixels) or a JPEG, checked by its first bytes.
  static func checkLogo(_ path: String, given: String, location: SourceLocation) throws(InputError) {
    func refuse(_ expected: String) -> InputError {
      .invalidFormat(location, keyPath: "logo", value: given, expected: expected)
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw refuse("a PNG or JPEG file that exists (\(path) was not found)")
    }
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    guard !isDirectory.boolValue, attributes?[.type] as? FileAttributeType == .typeRegular else {
      throw refuse("a PNG or JPEG file (\(path) is not a regular file)")
    }
    let size = attributes?[.size] as? Int ?? 0
    if size > logoByteLimit {
      throw .outOfRange(
        location, keyPath: "logo", value: "\(given) (\(size) bytes)",
        allowed: "at most \(InputError.size(logoByteLimit))")
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw refuse("a readable PNG or JPEG file (\(path) cannot be opened)")
    }
    defer { try? handle.close() }
    let head: [UInt8]
    do {
      head = [UInt8](try handle.read(upToCount: 32) ?? Data())
    } catch {
      throw refuse("a readable PNG or JPEG file (\(path): \(error.localizedDescription))")
    }
    if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
      // The first chunk of a PNG is IHDR: length 13, then width and height (big-endian).
      guard head.count >= 24, head[8..<16].elementsEqual([0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]) else {
        throw refuse("a PNG or JPEG image (the PNG header is damaged)")
      }
      func number(_ offset: Int) -> Int {
        head[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
      }
      let (width, height) = (number(16), number(20))
      guard (1...logoPixelLimit).contains(width), (1...logoPixelLimit).contains(height) else {
        throw .outOfRange(
          location, keyPath: "logo", value: "\(given) (\(width) × \(height) pixels)",
          allowed: "at most \(logoPixelLimit) × \(logoPixelLimit) pixels")
      }
      return
    }
    guard head.starts(with: [0xFF, 0xD8, 0xFF]) else { throw refuse("a PNG or JPEG image") }
  }
}
