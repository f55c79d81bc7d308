package sn.convergence.actors;

import sn.convergence.support.PostgresTest;

@PostgresTest
class OrganisationApiPostgresIntegrationTest extends OrganisationApiContract {}
