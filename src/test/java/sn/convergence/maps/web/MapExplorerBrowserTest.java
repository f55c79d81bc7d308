package sn.convergence.maps.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
 * The map explorer in Chromium against a running application with demo data (e2e profile). The
 * department boundaries are imported first, as CI starts the application without them.
 */
class MapExplorerBrowserTest {

  private static final By SHAPES = By.cssSelector("#map path.map-unit");

  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeAll
  static void importBoundaries() {
    BoundaryFixture.importDepartments();
  }

  @BeforeEach
  void openBrowser() {
    browser = BrowserSupport.startChromium();
    wait = BrowserSupport.waitFor(browser);
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void drawsTheDepartmentsRecolorsThemAndOpensAFactSheet() {
    browser.get(BrowserSupport.url("/map"));
    wait.until(d -> d.findElements(SHAPES).size() == 46);
    wait.until(d -> !fills().contains("#bdbdbd") || legend().contains("–"));
    assertThat(browser.findElement(By.id("map-no-boundaries")).isDisplayed()).isFalse();

    String legendBefore = legend();
    new Select(browser.findElement(By.id("m-measure"))).selectByValue("context:POVERTY_RATE");
    wait.until(d -> !legend().equals(legendBefore));
    assertThat(legend()).contains("Incidence de la pauvreté");
    assertThat(browser.getCurrentUrl()).contains("measure=context%3APOVERTY_RATE");
    assertThat(browser.findElement(By.id("map-years")).getText())
        .contains("Incidence de la pauvreté");

    new Select(browser.findElement(By.id("m-measure"))).selectByValue("INTERVENTIONS");
    wait.until(d -> legend().contains("Interventions présentes"));
    List<String> allFamilies = fills();
    new Select(browser.findElement(By.id("m-family"))).selectByValue("SCHOOL_FEEDING");
    wait.until(d -> !fills().equals(allFamilies));
    assertThat(browser.getCurrentUrl()).contains("family=SCHOOL_FEEDING");

    WebElement kolda = browser.findElement(By.cssSelector("#map path[data-pcode='SN0701']"));
    kolda.sendKeys(Keys.ENTER);
    wait.until(d -> "SN0701".equals(d.findElement(By.id("map-panel")).getAttribute("data-pcode")));
    WebElement panel = browser.findElement(By.id("map-panel"));
    assertThat(panel.findElement(By.id("map-panel-title")).getText()).isEqualTo("Kolda");
    assertThat(panel.findElement(By.cssSelector("a[href*='/units/SN0701']")).isDisplayed())
        .isTrue();

    browser.findElement(By.cssSelector("#map path[data-pcode='SN0101']")).click();
    wait.until(d -> "SN0101".equals(d.findElement(By.id("map-panel")).getAttribute("data-pcode")));
    assertThat(BrowserSupport.screenshot(browser, "map")).exists();
  }

  @Test
  void restoresASharedViewFromItsUrl() {
    browser.get(
        BrowserSupport.url(
            "/map?level=DEPARTMENT&measure=ACTORS&method=NATURAL_BREAKS&classes=4&palette=VIRIDIS"));
    wait.until(d -> d.findElements(SHAPES).size() == 46);
    wait.until(d -> legend().contains("Acteurs distincts"));

    assertThat(
            new Select(browser.findElement(By.id("m-method")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("NATURAL_BREAKS");
    assertThat(browser.findElements(By.cssSelector("#map-legend-items li")).size()).isBetween(2, 5);
    assertThat(browser.findElement(By.id("export-svg")).getAttribute("href"))
        .contains("/map/export.svg?")
        .contains("palette=VIRIDIS");
  }

  private String legend() {
    return browser.findElement(By.id("map-legend")).getText();
  }

  private List<String> fills() {
    return browser.findElements(SHAPES).stream().map(e -> e.getAttribute("fill")).toList();
  }
}
