package org.caspian.server;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the pages in headless Debian Chromium: the dyad chart renders, a click on a chart bucket
 * lists its sentences, the sentence link opens the article with that sentence highlighted, and a
 * search shows highlighted hits that a facet narrows in place (htmx). Skipped when Chromium or
 * ChromeDriver is not installed. The demo corpus is driven by {@code WorkbenchBrowserTest} in the
 * CLI module.
 */
class DashboardBrowserTest {
  @TempDir
  static Path dir;
  static TestServer fixture;
  static CaspianServer server;
  static BrowserSession browser;
  static ChromeDriver driver;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    browser = BrowserSession.open(dir.resolve("profile"), 1280, 1400);
    fixture = TestServer.start(dir);
    server = fixture.server();
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

  @Test
  void dashboard_search_chart_bucket_and_article_view_work_in_a_real_browser()
      throws IOException {
    driver.get(server.url() + "/dyads");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dyad-status"),
        "6 events between RUS and AZE"));

    // The chart canvas is there and has been painted.
    WebElement canvas = driver.findElement(By.cssSelector("#chart canvas"));
    assertThat(canvas.getSize().getWidth()).isGreaterThan(300);
    Long painted = (Long) js("const c = document.querySelector('#chart canvas');"
        + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
        + "let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n;");
    assertThat(painted).isGreaterThan(1000);

    // A click on the first bucket (2025-06) lists the sentences behind it.
    @SuppressWarnings("unchecked")
    List<Number> at = (List<Number>) js("const ch = window.caspian.chart();"
        + "const el = document.getElementById('chart');"
        + "const p = ch.convertToPixel({xAxisIndex: 0, yAxisIndex: 0}, [0, 1]);"
        + "return [p[0], p[1], el.clientWidth, el.clientHeight];");
    WebElement chart = driver.findElement(By.id("chart"));
    int dx = (int) Math.round(at.get(0).doubleValue() - at.get(2).doubleValue() / 2);
    int dy = (int) Math.round(at.get(1).doubleValue() - at.get(3).doubleValue() / 2);
    new Actions(driver).moveToElement(chart, dx, dy).click().perform();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bucket-title"),
        "2025-06: 3 events"));
    List<WebElement> events = driver.findElements(By.cssSelector("#events li"));
    assertThat(events).hasSize(3);
    assertThat(driver.findElement(By.id("events")).getText())
        .contains("Russian police detained several Azerbaijani citizens")
        .contains("Trend")
        .contains("TASS");
    assertThat(events.get(0).findElement(By.tagName("mark")).getText()).isEqualTo("detained");
    screenshot("dyads.png");

    // The sentence link opens the article with that sentence highlighted.
    events.get(0).findElement(By.cssSelector("a.event-title")).click();
    WebElement highlight = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.id("highlight")));
    assertThat(highlight.getText())
        .isEqualTo("Russian police detained several Azerbaijani citizens in Yekaterinburg on June 27.");
    assertThat(driver.getCurrentUrl()).contains("/articles/trend-1#");
    assertThat(driver.findElement(By.id("article-title")).getText()).startsWith("Baku summons");
    screenshot("article-sentence.png");

    // A search shows a highlighted hit and facets; a facet narrows it without a page load.
    driver.get(server.url() + "/search?q=Baku");
    WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#results .hit-title mark")));
    assertThat(mark.getText()).isEqualTo("Baku");
    assertThat(driver.findElement(By.id("search-status")).getText()).startsWith("3 articles");
    js("window.notReloaded = true;");
    driver.findElement(By.xpath("//aside[@id='facets']//h4[text()='Outlet country']"
        + "/following-sibling::ul//a[text()='AZE']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-status"),
        "1 article"));
    assertThat(js("return window.notReloaded === true;")).isEqualTo(Boolean.TRUE);
    assertThat(driver.getCurrentUrl()).contains("country=AZE");
    assertThat(driver.findElement(By.cssSelector("#results .hit-title")).getText())
        .startsWith("Baku summons");
  }

  private static Object js(String script) {
    return browser.js(script);
  }

  private static void screenshot(String name) throws IOException {
    browser.screenshot(name);
  }
}
