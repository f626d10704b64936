import Foundation
import Testing
import SlantCore

@Suite struct SidecarFormatTests {
  let sidecar = Sidecar(
    document: AnnotationSamples.document.id, metadata: DocumentMetadata(outlet: "News18", date: "2022-02-23"),
    textFingerprint: TextFingerprint.of(AnnotationSamples.text),
    annotations: [
      AnnotationSamples.annotation("talks went well", id: "b2"),
      AnnotationSamples.annotation("so-called", id: "a1", labels: ["scare-quote", "no-such-label"]),
    ])

  @Test func twoSavesOfTheSameStateAreByteIdenticalAndReadBackEqual() throws {
    let first = try SidecarFormat.encode(sidecar)
    let reread = try SidecarFormat.decode(first, path: "x.json")
    #expect(reread == sidecar)
    #expect(try SidecarFormat.encode(reread) == first)
  }

  @Test func writesSortedKeysStableOrderWholeSecondsAndAFinalNewline() throws {
    let text = String(decoding: try SidecarFormat.encode(sidecar), as: UTF8.self)
    #expect(text.hasSuffix("}\n"))
    #expect(text.contains("\"created\" : \"2023-11-14T22:13:20Z\""))
    #expect(text.contains("\"document\" : \"seeds/sample.txt\""))
    let annotations = text.range(of: "\"annotations\"")!, document = text.range(of: "\"document\"")!
    #expect(annotations.lowerBound < document.lowerBound)
    #expect(text.range(of: "\"a1\"")!.lowerBound < text.range(of: "\"b2\"")!.lowerBound)
    #expect(!text.contains("orphaned"))
  }

  @Test func unknownLabelsAreKept() throws {
    let reread = try SidecarFormat.decode(try SidecarFormat.encode(sidecar), path: "x.json")
    #expect(reread.annotation(withID: "a1")?.labels == ["scare-quote", "no-such-label"])
  }

  @Test(arguments: [
    ("{\n  \"schemaVersion\": 1\n  \"document\": \"a.txt\"\n}\n", "x.json:3:3: expected ',' or '}'"),
    ("{\"schemaVersion\": 1, \"annotations\": [1, 2,]}", "x.json:1:43: expected a value"),
    ("{\"schemaVersion\": 1, \"document\": \"é\n", "x.json:1:36: control character in a string; write it as an escape such as \\n"),
    ("", "x.json:1:1: unexpected end of file; expected a value"),
    ("{} x", "x.json:1:4: unexpected text after the JSON value"),
  ])
  func syntaxErrorsNameLineAndColumn(json: String, expected: String) {
    #expect(throws: AnnotationError.self) { try SidecarFormat.decode(Array(json.utf8), path: "x.json") }
    do {
      _ = try SidecarFormat.decode(Array(json.utf8), path: "x.json")
    } catch {
      #expect("\(error)" == expected + "; the file was left as it is, fix it by hand")
    }
  }

  @Test func aNewerSchemaIsRefusedWithAMessageSayingSo() {
    let json = "{\"schemaVersion\": 2, \"document\": \"a.txt\", \"annotations\": {\"changed\": true}}"
    #expect(throws: AnnotationError.newerSchema(path: "x.json", version: 2, supported: 1)) {
      try SidecarFormat.decode(Array(json.utf8), path: "x.json")
    }
  }

  @Test func aSidecarWithOnlyTheRequiredFieldsIsReadAndSavedInFull() throws {
    let json = "{\"schemaVersion\": 1, \"document\": \"a.txt\"}"
    let sidecar = try SidecarFormat.decode(Array(json.utf8), path: "x.json")
    #expect(sidecar.annotations.isEmpty && sidecar.metadata.isEmpty)
    let saved = String(decoding: try SidecarFormat.encode(sidecar), as: UTF8.self)
    #expect(saved.contains("\"annotations\" : [\n\n  ]") || saved.contains("\"annotations\" : []"))
  }

  @Test func aFieldOfTheWrongTypeIsNamedByItsPath() {
    let json = """
      {"schemaVersion": 1, "document": "a.txt", "annotations": [{"id": "a", "created": "2023-11-14T22:13:20Z",
       "target": {"unit": "span", "position": {"start": "3", "end": 5}, "quote": {"exact": "x", "prefix": "", "suffix": ""}}}]}
      """
    #expect(throws: AnnotationError.invalidSidecar(path: "x.json", field: "annotations[0].target.position.start", reason: "expected a whole number")) {
      try SidecarFormat.decode(Array(json.utf8), path: "x.json")
    }
  }
}
