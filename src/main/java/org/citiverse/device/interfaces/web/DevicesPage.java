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

    /** The silences a person can choose (not seen for at least…), as ISO-8601 durations. */
    static final List<String> SILENCES = List.of("", "PT15M", "PT1H", "P1D", "P7D");

    private String status;
    private String profile;
    private String silent;
    private int offset;
    private List<DeviceView> rows;
    private DeviceService.Fleet fleet;

    /** View action. */
    public void load() {
        String silence = silenceFilter();
        rows = devices.list(statusFilter(), profileFilter(), silence == null ? null : java.time.Duration.parse(silence),
                Math.max(0, offset), PAGE_SIZE + 1);
        fleet = devices.fleet();
    }

    /** The filters as the page applies them: anything else in the query means "all". */
    private DeviceStatus statusFilter() {
        return "ACTIVE".equals(status) ? DeviceStatus.ACTIVE : "REVOKED".equals(status) ? DeviceStatus.REVOKED : null;
    }

    private String profileFilter() {
        return profile == null || profile.isBlank() ? null : profile.strip();
    }

    private String silenceFilter() {
        return silent != null && !silent.isEmpty() && SILENCES.contains(silent) ? silent : null;
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
        params.put("profile", profile == null || profile.isBlank() ? null : profile);
        params.put("silent", silent == null || silent.isEmpty() ? null : silent);
        params.put("offset", at > 0 ? Integer.toString(at) : null);
        return QueryStrings.of(params);
    }

    /** The same page of the same filter from the devices API, for the rows' live status and last-seen time. */
    public String getLiveQuery() {
        DeviceStatus wanted = statusFilter();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", wanted == null ? null : wanted.name());
        params.put("profile", profileFilter());
        params.put("silentFor", silenceFilter());
        params.put("offset", Integer.toString(Math.max(0, offset)));
        params.put("limit", Integer.toString(PAGE_SIZE));
        return QueryStrings.of(params);
    }

    public List<String> getSilences() {
        return SILENCES;
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public String getSilent() {
        return silent;
    }

    public void setSilent(String silent) {
        this.silent = silent;
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
