package sn.convergence.context;

import sn.convergence.support.PostgresTest;

@PostgresTest
class ContextIndicatorsPostgresIntegrationTest extends ContextIndicatorsContract {}
