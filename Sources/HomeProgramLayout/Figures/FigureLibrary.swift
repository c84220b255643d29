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

  /// The space a drawer keeps clear inside a figure's frame, in points, unless told otherwise.
  public static let drawMargin = 4.0

  /// The scene for `key`, arranged for a frame of `frame`'s size, to be drawn `margin` points
  /// inside it; nil for unknown keys.
  public func scene(for key: String, side: Side?, frame: Size, margin: Double = drawMargin) -> FigureScene? {
    if let zones = FigureKey.bodyMapZones(key) {
      return BodyMapComposer.scene(
        zones: zones, side: side, labels: bodyMapLabels,
        stackedLegend: BodyMapComposer.stacksLegend(in: frame))
    }
    guard let spec = spec(for: key) else { return nil }
    let letter = sideLetter(spec, side).flatMap { $0.isEmpty ? nil : $0 }
    // The panel numbers and the side ring are sized in points for the frame (the figure around
    // them is scaled down more or less, depending on its shape): laid out once at the nominal
    // size, then twice more at the size that draws them `numberPoints` tall at the last scale.
    var scene = scene(spec, frame: frame, letter: letter, numberSize: FigureComposer.numberSize)
    guard FigureComposer.isNumbered(spec) || letter != nil else { return scene }
    for _ in 0..<2 {
      let scale = scene.scale(toFit: frame, margin: margin)
      guard scale > 0 else { break }
      scene = self.scene(
        spec, frame: frame, letter: letter, numberSize: FigureComposer.numberPoints(frame: frame) / scale)
    }
    return scene
  }

  /// `spec`'s scene with panel numbers `numberSize` figure units tall and, for an exercise done
  /// with the sore leg, the patient's side in a ring ("L" or "R") of the same size.
  private func scene(_ spec: FigureSpec, frame: Size, letter: String?, numberSize: Double) -> FigureScene {
    var scene = FigureComposer.scene(for: spec, frame: frame, numberSize: numberSize)
    if let letter {
      let box = scene.bounds
      let unit = numberSize / FigureComposer.numberSize
      // Two panels: beside the top left corner, clear of the panel number 1.
      let center = Point(
        x: spec.end == nil ? box.minX + 6 * unit : box.minX - 7.5 * unit, y: box.maxY - 6 * unit)
      scene.shapes += BodyMapComposer.sideMark(letter, center: center, scale: 1.6 * unit)
    }
    return scene
  }
}
