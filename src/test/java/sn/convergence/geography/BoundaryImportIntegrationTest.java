package sn.convergence.geography;

import sn.convergence.support.PlatformTest;

@PlatformTest
class BoundaryImportIntegrationTest extends BoundaryImportContract {}
