extension HandoutText {
  /// The public "Sciatica Relief" handout's own wording (`public.yaml`). Everything else it prints
  /// is reused from the other files.
  public struct PublicHandout: Sendable, Equatable, Codable {
    public struct DocumentText: Sendable, Equatable, Codable {
      public var title: String
      public var subject: String
    }

    public struct Cover: Sendable, Equatable, Codable {
      public var title: String
      public var subtitle: String
      public var intro: [String]
      public var contentsTitle: String
    }

    /// Level-1 headings that exist only in the public handout.
    public struct SectionTitles: Sendable, Equatable, Codable {
      public var massageTherapy: String
      public var massageGun: String
      public var starter: LocalizedText
      public var callToAction: String
    }

    /// "What causes it" for readers nobody has assessed.
    public struct Causes: Sendable, Equatable, Codable {
      public var heading: String
      public var intro: String
      public var items: [String]
      public var after: String
    }

    public struct MassageTherapy: Sendable, Equatable, Codable {
      public var paragraphs: [LocalizedText]
      /// Goes with the face-down position figure.
      public var faceDown: String
      /// Goes with the side-lying position figure.
      public var side: String
      public var unsure: String
    }

    public struct MassageGun: Sendable, Equatable, Codable {
      /// Who should wait before using a gun.
      public var notYet: LocalizedText
      /// Ask first with a disc problem (MG-PR-10).
      public var discFirst: String
      /// The only areas to use without an assessment.
      public var startGently: String
    }

    public struct Starter: Sendable, Equatable, Codable {
      public var intro: [String]
      public var getAssessedTitle: String
      public var getAssessed: [String]
      public var getAssessedLater: String
    }

    public struct CallToAction: Sendable, Equatable, Codable {
      public var text: LocalizedText
      /// Template with `{clinic}`.
      public var bookWithClinic: String
      public var book: String
      public var websiteLabel: String
      public var phoneLabel: String
      /// Printed when the clinic gives no website and no phone number.
      public var neutral: LocalizedText
    }

    public var document: DocumentText
    public var cover: Cover
    public var sections: SectionTitles
    public var causes: Causes
    public var massageTherapy: MassageTherapy
    public var massageGun: MassageGun
    public var starter: Starter
    public var callToAction: CallToAction
  }
}
