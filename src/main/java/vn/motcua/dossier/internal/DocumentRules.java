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
 * connector: for those only the names are checked. A required document the state holds for the applicant may be
 * reused instead of uploaded ({@link SubmitDossier#reusedPapers}, online only): it names one of the procedure's
 * documents, once, and no file is sent for it; whether the held paper is really the applicant's is checked after these
 * rules, by {@link DossierSubmission}.
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
        Set<String> reused = new java.util.LinkedHashSet<>();
        for (int i = 0; i < command.reusedPapers().size(); i++) {
            SubmitDossier.Reuse reuse = command.reusedPapers().get(i);
            String field = "reusedPapers[" + i + "].documentKey";
            if (command.channel() != Channel.ONLINE || command.receivedByOtherPortal()) {
                violations.add(new Violation("reusedPapers", "Chỉ hồ sơ nộp trực tuyến mới dùng lại giấy tờ đã có; tại quầy "
                        + "và qua bưu chính, người tiếp nhận đánh dấu giấy tờ dùng lại",
                        "Only an online dossier reuses held papers; at the counter and by post the receiver marks them"));
                break;
            }
            if (!documents.containsKey(reuse.documentKey())) {
                String key = shown(reuse.documentKey());
                violations.add(new Violation(field, "Thủ tục không có thành phần hồ sơ \"" + key + "\"",
                        "The procedure has no document \"" + key + "\""));
            } else if (!reused.add(reuse.documentKey())) {
                violations.add(new Violation(field, "Thành phần hồ sơ " + documents.get(reuse.documentKey()).label()
                        + " được dùng lại hai lần", "Document " + documents.get(reuse.documentKey()).label() + " is reused twice"));
            } else if (sent.contains(reuse.documentKey())) {
                violations.add(new Violation(field, "Thành phần hồ sơ " + documents.get(reuse.documentKey()).label()
                        + " vừa có tệp tải lên vừa dùng lại giấy tờ đã có: chọn một",
                        "Document " + documents.get(reuse.documentKey()).label() + " has both uploaded files and a reused paper: choose one"));
            }
        }
        if (command.channel() == Channel.ONLINE && !command.receivedByOtherPortal()) {
            for (FormField document : documents.values()) {
                if (document.required() && !sent.contains(document.key()) && !reused.contains(document.key())) {
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
