package org.citiverse.device.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.citiverse.shared.domain.JsonText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a device's W3C Thing Description (FGMV-31 IR-RecR-2): what is kept, mapped, and refused. */
class ThingDescriptionTest {

    private static final String CONTEXT = "\"@context\":\"https://www.w3.org/2022/wot/td/v1.1\"";

    private static String td(String rest) {
        return "{" + CONTEXT + ",\"title\":\"Gate\"" + (rest.isEmpty() ? "" : "," + rest) + "}";
    }

    @Test
    void readsPropertiesActionsAndEventsAndLeavesTheDeviceLayersPartsAlone() {
        ThingDescription td = ThingDescription.parse("{\"@context\":[\"https://www.w3.org/2022/wot/td/v1.1\","
                + "{\"saref\":\"https://saref.etsi.org/core/\"}],\"id\":\"urn:dev:gate-1\",\"title\":\" Dam gate \","
                + "\"securityDefinitions\":{\"nosec\":{\"scheme\":\"nosec\"}},\"security\":[\"nosec\"],"
                + "\"properties\":{\"level\":{\"type\":\"number\",\"unit\":\"cm\",\"readOnly\":true,\"minimum\":0,"
                + "\"maximum\":900.5,\"forms\":[{\"href\":\"mqtt://gw/level\"}]},"
                + "\"open\":{\"type\":\"boolean\"},\"count\":{\"type\":\"integer\"},"
                + "\"mode\":{\"type\":\"string\",\"enum\":[\"auto\",\"manual\"]}},"
                + "\"actions\":{\"raise\":{\"input\":{\"type\":\"number\"}},\"lower\":{}},"
                + "\"events\":{\"fault\":{\"data\":{\"type\":\"string\"}}}}");
        assertEquals("Dam gate", td.title());
        assertEquals(Map.of("level", "NUMBER", "open", "BOOLEAN", "count", "NUMBER", "mode", "TEXT"), td.twinProperties());
        assertEquals(List.of("level", "open", "count", "mode"), List.copyOf(td.properties().keySet()), "in document order");
        ThingDescription.Property level = td.properties().get("level");
        assertEquals("cm", level.unit());
        assertTrue(level.readOnly());
        assertEquals(new BigDecimal("0"), level.minimum());
        assertEquals(new BigDecimal("900.5"), level.maximum());
        assertEquals(ThingDescription.DataType.INTEGER, td.properties().get("count").type());
        assertEquals(2, td.properties().get("mode").allowed().size());
        assertFalse(td.properties().get("open").readOnly());
        assertEquals(List.of("raise", "lower"), td.actions());
        assertEquals(List.of("fault"), td.events());
        assertTrue(td.twoWay());
    }

    @Test
    void keepsWhatItReadAsAThingDescriptionThatReadsBackTheSame() {
        ThingDescription td = ThingDescription.parse(td("\"properties\":{\"level\":{\"type\":\"integer\",\"unit\":\"cm\","
                + "\"minimum\":-5,\"enum\":[1,2]}},\"events\":{\"ring\":{}}"));
        JsonObject kept = td.toJson();
        assertEquals("https://www.w3.org/2022/wot/td/v1.1", kept.getString("@context"));
        assertEquals("{\"type\":\"integer\",\"unit\":\"cm\",\"minimum\":-5,\"enum\":[1,2]}",
                kept.getJsonObject("properties").getJsonObject("level").toString());
        ThingDescription again = ThingDescription.parse(kept.toString());
        assertEquals(kept, again.toJson());
        assertFalse(again.twoWay(), "no actions: the device only reports (L1)");
    }

