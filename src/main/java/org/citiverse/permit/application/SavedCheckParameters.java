package org.citiverse.permit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * An application made from a check the citizen saved: the check's place, activity and answers, asked
 * again under today's rules (never its stored answer). A check saved without an address is placed at
 * its parcel's centre.
 */
@ApplicationScoped
public class SavedCheckParameters implements CheckSnapshotSource {

    @Inject
    SavedChecks saved;

    @Inject
    CityModel model;

    @Override
    public Optional<CheckParameters> parameters(String checkId, String subject) {
        UUID id;
        try {
            id = UUID.fromString(checkId == null ? "" : checkId.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return saved.of(subject, id).map(check -> {
            ParcelView parcel = check.addressId() != null ? null : model.parcel(check.parcelId()).orElse(null);
            return new CheckParameters(check.addressId(), parcel == null ? null : parcel.centroidLatitude(),
                    parcel == null ? null : parcel.centroidLongitude(), check.activity(), null, check.answers());
        });
    }
}
