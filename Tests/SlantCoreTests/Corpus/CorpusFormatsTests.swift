import Foundation
import SlantCore
import Testing

/// HTML pages and CSV corpora read as documents, and the files of other kinds in a folder counted.
@Suite struct CorpusFormatsTests {
  @Test(arguments: ["page.html", "page.htm", "saved.txt"])
  func htmlPagesAreReadAsTheirArticle(name: String) throws {
    let folder = try TemporaryFolder()
    try folder.write(name, "<!DOCTYPE html><html><head><title>Site</title></head><body><nav>Menu</nav><h1>Talks fail</h1><p>They &ldquo;failed&rdquo;. Again.</p></body></html>")
    let loaded = CorpusLoader(workspace: folder.path).load([folder.path])
    #expect(loaded.problems.isEmpty)
    let document = try #require(loaded.documents.first)
    #expect(document.text == "They “failed”. Again.\n")
    #expect(document.metadata.title == "Talks fail")
    #expect(document.source == TextSource(isExtractedFromHTML: true))
    let offsets = ScalarOffsets(document.text)
    #expect(SentenceSegmenter().sentences(in: document.text).map { offsets.scalarRange(utf8: $0.utf8Range) } == [0..<14, 15..<21])
  }

  @Test func csvCorporaAreReadLikeJSONLines() throws {
    let folder = try TemporaryFolder()
    try folder.write(
      "news.csv",
      """
      ID,outlet,date,title,text,section
      a1,Wire,2024-05-01,Talks fail,"The talks failed. ""Over,"" he said.",world
      a2,Post,,,"Two
      lines here.",
      a1,Wire,,,Repeated id.,x
      a4,Wire,,,,x
      a5,Wire,short row

      """)
    let loaded = CorpusLoader(workspace: folder.path).load([folder.path + "/news.csv"])
    #expect(loaded.documents.map(\.id.description) == ["news.csv#a1", "news.csv#a2", "news.csv#5"])
    #expect(loaded.documents[0].text == "The talks failed. \"Over,\" he said.")
    #expect(loaded.documents[0].metadata == DocumentMetadata(outlet: "Wire", date: "2024-05-01", title: "Talks fail"))
    #expect(loaded.documents[1].text == "Two\nlines here.")
    #expect(loaded.problems.map(\.description) == [
      "\(folder.path)/news.csv:5: duplicate id 'a1'; using the line number instead",
      "\(folder.path)/news.csv:6: empty \"text\"",
      "\(folder.path)/news.csv:7: expected 6 fields, found 3",
    ])
    let sample = MarkedText("⟦The talks failed.⟧ ⟦\"Over,\" he said.⟧")
    #expect(SentenceSegmenter().sentences(in: loaded.documents[0].text).map(\.utf8Range) == sample.ranges)
  }

  @Test func aCSVWithoutATextColumnIsRefused() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("table.csv", "name,value\na,1\n")
    let loaded = CorpusLoader(workspace: folder.path).load([path])
    #expect(loaded.documents.isEmpty)
    #expect(loaded.problems.map(\.description) == [
      "\(path):1: a CSV corpus needs a header row with a 'text' column (and optionally id, outlet, date, title, url)"
    ])
  }

  @Test func filesOfOtherKindsAreCountedAndTheManifestIsMetadata() throws {
    let folder = try TemporaryFolder()
    try folder.write("a.txt", "Text.")
    try folder.write("manifest.csv", "path,outlet\na.txt,Wire\n")
    try folder.write("b.pdf", "x")
    try folder.write("c.pdf", "x")
    try folder.write("sub/LICENSE", "x")
    let listing = CorpusLoader(workspace: folder.path).list([folder.path])
    #expect(listing.files.map { PathName.lastComponent($0.path) } == ["a.txt"])
    #expect(listing.files.first?.inheritedMetadata.outlet == "Wire")
    #expect(listing.otherFilesSummary == "3 files of other kinds not read (2 .pdf, 1 without extension); Slant reads .txt, .md, .html, .htm, .jsonl and .csv")
  }
}
