package org.passage.template;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.node.AbstractRenderableNode;
import io.pebbletemplates.pebble.node.ExtendsNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.ExtendsTokenParser;
import io.pebbletemplates.pebble.tokenParser.IncludeTokenParser;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Stops templates that include or extend themselves without end, with the chain in the message,
 * before they overflow the stack. A theme may include a partial from itself (a navigation tree
 * drawn level by level), so includes are limited in depth rather than forbidden; a template
 * that extends one it already extends is a cycle at once.
 *
 * <p>Pebble's {@code include} and {@code extends} tags are replaced by the same tags with this
 * guard around them. The chains are kept per rendering thread.
 */
final class TemplateChains {
  /** Deepest include chain: a navigation tree as deep as this is beyond use. */
  static final int MAX_INCLUDE_DEPTH = 64;

  /** Per thread: the include chain (template names), and per include level the templates extended so far. */
  private static final ThreadLocal<State> STATE = ThreadLocal.withInitial(State::new);

  private static final class State {
    final Deque<String> includes = new ArrayDeque<>();
    final Deque<List<String>> extended = new ArrayDeque<>(List.of(new ArrayList<>()));
  }

  private TemplateChains() {}

  /** Forgets the chains of the page rendered before on this thread. */
  static void reset() {
    STATE.remove();
  }

  static List<TokenParser> tokenParsers() {
    return List.of(new GuardedIncludeParser(), new GuardedExtendsParser());
  }

  private static final class GuardedIncludeParser extends IncludeTokenParser {
    @Override
    public RenderableNode parse(Token token, Parser parser) {
      return new GuardedInclude(token.getLineNumber(), super.parse(token, parser));
    }
  }

  private static final class GuardedExtendsParser extends ExtendsTokenParser {
    @Override
    public RenderableNode parse(Token token, Parser parser) {
      ExtendsNode inner = (ExtendsNode) super.parse(token, parser);
      return new GuardedExtends(inner.getLineNumber(), inner);
    }
  }

  private static final class GuardedInclude extends AbstractRenderableNode {
    private final RenderableNode inner;

    GuardedInclude(int line, RenderableNode inner) {
      super(line);
      this.inner = inner;
    }

    @Override
    public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws IOException {
      State state = STATE.get();
      if (state.includes.size() >= MAX_INCLUDE_DEPTH) {
        List<String> chain = new ArrayList<>(state.includes);
        java.util.Collections.reverse(chain);
        chain.add(self.getName());
        throw new PebbleException(null, "templates include each other more than " + MAX_INCLUDE_DEPTH + " levels deep, "
            + "which looks like a template that includes itself: " + shortChain(chain), getLineNumber(), self.getName());
      }
      state.includes.push(self.getName());
      state.extended.push(new ArrayList<>());
      try {
        inner.render(self, writer, context);
      } finally {
        state.extended.pop();
        state.includes.pop();
      }
    }

    @Override
    public void accept(NodeVisitor visitor) {
      inner.accept(visitor);
    }
  }

  private static final class GuardedExtends extends ExtendsNode {
    GuardedExtends(int line, ExtendsNode inner) {
      super(line, inner.getParentExpression());
    }

    @Override
    public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) {
      List<String> chain = STATE.get().extended.peek();
      if (chain.contains(self.getName())) {
        List<String> cycle = new ArrayList<>(chain.subList(chain.indexOf(self.getName()), chain.size()));
        cycle.add(self.getName());
        throw new PebbleException(null, "templates extend each other in a cycle: " + String.join(" extends ", cycle)
            + " (to extend the file an override replaces, name its theme: theme:default/…)", getLineNumber(), self.getName());
      }
      chain.add(self.getName());
      super.render(self, writer, context);
    }
  }

  private static String shortChain(List<String> chain) {
    if (chain.size() <= 6) {
      return String.join(" → ", chain);
    }
    return String.join(" → ", chain.subList(0, 3)) + " → … → " + String.join(" → ", chain.subList(chain.size() - 3, chain.size()));
  }
}
