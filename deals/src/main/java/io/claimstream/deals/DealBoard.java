package io.claimstream.deals;

import io.claimstream.schema.Bid;
import io.claimstream.schema.BidEvidence;
import io.claimstream.schema.Consideration;
import io.claimstream.schema.Contradiction;
import io.claimstream.schema.DealState;
import io.claimstream.schema.StatusChange;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A plain-text deal board: one block per bid, strongest corroboration first. Deterministic for a given state. */
public final class DealBoard {

    private static final int EVIDENCE_SHOWN = 3;

    private DealBoard() { }

    public static String render(DealState deal) {
        StringBuilder out = new StringBuilder();
        out.append("DEAL ").append(deal.getDealId()).append(" - ").append(deal.getHost().getName())
                .append(", ").append(deal.getResource()).append('\n');
        out.append("  ").append(deal.getClaimCount()).append(" claims, ").append(deal.getBids().size()).append(" bidders, ")
                .append(deal.getPieces().size()).append(" pieces with known copies, updated ").append(day(deal.getUpdatedAt()))
                .append(", version ").append(deal.getVersion()).append('\n');
        List<Bid> bids = new ArrayList<>(deal.getBids());
        bids.sort(Comparator.comparingInt(Bid::getIndependentSources).reversed()
                .thenComparing(Comparator.comparingInt(Bid::getMentions).reversed())
                .thenComparing(b -> b.getBidder().getId()));
        for (Bid bid : bids) {
            out.append('\n');
            renderBid(out, bid);
        }
        return out.toString();
    }

    private static void renderBid(StringBuilder out, Bid bid) {
        out.append("* ").append(bid.getBidder().getName()).append(" (").append(bid.getBidder().getId()).append(", ")
                .append(bid.getBidder().getType().toString().toLowerCase(Locale.ROOT)).append(")  ")
                .append(bid.getStatus()).append(bid.getIncumbent() ? " (incumbent)" : "")
                .append(bid.getHedged() ? " [hedged only]" : "").append('\n');
        line(out, "seeks", bid.getSeeks().isEmpty() ? "-" : String.join(", ", bid.getSeeks()));
        line(out, "offers", bid.getOffers().isEmpty() ? "-" : bid.getOffers().stream().map(DealBoard::offer)
                .collect(Collectors.joining(", ")));
        if (bid.getInitiatedBy() != null) {
            line(out, "first move", bid.getInitiatedBy());
        }
        line(out, "corroboration", bid.getIndependentSources() + " independent source(s) / " + bid.getMentions() + " mention(s)");
        line(out, "sources", bid.getSources().isEmpty() ? "-" : String.join(", ", bid.getSources()));
        TreeSet<String> attributions = new TreeSet<>();
        bid.getEvidence().forEach(e -> {
            if (e.getAttribution() != null) {
                attributions.add(e.getAttribution());
            }
        });
        line(out, "according to", attributions.isEmpty() ? "-" : String.join(", ", attributions));
        long hedgedClaims = bid.getEvidence().stream().filter(BidEvidence::getHedged).count();
        line(out, "hedged", hedgedClaims + " of " + bid.getEvidence().size() + " retained claims");
        line(out, "timeline", bid.getTimeline().isEmpty() ? "-" : bid.getTimeline().stream()
                .map(DealBoard::change).collect(Collectors.joining(" -> ")));
        for (Contradiction c : bid.getContradictions()) {
            line(out, "CONTRADICTION " + c.getKind(), c.getDescription());
            out.append("        \"").append(c.getFirst().getSentence()).append("\"\n");
            out.append("        \"").append(c.getSecond().getSentence()).append("\"\n");
        }
        List<BidEvidence> latest = bid.getEvidence();
        for (BidEvidence e : latest.subList(Math.max(0, latest.size() - EVIDENCE_SHOWN), latest.size())) {
            line(out, "evidence", e.getAction() + (e.getPolarity().toString().equals("NEGATED") ? " (negated)" : "")
                    + " - " + Contradictions.where(e) + " - \"" + e.getSentence() + "\"");
        }
    }

    private static String offer(Consideration c) {
        String amount = c.getAmount() == null ? "" : " " + String.format(Locale.ROOT, "%,.0f", c.getAmount())
                + (c.getCurrency() == null ? "" : " " + c.getCurrency());
        return c.getKind() + amount + " (\"" + c.getSurface() + "\")";
    }

    private static String change(StatusChange change) {
        return change.getStatus() + "@" + day(change.getAt());
    }

    private static String day(Instant at) {
        return at == null ? "?" : at.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append("    ").append(label).append(": ").append(value).append('\n');
    }
}
