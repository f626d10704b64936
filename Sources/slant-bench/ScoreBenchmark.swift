import Foundation
import SlantCore

/// `slant-bench score [DIR] [--lexicon FILE] [--files N] [--runs N]`: times `slant score DIR
/// --format jsonl` end to end (the release binary beside this one, all cores) against `cat` of
/// the same files, with the default lexicons and with a 50,000-entry lexicon added, and with a
/// learned model against `--no-learned`, and prints medians, ratios and peak memory. Without DIR
/// it writes a corpus of news-like files made by shuffling the seeds' sentences. Run it from the
/// repository folder on a release build.
enum ScoreBenchmark {
  static func run(_ arguments: [String]) {
    let options = BenchOptions(arguments)
    let runs = max(1, options.integer("runs") ?? 5)
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("slant-bench-\(getpid())").path
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let corpus = options.positional ?? generateCorpus(in: scratch + "/corpus", files: options.integer("files") ?? 4_000)
    let bigLexicon = options.values["lexicon"] ?? generateLexicon(at: scratch + "/big-lexicon.txt", entries: 50_000)
    let slant = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("slant").path
    let lexicons = FileManager.default.currentDirectoryPath + "/lexicons"
    let bytes = corpusBytes(corpus)
    print("corpus: \(corpus), \(String(format: "%.1f", Double(bytes) / 1e6)) MB; \(runs) runs each; \(ProcessInfo.processInfo.activeProcessorCount) cores")

    let score = { (folder: String) in ["score", folder, "--format", "jsonl", "--output", "/dev/null", "--lexicons", lexicons] }
    let small = generateCorpus(in: scratch + "/small", files: 250)
    _ = ChildProcess.seconds(slant, score(small))
    let smallRSS = peakChildMegabytes()
    let cat = median(runs) { shell("find '\(corpus)' -type f -name '*.txt' -exec cat {} + > /dev/null") }
    report("cat (ceiling)", seconds: cat, bytes: bytes, against: nil)
    let defaults = median(runs) { ChildProcess.seconds(slant, score(corpus)) }
    let defaultsRSS = peakChildMegabytes()
    report("slant score, default lexicons", seconds: defaults, bytes: bytes, against: cat)
    let big = median(runs) { ChildProcess.seconds(slant, score(corpus) + ["--lexicon", bigLexicon]) }
    report("slant score, + 50,000 entries", seconds: big, bytes: bytes, against: cat)
    print(String(format: "  the 50,000-entry lexicon costs %.2f× the defaults", big / defaults))
    print(String(format: "peak RSS: %.1f MB for 250 files, %.1f MB for the corpus, %.1f MB with the 50,000-entry lexicon", smallRSS, defaultsRSS, peakChildMegabytes()))
    learned(corpus: corpus, scratch: scratch, slant: slant, lexicons: lexicons, runs: runs)
  }

  /// Scoring with a learned model against `--no-learned`, CPU time beside wall time (the learned
  /// model's cost is memory traffic, which other work on the machine stretches): the model is
  /// written into a workspace of its own, shaped like one learned from labelled news (three
  /// labels, the corpus's 3,000 commonest words and 1,500 commonest pairs with weights of 0.1 to
  /// 1.5 either way, and the scorer's signals).
  static func learned(corpus: String, scratch: String, slant: String, lexicons: String, runs: Int) {
    let workspace = scratch + "/learned-workspace"
    try? FileManager.default.createDirectory(atPath: workspace + "/learned", withIntermediateDirectories: true)
    let model = SentenceModelFile.text(of: syntheticModel(corpus: corpus))
    try? model.write(toFile: workspace + "/learned/model.txt", atomically: false, encoding: .utf8)
    // The child changes into the workspace, where it finds learned/, and then becomes slant.
    let arguments = ["-c", "cd \"$0\" && exec \"$@\"", workspace, slant, "score", corpus, "--format", "jsonl", "--output", "/dev/null", "--lexicons", lexicons]
    func timed(_ extra: [String]) -> (wall: Double, cpu: Double) {
      _ = ChildProcess.times("/bin/sh", arguments + extra)
      let times = (0..<runs).map { _ in ChildProcess.times("/bin/sh", arguments + extra) }
      return (BenchSupport.median(times.map(\.wall)), BenchSupport.median(times.map(\.cpu)))
    }
    let plain = timed(["--no-learned"]), withModel = timed([])
    let weights = model.split(separator: "\n").count { $0.first.map { $0 == "-" || $0.isNumber } ?? false }
    print(String(format: "slant score, --no-learned: median %.3f s wall, %.3f s CPU", plain.wall, plain.cpu))
    print(
      String(
        format: "slant score, learned model (%d weights): median %.3f s wall, %.3f s CPU; %.2f× the CPU time without (goal ≤ 1.2×)", weights,
        withModel.wall, withModel.cpu, withModel.cpu / plain.cpu))
  }

