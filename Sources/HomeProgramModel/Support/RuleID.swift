/// The id of a clinical rule: "R-STEN-3", "MG-CI-4", "DP-PR-1". The planner records one with
/// every decision, and the plan contract prints it as that plain string.
///
/// Every id the program's code uses is a named constant below, grouped by family, with what the
/// rule says; `RuleID.all` lists them, and a test checks they are unique and well formed. Ids
/// that come from data (a catalogue entry's `rule_refs`) are made with `init(rawValue:)`. There
/// is deliberately no string-literal conformance: code names a rule, it does not spell it.
///
/// Families: `R-RF` and `R-ELIG` screening (§1, §2.7), `RF-E`/`RF-U`/`RF-S` the red flags of
/// Tables 1A–1C, `R-IRR` irritability (§3.3), `R-DISC`/`R-STEN`/`R-PIR`/`R-UNK` the rules by
/// cause (§4), `R-PH` phase (§6.1), `R-LVL` selection and dose by level (§3.4), `R-SAFE`/`R-SUB`/
/// `R-EXCL`/`R-INCL`/`R-COND` the planner's own bookkeeping, `R-SESS` session and review (§3.4),
/// `R-MG`/`MG-CI`/`MG-PR` the massage gun (§2.1, §5.6), `NG`/`DP`/`ST` exercise
/// contraindications and precautions (§2), and the positions' sources (E13, DP08).
public struct RuleID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
  /// The id as the clinical reference spells it ("R-STEN-3").
  public let rawValue: String

  /// Any id, as spelt in data (a catalogue entry's `rule_refs`). Code uses the named constants.
  public init(rawValue: String) {
    self.rawValue = rawValue
  }

  /// The id itself, so interpolating a rule into a sentence prints "R-STEN-3".
  public var description: String { rawValue }

  /// Decodes the plain string the plan contract prints.
  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  /// Encodes as the plain string ("R-STEN-3"), exactly the bytes the contract has always printed.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}

// MARK: - Screening: red flags and eligibility (§1, §2.7)

extension RuleID {
  /// R-RF-0: no red flag is present, so the program runs.
  public static let noRedFlags = RuleID(rawValue: "R-RF-0")
  /// R-RF-1: an emergency flag (Table 1A) gives an emergency sheet and no exercises.
  public static let emergencyReferral = RuleID(rawValue: "R-RF-1")
  /// R-RF-2: an urgent flag (Table 1B) asks for medical review within days, with no exercises.
  public static let urgentReferral = RuleID(rawValue: "R-RF-2")
  /// R-RF-3: a review flag (Table 1C) lets the program run, with a review reminder and a review
  /// within `PlannerConfiguration.reviewDaysWithFlag` days.
  public static let reviewFlag = RuleID(rawValue: "R-RF-3")
  /// R-ELIG-1: under `PlannerConfiguration.minimumAge` (16) is outside the guideline's scope (§2.7).
  public static let underMinimumAge = RuleID(rawValue: "R-ELIG-1")
  /// R-ELIG-2: recent spinal surgery: no program without the surgeon's protocol (§2.7).
  public static let recentSpinalSurgery = RuleID(rawValue: "R-ELIG-2")
}

// MARK: - Red flags (Tables 1A–1C), one id per `RedFlag`

