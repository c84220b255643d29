/// The clinic's details, printed on every handout (contract: clinic profile).
public struct Clinic: Sendable, Equatable {
  /// Wording for emergencies and doctors differs by locale.
  public enum Locale: String, Sendable, Codable, CaseIterable {
    case enUS = "en-US"
    case enGB = "en-GB"

    /// The default emergency number for the locale.
    public var emergencyNumber: String {
      switch self {
      case .enUS: "911"
      case .enGB: "999"
      }
    }
  }

  /// Page size (the layout's `Paper`).
  public typealias Paper = HomeProgramModel.Paper

  public var name: String?
  public var therapist: String?
  public var phone: String?
  public var website: String?
  public var address: String?
  /// Absolute path of the logo (PNG or JPEG), resolved against the clinic file's folder.
  public var logoPath: String?
  /// Accent colour as `#RRGGBB`.
  public var accentColor: RGBColor
  public var locale: Locale
  public var emergencyNumberOverride: String?
  public var paper: Paper
  /// The handout form printed unless a command asks for the other (`handout: short | booklet`).
  public var handout: HandoutForm

  /// The number to call in an emergency.
  public var emergencyNumber: String { emergencyNumberOverride ?? locale.emergencyNumber }

  /// The neutral built-in default: no fake clinic name or phone number.
  public static let builtInDefault = Clinic()

  public init(
    name: String? = nil, therapist: String? = nil, phone: String? = nil, website: String? = nil,
    address: String? = nil, logoPath: String? = nil, accentColor: RGBColor = .defaultAccent,
    locale: Locale = .enUS, emergencyNumberOverride: String? = nil, paper: Paper = .letter,
    handout: HandoutForm = .short
  ) {
    self.name = name
    self.therapist = therapist
    self.phone = phone
    self.website = website
    self.address = address
    self.logoPath = logoPath
    self.accentColor = accentColor
    self.locale = locale
    self.emergencyNumberOverride = emergencyNumberOverride
    self.paper = paper
    self.handout = handout
  }
}
