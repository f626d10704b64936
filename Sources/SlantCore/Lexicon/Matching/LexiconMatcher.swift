/// All lexicons compiled into one matcher over folded tokens: case-insensitive, curly and
/// straight apostrophes alike, longest match within a category, categories free to overlap.
///
/// Single words live in a byte-keyed hash table and wildcard stems in a second one, probed
/// only at the lengths some stem has; phrases are a trie over per-token word ids. A token
/// costs a hash of its bytes and a few probes however many entries there are.
public struct LexiconMatcher: Sendable {
  /// Every entry, in the order the lexicons list them.
  public let entries: [LexiconEntry]
  /// Category names in order of first appearance; hits at one token come in this order.
  public let categoryNames: [String]

  private let entryCategories: [Int32]
  private let words: ByteTable
  private let stems: ByteTable
  /// Bit `n` is set when some stem is `n` bytes long (bit 63: 63 or more).
  private let stemLengths: UInt64
  /// The longest stem's length in bytes, which bounds the probes past 62 bytes.
  private let longestStem: Int
  private let stemBeginnings: StemBeginnings
  private let phrases: PhraseTrie

  /// A matcher for every entry of `lexicons`.
  ///
  /// Built in one pass over the entries, with tables sized from their count: a large lexicon's
  /// entries do not fit in the processor's caches, so every further pass costs a miss per entry.
  public init(lexicons: [Lexicon]) {
    let count = lexicons.reduce(0) { $0 + $1.entries.count }
    var entries: [LexiconEntry] = []
    entries.reserveCapacity(count)
    var categoryIDs: [String: Int32] = [:]
    var categoryNames: [String] = []
    var entryCategories: [Int32] = []
    entryCategories.reserveCapacity(count)
    var latest = (category: "", id: Int32(-1))
    var words = ByteTable(capacity: count), stems = ByteTable()
    var stemLengths: UInt64 = 0, longestStem = 0
    var stemBeginnings = StemBeginnings()
    var phrases = PhraseTrie()
    var nextWordID: Int32 = 0
    var path: [Int32] = []
    for lexicon in lexicons {
      for entry in lexicon.entries {
        // A file lists its entries category by category, and its entries share one category string.
        if entry.category != latest.category || latest.id < 0 {
          let id = categoryIDs[entry.category] ?? Int32(categoryNames.count)
          if id == Int32(categoryNames.count) {
            categoryIDs[entry.category] = id
            categoryNames.append(entry.category)
          }
          latest = (entry.category, id)
        }
        entryCategories.append(latest.id)
        path.removeAll(keepingCapacity: true)
        for var word in entry.words {
          let id = word.withUTF8 { bytes in
            guard bytes.last == UInt8(ascii: "*") else { return words.insert(bytes, value: nextWordID) }
            stemLengths |= 1 << UInt64(min(bytes.count - 1, 63))
            longestStem = max(longestStem, bytes.count - 1)
            stemBeginnings.insert(UnsafeBufferPointer(rebasing: bytes.dropLast()))
            return stems.insert(UnsafeBufferPointer(rebasing: bytes.dropLast()), value: nextWordID)
          }
          if id == nextWordID { nextWordID += 1 }
          path.append(id)
        }
        phrases.append(path)
        entries.append(entry)
      }
    }
    phrases.finish(wordCount: Int(nextWordID))
    self.entries = entries
    self.categoryNames = categoryNames
    self.entryCategories = entryCategories
    self.words = words
    self.stems = stems
    self.stemLengths = stemLengths
    self.longestStem = longestStem
    self.stemBeginnings = stemBeginnings
    self.phrases = phrases
  }

  /// The hits among `tokens.tokens[range]` (one sentence: phrases never cross its ends), in
  /// order of start, then of category.
  public func hits(in tokens: TokenList, range: Range<Int>) -> [Hit] { hits(in: tokens, ranges: [range])[0] }

  /// The hits of each token range in `ranges` (a document's sentences): the scorer's path.
  /// Every token's word ids are looked up once, then each range walks the phrase trie.
  public func hits(in tokens: TokenList, ranges: [Range<Int>]) -> [[Hit]] {
    let matched = ranges.filter { !$0.isEmpty }
    guard let lower = matched.map(\.lowerBound).min(), let upper = matched.map(\.upperBound).max() else {
      return ranges.map { _ in [] }
    }
    var idStarts: [Int32] = []
    idStarts.reserveCapacity(upper - lower + 1)
    var ids: [Int32] = []
    ids.reserveCapacity(upper - lower)
    tokens.tokens.withUnsafeBufferPointer { tokenList in
      tokens.folded.withUnsafeBufferPointer { folded in
        for index in lower..<upper {
          idStarts.append(Int32(ids.count))
          let token = tokenList[index]
          if token.isWordLike { appendIDs(of: UnsafeBufferPointer(rebasing: folded[token.foldedRange]), to: &ids) }
        }
      }
    }
    idStarts.append(Int32(ids.count))
    var walk = PhraseWalk(categories: categoryNames.count)
    return idStarts.withUnsafeBufferPointer { idStarts in
      ids.withUnsafeBufferPointer { ids in
        let wordIDs = WordIDs(first: lower, starts: idStarts, ids: ids)
        return ranges.map { $0.isEmpty ? [] : hits(in: tokens, range: $0, wordIDs: wordIDs, walk: &walk) }
      }
    }
  }

