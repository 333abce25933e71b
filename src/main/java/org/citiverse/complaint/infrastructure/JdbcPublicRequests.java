package org.citiverse.complaint.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.citiverse.complaint.domain.PublicRequest;
import org.citiverse.complaint.domain.PublicRequests;
import org.citiverse.complaint.domain.RequestQuery;
import org.citiverse.complaint.domain.RequestStatus;
import org.citiverse.shared.infrastructure.persistence.JdbcSets;

/**
 * The public list in one SQL statement: only the columns Open311 shows, the first published photo
 * from its index, no entities, no persistence context and no transaction. Apps poll this list; read
 * through JPA, a page of 50 cost more in query translation, entity loading and flushing than in
 * the database.
 */
@ApplicationScoped
public class JdbcPublicRequests implements PublicRequests {

    private static final String COLUMNS = "select r.id, r.category_code, r.department_code, r.status,"
            + " case when r.description_hidden then null else r.description end, r.latitude, r.longitude,"
            + " r.address, r.address_id, r.media_url, r.public_note, r.requested_at, r.updated_at, r.due_at,"
            + " (select min(p.position) from complaint_photo p where p.request_id = r.id and p.hidden = false)"
            + " from complaint_request r";

    @Resource(lookup = "jdbc/citiverse")
    DataSource dataSource;

    @Override
    public List<PublicRequest> find(RequestQuery query) {
        Statement statement = Statement.of(query);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(statement.sql())) {
            for (int i = 0; i < statement.parameters().size(); i++) {
                select.setObject(i + 1, statement.parameters().get(i));
            }
            List<PublicRequest> found = new ArrayList<>(Math.min(query.pageSize(), 100));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(row(rows));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("The public list of service requests could not be read", e);
        }
    }

    private static PublicRequest row(ResultSet rows) throws SQLException {
        return new PublicRequest(rows.getLong(1), rows.getString(2), rows.getString(3),
                RequestStatus.valueOf(rows.getString(4)), rows.getString(5), number(rows, 6), number(rows, 7),
                rows.getString(8), rows.getString(9), rows.getString(10), rows.getString(11),
                JdbcSets.instant(rows, "requested_at"), JdbcSets.instant(rows, "updated_at"),
                JdbcSets.instant(rows, "due_at"), rows.getObject(15, Integer.class));
    }

    private static Double number(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    /** The statement and its parameters in order, built together so neither can miss the other. */
    record Statement(String sql, List<Object> parameters) {

        static Statement of(RequestQuery query) {
            if (query.department() != null || query.reporter() != null || query.source() != null
                    || query.overdueOnly() || !RequestQuery.Triage.ANY.equals(query.triage())) {
                throw new IllegalArgumentException("The public list filters by ids, categories, statuses and time only");
            }
            String order = switch (query.order()) {
                case NEWEST -> " order by r.requested_at desc, r.id desc";
                case OLDEST -> " order by r.requested_at, r.id";
                default -> throw new IllegalArgumentException("The public list is newest or oldest first");
            };
            List<String> conditions = new ArrayList<>();
            List<Object> parameters = new ArrayList<>();
            in(conditions, parameters, "r.id", query.ids());
            in(conditions, parameters, "r.category_code", query.categories());
            Boolean open = query.openness();
            if (open != null) {
                // A literal, not a parameter: PostgreSQL's generic plan for "is_open = $n" walked the
                // whole window to find the few open requests (20 ms instead of 1 under load).
                conditions.add("r.is_open = " + open);
            } else {
                in(conditions, parameters, "r.status", query.statuses().stream().map(Enum::name).toList());
            }
            if (query.from() != null) {
                conditions.add("r.requested_at >= ?");
                parameters.add(JdbcSets.at(query.from()));
            }
            if (query.to() != null) {
                conditions.add("r.requested_at <= ?");
                parameters.add(JdbcSets.at(query.to()));
            }
            // The page is written into the statement: the planner then knows how few rows it reads.
            String sql = COLUMNS + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + order
                    + " offset " + query.offset() + " rows fetch first " + query.pageSize() + " rows only";
            return new Statement(sql, List.copyOf(parameters));
        }

        private static void in(List<String> conditions, List<Object> parameters, String column,
                               java.util.Collection<?> values) {
            if (!values.isEmpty()) {
                conditions.add(column + (values.size() == 1 ? " = ?"
                        : " in (" + JdbcSets.marks(values.size()) + ")"));
                parameters.addAll(values);
            }
        }
    }
}
