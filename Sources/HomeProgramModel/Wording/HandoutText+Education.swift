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

    public var whatIsIt: Topic
    public var causes: Causes
    public var whatToExpect: Topic
    public var hurtIsNotHarm: Topic
    public var keepMoving: Topic
    public var otherHelp: OtherHelp
  }
}
