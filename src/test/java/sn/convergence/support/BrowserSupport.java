package sn.convergence.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Selenium in Debian's Chromium ({@code /usr/bin/chromium} driven by {@code /usr/bin/chromedriver},
 * both overridable with {@code -De2e.chromium=} and {@code -De2e.chromedriver=}), headless, with a
 * fresh profile and no attempt to reach the internet. Browser tests ({@code *BrowserTest}) run only
 * in the {@code e2e} profile against an application that is already running:
 *
 * <pre>mvn -Pe2e test -De2e.baseUrl=http://127.0.0.1:8080</pre>
 */
public final class BrowserSupport {

  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private BrowserSupport() {}

  static {
    System.setProperty("SE_OFFLINE", "true");
    System.setProperty("SE_AVOID_STATS", "true");
  }

  /** The running application, from {@code -De2e.baseUrl}, without a trailing slash. */
  public static String baseUrl() {
    String url = System.getProperty("e2e.baseUrl", "");
    if (url.isBlank()) {
      throw new IllegalStateException(
          "Browser tests need a running application: mvn -Pe2e test -De2e.baseUrl=http://...");
    }
    return url.replaceAll("/+$", "");
  }

  /** The absolute URL of a path of the running application. */
  public static String url(String path) {
    return baseUrl() + path;
  }

  /** A new headless Chromium with a throwaway profile; quit it after the test. */
  public static ChromeDriver startChromium() {
    return startChromium(null);
  }

  /**
   * A new headless Chromium that saves downloads, without asking, into {@code downloads} (null: the
   * browser's default).
   */
  public static ChromeDriver startChromium(Path downloads) {
    try {
      Path profile = Files.createTempDirectory("convergence-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--window-size=1280,900",
          "--lang=fr",
          "--user-data-dir=" + profile);
      if (downloads != null) {
        options.setExperimentalOption(
            "prefs",
            Map.of(
                "download.default_directory",
                downloads.toAbsolutePath().toString(),
                "download.prompt_for_download",
                false));
      }
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(
                  new File(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver")))
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      if (downloads != null) {
        driver.executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
      }
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits up to ten seconds, for conditions of htmx swaps and map rendering. */
  public static WebDriverWait waitFor(ChromeDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  /** Saves the current page as {@code target/screenshots/<name>.png} and returns the file. */
  public static Path screenshot(ChromeDriver driver, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path target = SCREENSHOTS.resolve(name + ".png");
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
