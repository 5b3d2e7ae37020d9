package io.claimstream.deals;

import io.claimstream.schema.CopyRef;
import io.claimstream.schema.DuplicateKind;
import io.claimstream.schema.PieceCopies;

import java.util.ArrayList;
import java.util.List;

/** Test-data builder for PieceCopies. */
final class CopiesBuilder {

    private final String pieceId;
    private final List<CopyRef> copies = new ArrayList<>();

    private CopiesBuilder(String pieceId) {
        this.pieceId = pieceId;
    }

    static CopiesBuilder copiesOf(String pieceId) {
        return new CopiesBuilder(pieceId);
    }

    CopiesBuilder rewrite(String articleId, String sourceDomain) {
        return copy(articleId, sourceDomain, DuplicateKind.REWRITE);
    }

    CopiesBuilder exact(String articleId, String sourceDomain) {
        return copy(articleId, sourceDomain, DuplicateKind.EXACT);
    }

    private CopiesBuilder copy(String articleId, String sourceDomain, DuplicateKind kind) {
        copies.add(new CopyRef(articleId, sourceDomain, kind, ClaimBuilder.day("2025-03-20")));
        return this;
    }

    PieceCopies build() {
        return new PieceCopies(pieceId, new ArrayList<>(copies));
    }
}
