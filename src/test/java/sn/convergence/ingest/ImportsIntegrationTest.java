package sn.convergence.ingest;

import sn.convergence.support.PlatformTest;

@PlatformTest
class ImportsIntegrationTest extends ImportsContract {}
