package org.citiverse.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 connection kept open for requests, one at a time, read with plain blocking I/O.
 * The benchmarks share the server's two cores: java.net.http's client spent about as much CPU per
 * answer of 25 KB as the server spent making it, which measured the client more than the server.
 */
final class KeepAliveHttp implements AutoCloseable {

    /** A status and the body as text (UTF-8). */
    record Answer(int status, String body) {
    }

    private final String host;
    private final int port;
    private final String basePath;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /** Requests go to {@code base}'s host and port, their paths below its path. */
    KeepAliveHttp(URI base) {
        this.host = base.getHost();
        this.port = base.getPort() < 0 ? 80 : base.getPort();
        this.basePath = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/$", "");
    }

    /** GETs {@code pathAndQuery} (below the base); opens the connection again when the server closed it. */
    Answer get(String pathAndQuery) throws IOException {
        return send("GET", pathAndQuery, "", new byte[0]);
    }

    /** POSTs a form ({@code application/x-www-form-urlencoded}, already encoded) to {@code path} below the base. */
    Answer postForm(String path, String form) throws IOException {
        byte[] body = form.getBytes(StandardCharsets.US_ASCII);
        return send("POST", path, "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + body.length + "\r\n", body);
    }

    private Answer send(String method, String path, String headers, byte[] body) throws IOException {
        if (socket == null) {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = socket.getOutputStream();
        }
        try {
            out.write((method + " " + basePath + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                    + "\r\nAccept: application/json\r\n" + headers + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return read();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private Answer read() throws IOException {
        String statusLine = line();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String h = header.toLowerCase(java.util.Locale.ROOT);
            if (h.startsWith("content-length:")) {
                length = Long.parseLong(h.substring(15).strip());
            } else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
                chunked = true;
            } else if (h.startsWith("connection:") && h.contains("close")) {
                closes = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(length > 0 ? (int) length : 8192);
        if (chunked) {
            for (long size = Long.parseLong(line().split(";")[0].strip(), 16); size > 0;
                 size = Long.parseLong(line().split(";")[0].strip(), 16)) {
                copy(size, body);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length > 0) {
            copy(length, body);
        }
        if (closes) {
            close();
        }
        return new Answer(status, body.toString(StandardCharsets.UTF_8));
    }

    private void copy(long count, ByteArrayOutputStream to) throws IOException {
        byte[] buffer = new byte[8192];
        for (long left = count; left > 0; ) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("the connection closed in the middle of an answer");
            }
            to.write(buffer, 0, n);
            left -= n;
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the connection closed before the answer was complete");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing is all that is left to do
            }
            socket = null;
        }
    }
}
