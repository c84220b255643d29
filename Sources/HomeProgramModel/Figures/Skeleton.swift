import Foundation

/// Forward kinematics: where every joint of a pose is, in figure units (about 100 tall standing),
/// x to the right, y up, the lowest body point resting `pose.raise` above the floor (y = 0) and
/// the hip at x = 0.
public struct Skeleton: Sendable, Equatable {
  // Segment lengths, in proportion to a 100-unit standing figure.
  /// Hip to the middle of the back.
  public static let torsoLower = 14.0
  /// Middle of the back to the shoulders.
  public static let torsoUpper = 16.0
  /// Shoulders to the base of the head.
  public static let neckLength = 4.0
  /// The head is a circle of this radius.
  public static let headRadius = 6.5
  /// Shoulder to elbow.
  public static let upperArm = 15.0
  /// Elbow to the hand.
  public static let forearm = 14.0
  /// The wrist to the fingertips (the hand is drawn this long past the end of the forearm).
  public static let handLength = 7.0
  /// Hip to knee.
  public static let thigh = 23.0
  /// Knee to ankle.
  public static let shin = 22.0
  /// Ankle to toes.
  public static let foot = 8.0
  /// Ankle to the back of the heel.
  public static let heel = 1.5
  /// Stroke widths of limbs and of the trunk.
  public static let limbWidth = 5.5
  /// The trunk is drawn this thick.
  public static let trunkWidth = 8.5
  /// How much higher the top (near) hip and shoulder sit when side-lying.
  public static let sideLyingStack = 9.0
  /// Side-lying legs are seen from the front and a little above: a forward bend of the hips and
  /// knees shows this fraction of its length up the page, so bent knees read as bent.
  public static let sideLyingForward = 0.5
  /// A side-lying part behind the body (shins with the feet behind, in a side plank on the
  /// knees) shows this fraction of its depth up the page too, as seen a little from above.
  public static let sideLyingBehind = 0.3
  /// Elsewhere, the part of a leg turned toward the viewer shows this fraction down the page.
  public static let towardViewer = 0.4

  /// The pose this skeleton is of.
  public let pose: Pose
  /// Every named point.
  public private(set) var points: [BodyPoint: Point] = [:]
  /// The trunk's stroke width: wider when side-lying, where it spans both sides of the body.
  public var trunkDrawWidth: Double {
    pose.base == .sideLying ? Self.trunkWidth + Self.sideLyingStack : Self.trunkWidth
  }
  /// The near and far shoulder and hip (they differ only when side-lying).
  public private(set) var shoulderNear = Point(x: 0, y: 0)
  public private(set) var shoulderFar = Point(x: 0, y: 0)
  public private(set) var hipNear = Point(x: 0, y: 0)
  public private(set) var hipFar = Point(x: 0, y: 0)
  /// The backs of the near and far heels.
  public private(set) var heelNear = Point(x: 0, y: 0)
  public private(set) var heelFar = Point(x: 0, y: 0)
  /// The face's nose tip, to show where the head points; the head's centre when side-lying
  /// (the face is toward the viewer).
  public private(set) var nose = Point(x: 0, y: 0)
  /// Directions (degrees, 0 = down, 90 = forward) of the lower and upper trunk.
  public let lowerTrunkAngle: Double
  public let upperTrunkAngle: Double

  /// The unit vector for a direction angle (0 = down, 90 = forward/+x, 180 = up).
  public static func direction(_ degrees: Double) -> Point {
    let radians = degrees * .pi / 180
    return Point(x: sin(radians), y: -cos(radians))
  }

