package org.caspian.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.caspian.ingest.IngestResult;
import org.caspian.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures main-text extraction on the hand-made page set (src/test/resources/.../pages: 20 news
 * pages in English, Russian, Armenian and Azerbaijani with navigation, footers, related links,
 * cookie banners and comments, each with the expected main text) and holds the figures to what
 * the README states: a test fails when "kept" drops or "leaked" rises by more than two points.
 *
 * <p>Kept: words of the expected text found in the extraction (as a multiset), over all expected
 * words. Leaked: words of the extraction not in the expected text, over all extracted words. Pages
 * 17-20 were written after the extractor was tuned on pages 1-16 ("held-out").
 */
class PageExtractionTest {
  private static final Pattern README_FIGURES = Pattern.compile(
      "extraction, (all|held-out) (\\d+) pages: kept ([\\d.]+)% of the expected main text, "
          + "leaked ([\\d.]+)% boilerplate");
  private static final Pattern README_META = Pattern.compile(
      "page metadata, all (\\d+) pages: ([\\d.]+)% of title, author, date, canonical URL and "
          + "language correct");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final int FIRST_HELD_OUT = 17;

  private static Path pagesDir;
  private static List<Page> pages;

  /** One page's outcome. */
  record Page(String name, int number, int expected, int kept, int extracted, int leaked,
      Article article) {}

  @BeforeAll
  static void extract() throws IOException, URISyntaxException, SourceException {
    pagesDir = Path.of(PageExtractionTest.class.getResource("pages").toURI());
    WebPageReader reader = new WebPageReader(1 << 22);
    pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(pagesDir)) {
      for (Path html : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        String name = html.getFileName().toString().replace(".html", "");
        List<String> expected = words(Files.readString(
            pagesDir.resolve(name + ".expected.txt"), StandardCharsets.UTF_8));
        List<IngestResult> out = new ArrayList<>();
        reader.read(SourceInput.ofFile(html), out::add);
        Article a = out.get(0).succeeded() ? out.get(0).article() : null;
        List<String> got = a == null ? List.of() : words(a.text());
        Map<String, Integer> left = new HashMap<>();
        expected.forEach(w -> left.merge(w, 1, Integer::sum));
        int kept = 0;
        for (String w : got) {
          if (left.getOrDefault(w, 0) > 0) {
            left.merge(w, -1, Integer::sum);
            kept++;
          }
        }
        pages.add(new Page(name, Integer.parseInt(name.substring(0, 2)), expected.size(), kept,
            got.size(), got.size() - kept, a));
      }
    }
  }

  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static double[] figures(List<Page> set) {
    double expected = set.stream().mapToInt(Page::expected).sum();
    double kept = set.stream().mapToInt(Page::kept).sum();
    double extracted = set.stream().mapToInt(Page::extracted).sum();
    double leaked = set.stream().mapToInt(Page::leaked).sum();
    return new double[] {100 * kept / expected, extracted == 0 ? 0 : 100 * leaked / extracted};
  }

  private static String readme() throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("README.md"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("README.md above the working directory").isNotNull();
    return Files.readString(dir.resolve("README.md"), StandardCharsets.UTF_8);
  }

  @Test
  void the_set_has_at_least_fifteen_pages_in_every_language() {
    assertThat(pages).hasSizeGreaterThanOrEqualTo(15);
    for (String lang : List.of("-en-", "-ru-", "-hy-", "-az-")) {
      assertThat(pages).filteredOn(p -> p.name().contains(lang)).hasSizeGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void extraction_figures_hold_what_the_readme_says() throws IOException {
    for (Page p : pages) {
      System.out.printf(Locale.ROOT, "%-30s expected %4d kept %4d extracted %4d leaked %4d%n",
          p.name(), p.expected(), p.kept(), p.extracted(), p.leaked());
    }
    double[] all = figures(pages);
    double[] heldOut = figures(pages.stream().filter(p -> p.number() >= FIRST_HELD_OUT).toList());
    System.out.printf(Locale.ROOT, "extraction, all %d pages: kept %.1f%% of the expected main "
        + "text, leaked %.1f%% boilerplate%n", pages.size(), all[0], all[1]);
    System.out.printf(Locale.ROOT, "extraction, held-out %d pages: kept %.1f%% of the expected "
        + "main text, leaked %.1f%% boilerplate%n",
        pages.stream().filter(p -> p.number() >= FIRST_HELD_OUT).count(), heldOut[0], heldOut[1]);
    Matcher m = README_FIGURES.matcher(readme());
    int checked = 0;
    while (m.find()) {
      double[] actual = m.group(1).equals("all") ? all : heldOut;
      assertThat(actual[0]).as(m.group() + ": kept").isGreaterThanOrEqualTo(
          Double.parseDouble(m.group(3)) - 2);
      assertThat(actual[1]).as(m.group() + ": leaked").isLessThanOrEqualTo(
          Double.parseDouble(m.group(4)) + 2);
      checked++;
    }
    assertThat(checked).as("figure lines found in the README").isEqualTo(2);
  }

  @Test
  void metadata_accuracy_holds_what_the_readme_says() throws IOException {
    Map<String, String[]> expected = new HashMap<>();
    for (String line : Files.readAllLines(pagesDir.resolve("expected-meta.tsv"))) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] f = line.split("\t", -1);
        expected.put(f[0], f);
      }
    }
    int right = 0;
    int total = 0;
    for (Page p : pages) {
      String[] e = expected.get(p.name());
      assertThat(e).as("metadata expected for " + p.name()).isNotNull();
      Article a = p.article();
      String[] got = a == null ? new String[] {"", "", "", "", ""}
          : new String[] {a.title(), a.meta().author(),
              a.meta().publishedIsFallback() ? "" : String.valueOf(a.published()),
              a.meta().canonicalUrl(), a.meta().language()};
      for (int i = 0; i < got.length; i++) {
        total++;
        if (got[i].equals(e[i + 1])) {
          right++;
        } else {
          System.out.printf("%s field %d: expected '%s', got '%s'%n", p.name(), i, e[i + 1],
              got[i]);
        }
      }
    }
    double share = 100.0 * right / total;
    System.out.printf(Locale.ROOT, "page metadata, all %d pages: %.1f%% of title, author, date, "
        + "canonical URL and language correct%n", pages.size(), share);
    Matcher m = README_META.matcher(readme());
    assertThat(m.find()).as("metadata line in the README").isTrue();
    assertThat(share).isGreaterThanOrEqualTo(Double.parseDouble(m.group(2)) - 2);
  }
}
