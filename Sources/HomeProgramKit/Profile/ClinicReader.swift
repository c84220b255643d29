import Foundation
import Yams

/// Reads a clinic file (contract: clinic profile) strictly.
public enum ClinicReader {
  static let keys = [
    "name", "therapist", "phone", "website", "address", "logo", "accent_color", "locale",
    "emergency_number", "paper",
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
    return clinic
  }

  /// The logo must exist, be small, and really be a PNG or JPEG (checked by its first bytes).
  static func checkLogo(_ path: String, given: String, location: SourceLocation) throws(InputError) {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .invalidFormat(
        location, keyPath: "logo", value: given,
        expected: "a PNG or JPEG file that exists (\(path) was not found)")
    }
    defer { try? handle.close() }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    if size > logoByteLimit {
      throw .outOfRange(
        location, keyPath: "logo", value: "\(given) (\(size) bytes)",
        allowed: "at most \(logoByteLimit) bytes")
    }
    let head = [UInt8](handle.readData(ofLength: 8))
    let isPNG = head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    let isJPEG = head.starts(with: [0xFF, 0xD8, 0xFF])
    guard isPNG || isJPEG else {
      throw .invalidFormat(location, keyPath: "logo", value: given, expected: "a PNG or JPEG image")
    }
  }
}
