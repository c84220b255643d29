import HomeProgramDocument

/// The handout's type sizes for one edition (normal or large print), from the style guide.
///
/// This is the one place the type numbers live; layout reads every size from here.
public struct TypeScale: Sendable, Equatable, Hashable {
  /// Cover title (bold).
  public var title: TypeSize
  /// Section heading (bold, accent colour).
  public var section: TypeSize
  /// Exercise card and sub-section heading (bold).
  public var card: TypeSize
  /// Body text.
  public var body: TypeSize
  /// Small text: cues, captions, labels.
  public var small: TypeSize
  /// Lead text, e.g. the first lines of a referral sheet.
  public var lead: TypeSize
  /// The largest text, for "what to do now".
  public var urgent: TypeSize
  /// The running footer.
  public var footer: TypeSize
  /// The words of a compact exercise card (the short handout): a little tighter than body text,
  /// never smaller than the small size; body size in large print.
  public var compactCard: TypeSize

  public init(
    title: TypeSize, section: TypeSize, card: TypeSize, body: TypeSize, small: TypeSize, lead: TypeSize,
    urgent: TypeSize, footer: TypeSize, compactCard: TypeSize? = nil
  ) {
    self.title = title
    self.section = section
    self.card = card
    self.body = body
    self.small = small
    self.lead = lead
    self.urgent = urgent
    self.footer = footer
    self.compactCard = compactCard ?? body
  }

  /// The normal edition: body 10.5 pt on 14.5 pt.
  public static let normal = TypeScale(
    title: TypeSize(size: 26, leading: 31), section: TypeSize(size: 17, leading: 21),
    card: TypeSize(size: 12.5, leading: 16), body: TypeSize(size: 10.5, leading: 14.5),
    small: TypeSize(size: 9, leading: 12), lead: TypeSize(size: 13, leading: 17),
    urgent: TypeSize(size: 20, leading: 25), footer: TypeSize(size: 8, leading: 10),
    compactCard: TypeSize(size: 10, leading: 13))

  /// The large-print edition: body 14 pt on 19 pt, and nothing a patient must read smaller — tips,
  /// cautions and captions are 14 pt too (hierarchy comes from weight and colour); only the
  /// running footer is smaller.
  public static let large = TypeScale(
    title: TypeSize(size: 30, leading: 36), section: TypeSize(size: 20, leading: 25),
    card: TypeSize(size: 16, leading: 20), body: TypeSize(size: 14, leading: 19),
    small: TypeSize(size: 14, leading: 18.5), lead: TypeSize(size: 17, leading: 22),
    urgent: TypeSize(size: 26, leading: 32), footer: TypeSize(size: 11, leading: 13))

  /// The scale for the normal or the large-print edition.
  public static func forLargePrint(_ largePrint: Bool) -> TypeScale { largePrint ? .large : .normal }

  /// The size for a paragraph role.
  public func size(for role: TextRole) -> TypeSize {
    switch role {
    case .body: body
    case .small: small
    case .lead: lead
    case .urgent: urgent
    }
  }
}
