/// Whether a sentence's assertion is backed by a source, exactly one per sentence.
public enum SupportLabel: String, Sendable, Hashable, Codable, CaseIterable {
  /// A reporting verb or phrase with a named source, or a quotation credited to someone.
  case attributed
  /// Attributed to unnamed sources, officials, critics, "some".
  case vagueSource = "vague-source"
  /// The outlet's own voice, softened by a hedge.
  case hedged
  /// The outlet's own voice asserting something evaluative with no source and no evidence.
  case unsupported
  /// None of these.
  case neutral
}
