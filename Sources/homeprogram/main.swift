// homeprogram CLI entry point.
import Foundation
import HomeProgramCLI

// A custom entry point so a bad command line exits with 2 (ArgumentParser's default is 64).
exit(HomeProgramCommand.run())
