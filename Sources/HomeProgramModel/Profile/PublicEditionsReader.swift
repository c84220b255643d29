import Foundation
import Yams

/// Reads an editions manifest strictly:
///
/// ```yaml
/// editions:
///   - file: sciatica-relief-a4.pdf
///     paper: a4                 # letter | a4; default: the clinic's paper
///     large_print: false        # default false
///     clinic: clinic-gb.yaml    # relative to the manifest; default: the neutral clinic
///     booklet: false            # the full booklet; default: the clinic's `handout` (short)
///     locale: en-GB             # en-US | en-GB: wording and emergency number; default: the clinic's
/// ```
///
/// Unknown keys, bad values, unsafe file names and duplicate file names are one-line `InputError`s
/// naming the manifest, line, column and key path.
public enum PublicEditionsReader {
  static let rootKeys = ["editions"]
  static let editionKeys = ["file", "paper", "large_print", "clinic", "booklet", "locale"]
  /// Most editions one manifest may list.
  public static let maximumEditions = 100

  /// Reads and validates the manifest at `path`; clinic paths are resolved against its folder.
  public static func read(path: String) throws(InputError) -> [PublicEdition] {
    let source = try InputSource.file(path)
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    return try read(node: source.parse(), file: source.name, folder: folder)
  }

  /// Reads a manifest from a parsed node; `folder` resolves relative clinic paths.
  public static func read(node: Node, file: String, folder: String) throws(InputError) -> [PublicEdition] {
    let root = try MappingReader(node, file: file, allowed: rootKeys)
    guard let items = try root.sequence("editions") else {
      throw .missingKey(root.location, keyPath: "editions")
    }
    guard !items.isEmpty, items.count <= maximumEditions else {
      throw .outOfRange(
        root.location(of: "editions"), keyPath: "editions", value: "\(items.count) editions",
        allowed: "1–\(maximumEditions)")
    }
    var editions: [PublicEdition] = []
    var seen: [String: String] = [:]
    for (index, item) in items.enumerated() {
      let path = "editions[\(index)]"
      let entry = try MappingReader(item, file: file, path: path, allowed: editionKeys)
      let name = try entry.require("file") { key throws(InputError) in try entry.string(key, maxLength: 200) }
      if let problem = fileNameProblem(name) {
        throw .invalidFormat(
          entry.location(of: "file"), keyPath: entry.keyPath("file"), value: name, expected: problem)
      }
      if let first = seen[name.lowercased()] {
        throw .invalidFormat(
          entry.location(of: "file"), keyPath: entry.keyPath("file"), value: name,
          expected: "a file name no other edition uses (\(first) already writes it)")
      }
      seen[name.lowercased()] = path
      var clinicPath: String?
      if let clinic = try entry.string("clinic", maxLength: 1_000) {
        guard !clinic.isEmpty else {
          throw .invalidFormat(
            entry.location(of: "clinic"), keyPath: entry.keyPath("clinic"), value: clinic,
            expected: "the path of a clinic file, relative to the manifest")
        }
        clinicPath =
          clinic.hasPrefix("/") ? clinic : URL(fileURLWithPath: folder).appendingPathComponent(clinic).path
      }
      editions.append(
        PublicEdition(
          file: name, paper: try entry.oneOf("paper", Clinic.Paper.self),
          largePrint: try entry.bool("large_print") ?? false, clinicPath: clinicPath,
          form: try entry.bool("booklet").map { $0 ? .booklet : .short },
          locale: try entry.oneOf("locale", Clinic.Locale.self), location: entry.location))
    }
    return editions
  }

  /// Why `name` is not a safe output file name, or nil when it is: a plain name (no folders, no
  /// `..`, no leading dot, no control characters) ending in `.pdf`.
  public static func fileNameProblem(_ name: String) -> String? {
    let plain = "a plain file name ending in .pdf"
    if name.contains("/") || name.contains("\\") { return "\(plain), without folders" }
    if name.hasPrefix(".") { return "\(plain), not starting with a dot" }
    if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
      return "\(plain), without control characters"
    }
    if name.hasPrefix(" ") || name.hasSuffix(" ") { return "\(plain), without leading or trailing spaces" }
    guard name.lowercased().hasSuffix(".pdf"), name.count > 4 else { return plain }
    return nil
  }
}
