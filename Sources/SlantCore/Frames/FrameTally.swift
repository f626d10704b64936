/// One sentence's own frame weights and each frame's strongest cue, in no order: what the
/// sentence frame decider adds its neighbours' to once a whole document is scored, so that
/// scoring in stretches decides the same frames as scoring whole.
struct FrameTally: Sendable {
  var weights: [(category: String, weight: Double, strongest: Double)]
}
