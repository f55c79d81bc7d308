package sn.convergence.registry;

import sn.convergence.support.PostgresTest;

@PostgresTest
class PresencePostgresIntegrationTest extends PresenceContract {}
