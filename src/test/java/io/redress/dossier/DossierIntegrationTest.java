package io.redress.dossier;

import static io.redress.dossier.DossierCalls.BUYER;
import static io.redress.dossier.DossierCalls.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.RedressIntegrationTest;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.orders.Callers;
import io.redress.shared.ResourceNotFound;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * The case dossier of a refunded case with messages and evidence: what the PDF, the JSON and the zip hold, who may
 * download it, and that each download is on the case's timeline and in the audit trail.
 */
@RedressIntegrationTest
class DossierIntegrationTest {

    static final String CHINESE_MESSAGE = "衣服洗了一次就开线了，请退款。";

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Dossiers dossiers;

    DossierCalls calls;
    String caseId;
    String buyersSha;
    String sellersSha;

    @BeforeEach
    void refundedCase() throws Exception {
        calls = new DossierCalls(mvc, clock);
        caseId = calls.openCase();
        calls.write(BUYER, caseId, CHINESE_MESSAGE);
        buyersSha = calls.upload(BUYER, caseId, "buyer " + caseId).get("sha256").asString();
        sellersSha = calls.upload(SELLER, caseId, "seller " + caseId).get("sha256").asString();
        calls.agreeAndWaitForTheRefund(caseId);
    }

    @Test
    void thePdfPrintsTheAmountsToTheFenTheEvidenceHashesAndTheChineseMessageInAnEmbeddedFont() throws Exception {
        MvcResult result = calls.download(BUYER, caseId, "dossier.pdf", "lang=zh-CN");
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("dossier-" + caseId + ".pdf");
        byte[] pdf = result.getResponse().getContentAsByteArray();
        assertThat(result.getResponse().getHeader("X-Content-SHA256")).isEqualTo(sha256(pdf));

        String text = DossierCalls.pdfText(pdf);
        assertThat(text).contains("案件材料 " + caseId).contains(CHINESE_MESSAGE).contains("金额说明")
                .contains("¥80.00 (8000)").contains(buyersSha).contains(sellersSha).contains("sha256sum");
        try (var document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        }
    }

    @Test
    void theJsonHasTheSectionsInOrderWithTheDecidedAmountAndEveryEvidenceHash() throws Exception {
        JsonNode dossier = DossierCalls.json(calls.download(SELLER, caseId, "dossier.json", "lang=en"));

        assertThat(dossier.get("format").asString()).isEqualTo("redress-case-dossier/1");
        assertThat(dossier.get("caseId").asString()).isEqualTo(caseId);
        assertThat(dossier.get("party").asString()).isEqualTo("SELLER");
        assertThat(dossier.get("lang").asString()).isEqualTo("en");
        List<String> keys = new ArrayList<>();
        dossier.get("sections").forEach(s -> keys.add(s.get("key").asString()));
        assertThat(keys).containsExactly("case", "order", "amounts", "timeline", "evidence", "money");
        JsonNode amounts = section(dossier, "amounts").get("data");
        assertThat(amounts.get("decisions").get(0).get("amount").asLong()).isEqualTo(8000);
        assertThat(amounts.get("refundedAmount").asLong()).isEqualTo(8000);
        List<String> hashes = new ArrayList<>();
        dossier.get("files").forEach(f -> hashes.add(f.get("sha256").asString()));
        assertThat(hashes).containsExactlyInAnyOrder(buyersSha, sellersSha);
        List<String> said = new ArrayList<>();
        section(dossier, "timeline").get("data").forEach(e -> said.add(e.get("message").asString()));
        assertThat(said).contains(CHINESE_MESSAGE);
        assertThat(section(dossier, "money").get("data").get("refundAttempts").get(0).get("status").asString())
                .isEqualTo("SUCCEEDED");
        assertThat(section(dossier, "case").get("title").asString()).isEqualTo("The case");
    }

    @Test
    void theZipHoldsThePdfTheJsonWhoseHashThePdfPrintsAndTheEvidenceUnderItsHashes() throws Exception {
        Map<String, byte[]> zip = DossierCalls.unzip(calls.download(BUYER, caseId, "dossier.zip", null)
                .getResponse().getContentAsByteArray());

        assertThat(zip.keySet()).containsExactlyInAnyOrder("dossier.pdf", "dossier.json", "SHA256SUMS",
                "evidence/" + buyersSha + ".jpg", "evidence/" + sellersSha + ".jpg");
        for (String name : List.of("evidence/" + buyersSha + ".jpg", "evidence/" + sellersSha + ".jpg")) {
            assertThat("evidence/" + sha256(zip.get(name)) + ".jpg").isEqualTo(name);
        }
        String jsonSha = sha256(zip.get("dossier.json"));
        assertThat(DossierCalls.pdfText(zip.get("dossier.pdf"))).contains(jsonSha);
        String sums = new String(zip.get("SHA256SUMS"), StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> entry : zip.entrySet()) {
            if (!entry.getKey().equals("SHA256SUMS")) {
                assertThat(sums).contains(sha256(entry.getValue()) + "  " + entry.getKey() + "\n");
            }
        }
    }