    @Test
    void takesTheTd10ContextAndNoAffordancesAtAll() {
        ThingDescription td = ThingDescription.parse("{\"@context\":\"https://www.w3.org/2019/wot/td/v1\",\"title\":\"T\"}");
        assertTrue(td.properties().isEmpty() && td.actions().isEmpty() && td.events().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[]|a Thing Description is a JSON object",
        "{\"title\":\"Gate\"}|@context must be",
        "{\"@context\":\"https://example.org/td\",\"title\":\"Gate\"}|@context must be",
        "{\"@context\":[\"https://example.org\"],\"title\":\"Gate\"}|@context must be",
        "{\"@context\":\"https://www.w3.org/2022/wot/td/v1.1\"}|title must be text",
        "{\"@context\":\"https://www.w3.org/2022/wot/td/v1.1\",\"title\":\" \"}|title must be text",
        "{\"@context\":\"https://www.w3.org/2022/wot/td/v1.1\",\"title\":7}|title must be text",
        "{\"@context\":\"https://www.w3.org/2022/wot/td/v1.1\",\"title\":\"Gate\",\"properties\":[]}|properties must be an object",
        "{\"@context\":\"https://www.w3.org/2022/wot/td/v1.1\",\"title\":\"Gate\",\"properties\":{\"a\":{\"type\":\"object\"}}}|type \"object\" is not supported",
        "{\"@context\":\"https://www.w3.org/2022/wot/td/v1.1\",\"title\":\"Gate\",\"properties\":{\"a\":{\"type\":\"array\"}}}|type \"array\" is not supported",
        "{\"@context\":\"https://www.w3.org/2022/wot/td/v1.1\",\"title\":\"Gate\",\"properties\":{\"a\":{}}}|type is missing",
        "{\"@context\":\"https://www.w3.org/2022/wot/td/v1.1\",\"title\":\"Gate\",\"properties\":{\"a\":true}}|properties 'a' must be an object",
        "{\"@context\":\"https://www.w3.org/2022/wot/td/v1.1\",\"title\":\"Gate\",\"properties\":{\"Level\":{\"type\":\"number\"}}}|properties name 'Level'",
        "{\"@context\":\"https://www.w3.org/2022/wot/td/v1.1\",\"title\":\"Gate\",\"actions\":{\"open-gate\":{}}}|actions name 'open-gate'",
        "{\"@context\":\"https://www.w3.org/2022/wot/td/v1.1\",\"title\":\"Gate\",\"events\":{\"9lives\":{}}}|events name '9lives'",
        "{\"@context\":\"https://www.w3.org/2022/wot/td/v1.1\",\"title\":\"Gate\",\"properties\":{\"a\":{\"type\":\"string\",\"minimum\":1}}}|minimum is only for integer and number",
        "{\"@context\":\"https://www.w3.org/2022/wot/td/v1.1\",\"title\":\"Gate\",\"properties\":{\"a\":{\"type\":\"number\",\"minimum\":5,\"maximum\":1}}}|minimum must not be above maximum",
        "{\"@context\":\"https://www.w3.org/2022/wot/td/v1.1\",\"title\":\"Gate\",\"properties\":{\"a\":{\"type\":\"number\",\"maximum\":\"9\"}}}|maximum must be a number",
        "{\"@context\":\"https://www.w3.org/2022/wot/td/v1.1\",\"title\":\"Gate\",\"properties\":{\"a\":{\"type\":\"integer\",\"enum\":[1.5]}}}|every enum value",
        "{\"@context\":\"https://www.w3.org/2022/wot/td/v1.1\",\"title\":\"Gate\",\"properties\":{\"a\":{\"type\":\"string\",\"enum\":[]}}}|enum must be a list",
        "{\"@context\":\"https://www.w3.org/2022/wot/td/v1.1\",\"title\":\"Gate\",\"properties\":{\"a\":{\"type\":\"boolean\",\"readOnly\":\"yes\"}}}|readOnly must be true or false",
        "{\"@context\":\"https://www.w3.org/2022/wot/td/v1.1\",\"title\":\"Gate\",\"properties\":{\"a\":{\"type\":\"number\",\"unit\":\"\"}}}|unit must be text",
        "{\"@context\":|not well-formed JSON",
        "' '|the description is empty"})
    void refusesWhatBreaksARuleAndSaysWhich(String json, String reason) {
        InvalidDescriptionException e = assertThrows(InvalidDescriptionException.class, () -> ThingDescription.parse(json));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void refusesTooManyAffordances() {
        StringBuilder actions = new StringBuilder();
        for (int i = 0; i <= ThingDescription.MAX_ACTIONS; i++) {
            actions.append(i == 0 ? "" : ",").append("\"a").append(i).append("\":{}");
        }
        InvalidDescriptionException e = assertThrows(InvalidDescriptionException.class,
                () -> ThingDescription.parse(td("\"actions\":{" + actions + "}")));
        assertEquals("at most 10 actions are taken, not 11", e.getMessage());
        StringBuilder properties = new StringBuilder();
        for (int i = 0; i <= ThingDescription.MAX_PROPERTIES; i++) {
            properties.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":{\"type\":\"number\"}");
        }
        assertThrows(InvalidDescriptionException.class, () -> ThingDescription.parse(td("\"properties\":{" + properties + "}")));
    }

    @Test
    void refusesAnOversizedDescriptionByItsBytes() {
        String padding = "é".repeat(ThingDescription.MAX_BYTES / 2);
        InvalidDescriptionException e = assertThrows(InvalidDescriptionException.class,
                () -> ThingDescription.parse(td("\"description\":\"" + padding + "\"")));
        assertEquals("the description is larger than 32768 bytes", e.getMessage());
    }

    @Test
    void quotesABadNameBackShortAndPrintable() {
        InvalidDescriptionException e = assertThrows(InvalidDescriptionException.class,
                () -> ThingDescription.parse(td("\"events\":{\"x\\u0007" + "y".repeat(60) + "\":{}}")));
        assertTrue(e.getMessage().contains("'x?yyy") && e.getMessage().contains("…'"), e.getMessage());
        assertEquals(JsonText.object(td("")).getString("title"), "Gate");
    }
}
