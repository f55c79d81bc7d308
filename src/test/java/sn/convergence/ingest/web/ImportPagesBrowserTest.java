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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
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
            .toAbsolutePath()
            .normalize();
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

  @Test
  void aCoordinatorMapsUnrecognisedColumnsIntoAProfileFromThePreview() throws IOException {
    signIn();
    Path file = Files.createTempFile("ndioum-", ".csv");
    Files.writeString(
        file,
        "Structure;Programme;Département;Commune;Année;Ménages servis\n"
            + "DGPSN;Bourses de sécurité familiale;Podor;Ndioum;2022;310\n"
            + "DGPSN;Bourses de sécurité familiale;Podor;Guédé Chantier;2022;290\n");
    try {
      browser.get(BrowserSupport.url("/imports"));
      browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
      browser.findElement(By.id("createOrganisations")).click();
      browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
      new WebDriverWait(browser, Duration.ofSeconds(120))
          .until(d -> !d.findElements(By.id("columns-form")).isEmpty());
      assertThat(browser.findElement(By.id("columns-form")).getText())
          .contains("Structure", "Ménages servis");
      BrowserSupport.screenshot(browser, "import-columns");
      assertNoSeriousViolation();

      WebElement profile = browser.findElement(By.id("columns-profile"));
      profile.clear();
      profile.sendKeys("Coordination DGPSN (essai)");
      for (WebElement select : browser.findElements(By.cssSelector("#columns-form select"))) {
        String header = select.findElement(By.xpath("ancestor::tr/td[1]")).getText().strip();
        new Select(select).selectByValue(header.equals("Structure") ? "ORGANISATION" : "REACHED");
      }
      WebElement submit = browser.findElement(By.id("columns-submit"));
      browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", submit);
      submit.click();
      new WebDriverWait(browser, Duration.ofSeconds(60))
          .until(d -> !d.findElements(By.id("batch-profile")).isEmpty());
      assertThat(browser.findElements(By.id("columns-form"))).isEmpty();
      assertThat(browser.findElement(By.id("rows-valid")).getText()).isEqualTo("2");
      assertThat(browser.findElement(By.id("issues")).getText()).contains("Guédé Chantier");

      browser.get(BrowserSupport.url("/imports/profiles"));
      assertThat(browser.findElement(By.tagName("main")).getText())
          .contains("Coordination DGPSN (essai)", "Ménages servis");
      BrowserSupport.screenshot(browser, "import-profiles");
      assertNoSeriousViolation();
      browser
          .findElement(
              By.cssSelector("button[aria-label='Supprimer le profil Coordination DGPSN (essai)']"))
          .click();
      assertThat(browser.findElement(By.tagName("main")).getText())
          .doesNotContain("Coordination DGPSN (essai)");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void theSignedInNavigationFitsOnOneLineFromItsWidestCollapsePoint() {
    signIn();
    for (int width : new int[] {1400, 1600}) {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
      browser.get(BrowserSupport.url("/imports"));
      Object overflow =
          browser.executeScript(
              "const nav = document.querySelector('.navbar-nav');"
                  + "const top = nav.firstElementChild.getBoundingClientRect().top;"
                  + "const last = nav.lastElementChild.getBoundingClientRect();"
                  + "return document.documentElement.scrollWidth > window.innerWidth"
                  + " || Math.abs(last.top - top) > 4 || last.right > window.innerWidth;");
      assertThat(overflow).as("navigation overflows at %d px", width).isEqualTo(false);
      BrowserSupport.screenshot(browser, "navigation-" + width);
    }
  }

  private void signIn() {
    browser.get(BrowserSupport.url("/login"));
    browser.findElement(By.id("username")).sendKeys("demo-coordinator");
    browser.findElement(By.id("password")).sendKeys("demo-coordinator");
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    BrowserSupport.waitFor(browser).until(d -> !d.getCurrentUrl().contains("/login"));
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
