package org.citiverse.permit.domain;

/**
 * What a zone of the zoning plan says about building in it; a limit the plan does not set is null.
 *
 * @param type                e.g. residential, conservation, commercial, green
 * @param maxHeightM          maximum building height in metres
 * @param minSetbackM         minimum distance of a building to the parcel boundary in metres
 * @param maxLotCoveragePct   maximum share of a parcel built on, in percent
 * @param monument            the zone holds listed monuments
 * @param conservation        a protected townscape
 * @param treeProtection      felling a tree needs a permit
 */
public record ZoneRules(String type, Double maxHeightM, Double minSetbackM, Double maxLotCoveragePct,
                        boolean monument, boolean conservation, boolean treeProtection) {
}
