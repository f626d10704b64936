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
  /// Its words are counted by their bytes and it is folded only when short enough for an
  /// opening or an ending to count: splitting and lowercasing every sentence of a corpus were
  /// a tenth of an alignment.
  public static func isNonFact(_ text: String) -> Bool {
    let trimmed = text.trimmingSpaces
    // No lowercase letter at all (nor any word): a dateline or an agency credit (`ISLAMABAD:`, `-REUTERS`).
    if !trimmed.unicodeScalars.contains(where: { $0.properties.isLowercase }) { return true }
    let words = wordCount(trimmed)
    if let last = trimmed.unicodeScalars.last, last == ":" || last == "-" || last == "—" || last == "–", words <= 6 { return true }
    guard words <= 20 else { return false }
    let folded = trimmed.lowercased()
    if words <= 12, openings.contains(where: folded.hasPrefix) {
      // `By Jane Smith`, but not `By Tuesday the river had fallen.`
      return !folded.hasPrefix("by ") || bylineLike(trimmed)
    }
    return endings.contains(where: folded.hasSuffix)
  }

  /// How many words splitting at space and tab characters gives (lowercasing changes neither):
  /// runs of bytes between tabs and spaces when every space is surely a character of its own
  /// (`SpaceBreak`; a tab always is), else the split itself.
  static func wordCount(_ text: String) -> Int {
    var utf8 = text
    let counted = utf8.withUTF8 { bytes -> Int? in
      var words = 0, inWord = false
      for index in bytes.indices {
        let isSeparator = bytes[index] == 0x09 || bytes[index] == 0x20
        if bytes[index] == 0x20, !SpaceBreak.isBreak(at: index, in: bytes) { return nil }
        if !isSeparator && !inWord { words += 1 }
        inWord = !isSeparator
      }
      return words
    }
    return counted ?? text.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
  }

  /// `By Jane Smith and Ali Khan`: every word after `By` capitalised or a joining word.
  private static func bylineLike(_ text: String) -> Bool {
    let words = text.split(separator: " ").dropFirst()
    return words.count <= 8 && words.allSatisfy { word in
      ["and", "in", "&"].contains(word) || word.unicodeScalars.first.map { $0.properties.isUppercase } == true
    }
  }
}