extension RuleID {
  /// RF-E1 (emergency): a change in bladder function (cauda equina).
  public static let redFlagBladderChange = RuleID(rawValue: "RF-E1")
  /// RF-E2 (emergency): numbness in the saddle area (cauda equina).
  public static let redFlagSaddleNumbness = RuleID(rawValue: "RF-E2")
  /// RF-E3 (emergency): a change in bowel function (cauda equina).
  public static let redFlagBowelChange = RuleID(rawValue: "RF-E3")
  /// RF-E4 (emergency): new sexual dysfunction (cauda equina).
  public static let redFlagSexualDysfunction = RuleID(rawValue: "RF-E4")
  /// RF-E5 (emergency): sciatica in both legs (cauda equina).
  public static let redFlagBilateralSciatica = RuleID(rawValue: "RF-E5")
  /// RF-E6 (emergency): progressive weakness; `neuro: progressive_or_bilateral` counts as it.
  public static let redFlagProgressiveWeakness = RuleID(rawValue: "RF-E6")
  /// RF-E7 (emergency): a history of cancer with new neurological signs.
  public static let redFlagCancerWithNeuroSigns = RuleID(rawValue: "RF-E7")
  /// RF-E8 (emergency): fever or feeling unwell.
  public static let redFlagFeverUnwell = RuleID(rawValue: "RF-E8")
  /// RF-E9 (emergency): major trauma with neurological signs.
  public static let redFlagMajorTraumaNeuro = RuleID(rawValue: "RF-E9")
  /// RF-U1 (urgent): a history of cancer with new back or leg pain.
  public static let redFlagCancerHistoryNewPain = RuleID(rawValue: "RF-U1")
  /// RF-U2 (urgent): unexplained weight loss.
  public static let redFlagUnexplainedWeightLoss = RuleID(rawValue: "RF-U2")
  /// RF-U3 (urgent): constant night pain.
  public static let redFlagConstantNightPain = RuleID(rawValue: "RF-U3")
  /// RF-U4 (urgent): a risk of fracture.
  public static let redFlagFractureRisk = RuleID(rawValue: "RF-U4")
  /// RF-U5 (urgent): a risk of infection.
  public static let redFlagInfectionRisk = RuleID(rawValue: "RF-U5")
  /// RF-U6 (urgent): thoracic pain.
  public static let redFlagThoracicPain = RuleID(rawValue: "RF-U6")
  /// RF-U7 (urgent): a marked motor deficit.
  public static let redFlagMarkedMotorDeficit = RuleID(rawValue: "RF-U7")
  /// RF-U8 (urgent): an inflammatory pattern.
  public static let redFlagInflammatoryPattern = RuleID(rawValue: "RF-U8")
  /// RF-S1 (review): not improving.
  public static let redFlagNotImproving = RuleID(rawValue: "RF-S1")
  /// RF-S2 (review): symptoms persisting over 8 weeks.
  public static let redFlagPersistentOver8Weeks = RuleID(rawValue: "RF-S2")
  /// RF-S3 (review): a new sensory change.
  public static let redFlagNewSensoryChange = RuleID(rawValue: "RF-S3")
  /// RF-S4 (review): uncontrolled pain.
  public static let redFlagUncontrolledPain = RuleID(rawValue: "RF-S4")
}

// MARK: - Irritability (§3.3)

extension RuleID {
  /// R-IRR-HIGH: high irritability when symptoms take an hour or more to settle, night pain wakes
  /// and cannot resettle, worst pain is at or above `highWorstPain` with a settle time of 10 minutes
  /// or more, or symptoms spread with most movements.
  public static let irritabilityHigh = RuleID(rawValue: "R-IRR-HIGH")
  /// R-IRR-LOW: low irritability when worst pain is at or below `lowWorstPain`, symptoms settle in
  /// under 10 minutes, with no night pain, no spreading and no motor signs.
  public static let irritabilityLow = RuleID(rawValue: "R-IRR-LOW")
  /// R-IRR-MOD: moderate irritability when neither the high nor the low criteria are all met.
  public static let irritabilityModerate = RuleID(rawValue: "R-IRR-MOD")
  /// R-IRR-MOD1: stable motor signs make it at least moderate, with clinician review and a
  /// review within `reviewDaysWithFlag` days.
  public static let motorSignsAtLeastModerate = RuleID(rawValue: "R-IRR-MOD1")
  /// R-IRR-MOD2: symptoms that spread with some movements make it at least moderate, and rule out
  /// exercise in the provoking direction.
  public static let someSpreadingAtLeastModerate = RuleID(rawValue: "R-IRR-MOD2")
  /// R-IRR-MOD3: pain below the knee with worst pain at or above `highWorstPain` makes it high.
  public static let belowKneeSeverePainIsHigh = RuleID(rawValue: "R-IRR-MOD3")
  /// R-IRR-MOD4: pain now at or above `highPainNow`, at rest, makes it high.
  public static let painNowIsHigh = RuleID(rawValue: "R-IRR-MOD4")
  /// R-IRR-OVR: the therapist's override always wins, and its reason is printed.
  public static let irritabilityOverride = RuleID(rawValue: "R-IRR-OVR")
}

// MARK: - Disc (§4)

