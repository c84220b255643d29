import Foundation
import Yams

/// Reads and validates a `figure:` mapping strictly: known keys, every angle within its human
/// range, known props and points, and an arrow direction wherever it cannot be worked out.
/// Errors name the file, the entry id and the field.
public enum FigureSpecReader {
  static let figureKeys = ["start", "end", "working", "props", "arrows", "anchor", "expect", "alternatives"]
  /// An alternative position is one pose: no end, no alternatives of its own.
  static let alternativeKeys = ["start", "working", "props", "arrows", "anchor", "expect"]
  static let poseKeys =
    ["base", "raise", "view"] + JointAngle.allCases.map(\.rawValue) + JointAngle.pairs.keys.sorted()
  static let propKeys = ["kind", "at", "to", "flip", "angle"]
  static let arrowKeys = ["at", "dir"]
  static let factKeys =
    ["view", "trunk_lean", "lying", "face", "pelvis", "hands", "propped_on"]
    + ["knee", "hip", "ankle", "heel"].flatMap { ["\($0)s", "\($0)_near", "\($0)_far"] }
    + ["knees_over", "knee_near_over", "knee_far_over"]

  /// Reads the figure under `key` of `entry`; nil when the key is absent.
  public static func read(_ key: String, of entry: MappingReader, id: String) throws(InputError)
    -> FigureSpec?
  {
    guard let figure = try entry.mapping(key, allowed: figureKeys) else { return nil }
    return try read(figure, id: id)
  }

  /// Reads a figure mapping already opened as `figure`.
  public static func read(_ figure: MappingReader, id: String) throws(InputError) -> FigureSpec {
    let start = try figure.require("start") { key throws(InputError) in
      try figure.mapping(key, allowed: poseKeys).map { reader throws(InputError) in try pose(reader, id: id) }
    }
    let end = try figure.mapping("end", allowed: poseKeys).map { reader throws(InputError) in
      try pose(reader, id: id)
    }
    if let end, end.view != start.view {
      throw .catalogue(
        figure.location(of: "end"), entryID: id, field: figure.keyPath("end"),
        problem:
          "the start is seen from the \(start.view.rawValue) and the end from the \(end.view.rawValue): "
          + "both panels must be in the same view")
    }
    var spec = FigureSpec(start: start, end: end)
    spec.working = try figure.listOf("working", Limb.self) ?? []
    spec.anchor = try figure.oneOf("anchor", BodyPoint.self) ?? .hip
    for (index, node) in (try figure.sequence("props") ?? []).enumerated() {
      let reader = try MappingReader(
        node, file: figure.file, path: figure.keyPath("props") + "[\(index)]", allowed: propKeys)
      let kind = try reader.require("kind") { key throws(InputError) in
        try reader.oneOf(key, FigureProp.Kind.self)
      }
      spec.props.append(
        FigureProp(
          kind: kind, at: try reader.oneOf("at", BodyPoint.self), to: try reader.oneOf("to", BodyPoint.self),
          flip: try reader.bool("flip") ?? false, angle: Double(try reader.int("angle", in: -180...180) ?? 0))
      )
    }
    for (index, node) in (try figure.sequence("arrows") ?? []).enumerated() {
      let reader = try MappingReader(
        node, file: figure.file, path: figure.keyPath("arrows") + "[\(index)]", allowed: arrowKeys)
      let point = try reader.require("at") { key throws(InputError) in try reader.oneOf(key, BodyPoint.self) }
      let direction = try reader.oneOf("dir", MotionArrow.Direction.self)
      if direction == nil {
        guard let end else {
          throw .catalogue(
            reader.location, entryID: id, field: reader.path,
            problem: "a figure with one pose needs a dir (up, down, forward or back) on each arrow")
        }
        let from = Skeleton(pose: spec.start).point(point)
        let to = Skeleton(pose: end).point(point)
        if hypot(to.x - from.x, to.y - from.y) < 2 {
          throw .catalogue(
            reader.location, entryID: id, field: reader.path,
            problem:
              "'\(point.rawValue)' hardly moves between start and end; give a dir or pick another point")
        }
      }
      spec.arrows.append(MotionArrow(point: point, direction: direction))
    }
    if let expect = try figure.mapping("expect", allowed: ["start", "end"]) {
      spec.expectStart = try expect.mapping("start", allowed: factKeys).map { reader throws(InputError) in
        try facts(reader)
      }
      spec.expectEnd = try expect.mapping("end", allowed: factKeys).map { reader throws(InputError) in
        try facts(reader)
      }
      for (key, facts, pose) in [("start", spec.expectStart, spec.start), ("end", spec.expectEnd, spec.end)] {
        guard let facts, facts.over != PoseFacts.Legs(), let pose, pose.view != .feet else { continue }
        throw .catalogue(
          expect.location(of: key), entryID: id, field: expect.keyPath(key),
          problem:
            "where a knee is across the body (knees_over) is only drawn seen from the feet (view: feet)")
      }
      if spec.expectEnd != nil && spec.end == nil {
        throw .catalogue(
          expect.location(of: "end"), entryID: id, field: expect.keyPath("end"),
          problem: "facts for an end pose the figure does not have")
      }
    }
    for (index, node) in (try figure.sequence("alternatives") ?? []).enumerated() {
      let reader = try MappingReader(
        node, file: figure.file, path: figure.keyPath("alternatives") + "[\(index)]", allowed: alternativeKeys
      )
      spec.alternatives.append(try read(reader, id: id))
    }
    if !spec.alternatives.isEmpty && spec.end != nil {
      throw .catalogue(
        figure.location(of: "alternatives"), entryID: id, field: figure.keyPath("alternatives"),
        problem: "alternative positions are for a figure of one pose, without an end")
    }
    return spec
  }

