package org.citiverse.complaint.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citiverse.complaint.interfaces.rest.Open311Body.Format;
import org.citiverse.complaint.interfaces.rest.Open311Body.Items;
import org.junit.jupiter.api.Test;

class Open311BodyTest {

    private static Object tree() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("key", "a&b");
        value.put("name", "<A>");
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("service_code", "pothole");
        item.put("metadata", true);
        item.put("order", 2);
        item.put("lat", 52.0907);
        item.put("zipcode", null);
        item.put("values", new Items("value", List.of(value)));
        return new Items("service", List.of(item));
    }

    @Test
    void jsonIsAnArrayOfObjectsWithTypedValues() {
        assertEquals("[{\"service_code\":\"pothole\",\"metadata\":true,\"order\":2,\"lat\":52.0907,\"zipcode\":null,"
                + "\"values\":[{\"key\":\"a&b\",\"name\":\"<A>\"}]}]", Open311Body.write(Format.JSON, "services", tree()));
    }

    @Test
    void jsonTextIsEscapedAndReadsBackAsWritten() {
        String tricky = "quote \" backslash \\ slash / newline \n tab \t bell \u0007 nul \u0000 del \u007f "
                + "<script>alert(1)</script> & é 中 \uD83D\uDE00 \u2028 end";
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("description", tricky);
        item.put("lat", -0.000123);
        item.put("count", 12345678901L);
        String json = Open311Body.write(Format.JSON, "requests", new Items("request", List.of(item)));
        assertFalse(json.chars().anyMatch(c -> c < 0x20), "no raw control character: " + json);
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            jakarta.json.JsonObject read = reader.readArray().getJsonObject(0);
            assertEquals(tricky, read.getString("description"));
            assertEquals(-0.000123, read.getJsonNumber("lat").doubleValue());
            assertEquals(12345678901L, read.getJsonNumber("count").longValueExact());
        }
    }

    @Test
    void xmlNamesTheRootAndEachItemAndEscapesText() {
        String xml = Open311Body.write(Format.XML, "services", tree());
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
        assertTrue(xml.contains("<services><service><service_code>pothole</service_code><metadata>true</metadata>"
                + "<order>2</order><lat>52.0907</lat><zipcode/><values><value><key>a&amp;b</key><name>&lt;A&gt;</name>"
                + "</value></values></service></services>"), xml);
    }

    @Test
    void theFormatIsTheSuffix() {
        assertEquals(Format.XML, Format.of("XML").orElseThrow());
        assertTrue(Format.of("csv").isEmpty());
        assertEquals(Format.JSON, Open311Errors.formatOf("/open311/v2/services.csv"), "errors fall back to JSON");
        assertEquals(Format.XML, Open311Errors.formatOf("/open311/v2/requests/12.xml"));
    }
}
