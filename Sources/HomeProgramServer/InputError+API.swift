import HomeProgramModel

extension InputError {
  /// The profile key path this error is about ("" when it concerns the whole input).
  public var keyPath: String {
    switch self {
    case .fileNotFound, .unreadable, .tooLarge, .empty, .notUTF8, .syntax, .csvRow, .tooComplex:
      return ""
    case .duplicateKey(_, let keyPath, let keys):
      guard let key = keys.first else { return keyPath }
      return keyPath.isEmpty ? key : "\(keyPath).\(key)"
    case .wrongType(_, let keyPath, _, _), .missingKey(_, let keyPath), .unknownKey(_, let keyPath, _, _),
      .outOfRange(_, let keyPath, _, _), .invalidValue(_, let keyPath, _, _, _),
      .invalidFormat(_, let keyPath, _, _):
      return keyPath == "(top level)" ? "" : keyPath
    case .unsupportedSchema:
      return "schema"
    case .catalogue(_, _, let field, _):
      return field
    }
  }

  /// The message as the command line prints it, minus the leading `file:line:column: `, which
  /// means nothing for a profile that came from a web form.
  public var messageWithoutLocation: String {
    let text = description
    guard let location else { return text }
    let prefix = "\(location): "
    return text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
  }
}
