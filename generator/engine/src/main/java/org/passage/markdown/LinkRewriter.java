package org.passage.markdown;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.passage.content.SourcePage;
import org.passage.diagnostics.Diagnostics;
import org.passage.diagnostics.SourcePos;
import org.passage.paths.Urls;

/**
 * Decides what each link of one page points to: another page (rewritten to its output file), a
 * taxonomy term ({@code term:targets/10.7}), a file beside the pages, an anchor, or the outside
 * world. Bad links are reported where they are written.
 */
final class LinkRewriter {
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  private final SourcePage page;
  private final LinkTargets targets;
  private final boolean strict;
  private final Diagnostics diagnostics;
  private final String pageOutput;

  /** {@code strict}: links Passage cannot check (out of the content folder) are errors, not warnings. */
  LinkRewriter(SourcePage page, LinkTargets targets, boolean strict, Diagnostics diagnostics) {
    this.page = page;
    this.targets = targets;
    this.strict = strict;
    this.diagnostics = diagnostics;
    this.pageOutput = targets.pageOutput(page.contentPath()).orElse(page.contentPath());
  }

  void rewrite(String url, boolean image, SourcePos pos, List<LinkRef> links, Map<String, String> rewrites) {
    if (url.isEmpty()) {
      return;
    }
    if (url.regionMatches(true, 0, "term:", 0, 5)) {
      term(url, pos, links, rewrites);
      return;
    }
    Optional<String> refused = UrlPolicy.refusal(url, image);
    if (refused.isPresent()) {
      diagnostics.error(pos, refused.get() + " in \"" + url + "\"", "link to a page of the site or to a web address (http, https, mailto …)");
      return;
    }
    if (SCHEME.matcher(url).find()) {
      return; // an address elsewhere, with an allowed scheme
    }
    if (url.startsWith("//")) {
      return;
    }
    boolean rootRelative = url.startsWith("/");
    String anchor = "";
    String path = url;
    int hash = path.indexOf('#');
    if (hash >= 0) {
      anchor = path.substring(hash + 1);
      path = path.substring(0, hash);
    }
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    if (path.isEmpty()) {
      links.add(new LinkRef(page.contentPath(), anchor, null, pos, url));
      return;
    }
    String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    // A root-relative link means the site's root, as Hugo and MkDocs authors write them.
    Optional<String> resolved = rootRelative
        ? Urls.resolve(page.language().dir(), decoded.substring(1))
        : Urls.resolve(Urls.parent(page.contentPath()), decoded);
    if (resolved.isEmpty()) {
      unchecked(url, pos, "leaves the content folder");
      return;
    }
    String target = resolved.get();
    if (target.isEmpty() || target.endsWith("/")) {
      target = target + "index.md";
    } else if (!isMarkdown(target) && !targets.assetExists(target) && targets.pageOutput(target + "/index.md").isPresent()) {
      target = target + "/index.md";
    } else if (target.toLowerCase(Locale.ROOT).endsWith(".html") && !targets.assetExists(target)) {
      // Written to the output file, as mdBook and Hugo authors do: the page made from x.md.
      String stem = target.substring(0, target.length() - 5);
      for (String source : List.of(stem + ".md", stem + ".markdown")) {
        if (targets.pageOutput(source).isPresent() || targets.defaultLanguagePage(source).isPresent()) {
          target = source;
          break;
        }
      }
    }
    if (rootRelative && !isMarkdown(target) && !targets.assetExists(target) && targets.pageOutput(target).isEmpty()) {
      unchecked(url, pos, "is root-relative and names nothing in the content folder");
      return;
    }
    if (isMarkdown(target)) {
      Optional<String> out = targets.pageOutput(target);
      if (out.isEmpty()) {
        Optional<String> fallback = targets.defaultLanguagePage(target);
        if (fallback.isPresent()) {
          target = fallback.get();
          out = targets.pageOutput(target);
        }
      }
      if (out.isEmpty()) {
        diagnostics.error(pos, "link to missing page \"" + url + "\"", "no page at " + target);
        return;
      }
      links.add(new LinkRef(target, anchor, null, pos, url));
      rewrites.put(url, Urls.href(pageOutput, out.get()) + (anchor.isEmpty() ? "" : "#" + anchor));
      return;
    }
    if (!targets.assetExists(target)) {
      String what = image ? "missing image" : "missing file";
      diagnostics.error(pos, what + " \"" + url + "\"", "no file at " + target);
    }
  }

  /**
   * A link Passage cannot check, kept as written: a warning, or an error when the site asks for
   * strict links (the guide does, and CI can with -Dpassage.strict=true).
   */
  private void unchecked(String url, SourcePos pos, String why) {
    String message = "link \"" + url + "\" " + why + ", so it is kept as written and not checked";
    String hint = strict ? "link to a page of the content folder, or to a full web address" : "it may work where the site is published beside others; set links: strict in site.yml to make this an error";
    if (strict) {
      diagnostics.error(pos, message, hint);
    } else {
      diagnostics.warning(pos, message, hint);
    }
  }

  /** An autolink ({@code <https://…>}, or a bare address) is never a page of the site: only its scheme is checked. */
  void checkAddress(String url, SourcePos pos) {
    UrlPolicy.refusal(url, false).ifPresent(why -> diagnostics.error(pos, why + " in \"" + url + "\"", "link to a page of the site or to a web address (http, https, mailto …)"));
  }

  private void term(String url, SourcePos pos, List<LinkRef> links, Map<String, String> rewrites) {
    String spec = url.substring(5);
    int slash = spec.indexOf('/');
    if (slash <= 0 || slash == spec.length() - 1) {
      diagnostics.error(pos, "malformed term link \"" + url + "\"", "write term:<taxonomy>/<term>, e.g. term:targets/10.7");
      return;
    }
    String taxonomy = spec.substring(0, slash);
    String term = URLDecoder.decode(spec.substring(slash + 1), StandardCharsets.UTF_8);
    Optional<String> out = targets.termOutput(page.language().dir(), taxonomy, term);
    if (out.isEmpty()) {
      diagnostics.error(pos, "unknown taxonomy \"" + taxonomy + "\" in \"" + url + "\"", "declare it under taxonomies in site.yml");
      return;
    }
    links.add(new LinkRef(term, "", taxonomy, pos, url));
    rewrites.put(url, Urls.href(pageOutput, out.get()));
  }

  static boolean isMarkdown(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".md") || lower.endsWith(".markdown");
  }
}
