package vn.motcua.dossier.internal;

import vn.motcua.catalog.Channel;
import vn.motcua.catalog.FormField;
import vn.motcua.catalog.Procedure;
import vn.motcua.problem.InvalidInputException.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The required documents (thành phần hồ sơ) of an online dossier, checked on the server whatever the client did: each
 * document is an upload field of the procedure's intake form ({@link FormField.Type#FILE}, its key e.g.
 * {@code document01}), and each file names the document it is a scan of ({@link SubmitDossier.Attachment#documentKey},
 * the multipart part's name). An online dossier lacks none of the documents the form marks required; a file never
 * names a document the procedure does not have. At the counter and by post the papers themselves are handed over and
 * checked by the receiver, and a dossier another portal received (the NPSP) brings its files through that portal's
 * connector: for those only the names are checked.
 */
final class DocumentRules {

    private DocumentRules() {
    }

    /** Every problem, on {@code documents.<key>}, in Vietnamese and English, naming the document as the form does. */
    static List<Violation> check(Procedure procedure, SubmitDossier command) {
        Map<String, FormField> documents = procedure.fields().stream()
                .filter(f -> f.type() == FormField.Type.FILE)
                .collect(Collectors.toMap(FormField::key, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        List<Violation> violations = new ArrayList<>();
        Set<String> sent = new java.util.LinkedHashSet<>();
        for (SubmitDossier.Attachment file : command.attachments()) {
            if (file.documentKey() == null) {
                continue;
            }
            if (!documents.containsKey(file.documentKey())) {
                if (sent.add(file.documentKey())) {
                    String key = shown(file.documentKey());
                    violations.add(new Violation("documents." + key, "Thủ tục không có thành phần hồ sơ \"" + key + "\"",
                            "The procedure has no document \"" + key + "\""));
                }
                continue;
            }
            sent.add(file.documentKey());
        }
        if (command.channel() == Channel.ONLINE && !command.receivedByOtherPortal()) {
            for (FormField document : documents.values()) {
                if (document.required() && !sent.contains(document.key())) {
                    violations.add(new Violation("documents." + document.key(),
                            "Chưa nộp thành phần hồ sơ bắt buộc: " + document.label(),
                            "Required document missing: " + document.label() + " (no file sent in part \""
                                    + document.key() + "\")"));
                }
            }
        }
        return violations;
    }

    /** A part name as the caller sent it, shortened for a message. */
    private static String shown(String key) {
        String single = key.replaceAll("\\p{Cntrl}", "");
        return single.length() > 60 ? single.substring(0, 60) + "…" : single;
    }
}
