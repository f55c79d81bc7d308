package sn.convergence.ingest;

import sn.convergence.support.PostgresTest;

@PostgresTest
class ImportsPostgresIntegrationTest extends ImportsContract {}
