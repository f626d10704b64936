// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Slant",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "slant", targets: ["slant"]),
    .library(name: "SlantCore", targets: ["SlantCore"]),
  ],
  targets: [
    .target(name: "SlantCore"),
    .target(name: "SlantShell", dependencies: ["SlantCore"]),
    .executableTarget(name: "slant", dependencies: ["SlantShell"]),
    .executableTarget(name: "slant-bench", dependencies: ["SlantCore", "SlantShell"]),
    .testTarget(name: "SlantCoreTests", dependencies: ["SlantCore"], exclude: ["Fixtures"]),
    .executableTarget(name: "line-editor-probe", dependencies: ["SlantShell"], path: "Tests/LineEditorProbe"),
    .testTarget(name: "SlantShellTests", dependencies: ["SlantShell", "SlantCore", "line-editor-probe", "slant"]),
    .testTarget(name: "SlantEndToEndTests", dependencies: ["SlantCore", "slant"]),
  ]
)
