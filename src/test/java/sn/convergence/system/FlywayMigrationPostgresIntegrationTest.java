package sn.convergence.system;

import sn.convergence.support.PostgresTest;

@PostgresTest
class FlywayMigrationPostgresIntegrationTest extends FlywayMigrationContract {

  @Override
  String expectedDatabaseProduct() {
    return "PostgreSQL";
  }
}
