package org.civicwatch.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a folder as one fuzz input, so that the fuzzer mutates a data package's descriptor and its CSV
 * files as it does one file: each file starts on a line {@code === name}, and what comes before the first such
 * line is {@code datapackage.json}. Names are kept to plain file names in the folder (letters, digits,
 * {@code . _ -}, no {@code ..}); a mangled name becomes {@code file-N}, and at most {@value #MAX_FILES}
 * files are laid out.
 */
final class FolderInput {
    private static final byte[] HEADER = "=== ".getBytes(StandardCharsets.US_ASCII);
    static final int MAX_FILES = 16;

    private FolderInput() {
    }

    /** Lays the files of {@code input} out in {@code dir}; a later file of the same name replaces an earlier one. */
    static void write(byte[] input, Path dir) throws IOException {
        String name = "datapackage.json";
        int start = 0;
        int files = 0;
        int i = 0;
        while (i <= input.length && files < MAX_FILES) {
            boolean header = i < input.length && (i == 0 || input[i - 1] == '\n') && startsWith(input, i, HEADER);
            if (i == input.length || header) {
                if (i > start || i == input.length) {
                    Files.write(dir.resolve(name), java.util.Arrays.copyOfRange(input, start, i));
                    files++;
                }
                if (i == input.length) {
                    break;
                }
                int end = i + HEADER.length;
                while (end < input.length && input[end] != '\n') {
                    end++;
                }
                name = safeName(new String(input, i + HEADER.length, end - i - HEADER.length, StandardCharsets.UTF_8),
                        files);
                start = Math.min(end + 1, input.length);
                i = start;
                continue;
            }
            i++;
        }
    }

    /** {@return the files of {@code dir} as one input}, the descriptor first: how the seeds are made */
    static byte[] of(Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        files.sort((a, b) -> Boolean.compare(!isDescriptor(a), !isDescriptor(b)));
        for (Path f : files) {
            if (!isDescriptor(f)) {
                if (out.size() > 0 && out.toByteArray()[out.size() - 1] != '\n') {
                    out.write('\n');
                }
                out.write(HEADER);
                out.write(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
            out.write(Files.readAllBytes(f));
        }
        return out.toByteArray();
    }

    private static boolean isDescriptor(Path f) {
        return f.getFileName().toString().equals("datapackage.json");
    }

    private static String safeName(String name, int index) {
        String n = name.strip();
        return n.matches("[A-Za-z0-9._-]{1,64}") && !n.contains("..") ? n : "file-" + index;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (bytes.length - at < prefix.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (bytes[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }
}
