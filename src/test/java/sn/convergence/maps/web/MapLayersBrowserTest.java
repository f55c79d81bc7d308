package sn.convergence.maps.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import sn.convergence.support.BrowserSupport;

/**
 * The map explorer's layers in Chromium against a running application with demo data and imported
 * department boundaries: the convergence layer (class colours, legend, zone outlines, a zone's rank
 * and priority activities, demo story 1: Matam lies in the first convergence zone), the second
 * measure as proportional circles with their legend, and the PNG export.
 */
class MapLayersBrowserTest {

  private static final By SHAPES = By.cssSelector("#map path.map-unit");
  private static final By ZONES = By.cssSelector("#map path.map-zone");
  private static final By CIRCLES = By.cssSelector("#map path.map-proportional");
  private static final String MATAM = "SN0902";
  private static final String CONVERGENCE_GREEN = "#1b7837";
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private ChromeDriver browser;
  private WebDriverWait wait;
  private Path downloads;

  @BeforeAll
  static void importBoundaries() {
    BoundaryFixture.importDepartments();
  }

  @BeforeEach
  void openBrowser() throws IOException {
    downloads = Files.createTempDirectory("convergence-downloads-");
    browser = BrowserSupport.startChromium(downloads);
    wait = BrowserSupport.waitFor(browser);
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void colorsUnitsByConvergenceClassOutlinesZonesAndOpensMatamsZone() {
    browser.get(BrowserSupport.url("/map"));
    wait.until(d -> d.findElements(SHAPES).size() == 46);
    assertThat(browser.findElement(By.id("map-convergence-legend")).isDisplayed()).isFalse();

    click(browser.findElement(By.cssSelector("label[for='m-convergence']")));
    wait.until(d -> !d.findElements(ZONES).isEmpty());
    WebElement legend = browser.findElement(By.id("map-convergence-legend"));
    assertThat(legend.isDisplayed()).isTrue();
    assertThat(legend.getText())
        .contains(
            "Zone de convergence",
            "Zone de lacune",
            "Zone de duplication",
            "Faible priorité",
            "Données insuffisantes",
            "Contour d’une zone contiguë",
            "Analyse 2023-2025");
    assertThat(browser.getCurrentUrl()).contains("convergence=on");
    assertThat(fills()).contains(CONVERGENCE_GREEN, "#c0392b", "#6c757d");

    WebElement matam =
        browser.findElement(By.cssSelector("#map path.map-unit[data-pcode='SN0902']"));
    assertThat(matam.getAttribute("fill")).isEqualTo(CONVERGENCE_GREEN);
    assertThat(matam.getAttribute("data-class")).isEqualTo("CONVERGENCE");
    String zone = matam.getAttribute("data-zone");
    assertThat(zone).startsWith("CONVERGENCE-");
    WebElement outline =
        browser.findElement(By.cssSelector("#map path.map-zone[data-zone='" + zone + "']"));
    assertThat(outline.getAttribute("aria-label")).startsWith("Zone de convergence 1 :");

    outline.sendKeys(Keys.ENTER);
    wait.until(d -> zone.equals(d.findElement(By.id("map-panel")).getAttribute("data-zone")));
    WebElement panel = browser.findElement(By.id("map-panel"));
    assertThat(panel.findElement(By.cssSelector(".zone-rank")).getText())
        .startsWith("Rang 1 sur")
        .contains("Zone de convergence");
    assertThat(panel.findElement(By.cssSelector(".zone-units")).getText()).contains("Matam");
    assertThat(panel.getText()).contains("Activités prioritaires");
    assertThat(panel.findElements(By.cssSelector("li.activity"))).isNotEmpty();
    assertThat(panel.findElement(By.cssSelector("li.activity")).getText()).contains("Synergie");
    assertThat(BrowserSupport.screenshot(browser, "map-convergence")).exists();

    List<WebElement> zoneButtons = browser.findElements(By.cssSelector("#map-zone-list button"));
    assertThat(zoneButtons).hasSizeGreaterThan(1);
    String first = zoneButtons.get(0).getAttribute("data-zone");
    click(zoneButtons.get(0));
    wait.until(d -> first.equals(d.findElement(By.id("map-panel")).getAttribute("data-zone")));
  }

  @Test
  void drawsTheSecondMeasureAsProportionalCirclesWithTheirLegend() {
    browser.get(BrowserSupport.url("/map?measure=INTERVENTIONS"));
    wait.until(d -> d.findElements(SHAPES).size() == 46);
    assertThat(browser.findElements(CIRCLES)).isEmpty();
    assertThat(browser.findElement(By.id("map-symbols-legend")).isDisplayed()).isFalse();

    new Select(browser.findElement(By.id("m-measure2"))).selectByValue("BENEFICIARIES");
    wait.until(d -> d.findElements(CIRCLES).size() > 10);
    WebElement legend = browser.findElement(By.id("map-symbols-legend"));
    assertThat(legend.isDisplayed()).isTrue();
    assertThat(legend.getText()).contains("Bénéficiaires atteints");
    List<WebElement> sizes = legend.findElements(By.cssSelector("li.symbol-size"));
    assertThat(sizes).hasSizeBetween(2, 3);
    assertThat(sizes.get(0).findElement(By.cssSelector(".symbol-value")).getText())
        .matches("[0-9\\s\\u00a0\\u202f]+");
    assertThat(browser.getCurrentUrl()).contains("measure2=BENEFICIARIES");
    assertThat(browser.findElement(By.id("export-svg")).getAttribute("href"))
        .contains("measure2=BENEFICIARIES");
    assertThat(radii()).anyMatch(r -> r > 15).anyMatch(r -> r < 10);

    browser
        .findElement(By.cssSelector("#map path.map-unit[data-pcode='SN0701']"))
        .sendKeys(Keys.ENTER);
    wait.until(d -> "SN0701".equals(d.findElement(By.id("map-panel")).getAttribute("data-pcode")));
    assertThat(browser.findElement(By.id("map-panel-measures")).getText())
        .contains("Interventions présentes", "Bénéficiaires atteints");
    assertThat(BrowserSupport.screenshot(browser, "map-second-measure")).exists();

    browser.get(BrowserSupport.url("/map?measure2=BENEFICIARIES&convergence=on"));
    wait.until(d -> !d.findElements(ZONES).isEmpty() && d.findElements(CIRCLES).size() > 10);
    assertThat(
            new Select(browser.findElement(By.id("m-measure2")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("BENEFICIARIES");
    assertThat(browser.findElement(By.id("m-convergence")).isSelected()).isTrue();
  }

  @Test
  void exportsTheMapAsARealPngImage() throws IOException {
    browser.get(BrowserSupport.url("/map?measure2=BENEFICIARIES&convergence=on"));
    wait.until(d -> !d.findElements(ZONES).isEmpty());

    click(browser.findElement(By.id("export-png")));
    Path png = downloads.resolve("convergence-map.png");
    wait.until(d -> Files.isRegularFile(png) && isComplete(png));
    byte[] bytes = Files.readAllBytes(png);

    assertThat(bytes).startsWith(PNG_SIGNATURE);
    ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8);
    int width = header.getInt();
    int height = header.getInt();
    assertThat(width).isGreaterThan(500);
    assertThat(height).isGreaterThan(300);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
    assertThat(image.getWidth()).isEqualTo(width);
    assertThat(colours(image)).as("distinct colours").hasSizeGreaterThan(20);
    assertThat(colours(image)).as("the convergence layer's green").contains(0x1b7837);
    Files.createDirectories(BrowserSupport.SCREENSHOTS);
    Files.copy(
        png,
        BrowserSupport.SCREENSHOTS.resolve("map-export.png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Clicks an element once scrolled, without animation (Bootstrap makes scrolling smooth), to the
   * middle of the window: below the fold otherwise.
   */
  private void click(WebElement element) {
    browser.executeScript(
        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    element.click();
  }

  private static boolean isComplete(Path file) {
    try (var listing = Files.list(file.getParent())) {
      return listing.noneMatch(p -> p.getFileName().toString().endsWith(".crdownload"))
          && Files.size(file) > 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static Set<Integer> colours(BufferedImage image) {
    Set<Integer> out = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        out.add(image.getRGB(x, y) & 0xffffff);
      }
    }
    return out;
  }

  private List<String> fills() {
    return browser.findElements(SHAPES).stream().map(e -> e.getAttribute("fill")).toList();
  }

  private List<Double> radii() {
    return browser.findElements(CIRCLES).stream().map(e -> e.getRect().getWidth() / 2.0).toList();
  }
}
