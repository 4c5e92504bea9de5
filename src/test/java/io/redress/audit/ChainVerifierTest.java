package io.redress.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    private final List<String> chain = Chains.of(10, 1, Canonical.GENESIS);
    private final String digest = Chains.hashOf(chain.get(9));

    @Test
    void anUntouchedExportIsIntactAndReachesItsDigest() {
        ChainVerifier.Verdict verdict = verify(chain, null, digest);
        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.records()).isEqualTo(10);
        assertThat(verdict.digestSeq()).isEqualTo(10);
        assertThat(verdict.anchored()).isTrue();
    }

    @Test
    void aChangedFieldIsReportedAsTheAlteredRecord() {
        List<String> tampered = new ArrayList<>(chain);
        tampered.set(4, Chains.altered(chain.get(4), "details", Map.of("amount", 1L, "legs", List.of("P1", "P2"))));
        assertProblem(verify(tampered, null, digest), ChainVerifier.Problem.ALTERED, 5, 5);
    }

    @Test
    void aChangedRecordWhoseHashWasRecomputedBreaksTheChainAtTheNextRecord() {
        List<String> tampered = new ArrayList<>(chain);
        tampered.set(4, Chains.sealed(Chains.parse(Chains.altered(chain.get(4), "actor", "someone-else"))));
        assertProblem(verify(tampered, null, digest), ChainVerifier.Problem.BROKEN, 6, 6);
    }

    @Test
    void aRemovedRecordIsReportedMissing() {
        List<String> tampered = new ArrayList<>(chain);
        tampered.remove(3);
        ChainVerifier.Verdict verdict = verify(tampered, null, digest);
        assertProblem(verdict, ChainVerifier.Problem.MISSING, 4, 5);
        assertThat(verdict.finding().message()).contains("record 4 is missing");
    }

    @Test
    void swappedRecordsAreReportedReordered() {
        List<String> tampered = new ArrayList<>(chain);
        Collections.swap(tampered, 5, 6);
        ChainVerifier.Verdict verdict = verify(tampered, null, digest);
        assertProblem(verdict, ChainVerifier.Problem.REORDERED, 6, 7);
        assertThat(verdict.finding().message()).contains("record 6 comes after record 7");
    }

    @Test
    void aRepeatedRecordIsReportedReordered() {
        List<String> tampered = new ArrayList<>(chain);
        tampered.add(3, chain.get(2));
        assertProblem(verify(tampered, null, digest), ChainVerifier.Problem.REORDERED, 4, 3);
    }

    @Test
    void droppingTheLastRecordsIsFoundByTheDigest() {
        List<String> tampered = new ArrayList<>(chain.subList(0, 8));
        assertThat(verify(tampered, null, null).intact()).isTrue();
        assertProblem(verify(tampered, null, digest), ChainVerifier.Problem.DIGEST_NOT_REACHED, 8, 8);
    }

    @Test
    void aWholeChainRewrittenWithFreshHashesIsFoundByTheDigest() {
        List<String> rewritten = new ArrayList<>();
        String prev = Canonical.GENESIS;
        for (String line : chain) {
            Map<String, Object> record = Chains.parse(line);
            record.put("prev", prev);
            if (record.get("seq").equals(3)) {
                record.put("reason", "REFUSE");
            }
            String sealed = Chains.sealed(record);
            rewritten.add(sealed);
            prev = Chains.hashOf(sealed);
        }
        assertThat(verify(rewritten, null, null).intact()).isTrue();
        assertThat(verify(rewritten, null, digest).finding().problem()).isEqualTo(ChainVerifier.Problem.DIGEST_NOT_REACHED);
    }

    @Test
    void aMonthIsAnchoredByTheDigestOfTheDayBeforeIt() {
        List<String> month = chain.subList(4, 10);
        String dayBefore = Chains.hashOf(chain.get(3));
        ChainVerifier.Verdict unanchored = verify(month, null, digest);
        assertThat(unanchored.intact()).isTrue();
        assertThat(unanchored.anchored()).isFalse();
        assertThat(verify(month, dayBefore, digest).anchored()).isTrue();
        assertProblem(verify(chain.subList(5, 10), dayBefore, digest), ChainVerifier.Problem.BROKEN, 1, 6);
    }

    @Test
    void theFirstRecordMustStartFromTheGenesisHash() {
        List<String> forged = new ArrayList<>(chain);
        Map<String, Object> first = Chains.parse(chain.get(0));
        first.put("prev", "1".repeat(64));
        forged.set(0, Chains.sealed(first));
        assertProblem(verify(forged, null, null), ChainVerifier.Problem.BROKEN, 1, 1);
    }

    @Test
    void aLineThatIsNotARecordIsMalformed() {
        List<String> tampered = new ArrayList<>(chain);
        tampered.set(2, "{\"seq\": 3, \"oops\"");
        assertProblem(verify(tampered, null, null), ChainVerifier.Problem.MALFORMED, 3, -1);
    }

    private static ChainVerifier.Verdict verify(List<String> lines, String start, String digest) {
        return ChainVerifier.verify(lines::iterator, start, digest);
    }

    private static void assertProblem(ChainVerifier.Verdict verdict, ChainVerifier.Problem problem, long line, long seq) {
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.finding().problem()).as(verdict.finding().message()).isEqualTo(problem);
        assertThat(verdict.finding().line()).isEqualTo(line);
        assertThat(verdict.finding().seq()).isEqualTo(seq);
    }
}
