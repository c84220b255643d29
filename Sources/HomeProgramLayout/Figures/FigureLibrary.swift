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

  /// The words the figure for `key` writes (the body map's labels, the ring with the patient's
  /// side), so a PDF's font subset can hold their letters before the figure is drawn.
  public func labels(for key: String, side: Side?) -> [String] {
    if FigureKey.bodyMapZones(key) != nil {
      let words = bodyMapLabels
      return [words.front, words.back, words.left, words.right, words.use, words.avoid, words.yourSide]
    }
    guard let spec = spec(for: key), let letter = sideLetter(spec, side) else { return [] }
    return [letter]
  }

  /// The letter ringed beside an exercise done with one leg ("L" or "R"), or nil.
  private func sideLetter(_ spec: FigureSpec, _ side: Side?) -> String? {
    guard spec.working.contains(.legNear) != spec.working.contains(.legFar), let side, side != .both else {
      return nil
    }
    return side == .left ? bodyMapLabels.left : bodyMapLabels.right
  }

  /// The spec for a catalogue id or "position:<id>".
  private func spec(for key: String) -> FigureSpec? {
    key.hasPrefix(FigureKey.positionPrefix)
      ? positions[String(key.dropFirst(FigureKey.positionPrefix.count))] : exercises[key]
  }

  /// The scene for `key`, arranged for a frame of `frame`'s proportions; nil for unknown keys.
  public func scene(for key: String, side: Side?, frame: Size) -> FigureScene? {
    if let zones = FigureKey.bodyMapZones(key) {
      return BodyMapComposer.scene(
        zones: zones, side: side, labels: bodyMapLabels,
        stackedLegend: BodyMapComposer.stacksLegend(in: frame))
    }
    guard let spec = spec(for: key) else { return nil }
    var scene = FigureComposer.scene(for: spec, frame: frame)
    // An exercise done with the sore leg gets the patient's side in a ring: "L" or "R".
    if let letter = sideLetter(spec, side), !letter.isEmpty {
      let box = scene.bounds
      // Two panels: beside the top left corner, clear of the panel number 1.
      let center = Point(x: spec.end == nil ? box.minX + 6 : box.minX - 7.5, y: box.maxY - 6)
      scene.shapes += BodyMapComposer.sideMark(letter, center: center, scale: 1.6)
    }
    return scene
  }
}
