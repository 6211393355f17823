package org.civicwatch.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.Problem;

/**
 * The merge of a conversion of several inputs: records are keyed by id; a record read again, equal, is
 * written once (a post on a month page and on a category page), and a different record with an id taken
 * already is a problem, its record kept as the problem's rejected text, while the one read first is
 * written.
 */
public final class SameIdMerge implements Merge {
    private static final long serialVersionUID = 1L;

    /** The merge. */
    public SameIdMerge() {
    }

    @Override
    public String key(CivicRecord record) {
        return record.id();
    }

    @Override
    public CivicRecord merge(List<ReadRecord> copies, Consumer<Problem> problems) {
        ReadRecord first = copies.get(0);
        for (ReadRecord other : copies.subList(1, copies.size())) {
            if (!other.record().equals(first.record())) {
                String where = other.file().equals(first.file()) ? "this input" : nameOf(first.file());
                Location at = Location.at(nameOf(other.file()), other.line(), 0)
                        .inRecord(other.part() == 0 ? other.index() : 0).atField("id");
                problems.accept(new Problem(at, "the id '" + other.record().id() + "' is also the id of another record in "
                        + where + "; ids must be unique in the dataset written, so the record read first was kept and this"
                        + " one left out. Convert the inputs one by one, or leave out the one that contradicts the other.",
                        asJsonLine(other.record())));
            }
        }
        return first.record();
    }

    static String nameOf(String file) {
        Path name = Path.of(file).getFileName();
        return name == null ? file : name.toString();
    }

    /** The record as the JSON Lines exporter writes it, so that a person can put it back. */
    private static String asJsonLine(CivicRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CivicWatch.write(Dataset.of(DatasetInfo.EMPTY, List.of(record)), out, "jsonl");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("{\"type\":\"info\""))
                .findFirst().orElse("");
    }
}
