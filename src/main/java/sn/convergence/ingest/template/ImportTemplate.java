package sn.convergence.ingest.template;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.AdminUnits;
import sn.convergence.ingest.export.RegistryRows;
import sn.convergence.ingest.export.TableWriter;
import sn.convergence.registry.BeneficiaryUnit;
import sn.convergence.registry.InterventionStatus;
import sn.convergence.registry.Taxonomy;

/**
 * The import template, as XLSX ({@link TemplateWorkbook}: headers, HXL row, drop-downs, example,
 * instructions) or CSV (UTF-8 with a byte order mark: the headers and the HXL row only). The lists
 * come from the taxonomy, the beneficiary units and the regions and departments valid today.
 */
@Service
public class ImportTemplate {

  private final Taxonomy taxonomy;
  private final AdminUnits adminUnits;
  private final MessageSource messages;
  private final Clock clock = Clock.systemDefaultZone();

  ImportTemplate(Taxonomy taxonomy, AdminUnits adminUnits, MessageSource messages) {
    this.taxonomy = taxonomy;
    this.adminUnits = adminUnits;
    this.messages = messages;
  }

  public void writeXlsx(OutputStream out) {
    int lastYear = LocalDate.now(clock).getYear() - 1;
    try (XSSFWorkbook book =
        new TemplateWorkbook(lists(), (key, locale) -> message(key, locale), lastYear).build()) {
      book.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void writeCsv(OutputStream out) {
    try (TableWriter table = TableWriter.csv(out)) {
      table.header(RegistryRows.headers(), RegistryRows.hashtags());
    }
  }

  /** The code lists offered by the drop-downs. */
  public TemplateLists lists() {
    return new TemplateLists(
        taxonomy.types().stream()
            .map(t -> TemplateLists.Entry.of(t.code(), t.label().fr()))
            .toList(),
        taxonomy.targetGroups().stream()
            .map(g -> TemplateLists.Entry.of(g.code(), g.label().fr()))
            .toList(),
        Arrays.stream(BeneficiaryUnit.values())
            .map(u -> TemplateLists.Entry.of(u.name(), message("registry.unit." + u.name())))
            .toList(),
        Arrays.stream(InterventionStatus.values())
            .map(s -> TemplateLists.Entry.of(s.name(), message("registry.status." + s.name())))
            .toList(),
        units(AdminLevel.REGION),
        units(AdminLevel.DEPARTMENT));
  }

  private List<TemplateLists.Entry> units(AdminLevel level) {
    return adminUnits.list(level, null, null).stream().map(ImportTemplate::entry).toList();
  }

  private static TemplateLists.Entry entry(AdminUnit unit) {
    return new TemplateLists.Entry(
        unit.pcode().value(), unit.name(), unit.parent() == null ? null : unit.parent().value());
  }

  private String message(String key) {
    return message(key, Locale.FRENCH);
  }

  private String message(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
