import Foundation
import Testing
import SlantCore

@Suite struct CorpusLoaderTests {
  @Test func walksFoldersRecursivelyInSortedOrderSkippingHiddenAndOtherFiles() throws {
    let folder = try TemporaryFolder()
    try folder.write("b.txt", "B.")
    try folder.write("a.md", "A.")
    try folder.write("sub/c.txt", "C.")
    try folder.write(".hidden.txt", "H.")
    try folder.write(".git/d.txt", "D.")
    try folder.write("notes.rtf", "R.")
    let listing = CorpusLoader(workspace: folder.path).list([folder.path])
    #expect(listing.problems.isEmpty)
    #expect(listing.files.map { PathName.relative($0.path, to: folder.path) } == ["a.md", "b.txt", "sub/c.txt"])
  }

  @Test func documentIDsAreRelativeToTheWorkspace() throws {
    let folder = try TemporaryFolder()
    try folder.write("corpus/x.txt", "Text.")
    let loaded = CorpusLoader(workspace: folder.path).load([folder.path + "/corpus/./x.txt"])
    #expect(loaded.documents.map(\.id.description) == ["corpus/x.txt"])
  }

  @Test func eachFileIsReadOnceEvenWhenNamedTwice() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("x.txt", "Text.")
    let loaded = CorpusLoader(workspace: folder.path).load([file, folder.path])
    #expect(loaded.documents.count == 1)
  }

  @Test func metadataComesFromSidecarThenHeaderThenManifestThenFolder() throws {
    let folder = try TemporaryFolder()
    try folder.write("corpus/manifest.csv", "path,outlet,date,title,url\nbbc/a.txt,Manifest Outlet,2020-01-01,Manifest Title,https://m.example\nbbc/b.txt,,,Only Title,\n")
    try folder.write("corpus/bbc/a.txt", "---\ntitle: \"Front Title\"\n---\nBody.")
    try folder.write("corpus/bbc/b.txt", "date 2021-05-06 Body.")
    try folder.write("corpus/bbc/c.txt", "Body.")
    let loader = CorpusLoader(workspace: folder.path) { id in
      id.path == "corpus/bbc/a.txt" ? DocumentMetadata(url: "https://human.example") : nil
    }
    let documents = loader.load([folder.path + "/corpus"]).documents
    #expect(documents.map(\.metadata) == [
      DocumentMetadata(outlet: "Manifest Outlet", date: "2020-01-01", title: "Front Title", url: "https://human.example"),
      DocumentMetadata(outlet: "bbc", date: "2021-05-06", title: "Only Title", url: nil),
      DocumentMetadata(outlet: "bbc", date: nil, title: nil, url: nil),
    ])
  }

  @Test func filesDirectlyInTheGivenFolderHaveNoOutletFolder() throws {
    let folder = try TemporaryFolder()
    try folder.write("a.txt", "Body.")
    #expect(CorpusLoader(workspace: folder.path).load([folder.path]).documents.first?.outlet == "unknown")
  }

  @Test func datePrefixIsMetadataNotBody() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("a.txt", " date 2022-02-23 Pakistan prime minister Imran Khan will embark.")
    let document = try #require(CorpusLoader(workspace: folder.path).load([file]).documents.first)
    #expect(document.metadata.date == "2022-02-23")
    #expect(document.text(of: document.bodyUTF8Range) == "Pakistan prime minister Imran Khan will embark.")
  }

  @Test func frontMatterIsMetadataAndOffsetsStillCountFromTheFileStart() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("a.md", "---\noutlet: Dawn\nunknown: kept out\n---\nFirst sentence. Second one.")
    let document = try #require(CorpusLoader(workspace: folder.path).load([file]).documents.first)
    #expect(document.metadata.outlet == "Dawn")
    let sentences = SentenceSegmenter().sentences(in: document.text, range: document.bodyUTF8Range)
    #expect(sentences.map { document.text(of: $0.utf8Range) } == ["First sentence.", "Second one."])
    #expect(sentences.first?.utf8Range.lowerBound == 39)
  }

  @Test func jsonLinesHoldOneArticlePerLineWithMetadataAndReportBadLines() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write(
      "corpus.jsonl",
      """
      {"id": "a1", "text": "Khan met Putin.", "outlet": "Dawn", "date": "2022-02-24"}

      {"text": "No id here."}
      not json
      {"title": "no text"}
      {"id": 7, "text": "Numeric id."}
      {"text": "First.", "outlet": "A", "text": "Second."}
      {"text": "Big.", "views": 1e999}

      """)
    let loaded = CorpusLoader(workspace: folder.path).load([file])
    #expect(loaded.documents.map(\.id.description) == ["corpus.jsonl#a1", "corpus.jsonl#3", "corpus.jsonl#7"])
    #expect(loaded.documents[0].metadata == DocumentMetadata(outlet: "Dawn", date: "2022-02-24"))
    #expect(loaded.problems.map(\.description) == [
      "\(file):4: not valid JSON at column 1: expected a value",
      "\(file):5: missing the string field \"text\"",
      "\(file):7: not valid JSON at column 35: duplicate key \"text\"",
      "\(file):8: not valid JSON at column 27: number 1e999 is out of range",
    ])
  }

  @Test func manifestErrorsNameTheFileAndLine() throws {
    let folder = try TemporaryFolder()
    let manifest = try folder.write("manifest.csv", "path,outlet\na.txt,Dawn,extra\n")
    try folder.write("a.txt", "Body.")
    let loaded = CorpusLoader(workspace: folder.path).load([folder.path])
    #expect(loaded.problems.map(\.description) == ["\(manifest):2: expected 2 fields, found 3"])
    #expect(loaded.documents.count == 1)
  }

  @Test func seedsCarryTheirPublishedMetadata() throws {
    let repository = String(Fixtures.folder.dropLast("/Tests/SlantCoreTests/Fixtures".count))
    let loaded = CorpusLoader(workspace: repository).load([repository + "/seeds"])
    #expect(loaded.problems.isEmpty)
    #expect(loaded.documents.map(\.outlet) == ["News18", "The Daily Guardian"])
    #expect(loaded.documents.map(\.metadata.date) == ["2022-02-23", "2022-02-23"])
    #expect(loaded.documents[0].metadata.url?.hasPrefix("https://www.news18.com/") == true)
  }
}

