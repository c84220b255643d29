import ArgumentParser
import Foundation
import HomeProgramBatch
import HomeProgramBundle
import HomeProgramDocument
import HomeProgramEngine
import HomeProgramLayout
import HomeProgramModel

/// `homeprogram public`: the free "Sciatica Relief" PDF, which holds no patient data.
///
/// - `public -o FILE [--clinic FILE] [--paper letter|a4] [--large-print]` writes one edition;
/// - `public --editions MANIFEST -o DIR` writes every edition of a manifest (one failing edition
///   does not stop the others; the exit code is non-zero if any failed);
/// - `public --preview [--width N]` prints the plain-text preview.
struct PublicCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "public",
    abstract: "Write the free public \"Sciatica Relief\" PDF (no patient data), or preview it as text.",
    discussion: """
      Examples:
        homeprogram public -o sciatica-relief.pdf --clinic Samples/clinic.yaml
        homeprogram public --editions Samples/public/editions.yaml -o out/
        homeprogram public --preview --width 72
      """)

  @Option(
    name: [.short, .customLong("output")],
    help: "The PDF to write; with --editions, the folder to write into.")
  var output: String?

  @OptionGroup var handout: HandoutOptionGroup

  @Option(help: "An editions manifest (YAML); writes every edition it lists into the -o folder.")
  var editions: String?

  @Flag(help: "Print the plain-text preview to standard output instead of writing a PDF.")
  var preview = false

  @Option(help: "Preview width in columns (with --preview; default 80).")
  var width: Int?

  @OptionGroup var common: CommonOptions

  func validate() throws {
    if let width {
      guard preview else { throw ValidationError("--width goes with --preview.") }
      guard (TextPreview.minimumWidth...500).contains(width) else {
        throw ValidationError("--width must be from \(TextPreview.minimumWidth) to 500.")
      }
    }
    if preview {
      if output != nil { throw ValidationError("--preview prints to standard output; leave out -o.") }
      if editions != nil { throw ValidationError("--preview and --editions cannot be combined.") }
      return
    }
    guard output != nil else {
      throw ValidationError(
        editions == nil
          ? "Missing -o FILE: the PDF to write." : "Missing -o DIR: the folder to write the editions into.")
    }
    if editions != nil, handout.clinic != nil || handout.paper != nil || handout.largePrint || handout.booklet
    {
      throw ValidationError(
        "With --editions, the manifest sets each edition's clinic, paper, large print and booklet.")
    }
  }

  func run() throws {
    let catalogue: Catalogue
    let text: HandoutText
    do {
      catalogue = try common.loadCatalogue()
      text = try HandoutText.bundled()
    } catch {
      Diagnostics.error("\(error)")
      throw ExitCodes.badInput
    }
    if preview {
      try printPreview(catalogue: catalogue, text: text)
    } else if let editions, let output {
      try writeEditions(manifest: editions, folder: output, catalogue: catalogue, text: text)
    } else if let output {
      try writeOne(to: output, catalogue: catalogue, text: text)
    }
  }

  /// The clinic from `--clinic`, or the neutral default; a bad file is reported here.
  func loadClinic() throws -> Clinic {
    do {
      return try handout.loadClinic()
    } catch {
      Diagnostics.error(error.description)
      throw ExitCodes.badInput
    }
  }

  /// The engine that renders every edition of this run (fonts from `--font-dir`).
  func makeJob(catalogue: Catalogue, text: HandoutText) throws -> PublicEditionJob {
    do {
      return PublicEditionJob(
        engine: try HandoutEngine(
          catalogue: catalogue, text: text, fontDirectory: handout.fontDir,
          translations: HandoutEngine.translations(over: catalogue, folder: common.catalogue)))
    } catch {
      Diagnostics.error("\(error)")
      throw ExitCodes.badInput
    }
  }

  func printPreview(catalogue: Catalogue, text: HandoutText) throws {
    let clinic = try loadClinic()
    let language = handout.language ?? .en
    do {
      let words =
        try HandoutEngine.translations(over: catalogue, folder: common.catalogue)(language).map {
          (catalogue: $0.catalogue, text: $0.text)
        }
        ?? (catalogue: catalogue, text: text)
      let document = try PublicEditionJob.document(
        words: words, stampedWith: catalogue, clinic: clinic, paper: handout.paper ?? clinic.paper,
        largePrint: handout.largePrint, language: language, form: handout.form(for: clinic))
      printData(TextPreview.render(document, width: width ?? 80))
    } catch {
      Diagnostics.error("\(error)")
      throw ExitCodes.badInput
    }
  }

  func writeOne(to path: String, catalogue: Catalogue, text: HandoutText) throws {
    let clinic = try loadClinic()
    let job = try makeJob(catalogue: catalogue, text: text)
    do {
      try AtomicFileWriter.check(path)
      let pages = try job.write(
        clinic: clinic, paper: handout.paper ?? clinic.paper, largePrint: handout.largePrint,
        language: handout.language ?? .en, form: handout.form(for: clinic), to: path)
      Diagnostics.note("wrote \(path) (\(pages) pages)")
    } catch let error as OutputError {
      Diagnostics.error(error.description)
      throw ExitCodes.outputFailed
    } catch {
      Diagnostics.error("\(error)")
      throw ExitCodes.badInput
    }
  }

  func writeEditions(manifest: String, folder: String, catalogue: Catalogue, text: HandoutText) throws {
    let list: [PublicEdition]
    do {
      list = try PublicEditionsReader.read(path: manifest)
    } catch {
      Diagnostics.error(error.description)
      throw ExitCodes.badInput
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue
    else {
      Diagnostics.error(OutputError.folderMissing(path: folder).description)
      throw ExitCodes.outputFailed
    }
    let job = try makeJob(catalogue: catalogue, text: text)
    var failed = 0
    for edition in list {
      let path = URL(fileURLWithPath: folder).appendingPathComponent(edition.file).path
      do {
        var clinic =
          try edition.clinicPath.map { path throws(InputError) in try HandoutEngine.clinic(at: path) }
          ?? .builtInDefault
        if let locale = edition.locale { clinic.locale = locale }
        let pages = try job.write(
          clinic: clinic, paper: edition.paper ?? clinic.paper, largePrint: edition.largePrint,
          language: handout.language ?? .en,
          form: edition.form ?? clinic.handout, to: path)
        Diagnostics.note("wrote \(path) (\(pages) pages)")
      } catch {
        failed += 1
        Diagnostics.error("\(edition.location): edition \(edition.file): \(error)")
      }
    }
    if failed > 0 {
      // A summary, like batch's: each failure already had its own `error:` line above.
      Diagnostics.note("\(list.count) editions: \(list.count - failed) written, \(failed) failed.")
      throw ExitCodes.partialBatch
    }
  }
}
