// Run by the `BundledDataPlugin` build-tool plugin on every build whose bundled YAML changed:
// reads `Resources/` with the strict loaders the program uses for `--catalogue`, validates it,
// and writes a Swift file holding the data in the binary form. A broken catalogue, wording or
// figure file is a build error naming the file, the line and the field.
//
//   homeprogram-data-compiler RESOURCES_FOLDER OUTPUT.swift
import Foundation
import HomeProgramModel

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
  FileHandle.standardError.write(
    Data("usage: homeprogram-data-compiler RESOURCES_FOLDER OUTPUT.swift\n".utf8))
  exit(2)
}
let resources = URL(fileURLWithPath: arguments[1], isDirectory: true)
let output = arguments[2]

do {
  let data = try BundledData.load(from: resources)
  let bytes = try BinaryFormEncoder().encode(data)
  let base64 = Data(bytes).base64EncodedString()
  // Every translation (text/es/, catalogue/es/), checked against the English: a missing key is a
  // build error naming the translated file and the key.
  let spanish = try BinaryFormEncoder().encode(
    Translation.load(from: resources, language: .es, english: data.catalogue))
  let source = """
    // Generated at build time by homeprogram-data-compiler from the YAML in Resources/ (catalogue/,
    // text/, figures/positions.yaml and their es/ translations). Do not edit: edit the YAML.

    /// The bundled data (`BundledData`) in the binary form, base64-encoded (\(bytes.count) bytes).
    let bundledDataBase64: StaticString = "\(base64)"

    /// The Spanish words (`Translation`) in the binary form, base64-encoded (\(spanish.count) bytes).
    let bundledSpanishBase64: StaticString = "\(Data(spanish).base64EncodedString())"

    """
  // Written only when it changed, so an unchanged result does not recompile the module.
  if FileManager.default.contents(atPath: output) != Data(source.utf8) {
    try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
  }
} catch {
  FileHandle.standardError.write(Data("error: bundled data in \(resources.path): \(error)\n".utf8))
  exit(1)
}
