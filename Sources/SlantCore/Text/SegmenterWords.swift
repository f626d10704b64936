#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Word lists that steer the segmenter, exposed so that tests and documentation can cite them.
package enum SegmenterWords {
  /// Abbreviations after which a sentence never ends.
  static let titles: Set<String> = [
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Sen", "Rep",
    "Gov", "Pres", "Rev", "St", "No", "Nos", "vs", "approx", "est", "Fig", "Vol", "p", "pp",
  ]
  /// Abbreviations that end a sentence only before a common sentence opener.
  static let conditional: Set<String> = [
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "etc", "Inc", "Ltd", "Co", "Corp", "Jr", "Sr",
  ]
  /// Initialisms that never end a sentence.
  static let neverEnding: Set<String> = ["i.e", "e.g"]
  /// Words that open sentences often and proper names rarely.
  static let openers: Set<String> = [
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those", "But",
    "And", "In", "On", "At", "His", "Her", "Its", "Their", "There", "Meanwhile", "However", "Earlier",
    "Later",
  ]
  /// Bytes that can start a terminator: `.`, `?`, `!` and the lead byte of `…`.
  nonisolated(unsafe) static let mayEndSentence: UnsafePointer<Bool> = {
    let table = UnsafeMutablePointer<Bool>.allocate(capacity: 256)
    table.initialize(repeating: false, count: 256)
    for byte in [UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), 0xE2] { table[Int(byte)] = true }
    return UnsafePointer(table)
  }()

  /// Lowercase words that end a hard-wrapped line in the middle of a sentence.
  static let wrapEndings: Set<String> = [
    "a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "that", "the", "to", "with",
  ]
}
