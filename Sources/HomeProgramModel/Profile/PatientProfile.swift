/// A validated patient profile (contract: `patient-profile.md`, schema 1).
public struct PatientProfile: Sendable, Equatable {
  /// Who the handout is for.
  public struct Patient: Sendable, Equatable {
    /// Printed on the handout; any Unicode.
    public var name: String
    /// Optional clinic reference (MRN).
    public var reference: String?
    /// Whole years, when given.
    public var age: Int?

    public init(name: String, reference: String? = nil, age: Int? = nil) {
      self.name = name
      self.reference = reference
      self.age = age
    }
  }

  /// The therapist's symptom assessment.
  public struct Symptoms: Sendable, Equatable {
    public var painNow: Int
    public var painWorst24h: Int
    public var settleTime: SettleTime
    public var nightPain: NightPain
    public var durationWeeks: Int
    public var belowKnee: Bool
    public var peripheralises: Peripheralisation
    public var direction: EasingDirection
    public var neuro: NeuroStatus

    public init(
      painNow: Int, painWorst24h: Int, settleTime: SettleTime, nightPain: NightPain, durationWeeks: Int,
      belowKnee: Bool, peripheralises: Peripheralisation, direction: EasingDirection = .untested,
      neuro: NeuroStatus
    ) {
      self.painNow = painNow
      self.painWorst24h = painWorst24h
      self.settleTime = settleTime
      self.nightPain = nightPain
      self.durationWeeks = durationWeeks
      self.belowKnee = belowKnee
      self.peripheralises = peripheralises
      self.direction = direction
      self.neuro = neuro
    }
  }

  /// The therapist's own irritability judgement, which always wins.
  public struct IrritabilityOverride: Sendable, Equatable {
    public var level: Irritability
    public var reason: String

    public init(level: Irritability, reason: String) {
      self.level = level
      self.reason = reason
    }
  }

  public var schema: Int
  public var patient: Patient
  /// ISO 8601 calendar date (YYYY-MM-DD), when given.
  public var date: String?
  public var therapist: String?
  public var side: Side
  public var cause: Cause
  public var symptoms: Symptoms
  public var redFlags: [RedFlag]
  public var conditions: [Condition]
  public var equipment: [Equipment]
  public var clearedForMassageGun: Bool
  public var irritabilityOverride: IrritabilityOverride?
  public var exclude: [String]
  public var include: [String]
  public var notes: String?
  /// The therapist's changes to exercises of the plan (`adjust`), by catalogue id.
  public var adjust: [String: DoseAdjustment]
  /// The handout's language (`language`, optional, default English). Only the patient's words
  /// change; the plan stays in English.
  public var language: Language = .en

  public init(
    schema: Int = 1, patient: Patient, date: String? = nil, therapist: String? = nil, side: Side,
    cause: Cause, symptoms: Symptoms, redFlags: [RedFlag] = [], conditions: [Condition] = [],
    equipment: [Equipment] = [], clearedForMassageGun: Bool = false,
    irritabilityOverride: IrritabilityOverride? = nil, exclude: [String] = [], include: [String] = [],
    notes: String? = nil, adjust: [String: DoseAdjustment] = [:]
  ) {
    self.schema = schema
    self.patient = patient
    self.date = date
    self.therapist = therapist
    self.side = side
    self.cause = cause
    self.symptoms = symptoms
    self.redFlags = redFlags
    self.conditions = conditions
    self.equipment = equipment
    self.clearedForMassageGun = clearedForMassageGun
    self.irritabilityOverride = irritabilityOverride
    self.exclude = exclude
    self.include = include
    self.notes = notes
    self.adjust = adjust
  }
}
