import ArgumentParser
import HomeProgramBundle
import HomeProgramModel

/// Options every command shares.
struct CommonOptions: ParsableArguments {
  @Option(name: .long, help: "Use this catalogue folder (or file) instead of the bundled one.")
  var catalogue: String?

  /// The catalogue to use: `--catalogue` or the bundled one.
  func loadCatalogue() throws(InputError) -> Catalogue {
    if let catalogue { return try CatalogueLoader.load(path: catalogue) }
    return try CatalogueLoader.bundled()
  }
}

/// Output format for commands that print data.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}
