import ArgumentParser

/// The exit codes homeprogram uses (documented in the README).
enum ExitCodes {
  /// Bad input: a profile, clinic file or catalogue failed validation.
  static let badInput = ExitCode(1)
  /// Writing output failed (unwritable folder, full disk, not a regular file).
  static let outputFailed = ExitCode(3)
  /// A batch finished but some rows failed.
  static let partialBatch = ExitCode(4)
  /// Interrupted by a signal; nothing partial was left behind.
  static let interrupted = ExitCode(130)
}
