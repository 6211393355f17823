package org.civicwatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.Filing;
import org.civicwatch.model.When;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.Problem;
import org.civicwatch.testkit.RandomDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecordCoderTest {

    @ParameterizedTest
    @EnumSource(RandomDatasets.Fill.class)
    void carriesEveryRecordOfRandomDatasetsUnchanged(RandomDatasets.Fill fill) throws Exception {
        for (long seed = 1; seed <= 20; seed++) {
            Dataset d = RandomDatasets.generate(seed, 4, fill);
            for (CivicRecord r : d.records().toList()) {
                CoderProperties.coderDecodeEncodeEqual(RecordCoder.of(), r);
                CoderProperties.coderDeterministic(RecordCoder.of(), r, copyOf(r));
                CoderProperties.structuralValueDecodeEncodeEqual(RecordCoder.of(), r);
            }
            CoderProperties.coderDecodeEncodeEqual(DatasetInfoCoder.of(), d.info());
        }
    }

    @Test
    void carriesTheSampleDatasetWithItsDatesOriginalTexts() throws Exception {
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        for (CivicRecord r : sample.records().toList()) {
            CivicRecord back = CoderUtils.clone(RecordCoder.of(), r);
            assertThat(back).isEqualTo(r);
        }
        assertThat(CoderUtils.clone(DatasetInfoCoder.of(), sample.info())).isEqualTo(sample.info());
    }

    @Test
    void keepsTheTextADateWasReadFrom() throws Exception {
        Filing f = SampleData.filings().get(0);
        Filing dated = f.toBuilder().filed(When.parse("2017-07-18").withOriginal("平成29年7月18日")).build();
        Filing back = (Filing) CoderUtils.clone(RecordCoder.of(), dated);
        assertThat(back.filed().original()).isEqualTo("平成29年7月18日");
        assertThat(back.filed().edtf()).isEqualTo("2017-07-18");
    }

    @Test
    void differentRecordsEncodeDifferently() throws Exception {
        List<CivicRecord> records = RandomDatasets.generate(7, 3).records().toList();
        for (int i = 1; i < records.size(); i++) {
            CoderProperties.coderConsistentWithEquals(RecordCoder.of(), records.get(i - 1), records.get(i));
        }
    }

    @Test
    void coderIsSerializableAndDeterministic() throws Exception {
        CoderProperties.coderSerializable(RecordCoder.of());
        CoderProperties.coderSerializable(DatasetInfoCoder.of());
        RecordCoder.of().verifyDeterministic();
        assertThat(org.apache.commons.lang3.SerializationUtils.clone(RecordCoder.of())).isEqualTo(RecordCoder.of());
    }

    @Test
    void bytesThatAreNoRecordAreACoderError() {
        assertThatThrownBy(() -> CoderUtils.decodeFromByteArray(RecordCoder.of(), new byte[] {9}))
                .isInstanceOf(CoderException.class).hasMessageContaining("unknown record type 9");
        assertThatThrownBy(() -> CoderUtils.decodeFromByteArray(RecordCoder.of(), new byte[] {0, 7}))
                .isInstanceOf(CoderException.class).hasMessageContaining("presence byte");
    }

    @Test
    void problemsAndPartsCrossWithEverythingTheyHold() throws Exception {
        Problem p = new Problem(new Location("a.jsonl", 3, 7, 2, "place.floor"), "bad\tfloor", "{\"x\":1}\n");
        CoderProperties.coderDecodeEncodeEqual(PipelineCoders.problems(), p);
        CoderProperties.coderDecodeEncodeEqual(PipelineCoders.problems(), new Problem(Location.of("b.csv"), "m", null));
        CoderProperties.coderDecodeEncodeEqual(PipelineCoders.splits(), new Split("/d/a.jsonl", "jsonl", 2, 10, 99, 4));
        CoderProperties.coderDecodeEncodeEqual(PipelineCoders.splits(), Split.whole("/d/b.csv", "csv"));
        CivicRecord r = SampleData.gunmaPrefecturalOffice().records().toList().get(1);
        CoderProperties.coderDecodeEncodeEqual(PipelineCoders.readRecords(), new ReadRecord("/d/a.jsonl", 1, 5, 17, r));
    }

    private static CivicRecord copyOf(CivicRecord r) throws CoderException {
        return CoderUtils.clone(RecordCoder.of(), r);
    }
}
