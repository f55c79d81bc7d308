package sn.convergence.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * The "who does what where" aggregate at one level over [from, to] (null bounds: all periods).
 * {@code units} lists every unit of the level that exists during the period, with rows reported in
 * it or in a unit inside it; {@code coarserRows} groups the rows reported at a coarser level (a
 * region-wide row when departments are asked), which are never split over finer units; {@code
 * totals} sums every row of the report, the coarser ones included.
 */
public record PresenceReport(
    String level,
    LocalDate from,
    LocalDate to,
    List<UnitPresence> units,
    List<UnitPresence> coarserRows,
    UnitPresence totals) {}
