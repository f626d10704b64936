/// What a primary frame was decided from, so that a frame no entry of the sentence names still
/// says why it is there.
public enum FrameBasis: String, Sendable, Hashable, Codable {
  /// The sentence's own frame entries (with its neighbours' weight added).
  case cues
  /// Only the sentences around it: none of its own entries names the frame.
  case neighbours
  /// The probabilities of a model learned from people's frame labels.
  case learned

  /// How the text views say it after the frame's name; empty for the sentence's own cues.
  public var note: String {
    switch self {
    case .cues: ""
    case .neighbours: ", from the sentences around it"
    case .learned: ", learned"
    }
  }
}
