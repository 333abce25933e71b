package org.citiverse.complaint.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.citiverse.complaint.domain.Category;
import org.citiverse.complaint.domain.ComplaintException;
import org.citiverse.complaint.domain.ComplaintRepository;
import org.citiverse.complaint.domain.ServiceRequest;
import org.citiverse.complaint.domain.Submission;
import org.citiverse.device.application.DeviceEvents;
import org.citiverse.shared.domain.CityArea;
import org.citiverse.twin.application.TwinService;
import org.citiverse.twin.application.TwinView;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A device of the city (its twin owned by a department) that reports a fault raises a maintenance
 * request for its twin (Tampere's anomaly alarms) - one per fault, never a second while one is open
 * (the twin's row lock, taken by the report before this runs, keeps two at once apart) - routed by the twin's type
 * (complaint.device.categories); when it reports healthy again, staff see it on the request.
 * Runs inside the device report's transaction, so the request and the report stand or fall together.
 */
@ApplicationScoped
public class DeviceRaisedRequests {

    private static final Logger LOG = Logger.getLogger(DeviceRaisedRequests.class.getName());
    static final String FALLBACK = "device-fault";

    @Inject
    ComplaintRepository repository;

    @Inject
    TwinService twins;

    @Inject
    @ConfigProperty(name = "complaint.device.categories", defaultValue = "street-light=streetlight")
    String categoriesByTwinType;

    @Inject
    @ConfigProperty(name = "complaint.city.bounds", defaultValue = "51.95,4.90,52.25,5.35")
    String cityBounds;

    Clock clock = Clock.systemUTC();

    void onFault(@Observes DeviceEvents.DeviceFault fault) {
        if (fault.twinId() == null) {
            return;
        }
        Optional<ServiceRequest> open = repository.deviceRequest(fault.twinId()).filter(r -> r.status().isOpen());
        String author = "device:" + fault.deviceId();
        if (open.isPresent()) {
            ServiceRequest request = open.get();
            if (!Boolean.valueOf(fault.fault()).equals(request.deviceFaulty())) {
                repository.add(request.deviceReported(fault.fault(), author, clock.instant()));
            }
        } else if (fault.fault()) {
            raise(fault, author);
        }
    }

    private void raise(DeviceEvents.DeviceFault fault, String author) {
        TwinView twin = twins.find(fault.twinId()).orElse(null);
        if (twin == null || twin.owner() == null || !twin.owner().startsWith("department:")) {
            // Only the city's own devices: a household's device would publish its home's name and place.
            return;
        }
        Category category = repository.category(categoryOf(twin.type())).filter(Category::active)
                .or(() -> repository.category(FALLBACK)).orElse(null);
        if (category == null) {
            LOG.log(Level.WARNING, "No category for device faults: none raised for twin {0}", fault.twinId());
            return;
        }
        Double latitude = twin.latitude();
        Double longitude = twin.longitude();
        CityArea city = CityArea.parse(cityBounds);
        if (latitude != null && !city.contains(latitude, longitude)) {
            latitude = null;
            longitude = null;
        }
        Submission submission = new Submission(category.code(), twin.name() + ": " + fault.what() + " reported by "
                + "the device.", latitude, longitude, latitude == null ? twin.name() : null, null, Map.of(), null,
                null, Submission.Source.DEVICE, author, null, fault.twinId());
        try {
            ServiceRequest request = ServiceRequest.file(category, submission, city, clock.instant());
            request.markDeviceRaised(fault.what());
            repository.add(request);
        } catch (ComplaintException e) {
            // A category an admin gave required questions cannot take a device's request; the report stands.
            LOG.log(Level.WARNING, "Category {0} refused a device-raised request for twin {1}: {2}",
                    new Object[] {category.code(), fault.twinId(), e.messageKey()});
        }
    }

    private String categoryOf(String twinType) {
        Map<String, String> byType = Stream.of(categoriesByTwinType.split(",")).map(String::strip)
                .filter(p -> p.contains("=")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0].strip(), p -> p[1].strip(), (a, b) -> a));
        return byType.getOrDefault(twinType, FALLBACK);
    }
}
