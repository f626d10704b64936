import Foundation
import Testing
import SlantCore

/// `slant compare --by FIELD` and `slant report --by FIELD` on the multi-group fixture, run in
/// its folder with its own lexicon: the JSON against its schema, the page against the JSON.
@Suite struct GroupCompareCommandTests {
  static let folder = SlantProcess.repository + "/Tests/SlantCoreTests/Fixtures/groups"
  static let lexicon = ["--lexicons", "lexicon.txt"]

  func run(_ arguments: [String], columns: Int = 80) throws -> SlantProcess.Result {
    try SlantProcess.run(arguments + Self.lexicon, in: Self.folder, environment: ["COLUMNS": "\(columns)"])
  }

  func json(_ text: String) throws -> [String: Any] { try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) }

  @Test func jsonHasEveryKeyAndTypeItsSchemaRequires() throws {
    let result = try run(["compare", "corpus", "--by", "country", "--align", "--format", "json"])
    #expect(result.status == 0)
    let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: SlantProcess.repository + "/Documentation/compare.schema.json")))
    let checker = SchemaShape(schema: try #require(schema as? [String: Any]))
    let problems = checker.problems(in: try JSONSerialization.jsonObject(with: Data(result.output.utf8)))
    #expect(problems.isEmpty, "\(problems.prefix(5))")
    #expect(result.output.contains("\"carriedBy\" : \"regime (loaded.negative)\""))
    var broken = try json(result.output)
    broken["comparison"] = ["grouping": "country"]
    #expect(checker.problems(in: broken).contains("$.comparison: missing differences"), "the checker can fail")
  }

  @Test func textSaysWhichFindingIsFragileAndWhichIntervalsIncludeZero() throws {
    let output = try run(["compare", "corpus", "--by", "country"]).output
    #expect(output.contains("Loaded language per 1,000 tokens, by country, with 95% intervals over documents\n"))
    #expect(output.contains("\nnorth − south\n"))
    #expect(output.contains("  fragile: carried by regime (loaded.negative) — without it the\n"))
    #expect(output.contains("includes zero: no difference shown"))
    #expect(output.split(separator: "\n").allSatisfy { $0.count <= 80 })
  }

  @Test func sentencesWrapWholeToTheTerminalWidth() throws {
    let output = try run(["compare", "corpus", "--by", "country", "--align"], columns: 60).output
    let section = try #require(output.range(of: "Told in north's documents, in none of south's"))
    let unwrapped = output[section.lowerBound...].replacingOccurrences(of: "\n    ", with: " ")
    #expect(unwrapped.contains("3 documents, 3 outlets: Soldiers were seen near the dam gates at night. (corpus/articles/north-star-2.txt#6)"))
    let alignment = output[output.range(of: "Same event, different stories")!.lowerBound...]
    #expect(alignment.split(separator: "\n").allSatisfy { $0.count <= 60 || !$0.contains(" ") })
  }

  @Test func byOutletSaysEachGroupIsThinAndSuggestsAField() throws {
    let output = try run(["compare", "corpus"]).output
    #expect(output.contains("Too little text for these figures to mean much: 2 documents (fewer than 5: no"))
    #expect(output.contains("6 groups of 6 by outlet are too thin to compare. Try --by country (2 groups, 2\nthin), or --by leaning."))
  }

  /// Groups of two or three documents get no interval anywhere: not in text, JSON, CSV or the
  /// report, for their own figures or for the differences that resample them, with the reason
  /// and a field to group by instead.
  @Test func groupsOfFewerThanFiveDocumentsGetNoIntervalInAnyView() throws {
    let text = try run(["compare", "corpus"], columns: 200).output
    #expect(text.contains("  Cape Times             "), "\(text)")
    #expect(text.contains("(no interval)\n"))
    #expect(!text.contains("% ["), "no share shows bounds")
    #expect(text.contains("Cape Times − the rest\n  no interval: Cape Times, North Star and 4 other groups have fewer than 5 documents, too few for a bootstrap to see how articles vary; try --by country\n"))

    let output = try json(try run(["compare", "corpus", "--format", "json"]).output)
    let comparison = try #require(output["comparison"] as? [String: Any])
    for profile in try #require(comparison["profiles"] as? [[String: Any]]) {
      let loaded = try #require(profile["loaded"] as? [String: Any])
      #expect(loaded["lower"] == nil && loaded["method"] == nil)
      for share in try #require(profile["support"] as? [[String: Any]]) {
        let estimate = try #require(share["estimate"] as? [String: Any])
        #expect(estimate["lower"] == nil && estimate["upper"] == nil && estimate["method"] == nil)
      }
    }
    for difference in try #require(comparison["differences"] as? [[String: Any]]) {
      for figure in try #require(difference["figures"] as? [[String: Any]]) {
        #expect(figure["lower"] == nil && (figure["thinGroups"] as? [String])?.isEmpty == false && figure["includesZero"] as? Bool == true)
      }
    }

    let rows = try CSVReader().rows(in: try run(["compare", "corpus", "--format", "csv"]).output).map(\.fields)
    let bounded = rows.dropFirst().filter { ["loaded_per_1000_tokens", "support", "difference"].contains($0[1]) }
    #expect(bounded.count == 6 * 6 + 6 * 6)
    #expect(bounded.allSatisfy { $0[7].isEmpty && $0[8].isEmpty })

    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("slant-thin-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    #expect(try run(["report", "corpus", "--html", scratch + "/report.html"]).status == 0)
    let html = try String(contentsOfFile: scratch + "/report.html", encoding: .utf8)
    #expect(!html.contains("data-lower="), "no whisker and no bound")
    #expect(html.contains("no interval: Cape Times, North Star and 4 other groups have fewer than 5 documents"))
  }

  @Test func aFieldNameThatCannotBeOneIsAUsageError() throws {
    let result = try run(["compare", "corpus", "--by", "first name"])
    #expect(result.status == 64)
    #expect(result.errors == "slant: compare: --by needs a metadata field name such as outlet, country or document, not 'first name'\n")
  }

  @Test func theReportShowsTheDifferencesAndDriversOfTheJSON() throws {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("slant-groups-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let page = scratch + "/report.html"
    let report = try run(["report", "corpus", "--by", "country", "--html", page])
    #expect(report.status == 0, "\(report.errors)")
    let html = try String(contentsOfFile: page, encoding: .utf8)
    let output = try json(try run(["compare", "corpus", "--by", "country", "--format", "json"]).output)
    let comparison = try #require(output["comparison"] as? [String: Any])
    let differences = try #require(comparison["differences"] as? [[String: Any]])
    #expect(html.contains("<h2 id=\"comparison-title\">Comparison by country</h2>"))
    #expect(html.contains("Fragile: carried by regime (loaded.negative)."))
    for difference in differences {
      #expect(html.contains("data-group=\"\(difference["group"]!)\" data-against=\"\(difference["against"]!)\""))
      for figure in try #require(difference["figures"] as? [[String: Any]]) {
        var row = "<tr data-figure=\"\(figure["figure"]!)\" data-difference=\"\(ComparisonCSV.number(figure["difference"] as! Double))\""
        if let lower = figure["lower"] as? Double, let upper = figure["upper"] as? Double {
          row += " data-lower=\"\(ComparisonCSV.number(lower))\" data-upper=\"\(ComparisonCSV.number(upper))\""
        }
        #expect(html.contains(row + ">"), "\(row)")
      }
      for driver in try #require(difference["entryDrivers"] as? [[String: Any]]) {
        let label = "\(driver["name"]!) (\(driver["category"]!))"
        #expect(html.contains("data-driver=\"\(label)\" data-without=\"\(ComparisonCSV.number(driver["differenceWithout"] as! Double))\""))
      }
      var supportDrivers = 0
      for figure in try #require(difference["figures"] as? [[String: Any]]) {
        guard let drivers = figure["entryDrivers"] as? [[String: Any]], !drivers.isEmpty else { continue }
        let list = try #require(html.range(of: "<ul class=\"drivers\" data-figure=\"\(figure["figure"]!)\">"))
        let items = String(html[list.upperBound...]).components(separatedBy: "</ul>")[0]
        for driver in drivers {
          supportDrivers += 1
          let label = "\(driver["name"]!) (\(driver["category"]!))"
          #expect(items.contains("data-driver=\"\(label)\" data-without=\"\(ComparisonCSV.number(driver["differenceWithout"] as! Double))\""))
        }
        if let carrier = figure["carriedBy"] as? String { #expect(html.contains("is carried by \(carrier).")) }
      }
      #expect(supportDrivers >= 4, "the hedged and unsupported differences have drivers")
    }
    #expect(html.contains("Fragile: the unsupported difference is carried by regime (loaded.negative)."))
  }

  @Test func metaSetsAnyFieldThatCompareThenGroupsBy() throws {
    let workspace = try Workspace()
    let set = try workspace.run(["meta", Workspace.seed, "--set", "country=India", "--set", "leaning=right"])
    #expect(set.status == 0, "\(set.errors)")
    #expect(set.output.contains("  country: India\n  leaning: right\n"))
    let sidecar = try #require(try workspace.firstSidecar())
    #expect(sidecar.metadata.extra == ["country": "India", "leaning": "right"])
    let output = try workspace.run(["compare", "seeds", "--by", "country"]).output
    #expect(output.contains("  India ") && output.contains("  unknown "))
    #expect(output.contains("India − unknown\n"))
    let bad = try workspace.run(["meta", Workspace.seed, "--set", "country"])
    #expect(bad.status == 64)
    #expect(bad.errors == "slant: meta: '--set' needs FIELD=VALUE with a field name of letters, digits, _ or -, not 'country'\n")
  }
}

