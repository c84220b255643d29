import HomeProgramDocument
import HomeProgramModel

/// How a piece of inline text is drawn: its face, colour and link target.
struct InlineStyle: Sendable, Equatable, Hashable {
  var face: FontFace
  var color: RGBColor
  var link: String?

  /// The face for `emphasis` on top of a paragraph whose base face is bold or not.
  static func face(for emphasis: Emphasis, baseBold: Bool) -> FontFace {
    switch (emphasis, baseBold) {
    case (.normal, false): .regular
    case (.normal, true), (.bold, _): .bold
    case (.italic, false): .oblique
    case (.italic, true): .boldOblique
    }
  }
}
