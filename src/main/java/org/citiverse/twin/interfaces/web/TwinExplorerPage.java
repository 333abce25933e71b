package org.citiverse.twin.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citiverse.shared.interfaces.web.PageMessages;
import org.citiverse.shared.interfaces.web.QueryStrings;
import org.citiverse.twin.application.TwinCallers;
import org.citiverse.twin.application.TwinPage;
import org.citiverse.twin.application.TwinService;
import org.citiverse.twin.domain.TwinException;
import org.citiverse.twin.domain.TwinQuery;

/**
 * Staff twin explorer: search by type, name and "near a place" (latitude, longitude, radius —
 * "what is here?", FGMV-28 7.3.3), results the staff member's grants allow, a page at a time, on a
 * map and in a list (the list is the map's accessible alternative). The search lives in the URL.
 */
@Named("twinExplorer")
@RequestScoped
public class TwinExplorerPage {

    static final int PAGE_SIZE = 50;

    @Inject
    TwinService twins;

    @Inject
    TwinCallers callers;

    @Inject
    PageMessages messages;

    private String type;
    private String text;
    private String latitude;
    private String longitude;
    private String radius;
    private String state;
    private String sort;
    private int offset;
    private TwinPage page = new TwinPage(List.of(), false);
    private Double nearLatitude;
    private Double nearLongitude;
    private Double nearRadius;

    public void search() {
        Double lat = number(latitude, "latitude");
        Double lon = number(longitude, "longitude");
        Double metres = number(radius, "radius");
        if (lat == null && lon == null && metres == null && blank(type) && blank(text) && blank(state)) {
            return; // nothing asked yet
        }
        TwinQuery.StateEquals stateEquals;
        try {
            stateEquals = TwinQuery.StateEquals.parse(state);
        } catch (IllegalArgumentException e) {
            messages.error("state", "twin.search.stateInvalid");
            return;
        }
        nearLatitude = lat;
        nearLongitude = lon;
        nearRadius = metres;
        try {
            page = twins.search(callers.current(), new TwinQuery(blank(type) ? null : type.strip(),
                    blank(text) ? null : text.strip(), null, null, null, null, null, null, lat, lon, metres,
                    Math.max(0, offset), PAGE_SIZE, stateEquals, sortOrder()));
        } catch (IllegalArgumentException | TwinException e) {
            messages.error("latitude", "twin.search.placeInvalid");
        }
    }

    /** The order asked for; anything unknown is the default (a hand-edited URL is not an error worth showing). */
    private TwinQuery.Sort sortOrder() {
        try {
            return TwinQuery.Sort.parse(sort);
        } catch (IllegalArgumentException e) {
            return TwinQuery.Sort.NAME;
        }
    }

    public List<String> getSorts() {
        return List.of("name", "type", "-observed");
    }

    private Double number(String value, String field) {
        return messages.number(value, field, "twin.search.numberInvalid");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public List<TwinRow> getRows() {
        return page.twins().stream().map(t -> TwinRow.of(t, 0)).toList();
    }

    /** The results on a map, or null when none has a place. */
    public TwinMap getMap() {
        return TwinMap.of(page.twins(), nearLatitude, nearLongitude, nearRadius);
    }

    public boolean isSearched() {
        return !page.twins().isEmpty() || !blank(type) || !blank(text) || !blank(radius) || !blank(state);
    }

    public boolean isHasMore() {
        return page.hasMore();
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

    private String query(int atOffset) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("type", type);
        params.put("text", text);
        params.put("latitude", latitude);
        params.put("longitude", longitude);
        params.put("radius", radius);
        params.put("state", state);
        params.put("sort", sort);
        params.put("offset", atOffset > 0 ? Integer.toString(atOffset) : null);
        return QueryStrings.of(params);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = latitude;
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = longitude;
    }

    public String getRadius() {
        return radius;
    }

    public void setRadius(String radius) {
        this.radius = radius;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public int getOffset() {
        return offset;
    }

    public void setOffset(int offset) {
        this.offset = offset;
    }
}