  public func hits(in text: String) -> [Hit] {
    let tokens = Tokenizer().tokens(in: text)
    return hits(in: tokens, range: 0..<tokens.tokens.count)
  }
}

private extension LexiconMatcher {
  /// The word ids of each token in a span of a document, as `hits(in:ranges:)` found them.
  struct WordIDs {
    let first: Int
    let starts: UnsafeBufferPointer<Int32>
    let ids: UnsafeBufferPointer<Int32>

    @inline(__always) func of(_ token: Int) -> UnsafeBufferPointer<Int32> {
      UnsafeBufferPointer(rebasing: ids[Int(starts[token - first])..<Int(starts[token - first + 1])])
    }
  }

  /// Working memory of the trie walk, reused from one range to the next.
  struct PhraseWalk {
    var coveredUntil: [Int]
    var candidates: [(entry: Int32, end: Int)] = []
    var stack: [(node: Int32, next: Int)] = []

    init(categories: Int) { coveredUntil = [Int](repeating: 0, count: categories) }
  }

  func hits(in tokens: TokenList, range: Range<Int>, wordIDs: WordIDs, walk: inout PhraseWalk) -> [Hit] {
    let starts = range.count { !wordIDs.of($0).isEmpty }
    guard starts > 0 else { return [] }
    // A token that starts some entry's word mostly starts one hit: reserving that many spares
    // each sentence's new array its growth through 1, 2, 4, 8... elements.
    var hits: [Hit] = []
    hits.reserveCapacity(starts)
    for category in walk.coveredUntil.indices { walk.coveredUntil[category] = range.lowerBound }
    for start in range {
      let startIDs = wordIDs.of(start)
      guard !startIDs.isEmpty else { continue }
      for id in startIDs {
        if let node = phrases.root(id) { walk.stack.append((node, start + 1)) }
      }
      while let (node, next) = walk.stack.popLast() {
        for index in phrases.entryIndices(at: node) { walk.candidates.append((phrases.entry(at: index), next)) }
        guard phrases.hasChildren(node), next < range.upperBound else { continue }
        for id in wordIDs.of(next) {
          if let child = phrases.child(of: node, id) { walk.stack.append((child, next + 1)) }
        }
      }
      guard !walk.candidates.isEmpty else { continue }
      accept(&walk.candidates, start: start, tokens: tokens, coveredUntil: &walk.coveredUntil, into: &hits)
    }
    return hits
  }

  /// Appends the ids a token's folded bytes match: each stem it starts with, then its exact word.
  @inline(__always)
  func appendIDs(of bytes: UnsafeBufferPointer<UInt8>, to ids: inout [Int32]) {
    // Lengths 1 up to the token's own (an empty stem, possible only through the API, matches nothing).
    var lengths = stemLengths & (bytes.count >= 63 ? UInt64.max : (2 << UInt64(bytes.count)) - 1) & ~1
    if lengths != 0 && !stemBeginnings.mayBegin(bytes) { lengths = 0 }
    while lengths != 0 {
      let length = lengths.trailingZeroBitCount
      lengths &= lengths - 1
      if length == 63 {
        for longLength in 63...min(bytes.count, longestStem) {
          if let id = stems.value(UnsafeBufferPointer(rebasing: bytes[0..<longLength])) { ids.append(id) }
        }
      } else if let id = stems.value(UnsafeBufferPointer(rebasing: bytes[0..<length])) {
        ids.append(id)
      }
    }
    if words.count > 0, let id = words.value(bytes) { ids.append(id) }
  }

  /// Keeps, for each category not already covered at `start`, its longest candidate (the
  /// first-written entry on a tie), in category order, and empties `candidates` for the next start.
  func accept(_ candidates: inout [(entry: Int32, end: Int)], start: Int, tokens: TokenList, coveredUntil: inout [Int], into hits: inout [Hit]) {
    defer { candidates.removeAll(keepingCapacity: true) }
    let categories = entryCategories
    if candidates.count > 1 {
      candidates.sort { left, right in
        let leftCategory = categories[Int(left.entry)], rightCategory = categories[Int(right.entry)]
        if leftCategory != rightCategory { return leftCategory < rightCategory }
        return left.end != right.end ? left.end > right.end : left.entry < right.entry
      }
    }
    var previousCategory: Int32 = -1
    for candidate in candidates {
      let category = categories[Int(candidate.entry)]
      guard category != previousCategory else { continue }
      previousCategory = category
      guard coveredUntil[Int(category)] <= start else { continue }
      coveredUntil[Int(category)] = candidate.end
      let utf8Range = tokens.tokens[start].utf8Range.lowerBound..<tokens.tokens[candidate.end - 1].utf8Range.upperBound
      hits.append(Hit(entry: entries[Int(candidate.entry)], utf8Range: utf8Range, tokenRange: start..<candidate.end))
    }
  }
}
