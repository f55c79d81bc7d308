package sn.convergence.registry;

import java.util.List;

/** One page of interventions; {@code page} counts from 0. */
public record InterventionPage(List<InterventionSummary> items, int page, int size, long total) {}