  /// The skeleton of `pose`, standing on the floor.
  public init(pose: Pose) {
    self.pose = pose
    func angle(_ joint: JointAngle) -> Double { pose.angle(joint) }
    func step(_ from: Point, _ degrees: Double, _ length: Double) -> Point {
      let unit = Self.direction(degrees)
      return Point(x: from.x + unit.x * length, y: from.y + unit.y * length)
    }
    let lower = 180 - angle(.trunk)
    let upper = lower - angle(.spine)
    lowerTrunkAngle = lower
    upperTrunkAngle = upper
    let hip = Point(x: 0, y: 0)
    let mid = step(hip, lower, Self.torsoLower)
    let shoulder = step(mid, upper, Self.torsoUpper)
    let headAngle = upper - angle(.neck)
    let stack = pose.base == .sideLying ? Self.sideLyingStack : 0
    let nearHip = step(hip, lower - 90, stack)
    let nearShoulder = step(shoulder, upper - 90, stack)
    // The trunk's midline: between the bottom and top sides when side-lying.
    let centreShoulder = step(shoulder, upper - 90, stack / 2)
    let head = step(centreShoulder, headAngle, Self.neckLength + Self.headRadius)

    var points: [BodyPoint: Point] = [
      .hip: step(hip, lower - 90, stack / 2), .back: step(mid, lower - 90, stack / 2),
      .shoulder: centreShoulder, .head: head,
    ]
    points[.neck] = step(centreShoulder, headAngle, Self.neckLength)
    points[.buttock] = step(hip, lower + 90, 3)
    func arm(_ root: Point, _ shoulderAngle: JointAngle, _ elbowAngle: JointAngle) -> (Point, Point) {
      let upperArm = upper - 180 + angle(shoulderAngle)
      let elbow = step(root, upperArm, Self.upperArm)
      return (elbow, step(elbow, upperArm + angle(elbowAngle), Self.forearm))
    }
    // The body's long axis (hip toward the back) and the in-plane direction across it.
    let along = Self.direction(lower)
    let across = Self.direction(lower - 90)
    let sideLying = pose.base == .sideLying
    func leg(
      _ root: Point, _ hipAngle: JointAngle, _ kneeAngle: JointAngle, _ ankleAngle: JointAngle,
      _ turnoutAngle: JointAngle, _ rollAngle: JointAngle, _ liftAngle: JointAngle
    ) -> (knee: Point, ankle: Point, toe: Point, heel: Point) {
      let origin = Point(x: 0, y: 0)
      let thigh = lower - 180 + angle(hipAngle)
      let knee = step(origin, thigh, Self.thigh)
      // Turning the thigh out swings the bent shin across the body, toward the viewer: seen from
      // the side, its bend foreshortens by cos(turnout) (a crossed leg, a figure-4 stretch).
      let bend = angle(kneeAngle) * .pi / 180
      let turnout = angle(turnoutAngle) * .pi / 180
      let shinAlong = cos(bend)
      let shinAcross = sin(bend) * cos(turnout)
      let shin = thigh - atan2(shinAcross, shinAlong) * 180 / .pi
      let ankle = step(knee, shin, Self.shin * hypot(shinAlong, shinAcross))
      let foot = shin + 90 + angle(ankleAngle)
      let roll = angle(rollAngle) * .pi / 180
      let lift = angle(liftAngle) * .pi / 180
      // Out of the drawing plane: roll turns the leg about the body's long axis, lift swings it
      // sideways; the part toward the viewer is drawn obliquely.
      func place(_ point: Point) -> Point {
        let l = point.x * along.x + point.y * along.y
        let n = point.x * across.x + point.y * across.y
        let rolledN = n * cos(roll)
        let rolledZ = n * sin(roll)
        let liftedL = l * cos(lift) + rolledZ * sin(lift)
        let liftedZ = rolledZ * cos(lift) - l * sin(lift)
        // Side-lying is seen from the front and a little above: the ceiling is up, the leg's
        // forward bend (hips and knees) shows part-way up. Otherwise toward the viewer is drawn a
        // little lower, as seen from slightly above.
        let (screenAlong, screenAcross, screenDown) =
          sideLying
          ? (liftedL, rolledN * (rolledN >= 0 ? Self.sideLyingForward : -Self.sideLyingBehind) + liftedZ, 0.0)
          : (liftedL, rolledN, liftedZ * Self.towardViewer)
        return Point(
          x: root.x + along.x * screenAlong + across.x * screenAcross,
          y: root.y + along.y * screenAlong + across.y * screenAcross - screenDown)
      }
      return (
        place(knee), place(ankle), place(step(ankle, foot, Self.foot)),
        place(step(ankle, foot + 180, Self.heel))
      )
    }
    (points[.elbowNear], points[.handNear]) = arm(nearShoulder, .shoulderNear, .elbowNear)
    (points[.elbowFar], points[.handFar]) = arm(shoulder, .shoulderFar, .elbowFar)
    let near = leg(nearHip, .hipNear, .kneeNear, .ankleNear, .turnoutNear, .rollNear, .liftNear)
    let far = leg(hip, .hipFar, .kneeFar, .ankleFar, .turnoutFar, .rollFar, .liftFar)
    (points[.kneeNear], points[.ankleNear], points[.footNear]) = (near.knee, near.ankle, near.toe)
    (points[.kneeFar], points[.ankleFar], points[.footFar]) = (far.knee, far.ankle, far.toe)
    func middle(_ a: Point, _ b: Point) -> Point { Point(x: (a.x + b.x) / 2, y: (a.y + b.y) / 2) }
    points[.thighNear] = middle(nearHip, near.knee)
    points[.shinNear] = middle(near.knee, near.ankle)
    points[.thighFar] = middle(hip, far.knee)
    points[.shinFar] = middle(far.knee, far.ankle)
    // Side-lying is seen from the front: the face looks at the viewer, so no profile nose (one
    // pointing up the page would read as lying on the back).
    let nose = sideLying ? head : step(head, headAngle - 90, Self.headRadius + 0.6)

    // Rest the lowest point of the body on the floor (or `raise` above it).
    var lowest = head.y - Self.headRadius
    for point in [hip, mid, shoulder] { lowest = min(lowest, point.y - Self.trunkWidth / 2) }
    for point in [near.knee, near.ankle, near.toe, near.heel, far.knee, far.ankle, far.toe, far.heel] {
      lowest = min(lowest, point.y - Self.limbWidth / 2)
    }
    for key in [BodyPoint.elbowNear, .handNear, .elbowFar, .handFar] {
      lowest = min(lowest, (points[key]?.y ?? 0) - Self.limbWidth / 2)
    }
    let dy = pose.raise - lowest
    func lift(_ point: Point) -> Point { Point(x: point.x, y: point.y + dy) }
    self.points = points.mapValues(lift)
    shoulderNear = lift(nearShoulder)
    shoulderFar = lift(shoulder)
    hipNear = lift(nearHip)
    hipFar = lift(hip)
    heelNear = lift(near.heel)
    heelFar = lift(far.heel)
    self.nose = lift(nose)
  }

