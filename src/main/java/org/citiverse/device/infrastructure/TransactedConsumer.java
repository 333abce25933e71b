package org.citiverse.device.infrastructure;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.util.ArrayList;
import java.util.List;

/**
 * A device worker's consumer, kept from round to round, on a JMS session with a transaction of
 * its own (not part of the database's): what it took is acknowledged only after its database work has
 * committed. A failure in between redelivers it, and what was applied is then recognised (a report's
 * journal entry, a command's recorded answer), so nothing is applied twice and nothing is lost, without
 * a two-phase commit each time. (The classic JMS API: a resource adapter may allow such a session to
 * {@code createSession} and not to {@code createContext}.)
 */
final class TransactedConsumer implements AutoCloseable {

    private final Connection connection;
    private final Session session;
    private final MessageConsumer consumer;

    private TransactedConsumer(Connection connection, Session session, MessageConsumer consumer) {
        this.connection = connection;
        this.session = session;
        this.consumer = consumer;
    }

    /**
     * A consumer of the destination (taking only what the JMS selector picks, when there is one), to be
     * opened and used outside any JTA transaction so that its session's transaction is its own.
     *
     * @throws IllegalStateException when the JMS provider gives no locally transacted session here
     */
    static TransactedConsumer open(ConnectionFactory connections, Destination destination, String selector)
            throws JMSException {
        Connection connection = connections.createConnection();
        try {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            if (!session.getTransacted()) {
                throw new IllegalStateException("The JMS connection factory gives no locally transacted session"
                        + " outside a JTA transaction (Artemis: allowLocalTransactions)");
            }
            TransactedConsumer consumer = new TransactedConsumer(connection, session,
                    session.createConsumer(destination, selector));
            connection.start();
            return consumer;
        } catch (JMSException | RuntimeException e) {
            try {
                connection.close();
            } catch (JMSException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /**
     * Waits up to {@code waitMillis} for a first message, then takes what arrives within
     * {@code lingerMillis} of it, up to {@code max}: a quiet queue is answered at once, a steady trickle
     * in batches of a few milliseconds (a batch's fixed cost, its transaction, is then shared), a busy
     * queue in full batches.
     */
    List<Message> take(int max, long waitMillis, long lingerMillis) throws JMSException {
        List<Message> batch = new ArrayList<>(Math.min(max, 128));
        Message message = consumer.receive(waitMillis);
        long until = System.nanoTime() + lingerMillis * 1_000_000;
        while (message != null) {
            batch.add(message);
            if (batch.size() >= max) {
                break;
            }
            message = consumer.receiveNoWait();
            long left = (until - System.nanoTime()) / 1_000_000;
            if (message == null && left > 0) {
                message = consumer.receive(left);
            }
        }
        return batch;
    }

    /** Acknowledges everything taken since the last commit. */
    void commit() throws JMSException {
        session.commit();
    }

    /** Closing without a commit gives back what was taken: it is redelivered. */
    @Override
    public void close() throws JMSException {
        connection.close();
    }
}