extension RuleID {
  /// R-DISC-1: disc, and one direction eases symptoms: follow that direction (extension or flexion).
  public static let discEasingDirection = RuleID(rawValue: "R-DISC-1")
  /// R-DISC-2: the extension path: lying face down first, then repeated extension in the easing
  /// direction and after sitting; lying face down on a pillow is its first position of comfort.
  public static let discExtensionPath = RuleID(rawValue: "R-DISC-2")
  /// R-DISC-3: disc with no easing direction found yet: neutral, relief positions and sliders.
  public static let discNoDirectionYet = RuleID(rawValue: "R-DISC-3")
  /// R-DISC-4: no flexion exercises while on the extension path.
  public static let discNoFlexionOnExtensionPath = RuleID(rawValue: "R-DISC-4")
  /// R-DISC-5: disc: avoid long spells of sitting.
  public static let discAvoidLongSitting = RuleID(rawValue: "R-DISC-5")
  /// R-DISC-6: disc: neutral-spine strengthening, low-load first.
  public static let discNeutralSpineStrength = RuleID(rawValue: "R-DISC-6")
}

// MARK: - Stenosis (§4)

extension RuleID {
  /// R-STEN-1: stenosis: flexion bias (gentle flexion in lying and sitting, fuller flexion later).
  public static let stenosisFlexionBias = RuleID(rawValue: "R-STEN-1")
  /// R-STEN-2: stenosis: no extension (it narrows the canal), even when extension was recorded as
  /// easing; avoid lying face down and standing long or arching back. The therapist's `include`
  /// can re-enable extension exercises.
  public static let stenosisNoExtension = RuleID(rawValue: "R-STEN-2")
  /// R-STEN-3: stenosis: positions of comfort are side-lying with a pillow between the knees, on
  /// the back with pillows under the knees, and sitting leaning forward.
  public static let stenosisPositions = RuleID(rawValue: "R-STEN-3")
  /// R-STEN-4: stenosis: flexion-friendly interval walking, and cycling before continuous walking.
  public static let stenosisWalking = RuleID(rawValue: "R-STEN-4")
  /// R-STEN-5: stenosis: strength for walking and stairs (sit-to-stand, calf raises, hips).
  public static let stenosisStrength = RuleID(rawValue: "R-STEN-5")
}

// MARK: - Piriformis / deep gluteal (§4)

extension RuleID {
  /// R-PIR-1: piriformis: spinal source excluded, neutral bias.
  public static let piriformisNeutral = RuleID(rawValue: "R-PIR-1")
  /// R-PIR-2: piriformis: sliders first (NG01/NG02), hip abductor and external-rotator strength,
  /// buttock (piriformis) stretches.
  public static let piriformisProgram = RuleID(rawValue: "R-PIR-2")
  /// R-PIR-3: piriformis: the massage-gun routine starts with the glutes.
  public static let piriformisGlutesFirst = RuleID(rawValue: "R-PIR-3")
  /// R-PIR-4: piriformis: avoid long sitting and sitting on a hard edge or a wallet.
  public static let piriformisAvoidSitting = RuleID(rawValue: "R-PIR-4")
}

// MARK: - Unknown cause (§4)

extension RuleID {
  /// R-UNK-1: unknown cause: neutral bias and neutral-spine strength, no end-range repeated
  /// loading (R-UNK-3).
  public static let unknownNeutral = RuleID(rawValue: "R-UNK-1")
  /// R-UNK-2: unknown cause with consistent easing in one direction: follow that direction.
  public static let unknownConsistentEasing = RuleID(rawValue: "R-UNK-2")
  /// R-UNK-3: unknown cause: no end-range repeated loading until a direction is found.
  public static let unknownNoEndRangeLoading = RuleID(rawValue: "R-UNK-3")
}

// MARK: - Phase (§6.1)

extension RuleID {
  /// R-PH-P1: high irritability: calm phase, with relief positions (DP08) as an item.
  public static let calmPhase = RuleID(rawValue: "R-PH-P1")
  /// R-PH-P2: moderate irritability, or low within the first `returnPhaseFromWeek` weeks: build phase.
  public static let buildPhase = RuleID(rawValue: "R-PH-P2")
  /// R-PH-P3: low irritability from week `returnPhaseFromWeek` (6) on: return phase.
  public static let returnPhase = RuleID(rawValue: "R-PH-P3")
}

// MARK: - Selection and dose by level (§3.4)

