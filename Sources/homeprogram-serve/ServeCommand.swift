import ArgumentParser
import Foundation
import HomeProgramBundle
import HomeProgramEngine
import HomeProgramModel
import HomeProgramServer

/// `homeprogram-serve`: the therapist's web page on this computer.
@main
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "homeprogram-serve",
    abstract: "Serve the therapist's web page: fill in a form, preview, download the handout.",
    discussion: """
      Listens on 127.0.0.1 (this computer only) unless --host says otherwise. Nothing is written to \
      disk, there are no accounts, and the log holds only method, path, status and duration.
      """,
    version: HomeProgramVersion.current)

  @Option(help: "Port to listen on (0 picks a free one and prints it).")
  var port = 8080

  @Option(help: "Address to listen on. Anything but loopback lets other computers reach the page.")
  var host = "127.0.0.1"

  @Option(help: "The clinic file (YAML). Without it a neutral default is used.")
  var clinic: String?

  @Option(help: "Use this catalogue folder (or file) instead of the bundled one.")
  var catalogue: String?

  @Option(help: "Folder holding the DejaVu Sans TrueType files.")
  var fontDir: String?

  func validate() throws {
    guard (0...65_535).contains(port) else {
      throw ValidationError("--port must be from 0 to 65535; got \(port).")
    }
    guard !host.isEmpty else { throw ValidationError("--host must not be empty.") }
  }

  func run() async throws {
    let service: WebService
    do {
      let loadedCatalogue = try catalogue.map { path throws(InputError) in
        try CatalogueLoader.load(path: path)
      }
      let engineCatalogue = try loadedCatalogue ?? CatalogueLoader.bundled()
      // With --catalogue, a Spanish handout takes its catalogue words from that folder's es/.
      let engine = try HandoutEngine(
        catalogue: engineCatalogue, text: HandoutText.bundled(), fontDirectory: fontDir,
        translations: HandoutEngine.translations(over: engineCatalogue, folder: catalogue))
      let loadedClinic = try clinic.map { path throws(InputError) in try HandoutEngine.clinic(at: path) }
      service = WebService(
        engine: engine, clinic: loadedClinic ?? .builtInDefault, assets: try PageAssets.bundled())
    } catch let error as CustomStringConvertible {
      Self.standardError("error: \(error.description)")
      throw ExitCode(1)
    }
    if !WebServer.isLoopback(host) {
      Self.standardError(
        "warning: listening on \(host), not 127.0.0.1: other computers on the network can open this page"
          + " and send patient data to it over plain HTTP.")
    }
    let host = self.host
    let app = WebServer.application(
      service: service, host: host, port: port, log: { Self.standardError($0) },
      onRunning: { port in
        let shown = host.contains(":") ? "[\(host)]" : host
        Self.standardOutput("homeprogram-serve: open http://\(shown):\(port)/ in a browser (Ctrl-C to stop)")
      })
    try await app.runService()
  }

  static func standardError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  static func standardOutput(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
  }
}
