package org.citiverse.device.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.citiverse.device.domain.Device;
import org.citiverse.device.domain.DeviceCredentials;
import org.citiverse.device.domain.DeviceRegistry;
import org.citiverse.device.domain.DeviceStatus;
import org.citiverse.device.domain.InvalidDeviceMessageException;
import org.citiverse.device.domain.Rejection;
import org.citiverse.device.domain.ReportingDevice;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Who sent a device message: the registered, active device whose credential signed it (reports and acks alike). */
@ApplicationScoped
public class DeviceAuthenticator {

    @Inject
    DeviceRegistry devices;

    /** The secret device credentials are derived from (see DeviceService). */
    @Inject
    @ConfigProperty(name = "device.credentials.secret", defaultValue = "")
    String serverSecret;

    /** @throws InvalidDeviceMessageException UNKNOWN_DEVICE, REVOKED_DEVICE or BAD_SIGNATURE */
    public Device authenticate(String messageId, String deviceId, String contentType, String body, String signature) {
        Device device = (deviceId == null ? java.util.Optional.<Device>empty() : devices.find(deviceId))
                .orElseThrow(() -> new InvalidDeviceMessageException(Rejection.UNKNOWN_DEVICE));
        check(device.status(), device.credentialVersion(), messageId, deviceId, contentType, body, signature);
        return device;
    }

    /**
     * The same for a device a batch read already (null: not registered).
     *
     * @throws InvalidDeviceMessageException UNKNOWN_DEVICE, REVOKED_DEVICE or BAD_SIGNATURE
     */
    public ReportingDevice authenticate(ReportingDevice device, String messageId, String contentType, String body,
                                        String signature) {
        if (device == null) {
            throw new InvalidDeviceMessageException(Rejection.UNKNOWN_DEVICE);
        }
        check(device.status(), device.credentialVersion(), messageId, device.id(), contentType, body, signature);
        return device;
    }

    private void check(DeviceStatus status, int credentialVersion, String messageId, String deviceId,
                       String contentType, String body, String signature) {
        if (status == DeviceStatus.REVOKED) {
            throw new InvalidDeviceMessageException(Rejection.REVOKED_DEVICE);
        }
        if (!new DeviceCredentials(serverSecret).verify(signature, credentialVersion, messageId, deviceId,
                contentType, body)) {
            throw new InvalidDeviceMessageException(Rejection.BAD_SIGNATURE);
        }
    }
}
