package org.civicwatch.pipeline;

import java.util.List;
import javax.annotation.CheckForNull;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/**
 * The options of {@link ConvertPipeline}, given on the command line as {@code --name=value} beside the
 * runner's own ({@code --runner}, {@code --targetParallelism}, ...).
 */
public interface ConvertOptions extends PipelineOptions {

    /** {@return the inputs: files or globs ({@code archive/*.jsonl}); repeat the option or separate by commas} */
    @Description("The inputs: files or globs (archive/*.jsonl); repeat the option or separate them by commas.")
    @Validation.Required
    List<String> getInput();

    /** @param input the inputs */
    void setInput(List<String> input);

    /** {@return the folder the records, the summary and the problems are written to} */
    @Description("The folder to write to: records-NNNNN-of-NNNNN.jsonl, summary.tsv and problems.tsv.")
    @Validation.Required
    String getOutput();

    /** @param output the output folder */
    void setOutput(String output);

    /** {@return how many JSON Lines files the records are written to; 0 lets the runner choose} */
    @Description("How many JSON Lines files to write the records to; 0 lets the runner choose.")
    @Default.Integer(0)
    int getShards();

    /** @param shards the number of record files */
    void setShards(int shards);

    /** {@return the size of the parts that inputs of a splittable format are cut into} */
    @Description("The size in bytes of the parts an input is cut into where its format allows: JSON Lines between lines,"
            + " web archives (WARC) between records, Movable Type exports between entries.")
    @Default.Long(64L << 20)
    long getPartBytes();

    /** @param partBytes the part size */
    void setPartBytes(long partBytes);

    /** {@return the format of every input, or null to recognise each input's by its name and first bytes} */
    @Description("The format of every input (jsonl, csv, html, ...); by default each input's own is recognised.")
    @CheckForNull
    String getFrom();

    /** @param from the input format */
    void setFrom(@CheckForNull String from);

    /** {@return how many groups records are shuffled into to be merged, each merged on one worker} */
    @Description("How many groups the records are shuffled into to find the copies of one post or one record:"
            + " each group is merged on one worker, in memory. Raise it with the number of records and workers.")
    @Default.Integer(64)
    int getGroups();

    /** @param groups the number of groups */
    void setGroups(int groups);

    /** {@return the most problems reported for one part of an input before its reading stops} */
    @Description("The most problems reported for one part of an input; one more stops reading that part.")
    @Default.Long(10_000)
    long getMaxProblems();

    /** @param maxProblems the bound */
    void setMaxProblems(long maxProblems);
}
