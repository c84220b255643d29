import Testing

@testable import HomeProgramPDF

/// The structure tree's text strings (`/Alt`, `/T`) are written as libharu's are: printable ASCII
/// as an escaped literal, anything else as UTF-16BE with a byte order mark (surrogate pairs past
/// U+FFFF), control characters dropped.
struct PDFTextStringTests {
  static func written(_ text: String) -> String {
    String(decoding: PDFText.build(capacity: 8) { $0.string(text) }, as: UTF8.self)
  }

  @Test func printableASCIIIsAnEscapedLiteral() {
    #expect(Self.written("Bridge (both legs) \\ 2\u{07}") == "(Bridge \\(both legs\\) \\\\ 2)")
  }

  @Test func otherTextIsUTF16WithAByteOrderMark() {
    #expect(
      Self.written("José (left) \\ 😀\u{0B}")
        == "<FEFF004A006F007300E900200028006C00650066007400290020005C0020D83DDE00>")
  }
}
