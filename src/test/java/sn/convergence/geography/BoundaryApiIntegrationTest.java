package sn.convergence.geography;

import sn.convergence.support.PlatformTest;

@PlatformTest
class BoundaryApiIntegrationTest extends BoundaryApiContract {}
