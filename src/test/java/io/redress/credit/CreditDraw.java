package io.redress.credit;

import io.redress.Draw;
import io.redress.intervention.ReviewDecision;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Generators of credit inputs and penalties around a fixed now, for {@link io.redress.Tries}. */
final class CreditDraw {

    static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    static final Party BUYER = Party.buyer("buyer-p");
    static final Party SHOP = Party.shop("shop-p");

    private CreditDraw() {
    }

    static Party party(Random random) {
        return random.nextBoolean() ? BUYER : SHOP;
    }

    static CreditKind kind(Random random, Party party, boolean faultsOnly) {
        List<CreditKind> kinds = Arrays.stream(CreditKind.values())
                .filter(k -> k.appliesTo(party.type()) && (!faultsOnly || k.fault())).toList();
        return Draw.oneOf(random, kinds);
    }

    /** An input of the party that occurred within the last 120 days, kept or not. */
    static CreditInput input(Random random, Party party, boolean faultsOnly) {
        Instant at = NOW.minus(Duration.ofHours(Draw.between(random, 0, 120 * 24)));
        Instant expires = random.nextInt(5) == 0 ? at.plus(Duration.ofHours(Draw.between(random, 1, 120 * 24)))
                : at.plus(Duration.ofDays(3 * 365));
        return new CreditInput(new CreditInput.Source("TEST", "ref-" + random.nextInt(1_000_000), null, "taobao:1"),
                kind(random, party, faultsOnly), party, at, expires, null);
    }

    /** An input that does not count at NOW: older than the 90-day window, past its retention, or yet to happen. */
    static CreditInput notCounting(Random random, Party party) {
        CreditInput any = input(random, party, false);
        switch (random.nextInt(3)) {
            case 0:
                Instant old = NOW.minus(Duration.ofDays(90)).minus(Duration.ofHours(Draw.between(random, 0, 5_000)));
                return new CreditInput(any.source(), any.kind(), party, old, old.plus(Duration.ofDays(1095)), null);
            case 1:
                return new CreditInput(any.source(), any.kind(), party, any.occurredAt(),
                        NOW.minus(Duration.ofSeconds(Draw.between(random, 0, 3_600))), null);
            default:
                Instant later = NOW.plus(Duration.ofSeconds(Draw.between(random, 1, 86_400)));
                return new CreditInput(any.source(), any.kind(), party, later, later.plus(Duration.ofDays(1095)), null);
        }
    }

    static Penalty penalty(Random random, Party party) {
        PenaltyKind kind = Draw.oneOf(random, PenaltyKind.class);
        Privilege privilege = kind != PenaltyKind.PRIVILEGE_SUSPENDED ? null
                : party.type() == Party.Type.BUYER ? Privilege.INSTANT_REFUND
                : random.nextBoolean() ? Privilege.AUTO_AGREE : Privilege.NEGOTIATE_FIRST;
        Instant issued = NOW.minus(Duration.ofHours(Draw.between(random, 0, 2_000)));
        Instant expires = issued.plus(Duration.ofHours(Draw.between(random, 1, 4_000)));
        Penalty.Appeal appeal = random.nextBoolean() ? null : new Penalty.Appeal(party.id(), "no", List.of(), issued,
                random.nextBoolean() ? null : Draw.oneOf(random, ReviewDecision.class), null, null, null);
        return new Penalty("PN-" + random.nextInt(1_000_000), party, kind, privilege,
                kind == PenaltyKind.FINE ? 100L : null, null, "TEST", "because", List.of(), List.of(), "taobao:1",
                "agent", issued, expires, appeal, null);
    }
}
