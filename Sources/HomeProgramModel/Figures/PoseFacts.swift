import Foundation

/// What one pose of a figure is meant to show, in words a therapist would use ("knees bent",
/// "toes up", "leaning back"), stated next to the pose in the data (`expect:`) and checked
/// against the drawn skeleton, so a figure cannot drift into a different or opposite movement.
///
/// Every fact is optional: only what is stated is checked. Each is measured on the drawn
/// `Skeleton` (after side-lying foreshortening), not on the pose's raw angles.
public struct PoseFacts: Sendable, Equatable, Hashable, Codable {
  /// Which way the trunk (hip to shoulders) leans from upright.
  public enum Lean: String, Sendable, CaseIterable, Equatable, Hashable, Codable {
    case forward, upright, back
  }

  /// How bent a knee is drawn.
  public enum Knee: String, Sendable, CaseIterable, Equatable, Hashable, Codable {
    /// Under 15°.
    case straight
    /// 15° to 45°: straightening only as far as a mild pull.
    case nearlyStraight = "nearly_straight"
    /// 45° or more.
    case bent
  }

  /// The thigh against the line of the lower trunk.
  public enum Hip: String, Sendable, CaseIterable, Equatable, Hashable, Codable {
    /// Behind the trunk's line by more than 10°.
    case extended
    /// Within −10° to 25° of the trunk's line.
    case straight
    /// Forward by 25° or more.
    case flexed
  }

  /// The foot against the shin.
  public enum Ankle: String, Sendable, CaseIterable, Equatable, Hashable, Codable {
    /// Pulled up toward the shin by 8° or more.
    case toesUp = "toes_up"
    /// Between.
    case neutral
    /// Pointed by 20° or more.
    case pointed
  }

  /// Whether the back of the heel touches the floor.
  public enum Heel: String, Sendable, CaseIterable, Equatable, Hashable, Codable {
    case down, up
  }

  /// Where the face points on the page.
  public enum Face: String, Sendable, CaseIterable, Equatable, Hashable, Codable {
    case up, down, forward, back
    /// Toward the viewer: no profile (side-lying, seen from the front).
    case viewer
  }

  /// What the body rests on.
  public enum Lying: String, Sendable, CaseIterable, Equatable, Hashable, Codable {
    case back, front, side
    /// Not lying (standing, sitting, kneeling, on all fours).
    case no
  }

  /// Where the pelvis is.
  public enum Pelvis: String, Sendable, CaseIterable, Equatable, Hashable, Codable {
    /// Ahead of the feet by 3 units or more (standing back bend: hips forward).
    case forward
    /// Its underside 4 units or more off the floor (bridge, plank).
    case lifted
    /// Resting on the floor or seat: its underside under 3 units up.
    case down
  }

  /// Where the hands are.
  public enum Hands: String, Sendable, CaseIterable, Equatable, Hashable, Codable {
    /// Both on the back of the lower trunk.
    case lowerBack = "lower_back"
    /// Both holding the back of the near thigh: the fingertips reach round behind it.
    case behindThigh = "behind_thigh"
  }

  /// Which forearm carries the weight.
  public enum Prop: String, Sendable, CaseIterable, Equatable, Hashable, Codable {
    /// The far (bottom) elbow on the floor, right under its shoulder.
    case elbowFar = "elbow_far"
    /// The near elbow on the floor, right under its shoulder.
    case elbowNear = "elbow_near"
  }

  /// Where a knee is drawn across the body, seen from the feet.
  public enum Over: String, Sendable, CaseIterable, Equatable, Hashable, Codable {
    /// Out past the near hip (the knees fallen to the near side).
    case near
    /// Between the hips (knees up).
    case middle
    /// Out past the far hip (a knee across the body, toward the opposite shoulder).
    case far
  }

  /// A near or far limb.
  public enum Side: String, Sendable, CaseIterable, Equatable, Hashable, Codable {
    case near, far
  }

