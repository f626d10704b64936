/// A document's content words with their counts, kept as their folded bytes (one buffer, an end
/// offset per word): the comparison keeps one per document of the corpus and adds them up per
/// group, and a `String` and a dictionary per document were most of the cost of both.
struct ContentWordCounts: Sendable, Equatable {
  /// The words' folded bytes, one after another.
  private(set) var bytes: [UInt8] = []
  /// Where each word ends in `bytes`; word `i` starts where word `i - 1` ends.
  private(set) var ends: [Int] = []
  private(set) var counts: [Int] = []

  /// How many words are listed (the same word may be listed twice, as a word and as a number).
  var count: Int { counts.count }

  /// The bytes of word `index`.
  func word(_ index: Int) -> ArraySlice<UInt8> { bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]] }

  /// Lists `word` with `count`.
  mutating func append(_ word: UnsafeBufferPointer<UInt8>, count: Int) {
    bytes.append(contentsOf: word)
    ends.append(bytes.count)
    counts.append(count)
  }

  /// The words as strings with their counts; words whose strings are equal are counted together.
  var dictionary: [String: Int] {
    var words: [String: Int] = [:]
    words.reserveCapacity(count)
    for index in counts.indices { words[String(decoding: word(index), as: UTF8.self), default: 0] += counts[index] }
    return words
  }

  /// The sum of `lists` as strings with their counts, as adding up their `dictionary`s gives:
  /// the words are added by their bytes, and a `String` is made once per distinct word.
  static func total(of lists: [ContentWordCounts]) -> [String: Int] {
    var table = ByteTable(capacity: 1_024), totals: [Int] = [], firsts: [(list: Int, word: Int)] = []
    for (list, words) in lists.enumerated() {
      words.bytes.withUnsafeBufferPointer { bytes in
        var start = 0
        for index in words.counts.indices {
          let end = words.ends[index]
          let slot = Int(table.insert(UnsafeBufferPointer(rebasing: bytes[start..<end]), value: Int32(totals.count)))
          if slot == totals.count {
            totals.append(0)
            firsts.append((list, index))
          }
          totals[slot] += words.counts[index]
          start = end
        }
      }
    }
    var words: [String: Int] = [:]
    words.reserveCapacity(totals.count)
    for (slot, first) in firsts.enumerated() {
      words[String(decoding: lists[first.list].word(first.word), as: UTF8.self), default: 0] += totals[slot]
    }
    return words
  }
}
