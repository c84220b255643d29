extension HandoutText {
  /// Positions of comfort (`positions.yaml`).
  public struct Positions: Sendable, Equatable, Codable {
    /// The wording for one `PositionID`.
    public struct Entry: Sendable, Equatable, Codable {
      public var id: String
      public var title: String
      /// Printed when the plan recommends the position.
      public var text: LocalizedText
      /// Printed when the plan lists the position under "avoid".
      public var avoidText: String
      /// The figure's alternative text for screen readers: what the position looks like.
      public var alt: LocalizedText
    }

    public struct MassageTherapist: Sendable, Equatable, Codable {
      public var title: String
      public var text: String
      /// Template with `{position}`.
      public var yourPosition: String
      public var notFaceDown: String
    }

    /// Wording for a pregnant patient (DP-PR-1, DP08).
    public struct Pregnancy: Sendable, Equatable, Codable {
      /// Printed after the intro.
      public var note: String
      /// Why not to lie face down, instead of the entry's `avoidText`.
      public var proneAvoidText: String
    }

    public var intro: String
    public var pregnancy: Pregnancy
    public var recommendedTitle: String
    public var avoidTitle: String
    public var massageTherapist: MassageTherapist
    public var positions: [Entry]

    /// The wording for `id`, if any.
    public func entry(for id: String) -> Entry? { positions.first { $0.id == id } }
  }
}
