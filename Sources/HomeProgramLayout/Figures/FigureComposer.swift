import Foundation
import HomeProgramModel

/// Turns a `FigureSpec` into a `FigureScene`: the figure's strokes and circles, its props, the
/// floor and the motion arrows, in figure units. Pure, so tests can check the geometry.
public enum FigureComposer {
  /// Gap between the start and end panels of a sequence, in figure units.
  static let panelGap = 16.0
  /// How much thicker the working limb is drawn.
  static let accentWidening = 1.3

  /// The scene for `spec`, arranged (side by side or one above the other) to draw largest in a
  /// frame of `frame`'s proportions, its panels numbered with digits `numberSize` figure units
  /// tall (`FigureLibrary` sizes them for the frame, `numberPoints(frame:)`).
  public static func scene(for spec: FigureSpec, frame: Size, numberSize: Double = numberSize) -> FigureScene
  {
    let anchor = spec.anchor
    let skeletons = spec.poses.map { pose -> Skeleton in
      let skeleton = Skeleton(pose: pose)
      return skeleton.shifted(dx: -skeleton.point(anchor).x, dy: 0)
    }
    guard let start = skeletons.first else { return FigureScene() }
    if !spec.alternatives.isEmpty {
      // Positions that do as well: each in its own panel, with its own floor and props.
      let panels =
        [panel(body: start, spec: spec, furnitureFrom: start, arrowsFrom: nil)]
        + spec.alternatives.map { scene(for: $0, frame: frame, numberSize: numberSize) }
      let across = panels.dropFirst().reduce(panels[0]) { sideBySide($0, $1, oneFloor: false) }
      let stacked = panels.dropFirst().reduce(panels[0]) { aboveBelow($0, $1) }
      return stacked.scale(toFit: frame, margin: 0) > across.scale(toFit: frame, margin: 0) * 1.05
        ? stacked : across
    }
    let first: FigureScene
    let second: FigureScene
    if skeletons.count == 2, let end = skeletons.last {
      // Start and end in two numbered panels, the end carrying the arrow of the movement.
      first = numbered(
        panel(body: start, spec: spec, furnitureFrom: start, arrowsFrom: nil), 1, size: numberSize)
      second = numbered(
        panel(body: end, spec: spec, furnitureFrom: start, arrowsFrom: start), 2, size: numberSize)
    } else if spec.props.contains(where: { $0.kind == .gun }) {
      // A massage gun glides over a still body: the gun at the start of its glide, then at its
      // end with the arrow of the glide.
      first = numbered(
        panel(body: start, spec: spec, furnitureFrom: start, arrowsFrom: nil, glide: .start), 1,
        size: numberSize)
      second = numbered(
        panel(body: start, spec: spec, furnitureFrom: start, arrowsFrom: nil, glide: .end), 2,
        size: numberSize)
    } else {
      return panel(body: start, spec: spec, furnitureFrom: start, arrowsFrom: nil)
    }
    let across = sideBySide(first, second)
    let stacked = aboveBelow(first, second)
    let margin = 0.0
    return stacked.scale(toFit: frame, margin: margin) > across.scale(toFit: frame, margin: margin) * 1.05
      ? stacked : across
  }

  /// The size of a panel's number, in figure units, before `FigureLibrary` sizes it for its frame.
  public static let numberSize = 8.0

  /// True when `spec`'s scene numbers its panels 1 and 2 (start and end, or a gun's glide).
  public static func isNumbered(_ spec: FigureSpec) -> Bool {
    spec.alternatives.isEmpty
      ? spec.poses.count == 2 || spec.props.contains { $0.kind == .gun }
      : spec.alternatives.contains(where: isNumbered)
  }

  /// How tall, in points, a panel number is drawn in a figure frame `frame` tall: a ninth of
  /// the frame, from 6 to 8.5 pt (7.3 pt in a compact card's 66 pt frame, 8.5 pt in large
  /// print's 79 pt one and in the booklet's larger frames), a little over the capital height of
  /// the card's type. At a fixed size in figure units it came out 4 to 6 pt in a compact card,
  /// depending on how far each figure is scaled down.
  public static func numberPoints(frame: Size) -> Double {
    min(max(frame.height / 9, 6), 8.5)
  }

