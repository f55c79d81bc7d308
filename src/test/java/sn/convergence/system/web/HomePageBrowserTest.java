package sn.convergence.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import sn.convergence.support.BrowserSupport;

class HomePageBrowserTest {

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
  void showsTheLoginPageInFrench() {
    browser.get(BrowserSupport.url("/login"));
    BrowserSupport.waitFor(browser).until(ExpectedConditions.titleContains("Convergence"));

    assertThat(browser.getTitle()).isEqualTo("Connexion – Convergence");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Connexion");
    assertThat(browser.findElement(By.id("username")).isDisplayed()).isTrue();
    Path shot = BrowserSupport.screenshot(browser, "login-fr");
    assertThat(shot).exists();
    assertThat(sizeOf(shot)).isPositive();
  }

  @Test
  void switchesTheLoginPageToEnglish() {
    browser.get(BrowserSupport.url("/login?lang=en"));
    BrowserSupport.waitFor(browser).until(ExpectedConditions.titleContains("Convergence"));

    assertThat(browser.getTitle()).isEqualTo("Log in – Convergence");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    BrowserSupport.screenshot(browser, "login-en");
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
