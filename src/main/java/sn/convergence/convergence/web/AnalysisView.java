package sn.convergence.convergence.web;

import java.util.List;
import java.util.Map;
import sn.convergence.convergence.Activity;
import sn.convergence.convergence.ComponentPresence;
import sn.convergence.convergence.ConvergenceQuery;
import sn.convergence.convergence.ConvergenceResult;
import sn.convergence.convergence.ConvergenceRun;
import sn.convergence.convergence.CoverageLine;
import sn.convergence.convergence.Duplication;
import sn.convergence.convergence.MissingItem;
import sn.convergence.convergence.NeedIndicator;
import sn.convergence.convergence.NeedPart;
import sn.convergence.convergence.ResolvedThresholds;
import sn.convergence.convergence.UnitClass;
import sn.convergence.convergence.UnitProfile;
import sn.convergence.convergence.UnitScores;
import sn.convergence.convergence.Zone;

/**
 * The JSON of an analysis: per unit its class (code and labels), need, coverage, complementarity,
 * duplication and gap, each with its parts, or its status and missing data; the zones with their
 * units and priority activities. Unscored units carry no scores (fields left out).
 */
record AnalysisView(
    String level,
    String period,
    int fromYear,
    int toYear,
    String fingerprint,
    String status,
    List<MissingItem> missing,
    Parameters parameters,
    ResolvedThresholds thresholds,
    ConvergenceRun.InputSummary inputs,
    List<UnitView> units,
    List<ZoneView> zones) {

  record Parameters(
      List<NeedIndicator> weights,
      String thresholdMode,
      double highNeed,
      double lowCoverage,
      int minComponents,
      int minDuplications) {}

  record ClassLabel(String code, String labelFr, String labelEn) {
    static ClassLabel of(UnitClass unitClass) {
      return new ClassLabel(unitClass.name(), unitClass.labelFr(), unitClass.labelEn());
    }
  }

  record UnitView(
      String pcode,
      String name,
      String status,
      List<MissingItem> missing,
      List<String> warnings,
      ClassLabel unitClass,
      List<String> matchedClasses,
      Need need,
      Coverage coverage,
      Complementarity complementarity,
      DuplicationView duplication,
      Gap gap) {}

  record Need(double value, List<NeedPart> parts) {}

  record Coverage(double value, List<Line> lines, List<ComponentPresence> components) {}

  record Line(
      String familyCode,
      String beneficiaryUnit,
      long beneficiaries,
      String denominator,
      Double denominatorValue,
      String formula,
      Double ratio) {
    static Line of(CoverageLine l) {
      return new Line(
          l.familyCode(),
          l.beneficiaryUnit(),
          l.beneficiaries(),
          l.denominator().map(d -> d.code()).orElse(null),
          l.denominator().map(d -> d.value()).orElse(null),
          l.denominator().map(d -> d.formula()).orElse(null),
          l.ratio().orElse(null));
    }
  }

  record Complementarity(double value, long present, int total, int distinctFamilies) {}

  record DuplicationView(int count, List<Duplication> items) {}

  record Gap(double value, double need, double coverage, String formula) {}

  record ZoneView(
      String id,
      ClassLabel unitClass,
      String nameFr,
      String nameEn,
      List<ZoneUnit> units,
      double meanNeed,
      double maxNeed,
      List<ActivityView> activities) {}

  record ZoneUnit(String pcode, String name) {}

  record ActivityView(
      String kind,
      String kindFr,
      String kindEn,
      String code,
      String labelFr,
      String labelEn,
      List<String> units,
      List<String> interventions,
      List<String> organisations,
      String rationaleFr,
      String rationaleEn) {
    static ActivityView of(Activity a) {
      return new ActivityView(
          a.kind().name(),
          a.kind().labelFr(),
          a.kind().labelEn(),
          a.code(),
          a.labelFr(),
          a.labelEn(),
          a.units().stream().map(p -> p.value()).toList(),
          a.interventions(),
          a.organisations(),
          a.rationaleFr(),
          a.rationaleEn());
    }
  }

  static AnalysisView of(ConvergenceRun run) {
    return of(run.query(), run.result(), run.inputs());
  }

  /** {@code inputs} may be null (a saved analysis keeps only query and result). */
  static AnalysisView of(
      ConvergenceQuery query, ConvergenceResult result, ConvergenceRun.InputSummary inputs) {
    Map<String, String> names =
        result.units().stream()
            .collect(java.util.stream.Collectors.toMap(u -> u.pcode().value(), UnitProfile::name));
    return new AnalysisView(
        result.level().name(),
        result.periodLabel(),
        query.fromYear(),
        query.toYear(),
        result.fingerprint(),
        result.status().name(),
        result.missing(),
        new Parameters(
            query.needIndicators(),
            query.thresholds().highNeed().mode().name(),
            query.thresholds().highNeed().value(),
            query.thresholds().lowCoverage().value(),
            query.thresholds().minComponents(),
            query.thresholds().minDuplications()),
        result.thresholds(),
        inputs,
        result.units().stream().map(AnalysisView::unit).toList(),
        result.zones().stream().map(z -> zone(z, names)).toList());
  }

  private static UnitView unit(UnitProfile p) {
    UnitScores s = p.scores().orElse(null);
    if (s == null) {
      return new UnitView(
          p.pcode().value(),
          p.name(),
          p.status().name(),
          p.missing(),
          p.warnings(),
          null,
          null,
          null,
          null,
          null,
          null,
          null);
    }
    return new UnitView(
        p.pcode().value(),
        p.name(),
        p.status().name(),
        p.missing(),
        p.warnings(),
        ClassLabel.of(s.unitClass()),
        s.matchedClasses().stream().map(Enum::name).toList(),
        new Need(s.need().value(), s.need().parts()),
        new Coverage(
            s.coverage(), s.coverageLines().stream().map(Line::of).toList(), s.components()),
        new Complementarity(
            s.complementarity(),
            s.componentsPresent(),
            s.components().size(),
            s.distinctFamilies()),
        new DuplicationView(s.duplications().size(), s.duplications()),
        new Gap(s.gap(), s.need().value(), s.coverage(), "need x (1 - coverage)"));
  }

  static ZoneView zone(Zone z, Map<String, String> names) {
    return new ZoneView(
        z.id(),
        ClassLabel.of(z.unitClass()),
        z.nameFr(),
        z.nameEn(),
        z.units().stream().map(p -> new ZoneUnit(p.value(), names.get(p.value()))).toList(),
        z.meanNeed(),
        z.maxNeed(),
        z.activities().stream().map(ActivityView::of).toList());
  }
}
