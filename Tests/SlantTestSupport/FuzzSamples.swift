/// The well-formed inputs the fuzzer starts from, one set per format, written for these tests.
enum FuzzSamples {
  static let sidecars: [[UInt8]] = [
    """
    {
      "annotations" : [
        {
          "annotator" : "ayesha",
          "created" : "2024-05-01T09:30:00Z",
          "id" : "8bef204561df",
          "labels" : [ "scare-quote" ],
          "modified" : "2024-05-01T09:30:00Z",
          "note" : "distances the writer",
          "origin" : { "kind" : "suggestion", "reason" : "loaded.negative" },
          "target" : {
            "position" : { "end" : 13, "start" : 4 },
            "quote" : { "exact" : "so-called", "prefix" : "the ", "suffix" : " talks" },
            "sentence" : 0,
            "unit" : "span"
          }
        }
      ],
      "document" : "seeds/a.txt",
      "metadata" : { "date" : "2022-02-23", "outlet" : "Wire" },
      "schemaVersion" : 1,
      "textFingerprint" : "fnv1a64:a3f8dd3dbf3e4b3f"
    }

    """,
    "{\"schemaVersion\": 1, \"document\": \"a.txt\", \"tool\": {\"x\": [1, 2.5, null, true]}}",
    "{\"schemaVersion\": 1, \"document\": \"b.jsonl#7\", \"annotations\": [{\"id\": \"a\", \"created\": \"2024-05-01T09:30:00Z\", \"orphaned\": true, \"target\": {\"unit\": \"sentence\", \"position\": {\"start\": 0, \"end\": 5}, \"quote\": {\"exact\": \"Khan.\"}}}]}",
  ].map { Array($0.utf8) }

  static let lexicons: [[UInt8]] = [
    """
    # a comment
    [loaded.negative] Words that pass a negative judgement.
    brutal | weight 2
    regime -> government | weight 2 | note implies illegitimacy
    terror*
    so-called

    [hedge.weak] Words that soften a claim.
    reportedly
    it is said that | weight 0.5

    """,
    "[frame.security] Security.\r\nmissile*\r\nborder clash -> border incident\r\n",
  ].map { Array($0.utf8) }

  static let liwcDictionaries: [[UInt8]] = [
    "%\n1\tcare.virtue\n2\tcare.vice\n%\nsafe*\t1\nkill\t2\nkind of\t1\t2\n",
    "%\r\n10\tfairness\r\n%\r\nequal*\t10\r\n",
  ].map { Array($0.utf8) }

  static let manifests: [[UInt8]] = [
    "path,outlet,date,title,url\na.txt,Wire,2022-02-23,\"Talks, at last\",https://example.org/a\n",
    "\u{FEFF}path,outlet\r\na.txt,\"The \"\"Daily\"\" Wire\"\r\n",
  ].map { Array($0.utf8) }

  static let jsonLines: [[UInt8]] = [
    """
    {"id": "a1", "text": "Khan met Putin. Talks were brutal.", "outlet": "Dawn", "date": "2022-02-24"}
    {"text": "No id here."}

    {"id": 7, "text": "Numeric id.", "title": "T"}

    """,
    "\u{FEFF}{\"id\": \"x\", \"text\": \"caf\\u00e9 \\ud83d\\ude00\"}\r\n",
  ].map { Array($0.utf8) }

  static let csv: [[UInt8]] = [
    "a,b,c\r\n1,\"two, three\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",,x\r\n",
    "\u{FEFF}x\ny\n\nz,\"\"\n",
  ].map { Array($0.utf8) }
}
