package sn.convergence.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test application context at a fresh database on the {@link PostgresTestServer}. Used by
 * {@link PostgresTest}; Flyway then migrates the empty database when the context starts.
 */
public class PostgresTestDatabase
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    PostgresTestServer.Database db = PostgresTestServer.get().createDatabase();
    TestPropertyValues.of(
            "spring.datasource.url=" + db.url(),
            "spring.datasource.username=" + db.user(),
            "spring.datasource.password=" + db.password(),
            "spring.datasource.driver-class-name=org.postgresql.Driver")
        .applyTo(context);
  }
}
