package org.caspian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import org.caspian.query.LuceneCorpusQueries;
import org.caspian.query.workbench.LuceneWorkbench;
import org.caspian.server.CaspianServer;
import org.caspian.server.auth.AuthSettings;
import org.caspian.server.testing.BrowserSession;
import org.caspian.store.lucene.ReadOnlyLuceneStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench over the demo corpus (what {@code caspian demo} builds) in headless Chromium: the
 * overview, a search paged and switched to events, and the article reader with its actors, events,
 * quotes and framing terms highlighted and listed. Screenshots go to {@code target/browser/}.
 * Skipped when Chromium or ChromeDriver is not installed (see {@link BrowserSession}).
 */
class WorkbenchBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;
  static ReadOnlyLuceneStore store;
  static LuceneWorkbench desk;
  static CaspianServer server;
  static BrowserSession browser;
  static ChromeDriver driver;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    browser = BrowserSession.open(dir.resolve("profile"), 1360, 1000);
    Path index = dir.resolve("index");
    CliRun demo = CliRun.run("--index", index.toString(), "demo", "--no-serve");
    assertThat(demo.exit).as(demo.err).isZero();
    store = ReadOnlyLuceneStore.open(index);
    desk = LuceneWorkbench.over(store, dir.resolve("workspace"), Clock.systemUTC());
    server = CaspianServer.start(LuceneCorpusQueries.over(store), desk, null, 0,
        AuthSettings.OFF);
    driver = browser.driver();
    wait = browser.await();
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    if (desk != null) {
      desk.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @Test
  void overview_lists_latest_articles_actors_and_changed_dyads() throws IOException {
    driver.get(server.url() + "/");
    List<WebElement> latest = driver.findElements(By.cssSelector("#latest .item"));
    assertThat(latest).hasSizeGreaterThan(3);
    assertThat(driver.findElements(By.cssSelector("#actors li"))).isNotEmpty();
    assertThat(driver.findElement(By.cssSelector("header .note")).getText())
        .matches("\\d+ articles");
    screenshot("overview.png");
  }

  @Test
  void search_pages_and_switches_to_events() throws IOException {
    driver.get(server.url() + "/search?q=Azerbaijan&size=5");
    String first = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#results .hit-title"))).getText();
    assertThat(driver.findElements(By.cssSelector("#results .hit"))).hasSize(5);
    assertThat(driver.findElement(By.id("search-status")).getText()).contains("page 1 of");
    assertThat(driver.findElements(By.cssSelector("#facets .facet h4")))
        .extracting(WebElement::getText)
        .contains("OUTLET", "OUTLET COUNTRY", "OUTLET SIDE", "ACTOR", "EVENT TYPE (CAMEO ROOT)");
    screenshot("search.png");
    driver.findElement(By.linkText("Next →")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-status"),
        "page 2 of"));
    assertThat(driver.findElement(By.cssSelector("#results .hit-title")).getText())
        .isNotEqualTo(first);
    assertThat(driver.getCurrentUrl()).contains("page=2");
    driver.findElement(By.linkText("Events")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results .event")));
    assertThat(driver.findElement(By.id("search-status")).getText()).contains("event");
    assertThat(driver.findElement(By.cssSelector("#results .event .codes")).getText())
        .contains("CAMEO");
    screenshot("search-events.png");
  }

  @Test
  void the_reader_highlights_actors_events_quotes_and_framing() throws Exception {
    String id = richestArticle();
    driver.get(server.url() + "/articles/" + id);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-text")));
    for (String kind : List.of("actor", "event", "quote", "frame")) {
      assertThat(driver.findElements(By.cssSelector("#article-text .hl-" + kind)))
          .as(kind + " highlights").isNotEmpty();
    }
    // The four kinds are drawn differently.
    String actor = style("#article-text .hl-actor", "border-bottom-style");
    String frame = style("#article-text .hl-frame", "outline-style");
    String quote = style("#article-text .hl-quote", "font-style");
    assertThat(actor).isEqualTo("solid");
    assertThat(frame).isEqualTo("solid");
    assertThat(quote).isEqualTo("italic");
    assertThat(driver.findElement(By.cssSelector("#side-events .code")).getText())
        .contains("CAMEO");
    assertThat(driver.findElements(By.cssSelector("#side-framing .side-item"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#side-quotes .side-item"))).isNotEmpty();
    // The page text is the article text, so offsets from the API mark the right words.
    String text = (String) ((JavascriptExecutor) driver).executeScript(
        "return document.getElementById('article-text').textContent;");
    JsonNode article = api("/api/articles/" + id);
    assertThat(text).isEqualTo(article.path("text").asText());
    driver.findElement(By.cssSelector("#side-quotes .side-link")).click();
    WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.id("highlight")));
    JsonNode q = article.path("quotes").get(0);
    assertThat(mark.getText()).isEqualTo(text.substring(q.path("start").asInt(),
        q.path("end").asInt()));
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    screenshot("article.png");
  }

  @Test
  void the_june_2025_turn_is_marked_and_two_sides_are_compared() throws IOException {
    driver.get(server.url() + "/dyads?a=RUS&b=AZE&by=month");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("markers"), "2025-06"));
    @SuppressWarnings("unchecked")
    List<String> axis = (List<String>) ((JavascriptExecutor) driver).executeScript(
        "return window.caspian.chart().getOption().xAxis[0].data;");
    assertThat(axis).contains("2021-06", "2025-06"); // quiet months stay on the axis
    assertThat(axis.indexOf("2025-06") - axis.indexOf("2024-12")).isEqualTo(6);
    screenshot("demo-dyad.png");
    driver.get(server.url() + "/compare?by=side&a=RUS&b=AZE");
    WebElement rus = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#leaning-a .term-row summary")));
    assertThat(driver.findElement(By.cssSelector("#leaning-a h2")).getText())
        .isEqualTo("side RUS");
    assertThat(rus.getText()).isNotBlank();
    assertThat(driver.findElements(By.cssSelector("#leaning-b .term-row"))).isNotEmpty();
    screenshot("demo-compare.png");
  }

  /** The article with the most quotes and framing terms (it must have both). */
  private static String richestArticle() throws Exception {
    JsonNode hits = api("/api/search?size=100").path("hits");
    String best = null;
    int bestScore = 0;
    for (JsonNode h : hits) {
      JsonNode a = api("/api/articles/" + h.path("id").asText());
      int quotes = a.path("quotes").size();
      int framing = a.path("framing").size();
      int score = quotes > 0 && framing > 0 ? quotes + framing + a.path("events").size() : 0;
      if (score > bestScore) {
        bestScore = score;
        best = h.path("id").asText();
      }
    }
    assertThat(best).as("an article with quotes and framing terms").isNotNull();
    return best;
  }

  private static JsonNode api(String path) throws Exception {
    HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(res.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(res.body());
  }

  private static String style(String css, String property) {
    return driver.findElement(By.cssSelector(css)).getCssValue(property);
  }

  private static void screenshot(String name) throws IOException {
    browser.screenshot(name);
  }
}
