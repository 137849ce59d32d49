package vn.motcua.support;

import java.nio.charset.StandardCharsets;

/** The smallest files that pass the attachments' content sniffing: a PDF, a JPEG and a PNG by their magic bytes. */
public final class SampleFiles {

    public static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1);
    public static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

    private SampleFiles() {
    }
}
