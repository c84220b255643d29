// Fills the `{name}` placeholders of handout wording. Structural glue only: the words themselves
// come from the YAML files.

extension String {
  /// This template with every `{key}` replaced by its value. Unknown placeholders stay as written.
  func filled(_ values: KeyValuePairs<String, String>) -> String {
    var result = self
    for (key, value) in values {
      result = result.replacingOccurrences(of: "{\(key)}", with: value)
    }
    return result
  }
}
