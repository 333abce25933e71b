package org.citiverse.device.application;

import java.util.List;

/** Port to the dead-letter destination of the device layer. */
public interface DeadLetters {

    /** Parks a refused message with its reason, inside the caller's transaction. */
    void park(RawDeviceMessage message, String reason, String detail);

    /**
     * Takes a parked message off the dead-letter destination and puts it back on the way in, as
     * its device sent it, inside the caller's transaction.
     *
     * @return false when no parked message has this id
     */
    boolean replay(String jmsMessageId);

    /** The oldest parked messages first, at most {@code limit}. */
    List<DeadLetter> browse(int limit);
}
