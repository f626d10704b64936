import Foundation
import Testing
import SlantCore

/// A sidecar is read as it stands or refused: duplicate keys and numbers the decoder cannot hold
/// are errors with a line and column, and fields Slant does not know survive every save.
@Suite struct SidecarIntegrityTests {
  static let annotation = """
    {"id": "a1", "created": "2023-11-14T22:13:20Z", "labels": ["hedged"],
     "target": {"unit": "span", "position": {"start": 0, "end": 4}, "quote": {"exact": "Khan"}}}
    """

  @Test(arguments: [
    (
      "{\"schemaVersion\": 1, \"document\": \"a.txt\",\n \"annotations\": [],\n \"annotations\": [\(annotation)]}",
      "x.json:3:2: duplicate key \"annotations\""
    ),
    (
      "{\"schemaVersion\": 1, \"document\": \"a.txt\", \"annotations\": [{\"note\": \"a\", \"id\": \"a1\", \"note\": \"b\"}]}",
      "x.json:1:85: duplicate key \"note\""
    ),
    // The same key spelt with an escape is still the same key.
    ("{\"schemaVersion\": 1, \"document\": \"a.txt\", \"\\u0064ocument\": \"b.txt\"}", "x.json:1:43: duplicate key \"\\u0064ocument\""),
    ("{\"schemaVersion\": 1, \"document\": \"a.txt\",\n  \"x\": 1e400}", "x.json:2:8: number 1e400 is out of range"),
    ("{\"schemaVersion\": 1, \"document\": \"a.txt\", \"x\": -2e-999}", "x.json:1:48: number -2e-999 is out of range"),
    (
      "{\"schemaVersion\": 99999999999999999999, \"document\": \"a.txt\"}",
      "x.json:1:19: number 99999999999999999999 is out of range (whole numbers are limited to 64 bits)"
    ),
  ])
  func isRefusedWithLineAndColumn(json: String, expected: String) {
    #expect(throws: AnnotationError.self) { try SidecarFormat.decode(Array(json.utf8), path: "x.json") }
    do {
      _ = try SidecarFormat.decode(Array(json.utf8), path: "x.json")
    } catch {
      #expect("\(error)" == expected + "; the file was left as it is, fix it by hand")
    }
  }

  @Test(arguments: [
    "{\"\\ud83d\\ude00\": 1, \"\u{1F600}\": 2}",
    "{\"a\": 1, \"\\u0061\": 2}",
  ])
  func escapedKeysAreComparedAsTheyRead(json: String) {
    #expect(throws: AnnotationError.self) { try SidecarFormat.decode(Array(json.utf8), path: "x.json") }
  }

  @Test(arguments: [
    ("{\"schemaVersion\": 1, \"document\": \"a.txt\", \"note\": \"x\\ud800\"}", "x.json:1:53: lone surrogate in a \\u escape; it is half of a character"),
    ("{\"schemaVersion\": 1,\n\"x\\udc00y\": 2}", "x.json:2:3: lone surrogate in a \\u escape; it is half of a character"),
  ])
  func aLoneSurrogateIsRefusedWhereItIs(json: String, expected: String) {
    do {
      _ = try SidecarFormat.decode(Array(json.utf8), path: "x.json")
      Issue.record("read \(json)")
    } catch {
      #expect("\(error)" == expected + "; the file was left as it is, fix it by hand")
    }
  }

  @Test func keysThatDifferOnlyInNestingAreNotDuplicates() throws {
    let json = "{\"schemaVersion\": 1, \"document\": \"a.txt\", \"metadata\": {\"document\": \"x\"}, \"annotations\": [\(Self.annotation), \(Self.annotation.replacingOccurrences(of: "a1", with: "a2"))]}"
    #expect(try SidecarFormat.decode(Array(json.utf8), path: "x.json").annotations.count == 2)
  }

  static let withForeignFields = """
    {
      "annotations" : [
        {
          "created" : "2023-11-14T22:13:20Z",
          "id" : "a1",
          "labels" : [ "hedged" ],
          "origin" : { "confidence" : 0.75, "kind" : "human" },
          "reviewer" : { "name" : "ana", "passes" : [ 1, 2 ], "done" : true, "extra" : null },
          "target" : {
            "position" : { "end" : 4, "source" : "ocr", "start" : 0 },
            "quote" : { "exact" : "Khan", "lang" : "en" },
            "selectorVersion" : 3,
            "unit" : "span"
          }
        }
      ],
      "document" : "a.txt",
      "metadata" : { "desk" : "foreign", "outlet" : "Wire" },
      "schemaVersion" : 1,
      "tool" : { "name" : "other", "version" : "2.1" }
    }
    """

  @Test func fieldsOfOtherToolsSurviveAReadAndAWriteAtEveryLevel() throws {
    let sidecar = try SidecarFormat.decode(Array(Self.withForeignFields.utf8), path: "x.json")
    let saved = try SidecarFormat.encode(sidecar)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(saved)) as? [String: Any])
    #expect((object["tool"] as? [String: Any])?["version"] as? String == "2.1")
    #expect((object["metadata"] as? [String: Any])?["desk"] as? String == "foreign")
    let annotation = try #require((object["annotations"] as? [[String: Any]])?.first)
    let reviewer = try #require(annotation["reviewer"] as? [String: Any])
    #expect(reviewer["name"] as? String == "ana" && reviewer["passes"] as? [Int] == [1, 2] && reviewer["done"] as? Bool == true)
    #expect(reviewer.keys.contains("extra"))
    #expect((annotation["origin"] as? [String: Any])?["confidence"] as? Double == 0.75)
    let target = try #require(annotation["target"] as? [String: Any])
    #expect(target["selectorVersion"] as? Int == 3)
    #expect((target["position"] as? [String: Any])?["source"] as? String == "ocr")
    #expect((target["quote"] as? [String: Any])?["lang"] as? String == "en")
    #expect(try SidecarFormat.encode(SidecarFormat.decode(saved, path: "x.json")) == saved)
  }

  @Test func fieldsOfOtherToolsSurviveEditsThroughTheStore() throws {
    let folder = try TemporaryFolder()
    let store = AnnotationStore(folder: folder.path + "/annotations")
    let id = DocumentID(path: "a.txt")
    try folder.write("annotations/a.json", Self.withForeignFields)
    let loaded = try store.load(id)
    var changed = try #require(loaded.sidecar.annotation(withID: "a1"))
    changed.labels = ["attributed"]
    let added = AnnotationSamples.annotation("so-called", id: "b2")
    var metadata = loaded.sidecar.metadata
    metadata.date = "2024-01-02"
    _ = try store.apply([.update(from: loaded.sidecar.annotation(withID: "a1")!, to: changed), .add(added), .setMetadata(from: loaded.sidecar.metadata, to: metadata)], to: id)
    let text = String(decoding: try folder.bytes(of: "annotations/a.json"), as: UTF8.self)
    for field in ["\"tool\"", "\"desk\" : \"foreign\"", "\"reviewer\"", "\"confidence\" : 0.75", "\"selectorVersion\" : 3", "\"source\" : \"ocr\"", "\"lang\" : \"en\"", "\"attributed\"", "\"2024-01-02\""] {
      #expect(text.contains(field), "\(field) is missing from\n\(text)")
    }
  }
}
