import ArgumentParser
import Foundation
import HomeProgramBatch

extension HomeProgramCommand {
  /// Exit code for a bad command line (an unknown option, a missing argument, a value out of
  /// range). ArgumentParser would use 64 (`EX_USAGE`); homeprogram uses the conventional 2.
  public static let usageExitCode: Int32 = 2

  /// Parses `arguments` (the process's own when nil), runs the chosen command and returns the exit
  /// code instead of exiting, so tests can call it. A bad command line prints one `error:` line and
  /// the usage on standard error and gives `usageExitCode`; help and `--version` print to standard
  /// output and give 0; every other outcome keeps the command's own code.
  public static func run(arguments: [String]? = nil) -> Int32 {
    TemporaryFiles.installSignalCleanup()
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
      return ExitCode.success.rawValue
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        var text = fullMessage(for: error)
        if text.hasPrefix("Error: ") { text = "error: " + text.dropFirst("Error: ".count) }
        FileHandle.standardError.write(Data((text + "\n").utf8))
        return usageExitCode
      }
      let text = fullMessage(for: error)
      if !text.isEmpty {
        let handle = code == .success ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data((text + "\n").utf8))
      }
      return code.rawValue
    }
  }
}
