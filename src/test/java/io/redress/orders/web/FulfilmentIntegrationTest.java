package io.redress.orders.web;

import static io.redress.orders.Callers.marketplace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.orders.FulfilmentEvent;
import io.redress.orders.FulfilmentRecorded;
import io.redress.orders.OrderJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@RedressIntegrationTest
@RecordApplicationEvents
class FulfilmentIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;

    String order() throws Exception {
        return OrderJson.pushExample(mvc);
    }

    ResultActions report(String orderId, Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/v1/orders/" + orderId + "/fulfilment").with(marketplace())
                .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(body)));
    }

    @Test
    void shippingThenSigningRecordsBothTimesAndPublishesEachEvent() throws Exception {
        String id = order();
        report(id, Map.of("event", "SHIPPED", "at", "2026-11-21T09:00:00+08:00", "carrier", "SF", "trackingNo", "SF123"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].shippedAt").value("2026-11-21T09:00:00+08:00"));
        report(id, Map.of("event", "SIGNED", "lineIds", List.of("L1"), "at", "2026-11-22T15:20:00+08:00"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].signedAt").value("2026-11-22T15:20:00+08:00"));

        assertThat(events.stream(FulfilmentRecorded.class)
                .filter(event -> event.orderId().equals(id)))
                .containsExactly(
                        new FulfilmentRecorded(id, FulfilmentEvent.SHIPPED, List.of("L1"),
                                Instant.parse("2026-11-21T01:00:00Z")),
                        new FulfilmentRecorded(id, FulfilmentEvent.SIGNED, List.of("L1"),
                                Instant.parse("2026-11-22T07:20:00Z")));
    }

    @Test
    void signingAnUnshippedLineIsAConflict() throws Exception {
        String id = order();
        report(id, Map.of("event", "SIGNED", "at", "2026-11-22T15:20:00+08:00"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("L1 has not been shipped")));
    }

    @Test
    void theSameEventTwiceForALineIsAConflict() throws Exception {
        String id = order();
        report(id, Map.of("event", "SHIPPED", "at", "2026-11-21T09:00:00+08:00")).andExpect(status().isOk());
        report(id, Map.of("event", "SHIPPED", "at", "2026-11-21T10:00:00+08:00"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("L1 was already shipped")));
    }

    @Test
    void anEventBeforePaymentIsRefused() throws Exception {
        String id = order();
        report(id, Map.of("event", "SHIPPED", "at", "2026-11-20T10:00:30+08:00"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("at")));
    }

    @Test
    void signingBeforeShippingTimeIsRefused() throws Exception {
        String id = order();
        report(id, Map.of("event", "SHIPPED", "at", "2026-11-21T09:00:00+08:00")).andExpect(status().isOk());
        report(id, Map.of("event", "SIGNED", "at", "2026-11-21T08:00:00+08:00"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("at")));
    }

    @Test
    void anUnknownLineIsRefusedNamingIt() throws Exception {
        String id = order();
        report(id, Map.of("event", "SHIPPED", "lineIds", List.of("L1", "L7")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("lineIds[1]"))
                .andExpect(jsonPath("$.errors[0].message", containsString("L7")));
        mvc.perform(get("/api/v1/orders/" + id)
                        .with(marketplace()))
                .andExpect(jsonPath("$.lines[0].shippedAt").doesNotExist());
    }

    @Test
    void anUnknownEventIsRefused() throws Exception {
        report(order(), Map.of("event", "LOST"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("event"));
    }

    @Test
    void anEventWithoutTimeHappensNow() throws Exception {
        report(order(), Map.of("event", "SHIPPED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].shippedAt").isNotEmpty());
    }

    @Test
    void fulfilmentOfAnUnknownOrderIs404() throws Exception {
        report(OrderJson.freshId(), Map.of("event", "SHIPPED")).andExpect(status().isNotFound());
    }
}
