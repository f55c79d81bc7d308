package sn.convergence.registry;

import sn.convergence.support.PostgresTest;

@PostgresTest
class InterventionApiPostgresIntegrationTest extends InterventionApiContract {}