  /// The digits 1 and 2 as strokes in a box 0.62 wide and 1 tall (y up): drawn as lines, not
  /// text, so the figure stays one shared form XObject.
  static let digits: [Int: [(Double, Double)]] = [
    1: [(0.12, 0.78), (0.4, 1), (0.4, 0)],
    2: [(0.04, 0.74), (0.3, 1), (0.58, 0.82), (0.52, 0.56), (0.04, 0), (0.62, 0)],
  ]

  /// `scene` with the panel's `number` (1 or 2), `numberSize` figure units tall, beside its top
  /// left corner.
  static func numbered(_ scene: FigureScene, _ number: Int, size numberSize: Double = numberSize)
    -> FigureScene
  {
    let box = scene.bounds
    var numbered = scene
    let glyph = digits[number] ?? []
    // Left of the panel, level with its top, so it never sits on a head or an arrow.
    let left = box.minX - numberSize * 0.9
    let points = glyph.map {
      Point(x: left + $0.0 * numberSize, y: box.maxY - numberSize + $0.1 * numberSize)
    }
    numbered.shapes.append(.stroke(points, width: numberSize * 0.16, ink: .body))
    return numbered
  }

  /// `second` to the right of `first`; on one floor line (start and end), or each on its own
  /// (positions that are alternatives, set further apart).
  static func sideBySide(_ first: FigureScene, _ second: FigureScene, oneFloor: Bool = true) -> FigureScene {
    var scene = first
    let dx = first.bounds.maxX + panelGap * (oneFloor ? 1 : 1.5) - second.bounds.minX
    var right = second
    // Side by side, both stand on one floor: one line under both panels.
    if oneFloor, case .stroke(let a, let width, .floor) = first.shapes.first, let start = a.first,
      case .stroke(let b, _, .floor) = second.shapes.first, let end = b.last
    {
      scene.shapes[0] = .stroke([start, Point(x: end.x + dx, y: end.y)], width: width, ink: .floor)
      right.shapes.removeFirst()
    }
    scene.append(right, dx: dx)
    return scene
  }

  static func aboveBelow(_ first: FigureScene, _ second: FigureScene) -> FigureScene {
    var scene = first
    scene.append(second, dy: first.bounds.minY - panelGap * 0.75 - second.bounds.maxY)
    return scene
  }

  /// One panel: furniture, floor, the body, body-borne props, arrows.
  static func panel(
    body last: Skeleton, spec: FigureSpec, furnitureFrom: Skeleton, arrowsFrom: Skeleton?,
    glide: FigurePropGeometry.Glide = .start
  ) -> FigureScene {
    let people = FigureScene(shapes: figure(last, working: spec.working))
    var scene = FigureScene()
    for prop in spec.props where !prop.kind.movesWithBody {
      scene.shapes += FigurePropGeometry.shapes(prop, skeleton: furnitureFrom)
    }
    let extent = scene.bounds.width > 0 ? union(scene.bounds, people.bounds) : people.bounds
    scene.shapes.insert(
      .stroke(
        [Point(x: extent.minX - 6, y: -0.8), Point(x: extent.maxX + 6, y: -0.8)], width: 1.6, ink: .floor),
      at: 0)
    scene.shapes += people.shapes
    for prop in spec.props where prop.kind.movesWithBody {
      scene.shapes += FigurePropGeometry.shapes(prop, skeleton: last, glide: glide)
    }
    // Arrows only on the panel that shows the movement: the end, or a figure's only pose.
    for motion in spec.arrows where arrowsFrom != nil || spec.end == nil {
      let point = last.point(motion.point)
      if let direction = motion.direction {
        let unit: Point =
          switch direction {
          case .up: Point(x: 0, y: 1)
          case .down: Point(x: 0, y: -1)
          case .forward: Point(x: 1, y: 0)
          case .back: Point(x: -1, y: 0)
          }
        // Arrows stay above the floor: "down" comes in from above instead of leaving below.
        let clear = last.halfWidth(at: motion.point) + 3
        let (near, far) = direction == .down ? (-(clear + 12), -clear) : (clear, clear + 12)
        scene.shapes += arrow(
          from: Point(x: point.x + unit.x * near, y: point.y + unit.y * near),
          to: Point(x: point.x + unit.x * far, y: point.y + unit.y * far), bulge: 0, ink: .arrow)
      } else if let from = arrowsFrom?.point(motion.point) {
        scene.shapes += motionArc(
          from: from, to: point, around: last.point(.hip), clear: last.halfWidth(at: motion.point) + 5)
      }
    }
    return scene
  }

