/// Which of the scorer's decisions `slant eval` measures: its rules (support label and hits),
/// or its model's probabilities, a label decided at 0.5 or more.
public enum EvaluationDecision: String, CaseIterable, Sendable {
  case rules, model
}
