/// Lines of a news text that are not facts to align or to count as omissions: datelines
/// (`ISLAMABAD:`), agency credits (`-REUTERS`, `(AP)`), bylines (`By Jane Smith`, `Reporting by
/// …`) and photo captions and credits (`Photo: …`, `… /AFP`). Judged on a sentence's text, off
/// the scoring path.
public enum NonFactLine {
  static let openings = [
    "by ", "reporting by", "additional reporting", "editing by", "writing by", "compiled by", "photo:", "photo by", "photo credit",
    "photograph:", "photograph by", "file photo", "image:", "image caption", "caption:", "picture:", "pictures:", "credit:",
    "copyright", "©", "(photo", "(file photo", "read more:", "also read:",
  ]
  static let endings = ["/reuters", "/afp", "/ap", "/getty images", "getty images", "(reuters)", "(afp)", "(ap)", "- reuters", "-reuters", "— reuters"]

  /// Whether `text` is a dateline, byline, credit line or caption rather than a statement.
  public static func isNonFact(_ text: String) -> Bool {
    let trimmed = text.trimmingSpaces
    let folded = trimmed.lowercased()
    let words = folded.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard !words.isEmpty else { return true }
    // No lowercase letter at all: a dateline or an agency credit (`ISLAMABAD:`, `-REUTERS`).
    if !trimmed.unicodeScalars.contains(where: { $0.properties.isLowercase }) { return true }
    if let last = trimmed.unicodeScalars.last, last == ":" || last == "-" || last == "—" || last == "–", words.count <= 6 { return true }
    if words.count <= 12, openings.contains(where: folded.hasPrefix) {
      // `By Jane Smith`, but not `By Tuesday the river had fallen.`
      return !folded.hasPrefix("by ") || bylineLike(trimmed)
    }
    return words.count <= 20 && endings.contains(where: folded.hasSuffix)
  }

  /// `By Jane Smith and Ali Khan`: every word after `By` capitalised or a joining word.
  private static func bylineLike(_ text: String) -> Bool {
    let words = text.split(separator: " ").dropFirst()
    return words.count <= 8 && words.allSatisfy { word in
      ["and", "in", "&"].contains(word) || word.unicodeScalars.first.map { $0.properties.isUppercase } == true
    }
  }
}
