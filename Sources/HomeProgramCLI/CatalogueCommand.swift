import ArgumentParser
import Foundation
import HomeProgramBatch
import HomeProgramBundle
import HomeProgramModel
import HomeProgramPlanner

/// `homeprogram catalogue list|show|validate`.
struct CatalogueCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "catalogue",
    abstract: "List, show and validate the exercise catalogue, and draw its figures.",
    subcommands: [List.self, Show.self, Validate.self, Sheet.self])

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List every catalogue entry.")

    @Option(help: "text or json (an array of objects with id, name, category, tags, …).")
    var format: OutputFormat = .text

    @OptionGroup var common: CommonOptions

    func run() throws {
      let catalogue = try loadOrExit(common)
      switch format {
      case .json:
        let rows = catalogue.entries.map(CatalogueRow.init)
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        printData(String(decoding: try encoder.encode(rows), as: UTF8.self) + "\n")
      case .text:
        var lines = ["Catalogue \(catalogue.version): \(catalogue.entries.count) entries", ""]
        for entry in catalogue.entries {
          let levels = entry.suitableLevels.map(\.rawValue).joined(separator: "/")
          lines.append(
            "\(entry.id.padding(toLength: 6, withPad: " ", startingAt: 0))"
              + "\(entry.name.padding(toLength: 34, withPad: " ", startingAt: 0)) "
              + "\(entry.category.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)) \(levels)")
        }
        printData(lines.joined(separator: "\n") + "\n")
      }
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one entry in full.")

    @Argument(help: "The entry id, e.g. NG01.")
    var id: String

    @OptionGroup var common: CommonOptions

    func run() throws {
      let catalogue = try loadOrExit(common)
      guard let entry = catalogue[id.uppercased()] else {
        let hint =
          Suggestion.closest(to: id.uppercased(), in: catalogue.ids).map { " Did you mean '\($0)'?" } ?? ""
        Diagnostics.error("'\(id)' is not a catalogue id; see `homeprogram catalogue list`.\(hint)")
        throw ExitCodes.badInput
      }
      printData(CatalogueEntryText.text(entry, catalogue: catalogue))
    }
  }

  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "validate",
      abstract: "Validate a catalogue folder or file (default: the bundled catalogue).")

    @Argument(help: "A catalogue folder, or one catalogue file (checked together with the bundled entries).")
    var path: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
      do {
        let catalogue =
          try path.map { path throws(InputError) in try CatalogueLoader.load(path: path) }
          ?? common.loadCatalogue()
        printData("ok: catalogue \(catalogue.version), \(catalogue.entries.count) entries valid\n")
      } catch let error as InputError {
        Diagnostics.error(error.description)
        throw ExitCodes.badInput
      }
    }
  }
}

extension CatalogueCommand {
  /// `homeprogram catalogue sheet -o sheet.pdf`: every entry's figure, for review.
  struct Sheet: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "sheet",
      abstract:
        "Draw every catalogue entry's figure with its name, start and first step, six to a page (a PDF).",
      discussion: "The file is written atomically: a failure never leaves a partial PDF.")

    @Option(name: .shortAndLong, help: "The PDF to write.")
    var output: String

    @Option(help: "Page size: letter or a4.")
    var paper: Paper = .letter

    @Option(help: "Figures across each page (1-6).")
    var columns = 1

    @Option(help: "Rows of figures on each page (1-8).")
    var rows = 6

    @Option(help: "Folder holding the DejaVu Sans TrueType files.")
    var fontDir: String?

    @OptionGroup var common: CommonOptions

    func validate() throws {
      guard (1...6).contains(columns), (1...8).contains(rows) else {
        throw ValidationError("--columns must be 1-6 and --rows 1-8; got \(columns) and \(rows).")
      }
    }

    func run() throws {
      try Failure.report {
        try AtomicFileWriter.check(output)
        let engine = try Engines.make(common: common, fontDirectory: fontDir)
        let rendered = try engine.renderContactSheet(paper: paper, columns: columns, rows: rows)
        for warning in rendered.warnings { Diagnostics.warning(warning) }
        try AtomicFileWriter.write(rendered.bytes, to: output)
        Diagnostics.note(
          "wrote \(output): \(engine.catalogue.entries.count) figures on \(rendered.pageCount) pages, "
            + "\(rendered.bytes.count) bytes")
      }
    }
  }
}

/// Loads the catalogue or prints the error and exits with the bad-input code.
func loadOrExit(_ common: CommonOptions) throws -> Catalogue {
  do {
    return try common.loadCatalogue()
  } catch {
    Diagnostics.error(error.description)
    throw ExitCodes.badInput
  }
}

/// One row of `catalogue list --format json`.
struct CatalogueRow: Encodable {
  var id: String
  var name: String
  var category: ExerciseCategory
  var tags: [ExerciseTag]
  var irritability: [Irritability]
  var causes: [Cause]
  var directionBias: DirectionBias
  var equipment: [Equipment]

  init(_ entry: Exercise) {
    id = entry.id
    name = entry.name
    category = entry.category
    tags = entry.tags
    irritability = entry.suitableLevels
    causes = entry.causes
    directionBias = entry.directionBias
    equipment = entry.equipment
  }
}
