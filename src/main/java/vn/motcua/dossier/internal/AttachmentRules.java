package vn.motcua.dossier.internal;

import vn.motcua.problem.InvalidInputException.Violation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an applicant may attach to an online dossier: scans of the required documents as PDF, JPEG or PNG, at most
 * {@value #MAX_FILES} files of at most 10 MB each and 20 MB together (the servlet's multipart limits in
 * application.yaml match). The type is read from the file's first bytes, never from its name or the type the browser
 * declares; a name whose extension says otherwise is refused, so an officer never opens a file as something it is not.
 */
public final class AttachmentRules {

    static final int MAX_FILES = 30;
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 20L * 1024 * 1024;
    static final int MAX_NAME_LENGTH = 200;

    /** The accepted types, each with its signature (magic number) and the extensions its name may carry. */
    enum FileType {
        PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, "pdf"),
        JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg"),
        PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, "png");

        final String mediaType;
        final String defaultExtension;
        private final byte[] signature;
        private final List<String> extensions;

        FileType(String mediaType, String defaultExtension, byte[] signature, String... extensions) {
            this.mediaType = mediaType;
            this.defaultExtension = defaultExtension;
            this.signature = signature;
            this.extensions = List.of(extensions);
        }

        boolean matches(byte[] content) {
            return content.length >= signature.length
                    && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
        }
    }

    private AttachmentRules() {
    }

    /** The type the content really has, or empty if it is none of the accepted ones. */
    static Optional<FileType> sniff(byte[] content) {
        return Arrays.stream(FileType.values()).filter(t -> t.matches(content)).findFirst();
    }

    /**
     * Every problem with the files, each on the file's own field (or {@code attachments} for the set), in Vietnamese
     * and English, naming the file as the applicant knows it: {@code attachments[i]} for the i-th file sent without a
     * document, {@code documents.<key>[j]} for the j-th file of the document whose upload field is {@code key}.
     */
    static List<Violation> check(List<SubmitDossier.Attachment> files) {
        List<Violation> violations = new ArrayList<>();
        if (files.size() > MAX_FILES) {
            violations.add(new Violation("attachments", "Chỉ được đính kèm tối đa " + MAX_FILES + " tệp",
                    "At most " + MAX_FILES + " files may be attached"));
        }
        long total = 0;
        java.util.Map<String, Integer> perPart = new java.util.HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            SubmitDossier.Attachment file = files.get(i);
            String part = file.documentKey() == null ? "attachments" : "documents." + file.documentKey();
            int j = perPart.merge(part, 1, Integer::sum) - 1;
            String field = part + "[" + j + "]";
            String name = displayName(file.fileName(), i);
            byte[] content = file.content() == null ? new byte[0] : file.content();
            total += content.length;
            if (content.length == 0) {
                violations.add(new Violation(field, "Tệp \"" + name + "\" rỗng", "The file \"" + name + "\" is empty"));
                continue;
            }
            if (content.length > MAX_FILE_BYTES) {
                violations.add(new Violation(field, "Tệp \"" + name + "\" lớn hơn 10 MB",
                        "The file \"" + name + "\" is larger than 10 MB"));
            }
            Optional<FileType> type = sniff(content);
            if (type.isEmpty()) {
                violations.add(new Violation(field, "Tệp \"" + name + "\" không phải PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp)",
                        "The file \"" + name + "\" is not a PDF, JPEG or PNG file (checked from its content)"));
            } else if (extension(name).filter(ext -> !type.get().extensions.contains(ext)).isPresent()) {
                violations.add(new Violation(field, "Đuôi tên tệp \"" + name + "\" không khớp nội dung tệp (" + type.get().name()
                        + "); hãy dùng ." + String.join(", .", type.get().extensions),
                        "The extension of \"" + name + "\" does not match its content (" + type.get().name() + "); use ."
                                + String.join(", .", type.get().extensions)));
            }
        }
        if (total > MAX_TOTAL_BYTES) {
            violations.add(new Violation("attachments", "Tổng dung lượng các tệp vượt quá 20 MB",
                    "The files together exceed 20 MB"));
        }
        return violations;
    }

    /**
     * The name to store: the last path segment only, NFC, without control characters or characters that break a
     * Content-Disposition header, at most {@value #MAX_NAME_LENGTH} characters, with the type's extension when it had none.
     */
    static String storedName(String given, int index, FileType type) {
        String name = displayName(given, index);
        if (extension(name).isEmpty()) {
            name = name + "." + type.defaultExtension;
        }
        if (name.length() > MAX_NAME_LENGTH) {
            String ext = extension(name).map(e -> "." + e).orElse("");
            name = name.substring(0, MAX_NAME_LENGTH - ext.length()) + ext;
        }
        return name;
    }

    private static String displayName(String given, int index) {
        String name = given == null ? "" : Normalizer.normalize(given, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"*<>?|:]", "").strip();
        return name.isEmpty() || name.matches("\\.+") ? "tep-" + (index + 1) : name;
    }

    private static Optional<String> extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? Optional.empty()
                : Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
