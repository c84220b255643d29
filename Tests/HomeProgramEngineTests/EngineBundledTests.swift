// The Engine test target's sources were not committed on main when the web branch started; this
// keeps the package building from a clean checkout. Merge main's own tests over it freely.
import HomeProgramBundle
import HomeProgramDocument
import HomeProgramEngine
import HomeProgramLayout
import HomeProgramModel
import HomeProgramPlanner
import HomeProgramTestSupport
import Testing

@Test func bundledEngineLoadsTheCatalogue() throws {
  let engine = try HandoutEngine.bundled()
  #expect(!engine.catalogue.entries.isEmpty)
}
