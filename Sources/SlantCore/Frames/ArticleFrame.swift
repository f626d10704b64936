/// An article's primary frame, with the runner-up when it comes close, as a coder reading the
/// whole article would give it.
public struct ArticleFrame: Sendable, Hashable, Codable {
  public var primary: FrameChoice?
  /// The second frame when its share is at least `ArticleFrameDecider.closeRatio` of the first's.
  public var runnerUp: FrameChoice?

  public init(primary: FrameChoice?, runnerUp: FrameChoice? = nil) {
    self.primary = primary
    self.runnerUp = runnerUp
  }

  /// `economic 0.48 (runner-up political 0.39)`, or `none`.
  public var summary: String {
    guard let primary else { return "none" }
    return primary.summary + (runnerUp.map { " (runner-up \($0.summary))" } ?? "")
  }
}
