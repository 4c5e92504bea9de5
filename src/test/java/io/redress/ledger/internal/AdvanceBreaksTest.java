package io.redress.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.ledger.BreakKind;
import io.redress.ledger.EntryKind;
import io.redress.ledger.LedgerLine;
import io.redress.ledger.ReconciliationBreak;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdvanceBreaksTest {

    private static final Instant AT = Instant.parse("2026-12-01T00:00:00Z");

    private static LedgerLine line(String reference, long amount) {
        EntryKind kind = reference.startsWith("advance:") ? EntryKind.ADVANCE : EntryKind.ADVANCE_RECOVERY;
        return new LedgerLine(1, reference, kind, "T-1", AT, Currency.getInstance("CNY"), amount, "memo");
    }

    @Test
    void anAdvanceRepaidOnceOrNotYetIsNoBreak() {
        assertThat(AdvanceBreaks.find(List.of(line("advance:C-1", 8900), line("advance-settled:C-1", -8900),
                line("advance:C-2", 500), line("advance-recovered:C-3", -700), line("advance:C-3", 700),
                line("refund:C-4", 100)), AT)).isEmpty();
    }

    @Test
    void anAdvanceRepaidTwiceOrBothSettledAndRecoveredIsABreak() {
        List<ReconciliationBreak> breaks = AdvanceBreaks.find(List.of(line("advance:C-1", 8900),
                line("advance-settled:C-1", -8900), line("advance-recovered:C-1", -8900),
                line("advance:C-2", 100), line("advance-settled:C-2", -50), line("advance-recovered:C-2", -50),
                line("advance-settled:C-3", -10)), AT.plusSeconds(120));
        assertThat(breaks).extracting(ReconciliationBreak::kind).containsOnly(BreakKind.ADVANCE_MISMATCH);
        assertThat(breaks).extracting(ReconciliationBreak::refundRef).containsExactly("C-1", "C-2", "C-3");
        assertThat(breaks.get(0).detail()).isEqualTo("repaid 17800 of an advance of 8900");
        assertThat(breaks.get(1).detail()).isEqualTo("settled against the seller and recovered from the buyer");
        assertThat(breaks.get(2).externalKey()).isEqualTo("advance:C-3");
        assertThat(breaks.get(0).ageMinutes()).isEqualTo(2);
    }
}
