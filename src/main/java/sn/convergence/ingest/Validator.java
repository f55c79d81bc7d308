package sn.convergence.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A small named check over one staged item, returning the issues it finds (none when fine).
 * Validators compose in a list and are applied in order.
 */
@FunctionalInterface
public interface Validator<T> {

  List<Issue> validate(T item);

  /** Runs every validator and gathers their issues in order. */
  static <T> List<Issue> all(List<? extends Validator<T>> validators, T item) {
    List<Issue> issues = new ArrayList<>();
    for (Validator<T> validator : validators) {
      issues.addAll(validator.validate(item));
    }
    return issues;
  }
}
