package sn.convergence.registry;

import sn.convergence.support.PlatformTest;

@PlatformTest
class InterventionApiIntegrationTest extends InterventionApiContract {}
