package sn.convergence.system.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import sn.convergence.system.Settings;

/** Model attributes every page's layout needs. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

  private final Settings settings;

  LayoutAdvice(Settings settings) {
    this.settings = settings;
  }

  @ModelAttribute("demoMode")
  boolean demoMode() {
    return settings.isTrue(Settings.DEMO_LOADED);
  }
}
