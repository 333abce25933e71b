package org.citiverse.device.infrastructure;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.util.ArrayList;
import java.util.List;

/**
 * One ingress worker's consumer, kept from batch to batch, on a JMS session with a transaction of
 * its own (not part of the database's): a batch is acknowledged only after its database work has
 * committed. A failure in between redelivers the batch, and the journal makes every message of it
 * that was applied a duplicate, so nothing is applied twice and nothing is lost, without a two-phase
 * commit for each batch. (The classic JMS API: a resource adapter may allow such a session to
 * {@code createSession} and not to {@code createContext}.)
 */
final class IngressConsumer implements AutoCloseable {

    private final Connection connection;
    private final Session session;
    private final MessageConsumer consumer;

    IngressConsumer(Connection connection, Session session, MessageConsumer consumer) {
        this.connection = connection;
        this.session = session;
        this.consumer = consumer;
    }

    /**
     * Waits up to {@code waitMillis} for a first message, then takes only what is already there, so a
     * quiet queue is answered at once and a busy one in batches.
     */
    List<Message> take(int max, long waitMillis) throws JMSException {
        List<Message> batch = new ArrayList<>(Math.min(max, 128));
        Message message = consumer.receive(waitMillis);
        while (message != null) {
            batch.add(message);
            message = batch.size() < max ? consumer.receiveNoWait() : null;
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
