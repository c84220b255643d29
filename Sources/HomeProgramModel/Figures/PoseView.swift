/// Where a pose is seen from. Each base has its view (`PoseView.of`), and a lying-on-the-back pose
/// may ask to be seen from the feet instead (`view: feet`); the loader refuses a start and end
/// seen from different sides, so the two panels of a figure are always in the same view.
///
/// Drawn: `side` (every base but side-lying), `front` (side-lying, seen from the front and a little
/// above, shoulders and hips stacked) and `feet` (lying on the back, seen from the feet and a little
/// above: the knees' fall to one side and a knee drawn across the body show). From above is not
/// drawn.
public enum PoseView: String, Sendable, CaseIterable, Equatable, Hashable, Codable {
  /// From the side, the body facing right.
  case side
  /// From the front and a little above.
  case front
  /// From the feet and a little above (lying on the back): the body's near side on the right.
  case feet

  /// The view `base` is drawn in unless the pose asks for another.
  public static func of(_ base: PoseBase) -> PoseView { base == .sideLying ? .front : .side }

  /// The views a pose on `base` may be drawn in: its own, and from the feet when lying on the back.
  public static func allowed(for base: PoseBase) -> [PoseView] {
    base == .supine ? [.side, .feet] : [.of(base)]
  }
}
