/// How a 95% interval was drawn, named in every output so that a reader can judge it.
public enum IntervalMethod: String, Sendable, Hashable, Codable {
  /// The percentile bootstrap over documents, each group resampled on its own (stratified):
  /// sentences and words of one article are not independent, documents are.
  case documentBootstrap = "bootstrap over documents"
  /// The Wilson score interval, for items that are independent of each other.
  case wilson = "Wilson"
}
