package org.citiverse.device.infrastructure;

import static org.citiverse.shared.infrastructure.persistence.JdbcSets.at;
import static org.citiverse.shared.infrastructure.persistence.JdbcSets.bindAny;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citiverse.device.domain.DeviceStatus;
import org.citiverse.device.domain.Firmware;
import org.citiverse.device.domain.IngressStore;
import org.citiverse.device.domain.ReportingDevice;
import org.citiverse.shared.domain.Uuids;
import org.citiverse.shared.infrastructure.persistence.JdbcSets;

/** {@link IngressStore} as one SQL statement per question and per write. */
@ApplicationScoped
public class JdbcIngressStore implements IngressStore {

    @PersistenceContext(unitName = "citiverse")
    EntityManager em;

    @Override
    public Map<String, ReportingDevice> devices(Collection<String> deviceIds) {
        return JdbcSets.run(em, connection -> {
            Map<String, ReportingDevice> devices = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("select device_id, profile, twin_id, status, "
                    + "credential_version, last_seen_at, clock_offset_ms, firmware, firmware_at "
                    + "from device_registration where device_id = any(?)")) {
                bindAny(select, 1, deviceIds);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        String firmware = row.getString("firmware");
                        long offset = row.getLong("clock_offset_ms");
                        Long clockOffset = row.wasNull() ? null : offset;
                        devices.put(row.getString("device_id"), new ReportingDevice(row.getString("device_id"),
                                row.getString("profile"), row.getString("twin_id"),
                                DeviceStatus.valueOf(row.getString("status")), row.getInt("credential_version"),
                                JdbcSets.instant(row, "last_seen_at"), clockOffset,
                                firmware == null ? null : new Firmware(firmware, JdbcSets.instant(row, "firmware_at"))));
                    }
                }
            }
            return devices;
        });
    }

    @Override
    public Set<MessageKey> journaled(Collection<MessageKey> keys) {
        // Both columns as lists, the pairs matched here: the unique (device id, message id) index serves it.
        Set<String> devices = new HashSet<>();
        Set<String> ids = new HashSet<>();
        keys.forEach(k -> {
            devices.add(k.deviceId());
            ids.add(k.messageId());
        });
        return JdbcSets.run(em, connection -> {
            Set<MessageKey> found = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement("select device_id, message_id from "
                    + "device_inbound_message where device_id = any(?) and message_id = any(?)")) {
                bindAny(select, 1, devices);
                bindAny(select, 2, ids);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        MessageKey key = new MessageKey(row.getString(1), row.getString(2));
                        if (keys.contains(key)) {
                            found.add(key);
                        }
                    }
                }
            }
            return found;
        });
    }

    @Override
    public void write(Collection<ReportingDevice> seen, List<Accepted> accepted) {
        JdbcSets.run(em, connection -> {
            if (!seen.isEmpty()) {
                // In id order, so two batches updating the same devices wait instead of deadlocking. The
                // entity's version stays: these columns are left out of its optimistic lock.
                try (PreparedStatement update = connection.prepareStatement("update device_registration set "
                        + "last_seen_at = ?, clock_offset_ms = ?, firmware = coalesce(?, firmware), "
                        + "firmware_at = coalesce(?, firmware_at) where device_id = ?")) {
                    for (ReportingDevice device : seen.stream().sorted(Comparator.comparing(ReportingDevice::id))
                            .toList()) {
                        update.setObject(1, at(device.lastSeenAt()));
                        if (device.clockOffsetMs() == null) {
                            update.setNull(2, Types.BIGINT);
                        } else {
                            update.setLong(2, device.clockOffsetMs());
                        }
                        boolean named = device.firmwareChanged();
                        update.setString(3, named ? device.firmware().version() : null);
                        update.setObject(4, named ? at(device.firmware().namedAt()) : null,
                                Types.TIMESTAMP_WITH_TIMEZONE);
                        update.setString(5, device.id());
                        update.addBatch();
                    }
                    update.executeBatch();
                }
            }
            if (!accepted.isEmpty()) {
                JdbcSets.insert(connection, "insert into device_inbound_message (id, message_id, device_id, "
                        + "content_type, body, body_bytes, channel, received_at) values",
                        "(?, ?, ?, ?, ?, ?, ?, ?)", accepted, a -> List.of(Uuids.timeOrdered(), a.message().messageId(),
                                a.message().deviceId(), a.message().contentType(), a.message().body(),
                                a.message().bodyBytes(), a.channel().name(), at(a.receivedAt())));
            }
            return null;
        });
    }
}
