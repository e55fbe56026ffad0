package org.passage.site;

import org.passage.diagnostics.Diagnostics;
import org.passage.markdown.LinkRef;
import org.passage.taxonomy.Taxonomy;
import org.passage.text.Suggest;

/**
 * Stage 3, Validate: checks what needs the whole site — anchors on other pages and term links
 * ({@code term:targets/10.7}) to terms that exist.
 */
public final class SiteValidator {
  private final Diagnostics diagnostics;

  public SiteValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  public void validate(Site site) {
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
            diagnostics.error(
                link.pos(),
                "link to missing heading \"#" + link.anchor() + "\" in " + target.contentPath(),
                Suggest.hint(link.anchor(), target.content().anchors(), "that page has no heading with this id"));
          }
        }
      }
    }
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
