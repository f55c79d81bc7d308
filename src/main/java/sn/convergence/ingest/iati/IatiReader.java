package sn.convergence.ingest.iati;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import sn.convergence.ingest.IatiActivity;
import sn.convergence.ingest.IngestException;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;

/**
 * Streams the activities of an IATI activity file: versions 2.01 to 2.03 in full, 1.0x in part
 * (with a warning), others refused. A document type declaration is refused outright, so external
 * entities and entity expansion never happen.
 */
public final class IatiReader {

  private final ActivityMapper mapper = new ActivityMapper(SectorCodelist.bundled());

  /** Reads the file, handing each activity and each file-level warning to the consumers. */
  public void read(Path path, Consumer<IatiActivity> activities, Consumer<Issue> warnings) {
    try (InputStream in = Files.newInputStream(path)) {
      if (Files.size(path) == 0) {
        throw IngestException.of(IssueCode.FILE_EMPTY);
      }
      XMLStreamReader xml = SafeXml.inputFactory().createXMLStreamReader(in);
      try {
        readDocument(xml, activities, warnings);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw unsafeOrBroken(e);
    } catch (MissingResourceException e) {
      // The JDK's StAX parser fails this way on some malformed DTDs (found by ReaderFuzzTest): it
      // looks up an error message key its bundle lacks ("InvalidCharInDTD") instead of reporting.
      throw unsafeOrBroken(new XMLStreamException(e.getKey(), e));
    } catch (IOException e) {
      throw new IngestException(Issue.ofFile(IssueCode.FILE_UNREADABLE, e.getMessage()), e);
    }
  }

  private void readDocument(
      XMLStreamReader xml, Consumer<IatiActivity> activities, Consumer<Issue> warnings)
      throws XMLStreamException {
    boolean rootSeen = false;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD) {
        throw IngestException.of(IssueCode.UNSAFE_XML, "DOCTYPE");
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (!rootSeen) {
        rootSeen = true;
        checkRoot(xml, warnings);
      } else if ("iati-activity".equals(xml.getLocalName())) {
        activities.accept(mapper.map(readNode(xml)));
      }
    }
    if (!rootSeen) {
      throw IngestException.of(IssueCode.FILE_EMPTY);
    }
  }

  private static void checkRoot(XMLStreamReader xml, Consumer<Issue> warnings) {
    if (!"iati-activities".equals(xml.getLocalName())) {
      throw IngestException.of(IssueCode.IATI_VERSION_UNSUPPORTED, "<" + xml.getLocalName() + ">");
    }
    String version = xml.getAttributeValue(null, "version");
    String v = version == null ? "" : version.strip();
    if (v.matches("2\\.0[1-3]")) {
      return;
    }
    if (v.matches("1\\.0[1-5]")) {
      warnings.accept(Issue.ofFile(IssueCode.IATI_OLD_VERSION, v));
      return;
    }
    throw IngestException.of(IssueCode.IATI_VERSION_UNSUPPORTED, v.isEmpty() ? "?" : v);
  }

  /** Reads the element the reader is on, with its subtree, leaving the reader on its end tag. */
  private static XmlNode readNode(XMLStreamReader xml) throws XMLStreamException {
    String name = xml.getLocalName();
    Map<String, String> attributes = new HashMap<>();
    String lang = null;
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String namespace = xml.getAttributeNamespace(i);
      String local = xml.getAttributeLocalName(i);
      if (XMLConstants.XML_NS_URI.equals(namespace) && "lang".equals(local)) {
        lang = xml.getAttributeValue(i).toLowerCase(Locale.ROOT);
      } else if (namespace == null || namespace.isEmpty()) {
        attributes.put(local, xml.getAttributeValue(i));
      }
    }
    StringBuilder text = new StringBuilder();
    List<XmlNode> children = new ArrayList<>();
    while (xml.hasNext()) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> children.add(readNode(xml));
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(xml.getText());
        case XMLStreamConstants.ENTITY_REFERENCE ->
            throw IngestException.of(IssueCode.UNSAFE_XML, "&" + xml.getLocalName() + ";");
        case XMLStreamConstants.END_ELEMENT -> {
          return new XmlNode(name, attributes, lang, text.toString(), children);
        }
        default -> {}
      }
    }
    throw new XMLStreamException("Unexpected end of document in <" + name + ">");
  }

  private static IngestException unsafeOrBroken(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("doctype")
        || lower.contains("dtd")
        || lower.contains("not declared")
        || lower.contains("external entit")
        || lower.contains("entity expansion")) {
      return new IngestException(Issue.ofFile(IssueCode.UNSAFE_XML, firstLine(message)), e);
    }
    return new IngestException(Issue.ofFile(IssueCode.FILE_UNREADABLE, firstLine(message)), e);
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(newline + 1);
    return line.length() > 300 ? line.substring(0, 300) : line;
  }
}
