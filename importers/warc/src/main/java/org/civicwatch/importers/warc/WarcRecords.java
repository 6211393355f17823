package org.civicwatch.importers.warc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Optional;
import javax.annotation.CheckForNull;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * The records of a WARC (or ARC) file, one step at a time: a gzip member's records (WARC writers put one in
 * each) or, uncompressed, one record. A damaged member costs its record alone: the next member is found and
 * read. In an uncompressed file nothing marks where the record after a broken one begins, so it ends the
 * read.
 */
final class WarcRecords {
    /** What is done with each record and each piece of damage. */
    interface Visitor {
        /**
         * A record.
         *
         * @param record the record; reading its body may fail, for the visitor to tell as damage
         * @param offset the byte offset of its gzip member, or of the record in an uncompressed file
         */
        void record(WarcRecord record, long offset) throws IOException;

        /**
         * Damage passed over.
         *
         * @param offset the byte offset it starts at
         * @param what what is wrong, as a clause
         */
        void damaged(long offset, String what);
    }

    @CheckForNull
    private final GzipMembers members;
    @CheckForNull
    private final WarcReader plain;
    private boolean ended;

    WarcRecords(InputStream in, long maxMemberBytes) throws IOException {
        PushbackInputStream head = new PushbackInputStream(in, 3);
        byte[] magic = head.readNBytes(3);
        head.unread(magic);
        if (GzipMembers.isGzip(magic)) {
            members = new GzipMembers(head, maxMemberBytes);
            plain = null;
        } else {
            members = null;
            plain = new WarcReader(head);
        }
    }

    /** Reads the next member or record; {@return false at the end of the file} */
    boolean step(Visitor visitor) throws IOException {
        if (ended) {
            return false;
        }
        if (members == null) {
            readOne(plain, visitor);
            return !ended;
        }
        GzipMembers.Member m = members.next();
        if (m == null) {
            ended = true;
            return false;
        }
        if (m.data() == null) {
            visitor.damaged(m.offset(), "a gzip member is damaged: " + m.damage() + "; the record in it is lost");
            return true;
        }
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(m.data()))) {
            while (true) {
                Optional<WarcRecord> r;
                try {
                    r = reader.next();
                } catch (IOException | RuntimeException e) {
                    visitor.damaged(m.offset(), "a WARC record is broken: " + e.getMessage());
                    break;
                }
                if (r.isEmpty()) {
                    break;
                }
                visitor.record(r.get(), m.offset());
            }
        }
        return true;
    }

    private void readOne(WarcReader reader, Visitor visitor) throws IOException {
        long at = reader.position();
        Optional<WarcRecord> r;
        try {
            r = reader.next();
        } catch (IOException | RuntimeException e) {
            ended = true;
            visitor.damaged(at, "a WARC record is broken: " + e.getMessage() + "; the rest of this uncompressed file"
                    + " cannot be found again (gzip-compressed files can)");
            return;
        }
        if (r.isEmpty()) {
            ended = true;
            return;
        }
        visitor.record(r.get(), reader.position());
    }
}
