package io.redress.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class CanonicalTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS).build();

    @Test
    void stringsEscapeOnlyTheQuotationMarkTheReverseSolidusAndControlCharacters() {
        assertThat(Canonical.json("plain 退款 €")).isEqualTo("\"plain 退款 €\"");
        assertThat(Canonical.json("say \"no\"")).isEqualTo("\"say \\\"no\\\"\"");
        assertThat(Canonical.json("a\\b")).isEqualTo("\"a\\\\b\"");
        assertThat(Canonical.json("中文\n\t\r\b\f")).isEqualTo("\"中文\\n\\t\\r\\b\\f\"");
        assertThat(Canonical.json("x\u0001y\u001f")).isEqualTo("\"x\\u0001y\\u001f\"");
        assertThat(Canonical.json("\u007f/\ud83d\ude00")).isEqualTo("\"\u007f/\ud83d\ude00\"");
        assertThat(Canonical.json("")).isEqualTo("\"\"");
    }

    @Test
    void objectsSortTheirKeysByUtf16CodeUnitsAndRefuseWhatIsNotCanonical() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("b", List.of(1L, true));
        object.put("\ud83d\ude00", null);
        object.put("é", "x");
        object.put("a", Map.of("z", 2, "y", "w"));
        assertThat(Canonical.json(object)).isEqualTo("{\"a\":{\"y\":\"w\",\"z\":2},\"b\":[1,true],\"é\":\"x\",\"\ud83d\ude00\":null}");
        assertThatThrownBy(() -> Canonical.json(Map.of("amount", 1.5))).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * What is written reads back as what was written: over 2,000 generated objects (seeded), keys and strings drawn
     * from characters that need escapes and those that do not, read by Jackson.
     */
    @Test
    void whatIsWrittenReadsBackAsWhatWasWritten() {
        Random random = new Random(20261207);
        for (int i = 0; i < 2_000; i++) {
            Map<String, Object> object = object(random, 0);
            String written = Canonical.json(object);
            assertThat(JSON.readValue(written, Map.class)).as(written).isEqualTo(object);
        }
    }

    private static Map<String, Object> object(Random random, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int n = random.nextInt(6); n > 0; n--) {
            object.put(text(random), value(random, depth + 1));
        }
        return object;
    }

    private static Object value(Random random, int depth) {
        switch (random.nextInt(depth < 3 ? 7 : 5)) {
            case 0:
                return null;
            case 1:
                return random.nextBoolean();
            case 2:
                return random.nextLong();
            case 3:
            case 4:
                return text(random);
            case 5:
                List<Object> list = new ArrayList<>();
                for (int n = random.nextInt(4); n > 0; n--) {
                    list.add(value(random, depth + 1));
                }
                return list;
            default:
                return object(random, depth);
        }
    }

    private static final String ALPHABET = "ab\"\\\n\t\u0000\u0007\u001f 退€é\ud83d\ude00/hash";

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(8); n > 0; n--) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
