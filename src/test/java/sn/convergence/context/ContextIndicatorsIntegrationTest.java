package sn.convergence.context;

import sn.convergence.support.PlatformTest;

@PlatformTest
class ContextIndicatorsIntegrationTest extends ContextIndicatorsContract {}
