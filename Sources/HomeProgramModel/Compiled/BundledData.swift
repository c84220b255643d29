import Foundation

/// The data bundled with the program: the exercise catalogue, the handout wording and the figures
/// of the positions of comfort. Read from the YAML in `Resources` by the same strict loaders as
/// any folder given with `--catalogue`, at build time, and compiled into the program in the
/// binary form (see `HomeProgramBundle`).
public struct BundledData: Sendable, Equatable, Codable {
  /// The bundled catalogue (`catalogue/`).
  public var catalogue: Catalogue
  /// The handout wording (`text/`).
  public var text: HandoutText
  /// The figures of the positions of comfort (`figures/positions.yaml`), by position id.
  public var positions: [String: FigureSpec]

  /// The data with every part given.
  public init(catalogue: Catalogue, text: HandoutText, positions: [String: FigureSpec]) {
    self.catalogue = catalogue
    self.text = text
    self.positions = positions
  }

  /// The positions file, relative to the resources folder.
  public static let positionsFile = "figures/positions.yaml"

  /// Reads and checks every file of the resources folder `directory` (its `catalogue/`, `text/`
  /// and `figures/positions.yaml`). Throws the loaders' errors, which name the file and line.
  public static func load(from directory: URL) throws -> BundledData {
    BundledData(
      catalogue: try CatalogueLoader.load(
        path: directory.appendingPathComponent("catalogue").path,
        base: { () throws(InputError) -> Catalogue in
          throw .unreadable(path: directory.path, reason: "the bundled catalogue is a folder")
        }),
      text: try HandoutText.load(from: directory.appendingPathComponent("text", isDirectory: true)),
      positions: try PositionFiguresReader.read(path: directory.appendingPathComponent(positionsFile).path))
  }
}
