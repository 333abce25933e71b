package org.citiverse.twin.infrastructure;

import static org.citiverse.shared.infrastructure.persistence.JdbcSets.at;
import static org.citiverse.shared.infrastructure.persistence.JdbcSets.bindAny;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citiverse.shared.domain.Uuids;
import org.citiverse.shared.infrastructure.persistence.JdbcSets;
import org.citiverse.twin.domain.Permission;
import org.citiverse.twin.domain.ReportedState;
import org.citiverse.twin.domain.TwinReports;

/** The batch questions and writes of {@link TwinReports} as one SQL statement each. */
@ApplicationScoped
public class JdbcTwinReports implements TwinReports {

    @PersistenceContext(unitName = "citiverse")
    EntityManager em;

    @Override
    public Map<String, ReportedState> lock(Collection<String> twinIds) {
        return JdbcSets.run(em, connection -> {
            Map<String, ReportedState> states = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("select id, type, properties, state, "
                    + "state_observed_at, state_version from twin where id = any(?) order by id for update")) {
                bindAny(select, 1, twinIds);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        states.put(row.getString("id"), new ReportedState(row.getString("id"), row.getString("type"),
                                row.getString("properties"), row.getString("state"),
                                JdbcSets.instant(row, "state_observed_at"), row.getLong("state_version")));
                    }
                }
            }
            return states;
        });
    }

    @Override
    public Map<String, Set<String>> holders(Collection<String> twinIds, Collection<String> principals,
                                            Collection<Permission> permissions) {
        return JdbcSets.run(em, connection -> {
            Map<String, Set<String>> holders = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("select distinct a.twin_id, g.principal "
                    + "from twin_ancestor a join twin_grant g on g.twin_id = a.ancestor_id where a.twin_id = any(?) "
                    + "and g.principal = any(?) and g.permission = any(?)")) {
                bindAny(select, 1, twinIds);
                bindAny(select, 2, principals);
                bindAny(select, 3, permissions.stream().map(Permission::name).toList());
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        holders.computeIfAbsent(row.getString(1), k -> new HashSet<>()).add(row.getString(2));
                    }
                }
            }
            return holders;
        });
    }

    @Override
    public Set<String> withOpenSyncRequests(Collection<String> twinIds) {
        return JdbcSets.run(em, connection -> {
            Set<String> open = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement("select distinct twin_id from "
                    + "twin_sync_request where twin_id = any(?) and status in ('RUNNING', 'QUEUED')")) {
                bindAny(select, 1, twinIds);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        open.add(row.getString(1));
                    }
                }
            }
            return open;
        });
    }

    @Override
    public void write(Collection<ReportedState> changed, List<Entry> history) {
        if (changed.isEmpty() && history.isEmpty()) {
            return;
        }
        JdbcSets.run(em, connection -> {
            if (!changed.isEmpty()) {
                // The entity's version moves too, so an administrator's change read before this one fails.
                try (PreparedStatement update = connection.prepareStatement("update twin set state = ?, "
                        + "state_observed_at = ?, state_version = ?, version = version + 1 where id = ?")) {
                    for (ReportedState state : changed) {
                        update.setString(1, state.state().toString());
                        update.setObject(2, at(state.observedAt()));
                        update.setLong(3, state.version());
                        update.setString(4, state.twinId());
                        update.addBatch();
                    }
                    update.executeBatch();
                }
            }
            if (!history.isEmpty()) {
                JdbcSets.insert(connection, "insert into twin_history (id, twin_id, observed_at, received_at, kind, "
                        + "values_json, applied) values", "(?, ?, ?, ?, 'STATE', ?, ?)", history, e -> {
                            List<Object> row = new ArrayList<>(6);
                            row.add(Uuids.timeOrdered());
                            row.add(e.twinId());
                            row.add(at(e.observedAt()));
                            row.add(at(e.receivedAt()));
                            row.add(e.values());
                            row.add(e.applied());
                            return row;
                        });
            }
            return null;
        });
    }
}
