package org.civicwatch.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzz tests of every importer, through the registry as a user's program reads (see
 * {@link ImporterTarget} for what each input must do). {@code mvn verify} replays the committed inputs of
 * each target ({@code src/test/resources/org/civicwatch/fuzz/ImporterFuzzTestInputs/<target>/}: the inputs
 * that once broke a reader, and the seeds); {@code fuzz/run <target> <seconds>} fuzzes one target, and a
 * crash it finds lands in that folder, to be fixed and kept.
 *
 * <p>A hang fails too, without timing any test: when fuzzing, an input that takes over 30 s is a finding
 * (libFuzzer's {@code -timeout}); when replaying, the whole run is ended after 20 minutes (this module's
 * surefire {@code forkedProcessTimeoutInSeconds}), far above what the committed inputs take (well under a
 * minute).
 *
 * <p>Each target is named after the format it reads ({@code datapackageFolder} reads that format's folders);
 * {@link EveryImporterIsFuzzedTest} fails when an installed importer has none. A new importer adds one method
 * here, named after its format, and a folder of seeds.
 */
class ImporterFuzzTest {

    @FuzzTest
    void json(byte[] input) {
        ImporterTarget.read("json", input);
    }

    @FuzzTest
    void jsonl(byte[] input) {
        ImporterTarget.read("jsonl", input);
    }

    @FuzzTest
    void csv(byte[] input) {
        ImporterTarget.read("csv", input);
    }

    @FuzzTest
    void datapackage(byte[] input) {
        ImporterTarget.read("datapackage", input);
    }

    @FuzzTest
    void datapackageFolder(byte[] input) {
        ImporterTarget.readFolder("datapackage", input);
    }

    @FuzzTest
    void html(byte[] input) {
        ImporterTarget.read("html", input);
    }
}
