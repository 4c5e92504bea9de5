package io.redress.orders.web;

import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@RedressIntegrationTest
class OrderApiDocsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theOpenApiDocumentListsTheOrderOperationsAndTheirEnumValues() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/orders'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/orders/{orderId}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/orders/{orderId}/fulfilment'].post").exists())
                .andExpect(jsonPath("$.components.schemas.DiscountSubmission.properties.kind.enum",
                        hasItems("SHOP_COUPON", "FULL_REDUCTION", "PLATFORM_COUPON", "RED_PACKET", "POINTS")))
                .andExpect(jsonPath("$.components.schemas.FulfilmentReport.properties.event.enum",
                        hasItems("SHIPPED", "SIGNED")));
    }
}
