package sn.convergence.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Start-to-healthy of {@code target/convergence.jar}, with the JVM options of {@code
 * scripts/run.sh}, on a fresh data directory (embedded H2, demo data loaded on first start): from
 * process launch to the first {@code UP} of {@code /actuator/health}. Each run uses a new
 * directory, so each run migrates and loads from scratch.
 */
public class StartupBench implements BenchCase {

  static final Path JAR = Path.of("target", "convergence.jar");
  private static final Duration TIMEOUT = Duration.ofSeconds(180);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

  @Override
  public String name() {
    return "startup";
  }

  @Override
  public String operation() {
    return "start to healthy";
  }

  @Override
  public BenchPlan plan() {
    return BenchPlan.runs(Integer.getInteger("bench.startup.runs", 5));
  }

  @Override
  public void setUp() {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR + " is missing: run mvn -DskipTests package first");
    }
  }

  @Override
  public Object run() throws Exception {
    Path dataDir = Files.createTempDirectory("convergence-bench-");
    int port = freePort();
    ProcessBuilder builder =
        new ProcessBuilder(
                javaBinary(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-jar",
                JAR.toString(),
                "--server.port=" + port,
                "--convergence.demo.mode=true")
            .redirectErrorStream(true)
            .redirectOutput(dataDir.resolve("app.log").toFile());
    builder.environment().put("CONVERGENCE_DATA_DIR", dataDir.toString());
    Process app = builder.start();
    try {
      waitHealthy(app, port, dataDir);
      return port;
    } finally {
      app.destroy();
      app.waitFor();
      delete(dataDir);
    }
  }

  private void waitHealthy(Process app, int port, Path dataDir) throws Exception {
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!app.isAlive()) {
        throw new IllegalStateException("Application exited; see " + dataDir.resolve("app.log"));
      }
      try {
        HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("Not healthy after " + TIMEOUT);
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
