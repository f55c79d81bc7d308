package sn.convergence.system.security;

import sn.convergence.support.PlatformTest;

@PlatformTest
class AccessTokenIntegrationTest extends AccessTokenContract {}
