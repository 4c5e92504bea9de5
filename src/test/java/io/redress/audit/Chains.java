package io.redress.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Exported audit lines made as the application writes them, and ways to tamper with them. */
final class Chains {

    private Chains() {
    }

    /** {@code n} records from seq {@code first}, following {@code prev}. */
    static List<String> of(int n, long first, String prev) {
        List<String> lines = new ArrayList<>();
        for (long seq = first; seq < first + n; seq++) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("seq", seq);
            record.put("at", "2026-12-01T10:00:0" + (seq % 10) + "Z");
            record.put("prev", prev);
            record.put("fact", "case.transitioned");
            record.put("subject", "case:C-" + seq);
            record.put("actor", "seller-" + seq);
            record.put("role", "SELLER");
            record.put("reason", "AGREE");
            record.put("comment", "同意退款 \"ok\"\n");
            record.put("before", Map.of("status", "REQUESTED", "version", 1L));
            record.put("after", Map.of("status", "REFUNDING", "version", 2L));
            record.put("ruleVersion", "taobao:1");
            record.put("details", Map.of("amount", 19600L, "legs", List.of("P1", "P2")));
            lines.add(sealed(record));
            prev = (String) parse(lines.get(lines.size() - 1)).get("hash");
        }
        return lines;
    }

    static String sealed(Map<String, Object> record) {
        Map<String, Object> body = new LinkedHashMap<>(record);
        body.remove("hash");
        body.put("hash", Canonical.sha256(Canonical.json(body)));
        return Canonical.json(body);
    }

    static String hashOf(String line) {
        return (String) parse(line).get("hash");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String line) {
        return JsonMapper.shared().readValue(line, LinkedHashMap.class);
    }

    /** The line with one field changed, its hash kept. */
    static String altered(String line, String field, Object value) {
        Map<String, Object> record = parse(line);
        record.put(field, value);
        return Canonical.json(record);
    }
}
