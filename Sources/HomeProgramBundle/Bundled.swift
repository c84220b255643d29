import Foundation
import HomeProgramModel
import HomeProgramResources

// The data bundled with the program: the catalogue, the handout wording and the figures of the
// positions of comfort. The model's loaders read any folder; these read the bundled one.

extension CatalogueLoader {
  /// The bundled catalogue: its compiled form when that is current, else the YAML.
  public static func bundled() throws(InputError) -> Catalogue {
    guard let directory = BundledResources.directory() else {
      throw .fileNotFound(path: "catalogue (set \(BundledResources.environmentKey) to the Resources folder)")
    }
    if let compiled = CompiledResources.current(for: directory) { return compiled.catalogue }
    return try load(path: directory.appendingPathComponent("catalogue").path)
  }

  /// Loads a folder of catalogue files, or a single file merged over the bundled catalogue (its
  /// entries replace bundled entries with the same id), so a clinic can check one edited file on
  /// its own.
  public static func load(path: String) throws(InputError) -> Catalogue {
    try load(path: path, base: bundled)
  }
}

extension HandoutText {
  /// Loads the wording bundled with the program (`BundledResources.directory()/text`): its
  /// compiled form when that is current, else the YAML.
  public static func bundled() throws(HandoutTextError) -> HandoutText {
    guard let resources = BundledResources.directory() else {
      throw .resourcesNotFound(searched: BundledResources.candidateDirectories().map(\.path))
    }
    if let compiled = CompiledResources.current(for: resources) { return compiled.text }
    return try load(from: resources.appendingPathComponent("text", isDirectory: true))
  }
}

extension PositionFiguresReader {
  /// The bundled `figures/positions.yaml` (its compiled form when that is current).
  public static func bundled() throws(InputError) -> [String: FigureSpec] {
    guard let directory = BundledResources.directory() else {
      throw .fileNotFound(path: "figures (set \(BundledResources.environmentKey) to the Resources folder)")
    }
    if let compiled = CompiledResources.current(for: directory) { return compiled.positions }
    return try read(path: directory.appendingPathComponent(CompiledResources.positionsFile).path)
  }
}
