package org.caspian.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.caspian.server.testing.BrowserSession;
import org.caspian.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analysis views in headless Chromium, as an analyst sees them: the dyad timeline with its
 * empty weeks, rule and modality filters and a brief; the same event told by each outlet; two
 * outlets compared with a term opened to its sentences; the actor network; alerts and an ACH
 * matrix made, rated and ranked in the page. Screenshots go to {@code target/browser/}.
 */
class AnalysisBrowserTest {
  @TempDir
  static Path dir;
  static TestServer fixture;
  static BrowserSession browser;
  static ChromeDriver driver;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    browser = BrowserSession.open(dir.resolve("profile"), 1360, 1100);
    fixture = TestServer.start(dir);
    driver = browser.driver();
    wait = browser.await();
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (fixture != null) {
      fixture.close();
    }
  }

  private static void open(String path) {
    driver.get(fixture.server().url() + path);
  }

  private static WebElement visible(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  @Test
  void the_dyad_view_has_a_true_time_axis_its_rule_modality_filters_and_a_brief()
      throws Exception {
    open("/dyads?a=RUS&b=AZE&by=week");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dyad-status"),
        "6 events between RUS and AZE"));
    @SuppressWarnings("unchecked")
    List<String> axis = (List<String>) browser.js(
        "return window.caspian.chart().getOption().xAxis[0].data;");
    assertThat(axis).containsExactly("2025-W26", "2025-W27", "2025-W28", "2025-W29");
    assertThat(driver.findElement(By.id("escalation-rule")).getText())
        .contains("z >= 2.0").contains("6 periods");
    assertThat(driver.findElement(By.id("markers")).getText()).isNotBlank();
    browser.screenshot("dyad-timeline.png");

    int all = 0;
    for (JsonNode r : fixture.getJson("/api/dyad/timeline?a=RUS&b=AZE&all=true").path("rows")) {
      all += r.path("events").asInt();
    }
    driver.findElement(By.id("dyad-all")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dyad-status"),
        all + " events between RUS and AZE"));
    driver.findElement(By.id("dyad-all")).click();
    int claimed = 0;
    for (JsonNode r : fixture.getJson("/api/dyad/timeline?a=RUS&b=AZE&modality=claimed")
        .path("rows")) {
      claimed += r.path("events").asInt();
    }
    driver.findElement(By.cssSelector("#dyad-modalities input[value=claimed]")).click();
    driver.findElement(By.cssSelector("#dyad-modalities input[value=asserted]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dyad-status"),
        claimed + " event" + (claimed == 1 ? "" : "s") + " between RUS and AZE"));
    driver.findElement(By.cssSelector("#dyad-modalities input[value=claimed]")).click();
    driver.findElement(By.cssSelector("#dyad-modalities input[value=asserted]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dyad-status"),
        "6 events"));

    browser.js("window.caspian.showBucket('2025-W27')");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bucket-title"),
        "2025-W27: 3 events"));
    assertThat(driver.findElements(By.cssSelector("#events li"))).hasSize(3);

    assertThat(driver.findElement(By.id("brief-from")).getAttribute("value"))
        .isEqualTo("2025-06-23");
    driver.findElement(By.id("brief-html")).click();
    wait.until(ExpectedConditions.titleContains("Brief: RUS–AZE"));
    assertThat(driver.findElement(By.tagName("body")).getText()).contains("Key events")
        .contains("Russian police detained");
    browser.screenshot("brief.png");
  }

  @Test
  void the_same_event_is_shown_with_each_outlets_terms_side_by_side() throws IOException {
    open("/stories?a=RUS&b=AZE");
    WebElement story = visible(".story");
    assertThat(story.findElement(By.cssSelector(".story-title")).getText()).contains("AZE-RUS");
    List<WebElement> sides = story.findElements(By.cssSelector(".side"));
    assertThat(sides.size()).isGreaterThanOrEqualTo(2);
    for (WebElement side : sides) {
      assertThat(side.findElement(By.cssSelector(".side-outlet")).getText()).isNotBlank();
      assertThat(side.findElements(By.cssSelector(".terms .term"))).isNotEmpty();
    }
    String outlet = sides.get(0).findElement(By.cssSelector(".side-outlet")).getText();
    assertThat(sides.get(1).findElement(By.cssSelector(".side-outlet")).getText())
        .isNotEqualTo(outlet);
    browser.screenshot("stories.png");
  }

  @Test
  void two_outlets_are_compared_and_a_term_opens_its_sentences() throws IOException {
    open("/compare");
    driver.findElement(By.id("compare-a")).sendKeys("TASS");
    driver.findElement(By.id("compare-b")).sendKeys("Trend");
    driver.findElement(By.cssSelector("#compare-panel form button")).click();
    WebElement a = visible("#leaning-a");
    assertThat(a.findElement(By.tagName("h2")).getText()).isEqualTo("outlet TASS");
    assertThat(driver.findElement(By.cssSelector("#leaning-b h2")).getText())
        .isEqualTo("outlet Trend");
    WebElement term = a.findElement(By.cssSelector(".term-row summary"));
    String word = term.getText();
    assertThat(Double.parseDouble(a.findElement(By.cssSelector(".term-row .z")).getText()))
        .isPositive();
    term.click();
    WebElement sentence = visible("#leaning-a .occurrences a");
    assertThat(sentence.getText().toLowerCase()).contains(word);
    browser.screenshot("compare.png");
    String text = sentence.getText();
    sentence.click();
    assertThat(visible("#highlight").getText()).isEqualTo(text);
    assertThat(driver.getCurrentUrl()).contains("/articles/tass-1#");
  }

  @Test
  void the_network_draws_actors_and_quad_coloured_edges() throws Exception {
    open("/network?a=RUS&b=AZE");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("network-status"),
        "actors"));
    JsonNode net = fixture.getJson("/api/network?a=RUS&b=AZE");
    assertThat(driver.findElement(By.id("network-status")).getText()).startsWith(
        net.path("nodes").size() + " actors, " + net.path("edges").size() + " edges");
    assertThat(browser.js("return window.caspian.cy().nodes().length;"))
        .isEqualTo((long) net.path("nodes").size());
    String color = (String) browser.js("return window.caspian.cy().edges()[0].style('line-color');");
    assertThat(color).startsWith("rgb(");
    assertThat(driver.findElements(By.cssSelector("#graph canvas"))).isNotEmpty();
    String edge = net.path("edges").get(0).path("id").asText();
    browser.js("window.caspian.showEdge('" + edge + "')");
    assertThat(driver.findElement(By.id("edge-title")).getText())
        .startsWith(net.path("edges").get(0).path("source").asText() + " → ");
    assertThat(driver.findElement(By.id("network-gexf")).getAttribute("href"))
        .contains("/api/network?a=RUS&b=AZE&format=gexf");
    browser.screenshot("network.png");
  }

  @Test
  void alerts_are_saved_checked_and_deleted_in_the_page() throws IOException {
    open("/alerts");
    visible("#query-alert-form");
    driver.findElement(By.cssSelector("#query-alert-form input[name=name]"))
        .sendKeys("Pipeline <watch>");
    driver.findElement(By.cssSelector("#query-alert-form input[name=query]")).sendKeys("pipeline");
    driver.findElement(By.cssSelector("#query-alert-form input[name=includeExisting]")).click();
    driver.findElement(By.cssSelector("#query-alert-form button")).click();
    WebElement name = visible("#alert-list .alert-name");
    assertThat(name.getText()).isEqualTo("Pipeline <watch>");
    driver.findElement(By.id("check-now")).click();
    WebElement hitItem = visible("#hit-list .hit-item");
    assertThat(hitItem.getText()).contains("Pipeline <watch>");
    String hit = hitItem.findElement(By.cssSelector(".item-title")).getText();
    browser.screenshot("alerts.png");
    open("/");
    assertThat(visible("#overview-alerts").getText()).contains("1 saved alert")
        .contains(hit);
    open("/alerts");
    visible("#alert-list button[data-api=DELETE]").click();
    visible("#no-alerts");
  }

  @Test
  void an_ach_matrix_is_built_rated_and_ranked_in_the_page() throws IOException {
    open("/ach");
    visible("#hypothesis-form");
    addHypothesis("rus-aze", "Moscow broke with Baku on purpose");
    wait.until(ExpectedConditions.urlContains("matrix=rus-aze"));
    addHypothesis(null, "A police incident got out of hand");
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#ach-ranking li"), 2));
    driver.findElement(By.cssSelector("#evidence-form input[name=text]"))
        .sendKeys("Flights to Moscow were cut");
    driver.findElement(By.cssSelector("#evidence-form button")).click();
    visible("#ach-matrix .evidence");
    new Select(driver.findElement(By.cssSelector("select[data-hypothesis=H1]")))
        .selectByValue("II");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ach-ranking"),
        "1 inconsistent"));
    List<WebElement> ranking = driver.findElements(By.cssSelector("#ach-ranking li"));
    assertThat(ranking.get(0).getText()).startsWith("H2");
    assertThat(ranking.get(1).getText()).startsWith("H1").contains("1 inconsistent");
    assertThat(new Select(driver.findElement(By.cssSelector("select[data-hypothesis=H1]")))
        .getFirstSelectedOption().getText()).isEqualTo("II");
    browser.screenshot("ach.png");
    driver.findElement(By.id("ach-markdown")).click();
    assertThat(driver.findElement(By.tagName("body")).getText())
        .contains("Moscow broke with Baku on purpose").contains("Flights to Moscow were cut");
  }

  private static void addHypothesis(String matrix, String title) {
    if (matrix != null) {
      WebElement m = driver.findElement(By.cssSelector("#hypothesis-form input[name=matrix]"));
      m.clear();
      m.sendKeys(matrix);
    }
    driver.findElement(By.cssSelector("#hypothesis-form input[name=title]")).sendKeys(title);
    driver.findElement(By.cssSelector("#hypothesis-form button")).click();
  }
}