    @Test
    void theLanguageIsLangThenAcceptLanguageThenChinese() throws Exception {
        assertThat(title(calls.download(BUYER, caseId, "dossier.json", "lang=en"))).isEqualTo("The case");
        assertThat(title(calls.download(BUYER, caseId, "dossier.json", "lang=zh-CN"))).isEqualTo("案件");
        MvcResult english = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/cases/" + caseId + "/dossier.json").header("Accept-Language", "fr, en;q=0.8")
                .with(BUYER)).andReturn();
        assertThat(title(english)).isEqualTo("The case");
        assertThat(title(calls.download(BUYER, caseId, "dossier.json", null))).isEqualTo("案件");
        assertThat(calls.download(BUYER, caseId, "dossier.json", "lang=fr").getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void aPartyReadsWhatItMaySeeAndAnAgentReadsThePlatformsOwnEvidenceToo() throws Exception {
        String platformSha = calls.upload(Callers.staff(Role.AGENT), caseId, "platform " + caseId).get("sha256")
                .asString();

        assertThat(hashes(DossierCalls.json(calls.download(BUYER, caseId, "dossier.json", null))))
                .containsExactlyInAnyOrder(buyersSha, sellersSha);
        assertThat(hashes(DossierCalls.json(calls.download(Callers.staff(Role.AGENT), caseId, "dossier.json", null))))
                .containsExactlyInAnyOrder(buyersSha, sellersSha, platformSha);
    }

    @Test
    void onlyThePartiesAgentsAndAuditorsDownloadAndAStrangerBuyerLearnsNothing() throws Exception {
        for (String file : List.of("dossier.pdf", "dossier.json", "dossier.zip")) {
            assertThat(status(Callers.buyer("buyer-2"), file)).as(file).isEqualTo(404);
            assertThat(status(Callers.seller("shop-2"), file)).as(file).isEqualTo(404);
            assertThat(status(Callers.marketplace(), file)).as(file).isEqualTo(403);
            assertThat(status(Callers.staff(Role.ADMIN), file)).as(file).isEqualTo(403);
        }
        assertThat(calls.download(Callers.buyer("buyer-2"), "C-no-such-case", "dossier.json", null).getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(downloads()).as("refused downloads are not recorded").isZero();
        assertThat(status(Callers.staff(Role.AUDITOR), "dossier.json")).isEqualTo(200);
        assertThat(status(Callers.staff(Role.SENIOR_AGENT), "dossier.json")).isEqualTo(200);
        assertThat(downloads()).isEqualTo(2);
    }

    @Test
    void theServiceItselfGivesNoDossierToWhoSeesTheCaseButTakesNoPartOrAuditsIt() {
        for (Role role : List.of(Role.MARKETPLACE, Role.ADMIN)) {
            Caller caller = new Caller(role.name().toLowerCase(java.util.Locale.ROOT), Set.of(role), null, null);
            assertThatThrownBy(() -> dossiers.assemble(caller, caseId, java.util.Locale.ENGLISH)).as(role.name())
                    .isInstanceOf(ResourceNotFound.class);
        }
        Caller auditor = new Caller("auditor", Set.of(Role.AUDITOR), null, null);
        assertThat(dossiers.assemble(auditor, caseId, java.util.Locale.ENGLISH).party()).isEqualTo("AUDITOR");
    }

    @Test
    void eachDownloadIsOnTheTimelineWithWhoWhichFormatAndTheFilesHashAndInTheAuditTrail() throws Exception {
        MvcResult pdf = calls.download(SELLER, caseId, "dossier.pdf", "lang=en");
        String sha = pdf.getResponse().getHeader("X-Content-SHA256");

        JsonNode timeline = DossierCalls.json(mvc.perform(org.springframework.test.web.servlet.request
                .MockMvcRequestBuilders.get("/api/v1/cases/" + caseId + "/timeline").with(BUYER)).andReturn());
        List<JsonNode> downloads = new ArrayList<>();
        timeline.forEach(e -> {
            if (e.get("action").asString().equals("dossier-downloaded")) {
                downloads.add(e);
            }
        });
        assertThat(downloads).hasSize(1);
        assertThat(downloads.get(0).toString()).contains("staff-shop-1").contains("\"PDF\"").contains(sha)
                .contains("SELLER");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE fact = 'dossier.downloaded' AND subject = ?")
                .param("case:" + caseId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theOpenApiDescribesTheFilesAsBinaryOfTheirMediaType() throws Exception {
        JsonNode paths = DossierCalls.json(mvc.perform(org.springframework.test.web.servlet.request
                .MockMvcRequestBuilders.get("/v3/api-docs")).andReturn()).get("paths");
        for (Map.Entry<String, String> file : Map.of("dossier.pdf", "application/pdf", "dossier.zip", "application/zip",
                "dossier.json", "application/json").entrySet()) {
            JsonNode content = paths.get("/api/v1/cases/{caseId}/" + file.getKey()).get("get").get("responses")
                    .get("200").get("content");
            assertThat(content.has(file.getValue())).as(file.getKey() + " " + content).isTrue();
            assertThat(content.get(file.getValue()).get("schema").get("format").asString()).isEqualTo("binary");
        }
    }

    private int status(org.springframework.test.web.servlet.request.RequestPostProcessor as, String file)
            throws Exception {
        return calls.download(as, caseId, file, null).getResponse().getStatus();
    }

    private long downloads() {
        return jdbc.sql("SELECT COUNT(*) FROM dossier_download WHERE case_id = ?").param(caseId).query(Long.class)
                .single();
    }

    private static String title(MvcResult result) throws Exception {
        return section(DossierCalls.json(result), "case").get("title").asString();
    }

    private static List<String> hashes(JsonNode dossier) {
        List<String> hashes = new ArrayList<>();
        section(dossier, "evidence").get("data").forEach(e -> hashes.add(e.get("sha256").asString()));
        return hashes;
    }

    private static JsonNode section(JsonNode dossier, String key) {
        for (JsonNode s : dossier.get("sections")) {
            if (s.get("key").asString().equals(key)) {
                return s;
            }
        }
        throw new AssertionError("no section " + key + " in " + dossier);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
