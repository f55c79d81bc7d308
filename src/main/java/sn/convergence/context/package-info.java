/**
 * Context indicators per administrative unit and year (population, households, poverty rate, food
 * insecurity, registry size, schools...), each value with its source. Two sources for the same unit
 * and year are both kept and shown, never averaged.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Context indicators")
package sn.convergence.context;
