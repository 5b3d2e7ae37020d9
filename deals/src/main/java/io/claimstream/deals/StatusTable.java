package io.claimstream.deals;

import io.claimstream.schema.Action;
import io.claimstream.schema.BidStatus;
import io.claimstream.schema.Polarity;

import java.util.Optional;

/**
 * What one claim says about a bid's status, and how a bid's status moves (README, "Status table").
 * <pre>
 * action                         asserted      asserted+hedged   negated
 * SEEK, COMPETE                  INTERESTED    RUMOURED          -
 * OFFER, PROPOSE, REQUEST,INVEST PROPOSED      RUMOURED          -
 * NEGOTIATE                      NEGOTIATING   RUMOURED          -
 * SIGN                           SIGNED        RUMOURED          -
 * OTHER                          RUMOURED      RUMOURED          -
 * DENY                           DENIED        -                 -
 * WITHDRAW                       WITHDRAWN     -                 -
 * REVIEW                         -             -                 -
 * </pre>
 * "-" carries no status: a negated claim ("no formal proposal has been made") says a stage was not reached; it is
 * kept as evidence and raises contradictions, but does not move the bid.
 */
public final class StatusTable {

    private StatusTable() { }

    public static Optional<BidStatus> signal(Action action, Polarity polarity, boolean hedged) {
        if (polarity == Polarity.NEGATED) {
            return Optional.empty();
        }
        if (action == Action.DENY || action == Action.WITHDRAW) {
            return hedged ? Optional.empty() : Optional.of(action == Action.DENY ? BidStatus.DENIED : BidStatus.WITHDRAWN);
        }
        if (action == Action.REVIEW) {
            // "the EU will review its deal with Rwanda" puts a bid in question without ending or advancing it:
            // timeline evidence only
            return Optional.empty();
        }
        if (hedged) {
            return Optional.of(BidStatus.RUMOURED);
        }
        return Optional.of(switch (action) {
            case SEEK, COMPETE -> BidStatus.INTERESTED;
            case OFFER, PROPOSE, REQUEST, INVEST -> BidStatus.PROPOSED;
            case NEGOTIATE -> BidStatus.NEGOTIATING;
            case SIGN -> BidStatus.SIGNED;
            default -> BidStatus.RUMOURED;
        });
    }

    /**
     * The status after a signal, applied in event-time order: a bid climbs (a weaker signal after a stronger one
     * corroborates without downgrading), DENIED and WITHDRAWN always apply, and any signal after them reopens the bid.
     */
    public static BidStatus next(BidStatus current, BidStatus signal) {
        if (current == null || isTerminal(signal) || isTerminal(current)) {
            return signal;
        }
        return rank(signal) > rank(current) ? signal : current;
    }

    public static boolean isTerminal(BidStatus status) {
        return status == BidStatus.DENIED || status == BidStatus.WITHDRAWN;
    }

    /**
     * How far along the deal path an action claims to be, for contradictions: a signature implies a proposal, so a
     * negated proposal contradicts an asserted signature. 0 = no stage.
     */
    public static int stage(Action action) {
        return switch (action) {
            case SEEK, COMPETE -> 1;
            case OFFER, PROPOSE, REQUEST, INVEST -> 2;
            case NEGOTIATE -> 3;
            case SIGN -> 4;
            default -> 0;
        };
    }

    /** A move that says who made the first step. */
    public static boolean isOpeningMove(Action action) {
        return action == Action.OFFER || action == Action.PROPOSE || action == Action.REQUEST;
    }

    private static int rank(BidStatus status) {
        return switch (status) {
            case RUMOURED -> 0;
            case INTERESTED -> 1;
            case PROPOSED -> 2;
            case NEGOTIATING -> 3;
            case SIGNED -> 4;
            default -> -1;
        };
    }
}
