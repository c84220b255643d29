import Foundation
import HomeProgramModel

/// The outlines of the body's parts, drawn from a `Skeleton`: a profile head with nose, chin and
/// an eye (a face toward the viewer when side-lying), a trunk with a rib cage and a pelvis, hands
/// and feet with a heel and toes. Filled in one tone with thin white details (the second tone), so
/// a figure stays two-tone and reads in black and white.
enum FigureBody {
  /// Width of the white detail lines (rib margin, pelvic rim, eye).
  static let detailWidth = 0.9

  /// A point moved from `origin` by `a` along `u` and `b` along `v`.
  static func at(_ origin: Point, _ u: Point, _ a: Double, _ v: Point, _ b: Double) -> Point {
    Point(x: origin.x + u.x * a + v.x * b, y: origin.y + u.y * a + v.y * b)
  }

  /// The unit vector from `from` to `to` (straight up when they meet).
  static func unit(_ from: Point, _ to: Point) -> Point {
    let dx = to.x - from.x
    let dy = to.y - from.y
    let length = hypot(dx, dy)
    return length < 0.000_1 ? Point(x: 0, y: 1) : Point(x: dx / length, y: dy / length)
  }

  /// The head: in profile, a round skull with a face (brow, nose, lips, chin) on the side the
  /// face points (no eye: the nose and chin show the direction, and the bytes are better spent
  /// on the two panels); seen from the front (side-lying), a round face with two white eyes.
  /// The filled parts first, then any white eyes (drawn with the trunk's white lines, so the
  /// colour changes once).
  static func head(_ skeleton: Skeleton, ink: FigureInk) -> (fill: [FigureShape], eyes: [FigureShape]) {
    let centre = skeleton.point(.head)
    let neck = skeleton.point(.neck)
    let r = Skeleton.headRadius
    // Up the head (away from the neck) and toward the face.
    let up = unit(neck, centre)
    let skull = FigureShape.dot(centre, radius: r, ink: ink)
    func eye(_ across: Point, _ a: Double, _ b: Double) -> FigureShape {
      let point = at(centre, across, a * r, up, b * r)
      return .stroke([point, at(point, up, 0.3, across, 0)], width: 1.7, ink: .halo)
    }
    guard skeleton.nose != centre else {
      let across = Point(x: up.y, y: -up.x)
      return ([skull], [eye(across, 0.36, 0.1), eye(across, -0.36, 0.1)])
    }
    let face = unit(centre, skeleton.nose)
    // In head radii: (toward the face, up the head).
    let profile: [(Double, Double)] = [
      (0.97, 0.26), (1.34, -0.12), (0.92, -0.48), (0.86, -0.98), (0.1, -0.9),
    ]
    return (
      [skull, .polygon(profile.map { at(centre, face, $0.0 * r, up, $0.1 * r) }, outline: 0, ink: ink)], []
    )
  }

