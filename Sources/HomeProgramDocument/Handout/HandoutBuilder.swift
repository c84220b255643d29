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
    // The catalogue's American words become British ones for an en-GB clinic.
    let words = clinic.locale == .enGB ? text.general.britishWords : []
    let composer = HandoutComposer(
      plan: plan, profile: profile, clinic: clinic,
      exercises: words.isEmpty ? exercises : exercises.mapValues { $0.britishWords(words) }, text: text,
      options: options)
    switch plan.outcome {
    case .program:
      return try composer.programDocument()
    case .emergencyReferral, .urgentReferral, .notEligible:
      return composer.referralDocument()
    }
  }
}
