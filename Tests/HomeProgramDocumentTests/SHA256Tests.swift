import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramModel
@testable import HomeProgramPlanner

@Test(arguments: [
  ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
  ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
  (
    "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
  ),
])
func sha256MatchesTheStandardVectors(message: String, digest: String) {
  #expect(SHA256.hexDigest(of: Array(message.utf8)) == digest)
}

@Test func sha256GivesTheSameDigestWhateverTheChunking() {
  let message = Array((0..<1_000).map { UInt8(truncatingIfNeeded: $0 * 7) })
  var pieces = SHA256()
  var offset = 0
  for size in [1, 63, 64, 65, 127, 300] {
    pieces.update(Array(message[offset..<offset + size]))
    offset += size
  }
  pieces.update(Array(message[offset...]))
  #expect(pieces.hexDigest() == SHA256.hexDigest(of: message))
  let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
  #expect(
    SHA256.hexDigest(of: million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
}

@Test func contentHashChangesWithEveryInput() throws {
  let profile = try ProfileReader.read(
    InputSource(
      name: "ana.yaml",
      text: """
        schema: 1
        patient: {name: Ana}
        side: left
        cause: disc
        symptoms: {pain_now: 3, pain_worst_24h: 5, settle_time: lt10min, night_pain: wakes_resettles,
          duration_weeks: 4, below_knee: false, peripheralises: none, direction: extension, neuro: sensory_stable}
        """))
  var renamed = profile
  renamed.patient.name = "Anna"
  var logo = Clinic(name: "C")
  logo.logoPath = "/nonexistent/logo.png"
  func hash(
    _ profile: PatientProfile, clinic: Clinic = Clinic(name: "C"), catalogue: String = "1",
    paper: Paper = .letter, large: Bool = false, date: String = "2026-11-25"
  ) -> String {
    ContentHash(
      profile: profile, clinic: clinic, catalogueVersion: catalogue, programVersion: "0.1.0", paper: paper,
      largePrint: large, date: date
    ).hex
  }
  let base = hash(profile)
  #expect(base == hash(profile))
  #expect(base.count == 64)
  for other in [
    hash(renamed), hash(profile, clinic: Clinic(name: "D")), hash(profile, catalogue: "2"),
    hash(profile, paper: .a4), hash(profile, large: true), hash(profile, date: "2026-11-26"),
  ] {
    #expect(other != base)
  }
  // The logo counts by its bytes, never by its path: a missing logo hashes like no logo.
  #expect(hash(profile, clinic: logo) == base)
  #expect(
    ContentHash(publicFor: Clinic(name: "C"), catalogueVersion: "1", paper: .letter, largePrint: false).hex
      != ContentHash(publicFor: Clinic(name: "C"), catalogueVersion: "1", paper: .a4, largePrint: false).hex)
}
