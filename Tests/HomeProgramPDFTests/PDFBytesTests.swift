import CLibHaru
import Testing

@testable import HomeProgramPDF

/// The bytes the tagged PDF's own writers make: numbers in PDF text (`PDFText.number`) and the
/// cross-reference stream's compression (`RowDeflate`), checked against plain Swift and against
/// libdeflate's decompressor.
struct PDFBytesTests {
  @Test func numbersAreWrittenInDecimal() {
    let values = [0, 7, 9, 10, 11, 99, 100, 101, 109, 110, 999, 1_000, 4_096, 65_535, 123_456_789, Int.max]
    for value in values {
      let written = String(decoding: PDFText.build(capacity: 4) { $0.number(value) }, as: UTF8.self)
      #expect(written == String(value))
    }
    for value in 0..<10_000 {
      let written = String(decoding: PDFText.build(capacity: 8) { $0.number(value) }, as: UTF8.self)
      #expect(written == String(value))
    }
    #expect(String(decoding: PDFText.build(capacity: 4) { $0.number(-5) }, as: UTF8.self) == "0")
  }

  /// `StructureType.opening` spells what `<</S/`, `name` and `/P ` would, for every type.
  @Test func everyOpeningSpellsItsTypesName() {
    func text(_ string: StaticString) -> String {
      string.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
    }
    var raw: UInt8 = 0
    while let type = StructureType(rawValue: raw) {
      #expect(text(type.opening) == "<</S/\(text(type.name))/P ")
      raw += 1
    }
    #expect(raw == 19)
  }

  /// What libdeflate's zlib decompressor reads back from `compressed`, or nil when it refuses.
  static func inflated(_ compressed: [UInt8], size: Int) -> [UInt8]? {
    guard let decompressor = libdeflate_alloc_decompressor() else { return nil }
    defer { libdeflate_free_decompressor(decompressor) }
    var output = [UInt8](repeating: 0, count: size + 1)
    var actual = 0
    let result = output.withUnsafeMutableBytes { output in
      compressed.withUnsafeBytes { input in
        libdeflate_zlib_decompress(
          decompressor, input.baseAddress, input.count, output.baseAddress, output.count, &actual)
      }
    }
    return result == LIBDEFLATE_SUCCESS ? Array(output[0..<actual]) : nil
  }

  @Test func rowsCompressAndReadBack() {
    // Empty; one row; rows that repeat (runs longer than 258 bytes); rows that differ; bytes above
    // 143 (9-bit literals); rows 1 to 9 bytes wide.
    var generator = SystemRandomNumberGenerator()
    var inputs: [([UInt8], Int)] = [([], 5), ([2, 1, 0, 4, 0], 5)]
    inputs.append((Array(repeating: [2, 0, 0, 0, 1], count: 600).flatMap { $0 }, 5))
    inputs.append(((0..<3_000).map { UInt8(truncatingIfNeeded: $0 * 7) }, 6))
    for width in 1...9 {
      let rows = (0..<400).map { row in
        (0..<width).map { UInt8(truncatingIfNeeded: row % 3 == 0 ? $0 : 200 + $0) }
      }
      inputs.append((rows.flatMap { $0 }, width))
      inputs.append(((0..<(width * 300)).map { _ in UInt8.random(in: 0...255, using: &generator) }, width))
    }
    for (input, row) in inputs {
      let compressed = input.withUnsafeBufferPointer { RowDeflate.zlib($0, row: row) }
      #expect(Self.inflated(compressed, size: input.count) == input, "\(input.count) bytes, rows of \(row)")
    }
    let repeated = Array(repeating: [2, 0, 0, 0, 1], count: 600).flatMap { $0 } as [UInt8]
    #expect(repeated.withUnsafeBufferPointer { RowDeflate.zlib($0, row: 5) }.count < 60)
  }
}
