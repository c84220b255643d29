import Testing

@testable import HomeProgramPDF

@Test func libharuLinks() {
  #expect(LibHaru.version.hasPrefix("2."))
}
