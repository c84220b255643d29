import Foundation
import Yams

/// Reads a YAML or JSON input into a Yams node tree, refusing what is too big, not text, or built
/// to explode. Yams shares an aliased subtree instead of copying it, so composing an alias "bomb"
/// is cheap; the bounded walk in `checkShape` then refuses it before anything expands it.
public struct InputSource: Sendable {
  /// The name used in messages (the path as the user gave it).
  public var name: String
  /// The text, with a leading byte-order mark removed.
  public var text: String

  /// Largest input file accepted, in bytes.
  public static let defaultByteLimit = 1 << 20
  /// Deepest nesting accepted (mappings and lists inside each other).
  public static let maximumDepth = 32
  /// Most nodes accepted in one document.
  public static let maximumNodes = 100_000

  public init(name: String, text: String) {
    self.name = name
    var text = text
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    self.text = text
  }

  /// Reads a file, enforcing the size limit and UTF-8.
  ///
  /// The file is read in chunks and at most `byteLimit + 1` bytes are ever held, so a device
  /// (`/dev/zero`), a pipe or a file that grows while it is read is refused like a big file
  /// instead of exhausting memory.
  public static func file(_ path: String, byteLimit: Int = defaultByteLimit) throws(InputError) -> InputSource
  {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .fileNotFound(path: path)
    }
    if isDirectory.boolValue { throw .unreadable(path: path, reason: "it is a folder, not a file") }
    // `stat` rather than `FileManager.attributesOfItem`, whose `[FileAttributeKey: Any]` costs a
    // fresh process more than the whole read.
    var status = stat()
    if stat(path, &status) == 0, Int(status.st_size) > byteLimit {
      throw .tooLarge(path: path, bytes: Int(status.st_size), limit: byteLimit)
    }
    let file = try ChunkedFile(path: path, reason: "permission denied or not a readable file")
    var data = Data()
    while data.count <= byteLimit, let chunk = try file.next(limit: byteLimit + 1 - data.count) {
      data.append(chunk)
    }
    if data.count > byteLimit { throw .tooLarge(path: path, bytes: data.count, limit: byteLimit) }
    guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8(path: path) }
    let isJSON = path.lowercased().hasSuffix(".json")
    return InputSource(name: path, text: isJSON ? Self.jsonForYAML(text) : text)
  }

  /// JSON never allows a literal tab inside a string, so tabs can only be white space: turning them
  /// into spaces lets the YAML parser (which refuses tab indentation) read any valid JSON, with the
  /// same line and column numbers.
  public static func jsonForYAML(_ text: String) -> String {
    text.replacingOccurrences(of: "\t", with: " ")
  }

  /// Parses the text into one root node.
  public func parse() throws(InputError) -> Node {
    if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) { throw .empty(path: name) }
    let root: Node?
    do {
      // Readers look only at scalar text and style, never at resolved tags or constructed values,
      // so the basic resolver (no implicit-tag regular expressions, which cost more than the parse
      // itself) and a constructor without maps are enough. The encoding is Swift's native one, named
      // so that Yams does not read the whole environment to work it out.
      root = try Yams.compose(yaml: text, .basic, Constructor([:], [:], [:]), .utf8)
    } catch let error as YamlError {
      throw Self.translate(error, file: name)
    } catch {
      throw .syntax(SourceLocation(file: name), problem: "\(error)")
    }
    guard let root else { throw .empty(path: name) }
    var count = 0
    try Self.checkShape(root, depth: 1, count: &count, file: name)
    return root
  }

  private static func checkShape(_ node: Node, depth: Int, count: inout Int, file: String) throws(InputError)
  {
    count += 1
    let location = SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column)
    if count > maximumNodes {
      throw .tooComplex(location, reason: "more than \(maximumNodes) values in one document")
    }
    if depth > maximumDepth {
      throw .tooComplex(location, reason: "nested more than \(maximumDepth) levels deep")
    }
    switch node {
    case .mapping(let mapping):
      for (key, value) in mapping {
        try checkShape(key, depth: depth + 1, count: &count, file: file)
        try checkShape(value, depth: depth + 1, count: &count, file: file)
      }
    case .sequence(let sequence):
      for value in sequence { try checkShape(value, depth: depth + 1, count: &count, file: file) }
    case .scalar, .alias:
      break
    }
  }

  static func translate(_ error: YamlError, file: String) -> InputError {
    func location(_ mark: Mark) -> SourceLocation {
      SourceLocation(file: file, line: mark.line, column: mark.column)
    }
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      if problem.contains("Maximum nesting level") {
        // libyaml's own limit (1,000 levels), hit before our walk can count them.
        return .tooComplex(location(mark), reason: "nested more than \(maximumDepth) levels deep")
      }
      let detail = [context?.text, problem].compactMap { $0 }.joined(separator: ": ")
      return .syntax(location(mark), problem: detail)
    case .duplicatedKeysInMapping(let duplicates, let context):
      return .duplicateKey(location(context.mark), keyPath: "", keys: duplicates.sorted())
    case .reader(let problem, _, _, _):
      return .syntax(SourceLocation(file: file), problem: problem)
    default:
      return .syntax(SourceLocation(file: file), problem: "\(error)")
    }
  }
}
