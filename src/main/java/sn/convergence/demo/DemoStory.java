package sn.convergence.demo;

import java.util.List;

/** One of the six demo stories, with the departments and years where its facts are. */
public record DemoStory(int id, String descriptionFr, List<String> pcodes, List<Integer> years) {

  public DemoStory {
    pcodes = List.copyOf(pcodes);
    years = List.copyOf(years);
  }
}
