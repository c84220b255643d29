extension HandoutText {
  /// "When to get help", the referral sheets and red-flag wording (`safety.yaml`).
  public struct Safety: Sendable, Equatable, Codable {
    public struct Help: Sendable, Equatable, Codable {
      /// Template with `{number}`.
      public var emergencyTitle: LocalizedText
      public var emergencySigns: [String]
      public var emergencyWhy: String
      public var urgentTitle: LocalizedText
      public var urgentSigns: [String]
      public var seeSoon: LocalizedText
      /// For a pregnant patient: when to stop exercising and call the doctor or midwife (the
      /// warning signs of ACOG Committee Opinion 804, 2020).
      public var pregnancyTitle: LocalizedText
      public var pregnancySigns: [String]
      public var contactTitle: String
      /// The contact heading without a clinic file ("How to reach your therapist").
      public var contactTitleWithoutClinic: String
      /// Who `{us}` is with a clinic file ("us").
      public var us: String
      /// `{doctor_or_us}` with a clinic file ("your doctor or us").
      public var doctorOrUs: LocalizedText
      /// `{us}` and `{doctor_or_us}` without a clinic file ("your doctor or physical therapist").
      public var usWithoutClinic: LocalizedText
      /// Template with `{clinic}`: a referral sheet's first-page line, without a phone.
      public var fromClinic: String
      /// Template with `{clinic}` and `{phone}`: the same line with the clinic's phone.
      public var fromClinicPhone: String
      public var phoneLabel: String
      public var websiteLabel: String
      public var addressLabel: String
      /// Template with `{therapist}`.
      public var therapist: String
    }

    public struct EmergencySheet: Sendable, Equatable, Codable {
      public var documentTitle: String
      /// The red banner's title.
      public var banner: String
      /// Template with `{number}`.
      public var whatToDo: LocalizedText
      /// Template with `{number}`.
      public var doNotDrive: String
      /// Title of the box of the patient's signs when one is a cauda equina sign (R-RESP-5).
      public var signsTitleCaudaEquina: String
      /// Title of the box of the patient's signs otherwise.
      public var signsTitle: String
      /// What cauda equina syndrome is, under its signs.
      public var whyCaudaEquina: String
      /// Under the other signs.
      public var why: String
      public var noExercises: String
    }

    public struct UrgentSheet: Sendable, Equatable, Codable {
      public var documentTitle: String
      /// The amber banner's title.
      public var banner: String
      public var whatToDo: LocalizedText
      /// Instead of `whatToDo` when the flag is a history of cancer (RF-U1).
      public var whatToDoCancer: LocalizedText
      public var why: LocalizedText
      public var noExercises: String
      public var meanwhile: String
      public var bring: String
      /// Template with `{number}`: the emergency signs after cancer (RF-E7).
      public var cancerEmergencyTitle: LocalizedText
      /// The emergency safety net's signs follow these in the same box, with the bladder and
      /// bowel signs.
      public var cancerEmergencySigns: [String]
      public var cancerEmergencyWhy: String
      /// "Call your doctor or us today if you have" (E21, R-RESP-4).
      public var callTodayTitle: LocalizedText
      public var callTodaySigns: [String]
      /// Added to the "today" signs when the flag is not a history of cancer.
      public var callTodayNerveSigns: [String]
    }

    public struct NotEligibleSheet: Sendable, Equatable, Codable {
      public var documentTitle: String
      /// For patients under 16 (outside the guideline's scope).
      public var under16: LocalizedText
      /// After recent spinal surgery: follow the surgeon's protocol.
      public var recentSpinalSurgery: LocalizedText
      /// Any other reason.
      public var other: LocalizedText

      private enum CodingKeys: String, CodingKey {
        case documentTitle, recentSpinalSurgery, other
        case under16 = "under16"
      }
    }

    public struct Referrals: Sendable, Equatable, Codable {
      public var emergency: EmergencySheet
      public var urgent: UrgentSheet
      public var notEligible: NotEligibleSheet
    }

    public var help: Help
    public var referrals: Referrals
    /// Plain words for every `RedFlag`.
    public var redFlags: [IDText]

    /// The plain words for a red flag id, if any.
    public func redFlagText(_ id: String) -> String? { redFlags.text(for: id) }
  }
}
