/// Where a pose is seen from. Each base has its view (`Pose.view`), so the two panels of a figure
/// are always in the same view; the loader refuses a start and end seen from different sides.
///
/// Drawn today: `side` (every base but side-lying) and `front` (side-lying, seen from the front and
/// a little above, shoulders and hips stacked). From above and from the feet, which rotation and
/// "across" movements need (knee rolls, knee to opposite shoulder), are not drawn yet.
public enum PoseView: String, Sendable, CaseIterable, Equatable, Hashable, Codable {
  /// From the side, the body facing right.
  case side
  /// From the front and a little above.
  case front

  /// The view `base` is drawn in.
  public static func of(_ base: PoseBase) -> PoseView { base == .sideLying ? .front : .side }
}
