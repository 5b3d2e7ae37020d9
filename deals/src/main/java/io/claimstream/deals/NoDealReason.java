package io.claimstream.deals;

/** Why a claim belongs to no deal (see README, "Deal identity"). */
public enum NoDealReason {
    /** The action is not a move towards a deal (mediation, sanctions, seizures). */
    NOT_A_BID_ACTION,
    /** An armed group is a party: conflict events are context, never bids. */
    ARMED_GROUP_PARTY,
    /** Neither actor nor counterparty is a host listed in the rules. */
    NO_HOST,
    /** Both parties are hosts (e.g. a DRC-Rwanda peace accord): nobody bids for the other's resource. */
    BETWEEN_HOSTS,
    /** The host has no other party, or the other party cannot bid (person, organisation). */
    NO_ELIGIBLE_BIDDER
}
