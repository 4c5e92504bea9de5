package io.redress.aftersale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.shared.InvalidField;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class CaseCommandsTest {

    @Test
    void agreeWithoutVersionIsRefusedNamingVersion() {
        assertRefusedNaming(() -> new CaseCommand.Agree(null, "Hangzhou"), "version");
    }

    @Test
    void agreeWithBlankReturnAddressIsRefusedNamingReturnAddress() {
        assertRefusedNaming(() -> new CaseCommand.Agree(1L, "  "), "returnAddress");
    }

    @Test
    void aProposalNamesAnAmountOrAReturnAddress() {
        assertRefusedNaming(() -> new CaseCommand.Propose(1L, null, null, "less"), "amount");
        assertRefusedNaming(() -> new CaseCommand.Propose(null, 100L, null, null), "version");
        assertRefusedNaming(() -> new CaseCommand.Propose(1L, 100L, " ", null), "returnAddress");
    }

    @Test
    void agreeTakesNoAmount() {
        assertRefusedNaming(() -> CaseCommand.of("agree", java.util.Map.of("version", 1L, "amount", 100L)), "amount");
    }

    @Test
    void refuseNeedsReasonCodeAndMessage() {
        assertRefusedNaming(() -> new CaseCommand.Refuse(1L, null, "worn", null), "reasonCode");
        assertRefusedNaming(() -> new CaseCommand.Refuse(1L, "USED", null, null), "message");
        assertRefusedNaming(() -> new CaseCommand.RefuseReceipt(1L, "USED", " ", List.of("E-1")), "message");
    }

    @Test
    void shippingNeedsCarrierAndTrackingNo() {
        assertRefusedNaming(() -> new CaseCommand.ShipReturn(1L, "SF", null), "trackingNo");
        assertRefusedNaming(() -> new CaseCommand.ShipReturn(1L, null, "SF1"), "carrier");
        assertRefusedNaming(() -> new CaseCommand.ShipReplacement(1L, "SF", ""), "trackingNo");
    }

    @Test
    void appealNeedsMessage() {
        assertRefusedNaming(() -> new CaseCommand.Appeal(1L, null, List.of("E-1")), "message");
    }

    @Test
    void escalateAndReviseRefuseBlankTexts() {
        assertRefusedNaming(() -> new CaseCommand.Escalate(1L, " "), "message");
        assertRefusedNaming(() -> new CaseCommand.Revise(1L, 100L, null, ""), "description");
    }

    @Test
    void actionsWithoutFieldsStillNeedTheVersion() {
        assertRefusedNaming(() -> new CaseCommand.Cancel(null), "version");
        assertRefusedNaming(() -> new CaseCommand.ConfirmReceipt(null), "version");
        assertRefusedNaming(() -> new CaseCommand.ConfirmReplacement(null), "version");
    }

    @Test
    void everyMissingFieldIsNamedInOneRefusal() {
        assertThatThrownBy(() -> new CaseCommand.Refuse(null, null, null, null)).isInstanceOfSatisfying(
                InvalidRequest.class, e -> assertThat(e.errors()).extracting(InvalidField::field)
                        .containsExactly("version", "reasonCode", "message"));
    }

    @Test
    void aBodyBecomesTheCommandOfItsPath() {
        CaseCommand command = CaseCommand.of("ship-return", body("version", 3L, "carrier", "SF", "trackingNo", "SF1"));

        assertThat(command).isEqualTo(new CaseCommand.ShipReturn(3L, "SF", "SF1"));
        assertThat(command.action()).isEqualTo(CaseAction.SHIP_RETURN);
    }

    @Test
    void aFieldTheActionDoesNotTakeIsRefusedByName() {
        assertRefusedNaming(() -> CaseCommand.of("cancel", body("version", 1L, "carrier", "SF")), "carrier");
        assertRefusedNaming(() -> CaseCommand.of("agree", body("version", 1L, "message", "ok")), "message");
    }

    @Test
    void anUnknownActionIsNotFound() {
        assertThatThrownBy(() -> CaseCommand.of("approve", body("version", 1L)))
                .isInstanceOf(ResourceNotFound.class);
    }

    @Test
    void absentFieldsAreNotCarried() {
        CaseCommand agree = CaseCommand.of("agree", body("version", 1L, "message", null, "returnAddress", "Hangzhou"));

        assertThat(agree.fields()).containsExactly(Map.entry("returnAddress", "Hangzhou"));
    }

    private static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }

    private static void assertRefusedNaming(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidRequest.class,
                e -> assertThat(e.errors()).extracting(InvalidField::field).containsExactly(field));
    }
}
