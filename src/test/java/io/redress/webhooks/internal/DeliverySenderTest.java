package io.redress.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliverySenderTest {

    private final DeliverySender sender = new DeliverySender(Duration.ofSeconds(1), Duration.ofMillis(300), new EndpointUrls(true));

    @Test
    void aReceiverThatAcceptsAndNeverAnswersIsReportedAsNoAnswerWithinTheReadTimeout() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket stalled = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(stalled.accept());
                    }
                } catch (Exception closed) {
                    // the server socket was closed
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();

            for (int i = 0; i < 3; i++) {
                DeliverySender.Outcome outcome = sender.send("http://127.0.0.1:" + stalled.getLocalPort() + "/hooks",
                        "msg_" + i, List.of("whsec_dGVzdHNlY3JldA=="), "{}");
                assertThat(outcome.statusCode()).isNull();
                assertThat(outcome.error()).as("attempt %d", i).isEqualTo("no answer within PT0.3S");
                assertThat(outcome.durationMs()).isBetween(250L, 1_250L);
            }
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
