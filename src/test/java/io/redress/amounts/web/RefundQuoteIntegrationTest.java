package io.redress.amounts.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.ResultActions;

@RedressIntegrationTest
class RefundQuoteIntegrationTest {

    static final String RETURN_ONE = """
            {"type": "RETURN_AND_REFUND", "reason": "NO_REASON", "lines": [{"lineId": "L1", "quantity": 1}]}""";

    @Autowired
    MockMvc mvc;

    String orderId;

    @Autowired
    java.time.Clock clock;

    static RequestPostProcessor as(Role role, String buyerId, String shopId) {
        return authentication(new TestingAuthenticationToken(new Caller(role.name().toLowerCase(), Set.of(role), buyerId, shopId),
                null, role.authority()));
    }

    static RequestPostProcessor buyer1() {
        return as(Role.BUYER, "buyer-1", null);
    }

    /** The T-shirt example order, paid two days ago, shipped and signed yesterday (by the application's clock). */
    @BeforeEach
    void createOrder() throws Exception {
        orderId = "T-" + UUID.randomUUID();
        Instant paid = clock.instant().minus(2, ChronoUnit.DAYS);
        mvc.perform(post("/api/v1/orders").with(as(Role.MARKETPLACE, null, null)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"orderId": "%s", "buyerId": "buyer-1", "shopId": "shop-1", "currency": "CNY",
                         "placedAt": "%s", "paidAt": "%s",
                         "lines": [{"lineId": "L1", "sku": "TEE-RED-M", "title": "T-shirt", "category": "apparel",
                                    "quantity": 2, "unitPrice": 9900, "virtual": false, "noReasonReturn": "SUPPORTED"}],
                         "discounts": [{"discountId": "D1", "kind": "SHOP_COUPON", "amount": 1000, "fundedBy": "SELLER",
                                        "appliesTo": ["L1"], "threshold": 15000}],
                         "shippingFee": 800, "freeShipping": false,
                         "payments": [{"paymentId": "P1", "method": "ALIPAY_BALANCE", "amount": 19600,
                                       "pspReference": "2026112022001"}]}""".formatted(orderId, paid, paid)))
                .andExpect(status().isCreated());
        for (String event : new String[] {"SHIPPED", "SIGNED"}) {
            mvc.perform(post("/api/v1/orders/{id}/fulfilment", orderId).with(as(Role.MARKETPLACE, null, null)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"event\": \"%s\", \"at\": \"%s\"}".formatted(event, clock.instant().minus(1, ChronoUnit.DAYS))))
                    .andExpect(status().is2xxSuccessful());
        }
    }

    ResultActions quote(RequestPostProcessor caller, String body) throws Exception {
        return mvc.perform(post("/api/v1/orders/{id}/refund-quotes", orderId).with(caller).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void buyerGetsTheApiExampleQuoteOf8900() throws Exception {
        quote(buyer1(), RETURN_ONE)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currency").value("CNY"))
                .andExpect(jsonPath("$.maxRefundable").value(8900))
                .andExpect(jsonPath("$.lines[0].amount").value(8900))
                .andExpect(jsonPath("$.lines[0].steps[0].rule").value("PAID_SHARE"))
                .andExpect(jsonPath("$.lines[0].steps[0].label").value("paid for 1 of 2 after discounts"))
                .andExpect(jsonPath("$.lines[0].steps[0].amount").value(9400))
                .andExpect(jsonPath("$.lines[0].steps[1].rule").value("THRESHOLD_LOST"))
                .andExpect(jsonPath("$.lines[0].steps[1].amount").value(-500))
                .andExpect(jsonPath("$.shipping.refunded").value(0))
                .andExpect(jsonPath("$.shipping.returnShippingPayer").value("BUYER"))
                .andExpect(jsonPath("$.byPayment[0].paymentId").value("P1"))
                .andExpect(jsonPath("$.byPayment[0].amount").value(8900))
                .andExpect(jsonPath("$.byFunder.SELLER").value(8900))
                .andExpect(jsonPath("$.byFunder.PLATFORM").value(0))
                .andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.ineligibleReasons").isEmpty());
    }

    @Test
    void labelsFollowAcceptLanguage() throws Exception {
        mvc.perform(post("/api/v1/orders/{id}/refund-quotes", orderId).with(buyer1()).with(csrf())
                        .header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON).content(RETURN_ONE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].steps[0].label").value("2件中1件的实付金额（已扣优惠）"));
    }

    @Test
    void shopStaffAndAgentsMayQuote() throws Exception {
        quote(as(Role.SELLER, null, "shop-1"), RETURN_ONE).andExpect(status().isOk());
        quote(as(Role.AGENT, null, null), RETURN_ONE).andExpect(status().isOk());
        quote(as(Role.SENIOR_AGENT, null, null), RETURN_ONE).andExpect(status().isOk());
    }

    @Test
    void anotherBuyerOrAnotherShopSeesNoSuchOrder() throws Exception {
        quote(as(Role.BUYER, "buyer-2", null), RETURN_ONE).andExpect(status().isNotFound());
        quote(as(Role.SELLER, null, "shop-2"), RETURN_ONE).andExpect(status().isNotFound());
    }

    @Test
    void rolesThatDoNotQuoteAreForbidden() throws Exception {
        quote(as(Role.MARKETPLACE, null, null), RETURN_ONE).andExpect(status().isForbidden());
        quote(as(Role.AUDITOR, null, null), RETURN_ONE).andExpect(status().isForbidden());
    }

    @Test
    void unknownLineOrTooManyUnitsIsRejectedNamingTheField() throws Exception {
        quote(buyer1(), """
                {"type": "RETURN_AND_REFUND", "reason": "NO_REASON", "lines": [{"lineId": "L9", "quantity": 1}]}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].lineId"));
        quote(buyer1(), """
                {"type": "RETURN_AND_REFUND", "reason": "NO_REASON", "lines": [{"lineId": "L1", "quantity": 3}]}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].quantity"));
    }

    @Test
    void malformedBodyIsABadRequest() throws Exception {
        quote(buyer1(), """
                {"type": "RETURN_AND_REFUND", "lines": [{"lineId": "L1", "quantity": 1}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        quote(buyer1(), """
                {"type": "SWAP", "reason": "NO_REASON", "lines": [{"lineId": "L1", "quantity": 1}]}""")
                .andExpect(status().isBadRequest());
        quote(buyer1(), """
                {"type": "RETURN_AND_REFUND", "reason": "NO_REASON", "lines": [{"lineId": "L1", "quantity": 1}], "x": 1}""")
                .andExpect(status().isBadRequest());
    }

    @Test
    void ineligibleRequestIsStillQuotedWithReasons() throws Exception {
        quote(buyer1(), """
                {"type": "RETURN_AND_REFUND", "reason": "NOT_RECEIVED", "lines": [{"lineId": "L1", "quantity": 1}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.ineligibleReasons[0].code").value("NOT_RECEIVED_REFUND_ONLY"))
                .andExpect(jsonPath("$.ineligibleReasons[0].lineId").value("L1"))
                .andExpect(jsonPath("$.ineligibleReasons[0].label").isNotEmpty());
    }
}
