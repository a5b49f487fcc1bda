package org.caspian.server.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromedriver, for the browser tests. Opening one
 * skips the test when the browser is not installed, unless {@code CASPIAN_REQUIRE_BROWSER=1} (set
 * by CI after installing it), where a missing browser fails. Screenshots go to {@code
 * target/browser/} for a person to look at.
 */
public final class BrowserSession implements AutoCloseable {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final WebDriverWait wait;

  private BrowserSession(ChromeDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /**
   * A browser with its profile in {@code profile} and a window of {@code width} × {@code height}.
   * Skips the calling test (JUnit assumption) when there is no browser and CI does not ask for
   * one.
   */
  public static BrowserSession open(Path profile, int width, int height) {
    if ("1".equals(System.getenv("CASPIAN_REQUIRE_BROWSER"))) {
      assertThat(CHROMIUM).as("CASPIAN_REQUIRE_BROWSER=1 but no browser").isExecutable();
      assertThat(CHROMEDRIVER).as("CASPIAN_REQUIRE_BROWSER=1 but no driver").isExecutable();
    }
    assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM);
    assumeTrue(Files.isExecutable(CHROMEDRIVER), "no " + CHROMEDRIVER);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync",
        "--disable-default-apps", "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile);
    return new BrowserSession(new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options));
  }

  /** The driver. */
  public ChromeDriver driver() {
    return driver;
  }

  /** A wait of up to 20 seconds. */
  public WebDriverWait await() {
    return wait;
  }

  /** Runs {@code script} in the page and returns its value. */
  public Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  /** Saves a screenshot as {@code target/browser/name}. */
  public void screenshot(String name) throws IOException {
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Path out = Path.of("target", "browser");
    Files.createDirectories(out);
    Files.copy(shot.toPath(), out.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
