#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Scorer {
  /// `range` cut into stretches of at least `bytes` each (the last may be shorter), each cut
  /// made just after a blank line, where neither a sentence nor a quotation can continue.
  static func stretches(of text: String, in range: Range<Int>, bytes limit: Int) -> [Range<Int>] {
    guard range.count > limit else { return [range] }
    var stretches: [Range<Int>] = []
    text.utf8.withContiguousBytes { bytes in
      var start = range.lowerBound
      var cursor = start + limit
      while cursor < range.upperBound,
        let newline = memchr(bytes.baseAddress! + cursor, 0x0A, range.upperBound - cursor).map({ UnsafeRawPointer($0) - UnsafeRawPointer(bytes.baseAddress!) })
      {
        var next = newline + 1
        while next < range.upperBound, bytes[next] == UInt8(ascii: " ") || bytes[next] == 0x09 || bytes[next] == 0x0D { next += 1 }
        guard next < range.upperBound, bytes[next] == 0x0A else {
          cursor = newline + 1
          continue
        }
        stretches.append(start..<next + 1)
        start = next + 1
        cursor = start + limit
      }
      stretches.append(start..<range.upperBound)
    }
    return stretches
  }

  /// Shifts the token indices of a sentence scored in a stretch by the tokens before it.
  static func shift(_ sentence: inout ScoredSentence, tokens base: Int) {
    sentence.tokenRange = sentence.tokenRange.lowerBound + base..<sentence.tokenRange.upperBound + base
    for index in sentence.hits.indices {
      let range = sentence.hits[index].tokenRange
      sentence.hits[index].tokenRange = range.lowerBound + base..<range.upperBound + base
    }
    for index in sentence.quotations.indices {
      let range = sentence.quotations[index].contentTokens
      sentence.quotations[index].contentTokens = range.lowerBound + base..<range.upperBound + base
    }
  }
}
