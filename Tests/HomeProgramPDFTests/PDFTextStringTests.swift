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

  @Test func controlCharactersAreFoundAndDropped() {
    // C0, DEL and C1 (U+0080–U+009F, 0xC2 0x80–0x9F in UTF-8) are control characters; U+00A0,
    // U+00B7 (also led by 0xC2) and U+0100 are not, nor is a second byte 0x80–0x9F after another
    // lead byte (U+0100 is 0xC4 0x80).
    for text in ["a\u{01}b", "a\u{7F}b", "a\u{80}b", "a\u{9F}b", "a\nb"] {
      #expect(HaruDocument.hasControl(text))
      #expect(HaruDocument.pdfString(text) == "ab")
    }
    for text in ["", "plain", "a\u{A0}b · Ā 😀"] {
      #expect(!HaruDocument.hasControl(text))
      #expect(HaruDocument.pdfString(text) == text)
    }
  }
}
