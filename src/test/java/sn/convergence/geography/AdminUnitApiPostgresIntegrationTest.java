package sn.convergence.geography;

import sn.convergence.support.PostgresTest;

@PostgresTest
class AdminUnitApiPostgresIntegrationTest extends AdminUnitApiContract {}
