package org.passage.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Map;
import java.util.Set;

/** Applies the rewrites {@link LinkRewriter} decided, while Flexmark renders the page. */
final class PageLinkResolver implements LinkResolver {
  private final Map<String, String> rewrites;

  private PageLinkResolver(Map<String, String> rewrites) {
    this.rewrites = rewrites;
  }

  @Override
  public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
    String to = rewrites.get(link.getUrl());
    return to == null ? link : link.withStatus(LinkStatus.VALID).withUrl(to);
  }

  static HtmlRenderer.HtmlRendererExtension extension() {
    return new HtmlRenderer.HtmlRendererExtension() {
      @Override
      public void rendererOptions(MutableDataHolder options) {}

      @Override
      public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.linkResolverFactory(
            new LinkResolverFactory() {
              @Override
              public Set<Class<?>> getAfterDependents() {
                return null;
              }

              @Override
              public Set<Class<?>> getBeforeDependents() {
                return null;
              }

              @Override
              public boolean affectsGlobalScope() {
                return false;
              }

              @Override
              public LinkResolver apply(LinkResolverBasicContext context) {
                return new PageLinkResolver(MarkdownConverter.REWRITES.get(context.getDocument()));
              }
            });
      }
    };
  }
}
