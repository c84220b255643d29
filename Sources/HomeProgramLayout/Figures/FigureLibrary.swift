import Foundation
import HomeProgramModel

/// Every figure the handouts can ask for, by `Figure.key` (`FigureKey`).
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

  /// The figures of `catalogue` and the positions of comfort `positions` (by `PositionID` raw value).
  public init(catalogue: Catalogue, positions: [String: FigureSpec], bodyMapLabels: BodyMapLabels = .none) {
    var exercises: [String: FigureSpec] = [:]
    for entry in catalogue.entries {
      if let figure = entry.figure { exercises[entry.id] = figure }
    }
    self.init(exercises: exercises, positions: positions, bodyMapLabels: bodyMapLabels)
  }

  /// The scene for `key`, arranged for a frame of `frame`'s proportions; nil for unknown keys.
  public func scene(for key: String, side: Side?, frame: Size) -> FigureScene? {
    if let zones = FigureKey.bodyMapZones(key) {
      return BodyMapComposer.scene(zones: zones, side: side, labels: bodyMapLabels)
    }
    let spec =
      key.hasPrefix(FigureKey.positionPrefix)
      ? positions[String(key.dropFirst(FigureKey.positionPrefix.count))] : exercises[key]
    guard let spec else { return nil }
    var scene = FigureComposer.scene(for: spec, frame: frame)
    // An exercise done with the sore leg gets the patient's side in a ring: "L" or "R".
    let legs = spec.working.contains(.legNear) != spec.working.contains(.legFar)
    if legs, let side, side != .both {
      let letter = side == .left ? bodyMapLabels.left : bodyMapLabels.right
      if !letter.isEmpty {
        let box = scene.bounds
        // Two panels: beside the top left corner, clear of the panel number 1.
        let center = Point(x: spec.end == nil ? box.minX + 6 : box.minX - 7.5, y: box.maxY - 6)
        scene.shapes += BodyMapComposer.sideMark(letter, center: center, scale: 1.6)
      }
    }
    return scene
  }
}
