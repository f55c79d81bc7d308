package sn.convergence.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server that the PostgreSQL test tier uses, one per test JVM.
 *
 * <p>When the system property {@code convergence.test.pg.url} (or the environment variable {@code
 * CONVERGENCE_TEST_PG_URL}) names a database, that server is used with {@code
 * convergence.test.pg.user} / {@code convergence.test.pg.password} (default {@code convergence} for
 * both); the user needs the CREATEDB privilege. Otherwise an embedded PostgreSQL (zonky, binaries
 * from Maven Central, no Docker) is started on first use and stopped when the JVM exits.
 *
 * <p>Each call to {@link #createDatabase()} creates a new empty database with a random name, so
 * every Spring context gets its own schema; the databases are dropped when the JVM exits.
 */
public final class PostgresTestServer {

  /** A database the tests may use: JDBC URL and credentials. */
  public record Database(String url, String user, String password) {}

  static final String URL_PROPERTY = "convergence.test.pg.url";
  private static final Pattern JDBC_URL =
      Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?$");

  private static PostgresTestServer instance;

  private final Database admin;
  private final EmbeddedPostgres embedded;
  private final List<String> created = new CopyOnWriteArrayList<>();

  private PostgresTestServer(Database admin, EmbeddedPostgres embedded) {
    this.admin = admin;
    this.embedded = embedded;
    Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "postgres-test-server"));
  }

  /** The server of this JVM, started on first use when no external server is configured. */
  public static synchronized PostgresTestServer get() {
    if (instance == null) {
      instance = start();
    }
    return instance;
  }

  /** True when the tests use a server given from outside rather than an embedded one. */
  public boolean isExternal() {
    return embedded == null;
  }

  /** Creates an empty database with a random name and returns how to reach it. */
  public Database createDatabase() {
    String name = "convergence_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("create database " + name);
    created.add(name);
    return new Database(withDatabase(admin.url(), name), admin.user(), admin.password());
  }

  private static PostgresTestServer start() {
    String url = setting(URL_PROPERTY);
    if (url != null && !url.isBlank()) {
      String user = orDefault(setting("convergence.test.pg.user"), "convergence");
      String password = orDefault(setting("convergence.test.pg.password"), "convergence");
      return new PostgresTestServer(new Database(url.strip(), user, password), null);
    }
    try {
      EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
      return new PostgresTestServer(
          new Database(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres"), pg);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Embedded PostgreSQL did not start (it refuses to run as root). Start a server and set -D"
              + URL_PROPERTY
              + ", as scripts/test.sh does",
          e);
    }
  }

  /** Replaces the database name in a {@code jdbc:postgresql://host:port/db?params} URL. */
  static String withDatabase(String url, String database) {
    Matcher m = JDBC_URL.matcher(url);
    if (!m.matches()) {
      throw new IllegalArgumentException("Not a jdbc:postgresql://host:port/db URL: " + url);
    }
    return m.group(1) + database + (m.group(3) == null ? "" : m.group(3));
  }

  private void execute(String sql) {
    try (Connection c = DriverManager.getConnection(admin.url(), admin.user(), admin.password());
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL test server: " + sql + " failed", e);
    }
  }

  private void shutdown() {
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
      }
      return;
    }
    for (String name : created) {
      try {
        execute("drop database if exists " + name + " with (force)");
      } catch (IllegalStateException e) {
        System.err.println("Could not drop test database " + name + ": " + e.getMessage());
      }
    }
  }

  private static String setting(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      value = System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_'));
    }
    return value;
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
