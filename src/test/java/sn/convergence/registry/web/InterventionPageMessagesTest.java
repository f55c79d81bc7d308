package sn.convergence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class InterventionPageMessagesTest {

  private static final Path TEMPLATES =
      Path.of("src/main/resources/templates/registry/interventions");
  private static final Pattern KEY = Pattern.compile("#\\{([\\w.]+)[}(]|msg\\('([\\w.]+)'\\)");
  private static final Pattern TEXT_NODE = Pattern.compile(">\\s*([^<\\s][^<]*?)\\s*<");

  @Test
  void everyPageKeyExistsInFrenchAndEnglish() throws IOException {
    Properties fr = load("messages/registry.properties");
    Properties en = load("messages/registry_en.properties");
    Set<String> frPage = pageKeys(fr);
    assertThat(frPage).isNotEmpty().isEqualTo(pageKeys(en));
    for (String key : keysUsedInTemplates()) {
      if (key.startsWith("page.interventions.") || key.startsWith("registry.")) {
        assertThat(fr).as(key).containsKey(key);
        assertThat(en).as(key).containsKey(key);
      }
    }
  }

  @Test
  void templatesHoldNoLiteralText() throws IOException {
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      for (Path file : files.toList()) {
        String markup = Files.readString(file).replaceAll("\"[^\"]*\"", "\"\"");
        Matcher m = TEXT_NODE.matcher(markup);
        while (m.find()) {
          assertThat(m.group(1)).as(file + " has literal text").isBlank();
        }
      }
    }
  }

  private static Set<String> keysUsedInTemplates() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      for (Path file : files.toList()) {
        Matcher m = KEY.matcher(Files.readString(file));
        while (m.find()) {
          keys.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
      }
    }
    assertThat(keys).contains("page.interventions.list.title", "page.interventions.field.code");
    return keys;
  }

  private static Set<String> pageKeys(Properties p) {
    Set<String> keys = new TreeSet<>();
    p.stringPropertyNames().stream()
        .filter(k -> k.startsWith("page.interventions."))
        .forEach(keys::add);
    return keys;
  }

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        InterventionPageMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
