package sn.convergence.bench;

import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import sn.convergence.ConvergenceApplication;
import sn.convergence.geography.AdminUnits;
import sn.convergence.geography.NameResolver;
import sn.convergence.geography.ResolveQuery;
import sn.convergence.geography.internal.AdminUnitStore;

/**
 * Resolving one free-text place name on a warm JVM, with a {@link NameResolver} built from the
 * shipped reference geography (migrated by Flyway into an in-memory H2). The names mix exact names,
 * spelling variants, codes, misspellings and unknown text, as met in partners' files.
 */
public class NameResolutionBench implements BenchCase {

  static final List<String> NAMES =
      List.of(
          "Dakar",
          "M'bour",
          "Mbour",
          "Tivaoune",
          "Medina Yoroufoula",
          "Ranerou",
          "Keur Massar",
          "Pikine",
          "Kédougou",
          "KEDOUGOU",
          "Tambacunda",
          "Ziguinchorr",
          "Saint Louis",
          "SN0101",
          "SN-DK",
          "ANSD 01",
          "Guediawaye",
          "Nowhere Town");

  private ConfigurableApplicationContext context;
  private NameResolver resolver;
  private int next;

  @Override
  public String name() {
    return "resolve-name";
  }

  @Override
  public String operation() {
    return "name resolved";
  }

  @Override
  public BenchPlan plan() {
    return new BenchPlan(20, 15, 2_000);
  }

  @Override
  public void setUp() {
    context =
        new SpringApplicationBuilder(ConvergenceApplication.class)
            .web(WebApplicationType.NONE)
            .properties(
                "spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "convergence.demo.mode=false",
                "logging.level.root=WARN")
            .run();
    AdminUnits units = context.getBean(AdminUnits.class);
    resolver = new NameResolver(units.all(), context.getBean(AdminUnitStore.class).findAliases());
  }

  @Override
  public Object run() {
    String name = NAMES.get(next++ % NAMES.size());
    return resolver.resolve(ResolveQuery.of(name)).status();
  }

  @Override
  public void tearDown() {
    if (context != null) {
      context.close();
    }
  }
}