  static func union(_ a: Rect, _ b: Rect) -> Rect {
    let minX = min(a.minX, b.minX)
    let minY = min(a.minY, b.minY)
    return Rect(x: minX, y: minY, width: max(a.maxX, b.maxX) - minX, height: max(a.maxY, b.maxY) - minY)
  }

  /// The figure: far limbs, trunk, head, near limbs, each with its hand or foot.
  static func figure(_ skeleton: Skeleton, working: [Limb]) -> [FigureShape] {
    if skeleton.seenFromTheFeet { return FigureBody.fromTheFeet(skeleton, working: working) }
    func ink(_ limb: Limb, far: Bool) -> FigureInk {
      if working.contains(limb) { return .accent }
      return far ? .bodyFar : .body
    }
    func width(_ limb: Limb, _ base: Double) -> Double {
      working.contains(limb) ? base * accentWidening : base
    }
    func point(_ name: BodyPoint) -> Point { skeleton.point(name) }
    let limb = Skeleton.limbWidth
    var shapes: [FigureShape] = []
    func arm(_ limbName: Limb, shoulder: Point, elbow: BodyPoint, hand: BodyPoint, far: Bool) {
      let armInk = ink(limbName, far: far)
      let armWidth = width(limbName, limb * 0.92)
      shapes.append(.stroke([shoulder, point(elbow), point(hand)], width: armWidth, ink: armInk))
      shapes.append(FigureBody.hand(elbow: point(elbow), hand: point(hand), width: armWidth, ink: armInk))
    }
    func leg(
      _ limbName: Limb, hip: Point, knee: BodyPoint, ankle: BodyPoint, toe: BodyPoint, heel: Point, far: Bool
    ) {
      let legInk = ink(limbName, far: far)
      shapes.append(.stroke([hip, point(knee), point(ankle)], width: width(limbName, limb), ink: legInk))
      shapes.append(
        FigureBody.foot(knee: point(knee), ankle: point(ankle), toe: point(toe), heel: heel, ink: legInk))
    }
    // A far limb exactly behind the near one is hidden: leave it out (a smaller file).
    func hidden(_ far: [Point], _ near: [Point]) -> Bool {
      zip(far, near).allSatisfy { hypot($0.x - $1.x, $0.y - $1.y) < 0.3 }
    }
    if !hidden(
      [skeleton.shoulderFar, point(.elbowFar), point(.handFar)],
      [skeleton.shoulderNear, point(.elbowNear), point(.handNear)])
    {
      arm(.armFar, shoulder: skeleton.shoulderFar, elbow: .elbowFar, hand: .handFar, far: true)
    }
    if !hidden(
      [skeleton.hipFar, point(.kneeFar), point(.ankleFar), point(.footFar)],
      [skeleton.hipNear, point(.kneeNear), point(.ankleNear), point(.footNear)])
    {
      leg(
        .legFar, hip: skeleton.hipFar, knee: .kneeFar, ankle: .ankleFar, toe: .footFar,
        heel: skeleton.heelFar,
        far: true)
    }
    let trunk = FigureBody.trunk(
      skeleton, width: width(.trunk, skeleton.trunkDrawWidth), ink: ink(.trunk, far: false))
    shapes.append(trunk.fill)
    let headInk = ink(.head, far: false)
    shapes.append(.stroke([point(.shoulder), point(.neck)], width: limb * 0.9, ink: headInk))
    let head = FigureBody.head(skeleton, ink: headInk)
    shapes += head.fill + trunk.lines + head.eyes
    leg(
      .legNear, hip: skeleton.hipNear, knee: .kneeNear, ankle: .ankleNear, toe: .footNear,
      heel: skeleton.heelNear,
      far: false)
    arm(.armNear, shoulder: skeleton.shoulderNear, elbow: .elbowNear, hand: .handNear, far: false)
    return shapes
  }

