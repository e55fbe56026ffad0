package org.passage.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passage.diagnostics.Diagnostics;
import org.passage.diagnostics.SourcePos;

/**
 * A YAML value that remembers where it came from, so every check can name {@code file:line:col}.
 *
 * <p>{@code value} is a {@code String}, {@code Long}, {@code Double}, {@code Boolean}, {@code null},
 * {@code List<YNode>} or {@code Map<String, YNode>} (in document order). {@code text} is the
 * scalar as written, so {@code 10.10} can still be read as the target id it was meant to be.
 */
public record YNode(Object value, String text, SourcePos pos, Map<String, SourcePos> keyPositions) {

  /**
   * The text of {@code v}, the value of {@code key}: empty when the key is absent or null; a list
   * or a map is reported where it stands.
   */
  public static Optional<String> text(YNode v, String key, Diagnostics diagnostics) {
    if (v == null || v.value() == null) {
      return Optional.empty();
    }
    if (!v.isScalar()) {
      diagnostics.error(v.pos(), "\"" + key + "\" must be text, not " + v.typeName());
      return Optional.empty();
    }
    return Optional.of(v.asText());
  }

  public boolean isMap() {
    return value instanceof Map;
  }

  public boolean isList() {
    return value instanceof List;
  }

  public boolean isScalar() {
    return !isMap() && !isList();
  }

  @SuppressWarnings("unchecked")
  public Map<String, YNode> map() {
    return isMap() ? (Map<String, YNode>) value : Map.of();
  }

  @SuppressWarnings("unchecked")
  public List<YNode> list() {
    return isList() ? (List<YNode>) value : List.of();
  }

  public YNode get(String key) {
    return map().get(key);
  }

  /** Position of a key in this map (falls back to the map's own position). */
  public SourcePos keyPos(String key) {
    return keyPositions.getOrDefault(key, pos);
  }

  /** The scalar as written, or null for maps, lists and nulls. */
  public String asText() {
    return isScalar() && value != null ? text : null;
  }

  /** A plain Java tree (maps, lists, scalars) for templates: data, never template source. */
  public Object toPlain() {
    if (isMap()) {
      Map<String, Object> out = new LinkedHashMap<>();
      map().forEach((k, v) -> out.put(k, v.toPlain()));
      return Collections.unmodifiableMap(out);
    }
    if (isList()) {
      List<Object> out = new ArrayList<>();
      for (YNode n : list()) {
        out.add(n.toPlain());
      }
      return Collections.unmodifiableList(out);
    }
    return value;
  }

  public String typeName() {
    if (isMap()) {
      return "a map";
    }
    if (isList()) {
      return "a list";
    }
    if (value == null) {
      return "empty";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    if (value instanceof Long || value instanceof Double) {
      return "a number";
    }
    return "a string";
  }
}
