import ArgumentParser
import Foundation
import HomeProgramEngine
import HomeProgramModel

/// Options shared by the commands that print a handout.
struct HandoutOptionGroup: ParsableArguments {
  @Option(help: "The clinic file (YAML). Without it a neutral default is used.")
  var clinic: String?

  @Option(help: "Page size: letter or a4 (default: the clinic's paper, else letter).")
  var paper: Paper?

  @Flag(help: "Large print: body text 14 pt or more.")
  var largePrint = false

  @Flag(
    help: """
      Print the full booklet (long education, positions of comfort, full cards, 6-week log) instead \
      of the short core handout. Default: the clinic file's handout, else short.
      """)
  var booklet = false

  @Option(help: "Folder holding the DejaVu Sans TrueType files.")
  var fontDir: String?

  @Option(
    help: """
      The handout's language: en or es (Spanish, es-US). Overrides the profile's `language`; \
      default: the profile's, else en. The plan stays in English.
      """)
  var language: Language?

  /// `profile` in the language asked for with `--language`, else its own.
  func withLanguage(_ profile: PatientProfile) -> PatientProfile {
    var profile = profile
    if let language { profile.language = language }
    return profile
  }

  /// The handout's form: the booklet when asked for, else the clinic's default.
  func form(for clinic: Clinic) -> HandoutForm { booklet ? .booklet : clinic.handout }

  /// The clinic file's contents, or the built-in default.
  func loadClinic() throws(InputError) -> Clinic {
    guard let clinic else { return .builtInDefault }
    return try HandoutEngine.clinic(at: clinic)
  }

  /// Render options for `profile`: its date, or today's when it has none (the clock and the time
  /// zone are read only then).
  func renderOptions(
    for profile: PatientProfile, clinic: Clinic, today: @autoclosure () -> String = Today.isoDate()
  ) -> RenderOptions {
    RenderOptions(
      paper: paper ?? clinic.paper, largePrint: largePrint, date: profile.date ?? today(),
      form: form(for: clinic))
  }
}

/// Spelled out rather than left to ArgumentParser's defaults for `CaseIterable` raw-value types,
/// which describe each value with string interpolation (a reflection and dynamic casts per value)
/// while every command line is parsed. Same strings: the raw values, without extra descriptions.
extension Language: ExpressibleByArgument {
  public var defaultValueDescription: String { rawValue }
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
  public static var allValueDescriptions: [String: String] { [:] }
  public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

extension Paper: ExpressibleByArgument {
  public var defaultValueDescription: String { rawValue }
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
  public static var allValueDescriptions: [String: String] { [:] }
  public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
