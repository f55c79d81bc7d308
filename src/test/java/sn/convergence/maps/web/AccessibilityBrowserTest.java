package sn.convergence.maps.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import sn.convergence.support.BrowserSupport;

/**
 * axe-core in Chromium: no serious or critical violation on the main pages. axe is not bundled (no
 * WebJar on the Maven mirror): {@code scripts/test.sh} fetches it with {@code npm pack axe-core}
 * and passes {@code -De2e.axe=<path to axe.min.js>}; without it these tests are skipped.
 */
class AccessibilityBrowserTest {

  private ChromeDriver browser;
  private String axe;

  @BeforeEach
  void openBrowser() throws IOException {
    String path = System.getProperty("e2e.axe", "");
    Assumptions.assumeTrue(
        !path.isBlank() && Files.isRegularFile(Path.of(path)),
        "axe-core not given (-De2e.axe=.../axe.min.js)");
    axe = Files.readString(Path.of(path));
    browser = BrowserSupport.startChromium();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/map",
        "/map?measure2=BENEFICIARIES&convergence=on",
        "/dashboard",
        "/",
        "/units/SN0701",
        "/convergence",
        "/convergence/analyses",
        "/interventions",
        "/organisations"
      })
  void hasNoSeriousOrCriticalViolation(String page) {
    browser.get(BrowserSupport.url(page));
    BrowserSupport.waitFor(browser).until(d -> !d.findElements(By.tagName("footer")).isEmpty());
    if (page.startsWith("/map")) {
      BrowserSupport.waitFor(browser)
          .until(d -> !d.findElements(By.cssSelector("#map-legend-items li")).isEmpty());
    }
    if (page.contains("convergence=on")) {
      BrowserSupport.waitFor(browser)
          .until(
              d ->
                  !d.findElements(By.cssSelector("#map-zone-list li")).isEmpty()
                      && !d.findElements(By.cssSelector("#map-symbols-items li")).isEmpty());
    }
    browser.executeScript(axe);
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
    assertThat(violations).as("axe violations on " + page).isEmpty();
  }
}
