package org.civicwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class CliTest {
    @Test
    void aFileClosedByAStopIsToldAsTheStopItIsNotAsTheExceptionsName() {
        // A signal that lands while a channel is being written closes it, with no message of its own.
        assertThat(Cli.describe(new ClosedByInterruptException()))
                .isEqualTo("interrupted while reading or writing a file; nothing was written");
    }

    @Test
    void fileSystemErrorsNameTheFileAndWhatIsWrong() {
        assertThat(Cli.describe(new NoSuchFileException("in.csv"))).isEqualTo("in.csv: no such file or folder");
        assertThat(Cli.describe(new AccessDeniedException("out.json"))).isEqualTo("out.json: permission denied");
    }
}
