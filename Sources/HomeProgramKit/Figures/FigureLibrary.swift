import Foundation
import HomeProgramResources

/// Every figure the handouts can ask for, by `Figure.key`: catalogue ids, "position:<id>" and
/// "bodymap" (every zone) or "bodymap:quads,calves" (the routine's zones).
public struct FigureLibrary: Sendable, Equatable {
  /// Figures of catalogue entries, by id.
  public var exercises: [String: FigureSpec]
  /// Figures of the positions of comfort, by `PositionID` raw value.
  public var positions: [String: FigureSpec]
  /// The words inside the body map.
  public var bodyMapLabels: BodyMapLabels

  public init(
    exercises: [String: FigureSpec], positions: [String: FigureSpec], bodyMapLabels: BodyMapLabels = .none
  ) {
    self.exercises = exercises
    self.positions = positions
    self.bodyMapLabels = bodyMapLabels
  }

  /// The figures of `catalogue` and the bundled positions of comfort.
  public init(catalogue: Catalogue, bodyMapLabels: BodyMapLabels = .none) throws(InputError) {
    var exercises: [String: FigureSpec] = [:]
    for entry in catalogue.entries {
      if let figure = entry.figure { exercises[entry.id] = figure }
    }
    self.init(exercises: exercises, positions: try Self.bundledPositions(), bodyMapLabels: bodyMapLabels)
  }

  /// The prefix of position keys.
  public static let positionPrefix = "position:"
  /// The key of the massage-gun body map with every zone shaded.
  public static let bodyMapKey = "bodymap"

  /// The key of the body map shading only `zones`, in the routine's order.
  public static func bodyMapKey(zones: [GunZone]) -> String {
    bodyMapKey + ":" + zones.map(\.rawValue).joined(separator: ",")
  }

  /// The zones a body-map key asks for; nil when `key` is not a body map or names an unknown zone.
  public static func bodyMapZones(_ key: String) -> [GunZone]? {
    if key == bodyMapKey { return GunZone.allCases }
    guard key.hasPrefix(bodyMapKey + ":") else { return nil }
    let names = key.dropFirst(bodyMapKey.count + 1).split(separator: ",", omittingEmptySubsequences: true)
    var zones: [GunZone] = []
    for name in names {
      guard let zone = GunZone(rawValue: String(name)) else { return nil }
      zones.append(zone)
    }
    return zones
  }

  /// The scene for `key`, arranged for a frame of `frame`'s proportions; nil for unknown keys.
  public func scene(for key: String, side: Side?, frame: Size) -> FigureScene? {
    if let zones = Self.bodyMapZones(key) {
      return BodyMapComposer.scene(zones: zones, side: side, labels: bodyMapLabels)
    }
    let spec =
      key.hasPrefix(Self.positionPrefix)
      ? positions[String(key.dropFirst(Self.positionPrefix.count))] : exercises[key]
    guard let spec else { return nil }
    var scene = FigureComposer.scene(for: spec, frame: frame)
    // An exercise done with the sore leg gets the patient's side in a ring: "L" or "R".
    let legs = spec.working.contains(.legNear) != spec.working.contains(.legFar)
    if legs, let side, side != .both {
      let letter = side == .left ? bodyMapLabels.left : bodyMapLabels.right
      if !letter.isEmpty {
        let box = scene.bounds
        let center = Point(x: box.minX + 6, y: box.maxY - 6)
        scene.shapes += BodyMapComposer.sideMark(letter, center: center, scale: 1.6)
      }
    }
    return scene
  }

  // MARK: - Positions of comfort

  static let positionsHeaderKeys = ["positions"]

  /// The bundled `figures/positions.yaml` (its compiled form when that is current).
  public static func bundledPositions() throws(InputError) -> [String: FigureSpec] {
    guard let directory = BundledResources.directory() else {
      throw .fileNotFound(path: "figures (set \(BundledResources.environmentKey) to the Resources folder)")
    }
    if let compiled = CompiledResources.current(for: directory) { return compiled.positions }
    return try positions(path: directory.appendingPathComponent("figures/positions.yaml").path)
  }

  /// Reads a positions file: one figure per `PositionID`, every one present.
  public static func positions(path: String) throws(InputError) -> [String: FigureSpec] {
    let source = try InputSource.file(path, byteLimit: CatalogueLoader.fileByteLimit)
    let root = try MappingReader(source.parse(), file: source.name, allowed: positionsHeaderKeys)
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
