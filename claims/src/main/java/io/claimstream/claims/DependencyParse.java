package io.claimstream.claims;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import opennlp.tools.util.Span;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A sentence's Universal Dependencies parse: Stanford CoreNLP's POS tagger (english-left3words-distsim) and neural
 * transition parser (nndep english_UD) over the OpenNLP tokens the rest of the extractor uses, so that character
 * offsets agree with the gazetteer's. Both models load once per instance (about 6 s, 27 MB, shipped in this jar) and
 * are thread-safe to share: every stream thread parses with the same instance.
 */
final class DependencyParse {

    static final String TAGGER_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    /** Longer sentences are not parsed: a transition parser is linear, but tagging and feature cost are not small. */
    static final int MAX_TOKENS = 120;

    /** As CoreNLP's English pipeline tokenizes, so that tokens look like the treebank the models learnt from. */
    private static final String TOKENIZER_OPTIONS = "invertible=true,untokenizable=noneKeep,splitHyphenated=false";

    private final MaxentTagger tagger;
    private final DependencyParser parser;

    DependencyParse() {
        this.tagger = new MaxentTagger(TAGGER_MODEL);
        this.parser = DependencyParser.loadFromModelFile(PARSER_MODEL);
    }

    /**
     * @return the parse, or null when the sentence has no tokens or more than {@link #MAX_TOKENS}. Tokens are
     *     CoreNLP's own (PTB conventions: "Congo's" is two tokens, as the models were trained on), with character
     *     offsets into the sentence.
     */
    Parsed parse(String sentence) {
        List<CoreLabel> words = new ArrayList<>();
        PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(sentence), new CoreLabelTokenFactory(), TOKENIZER_OPTIONS);
        while (tokenizer.hasNext()) {
            words.add(tokenizer.next());
            if (words.size() > MAX_TOKENS) {
                return null;
            }
        }
        int n = words.size();
        if (n == 0) {
            return null;
        }
        Span[] spans = new Span[n];
        String[] forms = new String[n];
        for (int i = 0; i < n; i++) {
            CoreLabel word = words.get(i);
            word.setIndex(i + 1);
            spans[i] = new Span(word.beginPosition(), word.endPosition());
            forms[i] = sentence.substring(word.beginPosition(), word.endPosition());
        }
        List<TaggedWord> tagged = tagger.tagSentence(words);
        String[] tags = new String[n];
        String[] lemmas = new String[n];
        for (int i = 0; i < n; i++) {
            tags[i] = tagged.get(i).tag();
            words.get(i).setTag(tags[i]);
            lemmas[i] = Morphology.lemmaStatic(words.get(i).word(), tags[i]).toLowerCase(Locale.ROOT);
        }
        GrammaticalStructure structure = parser.predict(words);
        int[] heads = new int[n];
        String[] relations = new String[n];
        Arrays.fill(heads, -1);
        Arrays.fill(relations, "dep");
        for (TypedDependency d : structure.typedDependencies()) {
            int dependent = d.dep().index() - 1;
            if (dependent < 0 || dependent >= n) {
                continue;
            }
            heads[dependent] = d.gov().index() - 1;
            relations[dependent] = d.reln().toString();
        }
        return new Parsed(spans, forms, tags, lemmas, heads, relations);
    }

    /**
     * Token i: its form, PTB tag, lower-case lemma, head (-1 for the root) and relation to it (UD: nsubj, obj, iobj,
     * obl, nmod:poss, xcomp, conj, ...).
     */
    record Parsed(Span[] spans, String[] tokens, String[] tags, String[] lemmas, int[] heads, String[] relations) {

        int size() {
            return tokens.length;
        }

        List<Integer> children(int head) {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < heads.length; i++) {
                if (heads[i] == head) {
                    out.add(i);
                }
            }
            return out;
        }

        List<Integer> children(int head, String relation) {
            return children(head).stream().filter(c -> relation(c, relation)).toList();
        }

        /** The relation or a subtype of it: "obl" matches "obl:tmod", "nsubj" matches "nsubj:pass". */
        boolean relation(int token, String relation) {
            String r = relations[token];
            return r.equals(relation) || r.startsWith(relation + ":");
        }

        boolean verb(int token) {
            return tags[token].startsWith("VB") || tags[token].equals("MD");
        }

        boolean noun(int token) {
            return tags[token].startsWith("NN");
        }

        /** The preposition marking an oblique or nominal modifier ("to", "with", "in exchange for" -> "for"), or "". */
        String casePreposition(int token) {
            for (int c : children(token, "case")) {
                return lemmas[c];
            }
            return "";
        }

        /** The syntactic head of a character span: its token whose head lies outside the span. */
        int headOf(int start, int end) {
            int candidate = -1;
            for (int i = 0; i < spans.length; i++) {
                if (spans[i].getStart() >= end || spans[i].getEnd() <= start) {
                    continue;
                }
                int head = heads[i];
                boolean headOutside = head < 0 || spans[head].getStart() >= end || spans[head].getEnd() <= start;
                if (headOutside) {
                    return i;
                }
                candidate = candidate < 0 ? i : candidate;
            }
            return candidate;
        }
    }
}
