import ArgumentParser
import HomeProgramBatch
import HomeProgramModel
import HomeProgramPlanner

/// `homeprogram plan PROFILE [--format text|json]`.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Print the planner's decision for a patient profile, with the reasons.")

  @Argument(help: "The patient profile (YAML or JSON).")
  var profile: String

  @Option(help: "text (a readable summary) or json (the plan contract).")
  var format: OutputFormat = .text

  @Option(help: "The clinic file (accepted for symmetry with generate; the plan does not depend on it).")
  var clinic: String?

  @OptionGroup var common: CommonOptions

  func run() throws {
    do {
      let catalogue = try common.loadCatalogue()
      if let clinic { _ = try ClinicReader.read(path: clinic) }
      let patient = try ProfileReader.read(path: profile)
      let planner = Planner(catalogue: catalogue)
      let plan = try planner.checkedPlan(patient, file: profile)
      switch format {
      case .json: printData(try plan.jsonString())
      case .text: printData(PlanSummary.text(plan, profile: patient))
      }
    } catch let error as InputError {
      Diagnostics.error(error.description)
      throw ExitCodes.badInput
    }
  }
}
