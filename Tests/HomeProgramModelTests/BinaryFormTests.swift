import Foundation
import HomeProgramModel
import Testing

/// The binary form keeps every value `Codable` can express, reads keys in any order, and refuses
/// damaged bytes with an error rather than a crash.
struct BinaryFormTests {
  enum Shape: Codable, Equatable {
    case dot
    case line(length: Double)
    case label(String, size: Int?)
  }

  enum Colour: String, Codable, Equatable { case red, green }

  struct Sample: Codable, Equatable {
    var name: String
    var count: Int
    var small: Int8
    var big: UInt64
    var ratio: Double
    var flag: Bool
    var missing: String?
    var present: Int?
    var list: [String]
    var nested: [[Int]]
    var byName: [String: Double]
    var byNumber: [Int: String]
    var shapes: [Shape]
    var colour: Colour
    var optionalList: [Colour?]
  }

  static let sample = Sample(
    name: "José Ñúñez — 疼痛", count: -123_456_789, small: -8, big: UInt64(Int64.max), ratio: -0.1, flag: true,
    missing: nil, present: 0, list: ["", "a", "ünï"], nested: [[], [1, 2], [Int.min, Int.max]],
    byName: ["b": 2, "a": 1.5], byNumber: [3: "three", -1: "minus one"],
    shapes: [.dot, .line(length: 2.5), .label("L", size: nil), .label("R", size: 12)], colour: .green,
    optionalList: [.red, nil])

  @Test func everyKindOfValueRoundTrips() throws {
    let bytes = try BinaryFormEncoder().encode(Self.sample)
    #expect(try BinaryFormDecoder().decode(Sample.self, from: bytes) == Self.sample)
  }

  @Test func theSameValueGivesTheSameBytes() throws {
    #expect(try BinaryFormEncoder().encode(Self.sample.list) == BinaryFormEncoder().encode(Self.sample.list))
  }

  /// Written in one order, read in another: the reader searches when the key is not at its cursor.
  struct Written: Codable { var a: Int, b: String, c: Bool }
  struct ReadBackwards: Decodable, Equatable {
    var a: Int, b: String, c: Bool
    enum CodingKeys: String, CodingKey { case a, b, c }
    init(a: Int, b: String, c: Bool) { (self.a, self.b, self.c) = (a, b, c) }
    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      c = try container.decode(Bool.self, forKey: .c)
      b = try container.decode(String.self, forKey: .b)
      a = try container.decode(Int.self, forKey: .a)
    }
  }

  @Test func keysAreFoundInAnyOrder() throws {
    let bytes = try BinaryFormEncoder().encode(Written(a: 7, b: "x", c: true))
    #expect(
      try BinaryFormDecoder().decode(ReadBackwards.self, from: bytes) == ReadBackwards(a: 7, b: "x", c: true))
  }

  @Test func aMissingKeyOrAWrongTypeIsAnError() throws {
    let bytes = try BinaryFormEncoder().encode(["a": 1.0])
    #expect(throws: (any Error).self) { try BinaryFormDecoder().decode(Written.self, from: bytes) }
    #expect(throws: (any Error).self) { try BinaryFormDecoder().decode([String: String].self, from: bytes) }
    #expect(throws: (any Error).self) {
      try BinaryFormDecoder().decode(Int8.self, from: BinaryFormEncoder().encode(300))
    }
  }

  /// Dictionaries keyed by an enum are written by the standard library as a list of keys and
  /// values, and read back by the decoder's own reader for the type.
  @Test func enumKeyedDictionariesRoundTrip() throws {
    let angles: [JointAngle: Double] = [.trunk: -12.5, .kneeNear: 90, .hipFar: 0]
    let bytes = try BinaryFormEncoder().encode(angles)
    #expect(try BinaryFormDecoder().decode([JointAngle: Double].self, from: bytes) == angles)
    let steps: [Condition: [String]] = [.neuropathy: ["a", "b"], .dvtOrClotHistory: []]
    #expect(
      try BinaryFormDecoder().decode([Condition: [String]].self, from: BinaryFormEncoder().encode(steps))
        == steps)
  }

  /// A dictionary type without a reader would be read by the standard library's slow generic
  /// path at every start-up: the encoder (so the build) refuses it and names the type.
  @Test func aDictionaryTypeWithoutAReaderIsRefused() {
    #expect(
      throws: BinaryFormError(
        "Dictionary<Colour, Int> is not in BinaryDictionaryReaders.known: list it there, so start-up reads it directly"
      )
    ) {
      try BinaryFormEncoder().encode([Colour.red: 1])
    }
  }

  @Test func damagedBytesThrowAndNeverCrash() throws {
    let bytes = try BinaryFormEncoder().encode(Self.sample)
    for cut in stride(from: 0, to: bytes.count, by: 3) {
      #expect(throws: (any Error).self) {
        try BinaryFormDecoder().decode(Sample.self, from: Array(bytes[..<cut]))
      }
    }
    #expect(throws: (any Error).self) { try BinaryFormDecoder().decode(Sample.self, from: bytes + [0]) }
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<500 {
      var damaged = bytes
      damaged[Int.random(in: 0..<damaged.count, using: &generator)] = UInt8.random(
        in: 0...255, using: &generator)
      _ = try? BinaryFormDecoder().decode(Sample.self, from: damaged)
    }
  }
}