  /// Half the drawn thickness of the body at a named point, for placing arrows beside it.
  public func halfWidth(at name: BodyPoint) -> Double {
    switch name {
    case .head: Self.headRadius
    case .hip, .back, .shoulder, .buttock: trunkDrawWidth / 2
    default: Self.limbWidth / 2
    }
  }

  /// The fingertips of the near or far hand: `handLength` past the wrist, along the forearm.
  public func fingertips(near: Bool) -> Point {
    let elbow = point(near ? .elbowNear : .elbowFar)
    let hand = point(near ? .handNear : .handFar)
    let length = max(hypot(hand.x - elbow.x, hand.y - elbow.y), 0.000_1)
    return Point(
      x: hand.x + (hand.x - elbow.x) / length * Self.handLength,
      y: hand.y + (hand.y - elbow.y) / length * Self.handLength)
  }

  /// The position of a named point.
  public func point(_ name: BodyPoint) -> Point { points[name] ?? Point(x: 0, y: 0) }

  /// The skeleton moved by `dx`, `dy`.
  public func shifted(dx: Double, dy: Double) -> Skeleton {
    var copy = self
    func move(_ point: Point) -> Point { Point(x: point.x + dx, y: point.y + dy) }
    copy.points = points.mapValues(move)
    copy.shoulderNear = move(shoulderNear)
    copy.shoulderFar = move(shoulderFar)
    copy.hipNear = move(hipNear)
    copy.hipFar = move(hipFar)
    copy.heelNear = move(heelNear)
    copy.heelFar = move(heelFar)
    copy.nose = move(nose)
    return copy
  }
}
