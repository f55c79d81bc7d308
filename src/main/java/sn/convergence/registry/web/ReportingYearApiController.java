package sn.convergence.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import sn.convergence.registry.ReportingYears;

@RestController
@RequestMapping("/api/v1/reporting-years")
@Tag(name = "Reporting years", description = "Locking a year's coverage figures")
class ReportingYearApiController {

  private final ReportingYears years;

  ReportingYearApiController(ReportingYears years) {
    this.years = years;
  }

  @GetMapping
  @Operation(summary = "The locked reporting years")
  List<ReportingYears.LockedYear> locked() {
    return years.list();
  }

  @PostMapping("/{year}/lock")
  @Operation(
      summary = "Lock a year (coordinators and administrators)",
      description =
          "Afterwards only coordinators and administrators may create, change or delete coverage"
              + " rows whose period touches the year; partners get 403 (code year_locked).")
  ReportingYears.LockedYear lock(@PathVariable int year) {
    return years.lock(year);
  }

  @PostMapping("/{year}/unlock")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Unlock a year (coordinators and administrators)")
  void unlock(@PathVariable int year) {
    years.unlock(year);
  }
}