@Suite struct PathNameTests {
  @Test(arguments: [
    ("seeds/a.txt", "seeds/a.txt"), ("./seeds/a.txt", "seeds/a.txt"), ("seeds//a.txt", "seeds/a.txt"),
    ("seeds/./a.txt", "seeds/a.txt"), ("seeds/x/../a.txt", "seeds/a.txt"), ("seeds/", "seeds"), (".", "."),
    ("/tmp/./x", "/tmp/x"), ("..", ".."), ("../x", "../x"), ("a/..", "."), (".hidden/a", ".hidden/a"), ("a.b/c", "a.b/c"),
  ])
  func normalizes(path: String, expected: String) {
    #expect(PathName.normalized(path) == expected)
  }

  @Test func relativeToABaseInsideAndOutside() {
    #expect(PathName.relative("/a/b/c.txt", to: "/a") == "b/c.txt")
    #expect(PathName.relative("/x/c.txt", to: "/a") == "/x/c.txt")
  }

  @Test func theWorkingDirectoryIsTheSameHoweverItIsNamed() {
    #expect(PathName.absolute(".") == PathName.absolute("x/.."))
    #expect(PathName.absolute(".") == PathName.absolute("./"))
    #expect(PathName.relative(PathName.absolute("seeds/a.txt"), to: ".") == "seeds/a.txt")
  }

  @Test(arguments: [
    ("corpus/bbc/a.txt", "a.txt"), ("corpus/bbc/", "bbc"), ("a//b", "b"), ("a.txt", "a.txt"),
    ("/", "/"), ("", ""), ("journaux/été/l’article.md", "l’article.md"),
  ])
  func lastComponentIsTheFileName(path: String, expected: String) {
    #expect(PathName.lastComponent(path) == expected)
  }

  @Test(arguments: [
    ("corpus/a.TXT", "txt"), ("a.tar.gz", "gz"), (".hidden", ""), ("notes.d/README", ""),
    ("corpus/été/l’article.Md", "md"), ("trailing.", ""), ("corpus/bbc.jsonl/", "jsonl"),
  ])
  func fileExtensionIsLowercasedAfterTheLastDot(path: String, expected: String) {
    #expect(PathName.fileExtension(path) == expected)
  }
}

/// Found by the fuzzer: an id equal to another line's number gave two articles one name, and
/// so one sidecar.
@Suite struct JSONLinesNameTests {
  @Test func everyArticleGetsANameOfItsOwn() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write(
      "feed.jsonl",
      """
      {"id": "3", "text": "Explicit three."}
      {"id": "3", "text": "Second three."}
      {"text": "Line three, no id."}
      {"id": "2", "text": "Explicit two."}

      """)
    let loaded = CorpusLoader(workspace: folder.path).load([file])
    #expect(loaded.documents.map(\.id.description) == ["feed.jsonl#3", "feed.jsonl#2", "feed.jsonl#3.2", "feed.jsonl#4"])
    #expect(loaded.problems.map(\.description) == [
      "\(file):2: duplicate id '3'; named '2' instead",
      "\(file):3: no id, and its line number 3 is another article's id; named '3.2' instead",
      "\(file):4: duplicate id '2'; named '4' instead",
    ])
  }
}
