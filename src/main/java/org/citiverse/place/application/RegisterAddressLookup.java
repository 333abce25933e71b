package org.citiverse.place.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.citiverse.shared.application.AddressLookup;

/** The address register as other contexts see it: ids, labels and positions, no entities. */
@ApplicationScoped
public class RegisterAddressLookup implements AddressLookup {

    @Inject
    AddressRegister register;

    @Override
    public List<AddressMatch> search(String query, int max) {
        return register.search(query, max).stream().map(RegisterAddressLookup::match).toList();
    }

    @Override
    public Optional<AddressMatch> find(String id) {
        return register.find(id).map(RegisterAddressLookup::match);
    }

    @Override
    public Optional<AddressMatch> nearest(double latitude, double longitude) {
        return register.nearest(latitude, longitude).map(RegisterAddressLookup::match);
    }

    @Override
    public List<Street> streets(double south, double west, double north, double east) {
        return register.streets(south, west, north, east);
    }

    private static AddressMatch match(AddressView a) {
        return new AddressMatch(a.id(), a.label(), a.latitude(), a.longitude());
    }
}
