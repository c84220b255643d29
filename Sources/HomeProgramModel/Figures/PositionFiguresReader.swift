/// Reads the figures of the positions of comfort (`figures/positions.yaml`): one figure per
/// `PositionID`, every one present.
public enum PositionFiguresReader {
  static let headerKeys = ["positions"]

  /// The figures in the file at `path`, by `PositionID` raw value.
  public static func read(path: String) throws(InputError) -> [String: FigureSpec] {
    let source = try InputSource.file(path, byteLimit: CatalogueLoader.fileByteLimit)
    let root = try MappingReader(source.parse(), file: source.name, allowed: headerKeys)
    let ids = PositionID.allCases.map(\.rawValue)
    let figures = try root.require("positions") { key throws(InputError) in
      try root.mapping(key, allowed: ids)
    }
    var result: [String: FigureSpec] = [:]
    for id in ids {
      guard let figure = try figures.mapping(id, allowed: FigureSpecReader.figureKeys) else {
        throw .missingKey(figures.location, keyPath: figures.keyPath(id))
      }
      result[id] = try FigureSpecReader.read(figure, id: id)
    }
    return result
  }
}
