package io.claimstream.cli.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimstream.schema.Claim;
import io.claimstream.schema.DealState;
import io.claimstream.schema.DuplicateNotice;
import io.claimstream.schema.UniqueArticle;
import io.claimstream.serde.AvroJson;
import io.claimstream.streams.topics.TopicLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a pipeline has committed, in the shapes the reliability tests compare: the dedup verdict per article, every
 * claim id and duplicate-notice id as often as it was written, and the final state per deal with what depends only on
 * processing order (the version counter, list order) normalised away.
 */
record PipelineOutputs(Map<String, String> verdicts, List<String> newPieceIds, List<String> duplicateIds,
                       List<String> claimIds, Map<String, JsonNode> deals) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static PipelineOutputs read(IsolatedPipeline pipeline) {
        Map<String, String> verdicts = new TreeMap<>();
        List<String> pieces = new ArrayList<>();
        for (ConsumerRecord<String, UniqueArticle> r : pipeline.readCommitted(TopicLabel.ARTICLES_UNIQUE, UniqueArticle.class)) {
            if (r.value().getCopyCount() == 0) {
                pieces.add(r.key());
                verdicts.put(r.key(), "piece");
            }
        }
        List<String> duplicates = new ArrayList<>();
        for (ConsumerRecord<String, DuplicateNotice> r : pipeline.readCommitted(TopicLabel.ARTICLES_DUPLICATES, DuplicateNotice.class)) {
            duplicates.add(r.key());
            verdicts.put(r.key(), "copy of " + r.value().getCanonicalArticleId() + " (" + r.value().getKind() + ")");
        }
        List<String> claims = pipeline.readCommitted(TopicLabel.CLAIMS, Claim.class).stream().map(r -> r.value().getId()).toList();
        Map<String, JsonNode> deals = new TreeMap<>();
        for (ConsumerRecord<String, DealState> r : pipeline.readCommitted(TopicLabel.DEALS, DealState.class)) {
            deals.put(r.key(), normalised(r.value()));
        }
        return new PipelineOutputs(verdicts, pieces, duplicates, claims, deals);
    }

    /** Articles that got an outcome (a new piece or a duplicate notice). */
    int decided() {
        return newPieceIds.size() + duplicateIds.size();
    }

    static JsonNode normalised(DealState state) {
        // Through text, as a client would see it: number node types then match those of JSON served over HTTP.
        try {
            return normalised(JSON.readTree(AvroJson.toJsonString(state)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The same normalisation for a deal as JSON, e.g. as served by {@code GET /deals/{id}}. */
    static JsonNode normalised(JsonNode deal) {
        JsonNode json = deal.deepCopy();
        ((ObjectNode) json).remove("version");
        return sortedArrays(json);
    }

    /** Every array sorted by its elements' text, recursively: claims applied in another order give the same node. */
    private static JsonNode sortedArrays(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            object.fields().forEachRemaining(e -> fields.put(e.getKey(), sortedArrays(e.getValue())));
            fields.forEach(object::set);
            return object;
        }
        if (node instanceof ArrayNode array) {
            List<JsonNode> items = new ArrayList<>();
            array.forEach(item -> items.add(sortedArrays(item)));
            items.sort(Comparator.comparing(JsonNode::toString));
            array.removeAll();
            items.forEach(array::add);
            return array;
        }
        return node;
    }
}
