package org.passage.markdown;

import org.passage.diagnostics.SourcePos;

/** Maps offsets in the Markdown body to file line and column. */
final class SourceLines {
  private final int[] starts;
  private final int firstLine;
  private final String display;

  SourceLines(String body, int firstLine, String display) {
    this.firstLine = firstLine;
    this.display = display;
    int count = 1;
    for (int i = 0; i < body.length(); i++) {
      if (body.charAt(i) == '\n') {
        count++;
      }
    }
    starts = new int[count];
    int k = 1;
    for (int i = 0; i < body.length(); i++) {
      if (body.charAt(i) == '\n') {
        starts[k++] = i + 1;
      }
    }
  }

  int lineIndex(int offset) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  int line(int offset) {
    return firstLine + lineIndex(offset);
  }

  SourcePos pos(int offset) {
    int idx = lineIndex(offset);
    return new SourcePos(display, firstLine + idx, offset - starts[idx] + 1);
  }
}
