package sn.convergence.system.security;

import sn.convergence.support.PostgresTest;

@PostgresTest
class AccessTokenPostgresIntegrationTest extends AccessTokenContract {}
