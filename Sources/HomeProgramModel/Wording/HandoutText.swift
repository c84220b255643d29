// The handout wording: every sentence a patient reads that is not exercise-specific. It lives as
// YAML in `Resources/text` (one file per part of the handout) and is decoded into these value types.
import Foundation

/// All handout wording, loaded from a folder of YAML files (`Resources/text`).
public struct HandoutText: Sendable, Equatable, Codable {
  /// The files that make up the wording, in load order.
  public static let fileNames = [
    "handout.yaml", "education.yaml", "positions.yaml", "massage-gun.yaml", "safety.yaml", "public.yaml",
    "short.yaml",
  ]

  /// Titles, labels, dose phrases, the cover, the traffic light and the log (`handout.yaml`).
  public var general: General
  /// "Understanding sciatica" (`education.yaml`).
  public var education: Education
  /// Positions of comfort and the massage-therapist note (`positions.yaml`).
  public var positions: Positions
  /// The massage-gun routine and its safety wording (`massage-gun.yaml`).
  public var massageGun: MassageGun
  /// "When to get help", the referral sheets and red-flag wording (`safety.yaml`).
  public var safety: Safety
  /// The public "Sciatica Relief" handout's own wording (`public.yaml`).
  public var publicHandout: PublicHandout
  /// The short core handout's own wording (`short.yaml`).
  public var short: Short

  public init(
    general: General, education: Education, positions: Positions, massageGun: MassageGun, safety: Safety,
    publicHandout: PublicHandout, short: Short
  ) {
    self.general = general
    self.education = education
    self.positions = positions
    self.massageGun = massageGun
    self.safety = safety
    self.publicHandout = publicHandout
    self.short = short
  }

  /// Loads and checks the wording in `directory` (a folder holding the files in `fileNames`).
  ///
  /// Every list keyed by id must cover its closed vocabulary (every `PositionID`,
  /// `GunAvoidArea`, `GunExclusionReason`, `GunZone`, `RedFlag` and cleared-precaution `Condition`).
  public static func load(from directory: URL) throws(HandoutTextError) -> HandoutText {
    try load(from: directory, prefix: "")
  }

  /// Loads and checks the wording of `language` from the English wording folder `directory`:
  /// English is `directory` itself; a translation is its sub-folder (`es/`), whose every file must
  /// have every key, list item, id and `{placeholder}` of its English original and nothing more
  /// (errors name the translated file, `es/handout.yaml`, and the key). Nothing falls back to
  /// English.
  public static func load(from directory: URL, language: Language) throws(HandoutTextError) -> HandoutText {
    guard let folder = language.folder else { return try load(from: directory) }
    for file in fileNames {
      let name = "\(folder)/\(file)"
      try WordingParity.check(
        english: YAMLTextFile.node(file: file, in: directory),
        translated: YAMLTextFile.node(file: name, in: directory), file: name)
    }
    return try load(from: directory, prefix: folder + "/")
  }

  /// The files `prefix` + each of `fileNames` in `directory`, decoded and checked.
  private static func load(from directory: URL, prefix: String) throws(HandoutTextError) -> HandoutText {
    let text = HandoutText(
      general: try YAMLTextFile.decode(General.self, file: prefix + "handout.yaml", in: directory),
      education: try YAMLTextFile.decode(Education.self, file: prefix + "education.yaml", in: directory),
      positions: try YAMLTextFile.decode(Positions.self, file: prefix + "positions.yaml", in: directory),
      massageGun: try YAMLTextFile.decode(MassageGun.self, file: prefix + "massage-gun.yaml", in: directory),
      safety: try YAMLTextFile.decode(Safety.self, file: prefix + "safety.yaml", in: directory),
      publicHandout: try YAMLTextFile.decode(PublicHandout.self, file: prefix + "public.yaml", in: directory),
      short: try YAMLTextFile.decode(Short.self, file: prefix + "short.yaml", in: directory))
    try text.validate(prefix: prefix)
    return text
  }
}

/// One entry of a list keyed by id: `{id: …, text: …}`.
public struct IDText: Sendable, Equatable, Codable {
  public var id: String
  public var text: String
}

extension Array where Element == IDText {
  /// The text of the entry with `id`, if any.
  func text(for id: String) -> String? { first { $0.id == id }?.text }
}
