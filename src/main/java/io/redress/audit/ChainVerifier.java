package io.redress.audit;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks exported audit records (one canonical JSON object per line) without a database or Spring: each record's
 * hash is the SHA-256 of its canonical JSON without {@code hash}; {@code seq} goes up by one; {@code prev} is the
 * hash of the record before (or of the start digest); the given digest is the hash of one of the records. Stops at
 * the first problem. The lines are read twice (once to know where each seq is, to tell a reordered record from a
 * missing one), so {@code lines} must give them afresh each time.
 */
public final class ChainVerifier {

    /** What is wrong with the first bad record. */
    public enum Problem {
        MALFORMED, ALTERED, MISSING, REORDERED, BROKEN, DIGEST_NOT_REACHED
    }

    /** The first problem: on which line (1-based) and record, and what. */
    public record Finding(Problem problem, long line, long seq, String message) {
    }

    /** The outcome; {@code finding} is null when the chain is intact. */
    public record Verdict(long records, long firstSeq, long lastSeq, String head, boolean anchored, long digestSeq,
            Finding finding) {

        public boolean intact() {
            return finding == null;
        }
    }

    private static final JsonMapper JSON = JsonMapper.shared();

    private ChainVerifier() {
    }

    /**
     * @param start the hash the first record must follow (the digest of the day before the export), or null:
     *        then only a chain starting at seq 1 is anchored (at the genesis hash)
     * @param digest a digest the chain must reach, or null
     */
    public static Verdict verify(Supplier<Iterator<String>> lines, String start, String digest) {
        Map<Long, Long> lineOfSeq = positions(lines.get());
        Iterator<String> it = lines.get();
        String expectedPrev = start;
        long expectedSeq = -1;
        long line = 0;
        long first = 0;
        long last = 0;
        long digestSeq = -1;
        String head = start;
        while (it.hasNext()) {
            String text = it.next();
            line++;
            Map<String, Object> record = parse(text);
            if (record == null || !(record.get("seq") instanceof Number number) || !(record.get("hash") instanceof String hash)
                    || !(record.get("prev") instanceof String prev)) {
                return verdict(line - 1, first, last, head, start, digestSeq, new Finding(Problem.MALFORMED, line, -1,
                        "line " + line + " is not an audit record (a JSON object with seq, prev and hash)"));
            }
            long seq = number.longValue();
            Finding finding = check(record, hash, prev, seq, line, expectedSeq, expectedPrev, lineOfSeq);
            if (finding != null) {
                return verdict(line - 1, first, last, head, start, digestSeq, finding);
            }
            if (line == 1) {
                first = seq;
            }
            if (hash.equals(digest)) {
                digestSeq = seq;
            }
            last = seq;
            head = hash;
            expectedPrev = hash;
            expectedSeq = seq + 1;
        }
        Finding unreached = digest == null || digestSeq >= 0 ? null : new Finding(Problem.DIGEST_NOT_REACHED, line, last,
                "no record has the digest's hash " + digest + ": records up to it are missing or were rewritten");
        return verdict(line, first, last, head, start, digestSeq, unreached);
    }

    private static Finding check(Map<String, Object> record, String hash, String prev, long seq, long line,
            long expectedSeq, String expectedPrev, Map<Long, Long> lineOfSeq) {
        Map<String, Object> body = new LinkedHashMap<>(record);
        body.remove("hash");
        String computed;
        try {
            computed = Canonical.sha256(Canonical.json(body));
        } catch (IllegalArgumentException e) {
            return new Finding(Problem.MALFORMED, line, seq, "record " + seq + " holds a value canonical JSON does not: " + e.getMessage());
        }
        if (!computed.equals(hash)) {
            return new Finding(Problem.ALTERED, line, seq, "record " + seq + " was altered: its content hashes to "
                    + computed + ", not to its hash " + hash);
        }
        if (expectedSeq < 0 && Canonical.GENESIS.equals(expectedPrev) && seq != 1) {
            return new Finding(Problem.MISSING, line, seq, "records 1 to " + (seq - 1) + " are missing before record " + seq);
        }
        if (expectedSeq >= 0 && seq < expectedSeq) {
            return new Finding(Problem.REORDERED, line, seq, "record " + seq + " comes after record " + (expectedSeq - 1)
                    + ": out of order or repeated");
        }
        if (expectedSeq >= 0 && seq > expectedSeq) {
            Long later = lineOfSeq.get(expectedSeq);
            return later != null && later > line
                    ? new Finding(Problem.REORDERED, line, seq, "record " + expectedSeq + " comes after record " + seq
                            + " (line " + later + "): out of order")
                    : new Finding(Problem.MISSING, line, seq, "record" + (seq - expectedSeq > 1 ? "s " + expectedSeq + " to "
                            + (seq - 1) + " are" : " " + expectedSeq + " is") + " missing before record " + seq);
        }
        if (expectedSeq < 0 && expectedPrev == null && seq == 1 && !Canonical.GENESIS.equals(prev)) {
            return new Finding(Problem.BROKEN, line, seq, "record 1 does not start from the genesis hash");
        }
        if (expectedPrev != null && !expectedPrev.equals(prev)) {
            return new Finding(Problem.BROKEN, line, seq, "the chain is broken at record " + seq + ": its prev " + prev
                    + " is not the hash " + expectedPrev + (expectedSeq < 0 ? " of the start digest" : " of record " + (seq - 1)));
        }
        return null;
    }

    private static Verdict verdict(long records, long first, long last, String head, String start, long digestSeq,
            Finding finding) {
        return new Verdict(records, first, last, head, start != null || first == 1, digestSeq, finding);
    }

    private static Map<Long, Long> positions(Iterator<String> it) {
        Map<Long, Long> lineOfSeq = new HashMap<>();
        long line = 0;
        while (it.hasNext()) {
            Map<String, Object> record = parse(it.next());
            line++;
            if (record != null && record.get("seq") instanceof Number seq) {
                lineOfSeq.putIfAbsent(seq.longValue(), line);
            }
        }
        return lineOfSeq;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String line) {
        try {
            return JSON.readValue(line, LinkedHashMap.class);
        } catch (JacksonException | ClassCastException e) {
            return null;
        }
    }
}