  /// One fact for each leg (a dictionary would encode in no fixed order).
  public struct Legs<Value: Sendable & Hashable & Codable>: Sendable, Equatable, Hashable, Codable {
    /// The near (top, when side-lying) leg's fact.
    public var near: Value?
    /// The far leg's fact.
    public var far: Value?

    public init(near: Value? = nil, far: Value? = nil) {
      self.near = near
      self.far = far
    }

    /// The fact for `side`.
    public subscript(side: Side) -> Value? {
      get { side == .near ? near : far }
      set {
        if side == .near { near = newValue } else { far = newValue }
      }
    }
  }

  /// `view`: where the pose is seen from.
  public var view: PoseView?
  /// `trunk_lean`.
  public var trunkLean: Lean?
  /// `lying`.
  public var lying: Lying?
  /// `face`.
  public var face: Face?
  /// `pelvis`.
  public var pelvis: Pelvis?
  /// `hands`.
  public var hands: Hands?
  /// `propped_on`.
  public var proppedOn: Prop?
  /// `knees`, `knee_near`, `knee_far`.
  public var knee: Legs<Knee>
  /// `hips`, `hip_near`, `hip_far`.
  public var hip: Legs<Hip>
  /// `ankles`, `ankle_near`, `ankle_far`.
  public var ankle: Legs<Ankle>
  /// `heels`, `heel_near`, `heel_far`.
  public var heel: Legs<Heel>
  /// `knees_over`, `knee_near_over`, `knee_far_over` (seen from the feet only).
  public var over: Legs<Over> = Legs()

  public init(
    view: PoseView? = nil, trunkLean: Lean? = nil, lying: Lying? = nil, face: Face? = nil,
    pelvis: Pelvis? = nil,
    hands: Hands? = nil,
    proppedOn: Prop? = nil, knee: Legs<Knee> = Legs(), hip: Legs<Hip> = Legs(), ankle: Legs<Ankle> = Legs(),
    heel: Legs<Heel> = Legs()
  ) {
    self.view = view
    self.trunkLean = trunkLean
    self.lying = lying
    self.face = face
    self.pelvis = pelvis
    self.hands = hands
    self.proppedOn = proppedOn
    self.knee = knee
    self.hip = hip
    self.ankle = ankle
    self.heel = heel
  }

  /// True when nothing is stated.
  public var isEmpty: Bool { self == PoseFacts() }

  /// Each stated fact that `skeleton` does not show, with what was measured; empty when all hold.
  ///
  /// Seen from the feet, angles and heights are measured on the same pose seen from the side, and
  /// where each knee is across the body (`knees_over`) on the drawing.
  public func mismatches(in skeleton: Skeleton) -> [String] {
    let measured = Measure(skeleton.seenFromTheFeet ? Skeleton(pose: skeleton.pose.inBaseView) : skeleton)
    var problems: [String] = []
    func check<T: RawRepresentable>(_ name: String, _ stated: T?, _ found: T, detail: String)
    where T.RawValue == String, T: Equatable {
      guard let stated, stated != found else { return }
      problems.append("\(name): stated \(stated.rawValue), drawn \(found.rawValue) (\(detail))")
    }
    check("view", view, skeleton.pose.view, detail: "base \(skeleton.pose.base.rawValue)")
    check("trunk_lean", trunkLean, measured.lean, detail: "lean \(Int(measured.leanDegrees))°")
    check("lying", lying, measured.lying, detail: "trunk \(Int(measured.leanDegrees))° from upright")
    check("face", face, measured.face, detail: "nose \(Int(measured.faceDegrees))° from up")
    for side in Side.allCases {
      let leg = measured.legs[side] ?? Measure.Leg()
      check("knee_\(side.rawValue)", knee[side], leg.knee, detail: "bend \(Int(leg.kneeDegrees))°")
      check("hip_\(side.rawValue)", hip[side], leg.hip, detail: "flexion \(Int(leg.hipDegrees))°")
      check("ankle_\(side.rawValue)", ankle[side], leg.ankle, detail: "toes up \(Int(leg.ankleDegrees))°")
      check(
        "heel_\(side.rawValue)", heel[side], leg.heel, detail: "heel \(Int(leg.heelHeight)) above the floor")
    }
    for side in Side.allCases {
      guard let stated = over[side] else { continue }
      guard skeleton.seenFromTheFeet else {
        problems.append("knee_\(side.rawValue)_over: only drawn seen from the feet (view: feet)")
        continue
      }
      let knee = skeleton.point(side == .near ? .kneeNear : .kneeFar).x - skeleton.point(.hip).x
      let edge = Skeleton.hipHalfWidth + 2
      let found: Over = knee > edge ? .near : knee < -edge ? .far : .middle
      check("knee_\(side.rawValue)_over", stated, found, detail: "\(Int(knee)) from the middle")
    }
    if let pelvis, !measured.pelvis(pelvis) {
      problems.append("pelvis: stated \(pelvis.rawValue), not drawn so (\(measured.pelvisDetail))")
    }
    if let hands, !measured.hands(hands) {
      problems.append("hands: stated \(hands.rawValue), not drawn so")
    }
    if let proppedOn, !measured.propped(proppedOn) {
      problems.append("propped_on: stated \(proppedOn.rawValue), not drawn so")
    }
    return problems
  }
}

