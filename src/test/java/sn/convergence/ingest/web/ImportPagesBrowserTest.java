package sn.convergence.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import sn.convergence.support.BrowserSupport;

/**
 * The import pages in Chromium against the running demo application: a coordinator uploads the
 * ROWCA 3W file with a default year, follows the preview, sees its report, and axe-core finds no
 * serious or critical violation on the import pages. Nothing is committed.
 */
class ImportPagesBrowserTest {

  private ChromeDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = BrowserSupport.startChromium();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aCoordinatorUploadsAFileAndSeesItsPreview() throws IOException {
    browser.get(BrowserSupport.url("/login"));
    browser.findElement(By.id("username")).sendKeys("demo-coordinator");
    browser.findElement(By.id("password")).sendKeys("demo-coordinator");
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    BrowserSupport.waitFor(browser).until(d -> !d.getCurrentUrl().contains("/login"));

    browser.get(BrowserSupport.url("/imports"));
    Path rowca =
        Path.of(
                System.getProperty("convergence.shared-dir", "../shared"),
                "samples",
                "rowca-3w-hxl.csv")
            .toAbsolutePath();
    browser.findElement(By.id("file")).sendKeys(rowca.toString());
    browser.findElement(By.id("defaultYear")).sendKeys("2014");
    browser.findElement(By.id("createOrganisations")).click();
    browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();

    new WebDriverWait(browser, Duration.ofSeconds(120))
        .until(d -> !d.findElements(By.id("rows-valid")).isEmpty());
    assertThat(browser.findElement(By.id("rows-valid")).getText()).isEqualTo("112");
    assertThat(browser.findElement(By.id("effect")).getText()).contains("112");
    assertThat(browser.findElement(By.id("issues")).getText()).contains("Mali");
    assertThat(browser.findElement(By.id("commit-all")).isEnabled()).isTrue();
    BrowserSupport.screenshot(browser, "import-preview");
    assertNoSeriousViolation();

    browser.get(BrowserSupport.url("/imports"));
    assertThat(browser.findElement(By.id("batches")).getText()).contains("rowca-3w-hxl.csv");
    assertNoSeriousViolation();
  }

  private void assertNoSeriousViolation() throws IOException {
    String path = System.getProperty("e2e.axe", "");
    if (path.isBlank() || !Files.isRegularFile(Path.of(path))) {
      return;
    }
    browser.executeScript(Files.readString(Path.of(path)));
    Object result =
        browser.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(r.violations.filter(v => v.impact === 'serious' ||"
                + " v.impact === 'critical').map(v => ({id: v.id, impact: v.impact,"
                + " nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))))"
                + ".catch(e => done([{id: 'axe-error', impact: String(e), nodes: []}]));");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
    assertThat(violations).as("axe violations on " + browser.getCurrentUrl()).isEmpty();
  }
}
