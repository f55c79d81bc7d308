package sn.convergence.geography.boundaries;

import java.io.PrintWriter;
import sn.convergence.geography.ImportProgress;

/**
 * Prints import progress as lines: every 100 features while reading, then every tenth of each later
 * phase and its end, so that logs of unattended runs stay short.
 */
final class CliProgress implements ImportProgress {

  private final PrintWriter out;
  private final CliReport text;
  private Phase phase;
  private int lastTenth = -1;

  CliProgress(PrintWriter out, CliReport text) {
    this.out = out;
    this.text = text;
  }

  @Override
  public void update(Phase current, int done, int total) {
    if (current != phase) {
      phase = current;
      lastTenth = -1;
    }
    if (total < 0) {
      if (done % 100 == 0) {
        out.println(text.progress(current, done, total));
        out.flush();
      }
      return;
    }
    int tenth = total == 0 ? 10 : done * 10 / total;
    if (tenth != lastTenth) {
      lastTenth = tenth;
      out.println(text.progress(current, done, total));
      out.flush();
    }
  }
}
