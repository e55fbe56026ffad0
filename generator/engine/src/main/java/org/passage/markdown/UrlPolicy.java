package org.passage.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one rule for every URL that reaches a page: relative URLs and a short list of schemes pass;
 * {@code javascript:}, {@code vbscript:}, {@code data:} (but for raster images in {@code <img>}),
 * {@code file:} and any other scheme do not. The scheme is read the way a browser reads it:
 * character references decoded, tabs and line breaks dropped, leading spaces and control
 * characters stripped, any case.
 */
public final class UrlPolicy {
  /** Schemes a documentation page links to. */
  public static final Set<String> SCHEMES =
      Set.of("http", "https", "mailto", "tel", "ftp", "ftps", "sftp", "ssh", "git", "irc", "ircs", "xmpp", "news", "sms", "geo", "magnet");

  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
  private static final Pattern RASTER_IMAGE = Pattern.compile("(?i)^data:image/(png|jpeg|gif|webp|avif);");

  private UrlPolicy() {}

  /** The scheme a browser would see in {@code url}, lower case; empty for a relative URL. */
  public static Optional<String> scheme(String url) {
    // Character references are decoded more than once, as a URL may pass through Markdown
    // unescaping and then HTML attribute decoding.
    String seen = url;
    for (int i = 0; i < 3; i++) {
      String decoded = Escaping.unescapeString(seen);
      if (decoded.equals(seen)) {
        break;
      }
      seen = decoded;
    }
    var m = SCHEME.matcher(browserForm(seen));
    return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  /** Why {@code url} may not appear in a page, or empty when it may. */
  public static Optional<String> refusal(String url, boolean image) {
    Optional<String> scheme = scheme(url);
    if (scheme.isEmpty() || SCHEMES.contains(scheme.get())) {
      return Optional.empty();
    }
    if (image && scheme.get().equals("data") && RASTER_IMAGE.matcher(browserForm(Escaping.unescapeString(url))).find()) {
      return Optional.empty();
    }
    return Optional.of("URL scheme \"" + scheme.get() + ":\" is not allowed");
  }

  /** What a browser's URL parser works on: no tab or line break anywhere, no leading or trailing control character or space. */
  private static String browserForm(String url) {
    StringBuilder sb = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        sb.append(c);
      }
    }
    int start = 0;
    int end = sb.length();
    while (start < end && sb.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && sb.charAt(end - 1) <= ' ') {
      end--;
    }
    return sb.substring(start, end);
  }
}
