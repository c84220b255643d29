// homeprogram CLI entry point.
import HomeProgramCLI

HomeProgramCommand.main()
