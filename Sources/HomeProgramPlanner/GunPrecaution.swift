import HomeProgramModel

/// A massage-gun precaution the plan carries (§2.1 MG-PR): a condition the clinician cleared
/// (`cleared_for_massage_gun`), or the patient's herniated disc (MG-PR-10: a clinician must
/// prescribe the gun; the therapist who made this plan did). In the plan contract it is the plain
/// id: the condition's ("pregnancy") or `herniated_disc`.
public enum GunPrecaution: Sendable, Hashable {
  /// A precaution condition (MG-PR-1…9, 11) the clinician cleared.
  case cleared(Condition)
  /// MG-PR-10: a herniated disc (cause `disc`): prescribed by the therapist, never over the spine.
  case herniatedDisc

  /// The id printed in the plan contract.
  public var id: String {
    switch self {
    case .cleared(let condition): condition.rawValue
    case .herniatedDisc: "herniated_disc"
    }
  }

  /// The reference's rule for this precaution.
  public var rule: RuleID? {
    switch self {
    case .cleared(let condition): condition.gunReferenceID
    case .herniatedDisc: .gunHerniatedDisc
    }
  }

  /// The precaution for a plain id, or nil when it names none.
  public init?(id: String) {
    if id == GunPrecaution.herniatedDisc.id {
      self = .herniatedDisc
    } else if let condition = Condition(rawValue: id) {
      self = .cleared(condition)
    } else {
      return nil
    }
  }
}

extension GunPrecaution: Codable {
  /// Reads the plain id the contract prints.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let id = try container.decode(String.self)
    guard let precaution = GunPrecaution(id: id) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "'\(id)' is not a massage-gun precaution")
    }
    self = precaution
  }

  /// Writes the plain id.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(id)
  }
}
