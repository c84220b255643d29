/// The only body areas the massage gun is ever used on (plan contract, reference §5.6).
public enum GunZone: String, Sendable, Codable, CaseIterable {
  case glutes, hamstrings, quads, calves
}
