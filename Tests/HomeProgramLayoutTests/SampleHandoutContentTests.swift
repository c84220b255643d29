import Foundation
import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPlanner

/// What a reader sees in the sample handouts is consistent and true to the clinical reference:
/// easier versions match their steps, pregnancy advice, piriformis glides, the massage-gun time cap,
/// the cover's time line and the public leaflet's massage-gun routine.
struct SampleHandoutContentTests {
  static func sample(_ name: String) throws -> PatientProfile {
    try ProfileReader.read(
      path: PublicHandoutPrivacyTests.samplesFolder.appendingPathComponent(name).path)
  }

  /// The plan and the handout of a sample, for the US clinic.
  static func handout(_ name: String, clinic: Clinic = HandoutFixture.clinic()) throws -> (Plan, Document) {
    let profile = try sample(name)
    let plan = Fixtures.planner.plan(profile)
    let document = try HandoutBuilder().build(
      plan: plan, profile: profile, clinic: clinic, exercises: Fixtures.catalogue.byID,
      text: try HandoutText.bundled(), options: HandoutFixture.options)
    return (plan, document)
  }

  // MARK: Easier versions match their steps (high irritability)

  /// Words a card's steps and tips must not hold when its dose note restricts the movement.
  static let contradictions: [(id: String, words: [String])] = [
    ("ST01", ["straight line"]),
    ("ST12", ["Lift your head"]),
    ("ST03", ["Stretch one leg out", "raise it"]),
  ]

