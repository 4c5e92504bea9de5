package io.redress.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A small blocking HTTP/1.1 client for the load run: persistent connections kept in a pool, one request at a time on
 * each, the answer read whole (Content-Length or chunked). The load client shares the machine with the instance and
 * PostgreSQL, so what it spends per call is taken from them: {@code java.net.http.HttpClient} hands every exchange
 * between the calling thread and its selector thread and builds a chain of futures for it, which cost the run about
 * as much CPU per full case as the instance's own JVM; this costs a write and a read per call.
 */
final class Http1 {

    /** An answer: its status and its body as text. */
    record Answer(int status, String body) {
    }

    private static final int TIMEOUT_MS = 30_000;

    private final String host;
    private final int port;
    private final String hostHeader;
    private final Queue<Connection> idle = new ConcurrentLinkedQueue<>();

    Http1(String base) {
        URI uri = URI.create(base);
        if (!"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException("the load run speaks plain http: " + base);
        }
        host = uri.getHost();
        port = uri.getPort() < 0 ? 80 : uri.getPort();
        hostHeader = host + ":" + port;
    }

    Answer get(String path, String bearer) throws IOException {
        return exchange("GET", path, bearer(bearer), null);
    }

    Answer post(String path, String bearer, String json) throws IOException {
        return exchange("POST", path, bearer(bearer), json.getBytes(StandardCharsets.UTF_8));
    }

    /** A GET whose credential travels in a header of the server's own ({@code name: value}; null for none). */
    Answer getWith(String path, String credentialHeader) throws IOException {
        return exchange("GET", path, credentialHeader, null);
    }

    /** A POST whose credential travels in a header of the server's own ({@code name: value}; null for none). */
    Answer postWith(String path, String credentialHeader, String json) throws IOException {
        return exchange("POST", path, credentialHeader, json.getBytes(StandardCharsets.UTF_8));
    }

    private static String bearer(String token) {
        return token == null ? null : "Authorization: Bearer " + token;
    }

    private Answer exchange(String method, String path, String credentialHeader, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(hostHeader).append("\r\nAccept: application/json\r\n");
        if (credentialHeader != null) {
            head.append(credentialHeader).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        byte[] request = concat(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII), body);
        Connection connection = idle.poll();
        boolean reused = connection != null;
        if (connection == null) {
            connection = new Connection(host, port);
        }
        try {
            Answer answer;
            try {
                answer = connection.exchange(request);
            } catch (EOFException closedBeforeAnswering) {
                // a kept connection the server closed while it was idle: it read nothing of this request
                connection.close();
                if (!reused) {
                    throw closedBeforeAnswering;
                }
                connection = new Connection(host, port);
                answer = connection.exchange(request);
            }
            if (connection.open()) {
                idle.add(connection);
            } else {
                connection.close();
            }
            return answer;
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static byte[] concat(byte[] head, byte[] body) {
        if (body == null) {
            return head;
        }
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    /** One persistent connection; {@link #open} is false once the server said it closes it. */
    private static final class Connection {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private boolean open = true;

        Connection(String host, int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(TIMEOUT_MS);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }

        boolean open() {
            return open;
        }

        Answer exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line(true);
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = line(false); !header.isEmpty(); header = line(false)) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim();
                String value = header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                    chunked = true;
                } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                    open = false;
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream(length > 0 ? (int) length : 1024);
            if (chunked) {
                for (int size = Integer.parseInt(chunkSize(line(false)), 16); size > 0;
                        size = Integer.parseInt(chunkSize(line(false)), 16)) {
                    copy(size, body);
                    line(false);
                }
                while (!line(false).isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                copy(length, body);
            } else {
                open = false; // the body runs to the end of the connection
                in.transferTo(body);
            }
            return new Answer(status, body.toString(StandardCharsets.UTF_8));
        }

        private static String chunkSize(String line) {
            int extension = line.indexOf(';');
            return (extension < 0 ? line : line.substring(0, extension)).trim();
        }

        private void copy(long n, ByteArrayOutputStream to) throws IOException {
            byte[] buffer = new byte[8192];
            while (n > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, n));
                if (read < 0) {
                    throw new IOException("the answer ended early");
                }
                to.write(buffer, 0, read);
                n -= read;
            }
        }

        /** A header line without its CRLF; at the start of an answer, EOF means the server closed the connection. */
        private String line(boolean first) throws IOException {
            StringBuilder line = new StringBuilder(64);
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    if (first && line.isEmpty()) {
                        throw new EOFException("closed before answering");
                    }
                    throw new IOException("the answer ended early");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() {
            open = false;
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
