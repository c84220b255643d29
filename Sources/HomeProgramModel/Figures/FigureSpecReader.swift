import Foundation
import Yams

/// Reads and validates a `figure:` mapping strictly: known keys, every angle within its human
/// range, known props and points, and an arrow direction wherever it cannot be worked out.
/// Errors name the file, the entry id and the field.
public enum FigureSpecReader {
  static let figureKeys = ["start", "end", "layout", "working", "props", "arrows", "anchor"]
  static let poseKeys =
    ["base", "raise"] + JointAngle.allCases.map(\.rawValue) + JointAngle.pairs.keys.sorted()
  static let propKeys = ["kind", "at", "to", "flip", "angle"]
  static let arrowKeys = ["at", "dir"]

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
    var spec = FigureSpec(start: start, end: end)
    spec.layout = try figure.oneOf("layout", FigureSpec.Layout.self) ?? .sequence
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
    if spec.end == nil && spec.layout == .overlay {
      throw .catalogue(
        figure.location(of: "layout"), entryID: id, field: figure.keyPath("layout"),
        problem: "overlay needs an end pose")
    }
    return spec
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
    return Pose(base: base, angles: angles, raise: Double(raise))
  }
}
