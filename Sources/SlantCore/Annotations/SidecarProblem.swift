/// Something `slant verify` found wrong with a sidecar against its document, on one line.
public struct SidecarProblem: Sendable, Hashable, CustomStringConvertible {
  public var path: String
  /// The annotation the problem is about; nil for the sidecar as a whole.
  public var annotationID: String?
  public var message: String

  public init(path: String, annotationID: String? = nil, message: String) {
    self.path = path
    self.annotationID = annotationID
    self.message = message
  }

  public var description: String { "\(path): \(annotationID.map { "annotation \($0): " } ?? "")\(message)" }
}
