package org.citiverse.simulator.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.citiverse.device.application.DeviceService;
import org.citiverse.device.application.DeviceView;
import org.citiverse.simulator.domain.CityFleet;
import org.citiverse.simulator.domain.SimulatedDevice;
import org.citiverse.twin.application.TwinCaller;
import org.citiverse.twin.application.TwinService;
import org.citiverse.twin.application.TwinSpec;

/**
 * Puts a simulated fleet on the platform the way city staff would: a twin per device (a home's
 * devices inside the home's twin), each device registered for its twin. A device already there from
 * an earlier run keeps its twin and gets a fresh credential (the platform never keeps secrets).
 */
@ApplicationScoped
public class SimulatorSetup {

    private static final Logger LOG = Logger.getLogger(SimulatorSetup.class.getName());

    /** The simulator acts as a system account with a city administrator's rights, and is audited as such. */
    static final TwinCaller SIMULATOR = new TwinCaller("simulator", Set.of("role:admin"), true);

    /** The simulated city sits around the demo service points (V7). */
    static final double LATITUDE = 52.09;
    static final double LONGITUDE = 5.12;

    @Inject
    TwinService twins;

    @Inject
    DeviceService devices;

    public List<Simulation.Member> enlist(List<SimulatedDevice> fleet) {
        List<Simulation.Member> members = new ArrayList<>();
        String home = null;
        String homeOf = null;
        int index = 0;
        for (SimulatedDevice device : fleet) {
            index++;
            Optional<DeviceView> existing = devices.find(device.id());
            if (existing.isPresent()) {
                if (existing.get().twinId() == null) {
                    LOG.warning(() -> "Simulated device " + device.id() + " lost its twin; it stays out of the simulation");
                    continue;
                }
                members.add(new Simulation.Member(device, existing.get().twinId(),
                        devices.rotate(SIMULATOR, device.id()).secret()));
                continue;
            }
            String parent = null;
            String homeName = CityFleet.home(device);
            if (homeName != null) {
                if (!homeName.equals(homeOf)) {
                    home = twins.create(SIMULATOR, TwinSpec.described("home", homeName, "department:roads", "NL", null,
                            LATITUDE + index * 0.001, LONGITUDE, java.util.Map.of(), List.of())).id();
                    homeOf = homeName;
                }
                parent = home;
            }
            String twin = twins.create(SIMULATOR, TwinSpec.described(device.twinType(), device.name(), owner(device),
                    device.actions().isEmpty() ? "L1" : "L2", parent, LATITUDE + index * 0.001,
                    LONGITUDE + index * 0.0015, device.properties(), device.actions())).id();
            members.add(new Simulation.Member(device, twin, devices.register(SIMULATOR, "simulator", device.id(),
                    device.name(), device.profile(), twin, false).credential().secret()));
        }
        return members;
    }

    private static String owner(SimulatedDevice device) {
        return "street-light".equals(device.profile()) ? "department:lighting" : "department:roads";
    }
}
