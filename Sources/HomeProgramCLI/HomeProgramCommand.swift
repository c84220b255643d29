import ArgumentParser
import HomeProgramModel

/// The `homeprogram` root command.
public struct HomeProgramCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "homeprogram",
    abstract: "Turn a sciatica assessment into a personalised home-exercise handout.",
    version: HomeProgramVersion.current,
    subcommands: [
      PlanCommand.self, GenerateCommand.self, PreviewCommand.self, BatchCommand.self, PublicCommand.self,
      CatalogueCommand.self,
    ]
  )

  public init() {}
}
