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
