package org.civicwatch.pipeline;

import java.util.List;
import javax.annotation.CheckForNull;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.values.KV;
import org.civicwatch.model.CivicRecord;

/**
 * {@code summary.tsv}: the pipeline's counts as tab-separated lines, sorted, each a kind, what is counted
 * and the count:
 *
 * <pre>
 * input    /data/a.jsonl    problems    0
 * input    /data/a.jsonl    records     120     (records read from it, before merging)
 * merged   repeated         3                   (records read again and kept once)
 * merged   later captures   5                   (records of a post's later captures, left for its first)
 * type     incident         40                  (records written, per type)
 * </pre>
 */
final class Summary extends AllOf<KV<String, Long>, String> {
    private static final long serialVersionUID = 1L;
    /** The counter of records merged into another. */
    static final String MERGED = "merged\trepeated";
    /** The counter of records read from a later capture of a post, left for those of its first. */
    static final String CAPTURED = "merged\tlater captures";
    /** The key of the count of filings and incidents told again in another post, merged into the first. */
    static final String RETOLD = "merged\tretold matters";

    static String problemsOf(String input) {
        return "input\t" + cell(input) + "\tproblems";
    }

    static String recordsOf(String input) {
        return "input\t" + cell(input) + "\trecords";
    }

    static String typeOf(CivicRecord record) {
        return "type\t" + record.recordType().singular();
    }

    /** A value as one cell: tabs, line breaks and backslashes escaped as {@code \t}, {@code \n}, {@code \r}, {@code \\}. */
    static String cell(@CheckForNull String value) {
        if (value == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> s.append("\\\\");
                case '\t' -> s.append("\\t");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    Summary() {
        super(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()), StringUtf8Coder.of());
    }

    @Override
    String of(List<KV<String, Long>> counts) {
        return String.join("\n", counts.stream().map(kv -> kv.getKey() + "\t" + kv.getValue()).sorted().toList());
    }
}
