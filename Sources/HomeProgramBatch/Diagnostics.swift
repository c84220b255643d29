import Foundation

/// Writes diagnostics to standard error; data goes to standard output.
package enum Diagnostics {
  /// Prints `error: <message>` on stderr.
  package static func error(_ message: String) {
    write("error: \(message)\n")
  }

  /// Prints `warning: <message>` on stderr.
  package static func warning(_ message: String) {
    write("warning: \(message)\n")
  }

  /// Prints a plain line on stderr.
  package static func note(_ message: String) {
    write("\(message)\n")
  }

  private static func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}

/// Prints data to standard output without adding anything.
package func printData(_ text: String) {
  FileHandle.standardOutput.write(Data(text.utf8))
}
