package org.citiverse.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** What an IT department relies on in liberty/: explicit features, variables for every knob, no secrets. */
class ServerConfigurationTest {

    private static final Path LIBERTY = Path.of("liberty");
    private static final Pattern VARIABLE_USE = Pattern.compile("\\$\\{([^}]+)}");
    /** Attributes that are knobs an operator must be able to set without editing the file. */
    private static final Pattern KNOB = Pattern.compile(
            "(?i)(.*(host|port|password|url|uri|timeout|skew|poolsize|maxconcurrency|maxendpoints|redeliverycount)"
                    + "|issuer|audiences|user)");
    /** Variables Liberty itself defines. */
    private static final Set<String> BUILT_IN = Set.of("server.config.dir", "server.output.dir",
            "shared.resource.dir", "wlp.install.dir");

    @Test
    void listsFeaturesExplicitly() throws Exception {
        NodeList features = parse(LIBERTY.resolve("server.xml")).getElementsByTagName("feature");
        assertTrue(features.getLength() > 10);
        for (int i = 0; i < features.getLength(); i++) {
            String feature = features.item(i).getTextContent().trim();
            assertFalse(feature.startsWith("jakartaee-") || feature.startsWith("webProfile-")
                    || feature.startsWith("microProfile-"), "umbrella feature " + feature);
        }
    }

    @Test
    void everyKnobIsAVariableWithADefault() throws Exception {
        Set<String> defined = new HashSet<>(BUILT_IN);
        List<String> problems = new ArrayList<>();
        for (Path file : configFiles()) {
            Document doc = parse(file);
            NodeList variables = doc.getElementsByTagName("variable");
            for (int i = 0; i < variables.getLength(); i++) {
                Element v = (Element) variables.item(i);
                defined.add(v.getAttribute("name"));
                if (!v.hasAttribute("defaultValue") || v.hasAttribute("value")) {
                    problems.add(file + ": " + v.getAttribute("name")
                            + " must use defaultValue, so the environment can override it");
                }
            }
            collectHardCodedKnobs(file, doc.getDocumentElement(), problems);
        }
        for (Path file : configFiles()) {
            Matcher m = VARIABLE_USE.matcher(Files.readString(file));
            while (m.find()) {
                if (!defined.contains(m.group(1))) {
                    problems.add(file + ": ${" + m.group(1) + "} has no <variable> with a default");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void productionHasNoLocalAccountsAndIsTheDefault() throws Exception {
        Document production = parse(LIBERTY.resolve("environments/production.xml"));
        assertEquals(0, production.getElementsByTagName("basicRegistry").getLength());
        assertEquals(0, production.getElementsByTagName("quickStartSecurity").getLength());
        NodeList variables = parse(LIBERTY.resolve("server.xml")).getElementsByTagName("variable");
        boolean productionByDefault = false;
        for (int i = 0; i < variables.getLength(); i++) {
            Element v = (Element) variables.item(i);
            productionByDefault |= v.getAttribute("name").equals("citiverse.environment")
                    && v.getAttribute("defaultValue").equals("production");
        }
        assertTrue(productionByDefault, "a server started without settings must not have demo accounts");
    }

    @Test
    void noSecretIsCommitted() throws Exception {
        for (Path file : configFiles()) {
            if (file.endsWith("development.xml")) {
                continue; // demo accounts, never active in production (see above)
            }
            NodeList variables = parse(file).getElementsByTagName("variable");
            for (int i = 0; i < variables.getLength(); i++) {
                Element v = (Element) variables.item(i);
                if (v.getAttribute("name").contains("password") || v.getAttribute("name").contains("secret")) {
                    assertEquals("", v.getAttribute("defaultValue"), file + ": " + v.getAttribute("name"));
                }
            }
        }
    }

    private static void collectHardCodedKnobs(Path file, Element element, List<String> problems) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            boolean isVariableDeclaration = element.getTagName().equals("variable");
            if (!isVariableDeclaration && KNOB.matcher(a.getNodeName()).matches()
                    && !a.getNodeValue().contains("${")) {
                problems.add(file + ": <" + element.getTagName() + " " + a.getNodeName() + "=\""
                        + a.getNodeValue() + "\"> is hard-coded");
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collectHardCodedKnobs(file, child, problems);
            }
        }
    }

    private static List<Path> configFiles() throws IOException {
        try (Stream<Path> files = Files.walk(LIBERTY)) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
