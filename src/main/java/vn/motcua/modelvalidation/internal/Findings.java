package vn.motcua.modelvalidation.internal;

import vn.motcua.modelvalidation.Finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The findings of one validation, and the wording that several kinds of model share (a parser's failure, a missing
 * history time to live, a name the engine cannot store), so that a BPMN and a DMN problem of the same kind read alike.
 */
final class Findings {

    /** Largest name the engine stores (ACT_RE_PROCDEF.NAME_, ACT_RE_DECISION_DEF.NAME_ are varchar(255)). */
    static final int MAX_NAME = 255;

    private final List<Finding> findings = new ArrayList<>();

    void add(String file, String element, String messageVi, String messageEn) {
        findings.add(new Finding(file, element, messageVi, messageEn));
    }

    /** A problem a parser or evaluator reports: its own (innermost) message follows the reason. */
    void add(String file, String element, String messageVi, String messageEn, Throwable cause) {
        String detail = message(cause);
        add(file, element, messageVi + ": " + detail, messageEn + ": " + detail);
    }

    void noHistoryTimeToLive(String file, String element) {
        add(file, element, "thiếu camunda:historyTimeToLive: engine từ chối triển khai",
                "no camunda:historyTimeToLive: the engine refuses the deployment");
    }

    /** @param whatVi the kind of definition in Vietnamese ({@code quy trình}), {@code whatEn} in English */
    void nameTooLong(String file, String element, String name, String whatVi, String whatEn) {
        if (name != null && name.length() > MAX_NAME) {
            add(file, element, "tên " + whatVi + " dài hơn " + MAX_NAME + " ký tự: engine không lưu được",
                    whatEn + " name longer than " + MAX_NAME + " characters: the engine cannot store it");
        }
    }

    /** Every finding, sorted by resource, element and message. */
    List<Finding> sorted() {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::resource).thenComparing(Finding::element).thenComparing(Finding::messageEn));
        return List.copyOf(sorted);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The innermost message of a parser's exception (the outer ones only wrap it), on one line, at most 300 characters. */
    private static String message(Throwable e) {
        Throwable t = e;
        String best = e.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null) {
                best = t.getMessage();
            }
        }
        String m = best == null ? e.getClass().getSimpleName() : best.replaceAll("\\s+", " ").strip();
        return m.length() > 300 ? m.substring(0, 299) + "…" : m;
    }
}
