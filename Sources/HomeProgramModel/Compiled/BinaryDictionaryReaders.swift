/// Readers for the dictionary types the bundled data holds, each compiled for its key and value
/// types.
///
/// The standard library's `Dictionary.init(from:)` is generic code inside the runtime: on every
/// call it looks its key type up by mangled name and asks whether it conforms to
/// `CodingKeyRepresentable`, which cost a fresh process about a quarter of the time it spent
/// reading the bundled data (docs/performance.md). The binary form's decoder reads a dictionary
/// of a type listed here itself, from the same bytes the standard library writes (a keyed
/// container for `String` keys, a list of alternating keys and values for any other key).
///
/// `BinaryFormEncoder` refuses to write a dictionary whose type is not listed, so the build stops
/// (naming the type) instead of the program quietly taking the slow path.
struct BinaryDictionaryReaders: Sendable {
  /// Reads the dictionary at an offset.
  typealias Read = @Sendable (BinaryStorage, Int) throws -> Any

  private let entries: [(type: ObjectIdentifier, read: Read)]

  /// The dictionary types of `BundledData`, and the plain `String`- and `Int`-keyed ones.
  static let known = BinaryDictionaryReaders(entries: [
    reader([Irritability: LevelDose].self),
    reader([Condition: [String]].self),
    reader([DirectionBias: String].self),
    reader([JointAngle: Double].self),
    reader([String: FigureSpec].self),
    reader([String: String].self),
    reader([String: Double].self),
    reader([Int: String].self),
  ])

  /// The reader for `type`, or nil when it is not listed.
  @inline(__always)
  func reader(for type: Any.Type) -> Read? {
    let wanted = ObjectIdentifier(type)
    for entry in entries where entry.type == wanted { return entry.read }
    return nil
  }

  private static func reader<Key: Decodable & Hashable, Value: Decodable>(
    _ type: [Key: Value].Type
  ) -> (type: ObjectIdentifier, read: Read) {
    (ObjectIdentifier(type), { storage, offset in try storage.dictionary(Key.self, Value.self, at: offset) })
  }
}

extension BinaryStorage {
  /// The dictionary at `offset`, in the shape `Dictionary.encode(to:)` gives it: a keyed container
  /// when the keys are strings or integers, otherwise a list of keys and values in turn.
  func dictionary<Key: Decodable & Hashable, Value: Decodable>(
    _ key: Key.Type, _ value: Value.Type, at offset: Int
  ) throws -> [Key: Value] {
    var result: [Key: Value] = [:]
    switch try tag(at: offset) {
    case .keyed:
      var (position, _) = try body(at: offset, expecting: .keyed)
      let count = try unsigned(&position)
      result.reserveCapacity(count)
      for _ in 0..<count {
        let keyIndex = try unsigned(&position)
        guard keyIndex < keys.count else { throw BinaryFormError("bad key index at \(position)") }
        let name = keys[keyIndex]
        let key: Key
        if Key.self == String.self, let string = name as? Key {
          key = string
        } else if Key.self == Int.self, let number = Int(name) as? Key {
          key = number
        } else {
          throw BinaryFormError("dictionary key \(name) is not a \(Key.self)")
        }
        result[key] = try self.value(Value.self, at: position)
        position = try end(ofValueAt: position)
      }
    default:
      var (position, _) = try body(at: offset, expecting: .list)
      let count = try unsigned(&position)
      guard count % 2 == 0 else { throw BinaryFormError("dictionary at \(offset) has a key without a value") }
      result.reserveCapacity(count / 2)
      for _ in 0..<count / 2 {
        let key = try self.value(Key.self, at: position)
        position = try end(ofValueAt: position)
        result[key] = try self.value(Value.self, at: position)
        position = try end(ofValueAt: position)
      }
    }
    return result
  }
}