extension PoseFacts {
  /// The facts measured on a drawn skeleton.
  struct Measure {
    struct Leg {
      var kneeDegrees = 0.0
      var hipDegrees = 0.0
      var ankleDegrees = 0.0
      var heelHeight = 0.0
      var knee: Knee { kneeDegrees < 15 ? .straight : kneeDegrees < 45 ? .nearlyStraight : .bent }
      var hip: Hip { hipDegrees < -10 ? .extended : hipDegrees < 25 ? .straight : .flexed }
      var ankle: Ankle { ankleDegrees >= 8 ? .toesUp : ankleDegrees <= -20 ? .pointed : .neutral }
      var heel: Heel { heelHeight < Skeleton.limbWidth / 2 + 1.5 ? .down : .up }
    }

    let skeleton: Skeleton
    let leanDegrees: Double
    let faceDegrees: Double
    let face: Face
    let legs: [Side: Leg]

    init(_ skeleton: Skeleton) {
      self.skeleton = skeleton
      let hip = skeleton.point(.hip)
      let shoulder = skeleton.point(.shoulder)
      leanDegrees = atan2(shoulder.x - hip.x, shoulder.y - hip.y) * 180 / .pi
      let head = skeleton.point(.head)
      let nose = Point(x: skeleton.nose.x - head.x, y: skeleton.nose.y - head.y)
      faceDegrees = atan2(nose.x, nose.y) * 180 / .pi
      if hypot(nose.x, nose.y) < 1 {
        face = .viewer
      } else if abs(faceDegrees) <= 45 {
        face = .up
      } else if abs(faceDegrees) >= 135 {
        face = .down
      } else {
        face = faceDegrees > 0 ? .forward : .back
      }
      let along = Skeleton.direction(skeleton.lowerTrunkAngle)
      let across = Skeleton.direction(skeleton.lowerTrunkAngle - 90)
      func degrees(_ a: Point, _ b: Point) -> Double {
        let length = max(hypot(a.x, a.y) * hypot(b.x, b.y), 0.000_1)
        return acos(max(-1, min(1, (a.x * b.x + a.y * b.y) / length))) * 180 / .pi
      }
      func vector(_ from: Point, _ to: Point) -> Point { Point(x: to.x - from.x, y: to.y - from.y) }
      func leg(_ root: Point, _ knee: BodyPoint, _ ankle: BodyPoint, _ toe: BodyPoint, _ heel: Point) -> Leg {
        let thigh = vector(root, skeleton.point(knee))
        let shin = vector(skeleton.point(knee), skeleton.point(ankle))
        let foot = vector(skeleton.point(ankle), skeleton.point(toe))
        let flexion = atan2(
          thigh.x * across.x + thigh.y * across.y, -(thigh.x * along.x + thigh.y * along.y))
        return Leg(
          kneeDegrees: degrees(thigh, shin), hipDegrees: flexion * 180 / .pi,
          ankleDegrees: degrees(shin, foot) - 90, heelHeight: heel.y)
      }
      legs = [
        .near: leg(skeleton.hipNear, .kneeNear, .ankleNear, .footNear, skeleton.heelNear),
        .far: leg(skeleton.hipFar, .kneeFar, .ankleFar, .footFar, skeleton.heelFar),
      ]
    }