  /// A curved arrow from where a point was to where it is, bowed away from `around` and set off
  /// the limb by `clear`, so it never paints over the body (its white halo would read as a stray
  /// shape on a face, a heel or a knee).
  static func motionArc(from: Point, to: Point, around: Point, clear: Double = 0) -> [FigureShape] {
    let dx = to.x - from.x
    let dy = to.y - from.y
    let length = hypot(dx, dy)
    guard length > 2 else { return [] }
    // Bow toward the side of the chord away from the hip.
    let normal = Point(x: -dy / length, y: dx / length)
    let middle = Point(x: (from.x + to.x) / 2, y: (from.y + to.y) / 2)
    let side = (middle.x - around.x) * normal.x + (middle.y - around.y) * normal.y >= 0 ? 1.0 : -1.0
    let offset = Point(x: normal.x * side * clear, y: normal.y * side * clear)
    // A short movement still gets an arrow long enough to read.
    let reach = max(length, 10)
    let centre = Point(x: middle.x + offset.x, y: middle.y + offset.y)
    let half = Point(x: dx / length * reach * 0.4, y: dy / length * reach * 0.4)
    let start = Point(x: centre.x - half.x, y: centre.y - half.y)
    let end = Point(x: centre.x + half.x, y: centre.y + half.y)
    return arrow(from: start, to: end, bulge: side * max(reach * 0.22, 3), ink: .arrow)
  }

  /// An arrow from `from` to `to`, bowed sideways by `bulge`, with a filled head.
  public static func arrow(from: Point, to: Point, bulge: Double, ink: FigureInk) -> [FigureShape] {
    let dx = to.x - from.x
    let dy = to.y - from.y
    let length = hypot(dx, dy)
    guard length > 0.5 else { return [] }
    let normal = Point(x: -dy / length, y: dx / length)
    let control = Point(x: (from.x + to.x) / 2 + normal.x * bulge, y: (from.y + to.y) / 2 + normal.y * bulge)
    let headLength = min(ink == .arrow ? 7 : 5.5, length * 0.6)
    var points: [Point] = []
    // A straight arrow needs only its ends; a curved one five points along its curve.
    for index in 0...4 where bulge != 0 || index == 0 || index == 4 {
      let t = Double(index) / 4
      let u = 1 - t
      points.append(
        Point(
          x: u * u * from.x + 2 * u * t * control.x + t * t * to.x,
          y: u * u * from.y + 2 * u * t * control.y + t * t * to.y))
    }
    // Direction at the tip: the tangent of the curve.
    let tangentX = to.x - control.x
    let tangentY = to.y - control.y
    let tangentLength = max(hypot(tangentX, tangentY), 0.0001)
    let ux = tangentX / tangentLength
    let uy = tangentY / tangentLength
    let base = Point(x: to.x - ux * headLength, y: to.y - uy * headLength)
    // Stop the shaft inside the head so its round cap does not poke through the tip.
    let shaft = bulge == 0 ? [from] : points.filter { hypot($0.x - to.x, $0.y - to.y) > headLength * 0.8 }
    let head = FigureShape.polygon(
      [
        to, Point(x: base.x - uy * headLength * 0.55, y: base.y + ux * headLength * 0.55),
        Point(x: base.x + uy * headLength * 0.55, y: base.y - ux * headLength * 0.55),
      ], outline: 0, ink: ink)
    // No white halo: arrows are set off the body (`motionArrowsKeepOffTheBody`).
    let shapes: [FigureShape] =
      shaft.isEmpty ? [head] : [.stroke(shaft + [base], width: 2.6, ink: ink), head]
    return shapes
  }
}

extension FigureProp.Kind {
  /// Props that follow the body from pose to pose; the rest stay where the start pose put them.
  var movesWithBody: Bool {
    switch self {
    case .band, .gun, .towel, .dowel: true
    default: false
    }
  }
}
