import Foundation

/// Runs a program and times it to the moment it exits. Foundation's `Process.waitUntilExit`
/// polls every 50 ms on Linux, which rounded every timing up to a multiple of that: a 0.42 s
/// run read as 0.45 or 0.50 s, and `cat` as 0.10 s.
enum ChildProcess {
  /// Wall seconds from spawning `executable` with `arguments` to its exit. Standard output and
  /// error go to /dev/null; standard input comes from the file `input`, or /dev/null.
  static func seconds(_ executable: String, _ arguments: [String], input: String = "/dev/null") -> Double {
    times(executable, arguments, input: input).wall
  }

  /// Wall seconds as `seconds` gives them, and the child's CPU seconds (user + system, all its
  /// threads): on a machine shared with other work the CPU time moves less than the wall time.
  static func times(_ executable: String, _ arguments: [String], input: String = "/dev/null") -> (wall: Double, cpu: Double) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var child: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    let status = posix_spawn(&child, executable, &actions, nil, argv, environ)
    guard status == 0 else { fatalError("cannot run \(executable): \(String(cString: strerror(status)))") }
    var exitStatus: Int32 = 0, usage = rusage()
    while wait4(child, &exitStatus, 0, &usage) < 0 && errno == EINTR {}
    let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return (wall, seconds(usage.ru_utime) + seconds(usage.ru_stime))
  }
}

extension ChildProcess {
  /// How a child ended.
  enum Outcome: Equatable {
    case exited(Int32)
    case signalled(Int32)
    case timedOut
  }

  /// Runs `executable` in `directory` with output discarded, killing it after `timeout` seconds.
  static func run(_ executable: String, _ arguments: [String], in directory: String, timeout: Double) -> Outcome {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    // glibc's posix_spawn_file_actions_addchdir_np is not visible from Swift: a shell changes
    // folder and then becomes the program.
    let command = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory, executable] + arguments
    let argv = command.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    // The Swift backtracer would spend seconds on each crash; a crash is all that is counted.
    var variables: [String] = ProcessInfo.processInfo.environment.filter { $0.key != "SWIFT_BACKTRACE" }.map { "\($0.key)=\($0.value)" }
    variables += ["SWIFT_BACKTRACE=enable=no", "NO_COLOR=1"]
    let environment = variables.map { strdup($0) } + [nil]
    defer { environment.forEach { free($0) } }
    var child: pid_t = 0
    let status = posix_spawn(&child, "/bin/sh", &actions, nil, argv, environment)
    guard status == 0 else { fatalError("cannot run \(executable): \(String(cString: strerror(status)))") }
    let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(timeout * 1e9)
    var exitStatus: Int32 = 0
    while true {
      let result = waitpid(child, &exitStatus, WNOHANG)
      if result == child { break }
      if result < 0 && errno != EINTR { return .exited(-1) }
      if DispatchTime.now().uptimeNanoseconds > deadline {
        kill(child, SIGKILL)
        while waitpid(child, &exitStatus, 0) < 0 && errno == EINTR {}
        return .timedOut
      }
      usleep(2_000)
    }
    let signal = exitStatus & 0x7F
    return signal == 0 ? .exited((exitStatus >> 8) & 0xFF) : .signalled(signal)
  }
}
