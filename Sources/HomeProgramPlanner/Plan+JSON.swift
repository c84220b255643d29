import Foundation

extension Plan: Encodable {
  private enum CodingKeys: String, CodingKey {
    case schema, outcome, redFlags, irritability, irritabilitySource, directionBias, phase, side, items
    case massageGun, positions, excluded, minutesPerSession, sessionsPerDay, reviewWithinDays
    case decisions, warnings, clinicianReview, catalogueVersion
  }

  /// Encodes every contract key, writing `null` (not omitting the key) for absent values.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(schema, forKey: .schema)
    try container.encode(outcome, forKey: .outcome)
    try container.encode(redFlags, forKey: .redFlags)
    try container.encode(irritability, forKey: .irritability)
    try container.encode(irritabilitySource, forKey: .irritabilitySource)
    try container.encode(directionBias, forKey: .directionBias)
    try container.encode(phase, forKey: .phase)
    try container.encode(side, forKey: .side)
    try container.encode(items, forKey: .items)
    try container.encode(massageGun, forKey: .massageGun)
    try container.encode(positions, forKey: .positions)
    try container.encode(excluded, forKey: .excluded)
    try container.encode(minutesPerSession, forKey: .minutesPerSession)
    try container.encode(sessionsPerDay, forKey: .sessionsPerDay)
    try container.encode(reviewWithinDays, forKey: .reviewWithinDays)
    try container.encode(decisions, forKey: .decisions)
    try container.encode(warnings, forKey: .warnings)
    try container.encode(clinicianReview, forKey: .clinicianReview)
    try container.encode(catalogueVersion, forKey: .catalogueVersion)
  }

  /// The contract JSON: snake_case keys, sorted, pretty-printed, ending in a newline.
  public func jsonString() throws -> String {
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(self)
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