  /// The trunk: in profile, chest forward and a rounded back over the rib cage, a waist, the
  /// pelvis with its buttock behind, a white line for the lower ribs and one for the pelvic rim
  /// (so a pelvic tilt, a bridge or a hip hinge shows); seen from the front (side-lying), a
  /// rib cage over a narrower waist and a wide pelvis.
  static func trunk(_ skeleton: Skeleton, width: Double, ink: FigureInk) -> (
    fill: FigureShape, lines: [FigureShape]
  ) {
    let hip = skeleton.point(.hip)
    let mid = skeleton.point(.back)
    let shoulder = skeleton.point(.shoulder)
    let alongLower = Skeleton.direction(skeleton.lowerTrunkAngle)
    let alongUpper = Skeleton.direction(skeleton.upperTrunkAngle)
    let frontLower = Skeleton.direction(skeleton.lowerTrunkAngle - 90)
    let frontUpper = Skeleton.direction(skeleton.upperTrunkAngle - 90)
    // Points in (along, across) steps from a joint, the trunk's width in `w`.
    let w = width
    func lower(_ from: Point, _ a: Double, _ b: Double) -> Point {
      at(from, alongLower, a, frontLower, b * w)
    }
    func upper(_ from: Point, _ a: Double, _ b: Double) -> Point {
      at(from, alongUpper, a, frontUpper, b * w)
    }
    let outline: [Point]
    let details: [[Point]]
    if skeleton.pose.base == .sideLying {
      // Seen from the front: symmetric about the midline, "front" toward the top (near) side.
      outline = [
        lower(hip, -3.5, 0.44), lower(hip, 3, 0.5), lower(mid, 0, 0.4), upper(mid, 8, 0.5),
        upper(shoulder, 1, 0.52), upper(shoulder, 1, -0.52), upper(mid, 8, -0.5), lower(mid, 0, -0.4),
        lower(hip, 3, -0.5), lower(hip, -3.5, -0.44),
      ]
      details = [
        [upper(mid, 2, -0.38), upper(mid, 5.5, 0), upper(mid, 2, 0.38)],
        [lower(hip, 4, -0.42), lower(hip, 4, 0.42)],
      ]
    } else {
      outline = [
        lower(hip, -3, 0.44), lower(mid, 0, 0.46), upper(mid, 6, 0.62), upper(shoulder, 1.5, 0.3),
        upper(shoulder, 0.5, -0.5), upper(mid, 8, -0.56), lower(mid, 0, -0.4), lower(hip, 2, -0.62),
        lower(hip, -3, -0.48),
      ]
      // The pelvic rim, from the back of the pelvis to the bony point at the front (the rib cage
      // shows in the outline: the chest forward of the waist, the rounded upper back).
      details = [[lower(hip, 4.8, -0.48), lower(hip, 3, 0.42)]]
    }
    return (
      .polygon(outline, outline: 0, ink: ink), details.map { .stroke($0, width: detailWidth, ink: .halo) }
    )
  }

  /// A hand past the end of the forearm, `Skeleton.handLength` long to the fingertips: a
  /// round-ended mitten a little narrower than the arm, so a grip or a hand on the back shows.
  static func hand(elbow: Point, hand: Point, width: Double, ink: FigureInk) -> FigureShape {
    let along = unit(elbow, hand)
    let across = Point(x: -along.y, y: along.x)
    let thickness = width * 0.85
    return .stroke(
      [at(hand, along, 0.5, across, 0), at(hand, along, Skeleton.handLength - thickness / 2, across, 0)],
      width: thickness, ink: ink)
  }

  /// A foot: the heel behind and below the ankle, the sole, the toes and the instep back up to
  /// the shin.
  static func foot(knee: Point, ankle: Point, toe: Point, heel: Point, ink: FigureInk) -> FigureShape {
    let along = unit(ankle, toe)
    let shin = unit(knee, ankle)
    // Toward the sole: across the foot, on the side away from the shin.
    var sole = Point(x: -along.y, y: along.x)
    if sole.x * shin.x + sole.y * shin.y < 0 { sole = Point(x: -sole.x, y: -sole.y) }
    let outline = [
      at(ankle, along, -1.6, sole, -1.6),
      at(heel, along, -0.4, sole, 2.4),
      at(toe, along, 0.4, sole, 2.2),
      at(toe, along, 1.8, sole, 0.2),
      at(ankle, along, 3.5, sole, -2.4),
    ]
    return .polygon(outline, outline: 0, ink: ink)
  }

