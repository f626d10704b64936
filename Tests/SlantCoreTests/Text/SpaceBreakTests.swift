import Testing

@testable import SlantCore

/// A space byte splits words only where splitting by characters would: the byte split must
/// give the words `split(separator: " ")` gives, or say that it cannot.
@Suite struct SpaceBreakTests {
  private func breaks(_ text: String) -> [Bool] {
    var text = text
    return text.withUTF8 { bytes in bytes.indices.filter { bytes[$0] == 0x20 }.map { SpaceBreak.isBreak(at: $0, in: bytes) } }
  }

  @Test func spacesBesideLettersPunctuationAndSymbolsAreBreaks() {
    #expect(breaks("“a” — b é ü 5 € 👋 x") == [true, true, true, true, true, true, true, true])
  }

  @Test(arguments: ["a \u{301}b", "a \u{200D}b", "\u{600} 1", "👋 \u{1F3FB}"])
  func aSpaceJoinedToItsNeighbourIsNoBreak(text: String) {
    #expect(breaks(text) == [false])
    // As characters: the space is no character of its own, so nothing splits there.
    #expect(text.split(separator: " ").count == 1)
  }

  /// Over texts of every kind, splitting at the breaks gives the words of splitting by
  /// characters whenever every space is surely a break; CJK neighbours and marks are not sure.
  @Test(arguments: [
    ("“We will not back down,” the minister said — twice — in Zürich’s café.", true), ("  a   b  ", true), ("", true),
    ("Ελλάδα και Κύπρος σήμερα", true), ("waves 👋 hello", true), ("東京 の 会議", false), ("a b \u{301}cc d", false),
    ("x \u{600} 12 y", false), ("waves 👋 \u{1F3FB}hello", false),
  ])
  func breaksGiveTheWordsOfSplittingByCharacters(text: String, isSure: Bool) {
    var copy = text
    let (sure, byteWords) = copy.withUTF8 { bytes -> (Bool, [String]) in
      var words: [String] = [], word: [UInt8] = [], sure = true
      for index in bytes.indices {
        if bytes[index] == 0x20 {
          sure = sure && SpaceBreak.isBreak(at: index, in: bytes)
          if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
          word = []
        } else {
          word.append(bytes[index])
        }
      }
      if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
      return (sure, words)
    }
    #expect(sure == isSure)
    if sure { #expect(byteWords == text.split(separator: " ").map(String.init)) }
  }
}
