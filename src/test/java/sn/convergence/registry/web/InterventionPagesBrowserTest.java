package sn.convergence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Runs in the e2e profile against an application started with demo data: {@code mvn -Pe2e test
 * -De2e.baseUrl=http://127.0.0.1:8080}. Checks that a filter change swaps only the results and
 * keeps the filter state in the address bar.
 */
class InterventionPagesBrowserTest {

  private ChromeDriver driver;
  private String base;

  @BeforeEach
  void start() throws Exception {
    base = System.getProperty("e2e.baseUrl", "http://127.0.0.1:8080");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--user-data-dir=" + Files.createTempDirectory("chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    driver = new ChromeDriver(service, options);
  }

  @AfterEach
  void stop() {
    driver.quit();
  }

  @Test
  void changingAFilterReloadsOnlyTheResultsAndKeepsTheUrl() {
    driver.get(base + "/interventions");
    ((JavascriptExecutor) driver).executeScript("window.samePage = true;");
    String before = driver.findElement(By.id("results")).getText();

    new Select(driver.findElement(By.id("f-family"))).selectByValue("SCHOOL_FEEDING");

    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    wait.ignoring(StaleElementReferenceException.class)
        .until(d -> d.getCurrentUrl().contains("family=SCHOOL_FEEDING"));
    wait.ignoring(StaleElementReferenceException.class)
        .until(d -> !d.findElement(By.id("results")).getText().equals(before));
    assertThat(((JavascriptExecutor) driver).executeScript("return window.samePage === true;"))
        .isEqualTo(true);
    assertThat(driver.findElements(By.cssSelector("#results tbody tr"))).isNotEmpty();
    assertThat(driver.findElement(By.id("results")).getText()).doesNotContain("PNBSF");
  }
}
