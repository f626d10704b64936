import Foundation
import SlantCore

/// `slant-bench compare [--files N] [--align-files N] [--runs N] [--keep DIR]`: the whole `slant compare
/// --by country` command on N generated news files (10,000 by default; five outlet folders,
/// a `manifest.csv` above them giving outlets 0, 2 and 4 the country north and 1 and 3 south),
/// and with `--align` (JSON and text) on 1,000 files of two kinds: news-like articles (the normal
/// case) and the seeds' sentences reshuffled (every sentence in every outlet, the worst case);
/// then, in process, the comparison alone (profiles, differences with their stratified
/// bootstrap, drivers) and the aligner alone with groups on both kinds. Medians of `--runs` runs (5), release build; `--keep DIR`
/// leaves the generated corpora in DIR for profiling.
enum CompareBenchmark {
  static func run(_ arguments: [String]) throws {
    let options = BenchOptions(arguments)
    let runs = options.integer("runs") ?? 5, files = options.integer("files") ?? 10_000, alignFiles = options.integer("align-files") ?? 1_000
    let slant = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("slant").path
    let corpus = try generate(files: files), small = try generate(files: alignFiles)
    let newsFolder = try generateNews(articles: alignFiles)
    defer {
      if let kept = options.values["keep"] {
        // For profiling the same input again: `perf record slant compare KEPT/compare --by country`.
        try? FileManager.default.createDirectory(atPath: kept, withIntermediateDirectories: true)
        for (folder, name) in [(corpus, "compare"), (small, "align"), (newsFolder, "news")] {
          try? FileManager.default.moveItem(atPath: folder, toPath: kept + "/" + name)
        }
        print("corpora kept in \(kept)/compare, \(kept)/align and \(kept)/news")
      } else {
        for folder in [corpus, small, newsFolder] { try? FileManager.default.removeItem(atPath: folder) }
      }
    }
    _ = ChildProcess.seconds(slant, ["compare", small, "--by", "country"])
    func timed(_ arguments: [String]) -> (wall: Double, cpu: Double) {
      let runs = (0..<runs).map { _ in ChildProcess.times(slant, arguments) }
      return (BenchSupport.median(runs.map(\.wall)), BenchSupport.median(runs.map(\.cpu)))
    }
    print(String(format: "load average before: %.1f (other work on the machine stretches the wall times)", loadAverage()))
    let whole = timed(["compare", corpus, "--by", "country", "--format", "json"])
    print(String(format: "slant compare --by country --format json, %d files: median %.3f s wall, %.3f s CPU (goal < 2 s)", files, whole.wall, whole.cpu))
    for (name, folder) in [("news-like (normal case)", newsFolder), ("seed sentences reshuffled (worst case)", small)] {
      let plain = timed(["compare", folder, "--by", "country", "--format", "json"])
      let json = timed(["compare", folder, "--by", "country", "--align", "--format", "json"])
      let text = timed(["compare", folder, "--by", "country", "--align"])
      print("slant compare --by country --align, \(alignFiles) files, \(name) (goal < 1 s):")
      print(String(format: "  --format json: median %.3f s wall, %.3f s CPU; as text: %.3f s wall, %.3f s CPU; without --align %.3f s wall, %.3f s CPU", json.wall, json.cpu, text.wall, text.cpu, plain.wall, plain.cpu))
    }
    print(String(format: "load average after: %.1f", loadAverage()))

    let scorer = Scorer(lexicons: LexiconLoader().load(["lexicons"]).lexicons)
    let tallies = CorpusLoader().load([corpus]).documents.map { DocumentTally(scored: scorer.score($0)) }
    var differences = 0
    let comparison = BenchSupport.medianSeconds(runs: runs) {
      differences = FramingComparison(tallies: tallies, grouping: .field("country")).differences.count
    }
    print(String(format: "  in process, the comparison of %d tallies by country (2,000 replicates, %d difference): median %.3f s", tallies.count, differences, comparison))
    let byOutlet = BenchSupport.medianSeconds(runs: runs) { _ = FramingComparison(tallies: tallies, grouping: .outlet) }
    print(String(format: "  in process, by outlet (5 groups, each against the rest): median %.3f s", byOutlet))
    let news = AlignBenchmark.generateNews(events: alignFiles / 5).map { sentence in
      var grouped = sentence
      grouped.group = ["outlet0", "outlet2", "outlet4"].contains(sentence.outlet) ? "north" : "south"
      return grouped
    }
    let reshuffled = CorpusLoader().load([small]).documents.flatMap { document in
      AlignmentSentence.sentences(of: scorer.score(document), group: document.outlet.hasSuffix("1") || document.outlet.hasSuffix("3") ? "south" : "north")
    }
    for (name, sentences) in [("news-like", news), ("seed sentences reshuffled", reshuffled)] {
      var omissions = 0, pairs = 0
      let aligner = BenchSupport.medianSeconds(runs: runs) {
        let alignment = SentenceAligner().align(sentences)
        omissions = alignment.groupOmissions.reduce(0) { $0 + $1.facts.count }
        pairs = alignment.pairs.count
      }
      print(
        String(
          format: "  in process, the aligner with group omissions, %d %@ articles (%d sentences): median %.3f s, %d pairs, %d omitted facts", alignFiles,
          name, sentences.count, aligner, pairs, omissions))
    }
  }

  /// The one-minute load average.
  static func loadAverage() -> Double {
    var loads = [Double](repeating: 0, count: 3)
    return getloadavg(&loads, 3) > 0 ? loads[0] : 0
  }

  /// `articles` news-like articles (`AlignBenchmark.generateNews`, five outlets) written as
  /// files under a new folder, each sentence its words with a capital and a full stop, with a
  /// `manifest.csv` giving outlets 0, 2 and 4 the country north and 1 and 3 south.
  static func generateNews(articles: Int) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("slant-bench-news-\(UUID().uuidString)").path
    var manifest = "path,country\n", texts: [String: String] = [:]
    for sentence in AlignBenchmark.generateNews(events: articles / 5) {
      texts[sentence.document.path, default: ""] += sentence.text.prefix(1).uppercased() + sentence.text.dropFirst() + ". "
    }
    for (path, text) in texts.sorted(by: { $0.key < $1.key }) {
      let directory = folder + "/" + path.split(separator: "/")[0]
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + path))
      manifest += "\(path),\(["outlet1", "outlet3"].contains(String(path.split(separator: "/")[0])) ? "south" : "north")\n"
    }
    try Data(manifest.utf8).write(to: URL(fileURLWithPath: folder + "/manifest.csv"))
    return folder
  }

  /// `files` generated news files under a new folder with a `manifest.csv` giving each a country.
  static func generate(files: Int) throws -> String {
    let folder = try BenchSupport.generateCorpus(files: files)
    var manifest = "path,country\n"
    for index in 0..<files { manifest += String(format: "outlet%d/%06d.txt,%@\n", index % 5, index, index % 5 % 2 == 0 ? "north" : "south") }
    try Data(manifest.utf8).write(to: URL(fileURLWithPath: folder + "/manifest.csv"))
    return folder
  }
}
