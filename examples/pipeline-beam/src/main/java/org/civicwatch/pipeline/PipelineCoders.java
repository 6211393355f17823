package org.civicwatch.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import javax.annotation.CheckForNull;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.Problem;

/**
 * The coders of the pipeline's own values: problems, parts of inputs and records with where they were
 * read. Each writes its fields in order with Beam's coders; none uses Java serialization.
 */
public final class PipelineCoders {
    private static final Coder<String> STRING = StringUtf8Coder.of();
    private static final Coder<String> OPTIONAL_STRING = NullableCoder.of(StringUtf8Coder.of());
    private static final Coder<Long> LONG = VarLongCoder.of();
    private static final Coder<Integer> INT = VarIntCoder.of();

    private PipelineCoders() {
    }

    /** {@return the coder of problems, with their location and rejected input} */
    public static Coder<Problem> problems() {
        return ProblemCoder.INSTANCE;
    }

    /** {@return the coder of parts of inputs} */
    public static Coder<Split> splits() {
        return SplitCoder.INSTANCE;
    }

    /** {@return the coder of records with where they were read} */
    public static Coder<ReadRecord> readRecords() {
        return ReadRecordCoder.INSTANCE;
    }

    private static final class ProblemCoder extends ExactCoder<Problem> {
        static final ProblemCoder INSTANCE = new ProblemCoder();

        @Override
        public void encode(@CheckForNull Problem p, OutputStream out) throws IOException {
            Location l = p.location();
            STRING.encode(l.source(), out);
            LONG.encode(l.line(), out);
            LONG.encode(l.column(), out);
            LONG.encode(l.record(), out);
            OPTIONAL_STRING.encode(l.field(), out);
            STRING.encode(p.message(), out);
            OPTIONAL_STRING.encode(p.rejected(), out);
        }

        @Override
        public Problem decode(InputStream in) throws IOException {
            Location l = new Location(STRING.decode(in), LONG.decode(in), LONG.decode(in), LONG.decode(in),
                    OPTIONAL_STRING.decode(in));
            return new Problem(l, STRING.decode(in), OPTIONAL_STRING.decode(in));
        }
    }

    private static final class SplitCoder extends ExactCoder<Split> {
        static final SplitCoder INSTANCE = new SplitCoder();

        @Override
        public void encode(@CheckForNull Split s, OutputStream out) throws IOException {
            STRING.encode(s.file(), out);
            STRING.encode(s.formatId(), out);
            INT.encode(s.part(), out);
            LONG.encode(s.start(), out);
            LONG.encode(s.end(), out);
            LONG.encode(s.firstLine(), out);
        }

        @Override
        public Split decode(InputStream in) throws IOException {
            return new Split(STRING.decode(in), STRING.decode(in), INT.decode(in), LONG.decode(in), LONG.decode(in),
                    LONG.decode(in));
        }
    }

    private static final class ReadRecordCoder extends ExactCoder<ReadRecord> {
        static final ReadRecordCoder INSTANCE = new ReadRecordCoder();

        @Override
        public void encode(@CheckForNull ReadRecord r, OutputStream out) throws IOException {
            STRING.encode(r.file(), out);
            INT.encode(r.part(), out);
            LONG.encode(r.index(), out);
            LONG.encode(r.line(), out);
            RecordCoder.of().encode(r.record(), out);
        }

        @Override
        public ReadRecord decode(InputStream in) throws IOException {
            return new ReadRecord(STRING.decode(in), INT.decode(in), LONG.decode(in), LONG.decode(in),
                    RecordCoder.of().decode(in));
        }
    }
}
