package sn.convergence.system;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Small persistent key-value settings of the installation (for example whether demo data is
 * loaded).
 */
@Service
public class Settings {

  public static final String DEMO_LOADED = "demo.loaded";

  private final JdbcClient jdbc;

  Settings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<String> get(String key) {
    return jdbc.sql("select setting_value from app_setting where setting_key = ?")
        .param(key)
        .query(String.class)
        .optional();
  }

  public boolean isTrue(String key) {
    return get(key).map(Boolean::parseBoolean).orElse(false);
  }

  @Transactional
  public void put(String key, String value) {
    int updated =
        jdbc.sql("update app_setting set setting_value = ? where setting_key = ?")
            .params(value, key)
            .update();
    if (updated == 0) {
      jdbc.sql("insert into app_setting (setting_key, setting_value) values (?, ?)")
          .params(key, value)
          .update();
    }
  }
}
