package org.civicwatch.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.catalog.PersonalData;
import org.civicwatch.model.Party;
import org.civicwatch.model.PartyKind;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Option;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.StandardOptions;
import org.civicwatch.spi.StandardOptions.Redact;
import org.junit.jupiter.api.Test;

class RedactionTest {
    private static final FormatDescriptor PLAIN = FormatDescriptor.builder("plain").name("Plain")
            .mediaType("text/plain").extensions("txt").build();
    private static final Option<Redact> ON_FOR_PAGES = StandardOptions.REDACT.withDefault(Redact.PRIVATE_NAMES);
    private static final FormatDescriptor PAGE = FormatDescriptor.builder("page").name("Page")
            .mediaType("text/html").extensions("html").options(ON_FOR_PAGES).build();

    @Test
    void presetsSayWhichKindsOfPersonalDataTheyLeaveOut() {
        assertThat(Redaction.none().kinds()).isEmpty();
        assertThat(Redaction.none().isNone()).isTrue();
        assertThat(Redaction.privateNames().kinds()).containsExactly(PersonalData.NAME);
        assertThat(Redaction.personalData().kinds()).containsExactly(PersonalData.values());
        assertThat(Redaction.of(PersonalData.NAME)).isEqualTo(Redaction.privateNames())
                .hasSameHashCodeAs(Redaction.privateNames());
        assertThat(Redaction.of()).isEqualTo(Redaction.none());
        assertThat(Redaction.personalData()).hasToString("Redaction[NAME, QUOTED_TEXT]");
        assertThat(Redaction.personalData().covers(Redaction.privateNames())).isTrue();
        assertThat(Redaction.privateNames().covers(Redaction.personalData())).isFalse();
    }

    @Test
    void leavesOutAPersonalValueOnlyWhereItsOwnerKeepsItPrivate() {
        var name = FieldCatalog.PARTY.field("name").orElseThrow();
        var title = FieldCatalog.PARTY.field("title").orElseThrow();
        Party person = new Party(PartyKind.PERSON, "山田花子", "職員", null, null, null, false);

        assertThat(Redaction.privateNames().leavesOut(name, person)).isTrue();
        assertThat(Redaction.privateNames().leavesOut(title, person)).isFalse();
        assertThat(Redaction.privateNames().leavesOut(name, Party.organisation("群馬県"))).isFalse();
        assertThat(Redaction.of(PersonalData.QUOTED_TEXT).leavesOut(name, person)).isFalse();
    }

    @Test
    void readsTheStandardOptionWithTheStandardDefault() {
        assertThat(Redaction.from(Options.EMPTY, PLAIN)).isEqualTo(Redaction.none());
        assertThat(Redaction.from(Options.EMPTY.with(StandardOptions.REDACT, Redact.PRIVATE_NAMES), PLAIN))
                .isEqualTo(Redaction.privateNames());
        assertThat(Redaction.from(Options.EMPTY.with(StandardOptions.REDACT, Redact.PERSONAL_DATA), PLAIN))
                .isEqualTo(Redaction.personalData());
    }

    @Test
    void aFormatCanDefaultTheStandardOptionToOn() {
        assertThat(Redaction.from(Options.EMPTY, PAGE)).isEqualTo(Redaction.privateNames());
        assertThat(Redaction.from(Options.EMPTY.with(StandardOptions.REDACT, Redact.NONE), PAGE))
                .isEqualTo(Redaction.none());
        assertThat(Redaction.from(Options.parse(Map.of("redact", "personal-data"), PAGE.options()), PAGE))
                .isEqualTo(Redaction.personalData());
        assertThat(Redaction.from(Options.parse(Map.of("redact", "none"), PAGE.options()), PLAIN))
                .isEqualTo(Redaction.none());
    }

    @Test
    void aVariantOfAnOptionIsThatOptionWithItsOwnDefault() {
        Options set = Options.EMPTY.with(ON_FOR_PAGES, Redact.PERSONAL_DATA);

        assertThat(ON_FOR_PAGES).isEqualTo(StandardOptions.REDACT).hasSameHashCodeAs(StandardOptions.REDACT);
        assertThat(ON_FOR_PAGES.name()).isEqualTo("redact");
        assertThat(ON_FOR_PAGES.defaultValue()).isEqualTo(Redact.PRIVATE_NAMES);
        assertThat(StandardOptions.REDACT.defaultValue()).isEqualTo(Redact.NONE);
        assertThat(ON_FOR_PAGES.allowed()).containsExactly("none", "private-names", "personal-data");
        assertThat(set.get(StandardOptions.REDACT)).isEqualTo(Redact.PERSONAL_DATA);
        assertThat(set.isSet(StandardOptions.REDACT)).isTrue();
        assertThat(Options.EMPTY.get(ON_FOR_PAGES)).isEqualTo(Redact.PRIVATE_NAMES);
        assertThat(Options.EMPTY.with(StandardOptions.REDACT, Redact.NONE).requireOnly("page", PAGE.options()))
                .isNotNull();
        assertThat(Option.bool("redact", false, "another option of the same name"))
                .isNotEqualTo(StandardOptions.REDACT);
        assertThat(StandardOptions.WRITING).containsExactly(StandardOptions.REDACT);
    }
}
