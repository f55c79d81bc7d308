package sn.convergence.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Like {@link PlatformTest}, but on a fresh PostgreSQL database: the server named by {@code
 * -Dconvergence.test.pg.url} (CI) or an embedded PostgreSQL started once per JVM. See the package
 * documentation for running one set of tests on both databases.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
public @interface PostgresTest {}
