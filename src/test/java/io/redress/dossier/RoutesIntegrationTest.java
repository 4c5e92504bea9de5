package io.redress.dossier;

import static io.redress.dossier.DossierCalls.BUYER;
import static io.redress.dossier.DossierCalls.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.redress.RedressIntegrationTest;
import io.redress.identity.Role;
import io.redress.orders.Callers;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/** GET /cases/{id}/routes: the parties' routes from the case as stored, for them only. */
@RedressIntegrationTest
class RoutesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    @Test
    void onARefundedCaseTheBuyerMayAskForReinstatementForSevenDaysButTheSellerWhoAgreedMayNotAppeal()
            throws Exception {
        DossierCalls calls = new DossierCalls(mvc, clock);
        String caseId = calls.openCase();
        JsonNode open = routes(BUYER, caseId);
        assertThat(route(open, "NEGOTIATE").get("state").asString()).isEqualTo("OPEN");
        assertThat(route(open, "POST_REFUND_REQUEST").get("code").asString()).isEqualTo("not-refunded");
        assertThat(open.get("dossier").get("zip").asString()).isEqualTo("/api/v1/cases/" + caseId + "/dossier.zip");

        calls.agreeAndWaitForTheRefund(caseId);
        OffsetDateTime refundedAt = OffsetDateTime.parse(calls.read(caseId).get("updatedAt").asString());
        JsonNode buyers = route(routes(BUYER, caseId), "POST_REFUND_REQUEST");
        assertThat(buyers.get("state").asString()).isEqualTo("OPEN");
        assertThat(buyers.get("code").asString()).isEqualTo("REINSTATEMENT");
        // T_SELLER_APPEAL of the case's policy version (the default's 7 days) from the refund's step, which the case's
        // updatedAt stores to the microsecond
        assertThat(OffsetDateTime.parse(buyers.get("closesAt").asString()).toInstant())
                .isCloseTo(refundedAt.toInstant().plus(Duration.ofDays(7)), within(1, ChronoUnit.MILLIS));
        assertThat(buyers.get("page").asString()).isEqualTo("/cases/" + caseId + "/after-refund");
        assertThat(buyers.get("secondsLeft").asLong()).isPositive().isLessThanOrEqualTo(Duration.ofDays(7).toSeconds());

        JsonNode sellers = route(routes(SELLER, caseId), "POST_REFUND_REQUEST");
        assertThat(sellers.get("state").asString()).isEqualTo("CLOSED");
        assertThat(sellers.get("code").asString()).isEqualTo("seller-agreed");
        assertThat(route(routes(SELLER, caseId), "CONSUMER_ASSOCIATION").get("code").asString())
                .isEqualTo("consumers-only");
    }

    @Test
    void onlyThePartiesReadTheirRoutes() throws Exception {
        String caseId = new DossierCalls(mvc, clock).openCase();
        assertThat(status(Callers.buyer("buyer-2"), caseId)).isEqualTo(404);
        assertThat(status(Callers.seller("shop-2"), caseId)).isEqualTo(404);
        assertThat(status(Callers.staff(Role.AGENT), caseId)).isEqualTo(403);
        assertThat(status(Callers.marketplace(), caseId)).isEqualTo(403);
        assertThat(status(SELLER, caseId)).isEqualTo(200);
    }

    private int status(RequestPostProcessor as, String caseId) throws Exception {
        return mvc.perform(get("/api/v1/cases/" + caseId + "/routes").with(as)).andReturn().getResponse().getStatus();
    }

    private JsonNode routes(RequestPostProcessor as, String caseId) throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/cases/" + caseId + "/routes").with(as)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return DossierCalls.json(result);
    }

    private static JsonNode route(JsonNode routes, String kind) {
        for (JsonNode route : routes.get("routes")) {
            if (route.get("kind").asString().equals(kind)) {
                return route;
            }
        }
        throw new AssertionError("no route " + kind + " in " + routes);
    }
}