extension RuleID {
  /// R-LVL-HIGH: the catalogue's dose for high irritability (§3.4).
  public static let doseHigh = RuleID(rawValue: "R-LVL-HIGH")
  /// R-LVL-MODERATE: the catalogue's dose for moderate irritability (§3.4).
  public static let doseModerate = RuleID(rawValue: "R-LVL-MODERATE")
  /// R-LVL-LOW: the catalogue's dose for low irritability (§3.4).
  public static let doseLow = RuleID(rawValue: "R-LVL-LOW")
  /// R-LVL-NG: nerve glides by level (§3.4 nerve-glide row): the gentlest slider at high, sliders
  /// through the full comfortable range at moderate, progressing to tensioners at low.
  public static let nerveGlidesByLevel = RuleID(rawValue: "R-LVL-NG")
  /// R-LVL-MB: stretching and mobility by level (§3.4 stretching row).
  public static let mobilityByLevel = RuleID(rawValue: "R-LVL-MB")
  /// R-LVL-AE: graded walking (§3.4 walking row).
  public static let walkingByLevel = RuleID(rawValue: "R-LVL-AE")
  /// R-LVL-DP: directional exercise and positions by level (§3.4 directional/positional row:
  /// little and often at high, 10 reps 3–5 times a day at moderate, 1–2 times a day at low).
  public static let directionalByLevel = RuleID(rawValue: "R-LVL-DP")
  /// R-LVL-ST: strengthening by level (§3.4 strengthening row, ACSM novice anchors: 1–3 sets of
  /// 8–12, 2–3 days a week).
  public static let strengthByLevel = RuleID(rawValue: "R-LVL-ST")

  /// The dose rule for `level` (R-LVL-HIGH, R-LVL-MODERATE, R-LVL-LOW).
  public static func dose(for level: Irritability) -> RuleID {
    switch level {
    case .high: .doseHigh
    case .moderate: .doseModerate
    case .low: .doseLow
    }
  }
}

// MARK: - The planner's bookkeeping

extension RuleID {
  /// R-SAFE: a template entry that a safety rule leaves out, with the nearest safe substitute.
  public static let leftOutForSafety = RuleID(rawValue: "R-SAFE")
  /// R-SUB: the substitute for an entry left out: its regressions first, breadth-first.
  public static let substitute = RuleID(rawValue: "R-SUB")
  /// R-EXCL: the therapist's `exclude` always wins.
  public static let therapistExclude = RuleID(rawValue: "R-EXCL")
  /// R-INCL: the therapist's `include`, within the hard safety rules.
  public static let therapistInclude = RuleID(rawValue: "R-INCL")
  /// R-ADJ: the therapist's `adjust` (doses, order, notes), within `DoseLimits` (§3.4) and never
  /// bringing back an exercise that was left out.
  public static let therapistAdjust = RuleID(rawValue: "R-ADJ")
  /// R-COND: an entry's own `contraindicated_conditions`, when its `rule_refs` name no precaution.
  public static let entryContraindication = RuleID(rawValue: "R-COND")
}

// MARK: - Session and review (§3.4)

extension RuleID {
  /// R-SESS-1: session structure: the estimated minutes a session and `sessionsPerDay` by level.
  public static let sessionStructure = RuleID(rawValue: "R-SESS-1")
  /// R-SESS-2: the review interval by level, `reviewDays` (§3.4 "review"); a review flag (R-RF-3)
  /// or stable motor signs (R-IRR-MOD1) shorten it.
  public static let reviewInterval = RuleID(rawValue: "R-SESS-2")
}

// MARK: - Massage gun (§2.1, §5.6)

