/// Splits a line typed at the shell prompt into words, as a POSIX shell would for the cases
/// people type: spaces separate words; single and double quotes (straight or curly) group
/// words; a backslash escapes the next character outside single quotes. A straight `'` between
/// two letters is an apostrophe, not a quote, so that `note the outlet's voice` needs no quoting.
public enum Words {
  public enum SplitError: Error, Equatable, CustomStringConvertible {
    case unclosedQuote(Character)
    public var description: String {
      switch self {
      case .unclosedQuote(let quote): "unclosed quote \(quote); close it or escape it with a backslash"
      }
    }
  }

  /// The words of `line`.
  public static func split(_ line: String) throws -> [String] {
    var words: [String] = []
    var current = ""
    var hasWord = false
    var quote: (open: Character, close: Character)?
    var escaping = false
    let characters = Array(line)
    for (index, character) in characters.enumerated() {
      if character == "'", index > 0, index + 1 < characters.count, characters[index - 1].isLetter, characters[index + 1].isLetter {
        current.append(character)
        hasWord = true
        continue
      }
      if escaping {
        current.append(character)
        escaping = false
        continue
      }
      if let active = quote {
        if character == active.close {
          quote = nil
        } else if character == "\\" && active.open != "'" {
          escaping = true
        } else {
          current.append(character)
        }
        continue
      }
      switch character {
      case "\\":
        escaping = true
        hasWord = true
      case "\"", "'", "“", "‘":
        quote = (character, closing(of: character))
        hasWord = true
      case " ", "\t":
        if hasWord { words.append(current) }
        current = ""
        hasWord = false
      default:
        current.append(character)
        hasWord = true
      }
    }
    if let quote { throw SplitError.unclosedQuote(quote.open) }
    if hasWord { words.append(current) }
    return words
  }

  private static func closing(of quote: Character) -> Character {
    switch quote {
    case "“": "”"
    case "‘": "’"
    default: quote
    }
  }
}
