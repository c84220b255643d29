import Foundation
import HomeProgramModel

/// A SHA-256 over everything that decides a handout's bytes: the profile (as its canonical
/// `ProfileDocument` JSON, so reformatting a file changes nothing), the clinic (its fields and
/// its logo's bytes, never its path), the catalogue and program versions, the paper, large print
/// and the handout date, and the handout's form (short or booklet). Its first 8 characters are printed in every handout's footer, so a
/// printed page can be traced to what produced it; `batch --only-changed` skips a row whose hash
/// and file are unchanged. `generate`, `batch` and the web page compute it the same way, so they
/// write the same bytes for the same profile.
public struct ContentHash: Sendable, Equatable {
  /// 64 lower-case hex characters.
  public var hex: String

  /// The first 8 hex characters, printed in the handout's footer.
  public var short: String { String(hex.prefix(8)) }

  /// The clinic's share of a hash: its fields and its logo's bytes, read once. A batch makes one
  /// for the whole run instead of reading the logo again for every row.
  public struct ClinicPart: Sendable, Equatable {
    /// The length-prefixed fields, exactly as they enter the hash.
    let bytes: [UInt8]

    /// Reads `clinic`'s logo (when it has one) and lays out its fields.
    public init(_ clinic: Clinic) {
      var fields = Fields()
      let color = clinic.accentColor
      fields.add(
        clinic.name, clinic.therapist, clinic.phone, clinic.website, clinic.address,
        "\(color.red),\(color.green),\(color.blue)", clinic.locale.rawValue, clinic.emergencyNumberOverride,
        clinic.paper.rawValue)
      fields.add(clinic.logoPath.flatMap { FileManager.default.contents(atPath: $0) }.map { Array($0) } ?? [])
      bytes = fields.bytes
    }
  }

  /// The hash of one patient's handout.
  public init(
    profile: PatientProfile, clinic: Clinic, catalogueVersion: String,
    programVersion: String = HomeProgramVersion.current, paper: Paper, largePrint: Bool, date: String,
    form: HandoutForm = .short
  ) {
    self.init(
      profile: profile, clinic: ClinicPart(clinic), catalogueVersion: catalogueVersion,
      programVersion: programVersion, paper: paper, largePrint: largePrint, date: date, form: form)
  }

  /// The hash of one patient's handout, with the clinic's share already read.
  public init(
    profile: PatientProfile, clinic: ClinicPart, catalogueVersion: String,
    programVersion: String = HomeProgramVersion.current, paper: Paper, largePrint: Bool, date: String,
    form: HandoutForm = .short
  ) {
    var hash = Fields(kind: "homeprogram-handout-2")
    hash.add(Self.canonical(profile))
    hash.bytes += clinic.bytes
    hash.add(catalogueVersion, programVersion, paper.rawValue, largePrint ? "large" : "regular", date)
    // The form is added only for the short handout, the new default, so a booklet keeps the hash
    // (and `--only-changed` state) it had before the short form existed.
    if form == .short { hash.add(form.rawValue) }
    hex = SHA256.hexDigest(of: hash.bytes)
  }

  /// The hash of the public leaflet: no profile, only the clinic and the versions.
  public init(
    publicFor clinic: Clinic, catalogueVersion: String, programVersion: String = HomeProgramVersion.current,
    paper: Paper, largePrint: Bool, language: Language = .en, form: HandoutForm = .short
  ) {
    var hash = Fields(kind: "homeprogram-public-1")
    hash.bytes += ClinicPart(clinic).bytes
    hash.add(catalogueVersion, programVersion, paper.rawValue, largePrint ? "large" : "regular")
    // Added only for a translated leaflet, so the English editions keep their hashes.
    if language != .en { hash.add(language.rawValue) }
    // As for a handout: added only for the short leaflet, so the booklet (the leaflet as it was)
    // keeps its hash.
    if form == .short { hash.add(form.rawValue) }
    hex = SHA256.hexDigest(of: hash.bytes)
  }

  /// The profile as compact JSON with sorted keys (`ProfileDocument`).
  static func canonical(_ profile: PatientProfile) -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    // Encoding plain strings, numbers and enums cannot fail; the fallback still separates profiles.
    return (try? Array(encoder.encode(ProfileDocument(profile)))) ?? Array(String(describing: profile).utf8)
  }

  /// Length-prefixed fields, so moving bytes from one field to the next changes the hash.
  struct Fields {
    var bytes: [UInt8] = []

    init() {}

    init(kind: String) { add(kind) }

    mutating func add(_ field: [UInt8]) {
      bytes += Array("\(field.count):".utf8)
      bytes += field
    }

    mutating func add(_ strings: String?...) {
      for string in strings { add(string.map { Array(("+" + $0).utf8) } ?? Array("-".utf8)) }
    }
  }
}
