/// A category declared by a lexicon file: its dotted name, its one-line description, and where
/// it was declared.
public struct LexiconCategory: Sendable, Hashable {
  public var name: String
  public var description: String
  public var family: CategoryFamily
  /// The lexicon file, relative to the workspace.
  public var path: String
  public var line: Int

  public init(name: String, description: String, path: String, line: Int) {
    self.name = name
    self.description = description
    self.family = CategoryFamily(category: name)
    self.path = path
    self.line = line
  }
}
