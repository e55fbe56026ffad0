package org.passage.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.TestSite;

/**
 * A theme override that includes or extends itself is an error naming the template and the chain,
 * not a StackOverflowError that kills the JVM. (Issue 11, item 7.)
 */
class TemplateRecursionTest {
  @TempDir Path dir;

  @Test
  void aPartialThatIncludesItselfIsReportedWithItsChain() throws Exception {
    var out = TestSite.write(dir, """
        -- content/a.md --
        Text
        -- content/_theme/partials/footer.peb --
        <footer>{% include "partials/footer.peb" %}</footer>
        """).build();
    assertThat(out.ok()).isFalse();
    assertThat(out.problems()).hasSize(1);
    assertThat(out.problems().get(0))
        .startsWith("content/_theme/partials/footer.peb:1: error: templates include each other more than 64 levels deep, which looks like a template that includes itself: ")
        .contains("partials/footer.peb → partials/footer.peb")
        .endsWith("(while rendering 404.html)"); // the first page by name of those that hit it
    assertThat(out.output()).doesNotExist();
  }

  @Test
  void aLayoutThatExtendsItselfIsACycle() throws Exception {
    var out = TestSite.write(dir, """
        -- content/a.md --
        Text
        -- content/_theme/layouts/page.peb --
        {% extends "layouts/page.peb" %}
        """).build();
    assertThat(out.problems()).contains(
        "content/_theme/layouts/page.peb:1: error: templates extend each other in a cycle: layouts/page.peb extends layouts/page.peb "
            + "(to extend the file an override replaces, name its theme: theme:default/…) (while rendering a.html)");
  }

  @Test
  void aMacroThatCallsItselfWithoutEndIsReported() throws Exception {
    var out = TestSite.write(dir, """
        -- content/a.md --
        Text
        -- content/_theme/layouts/page.peb --
        {% macro loop(n) %}{{ loop(n + 1) }}{% endmacro %}{{ loop(0) }}
        """).build();
    assertThat(out.problems()).contains(
        "content/_theme/layouts/page.peb: error: rendering went too deep, which looks like a macro that calls itself without end (while rendering a.html)");
  }

  @Test
  void anOverrideMayStillExtendTheFileItReplacesAndPartialsMayRecurseALittle() throws Exception {
    var out = TestSite.write(dir, """
        -- content/a.md --
        Text
        -- content/_theme/layouts/page.peb --
        {% extends "theme:default/layouts/page.peb" %}
        -- content/_theme/partials/footer.peb --
        <footer>{% include "partials/count.peb" with {"n": 3} %}</footer>
        -- content/_theme/partials/count.peb --
        {{ n }}{% if n > 0 %}{% include "partials/count.peb" with {"n": n - 1} %}{% endif %}
        """).build();
    assertThat(out.problems()).isEmpty();
    assertThat(out.html("a.html").select("footer").text()).isEqualTo("3210");
  }
}
