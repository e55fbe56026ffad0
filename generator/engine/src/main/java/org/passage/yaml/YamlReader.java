package org.passage.yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.passage.diagnostics.Diagnostics;
import org.passage.diagnostics.SourcePos;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
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

  /** Deepest nesting of lists and maps a file may have; the composer recurses once per level. */
  static final int MAX_DEPTH = 100;
  /** Most values a data file may hold once its aliases are expanded (an alias bomb of 386 bytes expands to 67 million). */
  public static final int MAX_NODES = 1_000_000;
  /** Most values a page's front matter may hold, aliases expanded: every page keeps its front matter until rendering. */
  public static final int MAX_FRONT_MATTER_NODES = 50_000;

  private YamlReader() {}

  /**
   * Parses {@code text} found in {@code path}, whose first line is line {@code firstLine} of the
   * file (front matter starts at line 2). Returns empty if the text is not valid YAML, nests
   * deeper than {@value #MAX_DEPTH} levels or holds more than {@value #MAX_NODES} values once
   * its aliases are expanded.
   */
  public static Optional<YNode> read(String text, String path, int firstLine, Diagnostics diagnostics) {
    return read(text, path, firstLine, MAX_NODES, diagnostics);
  }

  /** As {@link #read(String, String, int, Diagnostics)}, with at most {@code maxNodes} values. */
  public static Optional<YNode> read(String text, String path, int firstLine, int maxNodes, Diagnostics diagnostics) {
    try {
      ParserImpl parser = new ParserImpl(SETTINGS, new StreamReader(SETTINGS, text));
      List<Event> events = new ArrayList<>();
      while (parser.hasNext()) {
        events.add(parser.next());
      }
      Optional<String> tooBig = Bounds.check(events, MAX_DEPTH, maxNodes, path, firstLine, diagnostics);
      if (tooBig.isPresent()) {
        return Optional.empty();
      }
      Optional<Node> root = new Composer(SETTINGS, new EventList(events)).getSingleNode();
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

  /**
   * Measures a file from its events, before any tree is built: the parser is not recursive, so
   * nesting that would overflow the composer's stack is found here, and so is the number of
   * values the file's aliases would expand to.
   */
  private static final class Bounds {
    static Optional<String> check(List<Event> events, int maxDepth, int maxNodes, String path, int firstLine, Diagnostics diagnostics) {
      Map<String, Long> anchored = new HashMap<>();
      Deque<long[]> open = new ArrayDeque<>(); // values counted so far in each open list or map
      Deque<Optional<Anchor>> anchors = new ArrayDeque<>();
      long total = 0;
      for (Event e : events) {
        long size = -1;
        switch (e.getEventId()) {
          case SequenceStart, MappingStart -> {
            if (open.size() >= maxDepth) {
              return report(e, "nests lists and maps more than " + maxDepth + " levels deep", "flatten the structure", path, firstLine, diagnostics);
            }
            open.push(new long[] {1});
            anchors.push(((NodeEvent) e).getAnchor());
          }
          case SequenceEnd, MappingEnd -> {
            size = open.pop()[0];
            Optional<Anchor> anchor = anchors.pop();
            if (anchor.isPresent()) {
              anchored.put(anchor.get().getValue(), size);
            }
          }
          case Scalar -> {
            size = 1;
            ((NodeEvent) e).getAnchor().ifPresent(a -> anchored.put(a.getValue(), 1L));
          }
          case Alias -> size = anchored.getOrDefault(((AliasEvent) e).getAlias().getValue(), 1L);
          default -> {}
        }
        if (size >= 0) {
          long sum = open.isEmpty() ? (total += size) : (open.peek()[0] += size);
          if (sum > maxNodes) {
            return report(e, "holds more than " + maxNodes + " values once its aliases (*name) are expanded",
                "write the values out, or use fewer nested aliases", path, firstLine, diagnostics);
          }
        }
      }
      return Optional.empty();
    }

    private static Optional<String> report(Event e, String what, String hint, String path, int firstLine, Diagnostics diagnostics) {
      int line = e.getStartMark().map(m -> m.getLine() + firstLine).orElse(firstLine);
      int col = e.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
      diagnostics.error(new SourcePos(path, line, col), "this YAML " + what, hint);
      return Optional.of(what);
    }
  }

  /** The parser's events, replayed to the composer so the text is parsed once. */
  private static final class EventList implements Parser {
    private final List<Event> events;
    private int next;

    EventList(List<Event> events) {
      this.events = events;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
      return next < events.size() && events.get(next).getEventId() == choice;
    }

    @Override
    public Event peekEvent() {
      if (next >= events.size()) {
        throw new NoSuchElementException();
      }
      return events.get(next);
    }

    @Override
    public Event next() {
      Event e = peekEvent();
      next++;
      return e;
    }

    @Override
    public boolean hasNext() {
      return next < events.size();
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
