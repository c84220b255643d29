/// What a shape is, so the renderer can pick its colour: the scene stays colour-free and testable.

public enum FigureInk: String, Sendable, Equatable, Hashable, CaseIterable {
  /// The figure's near side and trunk (dark grey).
  case body
  /// Limbs on the far side (mid grey, for depth).
  case bodyFar
  /// The working limb (accent colour, drawn thicker).
  case accent
  /// Furniture and equipment: light fill with a grey outline.
  case prop
  /// Small equipment that must stand out (the massage gun): mid grey.
  case propDark
  /// The floor line.
  case floor
  /// Motion arrows (accent colour).
  case arrow
  /// The white edge under a motion arrow, so it reads over the body.
  case halo
  /// A body-map silhouette (very light grey).
  case silhouette
  /// A body-map zone to treat (accent colour).
  case zone
  /// A body-map zone on the other side (light accent).
  case zoneLight
  /// A no-go area (dark grey).
  case noGo
  /// Hatching over a no-go area (white).
  case hatch
  /// Legend and L/R text (dark grey).
  case label
}
