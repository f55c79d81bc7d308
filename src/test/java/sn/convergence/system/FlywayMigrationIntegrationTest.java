package sn.convergence.system;

import sn.convergence.support.PlatformTest;

@PlatformTest
class FlywayMigrationIntegrationTest extends FlywayMigrationContract {

  @Override
  String expectedDatabaseProduct() {
    return "H2";
  }
}
