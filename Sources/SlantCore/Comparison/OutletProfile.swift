/// The figures of one outlet (or one document, when comparing documents): size, loaded
/// language with its interval, support labels with theirs, frames, terms, and what people said.
public struct OutletProfile: Sendable, Codable {
  /// Fewer documents than this and no interval is drawn (`Bootstrap.minimumDocuments`).
  public static let minimumDocuments = Bootstrap.minimumDocuments
  /// Fewer sentences than this and a 20% share has a Wilson interval wider than ±8 points.
  public static let minimumSentences = 100

  public var name: String
  public var documents: Int
  public var sentences: Int
  public var tokens: Int
  /// Loaded-language hits per 1,000 tokens.
  public var loaded: RateEstimate
  public var loadedOwnVoice: Int
  public var loadedQuoted: Int
  /// The share of sentences with each support label, in `SupportLabel.allCases` order.
  public var support: [LabelShare]
  /// Each frame's share of the frame hits, largest first.
  public var frames: [FrameShare]
  public var topLoadedTerms: [TermCount]
  public var distinguishingWords: [DistinguishingTerm]
  public var distinguishingCategories: [DistinguishingTerm]
  /// The same figures from people's labels, when some of this outlet's text is annotated.
  public var human: HumanProfile?
  /// The headlines' labels and loaded language, counted apart from the body; nil when no
  /// document has a title.
  public var headlines: HeadlineProfile?

  /// Why there is too little text for the figures to mean much, or nil when there is enough.
  public var thinReason: String?

  /// Whether there is too little text for the figures to mean much.
  public var isThin: Bool { Self.thinReason(documents: documents, sentences: sentences) != nil }

  /// `3 documents (fewer than 5: no interval, since …)`, or nil.
  public static func thinReason(documents: Int, sentences: Int) -> String? {
    var reasons: [String] = []
    if documents < minimumDocuments {
      reasons.append("\(documents) document\(documents == 1 ? "" : "s") (fewer than \(minimumDocuments): no interval, since a bootstrap over so few articles cannot see how articles vary)")
    }
    if sentences < minimumSentences {
      reasons.append("\(sentences) sentence\(sentences == 1 ? "" : "s") (fewer than \(minimumSentences), so a 20% share is uncertain by more than 8 points)")
    }
    return reasons.isEmpty ? nil : reasons.joined(separator: " and ")
  }

  /// The share of sentences labelled `label`.
  public func share(_ label: SupportLabel) -> ProportionEstimate? { support.first { $0.label == label.rawValue }?.estimate }
}

/// An outlet's headlines scored as units of their own: how many, their loaded-language hits,
/// and the share of headlines with each support label.
public struct HeadlineProfile: Sendable, Codable {
  public var headlines: Int
  public var loadedHits: Int
  public var support: [LabelShare]
}

/// A label with the share of sentences that carry it.
public struct LabelShare: Sendable, Hashable, Codable {
  public var label: String
  public var estimate: ProportionEstimate
}

/// A frame dimension with its hits and its share of the outlet's frame hits.
public struct FrameShare: Sendable, Hashable, Codable {
  public var frame: String
  public var count: Int
  public var share: Double
}

/// A lexicon term and how often it fired.
public struct TermCount: Sendable, Hashable, Codable {
  public var term: String
  public var category: String
  public var count: Int
}

/// People's figures for an outlet: shares of their sentence labels over the sentences they
/// annotated, with the scorer's labels on the very same sentences for a like-for-like view, and
/// their loaded-language spans per 1,000 tokens of the documents they annotated.
public struct HumanProfile: Sendable, Codable {
  public var annotatedDocuments: Int
  public var annotatedSentences: Int
  public var support: [LabelShare]
  public var scorerSupport: [LabelShare]
  public var loaded: RateEstimate
}
