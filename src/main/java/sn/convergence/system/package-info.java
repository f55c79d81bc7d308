/**
 * Cross-cutting support kept deliberately small: security, users, error handling, i18n, layout and
 * the command line.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "System",
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package sn.convergence.system;
