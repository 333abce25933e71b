package org.citiverse.device.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citiverse.device.application.DeviceService;
import org.citiverse.device.application.DeviceView;
import org.citiverse.device.domain.DeviceStatus;
import org.citiverse.shared.interfaces.web.QueryStrings;

/**
 * Staff: the device fleet — how many are online, offline and revoked, and the devices themselves
 * (filtered by status, a page at a time) with their twin, last report, online state and clock
 * offset. The filter lives in the URL.
 */
@Named("devicesPage")
@RequestScoped
public class DevicesPage {

    static final int PAGE_SIZE = 100;

    @Inject
    DeviceService devices;

    private String status;
    private int offset;
    private List<DeviceView> rows;
    private DeviceService.Fleet fleet;

    /** View action. */
    public void load() {
        DeviceStatus wanted = "ACTIVE".equals(status) ? DeviceStatus.ACTIVE
                : "REVOKED".equals(status) ? DeviceStatus.REVOKED : null;
        rows = devices.list(wanted, Math.max(0, offset), PAGE_SIZE + 1);
        fleet = devices.fleet();
    }

    public List<DeviceView> getRows() {
        return rows.stream().limit(PAGE_SIZE).toList();
    }

    public boolean isHasMore() {
        return rows.size() > PAGE_SIZE;
    }

    public boolean isHasPrevious() {
        return offset > 0;
    }

    public String getNextQuery() {
        return query(offset + PAGE_SIZE);
    }

    public String getPreviousQuery() {
        return query(Math.max(0, offset - PAGE_SIZE));
    }

    private String query(int at) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", status);
        params.put("offset", at > 0 ? Integer.toString(at) : null);
        return QueryStrings.of(params);
    }

    public DeviceService.Fleet getFleet() {
        return fleet;
    }

    public List<String> getStatuses() {
        return List.of("", "ACTIVE", "REVOKED");
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public int getOffset() {
        return offset;
    }

    public void setOffset(int offset) {
        this.offset = offset;
    }
}
