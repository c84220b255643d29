/// A type stored in the compact form of the compiled resources: it writes its fields in a fixed
/// order and reads them back in the same order (see `CompactWriter` for the format).
///
/// Conformances are written by hand next to each other, so a field added to one side and not the
/// other is easy to see; `CompiledResourcesTests` proves that reading gives back exactly what the
/// YAML gives.
package protocol CompactStorable {
  /// Reads a value that `write(compact:)` wrote.
  init(compact reader: inout CompactReader) throws(CompactReader.Failure)

  /// Writes the value's fields in order.
  func write(compact writer: inout CompactWriter)
}

/// A dictionary key in the compact form: written in `compactOrder`, so the bytes do not depend on
/// the order a dictionary happens to keep.
package protocol CompactKey: CompactStorable, Hashable {
  /// What keys are sorted by when written.
  var compactOrder: String { get }
}

extension String: CompactKey {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    self = try reader.string()
  }
  package func write(compact writer: inout CompactWriter) { writer.string(self) }
  package var compactOrder: String { self }
}

extension Int: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) { self = try reader.int() }
  package func write(compact writer: inout CompactWriter) { writer.int(self) }
}

extension Double: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    self = try reader.double()
  }
  package func write(compact writer: inout CompactWriter) { writer.double(self) }
}

extension Bool: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) { self = try reader.bool() }
  package func write(compact writer: inout CompactWriter) { writer.bool(self) }
}

/// Enums with string raw values are stored as their raw value, so reordering or adding cases never
/// changes what a stored value means.
extension CompactStorable where Self: RawRepresentable, RawValue == String {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    let raw = try reader.string()
    guard let value = Self(rawValue: raw) else {
      throw CompactReader.Failure(reason: "unknown value '\(raw)' before \(reader.offset)")
    }
    self = value
  }

  package func write(compact writer: inout CompactWriter) { writer.string(rawValue) }
}

extension CompactKey where Self: RawRepresentable, RawValue == String {
  package var compactOrder: String { rawValue }
}
