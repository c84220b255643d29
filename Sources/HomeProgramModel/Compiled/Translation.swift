import Foundation

/// One language's handout words: its wording and the catalogue with its words (the English
/// catalogue's doses, rules and figures with the translated names, steps, tips and alt texts).
/// Bundled like `BundledData`, and decoded only when a handout in that language is made.
public struct Translation: Sendable, Equatable, Codable {
  /// The language of these words.
  public var language: Language
  /// The wording (`text/<language>/`).
  public var text: HandoutText
  /// The catalogue in this language (`catalogue/<language>/` over the English `catalogue/`).
  public var catalogue: Catalogue

  /// The words of `language` with every part given.
  public init(language: Language, text: HandoutText, catalogue: Catalogue) {
    self.language = language
    self.text = text
    self.catalogue = catalogue
  }

  /// Reads and checks `language`'s words in the resources folder `directory` (its `text/` and
  /// `catalogue/`) against the English `catalogue` read from the same folder. Throws the loaders'
  /// errors, which name the translated file and the key or entry.
  public static func load(from directory: URL, language: Language, english catalogue: Catalogue) throws
    -> Translation
  {
    Translation(
      language: language,
      text: try HandoutText.load(
        from: directory.appendingPathComponent("text", isDirectory: true), language: language),
      catalogue: try CatalogueTranslation.load(
        folder: directory.appendingPathComponent("catalogue").path, language: language, english: catalogue))
  }
}
