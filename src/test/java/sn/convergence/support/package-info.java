/**
 * Test infrastructure shared by all capabilities.
 *
 * <h2>Test tiers</h2>
 *
 * <ul>
 *   <li>{@code XTest}: plain JUnit, no Spring.
 *   <li>{@code XIntegrationTest} with {@link sn.convergence.support.PlatformTest}: the whole
 *       application on a fresh in-memory H2 (PostgreSQL mode), driven through MockMvc.
 *   <li>{@code XPostgresIntegrationTest} with {@link sn.convergence.support.PostgresTest}: the same
 *       application on a fresh PostgreSQL database. In CI, {@code scripts/test.sh} starts a
 *       PostgreSQL 15 server and passes {@code -Dconvergence.test.pg.url=...}; elsewhere an
 *       embedded PostgreSQL 14 (zonky, no Docker) is started once per test JVM. Each Spring context
 *       gets its own randomly named database, migrated by Flyway from empty.
 *   <li>{@code XBrowserTest}: Selenium in Debian's Chromium against a running jar, only in the
 *       {@code e2e} Maven profile; see {@link sn.convergence.support.BrowserSupport}.
 * </ul>
 *
 * <h2>Running repository and API tests on both databases</h2>
 *
 * Write the tests once in an abstract, package-private contract class and declare one thin subclass
 * per database:
 *
 * <pre>{@code
 * abstract class OrganisationStoreContract {
 *   @Autowired OrganisationStore store;
 *
 *   @Test
 *   void findsOrganisationByAcronym() { ... }
 * }
 *
 * @PlatformTest
 * class OrganisationStoreIntegrationTest extends OrganisationStoreContract {}
 *
 * @PostgresTest
 * class OrganisationStorePostgresIntegrationTest extends OrganisationStoreContract {}
 * }</pre>
 *
 * Both subclasses share Spring's context cache with every other test of the same kind, so the
 * database is shared between test classes: create the rows a test needs (unique codes) instead of
 * assuming an empty table, or clean up in {@code @AfterEach}. {@code
 * sn.convergence.system.FlywayMigrationContract} is the first example; the API contracts of actors,
 * registry, context, geography and system security follow it. Do not assume ids start at 1: read
 * them from responses. A contract marked {@code @DirtiesContext} (the boundary imports) closes the
 * shared context after it, so the next PostgreSQL test class pays for a new database, a Flyway run
 * and a Spring start (several seconds): keep such contracts rare.
 *
 * <p>SQL must run on both engines. H2 runs in {@code MODE=PostgreSQL} but is not PostgreSQL:
 * upserts ({@code ON CONFLICT ... DO UPDATE}), array and JSON operators, date arithmetic, implicit
 * casts and error codes differ. Prefer portable SQL, and let the contract tests prove it; put an
 * unavoidable vendor-specific migration in {@code db/migration/postgresql} and {@code
 * db/migration/h2}.
 */
package sn.convergence.support;
