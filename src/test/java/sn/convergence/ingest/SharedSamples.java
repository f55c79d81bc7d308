package sn.convergence.ingest;

import java.nio.file.Path;

/** Test fixture: the read-only sample files of the shared folder (system property in surefire). */
final class SharedSamples {

  private SharedSamples() {}

  static Path sample(String name) {
    return Path.of(System.getProperty("convergence.shared-dir", "../shared"), "samples", name);
  }
}
