import Foundation
import PackagePlugin

/// Compiles the bundled YAML (`Resources/catalogue`, `Resources/text`,
/// `Resources/figures/positions.yaml`, and the Spanish words in `catalogue/es` and `text/es`) into
/// the target it is applied to, by running `homeprogram-data-compiler`: the strict loaders check every file at build time, and the program
/// reads the result without parsing YAML. The command runs again whenever one of those files
/// changes.
@main
struct BundledDataPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
    let compiler = try context.tool(named: "homeprogram-data-compiler")
    let resources = context.package.directoryURL.appending(path: "Resources")
    var inputs: [URL] = []
    // Every folder must be there: a missing one is the compiler's error to report, not skipped.
    for folder in ["catalogue", "text", "figures", "catalogue/es", "text/es"] {
      let directory = resources.appending(path: folder)
      let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
        inputs.append(directory.appending(path: name))
      }
    }
    let output = context.pluginWorkDirectoryURL.appending(path: "BundledData+Bytes.swift")
    return [
      .buildCommand(
        displayName: "Compiling the bundled catalogue, wording and figures",
        executable: compiler.url,
        arguments: [resources.path, output.path],
        inputFiles: inputs + [compiler.url],
        outputFiles: [output])
    ]
  }
}
