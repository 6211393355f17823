package org.civicwatch.examples.jmh;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.json.JsonMapping;
import org.civicwatch.json.RecordCodec;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.RecordType;
import org.civicwatch.samples.SampleData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;

/**
 * One sighting of the sample dataset decoded from its JSON bytes into the record, and encoded from the
 * record to JSON bytes, by the codec the JSON formats use ({@link RecordCodec}); with Jackson's token copy
 * of the same bytes as the floor. Run with {@code java -jar examples/jmh/target/benchmarks.jar}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RecordCodecBenchmark {
    private final TokenStreamFactory factory = JsonMapping.factoryFindingNoDuplicates();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    private RecordCodec<? extends CivicRecord> codec;
    private CivicRecord record;
    private byte[] json;

    /** Picks the sample's first sighting and writes it once. */
    @Setup
    public void setUp() {
        record = SampleData.gunmaPrefecturalOffice().records().filter(r -> r.recordType() == RecordType.SIGHTING)
                .findFirst().orElseThrow();
        codec = RecordCodec.of(FieldCatalog.schema(RecordType.SIGHTING));
        json = encode();
    }

    /** The record from its bytes: parsed, typed and checked. */
    @Benchmark
    public CivicRecord decode() {
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), json)) {
            p.nextToken();
            return codec.read(p);
        }
    }

    /** The record to bytes. */
    @Benchmark
    public byte[] encode() {
        out.reset();
        try (JsonGenerator g = JsonMapping.writer(false).createGenerator(out, JsonEncoding.UTF8)) {
            codec.write(g, record);
        }
        return out.toByteArray();
    }

    /** The floor: the same bytes parsed and copied token by token, no record. */
    @Benchmark
    public byte[] tokenCopy() {
        out.reset();
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), json);
             JsonGenerator g = JsonMapping.writer(false).createGenerator(out, JsonEncoding.UTF8)) {
            p.nextToken();
            g.copyCurrentStructure(p);
        }
        return out.toByteArray();
    }
}
