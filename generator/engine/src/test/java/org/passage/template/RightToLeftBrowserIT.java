package org.passage.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.OutputType;
import org.passage.testing.Browser;
import org.passage.testing.TestSite;

/**
 * An Arabic page in headless Chromium, with the default theme and with the guide's: the page is
 * laid out right to left — the navigation on the right of the text, the text aligned right — and
 * at 390 px nothing scrolls sideways. Screenshots are kept under {@code target/rtl/} for the record.
 */
class RightToLeftBrowserIT {
  /** The repository's themes (the guide's theme extends the default one). */
  private static final Path THEMES = Path.of("../../themes").toAbsolutePath().normalize();
  private static final Path SHOTS = Path.of("target/rtl");

  private static final String SITE = """
      -- content/site.yml --
      title: Migration and the 2030 Agenda
      theme: %s
      languages:
        - {code: en, name: English}
        - {code: ar, name: العربية, title: الهجرة وخطة عام 2030}
      -- content/en/index.md --
      ---
      layout: page
      ---
      # Home
      A guide for officials.
      -- content/en/guide/index.md --
      # Integrating migration
      Why migration matters for the goals.
      -- content/en/guide/planning.md --
      # Planning
      How to plan.
      -- content/ar/index.md --
      ---
      layout: page
      ---
      # الصفحة الرئيسية
      دليل عملي للمسؤولين الوطنيين والمحليين.
      -- content/ar/guide/index.md --
      # إدماج الهجرة
      لماذا تهمّ الهجرة أهداف التنمية المستدامة.
      -- content/ar/guide/planning.md --
      # التخطيط لإدماج الهجرة في العمل على أهداف التنمية المستدامة

      يتنقّل الناس من أجل العمل أو الدراسة أو لمّ شمل الأسرة أو طلباً للأمان، وتمسّ هذه الحركة
      كل ما تقوم به الحكومة تقريباً: التشغيل والمدارس والمراكز الصحية والسكن ووثائق الهوية والمالية
      العامة والإحصاءات. وتراعي خطة التنمية المستدامة لعام 2030 ذلك، إذ تتناول بعض غاياتها الهجرة
      مباشرةً، وتتأثر بها غايات أخرى كثيرة.

      ## من يشارك في العمل

      يساعد هذا الدليل المسؤولين على تحويل ذلك إلى عمل ملموس. وهو موجّه إلى الوزارات وهيئات التخطيط
      والمعاهد الإحصائية والسلطات المحلية، وإلى من ينظّمون معها ورشات لتعزيز القدرات.

      - وزارة التخطيط تنسّق العمل بين القطاعات.
      - المعهد الوطني للإحصاء يوفّر البيانات المصنّفة حسب وضع الهجرة.
      - البلديات تقدّم الخدمات للمهاجرين وللمجتمعات التي تستقبلهم.

      > لا حاجة إلى قراءة الدليل بالترتيب: يمكن لوزارة التخطيط أن تبدأ بالخطوات مباشرةً.

      | الغاية | ما تقيسه |
      |---|---|
      | 10.7 | هجرة منظّمة وآمنة ومنتظمة |
      | 10.c | خفض تكاليف التحويلات المالية |

      ## الخطوات الأربع

      تبدأ العملية بالإطلاق وتحديد الأولويات، ثم التنفيذ، ثم المتابعة وإعداد التقارير، مع أدوات
      عملية لكل خطوة يمكن استخدامها في ورشات العمل الوطنية والمحلية على حدّ سواء.
      """;

  @TempDir static Path dir;
  static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    Files.createDirectories(SHOTS);
    browser = Browser.start(dir.resolve("profile"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "sdg-guide"})
  void anArabicPageReadsRightToLeftAtDesktopWidthAndOnAPhone(String theme) throws Exception {
    var site = TestSite.write(dir.resolve(theme), SITE.formatted(theme));
    var out = site.build(site.config().withThemesDir(THEMES));
    assertThat(out.ok()).as(String.join("\n", out.problems())).isTrue();
    var doc = out.html("ar/guide/planning.html");
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("ar");
    assertThat(doc.selectFirst("html").attr("dir")).isEqualTo("rtl");
    assertThat(out.html("en/guide/planning.html").selectFirst("html").attr("dir")).isEqualTo("ltr");

    viewport(1280, 900, false);
    browser.open(out.output().resolve("ar/guide/planning.html"));
    Map<String, Object> ar = layout();
    shot(theme + "-ar-desktop.png");
    // The navigation sits to the right of the text, which is aligned right (its lines end at the right edge).
    assertThat(num(ar, "sidebarLeft")).as("sidebar right of main").isGreaterThanOrEqualTo(num(ar, "mainRight") - 1);
    assertThat(ar.get("direction")).isEqualTo("rtl");
    assertThat(ar.get("textAlign")).isIn("start", "right");
    assertThat(ar.get("cellAlign")).as("table headers align with the text").isIn("start", "right");
    assertThat(num(ar, "lineRight")).as("first line ends at the paragraph's right edge").isCloseTo(num(ar, "paragraphRight"), org.assertj.core.data.Offset.offset(2.0));
    assertThat(num(ar, "lineLeft")).as("a short line leaves room on the left").isGreaterThan(num(ar, "paragraphLeft") + 20);
    assertThat(num(ar, "scrollWidth")).isLessThanOrEqualTo(num(ar, "innerWidth"));

    // The same page in English is the mirror image.
    browser.open(out.output().resolve("en/guide/planning.html"));
    Map<String, Object> en = layout();
    assertThat(num(en, "sidebarRight")).as("sidebar left of main in English").isLessThanOrEqualTo(num(en, "mainLeft") + 1);

    viewport(390, 844, true);
    browser.open(out.output().resolve("ar/guide/planning.html"));
    Map<String, Object> phone = layout();
    shot(theme + "-ar-390.png");
    assertThat(num(phone, "scrollWidth")).as("no sideways scroll at 390 px").isLessThanOrEqualTo(num(phone, "innerWidth"));
    assertThat(num(phone, "lineRight")).isCloseTo(num(phone, "paragraphRight"), org.assertj.core.data.Offset.offset(2.0));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> layout() {
    browser.wait.until(d -> "complete".equals(browser.js("return document.readyState")));
    return (Map<String, Object>) browser.js("""
        var main = document.querySelector('main').getBoundingClientRect();
        var side = document.querySelector('.sidebar').getBoundingClientRect();
        var p = document.querySelector('main .content ul li') || document.querySelector('main .content p');
        var range = document.createRange();
        range.selectNodeContents(p);
        var line = range.getClientRects()[0];
        var box = p.getBoundingClientRect();
        var style = getComputedStyle(document.querySelector('main .content p'));
        return {mainLeft: main.left, mainRight: main.right, sidebarLeft: side.left, sidebarRight: side.right,
          lineLeft: line.left, lineRight: line.right, paragraphLeft: box.left, paragraphRight: box.right,
          direction: style.direction, textAlign: style.textAlign,
          cellAlign: document.querySelector('main .content th') ? getComputedStyle(document.querySelector('main .content th')).textAlign : '',
          scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth};
        """);
  }

  private static double num(Map<String, Object> m, String key) {
    return ((Number) m.get(key)).doubleValue();
  }

  private static void viewport(int width, int height, boolean mobile) {
    browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  private static void shot(String name) throws Exception {
    Files.write(SHOTS.resolve(name), browser.driver.getScreenshotAs(OutputType.BYTES));
  }
}
