package sn.convergence.system;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;

/**
 * Finds user-visible text written literally in a Thymeleaf template, with Thymeleaf's own markup
 * parser (AttoParser, which does not restructure the document as a browser would).
 *
 * <p>A text node is literal when it contains a letter and no enclosing element replaces its body
 * ({@code th:text}, {@code th:utext}, {@code th:replace}, {@code th:insert}, {@code th:remove},
 * {@code sec:authentication}, with or without the {@code data-} prefix). Text inside {@code script}
 * and {@code style} is not checked, nor text inside an element that declares its own {@code lang}
 * (a language's name written in that language, as in a language switch). Inlined expressions
 * ({@code [[...]]}, {@code [(...)]}) are not literal. The attributes {@code title}, {@code alt},
 * {@code placeholder} and {@code aria-label} are literal unless the same element sets them through
 * Thymeleaf.
 */
final class LiteralTextScanner {

  /** One literal string found, with its position in the template. */
  record Finding(int line, int column, String text) {
    @Override
    public String toString() {
      return line + ":" + column + " \"" + text + "\"";
    }
  }

  private static final Set<String> BODY_REPLACING =
      Set.of(
          "th:text",
          "th:utext",
          "th:replace",
          "th:insert",
          "th:include",
          "th:remove",
          "sec:authentication");
  private static final Set<String> UNCHECKED_ELEMENTS = Set.of("script", "style");
  private static final Set<String> VISIBLE_ATTRIBUTES =
      Set.of("title", "alt", "placeholder", "aria-label");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]");

  private LiteralTextScanner() {}

  static List<Finding> scan(String template) {
    Handler handler = new Handler();
    try {
      ParseConfiguration config = ParseConfiguration.htmlConfiguration();
      config.setElementBalancing(ParseConfiguration.ElementBalancing.AUTO_CLOSE);
      new MarkupParser(config).parse(template, handler);
    } catch (ParseException e) {
      throw new IllegalArgumentException("Template does not parse: " + e.getMessage(), e);
    }
    return handler.findings;
  }

  static boolean isWording(String text) {
    return LETTER.matcher(INLINED.matcher(text).replaceAll("")).find();
  }

  private static final class Element {
    final String name;
    boolean exempt;
    final List<String> thymeleafAttributes = new ArrayList<>();
    final List<Finding> literalAttributes = new ArrayList<>();

    Element(String name) {
      this.name = name;
      this.exempt = UNCHECKED_ELEMENTS.contains(name);
    }
  }

  private static final class Handler extends AbstractMarkupHandler {
    private final Deque<Element> open = new ArrayDeque<>();
    private final List<Finding> findings = new ArrayList<>();

    @Override
    public void handleOpenElementStart(char[] buf, int off, int len, int line, int col) {
      open.push(new Element(new String(buf, off, len).toLowerCase(java.util.Locale.ROOT)));
    }

    @Override
    public void handleOpenElementEnd(char[] buf, int off, int len, int line, int col) {
      checkAttributes(open.peek());
    }

    @Override
    public void handleStandaloneElementStart(
        char[] buf, int off, int len, boolean minimized, int line, int col) {
      handleOpenElementStart(buf, off, len, line, col);
    }

    @Override
    public void handleStandaloneElementEnd(
        char[] buf, int off, int len, boolean minimized, int line, int col) {
      checkAttributes(open.pop());
    }

    @Override
    public void handleCloseElementEnd(char[] buf, int off, int len, int line, int col) {
      open.pop();
    }

    @Override
    public void handleAutoCloseElementEnd(char[] buf, int off, int len, int line, int col) {
      open.pop();
    }

    @Override
    public void handleAttribute(
        char[] buf,
        int nameOff,
        int nameLen,
        int nameLine,
        int nameCol,
        int opOff,
        int opLen,
        int opLine,
        int opCol,
        int valueOff,
        int valueLen,
        int outerOff,
        int outerLen,
        int valueLine,
        int valueCol) {
      Element element = open.peek();
      String name = new String(buf, nameOff, nameLen).toLowerCase(java.util.Locale.ROOT);
      String value = new String(buf, valueOff, valueLen);
      String unprefixed = name.startsWith("data-th-") ? "th:" + name.substring(8) : name;
      if (BODY_REPLACING.contains(unprefixed) && !"th:remove".equals(unprefixed)
          || "th:remove".equals(unprefixed) && !"tag".equals(value) && !"none".equals(value)
          || "lang".equals(name) && !"html".equals(element.name)) {
        element.exempt = true;
      }
      if (unprefixed.startsWith("th:")) {
        element.thymeleafAttributes.add(unprefixed.substring(3));
      } else if (VISIBLE_ATTRIBUTES.contains(name) && isWording(value)) {
        element.literalAttributes.add(new Finding(valueLine, valueCol, name + "=" + value));
      }
    }

    private void checkAttributes(Element element) {
      for (Finding f : element.literalAttributes) {
        String attribute = f.text().substring(0, f.text().indexOf('='));
        if (!element.thymeleafAttributes.contains(attribute)
            && !element.thymeleafAttributes.contains("attr")) {
          findings.add(f);
        }
      }
    }

    @Override
    public void handleText(char[] buf, int off, int len, int line, int col) {
      String text = new String(buf, off, len);
      if (isWording(text) && open.stream().noneMatch(e -> e.exempt)) {
        findings.add(new Finding(line, col, text.strip()));
      }
    }
  }
}
