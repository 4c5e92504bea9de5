package io.redress.dossier;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.Waiting;
import io.redress.orders.Callers;
import io.redress.orders.OrderJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A refunded case of buyer-1 at shop-1 with messages and evidence, and the dossier calls, for the dossier tests. */
final class DossierCalls {

    static final RequestPostProcessor BUYER = Callers.buyer("buyer-1");
    static final RequestPostProcessor SELLER = Callers.seller("shop-1");

    private final MockMvc mvc;
    private final Clock clock;

    DossierCalls(MockMvc mvc, Clock clock) {
        this.mvc = mvc;
        this.clock = clock;
    }

    /** A delivered copy of the example order and a refund-only case of 8000 on one unit of L1; the case id. */
    String openCase() throws Exception {
        String orderId = OrderJson.pushExample(mvc);
        for (String event : List.of("SHIPPED", "SIGNED")) {
            mvc.perform(post("/api/v1/orders/" + orderId + "/fulfilment").with(Callers.marketplace())
                    .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(Map.of("event", event,
                            "lineIds", List.of("L1"), "at", OffsetDateTime.now(clock).minusMinutes(
                                    event.equals("SHIPPED") ? 2 : 1).toString(), "carrier", "SF", "trackingNo",
                            "SF" + orderId)))).andExpect(status().isOk());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", orderId);
        body.put("type", "REFUND_ONLY");
        body.put("reason", "QUALITY");
        body.put("lines", List.of(Map.of("lineId", "L1", "quantity", 1)));
        body.put("requestedAmount", 8000);
        body.put("description", "the seam came apart");
        return json(mvc.perform(post("/api/v1/cases").with(BUYER).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(body))).andExpect(status().isCreated()).andReturn()).get("caseId").asString();
    }

    void write(RequestPostProcessor as, String caseId, String text) throws Exception {
        mvc.perform(post("/api/v1/cases/" + caseId + "/messages").with(as).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(Map.of("text", text)))).andExpect(status().isCreated());
    }

    /** Uploads a JPEG whose bytes end with {@code tag} (so each upload has its own hash); its id and SHA-256. */
    JsonNode upload(RequestPostProcessor as, String caseId, String tag) throws Exception {
        byte[] head = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
        byte[] tail = tag.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] content = new byte[head.length + tail.length];
        System.arraycopy(head, 0, content, 0, head.length);
        System.arraycopy(tail, 0, content, head.length, tail.length);
        return json(mvc.perform(multipart("/api/v1/cases/" + caseId + "/evidence")
                .file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", content))
                .param("kind", "PHOTO").param("note", "as received").with(as))
                .andExpect(status().isCreated()).andReturn());
    }

    /** The seller agrees at the current version and the payout runs until the case is REFUNDED. */
    void agreeAndWaitForTheRefund(String caseId) throws Exception {
        long version = read(caseId).get("version").asLong();
        mvc.perform(post("/api/v1/cases/" + caseId + "/agree").with(SELLER).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(Map.of("version", version)))).andExpect(status().isOk());
        Waiting.until(() -> read(caseId), c -> "REFUNDED".equals(c.get("status").asString()));
    }

    JsonNode read(String caseId) {
        try {
            return json(mvc.perform(get("/api/v1/cases/" + caseId).with(BUYER)).andExpect(status().isOk()).andReturn());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    MvcResult download(RequestPostProcessor as, String caseId, String file, String query) throws Exception {
        return mvc.perform(get("/api/v1/cases/" + caseId + "/" + file + (query == null ? "" : "?" + query)).with(as))
                .andReturn();
    }

    static JsonNode json(MvcResult result) throws Exception {
        return JsonMapper.shared().readTree(result.getResponse().getContentAsString());
    }

    static JsonNode json(byte[] bytes) {
        return JsonMapper.shared().readTree(bytes);
    }

    /** The text PDFBox reads back from the PDF, line breaks as written. */
    static String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The zip's entries by name. */
    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