extension RuleID {
  /// R-MG-0: no massage gun in the equipment list, so no routine.
  public static let gunNoDevice = RuleID(rawValue: "R-MG-0")
  /// R-MG-1: the routine: glutes, hamstrings, quads and calves only, by level; lowest speed,
  /// largest soft head; never the lower back or spine.
  public static let gunRoutine = RuleID(rawValue: "R-MG-1")
  /// R-MG-2: the whole routine (every zone, both sides, changeovers) stays under
  /// `gunRoutineCapSeconds` (§2.1 "whole session ≤ 10 min").
  public static let gunRoutineCap = RuleID(rawValue: "R-MG-2")
  /// MG-CI-1: never with a history of DVT or a clot.
  public static let gunClotHistory = RuleID(rawValue: "MG-CI-1")
  /// MG-CI-2 (⚑): anticoagulants or a bleeding disorder: only when a clinician cleared it.
  public static let gunBleedingRisk = RuleID(rawValue: "MG-CI-2")
  /// MG-CI-3: never over a skin lesion in the area.
  public static let gunSkinLesion = RuleID(rawValue: "MG-CI-3")
  /// MG-CI-4: never over cancer in the area.
  public static let gunCancerInArea = RuleID(rawValue: "MG-CI-4")
  /// MG-CI-5: never over a recent fracture or surgery in the area.
  public static let gunRecentFractureOrSurgery = RuleID(rawValue: "MG-CI-5")
  /// MG-CI-6: never with neuropathy.
  public static let gunNeuropathy = RuleID(rawValue: "MG-CI-6")
  /// MG-CI-7 (⚑): a pacemaker: only when a clinician cleared it.
  public static let gunPacemaker = RuleID(rawValue: "MG-CI-7")
  /// MG-CI-8: never with uncontrolled high blood pressure.
  public static let gunUncontrolledHypertension = RuleID(rawValue: "MG-CI-8")
  /// MG-CI-9: never with a red flag of any level.
  public static let gunRedFlag = RuleID(rawValue: "MG-CI-9")
  /// MG-CI-10: never at high irritability.
  public static let gunHighIrritability = RuleID(rawValue: "MG-CI-10")
  /// MG-CI-11 (⚑): a history of rhabdomyolysis: only when a clinician cleared it.
  public static let gunRhabdomyolysis = RuleID(rawValue: "MG-CI-11")
  /// MG-PR-1: pregnancy: only when a clinician cleared it, and then said plainly on the handout.
  public static let gunPregnancy = RuleID(rawValue: "MG-PR-1")
  /// MG-PR-2: osteoporosis: only when cleared; then lowest speed, shortest time.
  public static let gunOsteoporosis = RuleID(rawValue: "MG-PR-2")
  /// MG-PR-3: diabetes: only when cleared; then lowest speed, shortest time.
  public static let gunDiabetes = RuleID(rawValue: "MG-PR-3")
  /// MG-PR-4: varicose veins: only when cleared; then lowest speed, shortest time.
  public static let gunVaricoseVeins = RuleID(rawValue: "MG-PR-4")
  /// MG-PR-5: numb areas: only when cleared; then lowest speed, shortest time.
  public static let gunNumbAreas = RuleID(rawValue: "MG-PR-5")
  /// MG-PR-7: a recent injury: only when cleared; then lowest speed, shortest time.
  public static let gunRecentInjury = RuleID(rawValue: "MG-PR-7")
  /// MG-PR-8: a spinal deformity: only when cleared; then lowest speed, shortest time.
  public static let gunSpinalDeformity = RuleID(rawValue: "MG-PR-8")
  /// MG-PR-11: a joint replacement: only when cleared; then lowest speed, shortest time.
  public static let gunJointReplacement = RuleID(rawValue: "MG-PR-11")
  /// MG-PR-10: a herniated disc (cause `disc`): a clinician prescribes the gun, never over the
  /// spine; the therapist who prescribes it in the plan is that check.
  public static let gunHerniatedDisc = RuleID(rawValue: "MG-PR-10")
}

// MARK: - Exercise contraindications and precautions (§2)

extension RuleID {
  /// NG-CI-2: no nerve tensioners at high irritability.
  public static let noTensionersAtHighIrritability = RuleID(rawValue: "NG-CI-2")
  /// DP-CI-2: stenosis: no extension exercises, extension narrows the canal (R-STEN-2).
  public static let stenosisNoExtensionExercises = RuleID(rawValue: "DP-CI-2")
  /// DP-PR-1: pregnancy: no lying face down (no exercise tagged `prone`, no prone position).
  public static let pregnancyNoProne = RuleID(rawValue: "DP-PR-1")
  /// DP-PR-2: hip replacement: no deep hip bending or crossing.
  public static let hipReplacementNoDeepFlexion = RuleID(rawValue: "DP-PR-2")
  /// DP-PR-3: osteoporosis: no loaded end-range flexion (named in the catalogue's `rule_refs`).
  public static let osteoporosisNoLoadedFlexion = RuleID(rawValue: "DP-PR-3")
  /// ST-PR-3: shoulder problem: no weight through the elbow.
  public static let shoulderNoElbowWeight = RuleID(rawValue: "ST-PR-3")
  /// R-PREG-1 [TEAM]: pregnancy: no exercise lying on the back (tag `supine`); a side-lying,
  /// seated, standing or all-fours version instead (`PlannerConfiguration.supineAlternatives`).
  /// From the reference's side-lying preference in pregnancy (DP08, §5.2; §2.7).
  public static let pregnancyNoSupine = RuleID(rawValue: "R-PREG-1")
}

