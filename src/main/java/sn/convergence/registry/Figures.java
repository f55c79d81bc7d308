package sn.convergence.registry;

/** Planned and reached beneficiaries of one unit, summed over rows (unknown figures count 0). */
public record Figures(long planned, long reached) {

  public Figures plus(Long morePlanned, Long moreReached) {
    return new Figures(
        planned + (morePlanned == null ? 0 : morePlanned),
        reached + (moreReached == null ? 0 : moreReached));
  }
}
