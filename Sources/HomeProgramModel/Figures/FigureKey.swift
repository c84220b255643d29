/// The keys by which a document asks for a figure (`Figure.key`): a catalogue id, "position:<id>",
/// "bodymap" (every zone) or "bodymap:quads,calves" (the routine's zones).
public enum FigureKey {
  /// The prefix of position keys.
  public static let positionPrefix = "position:"
  /// The key of the figure of the position of comfort `id` (a `PositionID` raw value).
  public static func position(_ id: String) -> String { positionPrefix + id }

  /// The key of the massage-gun body map with every zone shaded.
  public static let bodyMapKey = "bodymap"

  /// The key of the body map shading only `zones`, in the routine's order.
  public static func bodyMapKey(zones: [GunZone]) -> String {
    bodyMapKey + ":" + zones.map(\.rawValue).joined(separator: ",")
  }

  /// The zones a body-map key asks for; nil when `key` is not a body map or names an unknown zone.
  public static func bodyMapZones(_ key: String) -> [GunZone]? {
    if key == bodyMapKey { return GunZone.allCases }
    guard key.hasPrefix(bodyMapKey + ":") else { return nil }
    let names = key.dropFirst(bodyMapKey.count + 1).split(separator: ",", omittingEmptySubsequences: true)
    var zones: [GunZone] = []
    for name in names {
      guard let zone = GunZone(rawValue: String(name)) else { return nil }
      zones.append(zone)
    }
    return zones
  }
}
