package sn.convergence.actors;

import sn.convergence.support.PlatformTest;

@PlatformTest
class OrganisationApiIntegrationTest extends OrganisationApiContract {}
