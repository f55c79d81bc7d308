package sn.convergence.demo;

/**
 * A context indicator of one department: {@code periodLabel} is the year, or the survey round
 * ({@code 2018/19}) for poverty rates, whose {@code year} is the round's first year.
 */
public record DemoContextValue(
    String indicatorCode,
    String pcode,
    int year,
    String periodLabel,
    double value,
    String unit,
    String source,
    boolean synthetic) {}
