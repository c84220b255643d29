// HomeProgramKit: everything between the input files and the drawing primitives.
//
// Pipeline: profile + clinic + catalogue → Planner → Plan → HandoutBuilder → Document →
// Layout → LaidOutDocument (drawn by HomeProgramPDF) and Document → TextPreview.
// No C, no file writes, no clocks: the same inputs always give the same outputs.

/// The program's version, printed in PDFs' creator field and in batch reports.
public enum HomeProgramVersion {
  public static let current = "0.1.0"
}
