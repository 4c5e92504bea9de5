package io.redress.shared.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A request whose body must be read by a deadline: a read after it fails, and so does one the socket timed out. */
final class DeadlineRequest extends HttpServletRequestWrapper {

    private final long deadline;
    private volatile boolean timedOut;
    private ServletInputStream body;

    DeadlineRequest(HttpServletRequest request, long deadline) {
        super(request);
        this.deadline = deadline;
    }

    boolean timedOut() {
        return timedOut;
    }

    /** The rest of the body is not worth waiting for: the connection closes after the answer. */
    private void timeOut() {
        timedOut = true;
        UnreadBody.dropWhenClosing(getRequest());
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (body == null) {
            body = new Deadlined(super.getInputStream());
        }
        return body;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    private final class Deadlined extends ServletInputStream {

        private final ServletInputStream in;

        Deadlined(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            checkDeadline();
            try {
                int read = in.read(buffer, offset, length);
                if (read != -1) {
                    checkDeadline();
                }
                return read;
            } catch (IOException failure) {
                if (causedByTimeout(failure)) {
                    timeOut();
                }
                throw failure;
            }
        }

        private void checkDeadline() throws SocketTimeoutException {
            if (System.nanoTime() - deadline > 0) {
                timeOut();
                throw new SocketTimeoutException("request body not complete by its deadline");
            }
        }

        private static boolean causedByTimeout(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof SocketTimeoutException) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
