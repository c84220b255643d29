import Foundation
import Testing

@testable import HomeProgramModel

/// The clinic file's `handout` key: the form printed by default (an additive contract field).
struct ClinicHandoutFormTests {
  static func read(_ yaml: String) throws(InputError) -> Clinic {
    let source = InputSource(name: "clinic.yaml", text: yaml)
    return try ClinicReader.read(node: source.parse(), file: source.name, folder: "/clinic")
  }

  @Test func shortUnlessTheClinicAsksForTheBooklet() throws {
    #expect(try Self.read("name: \"A\"\n").handout == .short)
    #expect(try Self.read("handout: short\n").handout == .short)
    #expect(try Self.read("handout: booklet\n").handout == .booklet)
    #expect(Clinic.builtInDefault.handout == .short)
  }

  @Test func anUnknownFormNamesTheKeyAndTheChoices() {
    do {
      _ = try Self.read("handout: long\n")
      Issue.record("expected an error")
    } catch {
      #expect(error.description.contains("handout"))
      #expect(error.description.contains("short") && error.description.contains("booklet"))
    }
  }
}
