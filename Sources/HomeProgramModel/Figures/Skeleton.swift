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
  /// Seen from the feet: half the width between the hips, and between the shoulders.
  public static let hipHalfWidth = 5.0
  public static let shoulderHalfWidth = 7.5
  /// Seen from the feet and a little above: a point's distance toward the head shows this
  /// fraction of it up the page, so the head and shoulders show behind the knees.
  public static let feetViewRise = 0.45
  /// Seen from the feet, an arm that holds nothing rests out to the side at this angle from the
  /// body, in degrees.
  public static let armSpread = 80.0
  /// Seen from the feet, a hand this close to a knee (in the side view) holds it.
  public static let holdingReach = 10.0

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
      _ turnoutAngle: JointAngle, _ rollAngle: JointAngle, _ liftAngle: JointAngle, medial: Double
    ) -> (knee: Point, ankle: Point, toe: Point, heel: Point, solid: [Point3]) {
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
      // The same points in three dimensions (z toward the viewer, from the hip's plane), with the
      // turned-out shin's part across the body that the side view leaves out, for other views.
      func solid(_ point: Point, _ z0: Double) -> Point3 {
        let l = point.x * along.x + point.y * along.y
        let n = point.x * across.x + point.y * across.y
        let rolledN = n * cos(roll) - z0 * sin(roll)
        let rolledZ = n * sin(roll) + z0 * cos(roll)
        let liftedL = l * cos(lift) + rolledZ * sin(lift)
        let liftedZ = rolledZ * cos(lift) - l * sin(lift)
        return Point3(
          x: root.x + along.x * liftedL + across.x * rolledN,
          y: root.y + along.y * liftedL + across.y * rolledN,
          z: liftedZ)
      }
      let crossing = medial * Self.shin * sin(bend) * sin(turnout)
      let toe = step(ankle, foot, Self.foot)
      let heel = step(ankle, foot + 180, Self.heel)
      return (
        place(knee), place(ankle), place(toe), place(heel),
        [solid(knee, 0), solid(ankle, crossing), solid(toe, crossing), solid(heel, crossing)]
      )
    }
    (points[.elbowNear], points[.handNear]) = arm(nearShoulder, .shoulderNear, .elbowNear)
    (points[.elbowFar], points[.handFar]) = arm(shoulder, .shoulderFar, .elbowFar)
    let near = leg(nearHip, .hipNear, .kneeNear, .ankleNear, .turnoutNear, .rollNear, .liftNear, medial: -1)
    let far = leg(hip, .hipFar, .kneeFar, .ankleFar, .turnoutFar, .rollFar, .liftFar, medial: 1)
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

    if pose.view == .feet {
      // Seen from the feet: every point in three dimensions, then projected.
      var solid: [BodyPoint: Point3] = points.mapValues { Point3(x: $0.x, y: $0.y, z: 0) }
      func side(_ point: Point3, _ z: Double) -> Point3 { Point3(x: point.x, y: point.y, z: point.z + z) }
      let legs: [(BodyPoint, BodyPoint, BodyPoint, [Point3], Double)] = [
        (.kneeNear, .ankleNear, .footNear, near.solid, Self.hipHalfWidth),
        (.kneeFar, .ankleFar, .footFar, far.solid, -Self.hipHalfWidth),
      ]
      for (knee, ankle, toe, parts, z) in legs {
        (solid[knee], solid[ankle], solid[toe]) = (side(parts[0], z), side(parts[1], z), side(parts[2], z))
      }
      solid[.thighNear] = Point3.middle(
        side(Point3(x: hip.x, y: hip.y, z: 0), Self.hipHalfWidth), solid[.kneeNear])
      solid[.thighFar] = Point3.middle(
        side(Point3(x: hip.x, y: hip.y, z: 0), -Self.hipHalfWidth), solid[.kneeFar])
      solid[.shinNear] = Point3.middle(solid[.kneeNear], solid[.ankleNear])
      solid[.shinFar] = Point3.middle(solid[.kneeFar], solid[.ankleFar])
      // An arm lies beside its own shoulder, unless its hand holds a knee or a thigh: then it
      // reaches it.
      let arms: [(BodyPoint, BodyPoint, Double)] = [
        (.elbowNear, .handNear, Self.shoulderHalfWidth), (.elbowFar, .handFar, -Self.shoulderHalfWidth),
      ]
      for (elbow, hand, z) in arms {
        let handPoint = points[hand] ?? hip
        let held = [BodyPoint.kneeNear, .kneeFar, .thighNear, .thighFar].compactMap {
          knee -> (Double, Point3)? in
          guard let at = points[knee], let kneeSolid = solid[knee] else { return nil }
          let distance = hypot(at.x - handPoint.x, at.y - handPoint.y)
          return distance < Self.holdingReach ? (distance, kneeSolid) : nil
        }.min { $0.0 < $1.0 }
        if let held {
          solid[hand] = side(solid[hand] ?? Point3(x: 0, y: 0, z: 0), held.1.z)
          solid[elbow] = side(solid[elbow] ?? Point3(x: 0, y: 0, z: 0), (z + held.1.z) / 2)
        } else {
          // Not holding: the arm rests out to the side on the floor, a little toward the feet.
          let floor = shoulder.y - (Self.trunkWidth - Self.limbWidth) / 2
          let out = z < 0 ? -1.0 : 1.0
          func spread(_ length: Double) -> Point3 {
            let toFeet = length * cos(Self.armSpread * .pi / 180)
            return Point3(
              x: shoulder.x - along.x * toFeet, y: floor - along.y * toFeet,
              z: z + out * length * sin(Self.armSpread * .pi / 180))
          }
          (solid[elbow], solid[hand]) = (spread(Self.upperArm), spread(Self.upperArm + Self.forearm))
        }
      }
      // Toward the head shows this much up the page.
      func project(_ point: Point3) -> Point {
        Point(
          x: point.z,
          y: point.y + Self.feetViewRise * ((point.x - hip.x) * along.x + (point.y - hip.y) * along.y))
      }
      var drawn = solid.mapValues(project)
      let heels = (
        project(side(near.solid[3], Self.hipHalfWidth)), project(side(far.solid[3], -Self.hipHalfWidth))
      )
      let hips = (
        project(Point3(x: hip.x, y: hip.y, z: Self.hipHalfWidth)),
        project(Point3(x: hip.x, y: hip.y, z: -Self.hipHalfWidth))
      )
      let shoulders = (
        project(Point3(x: shoulder.x, y: shoulder.y, z: Self.shoulderHalfWidth)),
        project(Point3(x: shoulder.x, y: shoulder.y, z: -Self.shoulderHalfWidth))
      )
      var lowest = (drawn[.head]?.y ?? 0) - Self.headRadius
      for (key, point) in drawn {
        let half =
          [BodyPoint.hip, .back, .shoulder, .buttock].contains(key) ? Self.trunkWidth / 2 : Self.limbWidth / 2
        if key != .head { lowest = min(lowest, point.y - half) }
      }
      lowest = min(lowest, heels.0.y - Self.limbWidth / 2, heels.1.y - Self.limbWidth / 2)
      let dy = pose.raise - lowest
      func lift(_ point: Point) -> Point { Point(x: point.x, y: point.y + dy) }
      drawn = drawn.mapValues(lift)
      self.points = drawn
      (hipNear, hipFar) = (lift(hips.0), lift(hips.1))
      (shoulderNear, shoulderFar) = (lift(shoulders.0), lift(shoulders.1))
      (heelNear, heelFar) = (lift(heels.0), lift(heels.1))
      // The face is up, toward the ceiling: seen from the feet, a face with two eyes, no profile.
      self.nose = drawn[.head] ?? Point(x: 0, y: 0)
      return
    }

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

  /// True when the pose is drawn seen from the feet.
  public var seenFromTheFeet: Bool { pose.view == .feet }

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

/// A point in three dimensions: x and y in the side view's plane, z toward its viewer.
public struct Point3: Sendable, Equatable {
  public var x: Double
  public var y: Double
  public var z: Double

  public init(x: Double, y: Double, z: Double) {
    self.x = x
    self.y = y
    self.z = z
  }

  /// Halfway between `a` and `b` (nil when either is).
  static func middle(_ a: Point3?, _ b: Point3?) -> Point3? {
    guard let a, let b else { return nil }
    return Point3(x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, z: (a.z + b.z) / 2)
  }
}
