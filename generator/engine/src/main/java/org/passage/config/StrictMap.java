package org.passage.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.passage.diagnostics.Diagnostics;
import org.passage.text.Suggest;
import org.passage.yaml.YNode;

/**
 * Reads a YAML map whose keys are known in advance; every read marks a key as known and
 * {@link #finish()} reports the rest as unknown, with a "did you mean" hint.
 */
public final class StrictMap {
  private final YNode node;
  private final Diagnostics diagnostics;
  private final String where;
  private final Set<String> known = new LinkedHashSet<>();

  public StrictMap(YNode node, Diagnostics diagnostics, String where) {
    this.node = node;
    this.diagnostics = diagnostics;
    this.where = where;
    if (node != null && !node.isMap() && node.value() != null) {
      diagnostics.error(node.pos(), where + " must be a map, not " + node.typeName());
    }
  }

  public YNode node(String key) {
    known.add(key);
    return node == null ? null : node.get(key);
  }

  public Optional<String> string(String key) {
    return YNode.text(node(key), key, diagnostics);
  }

  public String string(String key, String fallback) {
    return string(key).orElse(fallback);
  }

  public boolean bool(String key, boolean fallback) {
    YNode v = node(key);
    if (v == null || v.value() == null) {
      return fallback;
    }
    if (v.value() instanceof Boolean b) {
      return b;
    }
    diagnostics.error(v.pos(), "\"" + key + "\" must be true or false, not " + v.typeName());
    return fallback;
  }

  /** Entries of a nested map, in document order (empty when absent). */
  public Map<String, YNode> map(String key) {
    YNode v = node(key);
    if (v == null || v.value() == null) {
      return Map.of();
    }
    if (!v.isMap()) {
      diagnostics.error(v.pos(), "\"" + key + "\" must be a map, not " + v.typeName());
      return Map.of();
    }
    return v.map();
  }

  public List<YNode> list(String key) {
    YNode v = node(key);
    if (v == null || v.value() == null) {
      return List.of();
    }
    if (!v.isList()) {
      diagnostics.error(v.pos(), "\"" + key + "\" must be a list, not " + v.typeName());
      return List.of();
    }
    return v.list();
  }

  public void finish() {
    if (node == null || !node.isMap()) {
      return;
    }
    List<String> allowed = new ArrayList<>(known);
    for (String key : node.map().keySet()) {
      if (!known.contains(key)) {
        diagnostics.error(
            node.keyPos(key),
            "unknown key \"" + key + "\" in " + where,
            Suggest.hint(key, allowed, "known keys: " + String.join(", ", allowed)));
      }
    }
  }
}
