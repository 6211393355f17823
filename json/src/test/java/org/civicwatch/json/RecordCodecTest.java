package org.civicwatch.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.catalog.ObjectSchema;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.Sighting;
import org.civicwatch.samples.SampleData;
import org.civicwatch.testkit.RandomDatasets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

class RecordCodecTest {

    private static String viaCodec(CivicRecord r) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonMapping.writer(false).createGenerator(out)) {
            RecordCodec.of(FieldCatalog.schemaOf(r)).write(g, r);
        }
        return out.toString();
    }

    private static <T> T read(ObjectSchema<T> schema, String json) {
        try (JsonParser p = JsonMapping.mapper().createParser(json)) {
            p.nextToken();
            return RecordCodec.of(schema).read(p);
        }
    }

    @Test
    void writesWhatTheTreeFormWritesAndReadsItBackForEveryFill() {
        for (RandomDatasets.Fill fill : RandomDatasets.Fill.values()) {
            for (long seed = 1; seed <= 20; seed++) {
                Dataset d = RandomDatasets.generate(seed, 3, fill);
                for (CivicRecord r : (Iterable<CivicRecord>) d.records()::iterator) {
                    String json = viaCodec(r);
                    assertThat(json).isEqualTo(JsonTrees.toJson(FieldCatalog.schemaOf(r).toTree(r)));
                    assertThat(read(FieldCatalog.schemaOf(r), json)).isEqualTo(r);
                }
            }
        }
    }

    @Test
    void readsTheSampleDatasetWithOriginalTexts() {
        for (CivicRecord r : (Iterable<CivicRecord>) SampleData.gunmaPrefecturalOffice().records()::iterator) {
            assertThat(read(FieldCatalog.schemaOf(r), viaCodec(r))).isEqualTo(r);
        }
    }

    @Test
    void leavesToTheTreeFormWhatItWouldRefuseOrReport() {
        String[] irregular = {
            "{\"id\": \"s1\", \"device\": \"camera\", \"colour\": \"red\"}",
            "{\"id\": \"s1\", \"device\": \"drone\"}",
            "{\"device\": \"camera\"}",
            "{\"id\": \"s1\", \"device\": \"camera\", \"place\": {\"floor\": 3}}",
            "{\"id\": \"s1\", \"device\": \"camera\", \"count\": {\"value\": \"2\", \"qualifier\": \"exact\"}}",
            "{\"id\": \"s1\", \"device\": \"camera\", \"count\": {\"value\": 99999999999999999999999}}",
            "{\"id\": \"s1\", \"device\": \"camera\", \"observedOriginal\": \"平成29年\"}",
            "{\"id\": \"s1\", \"device\": \"camera\", \"observedOriginal\": 3, \"observed\": \"2017\"}",
            "{\"id\": \"s1\", \"device\": \"camera\", \"tags\": [null]}",
            "{\"id\": \"s1\", \"device\": \"camera\", \"tags\": \"one\"}",
            "[]",
        };
        for (String json : irregular) {
            assertThatThrownBy(() -> read(FieldCatalog.SIGHTING, json)).as(json)
                    .isInstanceOf(RecordCodec.Irregular.class);
            assertThatThrownBy(() -> FieldCatalog.SIGHTING.fromTree(JsonTrees.parse(json),
                    ObjectSchema.UnknownFields.REFUSE)).as(json).isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void readsNullsAsAbsentAndMembersInAnyOrder() {
        Sighting s = read(FieldCatalog.SIGHTING, "{\"notes\": null, \"device\": \"camera\", \"observedOriginal\":"
                + " \"平成29年6月\", \"id\": \"s1\", \"observed\": \"2017-06\"}");
        assertThat(s).isEqualTo(FieldCatalog.SIGHTING.fromTree(JsonTrees.parse("{\"id\": \"s1\", \"device\":"
                + " \"camera\", \"observed\": \"2017-06\", \"observedOriginal\": \"平成29年6月\"}"),
                ObjectSchema.UnknownFields.REFUSE));
        assertThat(s.observed().original()).isEqualTo("平成29年6月");
    }
}
