import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramBatch
@testable import HomeProgramDocument
@testable import HomeProgramEngine
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPlanner

@Test(arguments: [
  "../x", "/etc/x", "", "   ", ".", "..", "...", ".hidden", String(repeating: "A", count: 500),
  "a/b", "a\\b", "line\nbreak", "tab\there", "\u{0}\u{7}", "王小明", "Ñúñez", "CON", "-", "_", "🙂",
])
func hostileReferencesGiveSafeStems(reference: String) {
  let stem = SafeFileName.stem(reference: reference, name: "Jane O'Neil")
  #expect(!stem.isEmpty)
  #expect(stem.count <= SafeFileName.maximumLength + 1)
  #expect(!stem.hasPrefix("."))
  #expect(!stem.hasPrefix("-"))
  #expect(stem.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
  #expect(!["CON", "PRN", "AUX", "NUL"].contains(stem.uppercased()))
  #expect(stem == SafeFileName.stem(reference: reference, name: "Jane O'Neil"))
}

@Test func stemsReadWell() {
  #expect(SafeFileName.stem(reference: "P-0042", name: "x") == "P-0042")
  #expect(SafeFileName.stem(reference: nil, name: "José Ñúñez") == "jose-nunez")
  #expect(SafeFileName.stem(reference: nil, name: "Jane O'Neil-Smith") == "jane-o-neil-smith")
  #expect(SafeFileName.stem(reference: "../../etc/passwd", name: "x") == "etc-passwd")
  #expect(SafeFileName.stem(reference: "/etc/x", name: "x") == "etc-x")
  #expect(SafeFileName.stem(reference: "", name: "Sam Lee") == "sam-lee")
  #expect(SafeFileName.stem(reference: "...", name: "Sam Lee") == "sam-lee")
  #expect(SafeFileName.stem(reference: nil, name: "Straße Ærø") == "strasse-aero")
  #expect(SafeFileName.stem(reference: nil, name: "...") == "patient")
  #expect(SafeFileName.stem(reference: "CON", name: "x") == "CON_")
}

@Test func lettersWithoutASCIIFormsGetADeterministicHash() {
  let first = SafeFileName.stem(reference: nil, name: "王小明")
  let second = SafeFileName.stem(reference: nil, name: "李小龙")
  #expect(first.hasPrefix("patient-"))
  #expect(first.count == "patient-".count + 8)
  #expect(first != second)
  #expect(
    SafeFileName.stem(reference: nil, name: "Anna 王") != SafeFileName.stem(reference: nil, name: "Anna 李"))
}

@Test func longStemsAreTruncatedAndStayDistinct() {
  let a = SafeFileName.stem(reference: String(repeating: "x", count: 200) + "1", name: "n")
  let b = SafeFileName.stem(reference: String(repeating: "x", count: 200) + "2", name: "n")
  #expect(a.count == SafeFileName.maximumLength)
  #expect(a != b)
}

@Test func clashesAreNumberedInOrder() {
  var names = OutputNameAllocator()
  #expect(names.allocate(stem: "P-1") == "P-1.pdf")
  #expect(names.allocate(stem: "P-1") == "P-1-2.pdf")
  #expect(names.allocate(stem: "p-1") == "p-1-3.pdf")
  #expect(names.allocate(stem: "P-1-2") == "P-1-2-2.pdf")
  #expect(names.allocate(stem: "Q") == "Q.pdf")
}
