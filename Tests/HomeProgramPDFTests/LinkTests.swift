import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPDF
@testable import HomeProgramPlanner

@Test func libharuLinks() {
  #expect(LibHaru.version.hasPrefix("2."))
}
