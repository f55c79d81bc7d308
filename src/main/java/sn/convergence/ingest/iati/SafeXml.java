package sn.convergence.ingest.iati;

import javax.xml.stream.XMLInputFactory;

/**
 * StAX factories that cannot be abused: no DTD processing and no external entities, so XXE and
 * entity-expansion ("billion laughs") payloads fail instead of being expanded.
 */
final class SafeXml {

  private SafeXml() {}

  static XMLInputFactory inputFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new javax.xml.stream.XMLStreamException("External resource refused: " + systemId);
        });
    return factory;
  }
}
