package io.redress.credit;

import static io.redress.credit.CreditDraw.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.redress.Draw;
import io.redress.Tries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What penalties leave of a party's privileges. */
class PrivilegesTest {

    record Penalties(Party party, List<Penalty> applying, List<Penalty> ended) {
    }

    @Test
    void aRevokedOrExpiredPenaltyNeverApplies() {
        Tries.forAll(500, random -> {
            Party party = CreditDraw.party(random);
            List<Penalty> some = Draw.list(random, 0, 6, r -> CreditDraw.penalty(r, party));
            List<Penalty> ended = new ArrayList<>();
            for (Penalty p : Draw.list(random, 1, 6, r -> CreditDraw.penalty(r, party))) {
                ended.add(random.nextBoolean()
                        ? p.withRevocation(new Penalty.Revocation("agent", "wrong", "REVOKE", p.issuedAt()))
                        : new Penalty(p.penaltyId(), party, p.kind(), p.privilege(), p.fineAmount(), p.step(),
                                p.reasonCode(), p.reasons(), p.evidenceIds(), p.caseIds(), p.ruleVersion(), p.issuedBy(),
                                NOW.minus(Duration.ofDays(10)), NOW.minus(Duration.ofSeconds(Draw.between(random, 0, 86_400))),
                                p.appeal(), null));
            }
            return new Penalties(party, some, ended);
        }, in -> {
            List<Penalty> all = new ArrayList<>(in.applying());
            all.addAll(in.ended());
            assertThat(Privileges.of(in.party(), all, NOW)).usingRecursiveComparison()
                    .isEqualTo(Privileges.of(in.party(), in.applying(), NOW));
            for (Penalty ended : in.ended()) {
                assertThat(ended.appliesAt(NOW)).isFalse();
                assertThat(ended.status(NOW)).isNotEqualTo(Penalty.Status.ACTIVE);
            }
        });
    }

    @Test
    void aSuspendedInstantRefundIsSuspendedUntilTheRevocation() {
        Penalty suspended = new Penalty("PN-1", CreditDraw.BUYER, PenaltyKind.PRIVILEGE_SUSPENDED,
                Privilege.INSTANT_REFUND, null, 1, "LADDER_STEP_1", "three faults", List.of(), List.of(), "taobao:1",
                Penalty.SYSTEM, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(89)), null, null);
        assertThat(Privileges.of(CreditDraw.BUYER, List.of(suspended), NOW).instantRefund()).isFalse();
        Penalty revoked = suspended.withRevocation(new Penalty.Revocation("senior", "overturned", "APPEAL", NOW));
        assertThat(Privileges.of(CreditDraw.BUYER, List.of(revoked), NOW).instantRefund()).isTrue();
        assertThat(Privileges.of(CreditDraw.BUYER, List.of(suspended), NOW.plus(Duration.ofDays(89))).instantRefund())
                .as("expired").isTrue();
    }
}
