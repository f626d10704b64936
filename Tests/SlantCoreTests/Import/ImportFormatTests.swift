import Testing
import SlantCore

@Suite struct ImportFormatTests {
  @Test(arguments: [
    ("x.jsonl", #"{"document": "a.txt", "sentence": 0, "start": 0, "end": 4, "unit": "span", "labels": ["loaded"]}"#, ImportFormat.exportJSONLines),
    ("x.csv", "\u{FEFF}document,outlet,date,sentence,start,end,unit,text,labels\r\na.txt,,,0,0,4,span,Café,loaded\r\n", .exportCSV),
    ("x.ann", "", .brat),
    ("notes", "T1\tloaded 0 4\tCafé\n#1\tAnnotatorNotes T1\tx\n", .brat),
    ("x.jsonl", #"{"id": 1, "text": "Café", "label": [[0, 4, "loaded"]]}"#, .doccano),
    ("x.jsonl", #"{"text": "Café", "entities": []}"# + "\n" + #"{"text": "x", "entities": []}"#, .doccano),
    ("x.json", #"[{"id": 1, "data": {"text": "Café"}, "annotations": []}]"#, .labelStudio),
    ("x.json", #"{"type": "AnnotationCollection", "first": {"items": []}}"#, .w3c),
    ("x.json", "[{\"type\": \"Annotation\", \"target\": {\"source\": \"a.txt\"}}]", .w3c),
    ("x.jsonl", #"{"type": "Annotation", "body": [], "target": {}}"# + "\n" + #"{"type": "Annotation", "body": [], "target": {}}"#, .w3c),
  ])
  func detectsFromContentAndName(path: String, text: String, expected: ImportFormat) throws {
    #expect(try ImportFormat.detect(text: text, path: path) == expected)
  }

  @Test func saysWhyItCannotTell() {
    #expect(throws: ImportError.unknownFormat(path: "x.jsonl", reason: "the first record has keys name, value")) {
      try ImportFormat.detect(text: #"{"name": "a", "value": 1}"#, path: "x.jsonl")
    }
    let error = ImportError.unknownFormat(path: "x.txt", reason: "the file is empty")
    #expect(throws: error) { try ImportFormat.detect(text: " \n", path: "x.txt") }
    #expect(error.description == "x.txt: cannot tell the format (the file is empty); give --format jsonl|csv|brat|doccano|label-studio|w3c")
  }

  @Test func formatNamesAreWhatFormatTakes() throws {
    #expect(try ImportFormat.allCases.map { try ImportFormat(name: $0.rawValue) } == ImportFormat.allCases)
    #expect(throws: ImportError.unknownFormatName("bart")) { try ImportFormat(name: "bart") }
  }

  @Test func readerNeedsBratsText() {
    #expect(throws: ImportError.missingBratText(annotationPath: "o/a.ann", textPath: "o/a.txt")) {
      try ImportReader.read("T1\tloaded 0 4\tCafé\n", path: "o/a.ann", format: .brat)
    }
  }

  @Test(arguments: [
    (0..<4, 0..<4), (13..<15, 13..<14), (14..<16, nil), (13..<14, nil), (15..<17, 14..<16), (0..<64, 0..<63), (0..<65, nil),
  ] as [(Range<Int>, Range<Int>?)])
  func utf16OffsetsBecomeCodePoints(utf16: Range<Int>, scalars: Range<Int>?) {
    #expect((ImportSamples.text + "x").scalarRange(utf16: utf16) == scalars)
  }
}
