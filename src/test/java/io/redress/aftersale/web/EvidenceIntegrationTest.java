package io.redress.aftersale.web;

import static io.redress.aftersale.web.CaseCalls.BUYER;
import static io.redress.aftersale.web.CaseCalls.JPEG;
import static io.redress.aftersale.web.CaseCalls.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.identity.Role;
import io.redress.orders.Callers;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@RedressIntegrationTest
class EvidenceIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    CaseCalls calls;
    Object caseId;

    @BeforeEach
    void openCase() throws Exception {
        calls = new CaseCalls(mvc, clock);
        caseId = calls.opened(calls.deliveredOrder(), "REFUND_ONLY", "QUALITY", 8000L).get("caseId");
    }

    @Test
    void anUploadAnswersTheSha256OfTheStoredBytesAndDownloadsThemUnchanged() throws Exception {
        Map<String, Object> uploaded = CaseCalls.json(calls.upload(BUYER, caseId, "PHOTO", JPEG)
                .andExpect(status().isCreated()));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(JPEG));

        assertThat(uploaded.get("sha256")).isEqualTo(sha256);
        String id = uploaded.get("evidenceId").toString();
        mvc.perform(get("/api/v1/cases/" + caseId + "/evidence").with(SELLER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].evidenceId", contains(id)))
                .andExpect(jsonPath("$[0].sha256").value(sha256))
                .andExpect(jsonPath("$[0].kind").value("PHOTO"))
                .andExpect(jsonPath("$[0].contentType").value("image/jpeg"))
                .andExpect(jsonPath("$[0].size").value(JPEG.length))
                .andExpect(jsonPath("$[0].uploaderRole").value("BUYER"))
                .andExpect(jsonPath("$[0].visibility").value("BOTH"));
        mvc.perform(get("/api/v1/evidence/" + id + "/content").with(SELLER))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"))
                .andExpect(content().bytes(JPEG));
    }

    @Test
    void aPhotoOverFiveMegabytesIs413AndIsNotStored() throws Exception {
        byte[] large = Arrays.copyOf(JPEG, 5 * 1024 * 1024 + 1);

        calls.upload(BUYER, caseId, "PHOTO", large)
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentType("application/problem+json"));
        mvc.perform(get("/api/v1/cases/" + caseId + "/evidence").with(BUYER)).andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void anExecutableNamedPhotoJpgIs415() throws Exception {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};

        calls.upload(BUYER, caseId, "PHOTO", exe)
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.title").value("Unsupported evidence content"));
        calls.upload(BUYER, caseId, "VIDEO", JPEG).andExpect(status().isUnsupportedMediaType());
        mvc.perform(get("/api/v1/cases/" + caseId + "/evidence").with(BUYER)).andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void anUploadRepeatedWithItsIdempotencyKeyIsStoredOnce() throws Exception {
        String key = "evidence-" + UUID.randomUUID();
        var upload = multipart("/api/v1/cases/" + caseId + "/evidence")
                .file(new MockMultipartFile("file", "a.jpg", "image/jpeg", JPEG))
                .param("kind", "PHOTO").header("Idempotency-Key", key).with(BUYER);

        String first = mvc.perform(upload).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String again = mvc.perform(upload).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();

        assertThat(again).isEqualTo(first);
        mvc.perform(get("/api/v1/cases/" + caseId + "/evidence").with(BUYER)).andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void aBuyerOfAnotherOrderGets404AndAnAuditor403() throws Exception {
        String id = calls.evidence(BUYER, caseId);
        var stranger = Callers.buyer("buyer-2");

        calls.upload(stranger, caseId, "PHOTO", JPEG).andExpect(status().isNotFound());
        calls.upload(Callers.seller("shop-2"), caseId, "PHOTO", JPEG).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + caseId + "/evidence").with(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/evidence/" + id + "/content").with(stranger)).andExpect(status().isNotFound());
        calls.upload(Callers.staff(Role.AUDITOR), caseId, "PHOTO", JPEG).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/" + caseId + "/evidence").with(Callers.staff(Role.AUDITOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].evidenceId", contains(id)));
    }

    @Test
    void anAgentsUploadIsHiddenFromTheParties() throws Exception {
        String id = calls.evidence(Callers.staff(Role.AGENT), caseId);

        mvc.perform(get("/api/v1/cases/" + caseId + "/evidence").with(BUYER))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].evidenceId", not(hasItem(id))));
        mvc.perform(get("/api/v1/evidence/" + id + "/content").with(SELLER)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + caseId + "/evidence").with(Callers.staff(Role.SENIOR_AGENT)))
                .andExpect(jsonPath("$[0].visibility").value("PLATFORM"));
    }

    @Test
    void refusingWithEvidenceTheSellerDidNotUploadOnThisCaseIs422NamingEvidenceIds() throws Exception {
        String buyers = calls.evidence(BUYER, caseId);
        Object otherCase = calls.opened(calls.deliveredOrder(), "REFUND_ONLY", "QUALITY", 8000L).get("caseId");
        String elsewhere = calls.evidence(SELLER, otherCase);

        for (String id : List.of(buyers, elsewhere, "EV-missing")) {
            calls.act(SELLER, caseId, "refuse", Map.of("version", 1, "reasonCode", "NOT_DEFECTIVE",
                            "message", "no defect", "evidenceIds", List.of(id)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("evidenceIds"));
        }
        assertThat(calls.read(caseId).get("status")).isEqualTo("REQUESTED");
        calls.act(SELLER, caseId, "refuse", Map.of("version", 1, "reasonCode", "NOT_DEFECTIVE",
                        "message", "no defect", "evidenceIds", List.of(calls.evidence(SELLER, caseId))))
                .andExpect(status().isOk());
    }
}
