package io.redress.aftersale.web;

import static io.redress.aftersale.web.CaseCalls.BUYER;
import static io.redress.aftersale.web.CaseCalls.SELLER;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressPostgresTest;
import java.time.Clock;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@RedressPostgresTest
class EvidencePostgresTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    @Test
    void aPhotoAtTheSizeLimitIsStoredAsByteaAndReadBackByteForByte() throws Exception {
        CaseCalls calls = new CaseCalls(mvc, clock);
        Object caseId = calls.opened(calls.deliveredOrder(), "REFUND_ONLY", "QUALITY", 8000L).get("caseId");
        byte[] photo = Arrays.copyOf(CaseCalls.JPEG, 5 * 1024 * 1024);
        for (int i = CaseCalls.JPEG.length; i < photo.length; i++) {
            photo[i] = (byte) (i * 31);
        }

        String id = CaseCalls.json(calls.upload(BUYER, caseId, "PHOTO", photo).andExpect(status().isCreated()))
                .get("evidenceId").toString();

        mvc.perform(get("/api/v1/evidence/" + id + "/content").with(SELLER))
                .andExpect(status().isOk()).andExpect(content().bytes(photo));
        mvc.perform(get("/api/v1/cases/" + caseId + "/evidence").with(BUYER))
                .andExpect(jsonPath("$[0].size").value(photo.length));
    }
}
