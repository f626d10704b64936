/// A frame dimension chosen for a sentence or an article, with how likely it is to be the
/// primary frame a coder would give (Media Frames Corpus codebook, Boydstun et al.).
public struct FrameChoice: Sendable, Hashable, Codable {
  /// The lexicon category, `frame.economic`: what people's frame labels are called too.
  public var category: String
  public var probability: Double
  /// What decided it: the sentence's own entries, only its neighbours, or a learned model.
  public var basis: FrameBasis

  public init(category: String, probability: Double, basis: FrameBasis = .cues) {
    self.category = category
    self.probability = probability
    self.basis = basis
  }

  /// The dimension without the `frame.` prefix (`economic`), as outputs name it.
  public var name: String { category.hasPrefix(Self.prefix) ? String(category.dropFirst(Self.prefix.count)) : category }

  /// The prefix of every frame category and frame label.
  public static let prefix = "frame."

  /// `economic 0.71`, or `economic 0.16, from the sentences around it`: the text views' form.
  public var summary: String { "\(name) \(ProbabilityReason.decimal(probability, places: 2))\(basis.note)" }
}
