package org.citiverse.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A server-sent event stream read on its own thread: its events, each with its arrival time. */
public final class EventStream implements AutoCloseable {

    /** One event: its name ("message" when it has none), data and when it arrived (System.nanoTime). */
    public record Event(String name, String data, long arrivedNanos) {
    }

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;

    EventStream(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::read, "event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    public int status() {
        return response.statusCode();
    }

    /** The next event that matches, waiting at most {@code wait}; events before it are passed over. */
    public Event next(Predicate<Event> wanted, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Event event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new AssertionError("no matching event within " + wait);
            }
            if (wanted.test(event)) {
                return event;
            }
        }
    }

    /** Whether an event that matches arrives within {@code wait}. */
    public boolean receives(Predicate<Event> wanted, Duration wait) throws InterruptedException {
        try {
            next(wanted, wait);
            return true;
        } catch (AssertionError none) {
            return false;
        }
    }

    /** Whether the server ends the stream within {@code wait}. */
    public boolean endsWithin(Duration wait) throws InterruptedException {
        reader.join(wait.toMillis());
        return !reader.isAlive();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(name, data.toString(), System.nanoTime()));
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).strip());
                }
            }
        } catch (IOException closed) {
            // the stream ended or was closed
        }
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // closing is all that is wanted
        }
        reader.interrupt();
    }
}
