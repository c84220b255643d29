// HandoutBuilder: plan + profile + clinic + catalogue + wording → a renderer-free `Document`.
// A program gives the full handout (cover, education, positions, exercises, massage gun, traffic
// light, log, when to get help); a referral or not-eligible outcome gives a short safety sheet
// and never an exercise list. Pure: no clock, no files, no randomness.
import HomeProgramModel
import HomeProgramPlanner

/// Builds the handout `Document` for a plan.
public struct HandoutBuilder: Sendable {
  public init() {}

  /// The handout for `plan`.
  ///
  /// - Parameters:
  ///   - exercises: the catalogue by id; every plan item must be in it.
  ///   - text: the handout wording (`HandoutText.bundled()` in the product).
  /// - Throws: `HandoutBuilderError` when the plan names an id with no catalogue entry or wording.
  public func build(
    plan: Plan, profile: PatientProfile, clinic: Clinic, exercises: [String: Exercise], text: HandoutText,
    options: HandoutOptions
  ) throws -> Document {
    let composer = HandoutComposer(
      plan: plan, profile: profile, clinic: clinic,
      exercises: exercises.mapValues {
        $0.inWords(of: clinic.locale, language: profile.language, text: text)
      }, text: text,
      options: options)
    switch plan.outcome {
    case .program:
      return try composer.programDocument()
    case .emergencyReferral, .urgentReferral, .notEligible:
      return composer.referralDocument()
    }
  }
}

extension Exercise {
  /// This entry in the words of `locale`: the catalogue is written in American English, and an
  /// en-GB clinic gets `text`'s British words (`britishWords`); any other, the entry unchanged.
  /// The one en-GB word pass of the patient handout and the public leaflet. It is an English
  /// pass only: a handout in another `language` is never touched, whatever the clinic's locale.
  func inWords(of locale: Clinic.Locale, language: Language, text: HandoutText) -> Exercise {
    language == .en && locale == .enGB ? britishWords(text.general.britishWords) : self
  }
}
