package io.redress.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.identity.Role;
import io.redress.intervention.DisputeCalls;
import io.redress.orders.Callers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The console's trust pages, rendered: who sees which, and the agents' forms going through the penalty rules. */
@RedressIntegrationTest
class CreditPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Penalties penalties;

    @Test
    void anAgentIssuesAndRevokesAndTheShopSeesItsPerformanceAndWhy() throws Exception {
        String shopId = "shop-" + UUID.randomUUID();
        RequestPostProcessor agent = Callers.staff(Role.AGENT);
        String page = "/agent/credit/shop/" + shopId;
        mvc.perform(post(page + "/penalties").with(agent).with(csrf()).param("kind", "PRIVILEGE_SUSPENDED")
                        .param("privilege", "AUTO_AGREE").param("reasonCode", "TIMERS").param("reasons", "missed answers")
                        .param("days", "30"))
                .andExpect(status().is3xxRedirection());
        Penalty issued = penalties.of(Party.shop(shopId)).get(0);
        assertThat(issued.privilege()).isEqualTo(Privilege.AUTO_AGREE);

        String shopPage = mvc.perform(get("/standing").with(Callers.seller(shopId)).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(shopPage).contains("Service performance").contains("Auto-agree: suspended").contains("missed answers")
                .doesNotContain("data-test=\"revoke-form\"").doesNotContain("data-test=\"issue-form\"");

        mvc.perform(post("/agent/credit/penalties/" + issued.penaltyId() + "/revoke").with(agent).with(csrf())
                .param("reason", "wrong shop")).andExpect(status().is3xxRedirection());
        String agentPage = mvc.perform(get(page).with(agent).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(agentPage).contains("data-status=\"REVOKED\"").contains("wrong shop").contains("Issue a penalty");
        assertThat(mvc.perform(get("/standing").with(Callers.seller(shopId))).andReturn().getResponse()
                .getContentAsString()).contains("自动同意: 可用").contains("已撤销");
    }

    @Test
    void aBuyerSeesOnlyTheirOwnStandingAndNeverTheAgentsPages() throws Exception {
        String buyerId = "buyer-" + UUID.randomUUID();
        String mine = mvc.perform(get("/standing").with(Callers.buyer(buyerId))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("我的信用").contains("极速退款: 可用").contains("没有处罚");
        mvc.perform(get("/agent/credit").with(Callers.buyer(buyerId))).andExpect(status().isForbidden());
        mvc.perform(get("/agent/credit/buyer/" + buyerId).with(Callers.seller("shop-1"))).andExpect(status().isForbidden());
        mvc.perform(post("/agent/credit/buyer/" + buyerId + "/penalties").with(Callers.buyer(buyerId)).with(csrf())
                .param("kind", "WARNING")).andExpect(status().isForbidden());
        mvc.perform(get("/standing").with(Callers.staff(Role.AGENT))).andExpect(status().isForbidden());
        mvc.perform(get("/agent/credit").with(DisputeCalls.senior("senior-p"))).andExpect(status().isOk());
    }
}
