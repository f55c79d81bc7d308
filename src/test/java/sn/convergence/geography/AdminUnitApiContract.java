package sn.convergence.geography;

import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The admin-unit API over the shipped reference geography. Run on H2 by {@link
 * AdminUnitApiIntegrationTest} and on PostgreSQL by {@link AdminUnitApiPostgresIntegrationTest}.
 */
abstract class AdminUnitApiContract {

  @Autowired MockMvc mvc;

  @Test
  void listsFortySixDepartmentsToday() throws Exception {
    mvc.perform(get("/api/v1/admin-units").param("level", "DEPARTMENT"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalItems").value(46));
  }

  @Test
  void listsFortyFiveDepartmentsInJune2019() throws Exception {
    mvc.perform(
            get("/api/v1/admin-units").param("level", "DEPARTMENT").param("validOn", "2019-06-01"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalItems").value(45));
  }

  @Test
  void listsFourteenRegions() throws Exception {
    mvc.perform(get("/api/v1/admin-units").param("level", "REGION"))
        .andExpect(jsonPath("$.totalItems").value(14));
  }

  @Test
  void ranksMbourFirstForMApostropheBour() throws Exception {
    mvc.perform(get("/api/v1/admin-units/resolve").param("name", "M'bour"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("MATCHED"))
        .andExpect(jsonPath("$.candidates[0].pcode").value("SN1301"));
  }

  @Test
  void givesDakarDepartmentItsDeclaredNeighbours() throws Exception {
    mvc.perform(get("/api/v1/admin-units/SN0101"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.parent").value("SN01"))
        .andExpect(jsonPath("$.centroid.lat").isNumber())
        .andExpect(jsonPath("$.adjacent", hasItems("SN0102", "SN0103")));
  }

  @Test
  void answersUnknownUnitWithProblem404() throws Exception {
    mvc.perform(get("/api/v1/admin-units/SN9999"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.status").value(404));
  }
}
