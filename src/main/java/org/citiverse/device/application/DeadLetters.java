package org.citiverse.device.application;

import java.util.List;

/** Port to the dead-letter destination of the device layer. */
public interface DeadLetters {

    /** Parks a refused report with its reason, inside the caller's transaction. */
    void park(RawDeviceMessage message, String reason, String detail);

    /** Parks a refused answer to a command: a replay puts it back among the answers. */
    void parkAnswer(RawDeviceMessage answer, String reason, String detail);

    /**
     * Takes a parked message off the dead-letter destination and puts it back where it came from
     * (reports or answers), as its device sent it, inside the caller's transaction.
     *
     * @return false when no parked message has this id
     */
    boolean replay(String jmsMessageId);

    /** The oldest parked messages first, at most {@code limit}. */
    List<DeadLetter> browse(int limit);
}
