import Foundation

/// The plain-text files `slant lexicon learn` writes into `learned/`, for a person to review:
/// the entries' records against people, and the candidate entries as a lexicon file.
public enum LearnedFiles {
  public static let folder = "learned"
  public static let model = "learned/model.txt"
  public static let entries = "learned/entries.txt"
  public static let candidates = "learned/candidates.txt"

  /// `learned/entries.txt`: every entry that fired in annotated text, most hits first.
  public static func entriesText(_ entries: [LearnedEntry]) -> String {
    var text = """
      # Lexicon entries against people's labels, written by 'slant lexicon learn'.
      # rate: the share of the entry's hits people confirmed, shrunk toward its category's rate
      # (Beta-Binomial, prior strength by the method of moments), with its 95% credible interval.
      # NOISY: people rejected most of at least 5 hits; review the entry's line. Nothing is deleted.
      # rate [lower-upper]  confirmed/hits  term (category)  location

      """
    for entry in entries {
      let rate = entry.rate
      text += String(format: "%.2f [%.2f-%.2f]  ", rate.mean, rate.lower, rate.upper)
      text += "\(rate.evidence.confirmed)/\(rate.evidence.hits)  " + (rate.isNoisy ? "NOISY " : "")
      text += "\(entry.term) (\(entry.category))  \(entry.location)\n"
    }
    return text
  }

  /// `learned/candidates.txt`: a lexicon file of candidate entries, strongest first, each with
  /// its counts and examples in its note, so that `--lexicon learned/candidates.txt` tries them.
  public static func candidatesText(_ candidates: [PhraseCandidate], examples: [[String]]) -> String {
    var text = """
      # Candidate entries learned from people's labels by 'slant lexicon learn': words and phrases
      # people marked as biased more often than the rest of the text, by the log-odds ratio with an
      # informative Dirichlet prior (z >= 1.96). Review each; move those you keep into lexicons/.
      # Try them as they are with: slant score PATH --lexicon learned/candidates.txt

      [loaded.candidate] Words and phrases people marked as biased more often than chance; for review.

      """
    for (candidate, examples) in zip(candidates, examples) {
      let term = candidate.term
      var note = String(format: "z %.1f; %d in marked text, %d elsewhere", term.z, term.count, term.restCount)
      if !examples.isEmpty { note += "; e.g. " + examples.map { "\"\($0)\"" }.joined(separator: ", ") }
      text += "\(term.term) | note \(note.replacingOccurrences(of: "|", with: "/").replacingOccurrences(of: "\n", with: " "))\n"
    }
    return text
  }
}
