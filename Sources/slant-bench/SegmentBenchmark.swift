import Foundation
import SlantCore

/// `slant-bench segment [DIR] [--files N] [--runs N]`: segmentation and tokenization
/// throughput for text already in memory and for the whole run with file reading, against `cat`
/// of the same files, and peak memory.
enum SegmentBenchmark {
  static func run(_ arguments: [String]) throws {
    let options = BenchOptions(arguments)
    let runs = options.integer("runs") ?? 5
    let folder = try options.positional ?? BenchSupport.generateCorpus(files: options.integer("files") ?? 44_500)
    let files = CorpusLoader().list([folder]).files.map(\.path)
    print("corpus: \(folder) (\(files.count) files)")

    let texts = try files.map { try TextFileReader.text(atPath: $0) }
    let bytes = texts.reduce(0) { $0 + $1.utf8.count }
    print(String(format: "size: %.1f MB", BenchSupport.megabytes(bytes)))

    var checksum = 0
    let inMemory = BenchSupport.medianSeconds(runs: runs) {
      for text in texts { checksum &+= segmentAndTokenize(text) }
    }
    let segmentOnly = BenchSupport.medianSeconds(runs: runs) {
      for text in texts { checksum &+= SentenceSegmenter().sentences(in: text).count }
    }
    let tokenizeOnly = BenchSupport.medianSeconds(runs: runs) {
      for text in texts { checksum &+= Tokenizer().tokens(in: text).tokens.count }
    }
    let withFiles = try BenchSupport.medianSeconds(runs: runs) {
      let loader = CorpusLoader()
      for file in loader.list([folder]).files {
        for document in try loader.documents(in: file).documents { checksum &+= segmentAndTokenize(document.text, range: document.bodyUTF8Range) }
      }
    }
    let cat = BenchSupport.median(try (0..<runs).map { _ in try BenchSupport.catSeconds(files) })
    let megabytes = BenchSupport.megabytes(bytes)
    print(String(format: "in memory, one core:        %7.1f MB/s (median of %d; goal >= 150)", megabytes / inMemory, runs))
    print(String(format: "  segmentation alone:       %7.1f MB/s", megabytes / segmentOnly))
    print(String(format: "  tokenization alone:       %7.1f MB/s", megabytes / tokenizeOnly))
    print(String(format: "with file reading:          %7.1f MB/s  %.3f s", megabytes / withFiles, withFiles))
    print(String(format: "cat of the same files:      %7.1f MB/s  %.3f s", megabytes / cat, cat))
    print(String(format: "ratio to cat:               %7.2f x (goal <= 2)", withFiles / cat))
    print(String(format: "peak memory (texts held):   %7.1f MiB", BenchSupport.peakResidentMiB()))
    print("checksum \(checksum)")
  }

  /// Segments and tokenizes one text, returning a count so the work cannot be optimised away.
  static func segmentAndTokenize(_ text: String, range: Range<Int>? = nil) -> Int {
    let sentences = SentenceSegmenter().sentences(in: text, range: range)
    let tokens = Tokenizer().tokens(in: text, range: range)
    return sentences.count &+ tokens.tokens.count
  }
}

/// `slant-bench memory DIR`: reads every document one at a time, as the commands do, and
/// prints the peak memory; run it on folders of different sizes to see memory stay flat.
enum MemoryBenchmark {
  static func run(_ arguments: [String]) throws {
    let options = BenchOptions(arguments)
    let folder = try options.positional ?? BenchSupport.generateCorpus(files: options.integer("files") ?? 10_000)
    let loader = CorpusLoader()
    let files = loader.list([folder]).files
    var checksum = 0
    for file in files {
      for document in try loader.documents(in: file).documents {
        checksum &+= SegmentBenchmark.segmentAndTokenize(document.text, range: document.bodyUTF8Range)
      }
    }
    print(String(format: "%d files, peak memory %.1f MiB (checksum %d)", files.count, BenchSupport.peakResidentMiB(), checksum))
  }
}

/// `slant-bench big [--megabytes N]`: one large file (200 MB by default) read, segmented and
/// tokenized, with time and peak memory.
enum BigFileBenchmark {
  static func run(_ arguments: [String]) throws {
    let options = BenchOptions(arguments)
    let megabytes = options.integer("megabytes") ?? 200
    let seed = try TextFileReader.text(atPath: "seeds/003_2ff4c70e4ea9fa7c.txt")
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("slant-big-\(UUID().uuidString).txt").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    var text = ""
    text.reserveCapacity(megabytes * 1_000_000 + seed.utf8.count)
    while text.utf8.count < megabytes * 1_000_000 { text += seed + "\n\n" }
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    text = ""
    var count = 0
    let elapsed = try BenchSupport.seconds {
      let document = try TextFileReader.text(atPath: path)
      count = SegmentBenchmark.segmentAndTokenize(document)
    }
    print(String(format: "%d MB file: %.2f s (%.1f MB/s), %d sentences+tokens, peak memory %.0f MiB", megabytes, elapsed, Double(megabytes) / elapsed, count, BenchSupport.peakResidentMiB()))
  }
}
