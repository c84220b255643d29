/// Areas the massage gun must never touch (reference §2.1 no-go zones). The plan's
/// `massage_gun.avoid` lists these raw values; the handout text for each lives in `Resources/text`.
public enum GunAvoidArea: String, Sendable, Codable, CaseIterable {
  case lowerBack = "lower_back"
  case spine
  case neckAndHead = "neck_and_head"
  case backOfKnee = "back_of_knee"
  case groinAndInnerThigh = "groin_and_inner_thigh"
  case bonyPoints = "bony_points"
  case numbSkin = "numb_skin"
  case brokenOrBruisedSkin = "broken_or_bruised_skin"
  case varicoseVeins = "varicose_veins"
  case nerveLineIfTingling = "nerve_line_if_tingling"
  case bellyAndRibs = "belly_and_ribs"
}
