package sn.convergence.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * French first, English second, nothing written into templates: every message exists in both
 * languages, every template string comes from a message, and every message a template uses exists.
 * Reads the sources ({@code src/main/resources}), so a failure names the file to fix.
 */
class InternationalisationTest {

  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Path MESSAGES = RESOURCES.resolve("messages");
  private static final Path TEMPLATES = RESOURCES.resolve("templates");
  private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{\\s*([A-Za-z][\\w.\\-]*)");
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

  @Test
  void definesEveryMessageInFrenchAndEnglish() throws IOException {
    Map<String, String> problems = new TreeMap<>();
    for (Path french : bundles()) {
      Path english = MESSAGES.resolve(baseName(french) + "_en.properties");
      assertThat(english).as("English bundle for " + french).exists();
      Properties fr = load(french);
      Properties en = load(english);
      difference(fr, en).forEach(k -> problems.put(french.getFileName() + " " + k, "no English"));
      difference(en, fr).forEach(k -> problems.put(english.getFileName() + " " + k, "no French"));
      for (String key : fr.stringPropertyNames()) {
        if (en.containsKey(key) && !arguments(fr, key).equals(arguments(en, key))) {
          problems.put(french.getFileName() + " " + key, "other arguments than in English");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void listsEveryBundleInTheApplicationProperties() throws IOException {
    Properties app = load(RESOURCES.resolve("application.properties"));
    Set<String> listed =
        new TreeSet<>(
            Arrays.asList(app.getProperty("spring.messages.basename").split("\\s*,\\s*")));
    for (Path bundle : bundles()) {
      assertThat(listed).contains("messages/" + baseName(bundle));
    }
  }

  @Test
  void escapesApostrophesOfMessagesWithArguments() throws IOException {
    List<String> unescaped = new ArrayList<>();
    for (Path bundle : allBundleFiles()) {
      Properties messages = load(bundle);
      for (String key : messages.stringPropertyNames()) {
        String value = messages.getProperty(key);
        if (ARGUMENT.matcher(value).find() && value.replace("''", "").contains("'")) {
          unescaped.add(bundle.getFileName() + " " + key);
        }
      }
    }
    assertThat(unescaped).as("MessageFormat drops a single ' : write '' or ’").isEmpty();
  }

  @Test
  void writesNoLiteralTextInTemplates() throws IOException {
    Map<String, List<LiteralTextScanner.Finding>> literal = new TreeMap<>();
    for (Path template : templates()) {
      List<LiteralTextScanner.Finding> found = LiteralTextScanner.scan(Files.readString(template));
      if (!found.isEmpty()) {
        literal.put(TEMPLATES.relativize(template).toString(), found);
      }
    }
    assertThat(literal).as("literal text; use th:text=\"#{key}\"").isEmpty();
  }

  @Test
  void usesOnlyMessagesDefinedInBothLanguages() throws IOException {
    Properties french = new Properties();
    Properties english = new Properties();
    for (Path bundle : bundles()) {
      french.putAll(load(bundle));
      english.putAll(load(MESSAGES.resolve(baseName(bundle) + "_en.properties")));
    }
    Set<String> missing = new TreeSet<>();
    for (Path template : templates()) {
      Matcher m = MESSAGE_KEY.matcher(Files.readString(template));
      while (m.find()) {
        String key = m.group(1);
        if (!french.containsKey(key) || !english.containsKey(key)) {
          missing.add(TEMPLATES.relativize(template) + " " + key);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  private static List<Path> bundles() throws IOException {
    return allBundleFiles().stream()
        .filter(p -> !p.getFileName().toString().contains("_"))
        .toList();
  }

  private static List<Path> allBundleFiles() throws IOException {
    try (Stream<Path> files = Files.list(MESSAGES)) {
      List<Path> found = files.filter(p -> p.toString().endsWith(".properties")).sorted().toList();
      assertThat(found).as("message bundles in " + MESSAGES).isNotEmpty();
      return found;
    }
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  private static String baseName(Path bundle) {
    return bundle.getFileName().toString().replaceFirst("(_[a-z]{2})?\\.properties$", "");
  }

  private static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  private static Set<String> difference(Properties a, Properties b) {
    Set<String> keys = new TreeSet<>(a.stringPropertyNames());
    keys.removeAll(b.stringPropertyNames());
    return keys;
  }

  private static Set<String> arguments(Properties messages, String key) {
    Set<String> found = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(messages.getProperty(key));
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
