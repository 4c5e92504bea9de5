package io.redress.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule that scales a refund down: parts in proportion, platform parts with their line, nothing lost. */
class RefundSplitScalingTest {

    final RefundSplit split = new RefundSplit(
            List.of(new RefundSplit.Line("A", 2, 1000, -100, 30), new RefundSplit.Line("B", 1, 500, 0, -50)),
            List.of(new RefundSplit.Payment("P1", 1200), new RefundSplit.Payment("P2", 600)), 300);

    @Test
    void halfTheRefundHalvesEveryPartAndEachLinesPlatformPartsWithIt() {
        RefundSplit half = split.scaledTo(900);

        assertThat(half.lines()).containsExactly(new RefundSplit.Line("A", 2, 500, -50, 15),
                new RefundSplit.Line("B", 1, 250, 0, -25));
        assertThat(half.shippingAmount()).isEqualTo(150);
        assertThat(half.payments()).containsExactly(new RefundSplit.Payment("P1", 600), new RefundSplit.Payment("P2", 300));
        assertThat(half.total()).isEqualTo(900);
    }

    @Test
    void platformPartsRoundTowardZeroSoTheSellerBearsTheRemainder() {
        RefundSplit third = split.scaledTo(601);

        RefundSplit.Line a = third.lines().get(0);
        assertThat(a.platformSubsidy()).isEqualTo(-100 * a.amount() / 1000);
        assertThat(a.seller()).isEqualTo(a.amount() - a.platformSubsidy() - a.platformPoints());
        assertThat(third.payments().stream().mapToLong(RefundSplit.Payment::amount).sum()).isEqualTo(601);
    }

    @Test
    void whatIsKeptAndWhatIsGivenBackMakeTheWholeAgainWithoutReleasingUnits() {
        RefundSplit kept = split.scaledTo(777);
        RefundSplit back = split.less(kept);

        assertThat(kept.total() + back.total()).isEqualTo(split.total());
        assertThat(back.lines()).allSatisfy(line -> assertThat(line.quantity()).isZero());
        for (int i = 0; i < split.lines().size(); i++) {
            assertThat(kept.lines().get(i).platformSubsidy() + back.lines().get(i).platformSubsidy())
                    .isEqualTo(split.lines().get(i).platformSubsidy());
        }
    }

    @Test
    void noRefundIsScaledAboveItselfOrBelowZero() {
        assertThat(split.scaledTo(split.total())).isSameAs(split);
        assertThatThrownBy(() -> split.scaledTo(split.total() + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> split.scaledTo(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
