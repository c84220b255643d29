import CSV
import Foundation
import HomeProgramModel
import Yams

/// Reads a CSV file one row at a time. The header names profile keys in dotted form
/// (`patient.name`, `side`, `symptoms.pain_now`, …); list keys (`red_flags`, `conditions`,
/// `equipment`, `exclude`, `include`) hold `;`-separated values; the therapist's adjustments are
/// columns such as `adjust.ST01.sets` or `adjust.ST01.note`; an empty cell is an absent key.
/// Each row becomes a YAML node checked by the same `ProfileReader` as a profile file, named
/// `patients.csv line 7`.
public struct CSVRowReader: BatchRowReader {
  /// Every column the header may name.
  public static let columns: [String] = {
    var columns: [String] = []
    for key in ProfileReader.topKeys {
      switch key {
      case "patient": columns += ProfileReader.patientKeys.map { "patient.\($0)" }
      case "symptoms": columns += ProfileReader.symptomKeys.map { "symptoms.\($0)" }
      case "irritability_override":
        columns += ProfileReader.overrideKeys.map { "irritability_override.\($0)" }
      case "adjust": break  // `adjust.<id>.<key>`, any catalogue id: see `adjustColumn`.
      default: columns.append(key)
      }
    }
    return columns
  }()

  /// `adjust.<id>.<key>` with the id spelled as the reader spells it (`adjust.st01.sets` is
  /// `adjust.ST01.sets`, so one id has one spelling), when the id looks like a catalogue id
  /// (whether it is one, and in the patient's plan, is checked with the row) and the key is one
  /// `adjust` accepts; nil for any other column.
  static func adjustColumn(_ column: String) -> String? {
    let parts = column.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0] == "adjust", let id = ProfileReader.catalogueID(parts[1]),
      DoseAdjustment.keys.contains(String(parts[2]))
    else { return nil }
    return "adjust.\(id).\(parts[2])"
  }

  /// The columns whose cells are `;`-separated lists.
  public static let listColumns: Set<String> = ["red_flags", "conditions", "equipment", "exclude", "include"]

  private let reader: CSVReader
  private let header: [String]
  private let fileName: String
  private let path: String
  private var nextLine: Int
  private var index = 0

  /// Opens `path` and checks the header: every column must be a known key, named once.
  public init(path: String) throws(InputError) {
    guard let stream = InputStream(fileAtPath: path) else {
      throw .unreadable(path: path, reason: "cannot open the file")
    }
    let reader: CSVReader
    do {
      reader = try CSVReader(stream: stream, hasHeaderRow: true)
    } catch {
      throw .empty(path: path)
    }
    let fileName = URL(fileURLWithPath: path).lastPathComponent
    guard let rawHeader = reader.headerRow, rawHeader.contains(where: { !$0.isEmpty }) else {
      throw .empty(path: path)
    }
    var header: [String] = []
    for (position, raw) in rawHeader.enumerated() {
      var column = raw.trimmingCharacters(in: .whitespaces)
      if position == 0, column.hasPrefix("\u{FEFF}") { column.removeFirst() }
      let location = SourceLocation(file: "\(fileName) line 1", line: nil, column: nil)
      let adjust = Self.adjustColumn(column)
      if let adjust { column = adjust }
      guard adjust != nil || Self.columns.contains(column) else {
        let allowed = Self.columns + DoseAdjustment.keys.map { "adjust.<id>.\($0)" }
        throw .unknownKey(
          location, keyPath: column.isEmpty ? "(empty column \(position + 1))" : column,
          allowed: allowed, suggestion: Suggestion.closest(to: column, in: allowed))
      }
      if header.contains(column) {
        throw .duplicateKey(location, keyPath: "", keys: [column])
      }
      header.append(column)
    }
    self.reader = reader
    self.header = header
    self.fileName = fileName
    self.path = path
    self.nextLine = 2 + rawHeader.reduce(0) { $0 + Self.lineBreaks(in: $1) }
  }

  public mutating func next() throws(InputError) -> BatchRow? {
    while let cells = reader.next() {
      let line = nextLine
      nextLine += 1 + cells.reduce(0) { $0 + Self.lineBreaks(in: $1) }
      if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
      defer { index += 1 }
      return row(cells, line: line)
    }
    // At the end of a file the reader records `cannotReadFile` on Linux; only a decoding or a
    // stream error means rows were lost.
    switch reader.error as? CSVError {
    case .unicodeDecoding?: throw .notUTF8(path: path)
    case .streamErrorHasOccurred(let error)?: throw .unreadable(path: path, reason: "\(error)")
    default: return nil
    }
  }

  private func row(_ cells: [String], line: Int) -> BatchRow {
    let label = "\(fileName) line \(line)"
    var values: [(column: String, value: String)] = []
    for (column, cell) in zip(header, cells) {
      let value = cell.trimmingCharacters(in: .whitespaces)
      if !value.isEmpty { values.append((column, value)) }
    }
    let identifiers = values.filter { ["patient.name", "patient.reference"].contains($0.column) }.map(\.value)
    guard cells.count == header.count else {
      let breaks = cells.reduce(0) { $0 + Self.lineBreaks(in: $1) }
      let problem =
        breaks > 0 && cells.count < header.count
        ? "a quoted cell starting here runs over the next \(breaks) line\(breaks == 1 ? "" : "s") "
          + "(is a closing quote missing?), so the row has \(cells.count) cell\(cells.count == 1 ? "" : "s") "
          + "but the header has \(header.count) columns"
        : "the row has \(cells.count) cells but the header has \(header.count) columns; "
          + "quote a cell that holds a comma"
      let error = InputError.csvRow(SourceLocation(file: label), problem: problem)
      return BatchRow(
        index: index, label: label, line: line, profile: .failure(error),
        identifiers: identifiers)
    }
    let node = Self.node(values)
    let profile: Result<PatientProfile, InputError>
    do {
      profile = .success(try ProfileReader.read(node: node, file: label))
    } catch {
      profile = .failure(error)
    }
    return BatchRow(
      index: index, label: label, line: line, profile: profile,
      identifiers: identifiers)
  }

  /// The profile node for a row's non-empty cells: dotted columns become nested mappings (two
  /// levels for `adjust.ST01.sets`), list columns sequences, everything else plain scalars (so
  /// numbers and booleans are typed by the strict reader exactly as in a YAML file).
  static func node(_ values: [(column: String, value: String)]) -> Node {
    let root = NodeTree()
    for (column, value) in values {
      let node: Node
      if listColumns.contains(column) {
        let items = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
          .filter { !$0.isEmpty }
        node = .sequence(Node.Sequence(items.map { Node.scalar(Node.Scalar($0, .implicit, .plain)) }))
      } else {
        node = .scalar(Node.Scalar(value, .implicit, .plain))
      }
      root.insert(node, at: column.split(separator: ".").map(String.init))
    }
    return root.node
  }

  /// Dotted columns gathered into nested mappings, keys in the order the header names them.
  private final class NodeTree {
    var keys: [String] = []
    var leaves: [String: Node] = [:]
    var children: [String: NodeTree] = [:]

    func insert(_ node: Node, at path: [String]) {
      guard let first = path.first else { return }
      if path.count == 1 {
        if leaves[first] == nil && children[first] == nil { keys.append(first) }
        leaves[first] = node
        return
      }
      let child: NodeTree
      if let existing = children[first] {
        child = existing
      } else {
        child = NodeTree()
        children[first] = child
        if leaves[first] == nil { keys.append(first) }
      }
      child.insert(node, at: Array(path.dropFirst()))
    }

    var node: Node {
      .mapping(
        Node.Mapping(
          keys.compactMap { key in
            // Each key is a leaf or has children (`insert` records it only then).
            (leaves[key] ?? children[key]?.node).map { (.scalar(Node.Scalar(key)), $0) }
          }))
    }
  }

  /// Line breaks inside a quoted cell (CR LF, LF or CR each count once).
  static func lineBreaks(in cell: String) -> Int {
    var count = 0
    var previousWasCR = false
    for scalar in cell.unicodeScalars {
      if scalar == "\n" {
        if !previousWasCR { count += 1 }
        previousWasCR = false
      } else if scalar == "\r" {
        count += 1
        previousWasCR = true
      } else {
        previousWasCR = false
      }
    }
    return count
  }
}
