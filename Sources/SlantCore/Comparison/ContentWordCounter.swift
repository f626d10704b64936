/// Counts the content words of token lists by their folded bytes in an open-addressing table,
/// making a `String` (and asking `ContentWords.stopwords`) once per distinct word rather than
/// once per token: the comparison counts every word of every document, and a string, a stopword
/// look-up and a dictionary update per token were most of a document's tally.
struct ContentWordCounter {
  /// Per slot, the entry it holds plus one (0: empty); a power of two, kept under half full.
  private var slots: [Int32]
  /// The distinct words, in the order first seen.
  private var entries: [Entry] = []
  private var bytes: [UInt8] = []

  /// A distinct word: where its folded bytes are in `bytes` (those of its first occurrence), its
  /// hash and count. One array of these rather than one per field: each token's update then
  /// checks one array's uniqueness and bounds instead of five.
  private struct Entry {
    var start: Int
    var length: Int
    var hash: UInt64
    var count: Int
    var isNumber: Bool
  }

  init(expectedTokens: Int) {
    var capacity = 64
    while capacity < 2 * expectedTokens { capacity <<= 1 }
    slots = Array(repeating: 0, count: capacity)
  }

  /// Counts the words and numbers of `list` (all its tokens, or those of `range`).
  mutating func count(_ list: TokenList, tokens range: Range<Int>? = nil) {
    list.folded.withUnsafeBufferPointer { folded in
      for index in range ?? list.tokens.indices {
        let token = list.tokens[index]
        guard token.kind == .word || token.kind == .number else { continue }
        let word = UnsafeBufferPointer(rebasing: folded[token.foldedRange])
        add(word, isNumber: token.kind == .number)
      }
    }
  }

  /// The content words counted, as `ContentWords.words` would give them: longer than one byte
  /// (or a number) and not a stopword. A stopword is found by its bytes when the word is ASCII
  /// (as every stopword is), by its string otherwise, where string equality is not byte equality.
  func contentWords() -> ContentWordCounts {
    var words = ContentWordCounts()
    bytes.withUnsafeBufferPointer { bytes in
      for entry in entries where entry.length > 1 || entry.isNumber {
        let word = UnsafeBufferPointer(rebasing: bytes[entry.start..<entry.start + entry.length])
        let isStopword =
          word.allSatisfy { $0 < 0x80 }
          ? Self.stopwords.value(word) != nil : ContentWords.stopwords.contains(String(decoding: word, as: UTF8.self))
        if !isStopword { words.append(word, count: entry.count) }
      }
    }
    return words
  }

  /// `ContentWords.stopwords` by their bytes.
  private static let stopwords: ByteTable = {
    var table = ByteTable(capacity: ContentWords.stopwords.count)
    for var word in ContentWords.stopwords { word.withUTF8 { _ = table.insert($0, value: 0) } }
    return table
  }()

  private mutating func add(_ word: UnsafeBufferPointer<UInt8>, isNumber number: Bool) {
    // FNV-1a over the folded bytes.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    // The probe reads the tables through pointers: it runs once per token of the corpus.
    let found = slots.withUnsafeBufferPointer { slots in
      entries.withUnsafeBufferPointer { entries in
        bytes.withUnsafeBufferPointer { bytes in
          while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1, entry = entries[index]
            if entry.hash == hash, entry.isNumber == number, entry.length == word.count,
              UnsafeBufferPointer(rebasing: bytes[entry.start..<entry.start + entry.length]).elementsEqual(word)
            {
              return index
            }
            slot = (slot + 1) & mask
          }
          return -1
        }
      }
    }
    if found >= 0 {
      entries[found].count += 1
      return
    }
    slots[slot] = Int32(entries.count + 1)
    entries.append(Entry(start: bytes.count, length: word.count, hash: hash, count: 1, isNumber: number))
    bytes.append(contentsOf: word)
    if 2 * entries.count > slots.count { grow() }
  }

  private mutating func grow() {
    slots = Array(repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    for index in entries.indices {
      var slot = Int(truncatingIfNeeded: entries[index].hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(index + 1)
    }
  }
}
