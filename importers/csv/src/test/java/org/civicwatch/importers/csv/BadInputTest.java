package org.civicwatch.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Options;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad single-file input ends in one located error saying what to do, never a library's. */
class BadInputTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("too many cells", "id,device\ns1,camera\ns2,camera,extra\n",
                        "sightings.csv:3: record 2: the row has 3 cells but the header has 2 columns (id, device); a cell"
                                + " holding the delimiter or a line break must be quoted"),
                Arguments.of("too few cells", "id,device,notes\ns1,camera\n",
                        "sightings.csv:2: record 1: the row has 2 cells but the header has 3 columns (id, device, notes)"),
                Arguments.of("unknown column", "id,device,colour\ns1,camera,red\n",
                        "sightings.csv:1:3: field 'colour': unknown column 'colour': a file of sightings has the columns"
                                + " id, observed, observed_original, observer_kind,"),
                Arguments.of("missing required column", "id,notes,place_floor\ns1,x,2\n",
                        "sightings.csv:1: field 'device': the header lacks the required column device of sightings;"
                                + " expected at least id, device, found id, notes, place_floor"),
                Arguments.of("duplicate column", "id,device,id\ns1,camera,s2\n",
                        "sightings.csv:1:3: field 'id': the header names column 'id' twice, as columns 1 and 3; each"
                                + " column may appear once"),
                Arguments.of("nameless column", "id,,device\ns1,x,camera\n",
                        "sightings.csv:1:2: column 2 has no name in the header; every column needs one (found: id, ,"
                                + " device)"),
                Arguments.of("bad enum", "id,device\ns1,camera\ns2,webcam\n",
                        "sightings.csv:3:2: record 2, field 'device': \"webcam\" is not one of camera, motion_sensor,"),
                Arguments.of("floor 0", "id,device,place_floor\ns1,camera,0\n",
                        "sightings.csv:2:3: record 1, field 'place_floor': there is no floor 0 in Japanese numbering"),
                Arguments.of("date that does not exist", "id,device,observed\ns1,camera,2017-02-30\n",
                        "sightings.csv:2:3: record 1, field 'observed': cannot read \"2017-02-30\": 2017-02-30 does not exist:"
                                + " 2017-02 has 28 days"),
                Arguments.of("original without its date", "id,device,observed_original\ns1,camera,平成29年\n",
                        "sightings.csv:2:3: record 1, field 'observed_original': is given without 'observed'"),
                Arguments.of("missing required value", "id,device\ns1,\n",
                        "sightings.csv:2:2: record 1, field 'device': is required"),
                Arguments.of("bad id", "id,device\ns 1,camera\n",
                        "sightings.csv:2:1: record 1, field 'id': \"s 1\" is not a valid id"),
                Arguments.of("list cell that is not JSON", "id,device,tags\ns1,camera,\"[\"\"a\"\"\"\n",
                        "sightings.csv:2:3: record 1, field 'tags': expected a JSON array, as [\"a\", \"b\"] or"
                                + " [{\"url\": ...}]: at character 5, expected , or ] in an array"),
                Arguments.of("bad element in a list cell", "id,device,links\ns1,camera,\"[{\"\"url\"\":\"\"ftp://x\"\"}]\"\n",
                        "sightings.csv:2:3: record 1, field 'links': links[0].url: "),
                Arguments.of("unterminated quote", "id,device,notes\ns1,camera,ok\ns2,camera,\"never closed\ns3,camera,x\n",
                        "sightings.csv:3:11: record 2, field 'notes': the quote that opens this cell is never closed, so"
                                + " the rest of the file would be one cell; close it, or write a quote inside a quoted"
                                + " cell twice (\"\")"),
                Arguments.of("text after a closing quote", "id,device,notes\ns1,camera,\"quoted\"tail\n",
                        "sightings.csv:2:19: record 1, field 'notes': 't' follows the closing quote of a cell, where the"
                                + " delimiter or the line end should be; a quote inside a quoted cell is written twice"
                                + " (\"\")"),
                Arguments.of("text after a closing quote in the header", "\"id\"x,device\ns1,camera\n",
                        "sightings.csv:1:5: record 1: 'x' follows the closing quote of a cell"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsALocatedError(String name, String csv, String expected) {
        DataException e = catchThrowableOfType(DataException.class,
                () -> Inputs.read(csv.getBytes(StandardCharsets.UTF_8), "sightings.csv", Options.EMPTY));
        assertThat(e).as(name).isNotNull();
        assertThat(e.getMessage()).startsWith(expected).doesNotContain("CSVException", "commons", "Exception");
        assertThat(e.location().line()).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("undecodable")
    void undecodableBytesAreNamedWithTheirPosition(String name, byte[] bytes, String expected) {
        DataException e = catchThrowableOfType(DataException.class, () -> Inputs.read(bytes, "sightings.csv",
                Options.EMPTY.with(CsvReadSettings.CHARSET, "utf-8")));
        assertThat(e).hasMessage(expected);
    }

    static Stream<Arguments> undecodable() {
        byte[] latin1 = "id,device,notes\ns1,camera,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] cut = java.util.Arrays.copyOf("id,device,notes\ns1,camera,監".getBytes(StandardCharsets.UTF_8), 28);
        return Stream.of(
                Arguments.of("Latin-1 byte", latin1, "sightings.csv:2:14: record 1: the bytes 0xE9 at byte 29 are not"
                        + " UTF-8 text; check the declared charset, or that the file was saved completely"),
                Arguments.of("cut inside a character", cut, "sightings.csv:2:11: record 1: the bytes 0xE7 0x9B at byte"
                        + " 26 are not UTF-8 text; check the declared charset, or that the file was saved completely"));
    }
}
