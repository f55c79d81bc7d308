package sn.convergence.demo;

import java.time.LocalDate;

/**
 * One truth fact: an intervention in one department over one period. {@code periodLabel} is a year
 * ({@code 2021}), a quarter ({@code 2021-Q3}), a month ({@code 2022-07}), a school year ({@code
 * 2019/2020}) or an agricultural season ({@code 2015S}); {@code periodStart}/{@code periodEnd} are
 * the inclusive dates it spans. {@code planned} and {@code budgetXof} are null when not applicable
 * (a secondary unit of a fact whose budget is already counted). {@code operationKey} is shared by
 * facts that describe the same operation reported by two sources, null otherwise.
 */
public record DemoCoverage(
    String interventionCode,
    String pcode,
    String periodLabel,
    LocalDate periodStart,
    LocalDate periodEnd,
    Long planned,
    long reached,
    String beneficiaryUnit,
    Long budgetXof,
    String source,
    boolean synthetic,
    String operationKey) {

  /** True when the period overlaps the calendar year. */
  public boolean covers(int year) {
    return periodStart.getYear() <= year && periodEnd.getYear() >= year;
  }
}
