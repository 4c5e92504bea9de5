package io.redress.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.CaseType;
import io.redress.orders.Payment;
import io.redress.orders.PaymentMethod;
import io.redress.payments.RefundAttempt;
import io.redress.payments.RefundStatus;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseMoneyTest {

    static final Instant AT = Instant.parse("2026-11-26T04:00:00Z");
    static final List<Payment> PAID = List.of(new Payment("P1", PaymentMethod.ALIPAY_BALANCE, 12000, "psp-1", 0, 0),
            new Payment("P2", PaymentMethod.ALIPAY_HUABEI, 7600, "psp-2", 0, 0));

    @Test
    void onlySucceededLegsCountAsRefunded() {
        CaseMoney money = CaseMoney.of(CaseStatus.REFUNDING, CaseType.REFUND_ONLY, PAID,
                List.of(attempt(1, "P1", 5000, RefundStatus.SUCCEEDED, false), attempt(2, "P2", 3900, RefundStatus.PENDING, false)));

        assertThat(money.refunded()).isEqualTo(5000);
        assertThat(money.next()).isNull();
        assertThat(money.legs()).extracting(CaseMoney.Leg::method, CaseMoney.Leg::amount, CaseMoney.Leg::state)
                .containsExactly(tuple(PaymentMethod.ALIPAY_BALANCE, 5000L, "SUCCEEDED"),
                        tuple(PaymentMethod.ALIPAY_HUABEI, 3900L, "PENDING"));
    }

    @Test
    void aParkedLegIsShownAsParkedWithItsReasonAndAFailedLegWithThePspsWords() {
        CaseMoney money = CaseMoney.of(CaseStatus.REFUNDING, CaseType.REFUND_ONLY, PAID,
                List.of(attempt(1, "P1", 5000, RefundStatus.UNKNOWN, true), attempt(2, "P2", 3900, RefundStatus.FAILED, false)));

        assertThat(money.legs()).extracting(CaseMoney.Leg::state, CaseMoney.Leg::reason)
                .containsExactly(tuple("PARKED", "checks ran out"),
                        tuple("FAILED", "declined"));
        assertThat(money.refunded()).isZero();
    }

    @Test
    void withoutLegsThePageSaysWhatTheRefundWaitsFor() {
        assertThat(next(CaseStatus.REQUESTED, CaseType.REFUND_ONLY)).isEqualTo("afterAgreement");
        assertThat(next(CaseStatus.REQUESTED, CaseType.RETURN_AND_REFUND)).isEqualTo("afterAgreementAndReturn");
        assertThat(next(CaseStatus.RETURN_SHIPPED, CaseType.RETURN_AND_REFUND)).isEqualTo("afterReturn");
        assertThat(next(CaseStatus.REFUNDING, CaseType.RETURN_AND_REFUND)).isEqualTo("sending");
        assertThat(next(CaseStatus.REFUNDED, CaseType.REFUND_ONLY)).isEqualTo("nothingHeld");
        assertThat(next(CaseStatus.REQUESTED, CaseType.EXCHANGE)).isEqualTo("none");
        assertThat(next(CaseStatus.CLOSED, CaseType.REFUND_ONLY)).isEqualTo("none");
    }

    @Test
    void aLegForAPaymentTheOrderDoesNotListHasNoMethod() {
        CaseMoney money = CaseMoney.of(CaseStatus.REFUNDING, CaseType.REFUND_ONLY, PAID,
                List.of(attempt(1, "P9", 100, RefundStatus.REQUESTED, false)));

        assertThat(money.legs()).singleElement().extracting(CaseMoney.Leg::method).isNull();
    }

    private static String next(CaseStatus status, CaseType type) {
        return CaseMoney.of(status, type, PAID, List.of()).next();
    }

    private static RefundAttempt attempt(int legNo, String paymentId, long amount, RefundStatus status, boolean parked) {
        return new RefundAttempt("C-1-" + legNo, "C-1", legNo, "O-1", paymentId, "psp", amount, Currency.getInstance("CNY"),
                status, 1, 0, null, status == RefundStatus.FAILED ? "declined" : null, parked,
                parked ? "checks ran out" : null, null, AT, AT);
    }
}
