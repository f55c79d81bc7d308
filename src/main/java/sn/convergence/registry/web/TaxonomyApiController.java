package sn.convergence.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import sn.convergence.registry.BeneficiaryUnit;
import sn.convergence.registry.Conditionality;
import sn.convergence.registry.InterventionStatus;
import sn.convergence.registry.Label;
import sn.convergence.registry.Modality;
import sn.convergence.registry.ParticipantRole;
import sn.convergence.registry.ScalingStage;
import sn.convergence.registry.Taxonomy;

@RestController
@RequestMapping("/api/v1/taxonomy")
@Tag(name = "Taxonomy", description = "Intervention families, types, target groups and code lists")
class TaxonomyApiController {

  private final Taxonomy taxonomy;
  private final MessageSource messages;

  TaxonomyApiController(Taxonomy taxonomy, MessageSource messages) {
    this.taxonomy = taxonomy;
    this.messages = messages;
  }

  @GetMapping
  @Operation(
      summary = "The intervention taxonomy with French and English labels",
      description =
          "Families with their types (DAC 5-digit sector, default beneficiary unit), target groups,"
              + " beneficiary units, modalities, conditionalities, statuses, roles, scaling stages.")
  TaxonomyView taxonomy() {
    return new TaxonomyView(
        taxonomy.families().stream()
            .map(
                f ->
                    new FamilyView(
                        f.code(),
                        f.label(),
                        f.types().stream()
                            .map(
                                t ->
                                    new TypeView(
                                        t.code(),
                                        t.label(),
                                        t.dacSector(),
                                        t.defaultUnit() == null ? null : t.defaultUnit().name()))
                            .toList()))
            .toList(),
        taxonomy.targetGroups().stream().map(g -> new CodeView(g.code(), g.label())).toList(),
        codes("registry.unit.", BeneficiaryUnit.values()),
        codes("registry.modality.", Modality.values()),
        codes("registry.conditionality.", Conditionality.values()),
        codes("registry.status.", InterventionStatus.values()),
        codes("registry.role.", ParticipantRole.values()),
        codes("registry.stage.", ScalingStage.values()));
  }

  private List<CodeView> codes(String prefix, Enum<?>[] values) {
    return Arrays.stream(values)
        .map(
            v ->
                new CodeView(
                    v.name(),
                    new Label(
                        messages.getMessage(prefix + v.name(), null, v.name(), Locale.FRENCH),
                        messages.getMessage(prefix + v.name(), null, v.name(), Locale.ENGLISH))))
        .toList();
  }

  record TaxonomyView(
      List<FamilyView> families,
      List<CodeView> targetGroups,
      List<CodeView> units,
      List<CodeView> modalities,
      List<CodeView> conditionalities,
      List<CodeView> statuses,
      List<CodeView> roles,
      List<CodeView> scalingStages) {}

  record FamilyView(String code, Label label, List<TypeView> types) {}

  record TypeView(String code, Label label, String dacSector, String defaultUnit) {}

  record CodeView(String code, Label label) {}
}
