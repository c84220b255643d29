import Foundation

/// Reads a PDF's structure through `qpdf --json=2`.
enum QPDFJSON {
  /// The top-level value under `key` ("outlines", "qpdf", ...).
  static func value(_ key: String, of url: URL) throws -> Any? {
    let json = try ExternalTool.output("qpdf", ["--json=2", "--json-key=\(key)", url.path])
    let root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    return root?[key]
  }

  /// Every object's dictionary (a stream's dictionary for streams), keyed by "obj:N 0 R".
  static func objects(of url: URL) throws -> [String: [String: Any]] {
    guard let parts = try value("qpdf", of: url) as? [Any], parts.count > 1,
      let objects = parts[1] as? [String: Any]
    else { throw ExternalTool.Failure(description: "qpdf --json=2 gave no objects for \(url.path)") }
    var result: [String: [String: Any]] = [:]
    for (key, object) in objects {
      let object = object as? [String: Any]
      if let value = object?["value"] as? [String: Any] {
        result[key] = value
      } else if let stream = object?["stream"] as? [String: Any],
        let dictionary = stream["dict"] as? [String: Any]
      {
        result[key] = dictionary
      }
    }
    return result
  }
}
