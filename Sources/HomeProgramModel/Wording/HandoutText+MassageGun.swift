extension HandoutText {
  /// The massage-gun routine (`massage-gun.yaml`).
  public struct MassageGun: Sendable, Equatable, Codable {
    /// One of the four zones the gun may be used on.
    public struct Zone: Sendable, Equatable, Codable {
      public var id: String
      public var name: String
      /// Where exactly to glide, in one or two sentences.
      public var `where`: String
    }

    public var intro: String
    public var order: String
    public var tableHeader: [String]
    public var bodyMapCaption: String
    /// The few words drawn inside the body map.
    public var bodyMapLabels: BodyMapLabels
    public var zones: [Zone]
    /// Speed ids of the plan (`lowest` …) and their words.
    public var speeds: [IDText]
    /// Attachment ids of the plan (`large_soft` …) and their words.
    public var attachments: [IDText]
    public var techniqueTitle: String
    public var technique: [String]
    public var avoidTitle: String
    /// One entry per `GunAvoidArea`.
    public var avoidAreas: [IDText]
    public var stopTitle: String
    public var stopSigns: [String]
    public var nextDayWarning: String
    public var whoShouldNotTitle: String
    public var whoShouldNot: [String]
    public var askFirst: String
    public var precautionTitle: String
    /// Template with `{conditions}`.
    public var precaution: String
    public var listAnd: String
    /// Names for every `Condition` the clinician may clear as a precaution.
    public var precautionConditions: [IDText]
    /// The name for a herniated disc (MG-PR-10), which the prescribing therapist checked.
    public var precautionDisc: String
    public var notIncludedTitle: String
    /// One kind sentence per `GunExclusionReason`.
    public var notIncluded: [IDText]
    public var notIncludedSafety: String

    /// The wording for `zone`, if any.
    public func zone(_ zone: GunZone) -> Zone? { zones.first { $0.id == zone.rawValue } }
    /// The sentence for an avoid area, if any.
    public func avoidText(_ area: GunAvoidArea) -> String? { avoidAreas.text(for: area.rawValue) }
    /// The kind sentence for a reason, if any.
    public func notIncludedText(_ reason: GunExclusionReason) -> String? {
      notIncluded.text(for: reason.rawValue)
    }
    /// The speed words for a plan speed id, if known.
    public func speedText(_ id: String) -> String? { speeds.text(for: id) }
    /// The attachment words for a plan attachment id, if known.
    public func attachmentText(_ id: String) -> String? { attachments.text(for: id) }
    /// The patient's name for a cleared precaution, if any.
    public func precautionName(_ condition: Condition) -> String? {
      precautionConditions.text(for: condition.rawValue)
    }
  }
}
