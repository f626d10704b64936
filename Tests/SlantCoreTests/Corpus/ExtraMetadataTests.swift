import Foundation
import Testing
import SlantCore

/// Metadata fields beyond outlet, date, title and url: from manifests, JSON Lines and sidecars.
@Suite struct ExtraMetadataTests {
  @Test func theNearestManifestThatListsAFileWinsUpToTheWorkspace() throws {
    let folder = try TemporaryFolder()
    try folder.write("manifest.csv", "path,outlet,country\ncorpus/a/x.txt,Far,far-land\ncorpus/b/y.txt,Far,far-land\n")
    try folder.write("corpus/b/manifest.csv", "path,country,Owner\ny.txt,near-land,Holding Co\n")
    try folder.write("corpus/a/x.txt", "X.")
    try folder.write("corpus/b/y.txt", "Y.")
    let documents = CorpusLoader(workspace: folder.path).load([folder.path + "/corpus"]).documents
    #expect(documents.map { $0.metadata[field: "country"] } == ["far-land", "near-land"])
    #expect(documents[1].metadata.extra == ["country": "near-land", "owner": "Holding Co"], "headers fold to lowercase")
    #expect(documents[1].metadata.outlet == "b", "the nearer manifest has no outlet: the folder names it")
    let outside = CorpusLoader(workspace: folder.path + "/corpus/a").load([folder.path + "/corpus/a"]).documents
    #expect(outside.first?.metadata[field: "country"] == nil, "no manifest is read above the workspace")
    let elsewhere = CorpusLoader(workspace: folder.path + "/corpus/b").load([folder.path + "/corpus/a"]).documents
    #expect(elsewhere.first?.metadata[field: "country"] == nil, "nor above the folder given, when it lies outside the workspace")
    let given = CorpusLoader(workspace: folder.path + "/corpus/b").load([folder.path]).documents
    #expect(given.first?.metadata[field: "country"] == "far-land", "but up to it")
  }

  @Test func aNamedManifestReplacesTheOnesBesideTheDocuments() throws {
    let folder = try TemporaryFolder()
    try folder.write("corpus/manifest.csv", "path,country\nx.txt,beside\n")
    try folder.write("elsewhere/meta.csv", "path,country\n../corpus/x.txt,named\n")
    try folder.write("corpus/x.txt", "X.")
    let loader = CorpusLoader(workspace: folder.path, manifest: folder.path + "/elsewhere/meta.csv")
    #expect(loader.load([folder.path + "/corpus"]).documents.first?.metadata[field: "country"] == "named")
    let missing = CorpusLoader(workspace: folder.path, manifest: folder.path + "/nothing.csv").load([folder.path + "/corpus"])
    #expect(missing.problems.map(\.description).contains { $0.contains("nothing.csv") })
  }

  @Test func jsonLinesFieldsBeyondTheFourAreExtraFields() throws {
    let folder = try TemporaryFolder()
    try folder.write("a.jsonl", #"{"id": "1", "text": "T.", "outlet": "O", "country": "north", "rank": 3, "tags": ["x"]}"# + "\n")
    let document = try #require(CorpusLoader(workspace: folder.path).load([folder.path + "/a.jsonl"]).documents.first)
    #expect(document.metadata.outlet == "O")
    #expect(document.metadata.extra == ["country": "north", "rank": "3"])
  }

  @Test func frontMatterKeysBeyondTheKnownOnesAreExtraFields() {
    let header = DocumentHeader(of: "---\nsource: Dawn\nCountry: Pakistan\nfirst name: x\n---\nBody.")
    #expect(header.metadata.outlet == "Dawn")
    #expect(header.metadata.extra == ["country": "Pakistan"], "a key with a space cannot be a field")
  }

  @Test func extraFieldsSitFlatInTheSidecarAndOtherMembersAreKept() throws {
    let metadata = DocumentMetadata(outlet: "O", extra: ["country": "north"])
    let sidecar = Sidecar(document: DocumentID(path: "a.txt"), metadata: metadata)
    let text = String(decoding: try SidecarFormat.encode(sidecar), as: UTF8.self)
    #expect(text.contains(#""metadata" : {\#n    "country" : "north",\#n    "outlet" : "O"\#n  }"#))
    #expect(try SidecarFormat.decode(try SidecarFormat.encode(sidecar), path: "a.json") == sidecar)
    let old = #"{"schemaVersion": 1, "document": "a.txt", "metadata": {"outlet": "O", "count": 2}, "annotations": []}"#
    // A member that is not a string is no extra field; it is kept as another tool's field.
    let read = try SidecarFormat.decode(Array(old.utf8), path: "a.json")
    #expect(read.metadata.outlet == "O" && read.metadata.extra.isEmpty)
    #expect(String(decoding: try SidecarFormat.encode(read), as: UTF8.self).contains(#""count" : 2"#))
    let wrong = #"{"schemaVersion": 1, "document": "a.txt", "metadata": {"outlet": 2}, "annotations": []}"#
    #expect(throws: AnnotationError.self) { try SidecarFormat.decode(Array(wrong.utf8), path: "a.json") }
  }
}
