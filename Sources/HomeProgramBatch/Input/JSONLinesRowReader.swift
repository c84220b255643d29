import Foundation
import HomeProgramModel

/// Reads a JSON Lines file: one profile object a line, blank lines skipped. Each line is parsed by
/// the same strict reader as a profile file, named `patients.jsonl line 3`.
public struct JSONLinesRowReader: BatchRowReader {
  private let lines: LineReader
  private let fileName: String
  private var index = 0

  /// Opens `path`.
  public init(path: String) throws(InputError) {
    lines = try LineReader(path: path)
    fileName = URL(fileURLWithPath: path).lastPathComponent
  }

  public mutating func next() throws(InputError) -> BatchRow? {
    while let line = try lines.next() {
      let label = "\(fileName) line \(line.number)"
      if line.tooLong {
        defer { index += 1 }
        let error = InputError.tooLarge(
          path: label, bytes: InputSource.defaultByteLimit + 1, limit: InputSource.defaultByteLimit)
        return BatchRow(
          index: index, label: label, line: line.number, profile: .failure(error))
      }
      guard let text = String(validating: line.bytes, as: UTF8.self) else {
        defer { index += 1 }
        return BatchRow(
          index: index, label: label, line: line.number, profile: .failure(.notUTF8(path: label)))
      }
      if text.trimmingCharacters(in: .whitespaces).isEmpty { continue }
      defer { index += 1 }
      let source = InputSource(name: label, text: InputSource.jsonForYAML(text))
      do {
        let node = try source.parse()
        let identifiers = BatchRowIdentifiers.find(in: node)
        do {
          let profile = try ProfileReader.read(node: node, file: label)
          return BatchRow(
            index: index, label: label, line: line.number, profile: .success(profile),
            identifiers: identifiers)
        } catch {
          return BatchRow(
            index: index, label: label, line: line.number, profile: .failure(error), identifiers: identifiers)
        }
      } catch {
        return BatchRow(
          index: index, label: label, line: line.number, profile: .failure(error))
      }
    }
    return nil
  }
}