  @Test func easierVersionsMatchTheirStepsForTheHighIrritabilitySample() throws {
    let (plan, document) = try Self.handout("ahmed-high-irritability.yaml")
    #expect(plan.irritability == .high)
    let shown = cards(document)
    #expect(shown.contains { $0.id == "ST01" } && shown.contains { $0.id == "ST12" })
    for card in shown {
      let exercise = try #require(Fixtures.catalogue[card.id])
      // A level with its own steps and tips prints them.
      if let steps = exercise.doses[.high]?.steps { #expect(card.steps == steps, "\(card.id) steps") }
      if let cues = exercise.doses[.high]?.cues { #expect(card.cues == cues, "\(card.id) tips") }
      for (id, words) in Self.contradictions where id == card.id {
        for word in words {
          #expect(!(card.steps + card.cues).contains { $0.contains(word) }, "\(id) says '\(word)'")
        }
      }
    }
  }

  @Test func everyHighLevelNoteThatLimitsTheMovementHasItsOwnSteps() throws {
    // A note that says "only" changes the exercise; the card must then print that version's steps,
    // unless the usual steps already are that version.
    let usualStepsAreTheVersion: Set<String> = [
      "ST08", "NG01", "NG02", "NG03", "MB05", "DP09", "DP05", "MB01", "MB03",
    ]
    for exercise in Fixtures.catalogue.entries {
      guard let high = exercise.doses[.high], let note = high.note, note.contains("only") else { continue }
      if usualStepsAreTheVersion.contains(exercise.id) || exercise.category == .position
        || exercise.category == .directional || exercise.category == .aerobic
      {
        continue
      }
      #expect(high.steps != nil, "\(exercise.id): '\(note)' needs its own steps at high irritability")
    }
  }

  @Test func theHighIrritabilitySampleGetsACheckUpBox() throws {
    let (plan, document) = try Self.handout("ahmed-high-irritability.yaml")
    #expect(plan.reviewWithinDays == 7)
    #expect(joinedText(document).contains("Your therapist would like to see you again within 7 days."))
  }

  // MARK: Cover schedule

  @Test func theScheduleNamesTheMainSessionAndTheExtras() throws {
    let (_, document) = try Self.handout("ahmed-high-irritability.yaml")
    let rows = flatten(document.blocks).flatMap { block -> [[String]] in
      if case .table(let table) = block, table.header == ["When", "What to do"] { return table.rows }
      return []
    }
    #expect(rows.first?.first?.hasPrefix("Every day, once: about ") == true)
    #expect(rows.contains(["Short extras, spread through the day", "Lying face down (5 times a day)"]))
    #expect(!joinedText(document).contains("Main session"))
  }

  // MARK: Pregnancy

  @Test func pregnancyHasNoBackOrFrontLyingAndSaysWhy() throws {
    let (plan, document) = try Self.handout("chloe-pregnancy.json")
    #expect(plan.positions.recommended == [PositionID.sideLyingPillowBetweenKnees.rawValue])
    #expect(plan.positions.avoid.contains(PositionID.prone.rawValue))
    let all = joinedText(document)
    #expect(all.contains("not comfortable or safe with your bump"))
    #expect(!all.contains("It can make the space for your nerves smaller"))
    #expect(!all.contains("If lying face down is in your plan"))
    #expect(!all.contains("On your back, pillows under your knees"))
    // The resting-positions card (a substitute for the face-down exercises) is side-lying only.
    let resting = try #require(cards(document).first { $0.id == "DP08" })
    #expect(!resting.steps.contains { $0.contains("On your back") || $0.contains("face down") })
    // And so is its caution: how to get up, not how to get up from lying on the back.
    #expect(!resting.cautions.isEmpty)
    #expect(!resting.cautions.contains { $0.lowercased().contains("on your back") })
    // Its figure too: the side-lying position only, not the catalogue's panel on the back.
    #expect(resting.figure.key == FigureKey.position(PositionID.sideLyingPillowBetweenKnees.rawValue))
    #expect(resting.figure.alt?.contains("side") == true && resting.figure.alt?.contains("back") == false)
    // The massage gun: plainly about the pregnancy (MG-PR-1), not "a doctor to check a few things".
    #expect(plan.massageGun.notIncludedReason == .pregnancy)
    #expect(all.contains("Not while you are pregnant, unless your therapist says it is OK."))
    #expect(!all.contains("check a few things"))
    // The refused include is in the plan's decisions and warnings.
    #expect(plan.decisions.contains { $0.rule == "R-INCL" && $0.text.hasPrefix("DP01 not added: DP-PR-1") })
    #expect(plan.excluded.contains { $0.id == "DP01" })
    // Nothing lying on the back (R-PREG-1): the bridge, curl-up and lying slider are replaced.
    for card in cards(document) where card.id != "DP08" {
      #expect(Fixtures.catalogue[card.id]?.tags.contains(.supine) == false, "\(card.id) lies on the back")
    }
    #expect(plan.decisions.contains { $0.rule == "R-PREG-1" })
    // Medicines in pregnancy: ask the doctor or midwife; anti-inflammatories usually avoided.
    #expect(all.contains("ask your doctor or midwife before you take any medicine"))
    #expect(all.contains("Anti-inflammatory pills, such as ibuprofen, are usually avoided in pregnancy."))
    #expect(!all.contains("it is not clear how much anti-inflammatory pills help"))
    // The warning signs to stop exercising in pregnancy (ACOG 804), with whom to call.
    #expect(all.contains("stop exercising and call your doctor or midwife if you have"))
    for sign in try HandoutText.bundled().safety.help.pregnancySigns {
      #expect(all.contains(sign), "\(sign)")
    }
    // Not for a patient who is not pregnant.
    let (_, other) = try Self.handout("jose-disc.yaml")
    #expect(!joinedText(other).contains("midwife"))
  }

  // MARK: What to expect

  /// §7 E5 ("many people improve within 4 to 6 weeks") only where it is honest: never for
  /// stenosis, never past 8 weeks; those get their own text (§4.2, R-PH-2).
  @Test(arguments: Cause.allCases)
  func whatToExpectSuitsTheCauseAndDuration(cause: Cause) throws {
    for weeks in [1, 5, 8, 9, 14, 60] {
      var profile = Fixtures.profile(cause: cause)
      profile.symptoms.durationWeeks = weeks
      let document = try HandoutBuilder().build(
        plan: Fixtures.planner.plan(profile), profile: profile, clinic: HandoutFixture.clinic(),
        exercises: Fixtures.catalogue.byID, text: try HandoutText.bundled(), options: HandoutFixture.options)
      let all = joinedText(document)
      let label = "\(cause.rawValue), \(weeks) weeks"
      let quick = all.contains("Many people improve within 4 to 6 weeks")
      let long = all.contains("Your symptoms have lasted more than 8 weeks.")
      let stenosis = all.contains("Spinal stenosis usually changes slowly")
      #expect(quick == (cause != .stenosis && weeks <= 8), "\(label)")
      #expect(long == (cause != .stenosis && weeks > 8), "\(label)")
      #expect(stenosis == (cause == .stenosis), "\(label)")
    }
  }

  @Test func margaretsStenosisAtFourteenWeeksIsNotToldFourToSixWeeks() throws {
    let all = joinedText(try Self.handout("margaret-stenosis.yaml").1)
    #expect(!all.contains("within 4 to 6 weeks"))
    #expect(all.contains("expect steady, gradual progress"))
  }

  // MARK: Disc and the massage gun

  /// MG-PR-10: José's routine is prescribed by his therapist, and his handout says so.
  @Test func discHandoutSaysTheTherapistCheckedTheGun() throws {
    let (plan, document) = try Self.handout("jose-disc.yaml")
    #expect(plan.massageGun.precautions == [.herniatedDisc])
    #expect(
      joinedText(document).contains(
        "Your therapist has checked that the massage gun is OK for you with a disc problem."))
  }

  // MARK: Piriformis

  @Test func piriformisGetsASliderBeforeAnyTensioner() throws {
    let (plan, document) = try Self.handout("priya-piriformis.yaml")
    let glides = plan.items.filter { $0.category == .nerveGlide }.map(\.id)
    #expect(glides == ["NG01"])
    #expect(!plan.items.contains { $0.tags.contains(.tensioner) })
    let slider = try #require(cards(document).first { $0.id == "NG01" })
    // The tensioner has no card in this handout: the card names its condition (§3.4 M†), not it.
    #expect(slider.whenEasy?.contains("Lying nerve tensioner") == false)
    #expect(slider.whenEasy?.contains("After 7 days of this without a flare") == true)
  }

  // MARK: Massage gun time

  @Test func theMassageGunRoutineStaysUnderTenMinutes() throws {
    let configuration = PlannerConfiguration.standard
    for name in ["priya-piriformis.yaml", "jose-disc.yaml", "margaret-stenosis.yaml", "sam-unknown.yaml"] {
      let plan = Fixtures.planner.plan(try Self.sample(name))
      guard plan.massageGun.included else { continue }
      let sides = plan.massageGun.zones.count * 2
      let gunSeconds = plan.massageGun.zones.map { $0.secondsPerSide * 2 }.reduce(0, +)
      #expect(
        gunSeconds + sides * configuration.gunChangeoverSeconds <= configuration.gunRoutineCapSeconds,
        "\(name): \(gunSeconds) s")
      #expect(gunSeconds < configuration.gunRoutineCapSeconds, "\(name): \(gunSeconds) s")
    }
    let priya = Fixtures.planner.plan(try Self.sample("priya-piriformis.yaml"))
    #expect(priya.massageGun.zones.count == 4)
    #expect(priya.massageGun.zones.allSatisfy { $0.secondsPerSide == 70 })
    #expect(priya.decisions.contains { $0.rule == "R-MG-2" })
  }

