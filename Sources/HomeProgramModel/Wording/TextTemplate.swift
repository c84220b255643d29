// Fills the `{name}` placeholders of handout wording. Structural glue only: the words themselves
// come from the YAML files.

extension String {
  /// This template with every `{key}` replaced by its value. Unknown placeholders stay as written.
  ///
  /// One pass over the template: a value is never searched for placeholders itself, so a patient's
  /// name that happens to contain `{date}` prints as written.
  package func filled(_ values: KeyValuePairs<String, String>) -> String {
    let open = UInt8(ascii: "{")
    let close = UInt8(ascii: "}")
    guard utf8.contains(open) else { return self }
    var result = ""
    result.reserveCapacity(utf8.count)
    var rest = self[...]
    while let start = rest.utf8.firstIndex(of: open) {
      result += rest[..<start]
      let afterOpen = rest.utf8.index(after: start)
      if let end = rest.utf8[afterOpen...].firstIndex(of: close) {
        let key = rest[afterOpen..<end]
        if let value = values.first(where: { $0.key == key })?.value {
          result += value
          rest = rest[rest.utf8.index(after: end)...]
          continue
        }
      }
      result += "{"
      rest = rest[afterOpen...]
    }
    result += rest
    return result
  }
}
