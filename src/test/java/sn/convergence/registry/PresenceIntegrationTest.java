package sn.convergence.registry;

import sn.convergence.support.PlatformTest;

@PlatformTest
class PresenceIntegrationTest extends PresenceContract {}
