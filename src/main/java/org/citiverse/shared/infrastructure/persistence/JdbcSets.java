package org.citiverse.shared.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * Plain JDBC for work done as sets (the device pipeline's batches): on the persistence context's own
 * connection, so it joins the same JTA transaction and sees what the context wrote. SQL that
 * PostgreSQL and H2 both take.
 */
public final class JdbcSets {

    /** Rows per multi-row insert, well below any driver's limit on parameters. */
    private static final int ROWS_PER_INSERT = 500;

    private JdbcSets() {
    }

    /** Work on the connection of the entity manager's transaction. */
    public interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    /**
     * Runs the work after writing out the context's entities, and forgets them after it: an entity
     * read before would otherwise be written back over what the work changed.
     */
    public static <T> T run(EntityManager em, Work<T> work) {
        em.flush();
        T result = em.unwrap(Session.class).doReturningWork(work::on);
        em.clear();
        return result;
    }

    /** {@code ?, ?, ?} for an IN list of {@code n} values. */
    public static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /**
     * Binds texts as one array parameter, for {@code column = any(?)}: the statement's text is the same
     * for any number of values, so the driver's and the database's prepared statement, and its plan,
     * serve every batch (an IN list of marks is a new statement, planned again, for each length).
     */
    public static void bindAny(PreparedStatement statement, int index, Collection<String> values) throws SQLException {
        statement.setArray(index, statement.getConnection().createArrayOf("varchar", values.toArray()));
    }

    /** Sets the values from parameter {@code first} on; returns the next parameter's index. */
    public static int bind(PreparedStatement statement, int first, Collection<?> values) throws SQLException {
        int i = first;
        for (Object value : values) {
            statement.setObject(i++, value);
        }
        return i;
    }

    /** A moment for a timestamp with time zone column. */
    public static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A timestamp with time zone column's value as a moment, or null. */
    public static Instant instant(java.sql.ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * Inserts rows with multi-row {@code insert … values (…), (…)} statements: one round trip and one
     * statement for up to {@link #ROWS_PER_INSERT} rows.
     *
     * @param head   {@code insert into t (a, b, c) values}
     * @param row    the placeholders of one row, such as {@code (?, ?, 'STATE')}
     * @param values one row's parameters, in the order of {@code row}'s placeholders
     */
    public static <R> void insert(Connection connection, String head, String row, List<R> rows,
                                  Function<R, List<Object>> values) throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<R> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            String sql = head + " " + String.join(", ", java.util.Collections.nCopies(part.size(), row));
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int i = 1;
                for (R each : part) {
                    i = bind(insert, i, values.apply(each));
                }
                insert.executeUpdate();
            }
        }
    }
}
