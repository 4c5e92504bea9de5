package io.redress.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * A real Tomcat on a random loopback port with the timeouts of application.yml and the body deadline filter:
 * a client trickling its body or stalling in the middle of it is answered 408 and disconnected in time, while
 * a body that arrives is served. Plain Tomcat and a servlet, no Spring context.
 */
class SlowRequestBodyTest {

    private static final Duration MARGIN = Duration.ofSeconds(3);

    private Duration bodyReadTimeout;
    private Duration readTimeout;
    private WebServer server;

    @BeforeEach
    void startServer() throws IOException {
        StandardEnvironment configuration = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(configuration.getPropertySources()::addLast);
        configuration.setConversionService(new ApplicationConversionService());
        bodyReadTimeout = configuration.getRequiredProperty("redress.http.body-read-timeout", Duration.class);
        readTimeout = configuration.getRequiredProperty("server.tomcat.connection-timeout", Duration.class);

        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        factory.setAddress(java.net.InetAddress.getLoopbackAddress());
        factory.addConnectorCustomizers(connector -> connector.setProperty("connectionTimeout", String.valueOf(readTimeout.toMillis())));
        factory.addProtocolHandlerCustomizers(new SlowClientConfiguration().requestsOnVirtualThreads(true));
        server = factory.getWebServer(context -> {
            context.addFilter("deadline", new BodyReadDeadlineFilter(bodyReadTimeout, (request, response, handler, e) -> null))
                    .addMappingForUrlPatterns(null, false, "/*");
            context.addServlet("echo", new BodyLength()).addMapping("/*");
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void bodyTrickledSlowerThanItsDeadlineIsAnswered408AndDisconnected() throws Exception {
        try (Socket client = connect()) {
            // started before the server can see the request, so the measured time is never shorter than the server's
            long start = System.nanoTime();
            OutputStream out = client.getOutputStream();
            out.write(headers(1_000));
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> readToEnd(client));
            for (int i = 0; i < 1_000 && !answer.isDone(); i++) {
                out.write('x');
                out.flush();
                Thread.sleep(200);
            }
            String response = answer.get(bodyReadTimeout.plus(MARGIN).toSeconds(), TimeUnit.SECONDS);
            assertThat(response).startsWith("HTTP/1.1 408");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(bodyReadTimeout, bodyReadTimeout.plus(MARGIN));
        }
    }

    @Test
    void bodyStalledHalfwayIsDisconnectedAfterTheReadTimeout() throws Exception {
        try (Socket client = connect()) {
            long start = System.nanoTime();
            client.getOutputStream().write(headers(100));
            client.getOutputStream().write("{\"user".getBytes(StandardCharsets.US_ASCII));
            String response = readToEnd(client);
            assertThat(response).startsWith("HTTP/1.1 408");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(readTimeout.minusMillis(500), readTimeout.plus(MARGIN));
        }
    }

    @Test
    void bodyArrivingInTimeIsServed() throws Exception {
        try (Socket client = connect()) {
            client.getOutputStream().write(headers(10));
            client.getOutputStream().write("0123456789".getBytes(StandardCharsets.US_ASCII));
            String response = readToEnd(client);
            assertThat(response).startsWith("HTTP/1.1 200").endsWith("10 bytes");
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(java.net.InetAddress.getLoopbackAddress(), server.getPort());
        socket.setSoTimeout((int) bodyReadTimeout.plus(readTimeout).plus(MARGIN).toMillis());
        return socket;
    }

    private static byte[] headers(int contentLength) {
        return ("POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nConnection: close\r\n"
                + "Content-Length: " + contentLength + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Everything the server sends until it closes the connection (a reset counts as closing). */
    private static String readToEnd(Socket socket) {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            for (int n; (n = in.read(buffer)) != -1; ) {
                received.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException stillOpen) {
            throw new AssertionError("the server kept the connection open; received: " + received, stillOpen);
        } catch (SocketException reset) {
            // closed with data unread on its side
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return received.toString(StandardCharsets.US_ASCII);
    }

    /** Reads the whole body and answers its length. */
    private static final class BodyLength extends HttpServlet {
        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            int length = request.getInputStream().readAllBytes().length;
            response.getWriter().print(length + " bytes");
        }
    }
}
