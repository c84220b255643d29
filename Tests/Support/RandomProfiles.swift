import HomeProgramBundle
import HomeProgramDocument
import HomeProgramLayout
import HomeProgramModel
import HomeProgramPlanner

extension Fixtures {
  /// A valid profile drawn from `g`: any cause, symptoms, flags, conditions and equipment.
  package static func randomProfile(_ g: inout SplitMix64) -> PatientProfile {
    func pick<T>(_ values: [T]) -> T { values[Int.random(in: 0..<values.count, using: &g)] }
    func subset<T>(_ values: [T], probability: Double) -> [T] {
      values.filter { _ in Double.random(in: 0..<1, using: &g) < probability }
    }
    let ids = Fixtures.catalogue.ids
    var profile = PatientProfile(
      patient: .init(name: "P", age: Int.random(in: 10...95, using: &g)), side: pick(Side.allCases),
      cause: pick(Cause.allCases),
      symptoms: .init(
        painNow: Int.random(in: 0...10, using: &g), painWorst24h: Int.random(in: 0...10, using: &g),
        settleTime: pick(SettleTime.allCases), nightPain: pick(NightPain.allCases),
        durationWeeks: Int.random(in: 0...60, using: &g), belowKnee: Bool.random(using: &g),
        peripheralises: pick(Peripheralisation.allCases), direction: pick(EasingDirection.allCases),
        neuro: pick(NeuroStatus.allCases)),
      redFlags: subset(RedFlag.allCases, probability: 0.04),
      conditions: subset(Condition.allCases, probability: 0.08),
      equipment: subset(Equipment.allCases, probability: 0.6),
      clearedForMassageGun: Bool.random(using: &g),
      exclude: subset(ids, probability: 0.05), include: subset(ids, probability: 0.05))
    if Int.random(in: 0..<5, using: &g) == 0 {
      profile.irritabilityOverride = .init(level: pick(Irritability.allCases), reason: "clinical judgement")
    }
    return profile
  }
}