  /// The figure lying on its back seen from the feet and a little above: the head and shoulders
  /// behind, the trunk, the arms beside it (or reaching a held knee), then the legs, far then
  /// near, each with its foot seen toes first. Working limbs in the accent colour and thicker.
  static func fromTheFeet(_ skeleton: Skeleton, working: [Limb]) -> [FigureShape] {
    func ink(_ limb: Limb, far: Bool) -> FigureInk {
      working.contains(limb) ? .accent : far ? .bodyFar : .body
    }
    func width(_ limb: Limb, _ base: Double) -> Double {
      working.contains(limb) ? base * FigureComposer.accentWidening : base
    }
    func point(_ name: BodyPoint) -> Point { skeleton.point(name) }
    let limb = Skeleton.limbWidth
    let hip = point(.hip)
    let back = point(.back)
    let shoulder = point(.shoulder)
    let trunkInk = ink(.trunk, far: false)
    let headInk = ink(.head, far: false)
    let head = FigureBody.head(skeleton, ink: headInk)
    var shapes: [FigureShape] = head.fill + head.eyes
    shapes.append(.stroke([shoulder, point(.neck)], width: limb * 0.9, ink: headInk))
    // The trunk seen end on: the pelvis on the floor, a waist, the chest and shoulders behind.
    let bottom = hip.y - Skeleton.trunkWidth / 2
    let outline: [(Double, Double)] = [
      (-8, bottom), (8, bottom), (9, hip.y + 1), (6.5, back.y), (9, shoulder.y), (6, shoulder.y + 3),
      (-6, shoulder.y + 3), (-9, shoulder.y), (-6.5, back.y), (-9, hip.y + 1),
    ]
    shapes.append(
      .polygon(outline.map { Point(x: hip.x + $0.0, y: $0.1) }, outline: 0, ink: trunkInk))
    // The pelvic rim, white, so the hips read as the hips.
    shapes.append(
      .stroke(
        [
          Point(x: hip.x - 6.5, y: hip.y + 1.5), Point(x: hip.x, y: hip.y + 0.2),
          Point(x: hip.x + 6.5, y: hip.y + 1.5),
        ],
        width: detailWidth, ink: .halo))
    func leg(_ limbName: Limb, hip root: Point, knee: BodyPoint, ankle: BodyPoint, toe: BodyPoint, far: Bool)
    {
      let legInk = ink(limbName, far: far)
      shapes.append(.stroke([root, point(knee), point(ankle)], width: width(limbName, limb), ink: legInk))
      // The foot seen from its toes: a rounded block from the ankle down to the toes.
      let ankleAt = point(ankle)
      let toeAt = point(toe)
      let down = unit(ankleAt, toeAt)
      let across = Point(x: -down.y, y: down.x)
      let length = max(hypot(toeAt.x - ankleAt.x, toeAt.y - ankleAt.y), 2.5)
      let outline = [
        at(ankleAt, down, -1.5, across, -2.6), at(ankleAt, down, length, across, -3),
        at(ankleAt, down, length + 1.4, across, 0), at(ankleAt, down, length, across, 3),
        at(ankleAt, down, -1.5, across, 2.6),
      ]
      shapes.append(.polygon(outline, outline: 0, ink: legInk))
    }
    func arm(_ limbName: Limb, shoulder root: Point, elbow: BodyPoint, hand: BodyPoint, far: Bool) {
      let armInk = ink(limbName, far: far)
      let armWidth = width(limbName, limb * 0.92)
      shapes.append(.stroke([root, point(elbow), point(hand)], width: armWidth, ink: armInk))
      shapes.append(FigureBody.hand(elbow: point(elbow), hand: point(hand), width: armWidth, ink: armInk))
    }
    // The arms are farther than the legs: a hand holding a knee shows round it.
    arm(.armFar, shoulder: skeleton.shoulderFar, elbow: .elbowFar, hand: .handFar, far: true)
    arm(.armNear, shoulder: skeleton.shoulderNear, elbow: .elbowNear, hand: .handNear, far: false)
    leg(.legFar, hip: skeleton.hipFar, knee: .kneeFar, ankle: .ankleFar, toe: .footFar, far: true)
    // A white edge round the near leg keeps the two legs apart where they overlap.
    shapes.append(
      .stroke(
        [skeleton.hipNear, point(.kneeNear), point(.ankleNear)], width: width(.legNear, limb) + 1.6,
        ink: .halo))
    leg(.legNear, hip: skeleton.hipNear, knee: .kneeNear, ankle: .ankleNear, toe: .footNear, far: false)
    return shapes
  }
}
