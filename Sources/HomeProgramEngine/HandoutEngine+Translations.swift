import Foundation
import HomeProgramBundle
import HomeProgramModel

extension HandoutEngine {
  /// Where a translated handout's words come from, for an engine over `catalogue`: the bundled
  /// ones when `folder` is nil (the bundled catalogue); with `--catalogue DIR` (`folder`), the
  /// bundled wording and DIR's own `es/` catalogue words, checked against DIR's entries, so an
  /// edited or added entry never prints the bundled words. The CLI and the web server both use it.
  public static func translations(over catalogue: Catalogue, folder: String?)
    -> @Sendable (Language) throws -> Translation?
  {
    guard let folder else { return { language in try Bundled.translation(language) } }
    return { language in
      guard let bundled = try Bundled.translation(language) else { return nil }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue
      else {
        throw InputError.unreadable(
          path: folder,
          reason: "a handout in '\(language.rawValue)' with --catalogue needs a catalogue folder with its "
            + "\(language.rawValue)/ words, not one file")
      }
      return Translation(
        language: language, text: bundled.text,
        catalogue: try CatalogueTranslation.load(folder: folder, language: language, english: catalogue))
    }
  }
}
