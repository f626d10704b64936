import Foundation

/// A one-line progress bar on standard error (files, MB/s, time left), redrawn in place and
/// drawn only when standard error is a terminal, so that logs and pipes stay clean.
package struct ProgressBar {
  private let total: Int
  private let console: Console
  private let isEnabled: Bool
  private let started = Date()
  private var done = 0
  private var bytes = 0
  private var lastDrawn = Date.distantPast

  package init(total: Int, console: Console) {
    self.total = total
    self.console = console
    self.isEnabled = console.errorsAreTerminal && total > 1
  }

  /// Counts one more file of `bytes` bytes and redraws at most ten times a second.
  package mutating func advance(bytes: Int) {
    done += 1
    self.bytes += bytes
    guard isEnabled, Date().timeIntervalSince(lastDrawn) >= 0.1 || done == total else { return }
    lastDrawn = Date()
    let elapsed = max(Date().timeIntervalSince(started), 0.001)
    let megabytesPerSecond = Double(self.bytes) / 1_000_000 / elapsed
    let left = Int(elapsed / Double(done) * Double(total - done))
    let width = 24, filled = width * done / max(total, 1)
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
    let line = "[\(bar)] \(done)/\(total) files, \(String(format: "%.1f", megabytesPerSecond)) MB/s, \(left / 60):\(String(format: "%02d", left % 60)) left"
    console.errors.write("\r\u{1B}[K" + line)
    console.errors.flush()
  }

  /// Clears the bar.
  package func finish() {
    guard isEnabled, done > 0 else { return }
    console.errors.write("\r\u{1B}[K")
    console.errors.flush()
  }
}
