import Foundation
import Testing
import SlantCore

@Suite struct AnnotationStoreTests {
  let folder: TemporaryFolder
  let store: AnnotationStore
  let id = AnnotationSamples.document.id
  let first = AnnotationSamples.annotation("Khan will visit Moscow.", unit: .sentence, id: "first")
  let second = AnnotationSamples.annotation("so-called", id: "second", labels: ["scare-quote"])

  init() throws {
    folder = try TemporaryFolder()
    store = AnnotationStore(folder: folder.path + "/annotations")
  }

  @Test(arguments: [
    (DocumentID(path: "seeds/000_fd96b963aaaca4c1.txt"), "A/seeds/000_fd96b963aaaca4c1.json"),
    (DocumentID(path: "notes.v2.md"), "A/notes.v2.json"),
    (DocumentID(path: "feeds/wire.jsonl", fragment: "17"), "A/feeds/wire/17.json"),
    (DocumentID(path: "feeds/wire.jsonl", fragment: "a/../b"), "A/feeds/wire/a%2F..%2Fb.json"),
    (DocumentID(path: "../elsewhere/x.txt"), "A/_parent_/elsewhere/x.json"),
    (DocumentID(path: "/abs/x.txt"), "A/_root_/abs/x.json"),
    (DocumentID(path: "./a b/.hidden.txt"), "A/a%20b/%2Ehidden.json"),
    (DocumentID(path: "Zürich/é.txt"), "A/Zürich/é.json"),
    (DocumentID(path: "dir/noext"), "A/dir/noext.json"),
    (DocumentID(path: "x/"), "A/x.json"),
  ])
  func sidecarsMirrorTheDocumentPath(id: DocumentID, expected: String) {
    #expect(AnnotationStore(folder: "A").sidecarPath(for: id) == expected)
  }

  @Test func aDocumentWithoutSidecarLoadsEmpty() throws {
    let snapshot = try store.load(id)
    #expect(!snapshot.exists)
    #expect(snapshot.sidecar == Sidecar(document: id))
  }

  @Test func editsAreSavedAndTheirInversesUndoThem() throws {
    let saved = try store.apply([.add(first), .add(second)], to: id)
    #expect(try store.load(id).sidecar.annotations.map(\.id) == ["first", "second"])
    let undone = try store.apply(saved.inverses, to: id)
    #expect(undone.snapshot.sidecar.annotations.isEmpty)
    _ = try store.apply(undone.inverses, to: id)
    #expect(try store.load(id).sidecar.annotations.map(\.id) == ["first", "second"])
  }

  @Test func anotherWritersNonConflictingChangesAreMerged() throws {
    _ = try store.apply([.add(first)], to: id)
    let mine = try store.load(id), theirs = try store.load(id)
    var relabelled = first
    relabelled.labels = ["hedged"]
    _ = try store.apply([.update(from: first, to: relabelled)], to: id, since: theirs)
    let result = try store.apply([.add(second), .setMetadata(from: DocumentMetadata(), to: DocumentMetadata(outlet: "Dawn"))], to: id, since: mine)
    #expect(result.mergedChangesFromOthers)
    let now = try store.load(id).sidecar
    #expect(now.annotation(withID: "first")?.labels == ["hedged"])
    #expect(now.annotation(withID: "second") == second)
    #expect(now.metadata.outlet == "Dawn")
  }

