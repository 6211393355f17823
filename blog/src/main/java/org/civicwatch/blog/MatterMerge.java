package org.civicwatch.blog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicwatch.blog.internal.Matters;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Link;
import org.civicwatch.model.LinkKind;

/**
 * The merge of one matter told in several posts, for records read apart (parts of many inputs read on
 * many machines, with {@link BlogOptions#MERGE_MATTERS} off, so that each filing and incident comes as
 * told, linking the post telling it first): the records are grouped by {@link #key}, each group is merged
 * in input order by the rule the importers apply to one input, and the references of every other record
 * are turned through {@link Result#renamed()}.
 */
public final class MatterMerge {
    private MatterMerge() {
    }

    /**
     * The records of one key, merged.
     *
     * @param records one record per matter, in the order first told
     * @param renamed the id of each record merged away, with the id of the record it became
     */
    public record Result(List<CivicRecord> records, Map<String, String> renamed) {
        public Result {
            records = List.copyOf(records);
            renamed = Map.copyOf(renamed);
        }
    }

    /**
     * {@return what a record shares with every record it may be merged with: {@code incident|TYPE|DAY},
     * {@code filing|KIND}, or empty for a record never merged}
     */
    public static String key(CivicRecord record) {
        return Matters.key(record);
    }

    /**
     * {@return the records of one key merged as one input's reader merges them}
     *
     * @param told records of one {@link #key}, read with {@link BlogOptions#MERGE_MATTERS} off, in input order
     */
    public static Result merge(List<CivicRecord> told) {
        Matters.Merger merger = new Matters.Merger(false);
        for (CivicRecord r : told) {
            Link post = r.links().isEmpty() ? null : r.links().get(0);
            boolean linksItsPost = post != null && post.kind() == LinkKind.BLOG_POST && r.provenance() != null
                    && post.url().equals(r.provenance().source());
            merger.add(new Matters.Told(linksItsPost ? post : null,
                    List.of(linksItsPost ? withoutFirstLink(r) : r)));
        }
        Map<String, String> renamed = merger.renamed();
        List<CivicRecord> merged = merger.finish();
        java.util.HashMap<String, String> kept = new java.util.HashMap<>();
        renamed.forEach((from, to) -> {
            if (to != null) {
                kept.put(from, to);
            }
        });
        return new Result(merged, kept);
    }

    /** {@return a record with its references to records merged away turned to the ones they became} */
    public static CivicRecord withReferencesTurned(CivicRecord record, Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return record;
        }
        return Matters.withReferencesTurned(record, renamed);
    }

    private static CivicRecord withoutFirstLink(CivicRecord r) {
        List<org.civicwatch.model.Link> rest = new ArrayList<>(r.links().subList(1, r.links().size()));
        if (r instanceof org.civicwatch.model.Filing f) {
            return f.toBuilder().links(rest).build();
        }
        return r instanceof org.civicwatch.model.Incident i ? i.toBuilder().links(rest).build() : r;
    }
}
