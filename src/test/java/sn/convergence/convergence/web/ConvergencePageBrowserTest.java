package sn.convergence.convergence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import sn.convergence.support.BrowserSupport;

/**
 * The convergence page in Chromium, against an application started with the demonstration data
 * ({@code mvn -Pe2e test -De2e.baseUrl=...}): results table, zones with priority activities, and a
 * Leaflet map with one marker per unit, coloured by class.
 */
class ConvergencePageBrowserTest {

  private ChromeDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = BrowserSupport.startChromium();
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void showsTheResultsTheZonesAndTheMapOfClasses() throws Exception {
    browser.get(BrowserSupport.url("/convergence?from=2021&to=2023"));
    BrowserSupport.waitFor(browser)
        .ignoring(StaleElementReferenceException.class)
        .until(d -> !d.findElements(By.cssSelector("#convergence-map path.unit-marker")).isEmpty());

    assertThat(browser.getTitle()).isEqualTo("Zones de convergence – Convergence");
    List<WebElement> rows = browser.findElements(By.cssSelector("#convergence-table > tbody > tr"));
    assertThat(rows).hasSize(46);
    WebElement matam =
        browser.findElement(By.cssSelector("#convergence-table tr[data-pcode='SN0902']"));
    assertThat(matam.getText()).contains("Matam", "Zone de convergence");
    WebElement saraya =
        browser.findElement(By.cssSelector("#convergence-table tr[data-pcode='SN0603']"));
    assertThat(saraya.getText()).contains("Zone de lacune");

    // Bootstrap turns on smooth scrolling: scroll instantly so the click lands where it aims.
    WebElement summary = matam.findElement(By.tagName("summary"));
    browser.executeScript(
        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", summary);
    summary.click();
    assertThat(matam.findElement(By.cssSelector(".unit-breakdown")).isDisplayed()).isTrue();
    assertThat(matam.findElement(By.cssSelector(".unit-breakdown")).getText())
        .contains("Incidence de la pauvreté");

    List<WebElement> zones = browser.findElements(By.cssSelector("#zones li.zone"));
    assertThat(zones).isNotEmpty();
    assertThat(zones.get(0).findElements(By.cssSelector("li.activity"))).isNotEmpty();
    assertThat(browser.findElement(By.id("zones")).getText()).contains("Saraya", "Étendre");

    List<WebElement> markers =
        browser.findElements(By.cssSelector("#convergence-map path.unit-marker"));
    assertThat(markers).hasSize(46);
    assertThat(
            browser.findElements(By.cssSelector("#convergence-map path.unit-marker-CONVERGENCE")))
        .isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#convergence-map path.unit-marker-GAP")))
        .isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#convergence-map img.leaflet-tile"))).isEmpty();

    Path shot = BrowserSupport.screenshot(browser, "convergence-fr");
    assertThat(Files.size(shot)).isPositive();
  }

  @Test
  void showsZoneNamesAndActivitiesInEnglish() {
    browser.get(BrowserSupport.url("/convergence?from=2021&to=2023&lang=en"));
    BrowserSupport.waitFor(browser)
        .ignoring(StaleElementReferenceException.class)
        .until(d -> !d.findElements(By.cssSelector("#convergence-map path.unit-marker")).isEmpty());

    assertThat(browser.getTitle()).isEqualTo("Convergence zones – Convergence");
    assertThat(browser.findElement(By.id("zones")).getText()).contains("Gap zone", "Expand");
    BrowserSupport.screenshot(browser, "convergence-en");
  }
}
