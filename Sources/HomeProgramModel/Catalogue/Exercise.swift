/// One catalogue entry: an exercise, position, walk or massage-gun zone, written for patients.
public struct Exercise: Sendable, Equatable, Hashable, Codable {
  /// Stable id from the clinical reference (NG01, DP03, MG04 …).
  public var id: String
  /// Short patient-facing name.
  public var name: String
  /// The figure's alternative text for screen readers (the tagged PDF's `/Alt`): what it shows,
  /// as a movement ("Lying face down, pushing up on the hands while the hips stay on the floor").
  /// The catalogue loader requires it; nil only for entries made in code.
  public var alt: String?
  /// Plan-contract category.
  public var category: ExerciseCategory
  /// Controlled-vocabulary tags: at least one direction and one position tag.
  public var tags: [ExerciseTag]
  /// What it is for, in one or two plain sentences.
  public var purpose: String
  /// How to start (the starting position).
  public var start: String
  /// Numbered steps, in order.
  public var steps: [String]
  /// Key cues ("Tips").
  public var cues: [String]
  /// Common mistakes ("Avoid").
  public var mistakes: [String]
  /// Default dose per irritability level; a level absent here is not suitable.
  public var doses: [Irritability: LevelDose]
  /// Ids this entry progresses to, easiest first.
  public var progression: [String]
  /// A progression in words when it is not another catalogue entry ("Hold a light weight").
  public var progressionNote: String?
  /// Ids this entry regresses to, nearest first.
  public var regression: [String]
  /// A regression in words when it is not another catalogue entry.
  public var regressionNote: String?
  /// Causes this entry suits.
  public var causes: [Cause]
  /// The direction of spinal load it favours.
  public var directionBias: DirectionBias
  /// Equipment the patient needs for it.
  public var equipment: [Equipment]
  /// Profile conditions that rule this entry out (beyond the tag rules), with the reference id.
  public var contraindicatedConditions: [Condition]
  /// Patient-facing cautions for everyone ("Hold a counter if your balance is poor").
  public var cautions: [String]
  /// Cautions for a patient with a condition only ("If you have had a hip replacement, …"), printed
  /// before `cautions` on that patient's card (`cautionsFor(_:)`), and after them in a handout for
  /// no one in particular (the public leaflet).
  public var conditionCautions: [Condition: [String]] = [:]
  /// Ids of the reference's contraindication and precaution rules that apply (NG-CI-1 …).
  public var ruleRefs: [String]
  /// Massage-gun zone this entry treats, for category `massage_gun`.
  public var gunZone: GunZone?
  /// The illustration: poses, props, arrows and the working limb.
  public var figure: FigureSpec?
  /// The start position for a patient with symptoms in both legs, when the usual one names a "sore"
  /// and a "good" leg. Nil: the usual start.
  public var bothSidesStart: String?
  /// The steps for a patient with symptoms in both legs ("do one leg, then swap"). Nil: the usual
  /// steps.
  public var bothSidesSteps: [String]?
  /// Steps for a patient with a condition, when the usual ones do not suit it (DP08: side-lying only
  /// in pregnancy). The first condition of the profile with steps here wins over every other wording.
  public var conditionSteps: [Condition: [String]] = [:]
  /// A line added to the dose note for a direction bias (MB04: stenosis → emphasise the rounding).
  public var biasNotes: [DirectionBias: String] = [:]
  /// The start position in one short sentence, for the short handout's compact card. Nil: the
  /// full `start`.
  public var shortStart: String?
  /// The steps condensed to 2 to 4 short lines, for the short handout's compact card, in place of
  /// the usual `steps` (a condition's, a level's or both legs' own steps still win,
  /// `stepsAt(_:side:conditions:short:)`). Nil: the full steps.
  public var shortSteps: [String]?
  /// `bothSidesStart` in one short sentence, for the compact card of a patient with symptoms in
  /// both legs. Nil: `bothSidesStart`.
  public var shortBothSidesStart: String?
  /// `bothSidesSteps` condensed to 2 to 4 short lines, for the compact card. Nil: `bothSidesSteps`.
  public var shortBothSidesSteps: [String]?
  /// `conditionSteps` condensed to 2 to 4 short lines each, for the compact card; a condition with
  /// none here prints its full `conditionSteps`.
  public var shortConditionSteps: [Condition: [String]] = [:]

  /// The irritability levels at which the catalogue allows this entry.
  public var suitableLevels: [Irritability] {
    Irritability.allCases.filter { doses[$0] != nil }
  }

  public init(
    id: String, name: String, category: ExerciseCategory, tags: [ExerciseTag], purpose: String,
    start: String, steps: [String], cues: [String], mistakes: [String], doses: [Irritability: LevelDose],
    progression: [String] = [], progressionNote: String? = nil, regression: [String] = [],
    regressionNote: String? = nil, causes: [Cause], directionBias: DirectionBias,
    equipment: [Equipment] = [], contraindicatedConditions: [Condition] = [], cautions: [String] = [],
    ruleRefs: [String] = [], gunZone: GunZone? = nil, figure: FigureSpec? = nil
  ) {
    self.id = id
    self.name = name
    self.category = category
    self.tags = tags
    self.purpose = purpose
    self.start = start
    self.steps = steps
    self.cues = cues
    self.mistakes = mistakes
    self.doses = doses
    self.progression = progression
    self.progressionNote = progressionNote
    self.regression = regression
    self.regressionNote = regressionNote
    self.causes = causes
    self.directionBias = directionBias
    self.equipment = equipment
    self.contraindicatedConditions = contraindicatedConditions
    self.cautions = cautions
    self.ruleRefs = ruleRefs
    self.gunZone = gunZone
    self.figure = figure
  }
}
