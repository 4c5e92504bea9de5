package io.redress.postrefund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.Tries;
import io.redress.ledger.Account;
import io.redress.ledger.EntryKind;
import io.redress.ledger.JournalEntry;
import io.redress.ledger.Posting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What follows a refund is booked as new movements only: every entry balances, the receivable account ends where the
 * receivable's own record says, and no entry ever takes money back from the buyer's instrument (a credit to the PSP's
 * clearing account, a debit to the buyer's refund funds) or is a refund at all.
 */
class AfterRefundPostingsTest {

    static final Currency CNY = Currency.getInstance("CNY");
    static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");

    /** One generated life of a receivable: its amount and the payments and write-off that follow, in order. */
    record Life(long amount, boolean compensation, List<Long> payments, boolean writeOff) {
    }

    static Life life(Random random) {
        long amount = 1 + random.nextInt(500_000);
        List<Long> payments = new ArrayList<>();
        long left = amount;
        int tries = random.nextInt(5);
        for (int i = 0; i < tries && left > 0; i++) {
            long pay = 1 + (long) (random.nextDouble() * left);
            payments.add(Math.min(pay, left));
            left -= Math.min(pay, left);
        }
        return new Life(amount, random.nextBoolean(), payments, left > 0 && random.nextBoolean());
    }

    @Test
    void everyLifeOfAReceivableBalancesEndsWhereItsRecordSaysAndNeverReversesTheRefund() {
        Tries.forAll(300, AfterRefundPostingsTest::life, life -> {
            Receivable r = new Receivable("RC-1", "PR-1", "C-1", "O-1", "buyer-1", "shop-1", "CNY", life.amount(), 0, 0, 0,
                    Receivable.Status.OPEN, null, null, null, 1, AT, AT);
            List<JournalEntry> entries = new ArrayList<>();
            if (life.compensation()) {
                entries.add(AfterRefundPostings.compensation("PR-1", "O-1", "shop-1", CNY, life.amount()));
            }
            entries.add(AfterRefundPostings.opened(r));
            long paid = 0;
            int no = 0;
            for (long payment : life.payments()) {
                entries.add(AfterRefundPostings.paid(r, ++no, payment, "PAY-" + no));
                paid += payment;
            }
            long writtenOff = 0;
            if (life.writeOff()) {
                writtenOff = life.amount() - paid;
                entries.add(AfterRefundPostings.writtenOff(r, writtenOff));
            }
            Receivable after = new Receivable("RC-1", "PR-1", "C-1", "O-1", "buyer-1", "shop-1", "CNY", life.amount(),
                    paid, 0, writtenOff, Receivable.Status.OPEN, null, null, null, 2, AT, AT);

            Map<Account, Long> balances = new HashMap<>();
            for (JournalEntry entry : entries) {
                assertThat(entry.postings().stream().mapToLong(Posting::amount).sum()).as(entry.reference()).isZero();
                assertThat(entry.kind()).isNotIn(EntryKind.REFUND, EntryKind.REFUND_PAYOUT);
                assertThat(entry.amountFor(Account.PSP_CLEARING)).as("never a credit to the PSP: " + entry.reference())
                        .isGreaterThanOrEqualTo(0);
                assertThat(entry.amountFor(Account.buyerFunds("buyer-1"))).as("never a debit of refund funds")
                        .isLessThanOrEqualTo(0);
                entry.postings().forEach(p -> balances.merge(p.account(), p.amount(), Long::sum));
            }
            assertThat(balances.getOrDefault(Account.buyerReceivable("buyer-1"), 0L)).isEqualTo(after.outstanding());
            assertThat(balances.get(Account.sellerPayable("shop-1")))
                    .isEqualTo(-life.amount() * (life.compensation() ? 2 : 1));
            assertThat(balances.getOrDefault(Account.PSP_CLEARING, 0L)).isEqualTo(paid);
        });
    }

    @Test
    void nothingAfterARefundCanReachThePspOrPostARefund() {
        var classes = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.redress.postrefund");
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that().resideInAPackage("io.redress.postrefund..")
                .should().dependOnClassesThat().resideInAPackage("io.redress.payments..")
                .orShould().callMethod(io.redress.ledger.Ledger.class, "refund", String.class,
                        io.redress.ledger.RefundFunding.class)
                .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo(
                                        io.redress.ledger.Postings.class))))
                .because("a refund that reached the buyer is never reversed: what follows is a new movement")
                .check(classes);
    }

    @Test
    void aReceivableCannotBeOpenedAtZeroNorPaidBeyondWhatWasOpened() {
        assertThatThrownBy(() -> new Receivable("RC-0", "PR-0", "C", "O", "b", "s", "CNY", 0, 0, 0, 0,
                Receivable.Status.OPEN, null, null, null, 1, AT, AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Receivable("RC-2", "PR-2", "C", "O", "b", "s", "CNY", 100, 60, 0, 41,
                Receivable.Status.OPEN, null, null, null, 1, AT, AT)).isInstanceOf(IllegalArgumentException.class);
    }
}
