package org.passage.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Text in each language that nobody wrote for these tests' analyzers: the guide's pages (en, fr,
 * es) and the guide-sized fixtures under search/lang (ar, ru, zh), cut into paragraphs, and the
 * cases that broke ports before (scripts mixed, widths, marks, surrogates).
 */
final class LanguageTexts {
  static final List<String> EDGES = List.of(
      "l'avion L’Avion QU'IL JUSQU'À quoiqu'il Lorsqu'on puisqu'elle aujourd'hui d'' l' c'est-à-dire presqu'île",
      "İSTANBUL ΟΔΟΣ Straße naïve São x\u0301y café CAFÉ ÉTÉ ÇA Œuvre ǅemal ﬁn",
      "一二三四五六七八九十 一 二三四 五六七八九 十 あい あい   test あいtest testあい",
      "あいうえおabcかきくけこ あいうえおabんcかきくけ こ 一 روبرت موير 一 رُوبرت موير 𩬅艱鍟䇹愯瀛 一丁丂",
      "ｶﾞｲﾄﾞﾗｲﾝ ﾊﾟｽﾎﾟｰﾄ ｳﾞ ﾞ ｶﾟ ＳＤＧ２０３０ Ｇｌｏｂａｌ　Ｃｏｍｐａｃｔ 人々 時々 々々 〻 ㋐ ㌀ 한국어 한국abc 中文abc",
      "٢٠٣٠ ۱۴۰۲ ١٠٫٧ 𝟐𝟎𝟑𝟎 ０１２ x٣y الهجـــرة المُهَاجِرُونَ أإآ على مدينة وال والحسن",
      "её ЁЛКА всё ещё объём ПРЕКРАСНЕЙШАЯ длиннейшее сделавшись северо-запад 2030-й ООН",
      "U.S.A don't foo_bar 3.14 1,000,000 v1.2.3 example.com node.js 10.7 8.8.2 co-operation e-mail ✅done 👍🏽 🇫🇷",
      "", " ", "a", "l'", "ـ", "ًٌ", "ﾞﾞ", "𠀀", "the and of", "www.example.org");

  private LanguageTexts() {}

  /** The paragraphs of every page of the guide in {@code lang} (en, fr, es). */
  static List<String> guide(String lang) {
    Path content = JsClient.locate("content/" + lang);
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(content)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        out.addAll(paragraphs(Files.readString(f)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The paragraphs of the fixture text in {@code lang} (ar, ru, zh). */
  static List<String> fixture(String lang) {
    try {
      return paragraphs(Files.readString(JsClient.RESOURCES.resolve("lang/" + lang + ".txt")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Texts in every language: the edge cases, the fixtures, and every {@code step}th paragraph of the guide. */
  static List<String> all(int step) {
    List<String> out = new ArrayList<>(EDGES);
    for (String lang : List.of("ar", "ru", "zh")) {
      out.addAll(fixture(lang));
    }
    for (String lang : List.of("en", "fr", "es")) {
      List<String> guide = guide(lang);
      for (int i = 0; i < guide.size(); i += step) {
        out.add(guide.get(i));
      }
    }
    return out;
  }

  private static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String p : text.split("\n\\s*\n")) {
      if (!p.isBlank()) {
        out.add(p);
      }
    }
    return out;
  }
}
