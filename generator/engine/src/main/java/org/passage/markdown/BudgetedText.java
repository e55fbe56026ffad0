package org.passage.markdown;

/**
 * A page's Markdown as the parser reads it, with a deadline: after every few thousand characters
 * read it looks at the clock and stops the conversion once its time is up. The parser cannot be
 * interrupted otherwise, and some shapes of input (tens of thousands of nested brackets) take it
 * minutes; this way one page cannot hang a build.
 */
final class BudgetedText implements CharSequence {
  private final String text;
  private final long deadline;
  private int reads;

  /** Thrown when the page's time is up. */
  static final class OverBudget extends RuntimeException {
    OverBudget() {
      super(null, null, false, false);
    }
  }

  BudgetedText(String text, long deadlineNanos) {
    this.text = text;
    this.deadline = deadlineNanos;
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public char charAt(int index) {
    if ((++reads & 0x3FFF) == 0 && System.nanoTime() > deadline) {
      throw new OverBudget();
    }
    return text.charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.subSequence(start, end);
  }

  @Override
  public String toString() {
    return text;
  }
}
