import Foundation
import HomeProgramModel

/// The massage-gun body map: a front and a back view, the four zones shaded, the no-go areas
/// hatched, the patient's side ringed, and a legend. Pure geometry in figure units.
///
/// In a wide frame the legend stands beside the two views in small labels; in a narrow one (the
/// compact routine's column beside its words, `stacksLegend(in:)`) it stands under them, its
/// labels and the view labels 1.7 times as large, so that they print at a size a patient can
/// read (about 8.5 pt at normal print, 10 pt in large print) rather than at 5 to 7 pt.
public enum BodyMapComposer {
  static let labelSize = 4.6
  /// How much larger the labels are when the legend stands under the views.
  static let stackedLabelScale = 1.7
  /// A frame narrower than this (width over height) gets the legend under the views.
  static let stackedLegendAspect = 1.3

  /// Whether a frame of `frame`'s proportions gets the legend under the views.
  public static func stacksLegend(in frame: Size) -> Bool {
    frame.height > 0 && frame.width / frame.height < stackedLegendAspect
  }

  /// The body map for a routine of `zones`, done on both legs (the routine's table gives its
  /// time for each side), for a patient whose sciatica is on `side` (ringed; nil: no side marked).
  /// Only the prescribed zones are shaded, each on both legs. `stackedLegend` puts the legend
  /// under the views, in larger labels.
  public static func scene(
    zones: [GunZone] = GunZone.allCases, side: Side?, labels: BodyMapLabels, stackedLegend: Bool = false
  ) -> FigureScene {
    let size = stackedLegend ? labelSize * stackedLabelScale : labelSize
    var scene = FigureScene()
    let front = 22.0
    let back = 70.0
    scene.shapes += silhouette(front)
    scene.shapes += silhouette(back)
    for screen in [-1.0, 1.0] {
      // Front view: the front of the thigh.
      if zones.contains(.quads) {
        scene.shapes.append(
          .stroke(
            [Point(x: front + screen * 6.4, y: 41), Point(x: front + screen * 6.1, y: 31)], width: 7,
            ink: .zone))
      }
      // Back view: buttock, back of the thigh, calf.
      let x = back + screen * 6
      if zones.contains(.glutes) {
        scene.shapes.append(FigurePropGeometry.ellipse(Point(x: x, y: 47.5), 5, 4, ink: .zone))
      }
      if zones.contains(.hamstrings) {
        scene.shapes.append(
          .stroke(
            [Point(x: x + screen * 0.4, y: 39.5), Point(x: x + screen * 0.2, y: 31)], width: 7, ink: .zone))
      }
      if zones.contains(.calves) {
        scene.shapes.append(
          .stroke(
            [Point(x: x - screen * 0.2, y: 21), Point(x: x - screen * 0.4, y: 13)], width: 5.6, ink: .zone))
      }
    }
    // No-go areas: spine and lower back, back of the knees, kneecaps, ankle bones, tailbone.
    scene.shapes += hatched(Rect(x: back - 7, y: 51, width: 14, height: 9))
    scene.shapes += hatched(Rect(x: back - 2, y: 60, width: 4, height: 27))
    for screen in [-1.0, 1.0] {
      scene.shapes.append(.dot(Point(x: back + screen * 6, y: 26), radius: 2.4, ink: .noGo))
      scene.shapes.append(.dot(Point(x: front + screen * 6, y: 26), radius: 2.4, ink: .noGo))
      scene.shapes.append(.dot(Point(x: front + screen * 7.8, y: 6.5), radius: 1.3, ink: .noGo))
      scene.shapes.append(.dot(Point(x: back + screen * 7.8, y: 6.5), radius: 1.3, ink: .noGo))
    }
    scene.shapes.append(.dot(Point(x: back, y: 45.5), radius: 1.5, ink: .noGo))

    // L and R under the feet; the patient's side ringed.
    for (center, rightOnScreenLeft) in [(front, true), (back, false)] {
      for screen in [-1.0, 1.0] {
        let isRight = (screen < 0) == rightOnScreenLeft
        let letter = isRight ? labels.right : labels.left
        guard !letter.isEmpty else { continue }
        let x = center + screen * 6.5
        // The letter's middle stays where the ring is, whatever the label size.
        let ringY = -4.9
        scene.shapes += centredLabel(
          letter, x: x, baseline: stackedLegend ? ringY - size * 0.36 : -6.5, size: size)
        let patientSide: Side = isRight ? .right : .left
        if side == patientSide || side == .both {
          scene.shapes.append(ring(Point(x: x, y: ringY), radius: max(3.6, size * 0.7)))
        }
      }
    }
    let viewBaseline = stackedLegend ? -19.0 : -14
    scene.shapes += centredLabel(labels.front, x: front, baseline: viewBaseline, size: size)
    scene.shapes += centredLabel(labels.back, x: back, baseline: viewBaseline, size: size)

    // Legend: beside the views, or under them (left-aligned with the front view's arm).
    let legendX = stackedLegend ? 8.0 : 98.0
    let rowStep = stackedLegend ? 12.0 : 10
    var y = stackedLegend ? viewBaseline - size - rowStep : 66.0
    // Symbols a little larger with larger labels; the words start after the widest symbol.
    let mark = stackedLegend ? 1.3 : 1
    let textX = legendX + 11 * mark
    if !labels.use.isEmpty {
      scene.shapes.append(
        .stroke(
          [
            Point(x: legendX + 1.5 * mark, y: y + 1.6 * mark),
            Point(x: legendX + 6.5 * mark, y: y + 1.6 * mark),
          ],
          width: 4.5 * mark, ink: .zone))
      scene.shapes.append(.label(labels.use, at: Point(x: textX, y: y), size: size, ink: .label))
      y -= rowStep
    }
    if !labels.avoid.isEmpty {
      // Both no-go marks: the hatched areas and the dots on knees and ankle bones.
      scene.shapes += hatched(
        Rect(x: legendX - 4 * mark, y: y - 1.2 * mark, width: 8 * mark, height: 5.6 * mark))
      scene.shapes.append(
        .dot(Point(x: legendX + 7.2 * mark, y: y + 1.6 * mark), radius: 2.4 * mark, ink: .noGo))
      scene.shapes.append(.label(labels.avoid, at: Point(x: textX, y: y), size: size, ink: .label))
      y -= rowStep
    }
    if side != nil, !labels.yourSide.isEmpty {
      scene.shapes.append(ring(Point(x: legendX + 4 * mark, y: y + 1.6 * mark), radius: 3.6 * mark))
      scene.shapes.append(.label(labels.yourSide, at: Point(x: textX, y: y), size: size, ink: .label))
    }
    return scene
  }

