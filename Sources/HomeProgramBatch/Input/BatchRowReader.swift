import HomeProgramModel

/// Reads batch rows one at a time, so a batch never holds its whole input in memory.
public protocol BatchRowReader {
  /// The next row, or nil at the end. Throws only when the input as a whole cannot be read on;
  /// a bad row is returned as a row whose `profile` is a failure.
  mutating func next() throws(InputError) -> BatchRow?
}
