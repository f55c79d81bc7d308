package sn.convergence.demo.raw;

import java.util.ArrayList;
import java.util.List;
import sn.convergence.demo.DemoDataset;

/**
 * Generates the raw layer from a truth layer (demo spec, sections 4 and 6): about thirty partner
 * files in their partners' formats, with the data-quality problems injected at their target
 * frequencies and logged. Pure and deterministic: the same dataset (seed) gives the same files, log
 * and truths.
 */
public final class PartnerSubmissions {

  private PartnerSubmissions() {}

  public static RawLayer generate(DemoDataset dataset) {
    Sources sources = new Sources(dataset);
    List<FileSpec> files = new ArrayList<>();
    files.addAll(new NationalFiles(sources).build());
    files.addAll(new CoordinatorFiles(sources).build());
    files.addAll(new WfpFiles(sources).build());
    files.addAll(new ResilienceFiles(sources).build());
    files.addAll(new CanteenFiles(sources).build());
    files.addAll(new NgoFiles(sources).build());
    files.addAll(new CouncilFiles(sources).build());
    new Noise(sources, files).inject();
    Layout layout = Layout.of(files);
    return new RawLayer(
        dataset.seed(),
        layout.files(),
        layout.noise(),
        layout.truths(),
        sources.operations,
        ColumnProfiles.all());
  }
}
