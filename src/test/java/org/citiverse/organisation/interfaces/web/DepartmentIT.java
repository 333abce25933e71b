package org.citiverse.organisation.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/** Departments: staff see theirs (from Keycloak groups); admins add and change them; every change audited. */
class DepartmentIT {

    @Test
    void staffSeeTheirDepartmentsFromTheirIdentityGroups() {
        String page = new PortalClient(TestServers.postgres()).signIn("staff").get("/staff/").body();
        assertTrue(page.contains("Your departments: Street lighting, Roads."), "by code, in English: " + page);
        String dutch = new PortalClient(TestServers.postgres()).signIn("staff").get("/staff/?lang=nl").body();
        assertTrue(dutch.contains("Uw afdelingen: Openbare verlichting, Wegen."), dutch);
    }

    @Test
    void anAdminAddsAndChangesADepartment() {
        PortalClient admin = new PortalClient(TestServers.postgres()).signIn("admin");
        String code = "d-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> added = admin.follow(admin.submit(admin.get("/admin/departments.xhtml").body(), "add",
                "Add department", Map.of("code", code, "nameEn", "Bridges", "nameNl", "Bruggen", "group", code)));
        assertTrue(added.body().contains("Department \"Bridges\" has been added.")
                || added.body().contains("Department &quot;Bridges&quot; has been added."), added.body());
        assertTrue(admin.get("/api/departments").body().contains("\"code\":\"" + code + "\""));

        String edit = admin.get("/admin/department.xhtml?code=" + code).body();
        HttpResponse<String> saved = admin.follow(admin.submit(edit, "department", "Save department",
                Map.of("nameEn", "Bridges and tunnels", "nameNl", "Bruggen en tunnels", "group", code + "-x")));
        assertTrue(saved.body().contains("Bridges and tunnels"), saved.body());
        assertTrue(saved.body().contains("Closed"), "the unticked box closes it");

        String audit = new PortalClient(TestServers.postgres()).signIn("staff")
                .get("/api/audit?object=" + code).body();
        assertTrue(audit.contains("organisation.department-created"), audit);
        assertTrue(audit.contains("organisation.department-changed"), audit);
    }

    @Test
    void badAndDuplicateInputIsExplainedAndNothingIsSaved() {
        PortalClient admin = new PortalClient(TestServers.postgres()).signIn("admin");
        Map<Map<String, String>, String> cases = Map.of(
                Map.of("code", "Roads!", "nameEn", "X", "nameNl", "X", "group", "g1"),
                "Enter a code of 2 to 40 lower-case letters",
                Map.of("code", "roads", "nameEn", "Roads again", "nameNl", "Wegen", "group", "roads-2"),
                "There is already a department with this code",
                Map.of("code", "roads-two", "nameEn", "Roads", "nameNl", "Wegen", "group", "roads"),
                "Another department already uses this group",
                Map.of("code", "empty-name", "nameEn", " ", "nameNl", "", "group", "g2"),
                "Enter both names",
                Map.of("code", "long-name", "nameEn", "x".repeat(81), "nameNl", "y", "group", "g3"),
                "Enter both names");
        cases.forEach((fields, message) -> {
            HttpResponse<String> response = admin.submit(admin.get("/admin/departments.xhtml").body(), "add",
                    "Add department", fields);
            assertEquals(200, response.statusCode(), fields.toString());
            assertTrue(response.body().contains(message), fields + ": " + response.body());
            assertTrue(response.body().contains("There is a problem"));
        });
        HttpResponse<String> taken = admin.submit(admin.get("/admin/department.xhtml?code=roads").body(), "department",
                "Save department", Map.of("nameEn", "Roads", "nameNl", "Wegen", "group", "lighting", "active", "true"));
        assertTrue(taken.body().contains("Another department already uses this group"), taken.body());
        assertEquals(404, admin.get("/admin/department.xhtml?code=no-such-department").statusCode());
        assertEquals(403, new PortalClient(TestServers.postgres()).signIn("staff")
                .get("/admin/departments.xhtml").statusCode(), "staff do not manage departments");
    }
}
