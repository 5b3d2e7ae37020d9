package io.claimstream.streams.topology;

import io.claimstream.schema.CopyRef;
import io.claimstream.schema.DuplicateNotice;
import io.claimstream.schema.PieceCopies;
import java.util.ArrayList;
import java.util.List;

/** Collects the copies of one original piece from the duplicate notices; a notice seen twice is counted once. */
final class PieceCopiesAggregator {

    private PieceCopiesAggregator() {
    }

    static PieceCopies add(String pieceId, DuplicateNotice notice, PieceCopies current) {
        List<CopyRef> copies = current == null ? new ArrayList<>() : new ArrayList<>(current.getCopies());
        if (copies.stream().anyMatch(c -> c.getArticleId().equals(notice.getArticleId()))) {
            return current;
        }
        copies.add(CopyRef.newBuilder()
                .setArticleId(notice.getArticleId())
                .setSourceDomain(notice.getSourceDomain())
                .setKind(notice.getKind())
                .setPublishedAt(notice.getPublishedAt())
                .build());
        return PieceCopies.newBuilder().setPieceId(pieceId).setCopies(copies).build();
    }
}
