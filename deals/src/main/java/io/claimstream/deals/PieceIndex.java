package io.claimstream.deals;

import io.claimstream.schema.BidEvidence;
import io.claimstream.schema.CopyRef;
import io.claimstream.schema.PieceCopies;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Which original piece an article belongs to, and which articles repeat a piece, from the deal's PieceCopies. */
final class PieceIndex {

    private final Map<String, String> pieceOfCopy = new HashMap<>();
    private final Map<String, PieceCopies> byPiece = new HashMap<>();

    PieceIndex(List<PieceCopies> pieces) {
        for (PieceCopies piece : pieces) {
            byPiece.put(piece.getPieceId(), piece);
            for (CopyRef copy : piece.getCopies()) {
                // An article claimed by two pieces goes to the smaller id, so the answer does not depend on order.
                pieceOfCopy.merge(copy.getArticleId(), piece.getPieceId(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
    }

    String pieceOf(String articleId) {
        return pieceOfCopy.getOrDefault(articleId, articleId);
    }

    List<CopyRef> copiesOf(String pieceId) {
        PieceCopies piece = byPiece.get(pieceId);
        return piece == null ? List.of() : piece.getCopies();
    }

    /** Independent sources: distinct original pieces. */
    static int pieces(Collection<BidEvidence> evidence) {
        return (int) evidence.stream().map(BidEvidence::getPieceId).distinct().count();
    }

    /** Mentions: the supporting articles, the originals of their pieces and every known copy of those pieces. */
    int mentions(Collection<BidEvidence> evidence) {
        Set<String> articles = new TreeSet<>();
        for (BidEvidence e : evidence) {
            articles.add(e.getArticleId());
            articles.add(e.getPieceId());
            copiesOf(e.getPieceId()).forEach(c -> articles.add(c.getArticleId()));
        }
        return articles.size();
    }
}
