import ArgumentParser
import Foundation
import HomeProgramBatch
import HomeProgramBundle
import HomeProgramEngine
import HomeProgramModel

/// `homeprogram generate PROFILE -o OUT.pdf`.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write a patient's handout as a PDF.",
    discussion: """
      The file is written atomically: a failure never leaves a partial PDF. Red flags produce a
      referral sheet instead of an exercise program.
      """)

  @Argument(help: "The patient profile (YAML or JSON).")
  var profile: String

  @Option(name: .shortAndLong, help: "The PDF to write.")
  var output: String

  @OptionGroup var handout: HandoutOptionGroup
  @OptionGroup var common: CommonOptions

  func run() throws {
    try Failure.report {
      try AtomicFileWriter.check(output)
      let engine = try Engines.make(common: common, fontDirectory: handout.fontDir)
      let clinic = try handout.loadClinic()
      let patient = handout.withLanguage(try ProfileReader.read(path: profile))
      let options = handout.renderOptions(for: patient, clinic: clinic)
      let rendered = try engine.renderHandout(patient, source: profile, clinic: clinic, options: options)
      for warning in rendered.warnings { Diagnostics.warning(warning) }
      try AtomicFileWriter.write(rendered.bytes, to: output)
      Diagnostics.note(
        "wrote \(output): \(rendered.pageCount) pages, \(rendered.bytes.count) bytes"
          + " (\(rendered.outcome?.rawValue ?? "document"))")
    }
  }
}

/// `homeprogram preview PROFILE`: the handout as plain text.
struct PreviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "preview",
    abstract: "Print a patient's handout as plain text (the same content as the PDF).")

  @Argument(help: "The patient profile (YAML or JSON).")
  var profile: String

  @Option(help: "Wrap at this many columns (20 or more).")
  var width = 80

  @OptionGroup var handout: HandoutOptionGroup
  @OptionGroup var common: CommonOptions

  func validate() throws {
    guard (20...400).contains(width) else {
      throw ValidationError("--width must be from 20 to 400; got \(width).")
    }
  }

  func run() throws {
    try Failure.report {
      let engine = try Engines.make(common: common, fontDirectory: handout.fontDir)
      let clinic = try handout.loadClinic()
      let patient = handout.withLanguage(try ProfileReader.read(path: profile))
      let options = handout.renderOptions(for: patient, clinic: clinic)
      printData(try engine.preview(patient, source: profile, clinic: clinic, options: options, width: width))
    }
  }
}

/// Builds the engine from the common options.
enum Engines {
  static func make(common: CommonOptions, fontDirectory: String?) throws -> HandoutEngine {
    try make(catalogue: common.loadCatalogue(), common: common, fontDirectory: fontDirectory)
  }

  /// An engine over `catalogue` (`--catalogue`'s or the bundled one) and the bundled wording. With
  /// `--catalogue DIR`, a translated handout takes its catalogue words from `DIR/es/` (checked
  /// against DIR's entries, like the bundled ones) and the bundled translated wording.
  static func make(catalogue: Catalogue, common: CommonOptions, fontDirectory: String?) throws
    -> HandoutEngine
  {
    try HandoutEngine(
      catalogue: catalogue, text: HandoutText.bundled(), fontDirectory: fontDirectory,
      translations: HandoutEngine.translations(over: catalogue, folder: common.catalogue))
  }
}

/// Turns any error into one line on stderr and the right exit code.
enum Failure {
  static func report(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let error as OutputError {
      Diagnostics.error(error.description)
      throw ExitCodes.outputFailed
    } catch let error as ExitCode {
      throw error
    } catch let error as CustomStringConvertible {
      Diagnostics.error(error.description)
      throw ExitCodes.badInput
    }
  }
}
