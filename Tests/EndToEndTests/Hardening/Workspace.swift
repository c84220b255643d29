import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A temporary folder for one hardening case: inputs are written into it, output goes to `out/`.
struct Workspace: Sendable {
  let root: URL

  /// A fresh, empty workspace with an empty `out/` folder.
  static func make() throws -> Workspace {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("hp-harden-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("out"), withIntermediateDirectories: true)
    return Workspace(root: root)
  }

  /// The output folder.
  var out: URL { root.appendingPathComponent("out") }
  /// The PDF a `generate` case writes.
  var output: String { out.appendingPathComponent("out.pdf").path }

  func path(_ name: String) -> String { root.appendingPathComponent(name).path }

  /// Writes `text` to `name` in the workspace; returns its path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    try write(name, bytes: Array(text.utf8))
  }

  @discardableResult
  func write(_ name: String, bytes: [UInt8]) throws -> String {
    let url = root.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
    return url.path
  }

  /// The disc sample profile (Samples/patients/jose-disc.yaml) as text.
  static let sample: String = {
    let url = Binary.packageRoot.appendingPathComponent("Samples/patients/jose-disc.yaml")
    return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
  }()

  /// The pregnancy sample profile (JSON) as text.
  static let sampleJSON: String = {
    let url = Binary.packageRoot.appendingPathComponent("Samples/patients/chloe-pregnancy.json")
    return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
  }()

  /// The disc sample with `old` replaced by `new`, written to `name`. Fails when `old` is absent,
  /// so a case can never silently test the unchanged sample.
  @discardableResult
  func profile(_ name: String = "p.yaml", replacing old: String, with new: String) throws -> String {
    let source = name.hasSuffix(".json") ? Self.sampleJSON : Self.sample
    guard source.contains(old) else { throw Problem("the sample has no \(old.debugDescription)") }
    return try write(name, source.replacingOccurrences(of: old, with: new))
  }

  /// The disc sample with the patient's name set to `name` (YAML double-quoted, escapes allowed).
  @discardableResult
  func profile(named name: String) throws -> String {
    try profile(replacing: "  name: \"José Ñúñez\"", with: "  name: \"\(name)\"")
  }

  /// A copy of the bundled catalogue folder with `old` replaced by `new` (first occurrence) in `file`.
  func catalogue(editing file: String, replacing old: String, with new: String) throws -> String {
    let folder = root.appendingPathComponent("catalogue")
    let bundled = Binary.packageRoot.appendingPathComponent("Resources/catalogue")
    if !FileManager.default.fileExists(atPath: folder.path) {
      try FileManager.default.copyItem(at: bundled, to: folder)
    }
    let url = folder.appendingPathComponent(file)
    let text = try String(contentsOf: url, encoding: .utf8)
    guard let range = text.range(of: old) else { throw Problem("\(file) has no \(old.debugDescription)") }
    try text.replacingCharacters(in: range, with: new).write(to: url, atomically: true, encoding: .utf8)
    return folder.path
  }

  /// A CSV batch input of `rows` under the usual header.
  @discardableResult
  func csv(_ rows: [String], name: String = "patients.csv", header: String = Workspace.csvHeader) throws
    -> String
  {
    try write(name, ([header] + rows).joined(separator: "\n") + "\n")
  }

  static let csvHeader =
    "patient.name,patient.reference,side,cause,symptoms.pain_now,symptoms.pain_worst_24h,"
    + "symptoms.settle_time,symptoms.night_pain,symptoms.duration_weeks,symptoms.below_knee,"
    + "symptoms.peripheralises,symptoms.neuro,date"

  /// One valid CSV row.
  static func csvRow(_ name: String, _ reference: String, side: String = "left") -> String {
    "\(name),\(reference),\(side),disc,4,6,10to60min,none,4,true,none,none,2026-11-25"
  }

  /// The files in `out/` whose names start with a dot (temporary files are hidden).
  func hiddenOutputFiles() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
  }

  /// Every file in `out/`.
  func outputFiles() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
  }

  func remove() { try? FileManager.default.removeItem(at: root) }

  struct Problem: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }
}

/// Small PNG and JPEG files for logo cases.
enum TestImage {
  static func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }

  static func bigEndian(_ value: UInt32) -> [UInt8] {
    [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
  }

  static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
    let body = Array(type.utf8) + data
    return bigEndian(UInt32(data.count)) + body + bigEndian(crc32(body))
  }

  static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

  static func header(width: UInt32, height: UInt32) -> [UInt8] {
    chunk("IHDR", bigEndian(width) + bigEndian(height) + [8, 2, 0, 0, 0])
  }

  /// A valid 2 × 2 RGB PNG: zlib "stored" blocks need no compressor.
  static var validPNG: [UInt8] {
    let raw: [UInt8] = [0, 200, 30, 30, 30, 200, 30] + [0, 30, 30, 200, 200, 200, 200]
    var adlerA: UInt32 = 1
    var adlerB: UInt32 = 0
    for byte in raw {
      adlerA = (adlerA + UInt32(byte)) % 65521
      adlerB = (adlerB + adlerA) % 65521
    }
    let length = UInt16(raw.count)
    let stored: [UInt8] =
      [
        0x78, 0x01, 0x01, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF),
        UInt8(~length >> 8),
      ]
      + raw + bigEndian(adlerB << 16 | adlerA)
    return signature + header(width: 2, height: 2) + chunk("IDAT", stored) + chunk("IEND", [])
  }

  /// Right header, image data that is not zlib (valid chunk CRCs, so only decoding finds it).
  static var damagedPNG: [UInt8] {
    signature + header(width: 10, height: 10) + chunk("IDAT", Array("not zlib data".utf8)) + chunk("IEND", [])
  }

  /// A small file that declares a 60000 × 60000 image (gigabytes once decoded).
  static var hugePNG: [UInt8] {
    signature + header(width: 60_000, height: 60_000) + chunk("IDAT", [0x78, 0x01]) + chunk("IEND", [])
  }
}