  // MARK: Both legs

  @Test func bothLegsGetOneLegThenSwapWording() throws {
    var profile = try Self.sample("jose-disc.yaml")
    profile.side = .both
    let plan = Fixtures.planner.plan(profile)
    let document = try HandoutBuilder().build(
      plan: plan, profile: profile, clinic: HandoutFixture.clinic(), exercises: Fixtures.catalogue.byID,
      text: try HandoutText.bundled(), options: HandoutFixture.options)
    let glides = cards(document).filter { Fixtures.catalogue[$0.id]?.category == .nerveGlide }
    #expect(!glides.isEmpty)
    for card in glides {
      let words = ([card.start] + card.steps).joined(separator: " ")
      #expect(!words.contains("good knee") && !words.contains("sore"), "\(card.id)")
      #expect(card.steps.last?.contains("swap") == true, "\(card.id)")
    }
  }

  // MARK: Walking

  @Test func walkAndRestIsOfferedOnlyForStenosis() throws {
    let (_, document) = try Self.handout("jose-disc.yaml")
    let walking = try #require(cards(document).first { $0.id == "AE01" })
    #expect(walking.ifFlares?.contains("Walk and rest") == false)
  }

  // MARK: US words

  @Test func americanEditionsUseAmericanWords() throws {
    for name in ["jose-disc.yaml", "margaret-stenosis.yaml", "priya-piriformis.yaml"] {
      let all = joinedText(try Self.handout(name).1)
      for word in ["centre", "travelling", "pedalling", "trolley"] {
        #expect(!all.contains(word), "\(name) says '\(word)'")
      }
    }
    let gb = joinedText(
      try Self.handout("margaret-stenosis.yaml", clinic: HandoutFixture.clinic(locale: .enGB)).1)
    #expect(gb.contains("shopping trolley"))
  }

  // MARK: Public leaflet

  @Test func thePublicGunRoutineIsFrontOfThighAndCalfOnly() throws {
    let document = try PublicHandoutTests.build(clinic: PublicHandoutTests.usClinic)
    let text = try HandoutText.bundled()
    let all = joinedText(document)
    let tables = flatten(document.blocks).compactMap { block -> Table? in
      if case .table(let table) = block { return table }
      return nil
    }
    let gunTable = try #require(tables.first { $0.header == text.massageGun.tableHeader })
    #expect(gunTable.rows.map(\.first) == ["Front of the thigh", "Calf"])
    #expect(
      all.contains("Ask a therapist before using a massage gun on your buttock or the back of your thigh."))
    // "Get assessed first if" comes before the massage-gun section.
    let blocks = flatten(document.blocks)
    let assessed = try #require(
      blocks.firstIndex {
        if case .callout(let callout) = $0 {
          return callout.title == text.publicHandout.starter.getAssessedTitle
        }
        return false
      })
    let gunHeading = try #require(
      blocks.firstIndex {
        if case .heading(let heading) = $0 { return heading.text == text.publicHandout.sections.massageGun }
        return false
      })
    #expect(assessed < gunHeading)
    #expect(!all.contains("in your plan"))
  }
}
