package org.citiverse.permit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.citiverse.permit.domain.CityModelCatalogue;
import org.citiverse.permit.domain.ZoneRules;

/** The stored city model at a glance, for its administrators: what it holds and its zones. */
@ApplicationScoped
public class CityModelOverview {

    /** Zones listed on the page; a zoning plan has far fewer. */
    public static final int LISTED_ZONES = 500;

    @Inject
    CityModelCatalogue catalogue;

    /** Counts of the stored model and its zones by code (the first {@link #LISTED_ZONES}). */
    public record Summary(long parcels, long zones, long buildings, List<ParcelView.ZoneView> zoneList) {
    }

    @Transactional
    public Summary summary() {
        List<ParcelView.ZoneView> zones = catalogue.zones(LISTED_ZONES).stream().map(z -> {
            ZoneRules r = z.rules();
            return new ParcelView.ZoneView(z.id(), r.type(), z.name(), r.maxHeightM(), r.minSetbackM(),
                    r.maxLotCoveragePct(), r.monument(), r.conservation(), r.treeProtection());
        }).toList();
        return new Summary(catalogue.parcels(), catalogue.zones(), catalogue.buildings(), zones);
    }
}
