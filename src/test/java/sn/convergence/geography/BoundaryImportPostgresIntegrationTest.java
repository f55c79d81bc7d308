package sn.convergence.geography;

import sn.convergence.support.PostgresTest;

@PostgresTest
class BoundaryImportPostgresIntegrationTest extends BoundaryImportContract {}
