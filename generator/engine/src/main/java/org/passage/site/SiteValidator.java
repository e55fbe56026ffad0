package org.passage.site;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.passage.diagnostics.Diagnostics;
import org.passage.markdown.Anchors;
import org.passage.markdown.LinkRef;
import org.passage.paths.Urls;
import org.passage.taxonomy.Taxonomy;
import org.passage.text.Suggest;

/**
 * Stage 4, Validate: checks what needs the whole site — anchors on other pages and term links
 * ({@code term:targets/10.7}) to terms that exist.
 *
 * <p>A link to a heading another page does not have is an error when the site asks for strict
 * links. Otherwise it is a warning, and the link is mended: it leads to the closest heading, or
 * to the top of the page, so that no anchor in the output is broken.
 */
public final class SiteValidator {
  private final Diagnostics diagnostics;
  private final boolean strictLinks;

  public SiteValidator(Diagnostics diagnostics, boolean strictLinks) {
    this.diagnostics = diagnostics;
    this.strictLinks = strictLinks;
  }

  /** Link addresses to change in pages' HTML: content path of the page to old href to new href. */
  public record AnchorFixes(Map<String, Map<String, String>> byPage) {
    public static final AnchorFixes NONE = new AnchorFixes(Map.of());

    public String apply(String contentPath, String html) {
      Map<String, String> fixes = byPage.get(contentPath);
      if (fixes == null) {
        return html;
      }
      String out = html;
      for (Map.Entry<String, String> f : fixes.entrySet()) {
        out = out.replace("href=\"" + f.getKey() + "\"", "href=\"" + f.getValue() + "\"");
      }
      return out;
    }
  }

  public AnchorFixes validate(Site site) {
    for (Page dup : site.translations().duplicates()) {
      Page first = site.translations().versions(dup).get(dup.meta().source().language().code());
      diagnostics.error(org.passage.diagnostics.SourcePos.of(dup.display()), "this page and " + first.display() + " both translate \"" + site.translations().keys().get(dup) + "\"",
          "set a translationKey in front matter that names the page this one translates");
    }
    for (LanguageSite lang : site.languages()) {
      for (Page page : lang.pages()) {
        Object key = page.meta().params().get(Translations.FIELD);
        if (key != null && !(key instanceof String)) {
          diagnostics.error(org.passage.diagnostics.SourcePos.of(page.display()), "translationKey must be text, such as the path of the page this one translates (sdgs/goal-10)");
        }
      }
    }
    Map<String, Map<String, String>> fixes = new HashMap<>();
    for (LanguageSite lang : site.languages()) {
      for (Page page : lang.pages()) {
        for (LinkRef link : page.content().links()) {
          if (link.isTerm()) {
            Taxonomy tax = lang.taxonomies().get(link.taxonomy());
            if (tax != null && tax.term(link.target()).isEmpty()) {
              diagnostics.error(link.pos(), "unknown " + tax.config().singular() + " \"" + link.target() + "\" in term link", Suggest.hint(link.target(), tax.byId().keySet(), ""));
            }
            continue;
          }
          if (link.anchor().isEmpty() || link.target().equals(page.contentPath())) {
            continue;
          }
          Page target = lang.byContentPath().get(link.target());
          if (target == null) {
            target = findAnyLanguage(site, link.target());
          }
          if (target != null && !target.content().anchors().contains(link.anchor())) {
            Optional<String> near = Anchors.nearest(link.anchor(), target.content().anchors());
            String what = "link to missing heading \"#" + link.anchor() + "\" in " + target.contentPath();
            if (strictLinks) {
              diagnostics.error(link.pos(), what, near.map(n -> "did you mean \"" + n + "\"?").orElse("that page has no heading with this id"));
            } else {
              diagnostics.warning(link.pos(), what + ": " + near.map(n -> "it leads to \"#" + n + "\", the closest heading").orElse("it leads to the top of that page"),
                  "set links: strict in site.yml to make this an error");
              String href = Urls.href(page.outputPath(), target.outputPath());
              fixes.computeIfAbsent(page.contentPath(), k -> new HashMap<>()).put(href + "#" + link.anchor(), href + near.map(n -> "#" + n).orElse(""));
            }
          }
        }
      }
    }
    return new AnchorFixes(Map.copyOf(fixes));
  }

  private static Page findAnyLanguage(Site site, String contentPath) {
    for (LanguageSite l : site.languages()) {
      Page p = l.byContentPath().get(contentPath);
      if (p != null) {
        return p;
      }
    }
    return null;
  }
}