  @Test func aConflictingChangeIsRefusedAndNothingIsWritten() throws {
    _ = try store.apply([.add(first)], to: id)
    var theirs = first, mine = first
    theirs.note = "theirs"
    mine.note = "mine"
    _ = try store.apply([.update(from: first, to: theirs)], to: id)
    let before = try folder.bytes(of: "annotations/seeds/sample.json")
    #expect(throws: AnnotationError.conflict(path: store.sidecarPath(for: id), annotationID: "first", reason: "was changed by another writer since it was read")) {
      try store.apply([.add(second), .update(from: first, to: mine)], to: id)
    }
    #expect(try folder.bytes(of: "annotations/seeds/sample.json") == before)
  }

  @Test func conflictingMetadataIsRefused() throws {
    _ = try store.apply([.setMetadata(from: DocumentMetadata(), to: DocumentMetadata(outlet: "Dawn"))], to: id)
    #expect(throws: AnnotationError.self) {
      try store.apply([.setMetadata(from: DocumentMetadata(), to: DocumentMetadata(outlet: "BBC"))], to: id)
    }
    #expect(try store.load(id).sidecar.metadata.outlet == "Dawn")
  }

  @Test func aCorruptSidecarIsNeverOverwritten() throws {
    let corrupt = "{\n  \"schemaVersion\": 1,\n  \"annotations\": [\n    {\"id\": \"kept\",}\n  ]\n}\n"
    try folder.write("annotations/seeds/sample.json", corrupt)
    #expect(throws: AnnotationError.malformedJSON(path: store.sidecarPath(for: id), line: 4, column: 19, reason: "expected a string key")) {
      try store.apply([.add(first)], to: id)
    }
    #expect(try folder.bytes(of: "annotations/seeds/sample.json") == Data(corrupt.utf8))
    #expect(store.metadata(for: id) == nil)
  }

  @Test func savesKeepTheModeAndWriteThroughASymlink() throws {
    _ = try store.apply([.add(first)], to: id)
    let real = folder.path + "/annotations/shared/sample.json", link = store.sidecarPath(for: id)
    try FileManager.default.createDirectory(atPath: folder.path + "/annotations/shared", withIntermediateDirectories: true)
    try FileManager.default.moveItem(atPath: link, toPath: real)
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "../shared/sample.json")
    chmod(real, 0o600)
    _ = try store.apply([.add(second)], to: id)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "../shared/sample.json")
    #expect(try store.load(id).sidecar.annotations.count == 2)
    var status = stat()
    stat(real, &status)
    #expect(status.st_mode & 0o777 == 0o600)
  }

  @Test func leftoversOfAKilledWriterAreRemovedOnTheNextSave() throws {
    try folder.write("annotations/seeds/.sample.json.tmp-999999-1", "{ half a sid")
    _ = try store.apply([.add(first)], to: id)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/annotations/seeds").sorted()
    #expect(names == ["sample.json"], "no lock file is left beside the sidecar")
  }

  @Test func metadataFromTheSidecarIsOfferedToTheLoader() throws {
    _ = try store.apply([.setMetadata(from: DocumentMetadata(), to: DocumentMetadata(outlet: "Dawn", date: "2022-02-24"))], to: id)
    let loader = CorpusLoader(workspace: ".", sidecarMetadata: { [store] in store.metadata(for: $0) })
    let document = loader.document(id: id, text: "date 2022-02-23 Text.", ownMetadata: DocumentMetadata(), inherited: DocumentMetadata(outlet: "News18", title: "T"))
    #expect(document.metadata == DocumentMetadata(outlet: "Dawn", date: "2022-02-24", title: "T"))
  }
}

/// A sidecar path that links lead out of the annotations folder is refused before anything is
/// read, locked or written there.
@Suite struct AnnotationStoreLinkTests {
  let folder: TemporaryFolder
  let store: AnnotationStore
  let id = AnnotationSamples.document.id
  let annotation = AnnotationSamples.annotation("so-called", id: "a1")

  init() throws {
    folder = try TemporaryFolder()
    store = AnnotationStore(folder: folder.path + "/annotations")
    try FileManager.default.createDirectory(atPath: folder.path + "/annotations/seeds", withIntermediateDirectories: true)
  }

  @Test func aDanglingLinkOutOfTheFolderIsRefusedAndNothingIsCreatedThere() throws {
    try FileManager.default.createSymbolicLink(atPath: store.sidecarPath(for: id), withDestinationPath: "../../outside/sample.json")
    #expect(throws: AnnotationError.outsideFolder(path: store.sidecarPath(for: id), target: folder.path + "/outside/sample.json", folder: store.folder)) {
      try store.apply([.add(annotation)], to: id)
    }
    #expect(!FileManager.default.fileExists(atPath: folder.path + "/outside"))
  }

  @Test func aLinkToAFileOutsideIsNeitherReadNorWritten() throws {
    let outside = try folder.write("outside/sample.json", String(decoding: try SidecarFormat.encode(Sidecar(document: id)), as: UTF8.self))
    try FileManager.default.createSymbolicLink(atPath: store.sidecarPath(for: id), withDestinationPath: outside)
    let before = try folder.bytes(of: "outside/sample.json")
    #expect(throws: AnnotationError.self) { try store.load(id) }
    #expect(throws: AnnotationError.self) { try store.apply([.add(annotation)], to: id) }
    #expect(try folder.bytes(of: "outside/sample.json") == before)
    let message = "\(AnnotationError.outsideFolder(path: "annotations/seeds/sample.json", target: "/tmp/x/sample.json", folder: "annotations"))"
    #expect(message == "annotations/seeds/sample.json: a link to /tmp/x/sample.json, outside the annotations folder annotations; Slant reads and writes sidecars only inside it, so it was left alone: put the file itself there")
  }

  @Test func aFolderLinkedOutOfTheAnnotationsFolderIsRefusedToo() throws {
    try FileManager.default.createDirectory(atPath: folder.path + "/elsewhere", withIntermediateDirectories: true)
    try FileManager.default.removeItem(atPath: folder.path + "/annotations/seeds")
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/annotations/seeds", withDestinationPath: "../elsewhere")
    #expect(throws: AnnotationError.self) { try store.apply([.add(annotation)], to: id) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/elsewhere").isEmpty)
  }

  @Test func anAnnotationsFolderThatIsItselfALinkIsFine() throws {
    try FileManager.default.createDirectory(atPath: folder.path + "/shared", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/linked", withDestinationPath: "shared")
    let linked = AnnotationStore(folder: folder.path + "/linked")
    _ = try linked.apply([.add(annotation)], to: id)
    #expect(try linked.load(id).sidecar.annotations.count == 1)
    #expect(FileManager.default.fileExists(atPath: folder.path + "/shared/seeds/sample.json"))
  }
}
