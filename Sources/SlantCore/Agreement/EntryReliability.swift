/// How one lexicon entry fared against people: how often it fired in annotated text, how often
/// people gave the label it stands for to its words or its sentence, and the resulting precision.
public struct EntryReliability: Sendable, Hashable, Codable {
  /// Below this weight an entry is a weak signal that never decides a label by itself.
  public static let weakWeight = 0.5

  public var term: String
  public var category: String
  /// `lexicons/hedges.txt:7`.
  public var location: String
  /// The annotation label the entry stands for.
  public var label: String
  public var fired: Int
  public var confirmed: Int
  public var precision: Double
  /// The entry's line rewritten as a weak signal, to paste over the old one when it misfires.
  public var weakenedLine: String
}
