package sn.convergence.ingest.export;

import java.io.OutputStream;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import sn.convergence.actors.Organisations;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.AdminUnits;
import sn.convergence.geography.PCode;
import sn.convergence.registry.CoverageFacts;
import sn.convergence.registry.InterventionQuery;

/**
 * Writes the registry as an exchange file (CSV or XLSX): the {@link
 * sn.convergence.ingest.ExchangeColumn} headers, the HXL row, then one row per coverage fact of the
 * interventions the caller may read, streamed from {@link CoverageFacts} page by page.
 */
@Service
public class RegistryExport {

  static final String SHEET = "Registre";

  private final CoverageFacts facts;
  private final Organisations organisations;
  private final AdminUnits adminUnits;

  RegistryExport(CoverageFacts facts, Organisations organisations, AdminUnits adminUnits) {
    this.facts = facts;
    this.organisations = organisations;
    this.adminUnits = adminUnits;
  }

  /** Writes the file to the stream (left open); returns the number of facts written. */
  public long write(InterventionQuery query, ExportFormat format, OutputStream out) {
    Map<PCode, AdminUnit> units =
        adminUnits.all().stream()
            .collect(Collectors.toMap(AdminUnit::pcode, Function.identity(), (a, b) -> a));
    RegistryRows rows = new RegistryRows(organisations.byId(), units);
    try (TableWriter table = format.table(out, SHEET)) {
      table.header(RegistryRows.headers(), RegistryRows.hashtags());
      return facts.forEach(query, fact -> table.row(rows.cells(fact)));
    }
  }
}
