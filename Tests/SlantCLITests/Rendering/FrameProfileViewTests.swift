import SlantCore
import SlantTestSupport
import Testing
@testable import SlantCLI

/// The text view of the frame profiles: intervals where a group has enough documents, and where
/// it has not, the bare figures with the reason said once in the group's heading.
@Suite struct FrameProfileViewTests {
  func tally(_ outlet: String, _ number: Int, _ body: String) -> DocumentTally { FrameTallies().tally(outlet, number, body) }

  func lines(_ tallies: [DocumentTally]) -> [String] {
    let profiles = FrameProfile.profiles(tallies, grouping: .outlet, bootstrap: Bootstrap(replicates: 200))
    return FrameProfileView(usesColor: false, width: 200).render(profiles, grouping: .outlet).split(separator: "\n").map(String.init)
  }

  @Test func aThinGroupShowsBareFiguresAndSaysWhyOnce() throws {
    let text = lines((0..<2).map { tally("Ledger", $0, "Taxpayers pay. Taxpayers again. A murder.") })
    #expect(text.contains("  Ledger (2 documents: no interval)"))
    let economic = try #require(text.first { $0.contains("economic") })
    #expect(economic.hasSuffix("articles 100%  sentences 67%"), "\(economic)")
    #expect(!text.contains { $0.contains("(no interval)") && !$0.hasSuffix(": no interval)") })
  }

  @Test func aGroupOfFiveShowsIntervalsInAlignedColumns() throws {
    let text = lines((0..<5).map { tally("Wire", $0, $0 < 3 ? "Taxpayers pay. A murder. Taxpayers again." : "A murder. Another murder.") })
    #expect(text.contains("  Wire"))
    let rows = text.filter { $0.hasPrefix("    economic") || $0.hasPrefix("    crime") }
    #expect(rows.count == 2)
    #expect(rows.allSatisfy { $0.contains("[") && $0.contains("–") })
    #expect(Set(rows.map { $0.range(of: "sentences")!.lowerBound.utf16Offset(in: $0) }).count == 1, "\(rows)")
  }
}
