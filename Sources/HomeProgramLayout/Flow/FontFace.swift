/// The four faces of the handout's type family (DejaVu Sans by default).
public enum FontFace: String, Sendable, Equatable, Hashable, CaseIterable {
  case regular, bold, oblique, boldOblique
}
