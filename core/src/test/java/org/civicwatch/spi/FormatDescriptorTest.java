package org.civicwatch.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatDescriptorTest {
    private static final Option<Boolean> PRETTY = Option.bool("pretty", true, "Indent.");

    private static FormatDescriptor.Builder lines() {
        return FormatDescriptor.builder("jsonl").name("JSON Lines").mediaType("application/x-ndjson");
    }

    @Test
    void buildsWithDefaultsForWhatIsNotGiven() {
        FormatDescriptor d = lines().build();
        assertThat(d.id()).isEqualTo("jsonl");
        assertThat(d.name()).isEqualTo("JSON Lines");
        assertThat(d.mediaType()).isEqualTo("application/x-ndjson");
        assertThat(d.extensions()).isEmpty();
        assertThat(d.options()).isEmpty();
        assertThat(d.priority()).isZero();
        assertThat(d.description()).isEmpty();
        assertThat(lines().description(null).build().description()).isEmpty();
    }

    @Test
    void keepsEveryValueAndCopiesTheLists() {
        List<String> extensions = new ArrayList<>(List.of("jsonl", "ndjson"));
        FormatDescriptor d = lines().extensions(extensions).options(PRETTY).priority(-3).description("a line a record")
                .build();
        extensions.add("txt");
        assertThat(d.extensions()).containsExactly("jsonl", "ndjson");
        assertThat(d.options()).containsExactly(PRETTY);
        assertThat(d.priority()).isEqualTo(-3);
        assertThat(d.description()).isEqualTo("a line a record");
        assertThatThrownBy(() -> d.extensions().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void derivesAnotherFromItsValues() {
        FormatDescriptor d = lines().extensions("jsonl").options(List.of(PRETTY)).description("x").build();
        assertThat(d.toBuilder().build()).isEqualTo(d).hasSameHashCodeAs(d);
        FormatDescriptor louder = d.toBuilder().priority(10).build();
        assertThat(louder).isNotEqualTo(d);
        assertThat(louder.priority()).isEqualTo(10);
        assertThat(louder.extensions()).isEqualTo(d.extensions());
        assertThat(louder.toString()).isEqualTo("FormatDescriptor[id=jsonl, name=JSON Lines,"
                + " mediaType=application/x-ndjson, extensions=[jsonl], options=[pretty], priority=10]");
    }

    @Test
    void refusesMalformedValuesNamingTheFormat() {
        assertThatThrownBy(() -> FormatDescriptor.builder("JSON").name("x").mediaType("text/plain").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("format id \"JSON\" must be lower-case letters, digits, '.' or '-'");
        assertThatThrownBy(() -> FormatDescriptor.builder("json").mediaType("text/plain").build())
                .hasMessage("format 'json' needs a name");
        assertThatThrownBy(() -> FormatDescriptor.builder("json").name(" ").mediaType("text/plain").build())
                .hasMessage("format 'json' needs a name");
        assertThatThrownBy(() -> FormatDescriptor.builder("json").name("JSON").build())
                .hasMessage("format 'json': \"null\" is not a media type");
        assertThatThrownBy(() -> FormatDescriptor.builder("json").name("JSON").mediaType("json").build())
                .hasMessage("format 'json': \"json\" is not a media type");
        assertThatThrownBy(() -> lines().extensions(".jsonl").build())
                .hasMessage("format 'jsonl': extension \".jsonl\" must be lower case, without the dot");
        assertThatThrownBy(() -> lines().extensions("JSONL").build())
                .hasMessage("format 'jsonl': extension \"JSONL\" must be lower case, without the dot");
        assertThatThrownBy(() -> lines().extensions("").build())
                .hasMessage("format 'jsonl': extension \"\" must be lower case, without the dot");
        assertThatThrownBy(() -> lines().options(PRETTY, Option.bool("pretty", false, "Again.")).build())
                .hasMessage("format 'jsonl' lists option 'pretty' twice");
    }

    @Test
    void tellsWhichOfItsExtensionsAFileNameHasInAnyCase() {
        FormatDescriptor d = lines().extensions("jsonl", "ndjson").build();
        assertThat(d.extensionOf("feed.JSONL")).isZero();
        assertThat(d.extensionOf("feed.ndjson")).isEqualTo(1);
        assertThat(d.extensionOf("feed.json")).isEqualTo(-1);
        assertThat(d.extensionOf("jsonl")).isEqualTo(-1);
        assertThat(d.matchesFileName("a.NDJSON")).isTrue();
        assertThat(d.matchesFileName("a.json")).isFalse();
    }
}
