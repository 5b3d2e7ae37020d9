package io.claimstream.claims;

import io.claimstream.claims.EnglishNlp.TaggedSentence;
import io.claimstream.claims.SentenceClaimFinder.Found;
import io.claimstream.claims.SentenceClaimFinder.Mention;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** Claims in one sentence. Two methods: phrase rules over tokens ({@link SentenceClaimFinder}) and predicate frames over a dependency parse ({@link FrameClaimFinder}). */
interface ClaimFinder {

    /**
     * @param tagging OpenNLP tokens of the sentence, computed on demand (most sentences never need them)
     * @param pronounReferent who a sentence-initial "He"/"They" stands for, or null
     * @param seen receives the sentence's named subject (or null) and every entity it names, for {@link Discourse}
     */
    List<Found> find(String sentence, Supplier<TaggedSentence> tagging, Mention pronounReferent,
                     BiConsumer<Mention, List<Mention>> seen);
}
