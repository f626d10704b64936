// swift-tools-version: 6.0
import PackageDescription

// Dependencies run one way: SlantCore ← SlantCLI ← SlantShell ← slant, with SlantTerminal
// (termios, keys, line editing; no SlantCore) used by the command layer and the shell.
// Documentation/Architecture.md draws the graph.
let package = Package(
  name: "Slant",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "slant", targets: ["slant"]),
    .library(name: "SlantCore", targets: ["SlantCore"]),
  ],
  targets: [
    .target(name: "SlantCore"),
    .target(name: "SlantTerminal"),
    .target(name: "SlantCLI", dependencies: ["SlantCore", "SlantTerminal"]),
    .target(name: "SlantShell", dependencies: ["SlantCore", "SlantTerminal", "SlantCLI"]),
    .executableTarget(name: "slant", dependencies: ["SlantCLI", "SlantShell"]),
    .executableTarget(name: "slant-bench", dependencies: ["SlantCore", "SlantCLI", "SlantShell", "SlantTestSupport"]),
    .target(name: "SlantTestSupport", dependencies: ["SlantCore"], path: "Tests/SlantTestSupport"),
    .testTarget(name: "SlantCoreTests", dependencies: ["SlantCore", "SlantTestSupport"], exclude: ["Fixtures"]),
    .executableTarget(name: "line-editor-probe", dependencies: ["SlantTerminal", "SlantShell"], path: "Tests/LineEditorProbe"),
    .testTarget(name: "SlantTerminalTests", dependencies: ["SlantTerminal", "SlantTestSupport", "line-editor-probe"]),
    .testTarget(name: "SlantCLITests", dependencies: ["SlantCLI", "SlantCore", "SlantTerminal", "SlantTestSupport", "slant"]),
    .testTarget(name: "SlantShellTests", dependencies: ["SlantShell", "SlantCLI", "SlantCore", "SlantTerminal", "SlantTestSupport", "slant"]),
    .testTarget(name: "SlantEndToEndTests", dependencies: ["SlantCore", "slant"], exclude: ["Snapshots"]),
  ]
)
