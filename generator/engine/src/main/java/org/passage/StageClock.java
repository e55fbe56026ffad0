package org.passage;

import java.util.LinkedHashMap;
import java.util.Map;

/** Stage durations of the build in progress: each stage marks its start, which ends the one before. */
final class StageClock {
  private final Map<String, Long> millis = new LinkedHashMap<>();
  private String stage;
  private long start;

  /** Starts {@code next} (null: the last stage ended). */
  void mark(String next) {
    long now = System.nanoTime();
    if (stage != null) {
      millis.put(stage, (now - start) / 1_000_000);
    }
    stage = next;
    start = now;
  }

  /** Milliseconds of each ended stage, in stage order. */
  Map<String, Long> millis() {
    return millis;
  }
}