  /// A letter in a ring (the patient's side), `scale` times the body map's size.
  static func sideMark(_ letter: String, center: Point, scale: Double) -> [FigureShape] {
    let size = labelSize * scale
    let width = Double(letter.count) * size * FigureShape.labelAdvance
    var ring = ring(center, radius: 3.6 * scale)
    if case .stroke(let points, _, let ink) = ring { ring = .stroke(points, width: 1.2 * scale, ink: ink) }
    return [
      ring,
      .label(letter, at: Point(x: center.x - width / 2, y: center.y - size * 0.36), size: size, ink: .label),
    ]
  }

  static func centredLabel(_ text: String, x: Double, baseline: Double, size: Double = labelSize)
    -> [FigureShape]
  {
    guard !text.isEmpty else { return [] }
    let width = Double(text.count) * size * FigureShape.labelAdvance
    return [.label(text, at: Point(x: x - width / 2, y: baseline), size: size, ink: .label)]
  }

  static func ring(_ center: Point, radius: Double) -> FigureShape {
    var points: [Point] = []
    for index in 0...24 {
      let t = Double(index) / 24 * 2 * .pi
      points.append(Point(x: center.x + radius * cos(t), y: center.y + radius * sin(t)))
    }
    return .stroke(points, width: 1, ink: .zone)
  }

  /// A front or back silhouette centred on `x`.
  static func silhouette(_ x: Double) -> [FigureShape] {
    var shapes: [FigureShape] = [
      .dot(Point(x: x, y: 92), radius: 7, ink: .silhouette),
      .stroke([Point(x: x, y: 80), Point(x: x, y: 87)], width: 6, ink: .silhouette),
      .polygon(
        [
          Point(x: x - 13, y: 81), Point(x: x + 13, y: 81), Point(x: x + 10.5, y: 60),
          Point(x: x + 12.5, y: 48),
          Point(x: x + 11, y: 43), Point(x: x - 11, y: 43), Point(x: x - 12.5, y: 48),
          Point(x: x - 10.5, y: 60),
        ], outline: 0, ink: .silhouette),
    ]
    for screen in [-1.0, 1.0] {
      shapes.append(
        .stroke(
          [
            Point(x: x + screen * 13.5, y: 78), Point(x: x + screen * 16.5, y: 59),
            Point(x: x + screen * 18, y: 43),
          ], width: 6, ink: .silhouette))
      shapes.append(
        .stroke(
          [Point(x: x + screen * 6.5, y: 46), Point(x: x + screen * 6, y: 26)], width: 10, ink: .silhouette))
      shapes.append(
        .stroke(
          [Point(x: x + screen * 6, y: 26), Point(x: x + screen * 5.6, y: 5)], width: 7.5, ink: .silhouette))
      shapes.append(
        .stroke(
          [Point(x: x + screen * 5.6, y: 3.2), Point(x: x + screen * 8.5, y: 2.2)], width: 4, ink: .silhouette
        ))
    }
    return shapes
  }

  /// A dark no-go box with white diagonal hatching clipped to it.
  static func hatched(_ rect: Rect) -> [FigureShape] {
    var shapes: [FigureShape] = [
      .polygon(
        [
          Point(x: rect.minX, y: rect.minY), Point(x: rect.maxX, y: rect.minY),
          Point(x: rect.maxX, y: rect.maxY),
          Point(x: rect.minX, y: rect.maxY),
        ], outline: 0, ink: .noGo)
    ]
    // Lines y = x + c, clipped to the rect, every `spacing` units.
    let spacing = 2.4
    let width = 0.6
    var c = rect.minY - rect.maxX + spacing / 2
    while c < rect.maxY - rect.minX {
      let x0 = max(rect.minX, rect.minY - c) + width
      let x1 = min(rect.maxX, rect.maxY - c) - width
      if x1 > x0 {
        shapes.append(.stroke([Point(x: x0, y: x0 + c), Point(x: x1, y: x1 + c)], width: width, ink: .hatch))
      }
      c += spacing
    }
    return shapes
  }
}
