extension HandoutText {
  /// "Understanding sciatica" (`education.yaml`).
  public struct Education: Sendable, Equatable, Codable {
    /// A sub-heading and its paragraphs.
    public struct Topic: Sendable, Equatable, Codable {
      public var heading: String
      public var paragraphs: [LocalizedText]
    }

    /// The causes topic, with one paragraph per cause.
    public struct Causes: Sendable, Equatable, Codable {
      public var heading: String
      public var paragraphs: [LocalizedText]
      public var disc: LocalizedText
      public var stenosis: LocalizedText
      public var piriformis: LocalizedText
      public var unknown: LocalizedText

      /// The paragraph for the patient's cause.
      public func paragraph(for cause: Cause) -> LocalizedText {
        switch cause {
        case .disc: disc
        case .stenosis: stenosis
        case .piriformis: piriformis
        case .unknown: unknown
        }
      }
    }

    /// "Other things that can help", with the medicines paragraph apart: a pregnant patient gets
    /// its own version (ask the doctor or midwife; anti-inflammatories are usually avoided).
    public struct OtherHelp: Sendable, Equatable, Codable {
      public var heading: String
      public var paragraphs: [LocalizedText]
      public var medicines: LocalizedText
      public var medicinesInPregnancy: LocalizedText

      /// The paragraphs, then the medicines paragraph for this patient.
      public func paragraphs(pregnant: Bool) -> [LocalizedText] {
        paragraphs + [pregnant ? medicinesInPregnancy : medicines]
      }
    }

    /// "What to expect": the general text (E5, E6; the public leaflet's), and the honest text for
    /// spinal stenosis and for symptoms past `longAfterWeeks` weeks (§4.2, §7, R-PH-2).
    public struct WhatToExpect: Sendable, Equatable, Codable {
      public var heading: String
      public var paragraphs: [LocalizedText]
      public var stenosis: [LocalizedText]
      /// Weeks of symptoms after which `long` replaces `paragraphs` (R-PH-2, RF-S2: 8).
      public var longAfterWeeks: Int
      /// Templates with `{weeks}`: symptoms past `longAfterWeeks` weeks.
      public var long: [LocalizedText]

      /// The general text as a topic (the public leaflet's).
      public var topic: Topic { Topic(heading: heading, paragraphs: paragraphs) }

      /// The paragraphs for this cause and duration, in `locale`: stenosis's at any duration, else
      /// the long-standing text past `longAfterWeeks` weeks, else the general text.
      public func paragraphs(cause: Cause, durationWeeks: Int, locale: Clinic.Locale) -> [String] {
        if cause == .stenosis { return stenosis.map { $0.text(for: locale) } }
        if durationWeeks > longAfterWeeks {
          return long.map { $0.text(for: locale).filled(["weeks": "\(longAfterWeeks)"]) }
        }
        return paragraphs.map { $0.text(for: locale) }
      }
    }

    public var whatIsIt: Topic
    public var causes: Causes
    public var whatToExpect: WhatToExpect
    public var hurtIsNotHarm: Topic
    public var keepMoving: Topic
    public var otherHelp: OtherHelp
  }
}
