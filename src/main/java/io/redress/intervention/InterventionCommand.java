package io.redress.intervention;

import io.redress.aftersale.Actor;
import java.time.Instant;
import java.util.List;

/**
 * One typed command per intervention action, each carrying the case version it was based on. Field rules
 * (required, lengths) are checked by {@code InterventionFields}; rules that depend on the dispute by the service.
 */
public sealed interface InterventionCommand {

    long version();

    InterventionAction action();

    record Claim(long version) implements InterventionCommand {
        public InterventionAction action() {
            return InterventionAction.CLAIM;
        }
    }

    record Release(long version) implements InterventionCommand {
        public InterventionAction action() {
            return InterventionAction.RELEASE;
        }
    }

    /** A senior agent hands the dispute to {@code agent} (a username). */
    record Reassign(long version, String agent) implements InterventionCommand {
        public InterventionAction action() {
            return InterventionAction.REASSIGN;
        }
    }

    record Accept(long version) implements InterventionCommand {
        public InterventionAction action() {
            return InterventionAction.ACCEPT;
        }
    }

    record Decline(long version, DeclineReason reasonCode) implements InterventionCommand {
        public InterventionAction action() {
            return InterventionAction.DECLINE;
        }
    }

    record RequestEvidence(long version, Actor party, String what, Instant dueAt) implements InterventionCommand {
        public InterventionAction action() {
            return InterventionAction.REQUEST_EVIDENCE;
        }
    }

    /** A party's evidence: a draft it may still change ({@code draft}), or its submission, which is final. */
    record SubmitEvidence(long version, List<String> evidenceIds, String statement, boolean draft)
            implements InterventionCommand {
        public InterventionAction action() {
            return InterventionAction.SUBMIT_EVIDENCE;
        }
    }

    record ExtendEvidence(long version) implements InterventionCommand {
        public InterventionAction action() {
            return InterventionAction.EXTEND_EVIDENCE;
        }
    }

    record ProposeSettlement(long version, long amount, String terms) implements InterventionCommand {
        public InterventionAction action() {
            return InterventionAction.PROPOSE_SETTLEMENT;
        }
    }

    record AcceptSettlement(long version) implements InterventionCommand {
        public InterventionAction action() {
            return InterventionAction.ACCEPT_SETTLEMENT;
        }
    }

    /** {@code outcome} null with fault UNDETERMINED applies the default outcome. */
    record Rule(long version, RulingOutcome outcome, Long amount, FaultParty faultParty, String reasons,
            List<String> evidenceIds) implements InterventionCommand {
        public InterventionAction action() {
            return InterventionAction.RULE;
        }
    }

    record Appeal(long version, String message, List<String> evidenceIds) implements InterventionCommand {
        public InterventionAction action() {
            return InterventionAction.APPEAL;
        }
    }

    /**
     * The supervisor's review. On an overturn after money moved, {@code recoverFromBuyer} books the refund as a
     * receivable against the buyer instead of a platform compensation to the seller.
     */
    record Review(long version, ReviewDecision decision, String reasons, boolean recoverFromBuyer)
            implements InterventionCommand {
        public InterventionAction action() {
            return InterventionAction.REVIEW;
        }
    }

    record Suspend(long version, SuspensionGround ground) implements InterventionCommand {
        public InterventionAction action() {
            return InterventionAction.SUSPEND;
        }
    }

    record Resume(long version) implements InterventionCommand {
        public InterventionAction action() {
            return InterventionAction.RESUME;
        }
    }

    record Withdraw(long version) implements InterventionCommand {
        public InterventionAction action() {
            return InterventionAction.WITHDRAW;
        }
    }
}
