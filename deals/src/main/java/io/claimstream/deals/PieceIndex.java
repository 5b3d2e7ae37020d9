package io.claimstream.deals;

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

    /** Mentions: every article that carries one of these pieces, its original and each known copy, counted once. */
    int mentions(Collection<String> pieceIds) {
        Set<String> articles = new TreeSet<>(pieceIds);
        for (String piece : pieceIds) {
            copiesOf(piece).forEach(c -> articles.add(c.getArticleId()));
        }
        return articles.size();
    }
}
