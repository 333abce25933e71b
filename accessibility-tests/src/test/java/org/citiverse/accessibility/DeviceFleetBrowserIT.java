package org.citiverse.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import org.citiverse.testsupport.Devices;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.citiverse.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff fleet page keeps itself current (FGMV-31 staff screens: live updates without reload): a
 * device that reports while the page is open shows as online, with its last-seen time, and the
 * online count grows, without the page being loaded again; pausing stops the updates.
 */
class DeviceFleetBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aDeviceThatReportsWhileThePageIsOpenShowsAsOnlineWithoutAReload() {
        String base = TestServers.postgres();
        PortalClient staffApi = new PortalClient(base).signIn("staff");
        // Listed first: ids are sorted, and digits come before letters.
        Devices.Device device = Devices.register(staffApi, "0live", "door", null);
        try (Browser staff = new Browser().signIn("staff")) {
            staff.open("/staff/devices.xhtml?lang=en");
            WebElement row = staff.driver().findElement(By.cssSelector("tr[data-device='" + device.id() + "']"));
            assertEquals("Active, offline", cell(row, "status"));
            assertEquals("–", cell(row, "lastSeen"));
            long onlineBefore = Long.parseLong(staff.driver().findElement(By.id("fleet-online")).getText());
            Object page = ((org.openqa.selenium.JavascriptExecutor) staff.driver())
                    .executeScript("return window.fleetPageMark = 'not reloaded';");

            PortalClient gateway = new PortalClient(base)
                    .withBearer(Tokens.clientCredentials("citiverse", "citiverse-gateway", "demo-gateway-secret"));
            assertEquals(202, device.report(gateway, "live-" + UUID.randomUUID(), "application/json",
                    "{\"open\":false}").statusCode());

            new WebDriverWait(staff.driver(), WAIT).until(d -> "Active, online".equals(cell(row, "status")));
            assertTrue(cell(row, "lastSeen").matches("\\d{4}-\\d{2}-\\d{2}T.*Z"), cell(row, "lastSeen"));
            new WebDriverWait(staff.driver(), WAIT).until(d ->
                    Long.parseLong(d.findElement(By.id("fleet-online")).getText()) > onlineBefore);
            assertEquals(page, ((org.openqa.selenium.JavascriptExecutor) staff.driver())
                    .executeScript("return window.fleetPageMark;"), "the same page, not a reload");

            WebElement pause = staff.driver().findElement(By.id("fleet-pause"));
            pause.click();
            assertEquals("true", pause.getAttribute("aria-pressed"));
        }
    }

    private static String cell(WebElement row, String name) {
        return row.findElement(By.cssSelector("[data-cell='" + name + "']")).getText().strip();
    }
}
