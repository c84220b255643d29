/// Why the massage gun is not part of the plan: lets the handout say it kindly in one sentence.
public enum GunExclusionReason: String, Sendable, Codable, CaseIterable {
  /// The outcome is a referral or not eligible.
  case noProgram = "no_program"
  /// The patient has no massage gun.
  case noDevice = "no_device"
  /// Symptoms are easily stirred up (MG-CI-10).
  case highIrritability = "high_irritability"
  /// A red flag of any level is present (MG-CI-9).
  case redFlag = "red_flag"
  /// A condition rules the gun out (MG-CI-1 … MG-CI-8).
  case contraindication
  /// A precaution the clinician has not cleared (MG-PR-…, ⚑ conditions).
  case precautionNotCleared = "precaution_not_cleared"
  /// Pregnancy, not cleared by the clinician (MG-PR-1): said plainly rather than as "a condition".
  case pregnancy
  /// The therapist excluded every gun zone.
  case excludedByTherapist = "excluded_by_therapist"
}
