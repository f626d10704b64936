import Testing
import SlantCore

@Suite struct ImportDocumentMatcherTests {
  let documents = [
    ImportSamples.document,
    Document(id: DocumentID(path: "feeds/wire.jsonl", fragment: "17"), text: "Wire copy.\n"),
    Document(id: DocumentID(path: "a/same.txt"), text: "Same.\n"),
    Document(id: DocumentID(path: "b/same.txt"), text: "Same.\n"),
  ]

  @Test(arguments: [
    ("corpus/café.txt", "corpus/café.txt"), ("./corpus/café.txt", "corpus/café.txt"), ("export/corpus/café.txt", "corpus/café.txt"),
    ("café.txt", "corpus/café.txt"), ("out/feeds/wire/17.txt", "feeds/wire.jsonl#17"), ("feeds/wire.jsonl#17", "feeds/wire.jsonl#17"),
    ("same.txt", nil), ("ecorpus/café.txt", nil), ("other.txt", nil),
  ] as [(String, String?)])
  func findsDocumentsByIDOrExportedPath(reference: String, expected: String?) {
    #expect(ImportDocumentMatcher(documents: documents).document(named: reference)?.description == expected)
  }

  @Test func anArticleThatCameWithItsTextIsFoundByText() {
    let matcher = ImportDocumentMatcher(documents: documents)
    let copy = ImportedDocument(name: "7", text: ImportSamples.text, source: ImportSource(path: "d.jsonl", line: 1))
    #expect(matcher.document(for: copy) == ImportSamples.id)
    let ambiguous = ImportedDocument(name: "a/same.txt", text: "Same.\n", source: ImportSource(path: "d.jsonl", line: 2))
    #expect(matcher.document(for: ambiguous)?.description == "a/same.txt")
    #expect(matcher.document(for: ImportedDocument(name: "9", text: "New.", source: ImportSource(path: "d.jsonl", line: 3))) == nil)
  }
}