  /// A model over the commonest words and pairs of the first 200 files of `corpus`.
  static func syntheticModel(corpus: String) -> SentenceModel {
    var words: [String: Int] = [:], pairs: [String: Int] = [:]
    for document in CorpusLoader().load([corpus]).documents.prefix(200) {
      let tokens = Tokenizer().tokens(in: document.text, range: document.bodyUTF8Range)
      var previous: String?
      for token in tokens.tokens {
        guard token.kind == .word else {
          previous = nil
          continue
        }
        let word = tokens.foldedText(of: token)
        words[word, default: 0] += 1
        if let previous { pairs[previous + " " + word, default: 0] += 1 }
        previous = word
      }
    }
    func commonest(_ counts: [String: Int], _ count: Int) -> [String] { counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(count).map(\.key) }
    let features = commonest(words, 3_000).map { "word:" + $0 } + commonest(pairs, 1_500).map { "pair:" + $0 }
      + ["signal:own.loaded", "signal:own.labels", "signal:support.unsupported", "signal:support.attributed", "signal:length"]
    var random = SeededGenerator(seed: 13)
    let labels = ["biased", "loaded", "neutral"].map { label in
      var weights: [String: Double] = [:]
      for feature in features {
        let magnitude = 0.1 + 1.4 * Double(random.index(below: 1_000)) / 1_000
        weights[feature] = random.index(below: 2) == 0 ? magnitude : -magnitude
      }
      return SentenceModel.LabelModel(label: label, intercept: -0.2, weights: weights)
    }
    return SentenceModel(provenance: ["slant-bench score: a synthetic model"], labels: labels)
  }

  static func report(_ name: String, seconds: Double, bytes: Int, against ceiling: Double?) {
    let rate = Double(bytes) / 1e6 / seconds
    let ratio = ceiling.map { String(format: "  (%.2f× cat's speed)", $0 / seconds) } ?? ""
    print(String(format: "%@: median %.3f s, %.1f MB/s", name, seconds, rate) + ratio)
  }

  /// The median of `runs` timings returned by `body`, after one warm-up run.
  static func median(_ runs: Int, _ body: () -> Double) -> Double {
    _ = body()
    return BenchSupport.median((0..<runs).map { _ in body() })
  }

  static func shell(_ command: String) -> Double { ChildProcess.seconds("/bin/sh", ["-c", command]) }

  static func peakChildMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
  }

  static func corpusBytes(_ folder: String) -> Int {
    let files = FileManager.default.subpaths(atPath: folder) ?? []
    return files.reduce(0) { total, file in
      total + ((try? FileManager.default.attributesOfItem(atPath: folder + "/" + file)[.size] as? Int) ?? 0)
    }
  }

  /// Writes `files` articles of 20 to 60 sentences drawn from the seeds, in paragraphs.
  static func generateCorpus(in folder: String, files: Int) -> String {
    let seeds = CorpusLoader().load(["seeds"]).documents
    let sentences = seeds.flatMap { document in
      SentenceSegmenter().sentences(in: document.text, range: document.bodyUTF8Range).map { String(document.text(of: $0.utf8Range)) }
    }
    precondition(!sentences.isEmpty, "run slant-bench from the repository folder (it reads seeds/)")
    var random = SeededGenerator(seed: 42)
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for file in 0..<files {
      var text = ""
      for index in 0..<(20 + Int(random.next() % 41)) {
        text += sentences[Int(random.next() % UInt64(sentences.count))]
        text += index % 4 == 3 ? "\n\n" : " "
      }
      try? text.write(toFile: folder + "/\(String(format: "%05d", file)).txt", atomically: false, encoding: .utf8)
    }
    return folder
  }

  /// Writes a lexicon of `entries` made-up words, phrases and stems in ten categories.
  static func generateLexicon(at path: String, entries: Int) -> String {
    var random = SeededGenerator(seed: 7)
    let syllables = ["ka", "lo", "mi", "ner", "sto", "vi", "tra", "pol", "dun", "esh", "qua", "rim", "zen", "bor", "tel", "gus"]
    func word() -> String { (0..<(2 + Int(random.next() % 3))).map { _ in syllables[Int(random.next() % 16)] }.joined() }
    var text = ""
    var seen: Set<String> = []
    var written = 0
    for category in 0..<10 {
      text += "[frame.generated-\(category)] Generated entries for the benchmark.\n"
      while written < entries * (category + 1) / 10 {
        let kind = random.next() % 10
        let term = kind < 6 ? word() : kind < 9 ? word() + " " + word() : word() + "*"
        guard seen.insert("\(category) \(term)").inserted else { continue }
        text += term + "\n"
        written += 1
      }
    }
    try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try? text.write(toFile: path, atomically: false, encoding: .utf8)
    return path
  }
}
