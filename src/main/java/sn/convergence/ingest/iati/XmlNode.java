package sn.convergence.ingest.iati;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A small immutable element tree for one IATI activity (built by streaming, so only one activity is
 * held at a time). Names are local names; {@code lang} is the element's {@code xml:lang},
 * lower-case.
 */
record XmlNode(
    String name, Map<String, String> attributes, String lang, String text, List<XmlNode> children) {

  XmlNode {
    attributes = Map.copyOf(attributes);
    children = List.copyOf(children);
  }

  String attr(String attribute) {
    return attributes.get(attribute);
  }

  Optional<XmlNode> child(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).findFirst();
  }

  List<XmlNode> all(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).toList();
  }

  /** The attribute of a child, or null. */
  String childAttr(String childName, String attribute) {
    return child(childName).map(c -> c.attr(attribute)).orElse(null);
  }

  /**
   * Texts by language: the {@code narrative} children (IATI 2.x) or the element's own text (1.x). A
   * narrative without {@code xml:lang} takes the given default language.
   */
  Map<String, String> narratives(String defaultLang) {
    Map<String, String> texts = new LinkedHashMap<>();
    List<XmlNode> narratives = all("narrative");
    if (narratives.isEmpty() && !text.isBlank()) {
      texts.put(lang != null ? lang : defaultLang, text.strip());
    }
    for (XmlNode narrative : narratives) {
      String language = narrative.lang != null ? narrative.lang : defaultLang;
      texts.putIfAbsent(language.toLowerCase(Locale.ROOT), narrative.text.strip());
    }
    return texts;
  }
}