/// The shape a JSON Schema asks for, checked as far as these tests need: `type`, `required`,
/// `properties`, `items` and `$ref` into `$defs`. Not a general validator.
struct SchemaShape {
  let schema: [String: Any]

  /// One line per place where `value` lacks a required key or has another type than asked.
  func problems(in value: Any) -> [String] { check(value, against: schema, at: "$") }

  private func check(_ value: Any, against node: [String: Any], at path: String) -> [String] {
    if let reference = node["$ref"] as? String {
      let name = String(reference.dropFirst("#/$defs/".count))
      guard let definitions = schema["$defs"] as? [String: Any], let target = definitions[name] as? [String: Any] else { return ["\(path): unknown \(reference)"] }
      return check(value, against: target, at: path)
    }
    var problems: [String] = []
    switch node["type"] as? String {
    case "object":
      guard let object = value as? [String: Any] else { return ["\(path): expected an object"] }
      for key in node["required"] as? [String] ?? [] where object[key] == nil { problems.append("\(path): missing \(key)") }
      for (key, child) in node["properties"] as? [String: Any] ?? [:] {
        if let member = object[key], let child = child as? [String: Any] { problems += check(member, against: child, at: path + "." + key) }
      }
    case "array":
      guard let array = value as? [Any] else { return ["\(path): expected an array"] }
      if let items = node["items"] as? [String: Any] {
        for (index, item) in array.enumerated() { problems += check(item, against: items, at: "\(path)[\(index)]") }
      }
    case "string": if !(value is String) { problems.append("\(path): expected a string") }
    // Foundation reads JSON true and false as numbers on Linux: the two are told apart from strings, not from each other.
    case "boolean", "integer", "number": if !(value is NSNumber) && !(value is Bool) { problems.append("\(path): expected a \(node["type"]!)") }
    default: break
    }
    return problems
  }
}

@Suite struct ShellMetaFieldTests {
  @Test func theShellSetsAnyFieldButTakesANearMissForATypo() throws {
    let workspace = try Workspace()
    let result = try workspace.shell(["meta country Pakistan", "meta", "meta outlt X"])
    #expect(result.output.contains("  country: Pakistan\n"))
    #expect(result.errors.contains("unknown field 'outlt' (did you mean 'outlet'?)"))
    #expect(try workspace.firstSidecar()?.metadata.extra == ["country": "Pakistan"])
  }
}
