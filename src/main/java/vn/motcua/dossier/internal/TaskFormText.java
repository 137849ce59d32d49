package vn.motcua.dossier.internal;

import vn.motcua.catalog.FormField;
import vn.motcua.catalog.Procedure;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The dossier as text for the officers' task forms in Tasklist, which show it in read-only fields: the applicant's
 * form data as "label: value" lines in the form's order, and the attached files. An engine string variable holds at
 * most 4,000 characters, so longer text is cut (the full data stays in the dossier, readable through the API).
 */
public final class TaskFormText {

    static final int MAX_LENGTH = 3900;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private TaskFormText() {
    }

    static String dossierData(Procedure procedure, Map<String, Object> data) {
        String text = procedure.fields().stream()
                .filter(f -> data.get(f.key()) != null && !String.valueOf(data.get(f.key())).isBlank())
                .map(f -> f.label() + ": " + value(f, data.get(f.key())))
                .collect(Collectors.joining("\n"));
        return cut(text.isEmpty() ? "(Không có dữ liệu tờ khai)" : text);
    }

    static String attachmentNames(List<DossierAttachment> files) {
        return attachmentNames(files, List.of());
    }

    /** The attached files, then the papers reused from what the state holds (not uploaded). */
    static String attachmentNames(List<DossierAttachment> files, List<vn.motcua.dossier.ReusedPaper> reused) {
        if (files.isEmpty() && reused.isEmpty()) {
            return "(Không có tệp đính kèm)";
        }
        return cut(java.util.stream.Stream.concat(IntStream.range(0, files.size())
                .mapToObj(i -> (i + 1) + ". " + files.get(i).fileName() + " (" + kind(files.get(i).contentType()) + ", "
                        + size(files.get(i).sizeBytes()) + ")"),
                IntStream.range(0, reused.size()).mapToObj(i -> (files.size() + i + 1) + ". " + reusedText(reused.get(i))))
                .collect(Collectors.joining("\n")));
    }

    private static String reusedText(vn.motcua.dossier.ReusedPaper paper) {
        return paper.paper() + ": dùng lại kết quả điện tử đã ký của hồ sơ " + paper.sourceDossierCode() + " (giấy tờ đã có, không tải lên)";
    }

    /**
     * The attached files as a Markdown list of links for the task forms' text view: each opens the file in the
     * browser with the officer's Tasklist session ({@code ?inline=true}: PDF and images are shown, the read is audited).
     */
    static String attachmentLinks(String dossierCode, List<DossierAttachment> files) {
        return attachmentLinks(dossierCode, files, List.of());
    }

    /**
     * The same with the reused papers, each a link to the held signed result ({@code /reused-papers/{key}}, read with
     * the officer's session and audited like a file).
     */
    static String attachmentLinks(String dossierCode, List<DossierAttachment> files, List<vn.motcua.dossier.ReusedPaper> reused) {
        if (files.isEmpty() && reused.isEmpty()) {
            return "(Không có tệp đính kèm)";
        }
        return cut(java.util.stream.Stream.concat(IntStream.range(0, files.size())
                .mapToObj(i -> (i + 1) + ". [" + escape(files.get(i).fileName()) + "]("
                        + "/api/v1/dossiers/" + dossierCode + "/attachments/" + files.get(i).id() + "?inline=true) ("
                        + kind(files.get(i).contentType()) + ", " + size(files.get(i).sizeBytes()) + ")"),
                IntStream.range(0, reused.size()).mapToObj(i -> (files.size() + i + 1) + ". [" + escape(reused.get(i).paper())
                        + "](/api/v1/dossiers/" + dossierCode + "/reused-papers/" + reused.get(i).documentKey()
                        + "?inline=true) (dùng lại kết quả điện tử đã ký của hồ sơ " + reused.get(i).sourceDossierCode() + ")"))
                .collect(Collectors.joining("\n")));
    }

    private static String escape(String markdown) {
        return markdown.replaceAll("([\\\\\\[\\]()*_`])", "\\\\$1");
    }

    private static String value(FormField field, Object value) {
        if (field.type() == FormField.Type.DATE) {
            try {
                return DAY.format(LocalDate.parse(String.valueOf(value)));
            } catch (DateTimeParseException e) {
                return String.valueOf(value);
            }
        }
        if (value instanceof Boolean b) {
            return b ? "Có" : "Không";
        }
        if (field.type() == FormField.Type.CHOICE) {
            return field.labelOf(String.valueOf(value).strip());
        }
        return String.valueOf(value).strip();
    }

    private static String kind(String contentType) {
        return switch (contentType) {
            case "application/pdf" -> "PDF";
            case "image/jpeg" -> "JPEG";
            case "image/png" -> "PNG";
            default -> contentType;
        };
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.forLanguageTag("vi-VN"), "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.forLanguageTag("vi-VN"), "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static String cut(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }
}