    var lean: Lean { leanDegrees > 12 ? .forward : leanDegrees < -12 ? .back : .upright }

    var lying: Lying {
      if skeleton.pose.base == .sideLying { return .side }
      guard abs(leanDegrees) > 55 else { return .no }
      return leanDegrees < 0 ? .back : .front
    }

    /// The underside of the pelvis above the floor.
    var pelvisHeight: Double { skeleton.point(.hip).y - skeleton.trunkDrawWidth / 2 }
    /// The hip ahead of the middle of the ankles.
    var pelvisAhead: Double {
      skeleton.point(.hip).x - (skeleton.point(.ankleNear).x + skeleton.point(.ankleFar).x) / 2
    }
    var pelvisDetail: String { "\(Int(pelvisHeight)) off the floor, \(Int(pelvisAhead)) ahead of the ankles" }

    func pelvis(_ stated: Pelvis) -> Bool {
      switch stated {
      case .forward: pelvisAhead >= 3
      case .lifted: pelvisHeight >= 4
      case .down: pelvisHeight < 3
      }
    }

    func hands(_ stated: Hands) -> Bool {
      switch stated {
      case .lowerBack:
        let hip = skeleton.point(.hip)
        let waist = skeleton.point(.back)
        let backward = Skeleton.direction(skeleton.lowerTrunkAngle + 90)
        let reach = skeleton.trunkDrawWidth / 2 + 4
        return [BodyPoint.handNear, .handFar].allSatisfy { hand in
          Self.isBehind(skeleton.point(hand), segment: hip, waist, back: backward, within: reach)
        }
      case .behindThigh:
        // The fingertips wrap round to the back of the thigh.
        let knee = skeleton.point(.kneeNear)
        let hip = skeleton.hipNear
        let thigh = atan2(knee.x - hip.x, -(knee.y - hip.y)) * 180 / .pi
        let backward = Skeleton.direction(thigh - 90)
        return [true, false].allSatisfy { near in
          Self.isBehind(
            skeleton.fingertips(near: near), segment: hip, knee, back: backward, within: Skeleton.limbWidth)
        }
      }
    }

    /// True when `point` is within `reach` of the segment `from`-`to`, on the side of it that the
    /// direction `back` points to (the hands on the lower back, the fingertips behind the thigh).
    static func isBehind(_ point: Point, segment from: Point, _ to: Point, back: Point, within reach: Double)
      -> Bool
    {
      let segment = Point(x: to.x - from.x, y: to.y - from.y)
      let length2 = max(segment.x * segment.x + segment.y * segment.y, 0.000_1)
      let t = max(0, min(1, ((point.x - from.x) * segment.x + (point.y - from.y) * segment.y) / length2))
      let offset = Point(x: point.x - (from.x + segment.x * t), y: point.y - (from.y + segment.y * t))
      return offset.x * back.x + offset.y * back.y > 0 && hypot(offset.x, offset.y) <= reach
    }

    func propped(_ stated: Prop) -> Bool {
      let (elbow, shoulder) =
        stated == .elbowFar
        ? (skeleton.point(.elbowFar), skeleton.shoulderFar)
        : (skeleton.point(.elbowNear), skeleton.shoulderNear)
      return elbow.y < Skeleton.limbWidth / 2 + 1.5 && abs(elbow.x - shoulder.x) < 5
    }
  }
}
