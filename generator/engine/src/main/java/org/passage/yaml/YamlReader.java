package org.passage.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passage.diagnostics.Diagnostics;
import org.passage.diagnostics.SourcePos;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads YAML (YAML 1.2 core schema) into {@link YNode}s with positions. Syntax errors, duplicate
 * keys and non-string keys become problems at their line; nothing throws for bad input.
 */
public final class YamlReader {
  /**
   * Shared by every read: building the schema's resolvers per file was most of what loading
   * 10,000 pages allocated. Settings and schema are immutable; the file's label is not needed
   * because problems carry our own path.
   */
  private static final LoadSettings SETTINGS =
      LoadSettings.builder()
          .setSchema(new CoreSchema())
          .setMaxAliasesForCollections(50)
          .setCodePointLimit(32 * 1024 * 1024)
          .build();

  private YamlReader() {}

  /**
   * Parses {@code text} found in {@code path}, whose first line is line {@code firstLine} of the
   * file (front matter starts at line 2). Returns empty if the text is not valid YAML.
   */
  public static Optional<YNode> read(String text, String path, int firstLine, Diagnostics diagnostics) {
    try {
      Optional<Node> root = new Compose(SETTINGS).composeString(text);
      if (root.isEmpty()) {
        return Optional.of(new YNode(null, "", new SourcePos(path, firstLine, 1), Map.of()));
      }
      return Optional.of(new Converter(path, firstLine - 1, diagnostics).convert(root.get()));
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
      int line = mark.map(m -> m.getLine() + firstLine).orElse(firstLine);
      int col = mark.map(m -> m.getColumn() + 1).orElse(0);
      String what = e.getProblem() == null ? "invalid YAML" : e.getProblem();
      String context = e.getContext() == null ? "" : e.getContext();
      diagnostics.error(
          new SourcePos(path, line, col),
          "malformed YAML: " + (context.isEmpty() ? what : context + ", " + what),
          "check indentation, and quote values that contain ': ' or start with a special character");
      return Optional.empty();
    } catch (YamlEngineException e) {
      diagnostics.error(new SourcePos(path, firstLine, 0), "malformed YAML: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static final class Converter {
    private final String path;
    private final int lineShift;
    private final Diagnostics diagnostics;

    Converter(String path, int lineShift, Diagnostics diagnostics) {
      this.path = path;
      this.lineShift = lineShift;
      this.diagnostics = diagnostics;
    }

    SourcePos pos(Node node) {
      return node.getStartMark()
          .map(m -> new SourcePos(path, m.getLine() + 1 + lineShift, m.getColumn() + 1))
          .orElse(new SourcePos(path, lineShift + 1, 0));
    }

    YNode convert(Node node) {
      if (node instanceof ScalarNode scalar) {
        return new YNode(scalarValue(scalar), scalar.getValue(), pos(node), Map.of());
      }
      if (node instanceof SequenceNode seq) {
        List<YNode> items = new ArrayList<>();
        for (Node child : seq.getValue()) {
          items.add(convert(child));
        }
        return new YNode(Collections.unmodifiableList(items), "", pos(node), Map.of());
      }
      MappingNode mapping = (MappingNode) node;
      Map<String, YNode> values = new LinkedHashMap<>();
      Map<String, SourcePos> keys = new LinkedHashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode keyScalar) || keyScalar.getTag().equals(Tag.NULL)) {
          diagnostics.error(pos(keyNode), "map keys must be plain names");
          continue;
        }
        String key = keyScalar.getValue();
        if (values.containsKey(key)) {
          diagnostics.error(
              pos(keyNode),
              "duplicate key \"" + key + "\"",
              "first given at line " + keys.get(key).line());
          continue;
        }
        keys.put(key, pos(keyNode));
        values.put(key, convert(tuple.getValueNode()));
      }
      return new YNode(
          Collections.unmodifiableMap(values), "", pos(node), Collections.unmodifiableMap(keys));
    }

    private Object scalarValue(ScalarNode scalar) {
      Tag tag = scalar.getTag();
      String text = scalar.getValue();
      try {
        if (tag.equals(Tag.NULL)) {
          return null;
        }
        if (tag.equals(Tag.BOOL)) {
          return Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT));
        }
        if (tag.equals(Tag.INT)) {
          String t = text.replace("_", "");
          if (t.startsWith("0x")) {
            return Long.parseLong(t.substring(2), 16);
          }
          if (t.startsWith("0o")) {
            return Long.parseLong(t.substring(2), 8);
          }
          return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        }
        if (tag.equals(Tag.FLOAT)) {
          String t = text.toLowerCase(java.util.Locale.ROOT);
          if (t.endsWith(".nan")) {
            return Double.NaN;
          }
          if (t.endsWith(".inf")) {
            return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
          }
          return Double.parseDouble(t);
        }
      } catch (NumberFormatException e) {
        return text;
      }
      return text;
    }
  }
}
