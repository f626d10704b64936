/// `--name value` options and one positional argument.
struct BenchOptions {
  var values: [String: String] = [:]
  var positional: String?

  init(_ arguments: [String]) {
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      if argument.hasPrefix("--"), index + 1 < arguments.count {
        values[String(argument.dropFirst(2))] = arguments[index + 1]
        index += 2
      } else {
        positional = argument
        index += 1
      }
    }
  }

  func integer(_ name: String) -> Int? { values[name].flatMap { Int($0) } }
}