  /// The facts of one pose (`expect: start:` or `end:`): closed values, `knees` for both legs.
  static func facts(_ reader: MappingReader) throws(InputError) -> PoseFacts {
    var facts = PoseFacts(
      view: try reader.oneOf("view", PoseView.self),
      trunkLean: try reader.oneOf("trunk_lean", PoseFacts.Lean.self),
      lying: try reader.oneOf("lying", PoseFacts.Lying.self),
      face: try reader.oneOf("face", PoseFacts.Face.self),
      pelvis: try reader.oneOf("pelvis", PoseFacts.Pelvis.self),
      hands: try reader.oneOf("hands", PoseFacts.Hands.self),
      proppedOn: try reader.oneOf("propped_on", PoseFacts.Prop.self))
    func legs<T>(_ name: String, _ type: T.Type) throws(InputError) -> PoseFacts.Legs<T>
    where T: RawRepresentable & CaseIterable & Sendable & Hashable & Codable, T.RawValue == String {
      let both = try reader.oneOf("\(name)s", type)
      return PoseFacts.Legs(
        near: try reader.oneOf("\(name)_near", type) ?? both,
        far: try reader.oneOf("\(name)_far", type) ?? both)
    }
    facts.knee = try legs("knee", PoseFacts.Knee.self)
    facts.hip = try legs("hip", PoseFacts.Hip.self)
    facts.ankle = try legs("ankle", PoseFacts.Ankle.self)
    facts.heel = try legs("heel", PoseFacts.Heel.self)
    let over = try reader.oneOf("knees_over", PoseFacts.Over.self)
    facts.over = PoseFacts.Legs(
      near: try reader.oneOf("knee_near_over", PoseFacts.Over.self) ?? over,
      far: try reader.oneOf("knee_far_over", PoseFacts.Over.self) ?? over)
    return facts
  }

  static func pose(_ reader: MappingReader, id: String) throws(InputError) -> Pose {
    let base = try reader.require("base") { key throws(InputError) in try reader.oneOf(key, PoseBase.self) }
    var angles: [JointAngle: Double] = [:]
    for (pair, joints) in JointAngle.pairs {
      guard let value = try reader.int(pair, in: joints.0.range) else { continue }
      angles[joints.0] = Double(value)
      angles[joints.1] = Double(value)
    }
    for joint in JointAngle.allCases {
      guard let value = try reader.int(joint.rawValue, in: joint.range) else { continue }
      angles[joint] = Double(value)
    }
    let raise = try reader.int("raise", in: 0...60) ?? 0
    let view = try reader.oneOf("view", PoseView.self)
    if let view, !PoseView.allowed(for: base).contains(view) {
      throw .catalogue(
        reader.location(of: "view"), entryID: id, field: reader.keyPath("view"),
        problem:
          "a \(base.rawValue) pose can be seen from the "
          + PoseView.allowed(for: base).map(\.rawValue).joined(separator: " or ")
          + ", not the \(view.rawValue)")
    }
    return Pose(base: base, angles: angles, raise: Double(raise), view: view)
  }
}
