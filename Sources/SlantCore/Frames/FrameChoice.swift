/// A frame dimension chosen for a sentence or an article, with how likely it is to be the
/// primary frame a coder would give (Media Frames Corpus codebook, Boydstun et al.).
public struct FrameChoice: Sendable, Hashable, Codable {
  /// The lexicon category, `frame.economic`: what people's frame labels are called too.
  public var category: String
  public var probability: Double

  public init(category: String, probability: Double) {
    self.category = category
    self.probability = probability
  }

  /// The dimension without the `frame.` prefix (`economic`), as outputs name it.
  public var name: String { category.hasPrefix(Self.prefix) ? String(category.dropFirst(Self.prefix.count)) : category }

  /// The prefix of every frame category and frame label.
  public static let prefix = "frame."

  /// `economic 0.71`: the text views' form.
  public var summary: String { "\(name) \(ProbabilityReason.decimal(probability, places: 2))" }
}