// MARK: - Positions of comfort

extension RuleID {
  /// E13: the evidence for positions of comfort (side-lying, on the back with pillows under the
  /// knees): the positions for the flexion path and for no direction bias.
  public static let positionsOfComfort = RuleID(rawValue: "E13")
  /// DP08 (resting positions): side-lying preferred in pregnancy; no resting on the back.
  public static let pregnancyRestingPositions = RuleID(rawValue: "DP08")
}

// MARK: - Every constant

extension RuleID {
  /// Every named rule above, family by family. A test checks it against the declarations.
  public static let all: [RuleID] = [
    .noRedFlags, .emergencyReferral, .urgentReferral, .reviewFlag, .underMinimumAge, .recentSpinalSurgery,
    .redFlagBladderChange, .redFlagSaddleNumbness, .redFlagBowelChange, .redFlagSexualDysfunction,
    .redFlagBilateralSciatica, .redFlagProgressiveWeakness, .redFlagCancerWithNeuroSigns, .redFlagFeverUnwell,
    .redFlagMajorTraumaNeuro, .redFlagCancerHistoryNewPain, .redFlagUnexplainedWeightLoss,
    .redFlagConstantNightPain, .redFlagFractureRisk, .redFlagInfectionRisk, .redFlagThoracicPain,
    .redFlagMarkedMotorDeficit, .redFlagInflammatoryPattern, .redFlagNotImproving,
    .redFlagPersistentOver8Weeks, .redFlagNewSensoryChange, .redFlagUncontrolledPain,
    .irritabilityHigh, .irritabilityLow, .irritabilityModerate, .motorSignsAtLeastModerate,
    .someSpreadingAtLeastModerate, .belowKneeSeverePainIsHigh, .painNowIsHigh, .irritabilityOverride,
    .discEasingDirection, .discExtensionPath, .discNoDirectionYet, .discNoFlexionOnExtensionPath,
    .discAvoidLongSitting, .discNeutralSpineStrength,
    .stenosisFlexionBias, .stenosisNoExtension, .stenosisPositions, .stenosisWalking, .stenosisStrength,
    .piriformisNeutral, .piriformisProgram, .piriformisGlutesFirst, .piriformisAvoidSitting,
    .unknownNeutral, .unknownConsistentEasing, .unknownNoEndRangeLoading,
    .calmPhase, .buildPhase, .returnPhase,
    .doseHigh, .doseModerate, .doseLow, .nerveGlidesByLevel, .mobilityByLevel, .walkingByLevel,
    .directionalByLevel, .strengthByLevel,
    .leftOutForSafety, .substitute, .therapistExclude, .therapistInclude, .therapistAdjust,
    .entryContraindication,
    .sessionStructure, .reviewInterval,
    .gunNoDevice, .gunRoutine, .gunRoutineCap, .gunClotHistory, .gunBleedingRisk, .gunSkinLesion,
    .gunCancerInArea, .gunRecentFractureOrSurgery, .gunNeuropathy, .gunPacemaker,
    .gunUncontrolledHypertension,
    .gunRedFlag, .gunHighIrritability, .gunRhabdomyolysis, .gunPregnancy, .gunOsteoporosis, .gunDiabetes,
    .gunVaricoseVeins, .gunNumbAreas, .gunRecentInjury, .gunSpinalDeformity, .gunJointReplacement,
    .gunHerniatedDisc,
    .noTensionersAtHighIrritability, .stenosisNoExtensionExercises, .pregnancyNoProne,
    .hipReplacementNoDeepFlexion, .osteoporosisNoLoadedFlexion, .shoulderNoElbowWeight, .pregnancyNoSupine,
    .positionsOfComfort, .pregnancyRestingPositions,
  ]
}
