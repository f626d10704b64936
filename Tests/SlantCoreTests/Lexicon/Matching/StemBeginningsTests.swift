import Testing

@testable import SlantCore

/// The pre-filter before the stem table: it may let a token through that no stem begins, but
/// never turns away one that some stem does.
@Suite struct StemBeginningsTests {
  func beginnings(_ stems: [String]) -> StemBeginnings {
    var set = StemBeginnings()
    for stem in stems { Array(stem.utf8).withUnsafeBufferPointer { set.insert($0) } }
    return set
  }

  func mayBegin(_ set: StemBeginnings, _ token: String) -> Bool {
    Array(token.utf8).withUnsafeBufferPointer { set.mayBegin($0) }
  }

  @Test func everyTokenAStemBeginsPasses() {
    let stems = ["terror", "propagand", "régim", "brutal"]
    let set = beginnings(stems)
    for token in ["terrorist", "terror", "propaganda", "régime", "brutality"] { #expect(mayBegin(set, token), "\(token)") }
  }

  @Test func tokensShorterThanFourBytesPassOnlyWhenAShortStemExists() {
    #expect(!mayBegin(beginnings(["terror"]), "ter"))
    let withShort = beginnings(["terror", "ab"])
    #expect(mayBegin(withShort, "ab") && mayBegin(withShort, "xyzzy"))
  }

  @Test func mostOtherTokensAreTurnedAway() {
    let set = beginnings(["terror", "propagand"])
    let others = (0..<1_000).map { "q\($0)zx" }
    // A 65,536-bit set holding two stems lets through about one token in 30,000 by chance.
    #expect(others.filter { mayBegin(set, $0) }.count <= 2)
    #expect(!mayBegin(beginnings([]), "terror"))
  }
}
