/// One key press (or one pasted character) as the line editor sees it, decoded from the bytes a
/// terminal sends.
public enum Key: Equatable, Sendable {
  /// A printable character: typed, composed by an input method, or pasted.
  case character(Character)
  /// Control plus a letter, as the lowercase letter: Ctrl-A is `.control("a")`.
  case control(Character)
  /// Alt (Meta) plus a character, sent by terminals as Escape then the character.
  case alt(Character)
  /// Keys with no character: editing keys, then cursor keys.
  case enter, tab, backspace, delete, escape
  case left, right, up, down, home, end
  /// Ctrl- or Alt-arrows, which move by word.
  case wordLeft, wordRight
}
