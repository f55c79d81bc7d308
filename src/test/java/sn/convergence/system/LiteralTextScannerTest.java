package sn.convergence.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiteralTextScannerTest {

  @Test
  void reportsTextThatNoExpressionReplaces() {
    assertThat(LiteralTextScanner.scan("<div><p>Bonjour</p></div>"))
        .singleElement()
        .satisfies(f -> assertThat(f.text()).isEqualTo("Bonjour"));
  }

  @Test
  void acceptsTextReplacedByAnEnclosingElement() {
    String html =
        "<ul th:replace=\"~{x}\"><li>Ignored</li></ul>"
            + "<p th:text=\"#{a}\">Sample <b>bold</b></p><span data-th-utext=\"#{b}\">x</span>";
    assertThat(LiteralTextScanner.scan(html)).isEmpty();
  }

  @Test
  void ignoresPunctuationScriptsAndLanguageNames() {
    String html =
        "<p> – : 12 </p><script>var a = 'x';</script>"
            + "<a href=\"?lang=en\" lang=\"en\">English</a>";
    assertThat(LiteralTextScanner.scan(html)).isEmpty();
  }

  @Test
  void doesNotLetTheDocumentLanguageExemptThePage() {
    assertThat(LiteralTextScanner.scan("<html lang=\"fr\"><body><p>Texte</p></body></html>"))
        .hasSize(1);
  }

  @Test
  void treatsInlinedExpressionsAsTranslated() {
    assertThat(LiteralTextScanner.scan("<p th:inline=\"text\">[[#{a}]] [(${b})]</p>")).isEmpty();
    assertThat(LiteralTextScanner.scan("<p th:inline=\"text\">Total [[${n}]]</p>")).hasSize(1);
  }

  @Test
  void keepsTrackOfVoidAndSelfClosingElements() {
    String html =
        "<div th:text=\"#{a}\"><br><input name=\"q\"><th:block th:replace=\"~{x}\"/></div>"
            + "<p>Libre</p>";
    assertThat(LiteralTextScanner.scan(html))
        .singleElement()
        .satisfies(f -> assertThat(f.text()).isEqualTo("Libre"));
  }

  @Test
  void reportsVisibleAttributesUnlessThymeleafSetsThem() {
    assertThat(LiteralTextScanner.scan("<img src=\"a.png\" alt=\"Carte\">"))
        .singleElement()
        .satisfies(f -> assertThat(f.text()).isEqualTo("alt=Carte"));
    assertThat(LiteralTextScanner.scan("<input placeholder=\"Nom\" th:placeholder=\"#{n}\">"))
        .isEmpty();
  }
}
