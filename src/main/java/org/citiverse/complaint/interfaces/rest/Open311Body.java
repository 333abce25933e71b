package org.citiverse.complaint.interfaces.rest;

import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.core.MediaType;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.citiverse.shared.domain.JsonText;

/**
 * One Open311 answer, written as the specification's XML or as JSON from the same tree: objects
 * are ordered maps, lists name their XML item element, everything else is text, a number, a
 * boolean or null (an empty XML element).
 */
public final class Open311Body {

    /** A list: its items and, for XML, the element each item is written as. */
    public record Items(String itemElement, List<?> items) {
    }

    /** The two formats of GeoReport v2, chosen by the path's suffix. */
    public enum Format {
        XML(new MediaType("text", "xml", "utf-8")),
        JSON(new MediaType("application", "json", "utf-8"));

        private final MediaType mediaType;

        Format(MediaType mediaType) {
            this.mediaType = mediaType;
        }

        public MediaType mediaType() {
            return mediaType;
        }

        public static Optional<Format> of(String suffix) {
            return switch (suffix == null ? "" : suffix.toLowerCase(Locale.ROOT)) {
                case "xml" -> Optional.of(XML);
                case "json" -> Optional.of(JSON);
                default -> Optional.empty();
            };
        }
    }

    private static final XMLOutputFactory XML_OUT = XMLOutputFactory.newFactory();

    private Open311Body() {
    }

    /** The tree as text: XML under {@code rootElement}, or JSON (the root element has no JSON name). */
    public static String write(Format format, String rootElement, Object tree) {
        return format == Format.XML ? xml(rootElement, tree) : json(tree);
    }

    static String json(Object tree) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator generator = JsonText.JSON.createGenerator(out)) {
            write(generator, null, tree);
        }
        return out.toString();
    }

    /** Streams the tree: no intermediate JSON objects (a page of 1,000 requests is written as it is read). */
    private static void write(JsonGenerator json, String name, Object value) {
        if (value instanceof Map<?, ?> map) {
            if (name == null) {
                json.writeStartObject();
            } else {
                json.writeStartObject(name);
            }
            map.forEach((k, v) -> write(json, String.valueOf(k), v));
            json.writeEnd();
        } else if (value instanceof Items items) {
            if (name == null) {
                json.writeStartArray();
            } else {
                json.writeStartArray(name);
            }
            items.items().forEach(i -> write(json, null, i));
            json.writeEnd();
        } else if (name == null) {
            scalar(json, value);
        } else {
            json.writeKey(name);
            scalar(json, value);
        }
    }

    private static void scalar(JsonGenerator json, Object value) {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean b) {
            json.write(b);
        } else if (value instanceof Integer || value instanceof Long) {
            json.write(((Number) value).longValue());
        } else if (value instanceof Double d && Double.isFinite(d)) {
            json.write(d);
        } else if (value instanceof Number n) {
            json.write(new BigDecimal(n.toString()));
        } else {
            json.write(String.valueOf(value));
        }
    }

    static String xml(String rootElement, Object tree) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XML_OUT.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            element(xml, rootElement, tree);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Open311 XML could not be written", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value == null) {
            xml.writeEmptyElement(name);
            return;
        }
        xml.writeStartElement(name);
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                element(xml, String.valueOf(e.getKey()), e.getValue());
            }
        } else if (value instanceof Items items) {
            for (Object item : items.items()) {
                element(xml, items.itemElement(), item);
            }
        } else {
            xml.writeCharacters(String.valueOf(value));
        }
        xml.writeEndElement();
    }
}
