/// What a batch of inputs came to: documents read and bad inputs skipped (each reported where
/// it was met). Every batch command closes with the same line and outcome from here, whether it
/// read one file at a time, a window of files on all cores, or a stream of lines.
public struct BatchTally: Sendable, Equatable {
  /// How a batch ended.
  public enum Outcome: Sendable, Equatable {
    /// Nothing was skipped.
    case complete
    /// Some inputs were skipped, some documents read.
    case partial
    /// No document was read: every input was bad, or there was none.
    case nothingRead
  }

  public var read = 0
  public var skipped = 0
  /// Sentences in the documents read, when the command counts them.
  public var sentences: Int?

  public init(read: Int = 0, skipped: Int = 0, sentences: Int? = nil) {
    self.read = read
    self.skipped = skipped
    self.sentences = sentences
  }

  public var outcome: Outcome { read == 0 ? .nothingRead : skipped == 0 ? .complete : .partial }

  /// The line a batch ends with: `5 documents, 120 sentences, 2 skipped, 0.4 s`.
  public func summary(seconds: Double) -> String {
    let sentences = sentences.map { ", \($0) sentence\($0 == 1 ? "" : "s")" } ?? ""
    let tenths = (seconds * 10).rounded() / 10
    return "\(read) document\(read == 1 ? "" : "s")\(sentences), \(skipped) skipped, \(tenths) s"
  }
}
