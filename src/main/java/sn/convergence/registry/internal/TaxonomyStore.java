package sn.convergence.registry.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import sn.convergence.registry.BeneficiaryUnit;
import sn.convergence.registry.InterventionFamily;
import sn.convergence.registry.InterventionType;
import sn.convergence.registry.Label;
import sn.convergence.registry.TargetGroup;

/** Reads the taxonomy tables filled by {@link RegistryReferenceMigration}. */
@Repository
public class TaxonomyStore {

  private final JdbcClient jdbc;

  TaxonomyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Families without their types, in display order. */
  public List<InterventionFamily> families() {
    return jdbc.sql(
            "select code, label_fr, label_en from intervention_family order by sort_order, code")
        .query(
            (rs, i) ->
                new InterventionFamily(
                    rs.getString("code"),
                    new Label(rs.getString("label_fr"), rs.getString("label_en")),
                    List.of()))
        .list();
  }

  public List<InterventionType> types() {
    return jdbc.sql(
            "select t.code, t.family_code, t.label_fr, t.label_en, t.dac_sector, t.default_unit"
                + " from intervention_type t join intervention_family f on f.code = t.family_code"
                + " order by f.sort_order, t.sort_order, t.code")
        .query(
            (rs, i) ->
                new InterventionType(
                    rs.getString("code"),
                    rs.getString("family_code"),
                    new Label(rs.getString("label_fr"), rs.getString("label_en")),
                    rs.getString("dac_sector"),
                    BeneficiaryUnit.parse(rs.getString("default_unit"))))
        .list();
  }

  public List<TargetGroup> targetGroups() {
    return jdbc.sql("select code, label_fr, label_en from target_group order by sort_order, code")
        .query(
            (rs, i) ->
                new TargetGroup(
                    rs.getString("code"),
                    new Label(rs.getString("label_fr"), rs.getString("label_en"))))
        .list();
  }
}
